/**
 * Many instances: two Socket.IO servers on two ports, each with its own Redis streams adapter
 * and (on PostgreSQL) its own connection pool. A claim handled by instance A reaches a member
 * connected to instance B; so does a notification. A client that misses events while away gets
 * each exactly once when it comes back. SIGTERM during a burst of writes loses none.
 *
 * Needs Redis at TEST_REDIS_URL (default redis://127.0.0.1:6379). Without it these tests are
 * reported as skipped, loudly, unless REQUIRE_REDIS=1 (CI), where a missing Redis fails.
 */
import { createServer, type IncomingMessage, type Server as HttpServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { io as connectClient, type Socket } from 'socket.io-client';
import { chores } from '@/db/schema';
import { POST as createChoreRoute } from '@/app/api/v1/circles/[id]/chores/route';
import { resetEnv } from '@/lib/env';
import { setRealtimeServer } from '@/lib/realtime';
import { connectRedisAdapter } from '@/lib/realtime/redis';
import { attachRealtime } from '@/lib/realtime/server';
import { gracefulShutdown, trackRequests } from '@/lib/shutdown';
import { setupTestDatabase } from '../helpers/db';
import { REDIS_URL, requireRedisOrWarn } from '../helpers/redis';
import { waitFor } from '../helpers/sockets';
import { api, expectStatus, family } from '../helpers/village';

const haveRedis = await requireRedisOrWarn('the two-instance tests');

const t = setupTestDatabase({ beforeAll, afterAll, beforeEach });

interface Instance {
  http: HttpServer;
  io: ReturnType<typeof attachRealtime>;
  url: string;
  close(): Promise<void>;
}

const stream = `village-test-${randomBytes(4).toString('hex')}`;
const open: Socket[] = [];

async function startInstance(): Promise<Instance> {
  const redis = await connectRedisAdapter(REDIS_URL, { streamName: stream });
  const http = createServer();
  const io = attachRealtime(http, { adapter: redis.adapter });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  return {
    http,
    io,
    url,
    async close() {
      await new Promise<void>((resolve) => io.close(() => resolve()));
      await redis.close();
    },
  };
}

function connect(instance: Instance, cookie: string): Promise<Socket> {
  const socket = connectClient(instance.url, {
    path: '/socket.io',
    transports: ['websocket'],
    extraHeaders: { cookie, origin: instance.url },
    reconnectionDelay: 50,
    reconnectionDelayMax: 200,
    forceNew: true,
  });
  open.push(socket);
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', reject);
  });
}

