import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { io as connectClient, type Socket } from 'socket.io-client';
import { DELETE as removeMember } from '@/app/api/v1/circles/[id]/members/[userId]/route';
import { POST as leave } from '@/app/api/v1/circles/[id]/leave/route';
import { POST as signOutEverywhere } from '@/app/api/v1/me/sign-out-everywhere/route';
import { DELETE as deleteMe } from '@/app/api/v1/me/route';
import { resetEnv } from '@/lib/env';
import { setRealtimeServer } from '@/lib/realtime';
import { attachRealtime } from '@/lib/realtime/server';
import { call, makeUser } from '../helpers/api';
import { accept, createCircle, familyWithPartner, invite } from '../helpers/circles';
import { setupTestDatabase } from '../helpers/db';

setupTestDatabase({ beforeAll, afterAll, beforeEach });

let httpServer: HttpServer;
let io: ReturnType<typeof attachRealtime>;
let url: string;
const open: Socket[] = [];

beforeAll(async () => {
  process.env.RATE_LIMITS = 'off';
  resetEnv();
  httpServer = createServer();
  io = attachRealtime(httpServer);
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`;
});

afterEach(() => {
  for (const s of open.splice(0)) s.disconnect();
});

afterAll(async () => {
  setRealtimeServer(undefined);
  await new Promise<void>((resolve) => io.close(() => resolve()));
});

function socketFor(cookie: string | undefined, origin: string | null = url): Socket {
  const headers: Record<string, string> = {};
  if (cookie) headers.cookie = cookie;
  if (origin) headers.origin = origin;
  const socket = connectClient(url, { path: '/socket.io', transports: ['websocket'], extraHeaders: headers, reconnection: false, forceNew: true });
  open.push(socket);
  return socket;
}

/** Resolves once connected; rejects with the server's refusal. */
function connected(socket: Socket): Promise<Socket> {
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', reject);
  });
}

function refusal(socket: Socket): Promise<Error> {
  return new Promise((resolve, reject) => {
    socket.once('connect', () => reject(new Error('the socket was let in')));
    socket.once('connect_error', resolve);
  });
}

function record(socket: Socket, event: string) {
  const seen: unknown[] = [];
  socket.on(event, (payload: unknown) => seen.push(payload));
  return seen;
}

function nextEvent<T = unknown>(socket: Socket, event: string, timeoutMs = 5_000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${event} within ${timeoutMs} ms`)), timeoutMs);
    socket.once(event, (payload: T) => {
      clearTimeout(timer);
      resolve(payload);
    });
  });
}

const settle = (ms = 300) => new Promise((r) => setTimeout(r, ms));

