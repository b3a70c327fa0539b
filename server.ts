import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import nextEnv from '@next/env';
import next from 'next';
import { getEnv, EnvError } from './lib/env';
import { getDatabase, migrateDatabase } from './db/client';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemo } from './db/seed';
import { ensurePeerGroups } from './lib/groups/catalogue';
import { attachRealtime } from './lib/realtime/server';
import { CLIENT_IP_HEADER } from './lib/http/client-ip';
import { MAX_BODY_BYTES } from './lib/http/limits';
import { startSweeper } from './lib/sweeper';
import { log } from './lib/log';
import { metrics, routeFamily } from './lib/metrics';
import { connectRedisAdapter } from './lib/realtime/redis';
import { gracefulShutdown, trackRequests } from './lib/shutdown';
import { refreshQueueSizes } from './lib/queues';
import { createApiRouter, type ApiRouter } from './lib/http/api-router';

const dev = process.env.NODE_ENV !== 'production';
nextEnv.loadEnvConfig(process.cwd(), dev);

function fail(message: string): never {
  console.error(`\nVillage cannot start.\n${message}\n`);
  process.exit(1);
}

/** GET /metrics: Prometheus text, behind `Authorization: Bearer $METRICS_TOKEN` when it is set. */
async function serveMetrics(req: IncomingMessage, res: ServerResponse, token: string | undefined, db: Parameters<typeof refreshQueueSizes>[0]) {
  if (token && req.headers.authorization !== `Bearer ${token}`) {
    res.writeHead(401, { 'content-type': 'text/plain', 'www-authenticate': 'Bearer' });
    res.end('metrics need the token');
    return;
  }
  await refreshQueueSizes(db).catch((err) => log.warn({ err }, 'queue sizes unavailable'));
  const m = metrics();
  res.writeHead(200, { 'content-type': m.registry.contentType });
  res.end(await m.registry.metrics());
}

/** Dev only: a missing AUTH_SECRET is generated once and kept under .data/. */
function ensureDevSecret() {
  if (process.env.AUTH_SECRET) return;
  if (!dev) return;
  const file = path.join(process.cwd(), '.data', 'auth-secret');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  if (!fs.existsSync(file)) fs.writeFileSync(file, randomBytes(33).toString('base64'), { mode: 0o600 });
  process.env.AUTH_SECRET = fs.readFileSync(file, 'utf8').trim();
  console.log(`AUTH_SECRET is not set: using a generated development secret from ${path.relative(process.cwd(), file)}`);
}