describe.skipIf(!haveRedis)(`two instances with Redis (${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  let a: Instance;
  let b: Instance;

  beforeAll(async () => {
    process.env.RATE_LIMITS = 'off';
    resetEnv();
    b = await startInstance();
    // Created last, A is where the domain emits from in this process.
    a = await startInstance();
  });
  afterEach(() => {
    for (const s of open.splice(0)) s.disconnect();
  });
  afterAll(async () => {
    setRealtimeServer(undefined);
    await a?.close();
    await b?.close();
  });

  it('a claim through instance A reaches a member connected to B; a notification too', async () => {
    const f = await family();
    const partnerOnB = await connect(b, f.partner.cookie);
    const motherOnB = await connect(b, f.mother.cookie);
    const chore = expectStatus(await api.createChore(f.mother, f.circle.id, { title: 'Nấu cháo', category: 'meals' }), 201).body;
    const updated = waitFor<{ id: string; status: string; claimedBy: { id: string } }>(partnerOnB, 'chore:updated', (c) => c.id === chore.id);
    const notified = waitFor<{ kind: string }>(motherOnB, 'notification:created', (n) => n.kind === 'chore_claimed');
    expectStatus(await api.claim(f.grandma, chore.id), 200);
    expect(await updated).toMatchObject({ id: chore.id, status: 'claimed', claimedBy: { id: f.grandma.id } });
    expect((await notified).kind).toBe('chore_claimed');
  });

  it('a client that misses events while disconnected gets each exactly once when it comes back', async () => {
    const f = await family();
    const socket = await connect(a, f.partner.cookie);
    const seen: string[] = [];
    socket.on('chore:created', (c: { title: string }) => seen.push(c.title));
    expectStatus(await api.createChore(f.mother, f.circle.id, { title: 'Trước', category: 'meals' }), 201);
    await waitFor(socket, 'chore:created', (c: { title: string }) => c.title === 'Trước');
    const serverSide = a.io.of('/').sockets.size;
    // The network drops (not a sign-out): the engine closes under the socket; it stays away
    // until the writes are done.
    socket.io.reconnection(false);
    socket.io.engine.close();
    // The server has noticed the drop (it keeps her session for recovery) before the writes.
    for (let i = 0; i < 100 && a.io.of('/').sockets.size >= serverSide; i++) await new Promise((r) => setTimeout(r, 10));
    for (const title of ['Lúc vắng 1', 'Lúc vắng 2', 'Lúc vắng 3']) expectStatus(await api.createChore(f.mother, f.circle.id, { title, category: 'laundry' }), 201);
    const back = new Promise<void>((resolve) => socket.once('connect', () => resolve()));
    socket.connect();
    await back;
    expect(socket.recovered).toBe(true);
    expectStatus(await api.createChore(f.mother, f.circle.id, { title: 'Sau', category: 'meals' }), 201);
    await waitFor(socket, 'chore:created', (c: { title: string }) => c.title === 'Sau').catch(() => undefined);
    await new Promise((r) => setTimeout(r, 200));
    expect(seen).toEqual(['Trước', 'Lúc vắng 1', 'Lúc vắng 2', 'Lúc vắng 3', 'Sau']);
  });
});

describe(`SIGTERM (${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  beforeAll(() => {
    process.env.RATE_LIMITS = 'off';
    resetEnv();
  });

  it('during a burst of writes: every accepted request finishes and is stored; none is half-done', async () => {
    const f = await family();
    // An instance whose handler is the real chores route, a little slow, as under load.
    const http = createServer(async (req: IncomingMessage, res: ServerResponse) => {
      const chunks: Buffer[] = [];
      for await (const c of req) chunks.push(c as Buffer);
      await new Promise((r) => setTimeout(r, 50));
      const request = new Request(`http://localhost:3000${req.url}`, {
        method: req.method,
        headers: { cookie: String(req.headers.cookie), 'content-type': 'application/json', host: 'localhost:3000', 'x-village-client-ip': '10.0.0.9' },
        body: Buffer.concat(chunks),
      });
      const response = await createChoreRoute(request, { params: Promise.resolve({ id: f.circle.id }) });
      res.writeHead(response.status, { 'content-type': 'application/json' });
      res.end(await response.text());
    });
    const requests = trackRequests(http);
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}/api/v1/circles/${f.circle.id}/chores`;

    let dbClosed = false;
    const send = (i: number) =>
      fetch(url, { method: 'POST', headers: { cookie: f.mother.cookie, 'content-type': 'application/json' }, body: JSON.stringify({ title: `Việc ${i}`, category: 'errands' }) }).then(
        (r) => r.status,
        () => 'refused' as const,
      );
    const burst = Array.from({ length: 40 }, (_, i) => send(i));
    // SIGTERM lands while writes are in flight.
    for (let i = 0; i < 200 && requests.inFlight < 10; i++) await new Promise((r) => setTimeout(r, 5));
    const inFlightAtSignal = requests.inFlight;
    expect(inFlightAtSignal).toBeGreaterThan(0);
    const shutdown = gracefulShutdown({
      httpServer: http,
      requests,
      closeDatabase: async () => {
        dbClosed = true;
      },
      timeoutMs: 10_000,
    });
    const late = await send(999);
    const statuses = await Promise.all(burst);
    const { forced } = await shutdown;

    expect(forced).toBe(false);
    expect(dbClosed).toBe(true);
    expect(late).toBe('refused');
    // Each request either completed (201) or was never accepted (the balancer retries it elsewhere).
    expect(statuses.every((s) => s === 201 || s === 'refused')).toBe(true);
    const stored = await t.current.database.db.select().from(chores).where(eq(chores.circleId, f.circle.id));
    expect(stored.length).toBe(statuses.filter((s) => s === 201).length);
    expect(statuses.filter((s) => s === 201).length).toBeGreaterThanOrEqual(inFlightAtSignal);
  });
});
