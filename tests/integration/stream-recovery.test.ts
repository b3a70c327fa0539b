/**
 * Connection-state recovery through the shared stream read (lib/realtime/stream-recovery.ts):
 * many clients dropped at once come back each with exactly the broadcasts it missed — its rooms,
 * not the rooms a broadcast excepted, in order, once — while the instance reads the stream far
 * once for all the sessions it restores rather than once per session; a session whose offset is gone is refused, and that
 * client connects afresh.
 *
 * Needs Redis at TEST_REDIS_URL (default redis://127.0.0.1:6379): skipped loudly without it,
 * failed when REQUIRE_REDIS=1 (CI).
 */
import { randomBytes } from 'node:crypto';
import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server } from 'socket.io';
import { io as ioClient, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectRedisAdapter } from '@/lib/realtime/redis';
import { compareIds } from '@/lib/realtime/stream-recovery';
import { REDIS_URL, requireRedisOrWarn } from '../helpers/redis';

const haveRedis = await requireRedisOrWarn('the stream-recovery tests');

describe('stream ids', () => {
  it('compare as numbers, not as text', () => {
    expect(compareIds('999-0', '1000-0')).toBeLessThan(0);
    expect(compareIds('1000-10', '1000-9')).toBeGreaterThan(0);
    expect(compareIds('1700000000000-3', '1700000000000-3')).toBe(0);
  });
});

describe.skipIf(!haveRedis)('recovery from one shared read of the stream', () => {
  const streamName = `village-test-recovery-${randomBytes(4).toString('hex')}`;
  let http: HttpServer;
  let io: Server;
  let redis: Awaited<ReturnType<typeof connectRedisAdapter>>;
  let url: string;
  const clients: Socket[] = [];

  beforeAll(async () => {
    redis = await connectRedisAdapter(REDIS_URL, { streamName });
    http = createServer();
    io = new Server(http, {
      adapter: redis.adapter,
      connectionStateRecovery: { maxDisconnectionDuration: 60_000, skipMiddlewares: true },
      perMessageDeflate: false,
    });
    io.on('connection', (socket) => {
      if (!socket.recovered) socket.join(socket.handshake.auth.rooms as string[]);
    });
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    for (const c of clients) c.disconnect();
    io?.close();
    await redis?.client.del(streamName).catch(() => {});
    await redis?.close();
  });

  function connect(rooms: string[]) {
    const socket = ioClient(url, { transports: ['websocket'], forceNew: true, auth: { rooms }, reconnectionDelay: 400, randomizationFactor: 0 });
    clients.push(socket);
    const got: number[] = [];
    socket.on('ev', (p: { n: number }) => got.push(p.n));
    return { socket, got };
  }

  const until = async (cond: () => boolean, ms = 8_000) => {
    const end = Date.now() + ms;
    while (!cond()) {
      if (Date.now() > end) throw new Error('timed out waiting');
      await new Promise((r) => setTimeout(r, 20));
    }
  };

  it('thirty clients dropped at once each get exactly what they missed, from one shared read', async () => {
    const people = Array.from({ length: 30 }, (_, i) => ({ i, room: `r${i % 3}`, ...connect([`r${i % 3}`, `u${i}`]) }));
    await until(() => people.every((p) => p.socket.connected));
    // Each client needs an offset: one event it has received.
    for (const r of ['r0', 'r1', 'r2']) io.to(r).emit('ev', { n: 0 });
    await until(() => people.every((p) => p.got.length === 1));
    // Traffic for nobody here, so the stream holds more than what they missed.
    for (let k = 0; k < 200; k++) io.to('elsewhere').emit('ev', { n: -1 });
    await new Promise((r) => setTimeout(r, 200));

    const readBefore = redis.tail.entriesRead;
    const streamLength = await redis.client.xlen(streamName);
    for (const socket of io.of('/').sockets.values()) socket.conn.close();
    await until(() => people.every((p) => !p.socket.connected));
    io.to('r0').emit('ev', { n: 1 });
    io.to('r1').emit('ev', { n: 2 });
    io.except('r2').emit('ev', { n: 3 });
    io.to('u5').emit('ev', { n: 4 });
    io.to('r0').emit('ev', { n: 5 });

    await until(() => people.every((p) => p.socket.connected));
    await new Promise((r) => setTimeout(r, 300));
    for (const p of people) {
      const expected = p.room === 'r0' ? [0, 1, 3, 5] : p.room === 'r1' ? [0, 2, 3] : [0];
      if (p.i === 5) expected.splice(1, 0, 4);
      expect({ i: p.i, recovered: p.socket.recovered, got: p.got }).toEqual({ i: p.i, recovered: true, got: expected });
    }
    // Each restore alone would read the ~200 entries after its offset: 30 × 200. Shared, the
    // stream is read about once (the entries it held, plus the 5 missed ones).
    const read = redis.tail.entriesRead - readBefore;
    expect(read).toBeGreaterThan(0);
    expect(read).toBeLessThan(2 * (streamLength + 5));

    // Still live after recovery: the rooms came back with the session.
    io.to('r1').emit('ev', { n: 6 });
    await until(() => people.filter((p) => p.room === 'r1').every((p) => p.got.at(-1) === 6));
    expect(people.filter((p) => p.room !== 'r1').every((p) => !p.got.includes(6))).toBe(true);
  });

  it('a client whose offset is no longer in the stream is not recovered: it connects afresh', async () => {
    const p = connect(['lonely']);
    await until(() => p.socket.connected);
    io.to('lonely').emit('ev', { n: 10 });
    await until(() => p.got.length === 1);
    await redis.client.xtrim(streamName, 'MAXLEN', 0);
    for (const socket of io.of('/').sockets.values()) if (socket.rooms.has('lonely')) socket.conn.close();
    await until(() => !p.socket.connected);
    await until(() => p.socket.connected);
    expect(p.socket.recovered).toBe(false);
    io.to('lonely').emit('ev', { n: 11 });
    await until(() => p.got.includes(11));
    expect(p.got).toEqual([10, 11]);
  });
});
