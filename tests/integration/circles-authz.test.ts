/**
 * "User A tries user B's things": every circle, invitation and account route, called by
 * someone signed out (401), by a stranger who owns a circle of her own (404, nothing leaked),
 * and by a member lacking the permission (403).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { GET as listCircles, POST as createCircleRoute } from '@/app/api/v1/circles/route';
import { GET as getCircle } from '@/app/api/v1/circles/[id]/route';
import { GET as listInvitations, POST as createInvitation } from '@/app/api/v1/circles/[id]/invitations/route';
import { DELETE as revokeInvitation } from '@/app/api/v1/circles/[id]/invitations/[invitationId]/route';
import { DELETE as removeMember } from '@/app/api/v1/circles/[id]/members/[userId]/route';
import { POST as leave } from '@/app/api/v1/circles/[id]/leave/route';
import { GET as previewInvitation } from '@/app/api/v1/invitations/[code]/route';
import { POST as acceptInvitation } from '@/app/api/v1/invitations/[code]/accept/route';
import { DELETE as deleteMe, GET as getMe, PATCH as patchMe } from '@/app/api/v1/me/route';
import { POST as signOutEverywhere } from '@/app/api/v1/me/sign-out-everywhere/route';
import { circleMembers, invitations, users } from '@/db/schema';
import { resetEnv } from '@/lib/env';
import { call, cookieFor, makeUser, type CallResult, type TestUser } from '../helpers/api';
import { accept, createCircle, familyWithPartner, invite } from '../helpers/circles';
import { setupTestDatabase } from '../helpers/db';

const t = setupTestDatabase({ beforeAll, afterAll, beforeEach });

beforeAll(() => {
  process.env.RATE_LIMITS = 'off';
  resetEnv();
});

interface World {
  mother: TestUser;
  partner: TestUser;
  stranger: TestUser;
  circle: { id: string; name: string };
  strangerCircle: { id: string };
  invitation: { id: string; code: string };
}

async function makeWorld(): Promise<World> {
  const { mother, partner, circle } = await familyWithPartner();
  const invitation = await invite(mother, circle.id, 'grandparent');
  // The stranger owns a circle too: her rights there must not reach into Mai's.
  const stranger = await makeUser({ name: 'Stranger Strange' });
  const strangerCircle = await createCircle(stranger, 'Stranger circle');
  return { mother, partner, stranger, circle, strangerCircle, invitation };
}

type Handler = Parameters<typeof call>[0];

interface RouteCase {
  route: string;
  handler: Handler;
  method: string;
  path: (w: World) => string;
  params?: (w: World) => Record<string, string>;
  body?: (w: World) => unknown;
  /** What a signed-in stranger gets. Omitted: the route only concerns the caller's own data. */
  stranger?: (res: CallResult, w: World) => Promise<void> | void;
  /** A circle member without the permission: 403. */
  memberForbidden?: boolean;
  /** Checked after any refused call: nothing changed. */
  unchanged?: (w: World) => Promise<void>;
}

async function expectNotFoundWithoutLeak(res: CallResult, w: World) {
  expect(res.status).toBe(404);
  expect(res.body).toEqual({ error: { code: 'not_found', message: expect.any(String) } });
  const text = JSON.stringify(res.body);
  for (const secret of [w.circle.name, w.mother.name, w.partner.name, w.mother.id, w.partner.id, w.invitation.code]) {
    expect(text).not.toContain(secret);
  }
}

async function invitationStillOpen(w: World) {
  const [row] = await t.current.database.db.select().from(invitations).where(eq(invitations.id, w.invitation.id));
  expect(row.revokedAt).toBeNull();
  expect(row.acceptedAt).toBeNull();
}

async function membersUnchanged(w: World) {
  const rows = await t.current.database.db.select().from(circleMembers).where(eq(circleMembers.circleId, w.circle.id));
  expect(rows.map((r) => r.userId).sort()).toEqual([w.mother.id, w.partner.id].sort());
}

async function invitationCount(w: World) {
  return (await t.current.database.db.select().from(invitations).where(eq(invitations.circleId, w.circle.id))).length;
}