describe('realtime', () => {
  it('the mother hears the partner join, live; a stranger hears nothing', async () => {
    const mai = await makeUser({ name: 'Mai' });
    const tuan = await makeUser({ name: 'Tuan' });
    const stranger = await makeUser({ name: 'Stranger' });
    // Connected before the circle exists: creating it joins her sockets to its room.
    const maiSocket = await connected(socketFor(mai.cookie));
    const strangerSocket = await connected(socketFor(stranger.cookie));
    const strangerHeard = record(strangerSocket, 'circle:member_joined');
    const circle = await createCircle(mai);
    const inv = await invite(mai, circle.id, 'partner');

    const heard = nextEvent<Record<string, unknown>>(maiSocket, 'circle:member_joined');
    expect((await accept(tuan, inv.code)).status).toBe(200);
    expect(await heard).toMatchObject({ circleId: circle.id, userId: tuan.id, name: 'Tuan', relationship: 'partner', role: 'member' });
    await settle();
    expect(strangerHeard).toEqual([]);
  });

  it('the newcomer’s open socket joins the circle room at once', async () => {
    const mai = await makeUser({ name: 'Mai' });
    const tuan = await makeUser({ name: 'Tuan' });
    const circle = await createCircle(mai);
    const tuanSocket = await connected(socketFor(tuan.cookie));
    // He hears his own arrival too: his socket is in the room before the event leaves.
    const own = nextEvent<Record<string, unknown>>(tuanSocket, 'circle:member_joined');
    expect((await accept(tuan, (await invite(mai, circle.id)).code)).status).toBe(200);
    expect(await own).toMatchObject({ userId: tuan.id, name: 'Tuan' });
    const heard = nextEvent<Record<string, unknown>>(tuanSocket, 'circle:member_joined');
    expect((await accept(await makeUser({ name: 'Hoa' }), (await invite(mai, circle.id, 'grandparent')).code)).status).toBe(200);
    expect(await heard).toMatchObject({ name: 'Hoa', relationship: 'grandparent' });
  });

  it('refuses a socket without a session cookie', async () => {
    const err = await refusal(socketFor(undefined));
    expect(err.message).toBe('unauthenticated');
  });

  it('refuses a forged cookie', async () => {
    const err = await refusal(socketFor('authjs.session-token=forged'));
    expect(err.message).toBe('unauthenticated');
  });

  it('refuses a wrong or missing Origin, even with a good cookie', async () => {
    const mai = await makeUser();
    await refusal(socketFor(mai.cookie, 'http://evil.example'));
    await refusal(socketFor(mai.cookie, null));
    // The same cookie from the right origin is fine.
    await connected(socketFor(mai.cookie));
  });

  it('a removed member stops hearing the circle', async () => {
    const { mother, partner, circle } = await familyWithPartner();
    const partnerSocket = await connected(socketFor(partner.cookie));
    const motherSocket = await connected(socketFor(mother.cookie));
    const partnerJoins = record(partnerSocket, 'circle:member_joined');

    const left = nextEvent<Record<string, unknown>>(partnerSocket, 'circle:member_left');
    const motherSawLeave = nextEvent<Record<string, unknown>>(motherSocket, 'circle:member_left');
    const res = await call(removeMember, 'DELETE', `/api/v1/circles/${circle.id}/members/${partner.id}`, {
      cookie: mother.cookie,
      params: { id: circle.id, userId: partner.id },
    });
    expect(res.status).toBe(204);
    expect(await left).toEqual({ circleId: circle.id, userId: partner.id, reason: 'removed' });
    expect(await motherSawLeave).toEqual({ circleId: circle.id, userId: partner.id, reason: 'removed' });

    const motherHeard = nextEvent(motherSocket, 'circle:member_joined');
    expect((await accept(await makeUser({ name: 'Hoa' }), (await invite(mother, circle.id, 'grandparent')).code)).status).toBe(200);
    await motherHeard;
    await settle();
    expect(partnerJoins).toEqual([]);
  });

  it('a member who leaves stops hearing the circle', async () => {
    const { mother, partner, circle } = await familyWithPartner();
    const partnerSocket = await connected(socketFor(partner.cookie));
    const motherSocket = await connected(socketFor(mother.cookie));
    const partnerJoins = record(partnerSocket, 'circle:member_joined');
    const motherSawLeave = nextEvent<Record<string, unknown>>(motherSocket, 'circle:member_left');
    expect((await call(leave, 'POST', `/api/v1/circles/${circle.id}/leave`, { cookie: partner.cookie, params: { id: circle.id } })).status).toBe(204);
    expect(await motherSawLeave).toMatchObject({ userId: partner.id, reason: 'left' });
    const motherHeard = nextEvent(motherSocket, 'circle:member_joined');
    expect((await accept(await makeUser(), (await invite(mother, circle.id)).code)).status).toBe(200);
    await motherHeard;
    await settle();
    expect(partnerJoins).toEqual([]);
  });

  it('sign-out everywhere disconnects every socket, and the old cookie cannot reconnect', async () => {
    const mai = await makeUser({ name: 'Mai' });
    const phone = await connected(socketFor(mai.cookie));
    const laptop = await connected(socketFor(mai.cookie));
    const other = await connected(socketFor((await makeUser()).cookie));
    const dropped = Promise.all([phone, laptop].map((s) => nextEvent<string>(s, 'disconnect')));
    expect((await call(signOutEverywhere, 'POST', '/api/v1/me/sign-out-everywhere', { cookie: mai.cookie })).status).toBe(204);
    expect(await dropped).toEqual(['io server disconnect', 'io server disconnect']);
    expect(other.connected).toBe(true);
    const err = await refusal(socketFor(mai.cookie));
    expect(err.message).toBe('unauthenticated');
  });

  it('removing the account disconnects its sockets for good', async () => {
    const mai = await makeUser({ name: 'Mai' });
    const phone = await connected(socketFor(mai.cookie));
    const dropped = nextEvent<string>(phone, 'disconnect');
    expect((await call(deleteMe, 'DELETE', '/api/v1/me', { cookie: mai.cookie, body: { password: mai.password } })).status).toBe(204);
    expect(await dropped).toBe('io server disconnect');
    expect((await refusal(socketFor(mai.cookie))).message).toBe('unauthenticated');
  });
});
