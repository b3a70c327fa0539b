import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { io as connectClient, type Socket } from 'socket.io-client';
import { resetEnv } from '@/lib/env';
import { setRealtimeServer } from '@/lib/realtime';
import { attachRealtime } from '@/lib/realtime/server';

type Hook = (fn: () => unknown) => void;

/**
 * A real HTTP server with the app's Socket.IO attached, per test file; sockets opened through
 * `connect` are closed after each test.
 */
export function setupRealtimeServer(hooks: { beforeAll: Hook; afterAll: Hook; afterEach: Hook }) {
  let httpServer: HttpServer;
  let io: ReturnType<typeof attachRealtime>;
  const state = { url: '' };
  const open: Socket[] = [];

  hooks.beforeAll(async () => {
    process.env.RATE_LIMITS = 'off';
    resetEnv();
    httpServer = createServer();
    io = attachRealtime(httpServer);
    await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
    state.url = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`;
  });
  hooks.afterEach(() => {
    for (const s of open.splice(0)) s.disconnect();
  });
  hooks.afterAll(async () => {
    setRealtimeServer(undefined);
    await new Promise<void>((resolve) => io.close(() => resolve()));
  });

  return {
    get url() {
      return state.url;
    },
    /** Keeps `socket` to be closed after the test. */
    track(socket: Socket) {
      open.push(socket);
      return socket;
    },
    /** A signed-in socket from the app's own origin, once connected. */
    connect(cookie: string): Promise<Socket> {
      const socket = connectClient(state.url, {
        path: '/socket.io',
        transports: ['websocket'],
        extraHeaders: { cookie, origin: state.url },
        reconnection: false,
        forceNew: true,
      });
      open.push(socket);
      return new Promise((resolve, reject) => {
        socket.once('connect', () => resolve(socket));
        socket.once('connect_error', reject);
      });
    },
  };
}

/** Every event a socket hears, in order (but `live:ready`, which only carries a recovery offset). */
export function recordAll(socket: Socket) {
  const heard: { event: string; payload: unknown }[] = [];
  socket.onAny((event: string, payload: unknown) => {
    if (event !== 'live:ready') heard.push({ event, payload });
  });
  return heard;
}

/** The first `event` whose payload passes `match`. */
export function waitFor<T = Record<string, unknown>>(socket: Socket, event: string, match: (p: T) => boolean = () => true, timeoutMs = 5_000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      socket.off(event, listener);
      reject(new Error(`no matching ${event} within ${timeoutMs} ms`));
    }, timeoutMs);
    const listener = (payload: T) => {
      if (!match(payload)) return;
      clearTimeout(timer);
      socket.off(event, listener);
      resolve(payload);
    };
    socket.on(event, listener);
  });
}

export const settle = (ms = 300) => new Promise((r) => setTimeout(r, ms));