const ROUTES: RouteCase[] = [
  {
    route: 'GET /api/v1/circles',
    handler: listCircles,
    method: 'GET',
    path: () => '/api/v1/circles',
    stranger: (res, w) => {
      expect(res.status).toBe(200);
      expect(res.body.items.map((c: { id: string }) => c.id)).toEqual([w.strangerCircle.id]);
      expect(JSON.stringify(res.body)).not.toContain(w.circle.name);
    },
  },
  {
    route: 'POST /api/v1/circles',
    handler: createCircleRoute,
    method: 'POST',
    path: () => '/api/v1/circles',
    body: () => ({ name: 'Another circle' }),
    stranger: (res, w) => {
      // Creating is open to anyone signed in; the new circle is hers alone.
      expect(res.status).toBe(201);
      expect(res.body.ownerId).toBe(w.stranger.id);
      expect(res.body.members).toHaveLength(1);
    },
  },
  {
    route: 'GET /api/v1/circles/{id}',
    handler: getCircle,
    method: 'GET',
    path: (w) => `/api/v1/circles/${w.circle.id}`,
    params: (w) => ({ id: w.circle.id }),
    stranger: expectNotFoundWithoutLeak,
  },
  {
    route: 'GET /api/v1/circles/{id}/invitations',
    handler: listInvitations,
    method: 'GET',
    path: (w) => `/api/v1/circles/${w.circle.id}/invitations`,
    params: (w) => ({ id: w.circle.id }),
    stranger: expectNotFoundWithoutLeak,
    memberForbidden: true,
  },
  {
    route: 'POST /api/v1/circles/{id}/invitations',
    handler: createInvitation,
    method: 'POST',
    path: (w) => `/api/v1/circles/${w.circle.id}/invitations`,
    params: (w) => ({ id: w.circle.id }),
    body: () => ({ relationship: 'friend' }),
    stranger: expectNotFoundWithoutLeak,
    memberForbidden: true,
    unchanged: async (w) => expect(await invitationCount(w)).toBe(2),
  },
  {
    route: 'DELETE /api/v1/circles/{id}/invitations/{invitationId}',
    handler: revokeInvitation,
    method: 'DELETE',
    path: (w) => `/api/v1/circles/${w.circle.id}/invitations/${w.invitation.id}`,
    params: (w) => ({ id: w.circle.id, invitationId: w.invitation.id }),
    stranger: expectNotFoundWithoutLeak,
    memberForbidden: true,
    unchanged: invitationStillOpen,
  },
  {
    route: 'DELETE /api/v1/circles/{id}/members/{userId}',
    handler: removeMember,
    method: 'DELETE',
    path: (w) => `/api/v1/circles/${w.circle.id}/members/${w.mother.id}`,
    params: (w) => ({ id: w.circle.id, userId: w.mother.id }),
    stranger: expectNotFoundWithoutLeak,
    memberForbidden: true,
    unchanged: membersUnchanged,
  },
  {
    route: 'POST /api/v1/circles/{id}/leave',
    handler: leave,
    method: 'POST',
    path: (w) => `/api/v1/circles/${w.circle.id}/leave`,
    params: (w) => ({ id: w.circle.id }),
    stranger: expectNotFoundWithoutLeak,
    unchanged: membersUnchanged,
  },
  {
    route: 'GET /api/v1/invitations/{code}',
    handler: previewInvitation,
    method: 'GET',
    // The code is the secret: whoever lacks it (a guessed code) learns nothing.
    path: () => '/api/v1/invitations/ABCD-2345',
    params: () => ({ code: 'ABCD-2345' }),
    stranger: expectNotFoundWithoutLeak,
  },
  {
    route: 'POST /api/v1/invitations/{code}/accept',
    handler: acceptInvitation,
    method: 'POST',
    path: () => '/api/v1/invitations/ABCD-2345/accept',
    params: () => ({ code: 'ABCD-2345' }),
    stranger: expectNotFoundWithoutLeak,
    unchanged: async (w) => {
      await membersUnchanged(w);
      await invitationStillOpen(w);
    },
  },
  {
    route: 'GET /api/v1/me',
    handler: getMe,
    method: 'GET',
    path: () => '/api/v1/me',
    stranger: (res, w) => {
      expect(res.status).toBe(200);
      expect(res.body.id).toBe(w.stranger.id);
    },
  },
  {
    route: 'PATCH /api/v1/me',
    handler: patchMe,
    method: 'PATCH',
    path: () => '/api/v1/me',
    body: () => ({ name: 'Renamed' }),
    stranger: async (res, w) => {
      expect(res.status).toBe(200);
      expect(res.body.id).toBe(w.stranger.id);
      const [mai] = await t.current.database.db.select().from(users).where(eq(users.id, w.mother.id));
      expect(mai.name).toBe(w.mother.name);
    },
    unchanged: async (w) => {
      const [mai] = await t.current.database.db.select().from(users).where(eq(users.id, w.mother.id));
      expect(mai.name).toBe(w.mother.name);
    },
  },
  {
    route: 'DELETE /api/v1/me',
    handler: deleteMe,
    method: 'DELETE',
    path: () => '/api/v1/me',
    body: (w) => ({ password: w.mother.password }),
    unchanged: async () => expect(await t.current.database.db.select().from(users)).toHaveLength(3),
  },
  {
    route: 'POST /api/v1/me/sign-out-everywhere',
    handler: signOutEverywhere,
    method: 'POST',
    path: () => '/api/v1/me/sign-out-everywhere',
    unchanged: async (w) => expect((await call(getMe, 'GET', '/api/v1/me', { cookie: w.mother.cookie })).status).toBe(200),
  },
];