async function main() {
  if (process.env.AUTH_SECRET === '') delete process.env.AUTH_SECRET;
  ensureDevSecret();
  let env;
  try {
    env = getEnv();
  } catch (err) {
    if (err instanceof EnvError) fail(err.message);
    throw err;
  }
  if (env.RATE_LIMITS === 'off') console.warn('WARNING: RATE_LIMITS=off: every rate limit is disabled. Never run like this in production.');

  const database = await getDatabase();
  await migrateDatabase(database);
  await ensurePeerGroups(database.db);
  const seeding = !dev ? env.DEMO : true;
  const seeded = seeding ? await seedDemo(database.db) : false;

  let handle: ((req: IncomingMessage, res: ServerResponse) => Promise<void>) | undefined = undefined;
  let api: ApiRouter | undefined = undefined;
  const m = metrics();
  const httpServer = createServer((req, res) => {
    const started = process.hrtime.bigint();
    // A request id: the proxy's when we trust it, else ours; echoed back and in every log line.
    const incomingId = env.TRUST_PROXY ? String(req.headers['x-request-id'] ?? '').slice(0, 100) : '';
    const requestId = incomingId || randomBytes(8).toString('hex');
    req.headers['x-request-id'] = requestId;
    res.setHeader('x-request-id', requestId);
    res.once('finish', () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const route = routeFamily(req.url ?? '/');
      m.httpDuration.observe({ method: req.method ?? 'GET', route, status: `${Math.floor(res.statusCode / 100)}xx` }, seconds);
      if (route !== '/_next') log.info({ reqId: requestId, method: req.method, url: req.url, status: res.statusCode, ms: Math.round(seconds * 1000) }, 'request');
    });
    // The rate limiter needs the caller's address; never trust one the client sent.
    const forwarded = env.TRUST_PROXY ? String(req.headers['x-forwarded-for'] ?? '').split(',')[0].trim() : '';
    req.headers[CLIENT_IP_HEADER] = forwarded || req.socket.remoteAddress || 'unknown';
    if (Number(req.headers['content-length'] ?? 0) > MAX_BODY_BYTES) {
      res.writeHead(413, { 'content-type': 'application/json', connection: 'close' });
      res.end(JSON.stringify({ error: { code: 'payload_too_large', message: 'The request body is larger than 1 MB' } }));
      return;
    }
    if (req.url === '/metrics' || req.url?.startsWith('/metrics?')) {
      void serveMetrics(req, res, env.METRICS_TOKEN, database.db);
      return;
    }
    if (api?.serve(req, res)) return;
    if (!handle) {
      res.writeHead(503, { 'content-type': 'text/plain', 'retry-after': '2' });
      res.end('Village is starting, try again in a moment.');
      return;
    }
    void handle(req, res);
  });
  const requests = trackRequests(httpServer);

  // A deep accept queue: when an instance stops, its sockets reconnect to the others within about
  // a second; with Node's default backlog (511) the kernel dropped connections, nginx timed out
  // connecting, marked the busy instance down and had no live upstream left (reconnect storm).
  await new Promise<void>((resolve) => httpServer.listen({ port: env.PORT, host: env.HOSTNAME, backlog: 4096 }, resolve));
  const address = httpServer.address();
  const port = typeof address === 'object' && address ? address.port : env.PORT;
  // Socket.IO before Next serves anything: Next adds its own 'upgrade' listener on the first
  // request it handles and leaves other paths' upgrades unanswered, so a WebSocket arriving
  // after /api/ready said 200 but before Socket.IO was attached hung until the client's 20 s
  // timeout (seen in the fan-out benchmark on a fresh instance).
  const redis = env.REDIS_URL ? await connectRedisAdapter(env.REDIS_URL) : undefined;
  const io = attachRealtime(httpServer, redis ? { adapter: redis.adapter } : {});
  io.on('connection', (socket) => {
    m.socketsConnected.inc();
    socket.once('disconnect', () => m.socketsConnected.dec());
  });
  const app = next({ dev, hostname: env.HOSTNAME, port, httpServer });
  await app.prepare();
  const nextHandler = app.getRequestHandler();
  handle = (req, res) => nextHandler(req, res);
  // The JSON API without Next's pipeline (production only: development keeps Next's reloading).
  if (!dev && env.API_ROUTER === 'direct') {
    api = createApiRouter({
      appDir: path.join(process.cwd(), 'app'),
      compress: env.COMPRESSION === 'on',
      onError: (err) => log.error({ err }, 'api route failed'),
    });
  }
  const stopSweeper = startSweeper(database.db, env.SWEEP_INTERVAL_MS);

  const url = env.APP_URL ?? `http://${env.HOSTNAME}:${port}`;
  console.log(
    `Village is running at ${url} (${dev ? 'development' : 'production'}, ${database.kind === 'pglite' ? `PGlite in ${env.PGLITE_DIR}` : 'PostgreSQL'}, ${redis ? 'Redis streams adapter' : 'one instance, in-memory adapter'})`,
  );
  if (seeding) {
    console.log(seeded ? 'Seeded the demo family.' : 'Demo data: the database already has users, nothing seeded.');
    console.log(`Sign in with any of: ${DEMO_ACCOUNTS.map((a) => a.email).join(', ')} — password ${DEMO_PASSWORD}`);
  }

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal, inFlight: requests.inFlight, sockets: io.engine.clientsCount }, 'shutting down');
    void gracefulShutdown({
      httpServer,
      requests,
      io,
      stopTimers: stopSweeper,
      closeRedis: redis?.close,
      closeDatabase: () => database.close(),
      timeoutMs: env.SHUTDOWN_TIMEOUT_MS,
      log: (msg, data) => log.info(data ?? {}, msg),
    }).then(
      ({ forced }) => {
        log.info({ forced }, 'stopped');
        process.exit(0);
      },
      (err) => {
        log.error({ err }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
