import type { Server as HttpServer } from 'node:http';
import type { Server as IoServer } from 'socket.io';

/**
 * Counts requests in flight and, once shutdown began, asks keep-alive clients to reconnect
 * elsewhere (`Connection: close`). Install before the request handler runs.
 */
export function trackRequests(httpServer: HttpServer) {
  let inFlight = 0;
  let draining = false;
  const waiters: (() => void)[] = [];
  httpServer.prependListener('request', (_req, res) => {
    inFlight++;
    if (draining) res.setHeader('connection', 'close');
    res.once('close', () => {
      inFlight--;
      if (inFlight === 0) waiters.splice(0).forEach((w) => w());
    });
  });
  return {
    get inFlight() {
      return inFlight;
    },
    drain() {
      draining = true;
    },
    idle(): Promise<void> {
      return inFlight === 0 ? Promise.resolve() : new Promise((resolve) => waiters.push(resolve));
    },
  };
}

export interface ShutdownParts {
  httpServer: HttpServer;
  requests: ReturnType<typeof trackRequests>;
  io?: IoServer;
  /** Stop timers (the sweeper) first, so nothing new starts. */
  stopTimers?: () => void;
  /** Close the Redis adapter client(s), then the database pool: last. */
  closeRedis?: () => Promise<void>;
  closeDatabase: () => Promise<void>;
  timeoutMs?: number;
  log?: (msg: string, data?: Record<string, unknown>) => void;
}

/**
 * SIGTERM: stop accepting connections, let every request in flight finish (its write
 * commits), tell sockets to reconnect — to another instance behind the load balancer, where
 * connection-state recovery or a refetch catches them up — then close Redis and the database.
 */
export async function gracefulShutdown(p: ShutdownParts): Promise<{ forced: boolean }> {
  const log = p.log ?? (() => {});
  p.stopTimers?.();
  p.requests.drain();
  const closed = new Promise<void>((resolve) => p.httpServer.close(() => resolve()));
  p.httpServer.closeIdleConnections();
  if (p.io) {
    const sockets = [...p.io.of('/').sockets.values()];
    log('closing sockets so they reconnect elsewhere', { sockets: sockets.length });
    // A transport close (not a server-side "disconnect"): clients reconnect by themselves and
    // the session is kept for recovery on whichever instance they reach.
    for (const s of sockets) s.conn.close();
  }
  let forced = false;
  const timeout = new Promise<void>((resolve) =>
    setTimeout(() => {
      forced = true;
      resolve();
    }, p.timeoutMs ?? 10_000).unref(),
  );
  await Promise.race([p.requests.idle(), timeout]);
  log('requests finished', { inFlight: p.requests.inFlight, forced });
  p.httpServer.closeAllConnections();
  await Promise.race([closed, timeout]);
  // Closes the engine and the adapter (its Redis stream reader); the HTTP server is already closed.
  if (p.io) await new Promise<void>((resolve) => p.io!.close(() => resolve()));
  await p.closeRedis?.().catch(() => {});
  await p.closeDatabase();
  return { forced };
}
