import pino from 'pino';

/**
 * Structured JSON logs, one line per event, for the server process (server.ts, sockets,
 * sweeper). `LOG_LEVEL` sets the level (default info; "silent" in tests).
 */
export const log = pino(
  {
    level: process.env.LOG_LEVEL ?? (process.env.VITEST ? 'silent' : 'info'),
    base: { app: 'village', pid: process.pid, instance: process.env.INSTANCE_ID ?? undefined },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: ['req.headers.cookie', 'req.headers.authorization', 'password'], remove: true },
  },
  // Asynchronous writes: lines logged while a write is pending go out together in one system call
  // instead of one each (a request's log line was a write of its own). Pino flushes what is left
  // when the process exits.
  pino.destination({ dest: 1, sync: false }),
);

export type Logger = typeof log;
