'use client';
import { useEffect, useRef, useState } from 'react';
import { useRouter } from 'next/navigation';
import { io, type Socket } from 'socket.io-client';
import type { ServerEvents } from './events';

// One connection per tab, shared by every component that listens; closed a little after the
// last listener goes, so moving between two live pages does not reconnect.
let socket: Socket | null = null;
let listeners = 0;
let closeTimer: ReturnType<typeof setTimeout> | undefined;

function acquire(): Socket {
  clearTimeout(closeTimer);
  listeners++;
  socket ??= io({ path: '/socket.io', withCredentials: true, transports: ['websocket', 'polling'] });
  if (socket.disconnected) socket.connect();
  return socket;
}

function release() {
  listeners--;
  if (listeners > 0) return;
  closeTimer = setTimeout(() => {
    if (listeners === 0) socket?.disconnect();
  }, 5000);
}

/** Calls `handler` for every `event` the server sends this user, until the component unmounts. */
export function useRealtimeEvent<E extends keyof ServerEvents>(event: E, handler: (payload: ServerEvents[E]) => void) {
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => {
    const s = acquire();
    const listener = (payload: ServerEvents[E]) => latest.current(payload);
    s.on(event as string, listener);
    return () => {
      s.off(event as string, listener);
      release();
    };
  }, [event]);
}

/**
 * Whether the live connection is up (for a `data-live` hint and tests). After the connection
 * drops and comes back, events may have been missed: re-render the page from the server. A
 * session the server recovered replays what was missed, so then there is nothing to do.
 */
export function useLiveConnection(): boolean {
  const router = useRouter();
  const [connected, setConnected] = useState(false);
  useEffect(() => {
    const s = acquire();
    let wasConnected = false;
    const onConnect = () => {
      if (wasConnected && !s.recovered) router.refresh();
      wasConnected = true;
      setConnected(true);
    };
    const onDisconnect = () => setConnected(false);
    if (s.connected) onConnect();
    s.on('connect', onConnect);
    s.on('disconnect', onDisconnect);
    return () => {
      s.off('connect', onConnect);
      s.off('disconnect', onDisconnect);
      release();
    };
  }, [router]);
  return connected;
}
