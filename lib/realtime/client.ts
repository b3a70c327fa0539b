'use client';
import { useEffect, useRef, useState } from 'react';
import { useRouter } from 'next/navigation';
import type { Socket } from 'socket.io-client';
import type { ServerEvents } from './events';

// One connection per tab, shared by every component that listens; closed a little after the
// last listener goes, so moving between two live pages does not reconnect. The client library is
// loaded on first use only, so pages without live parts never download it (slow networks), and
// only once the page has loaded and the phone is idle: the page is usable first, live a moment later.
let socketPromise: Promise<Socket> | null = null;
let listeners = 0;
let closeTimer: ReturnType<typeof setTimeout> | undefined;

/** Resolves after the load event, when the main thread is idle (at most `timeout` ms later). */
function whenIdle(timeout = 1000): Promise<void> {
  return new Promise((resolve) => {
    const idle = () => {
      if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout });
      else setTimeout(resolve, 50);
    };
    if (document.readyState === 'complete') idle();
    else window.addEventListener('load', idle, { once: true });
  });
}

function load(): Promise<Socket> {
  socketPromise ??= whenIdle()
    .then(() => import('socket.io-client'))
    // Connecting is a task of its own, after the library's first run.
    .then(({ io }) => new Promise<Socket>((resolve) => setTimeout(() => resolve(io({ path: '/socket.io', withCredentials: true, transports: ['websocket', 'polling'] })), 0)));
  return socketPromise;
}

/** Runs `attach` with the shared socket once it is ready; returns the cleanup for an effect. */
function acquire(attach: (socket: Socket) => () => void): () => void {
  clearTimeout(closeTimer);
  listeners++;
  let cancelled = false;
  let detach: (() => void) | undefined;
  void load().then((socket) => {
    if (cancelled) return;
    if (socket.disconnected) socket.connect();
    detach = attach(socket);
  });
  return () => {
    cancelled = true;
    detach?.();
    listeners--;
    if (listeners > 0) return;
    closeTimer = setTimeout(() => {
      if (listeners === 0) void load().then((socket) => socket.disconnect());
    }, 5000);
  };
}

/** Calls `handler` for every `event` the server sends this user, until the component unmounts. */
export function useRealtimeEvent<E extends keyof ServerEvents>(event: E, handler: (payload: ServerEvents[E]) => void) {
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(
    () =>
      acquire((socket) => {
        const listener = (payload: ServerEvents[E]) => latest.current(payload);
        socket.on(event as string, listener);
        return () => socket.off(event as string, listener);
      }),
    [event],
  );
}

/**
 * Whether the live connection is up (for a `data-live` hint and tests). After the connection
 * drops and comes back, events may have been missed: re-render the page from the server. A
 * session the server recovered replays what was missed, so then there is nothing to do.
 */
export function useLiveConnection(): boolean {
  const router = useRouter();
  const [connected, setConnected] = useState(false);
  useEffect(
    () =>
      acquire((socket) => {
        let wasConnected = false;
        const onConnect = () => {
          if (wasConnected && !socket.recovered) router.refresh();
          wasConnected = true;
          setConnected(true);
        };
        const onDisconnect = () => setConnected(false);
        if (socket.connected) onConnect();
        socket.on('connect', onConnect);
        socket.on('disconnect', onDisconnect);
        return () => {
          socket.off('connect', onConnect);
          socket.off('disconnect', onDisconnect);
        };
      }),
    [router],
  );
  return connected;
}
