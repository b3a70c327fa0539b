// The baseline for the fan-out and memory benchmarks: a bare Socket.IO server with the app's
// options (WebSocket, no per-message deflate, connection-state recovery) and the same rooms
// (user:{id}, circle:{id}), but no Next, no session check and no database. `POST /claim` with
// {circleId, choreId, userId} broadcasts `chore:updated` with a payload shaped like the app's
// to the circle room and answers with it, as the app's claim does; `POST /create` {circleId}
// broadcasts `chore:created` with a new id. SIGTERM closes every connection first (clients
// reconnect elsewhere, sessions kept for recovery), as the app's graceful shutdown does.
//
//   node bench/scale/bare-server.mjs [--port 0] [--redis redis://127.0.0.1:6379/9]
// Prints "listening <port>".
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import { Server } from 'socket.io';

const argv = process.argv;
const opt = (name, fallback) => (argv.includes(`--${name}`) ? argv[argv.indexOf(`--${name}`) + 1] : fallback);
const port = Number(opt('port', 0));
const redisUrl = opt('redis', '');

let adapter;
let redis;
if (redisUrl) {
  const { Redis } = await import('ioredis');
  const { createAdapter } = await import('@socket.io/redis-streams-adapter');
  redis = new Redis(redisUrl, { maxRetriesPerRequest: 2 });
  adapter = createAdapter(redis, { streamName: 'village', maxLen: 50_000 });
}

function payload({ circleId, choreId, userId }) {
  const now = new Date().toISOString();
  return {
    id: choreId,
    circleId,
    title: 'Bench chore',
    category: 'other',
    notes: null,
    dueAt: null,
    recurrence: null,
    effort: 1,
    visitMinutes: null,
    restMinutes: 0,
    templateKey: null,
    status: 'claimed',
    createdBy: { id: userId, name: 'Bench' },
    createdAt: now,
    claimedBy: { id: userId, name: 'Bench' },
    claimedAt: now,
    completedBy: null,
    completedAt: null,
    lapsedAt: null,
    updatedAt: now,
  };
}

const http = createServer((req, res) => {
  if (req.method === 'POST' && req.url === '/claim') {
    let body = '';
    req.on('data', (d) => (body += d));
    req.on('end', () => {
      const input = JSON.parse(body);
      const view = payload(input);
      io.to(`circle:${input.circleId}`).emit('chore:updated', view);
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(view));
    });
    return;
  }
  if (req.method === 'POST' && req.url === '/create') {
    let body = '';
    req.on('data', (d) => (body += d));
    req.on('end', () => {
      const { circleId, userId } = JSON.parse(body);
      const view = { ...payload({ circleId, choreId: randomUUID(), userId }), status: 'open', claimedBy: null, claimedAt: null };
      io.to(`circle:${circleId}`).emit('chore:created', view);
      res.writeHead(201, { 'content-type': 'application/json' });
      res.end(JSON.stringify(view));
    });
    return;
  }
  if (req.url === '/memory') {
    if (global.gc) {
      global.gc();
      global.gc();
    }
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ ...process.memoryUsage(), sockets: io.engine.clientsCount }));
    return;
  }
  res.writeHead(404).end();
});

const io = new Server(http, {
  path: '/socket.io',
  serveClient: false,
  perMessageDeflate: false,
  connectionStateRecovery: { maxDisconnectionDuration: 2 * 60 * 1000, skipMiddlewares: false },
  ...(adapter ? { adapter } : {}),
});
io.use((socket, next) => {
  const { userId, circleId } = socket.handshake.auth ?? {};
  if (!userId || !circleId) return next(new Error('unauthenticated'));
  socket.join([`user:${userId}`, `circle:${circleId}`]);
  next();
});

http.listen(port, '127.0.0.1', () => console.log(`listening ${http.address().port}`));
process.on('SIGTERM', () => {
  http.close();
  for (const socket of io.of('/').sockets.values()) socket.conn.close();
  setTimeout(() => {
    io.close(async () => {
      await redis?.quit().catch(() => {});
      process.exit(0);
    });
  }, 100);
});