function send(r: RouteCase, w: World, cookie: string | undefined) {
  return call(r.handler, r.method, r.path(w), { cookie, params: r.params?.(w), body: r.body?.(w) });
}

describe.each(ROUTES)('$route', (r) => {
  it('anonymous → 401', async () => {
    const w = await makeWorld();
    const res = await send(r, w, undefined);
    expect(res.status).toBe(401);
    expect(res.body).toEqual({ error: { code: 'unauthenticated', message: expect.any(String) } });
    await r.unchanged?.(w);
  });

  it('a revoked session (old cookie after sign-out everywhere) → 401', async () => {
    const w = await makeWorld();
    const stale = await cookieFor({ ...w.mother.row, sessionVersion: w.mother.row.sessionVersion });
    await t.current.database.db.update(users).set({ sessionVersion: 2 }).where(eq(users.id, w.mother.id));
    const res = await send(r, w, stale);
    expect(res.status).toBe(401);
  });

  if (r.stranger) {
    it('a stranger gets nothing of the circle', async () => {
      const w = await makeWorld();
      const res = await send(r, w, w.stranger.cookie);
      await r.stranger!(res, w);
      await r.unchanged?.(w);
    });
  }

  if (r.memberForbidden) {
    it('a member without the permission → 403', async () => {
      const w = await makeWorld();
      const res = await send(r, w, w.partner.cookie);
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe('forbidden');
      await r.unchanged?.(w);
    });
  }
});

describe('ids from another circle', () => {
  it('a stranger cannot reach an invitation or member through her own circle id', async () => {
    const w = await makeWorld();
    const revoke = await call(revokeInvitation, 'DELETE', `/api/v1/circles/${w.strangerCircle.id}/invitations/${w.invitation.id}`, {
      cookie: w.stranger.cookie,
      params: { id: w.strangerCircle.id, invitationId: w.invitation.id },
    });
    expect(revoke.status).toBe(404);
    await invitationStillOpen(w);
    const remove = await call(removeMember, 'DELETE', `/api/v1/circles/${w.strangerCircle.id}/members/${w.partner.id}`, {
      cookie: w.stranger.cookie,
      params: { id: w.strangerCircle.id, userId: w.partner.id },
    });
    expect(remove.status).toBe(404);
    await membersUnchanged(w);
  });

  it('a stranger’s 404 looks exactly like an id that does not exist', async () => {
    const w = await makeWorld();
    const missing = '00000000-0000-4000-8000-000000000000';
    const theirs = await call(getCircle, 'GET', `/api/v1/circles/${w.circle.id}`, { cookie: w.stranger.cookie, params: { id: w.circle.id } });
    const nothing = await call(getCircle, 'GET', `/api/v1/circles/${missing}`, { cookie: w.stranger.cookie, params: { id: missing } });
    expect(theirs.status).toBe(nothing.status);
    expect(theirs.body).toEqual(nothing.body);
  });

  it('a member may not remove another member', async () => {
    const w = await makeWorld();
    const hoa = await makeUser({ name: 'Hoa' });
    expect((await accept(hoa, w.invitation.code)).status).toBe(200);
    const res = await call(removeMember, 'DELETE', `/api/v1/circles/${w.circle.id}/members/${hoa.id}`, {
      cookie: w.partner.cookie,
      params: { id: w.circle.id, userId: hoa.id },
    });
    expect(res.status).toBe(403);
    const rows = await t.current.database.db.select().from(circleMembers).where(eq(circleMembers.circleId, w.circle.id));
    expect(rows).toHaveLength(3);
  });
});
