import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { GET as listCircles, POST as createCircleRoute } from '@/app/api/v1/circles/route';
import { GET as getCircle } from '@/app/api/v1/circles/[id]/route';
import { GET as listInvitations, POST as createInvitation } from '@/app/api/v1/circles/[id]/invitations/route';
import { DELETE as revokeInvitation } from '@/app/api/v1/circles/[id]/invitations/[invitationId]/route';
import { DELETE as removeMember } from '@/app/api/v1/circles/[id]/members/[userId]/route';
import { POST as leave } from '@/app/api/v1/circles/[id]/leave/route';
import { GET as previewInvitation } from '@/app/api/v1/invitations/[code]/route';
import { circles, invitations } from '@/db/schema';
import { resetEnv } from '@/lib/env';
import { call, makeUser } from '../helpers/api';
import { accept, createCircle, familyWithPartner, invite } from '../helpers/circles';
import { setupTestDatabase } from '../helpers/db';

const t = setupTestDatabase({ beforeAll, afterAll, beforeEach });
const DAY = 24 * 60 * 60 * 1000;

beforeAll(() => {
  process.env.RATE_LIMITS = 'off';
  resetEnv();
});

describe('circles', () => {
  it('creates a circle with the mother as owner', async () => {
    const mai = await makeUser({ name: 'Mai' });
    const res = await call(createCircleRoute, 'POST', '/api/v1/circles', { cookie: mai.cookie, body: { name: '  Nhà Mai ' } });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ name: 'Nhà Mai', ownerId: mai.id, myRole: 'owner' });
    expect(res.body.members).toEqual([expect.objectContaining({ userId: mai.id, name: 'Mai', role: 'owner', relationship: 'mother' })]);
  });

  it('refuses a circle without a name', async () => {
    const mai = await makeUser();
    const res = await call(createCircleRoute, 'POST', '/api/v1/circles', { cookie: mai.cookie, body: { name: '' } });
    expect(res.status).toBe(400);
    expect(res.body.error.fields.name).toBeDefined();
  });

  it('lists my circles only, and gets one', async () => {
    const mai = await makeUser({ name: 'Mai' });
    const lan = await makeUser({ name: 'Lan' });
    const mine = await createCircle(mai, 'Mai family');
    await createCircle(lan, 'Lan family');
    const list = await call(listCircles, 'GET', '/api/v1/circles', { cookie: mai.cookie });
    expect(list.status).toBe(200);
    expect(list.body.items).toEqual([expect.objectContaining({ id: mine.id, name: 'Mai family', myRole: 'owner', memberCount: 1 })]);
    const one = await call(getCircle, 'GET', `/api/v1/circles/${mine.id}`, { cookie: mai.cookie, params: { id: mine.id } });
    expect(one.status).toBe(200);
    expect(one.body).toMatchObject({ id: mine.id, name: 'Mai family', myRole: 'owner' });
  });

  it('an unknown or malformed circle id is 404', async () => {
    const mai = await makeUser();
    for (const id of ['00000000-0000-4000-8000-000000000000', 'not-a-uuid']) {
      const res = await call(getCircle, 'GET', `/api/v1/circles/${id}`, { cookie: mai.cookie, params: { id } });
      expect(res.status).toBe(404);
      expect(res.body.error.code).toBe('not_found');
    }
  });

  it('Idempotency-Key: the same key twice makes one circle and the same answer', async () => {
    const mai = await makeUser();
    const opts = { cookie: mai.cookie, body: { name: 'Once' }, headers: { 'idempotency-key': 'key-1' } };
    const first = await call(createCircleRoute, 'POST', '/api/v1/circles', opts);
    const second = await call(createCircleRoute, 'POST', '/api/v1/circles', opts);
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.body).toEqual(first.body);
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    expect(await t.current.database.db.select().from(circles)).toHaveLength(1);
    // A different key is a different request; another user's same key is theirs alone.
    const third = await call(createCircleRoute, 'POST', '/api/v1/circles', { ...opts, headers: { 'idempotency-key': 'key-2' } });
    expect(third.body.id).not.toBe(first.body.id);
    const lan = await makeUser();
    const hers = await call(createCircleRoute, 'POST', '/api/v1/circles', { ...opts, cookie: lan.cookie });
    expect(hers.status).toBe(201);
    expect(hers.body.ownerId).toBe(lan.id);
    expect(await t.current.database.db.select().from(circles)).toHaveLength(3);
  });
});

describe('invitations', () => {
  it('creates a code, a join url and an expiry 7 days ahead', async () => {
    const mai = await makeUser({ name: 'Mai' });
    const circle = await createCircle(mai);
    const before = Date.now();
    const res = await call(createInvitation, 'POST', `/api/v1/circles/${circle.id}/invitations`, {
      cookie: mai.cookie,
      body: { relationship: 'grandparent' },
      params: { id: circle.id },
    });
    expect(res.status).toBe(201);
    expect(res.body.code).toMatch(/^[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}$/);
    expect(res.body.url).toMatch(new RegExp(`/join/${res.body.code.replace('-', '')}$`));
    expect(res.body.url.startsWith('http://localhost:3000/')).toBe(true);
    expect(res.body.relationship).toBe('grandparent');
    const expires = new Date(res.body.expiresAt).getTime();
    expect(expires).toBeGreaterThanOrEqual(before + 7 * DAY - 5_000);
    expect(expires).toBeLessThanOrEqual(Date.now() + 7 * DAY + 5_000);

    const list = await call(listInvitations, 'GET', `/api/v1/circles/${circle.id}/invitations`, { cookie: mai.cookie, params: { id: circle.id } });
    expect(list.body.items).toEqual([expect.objectContaining({ id: res.body.id, code: res.body.code, status: 'pending' })]);
  });

  it('shows a preview to whoever holds the code', async () => {
    const mai = await makeUser({ name: 'Mai' });
    const circle = await createCircle(mai, 'Nhà Mai');
    const inv = await invite(mai, circle.id, 'sibling');
    const lan = await makeUser({ name: 'Lan' });
    const res = await call(previewInvitation, 'GET', `/api/v1/invitations/${inv.code}`, { cookie: lan.cookie, params: { code: inv.code } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ circleName: 'Nhà Mai', inviterName: 'Mai', relationship: 'sibling', status: 'pending' });
  });

  it('accepting joins with that relationship', async () => {
    const mai = await makeUser({ name: 'Mai' });
    const hoa = await makeUser({ name: 'Hoa' });
    const circle = await createCircle(mai);
    const inv = await invite(mai, circle.id, 'grandparent');
    // Typed loosely: lower case, no dash.
    const res = await accept(hoa, inv.code.replace('-', '').toLowerCase());
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: circle.id, myRole: 'member' });
    expect(res.body.members).toEqual(
      expect.arrayContaining([expect.objectContaining({ userId: hoa.id, role: 'member', relationship: 'grandparent', name: 'Hoa' })]),
    );
    const list = await call(listCircles, 'GET', '/api/v1/circles', { cookie: hoa.cookie });
    expect(list.body.items).toEqual([expect.objectContaining({ id: circle.id, myRole: 'member', memberCount: 2 })]);
    // Used invitations leave the open list.
    const open = await call(listInvitations, 'GET', `/api/v1/circles/${circle.id}/invitations`, { cookie: mai.cookie, params: { id: circle.id } });
    expect(open.body.items).toEqual([]);
  });

  it('accepting twice → 409 already_member', async () => {
    const mai = await makeUser();
    const hoa = await makeUser();
    const circle = await createCircle(mai);
    const inv = await invite(mai, circle.id);
    expect((await accept(hoa, inv.code)).status).toBe(200);
    const again = await accept(hoa, inv.code);
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('already_member');
  });

  it('the owner accepting her own invitation → 409 already_member, code still usable', async () => {
    const mai = await makeUser();
    const circle = await createCircle(mai);
    const inv = await invite(mai, circle.id);
    const res = await accept(mai, inv.code);
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('already_member');
    expect((await accept(await makeUser(), inv.code)).status).toBe(200);
  });

  it('a used code taken by someone else → 409 invitation_used', async () => {
    const mai = await makeUser();
    const circle = await createCircle(mai);
    const inv = await invite(mai, circle.id);
    expect((await accept(await makeUser(), inv.code)).status).toBe(200);
    const late = await makeUser();
    const res = await accept(late, inv.code);
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('invitation_used');
    expect((await call(getCircle, 'GET', `/api/v1/circles/${circle.id}`, { cookie: late.cookie, params: { id: circle.id } })).status).toBe(404);
  });

  it('an expired code → 409 invitation_expired', async () => {
    const mai = await makeUser();
    const circle = await createCircle(mai);
    const inv = await invite(mai, circle.id);
    await t.current.database.db
      .update(invitations)
      .set({ expiresAt: sql`now() - interval '1 second'` })
      .where(eq(invitations.id, inv.id));
    const res = await accept(await makeUser(), inv.code);
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('invitation_expired');
    const open = await call(listInvitations, 'GET', `/api/v1/circles/${circle.id}/invitations`, { cookie: mai.cookie, params: { id: circle.id } });
    expect(open.body.items).toEqual([]);
  });

  it('a revoked code → 404', async () => {
    const mai = await makeUser();
    const circle = await createCircle(mai);
    const inv = await invite(mai, circle.id);
    const del = await call(revokeInvitation, 'DELETE', `/api/v1/circles/${circle.id}/invitations/${inv.id}`, {
      cookie: mai.cookie,
      params: { id: circle.id, invitationId: inv.id },
    });
    expect(del.status).toBe(204);
    const res = await accept(await makeUser(), inv.code);
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('not_found');
    // Revoking again: nothing left to revoke.
    const again = await call(revokeInvitation, 'DELETE', `/api/v1/circles/${circle.id}/invitations/${inv.id}`, {
      cookie: mai.cookie,
      params: { id: circle.id, invitationId: inv.id },
    });
    expect(again.status).toBe(404);
  });

  it('an unknown code → 404, a malformed one → 404', async () => {
    const lan = await makeUser();
    expect((await accept(lan, 'ABCD-2345')).status).toBe(404);
    expect((await accept(lan, 'nonsense!')).status).toBe(404);
  });
});

describe('membership', () => {
  it('the owner removes a member, who then no longer sees the circle', async () => {
    const { mother, partner, circle } = await familyWithPartner();
    const res = await call(removeMember, 'DELETE', `/api/v1/circles/${circle.id}/members/${partner.id}`, {
      cookie: mother.cookie,
      params: { id: circle.id, userId: partner.id },
    });
    expect(res.status).toBe(204);
    expect((await call(getCircle, 'GET', `/api/v1/circles/${circle.id}`, { cookie: partner.cookie, params: { id: circle.id } })).status).toBe(404);
    const seen = await call(getCircle, 'GET', `/api/v1/circles/${circle.id}`, { cookie: mother.cookie, params: { id: circle.id } });
    expect(seen.body.members.map((m: { userId: string }) => m.userId)).toEqual([mother.id]);
    // Removing again, or someone who was never in: 404.
    const again = await call(removeMember, 'DELETE', `/api/v1/circles/${circle.id}/members/${partner.id}`, {
      cookie: mother.cookie,
      params: { id: circle.id, userId: partner.id },
    });
    expect(again.status).toBe(404);
  });

  it('the owner cannot remove herself', async () => {
    const { mother, circle } = await familyWithPartner();
    const res = await call(removeMember, 'DELETE', `/api/v1/circles/${circle.id}/members/${mother.id}`, {
      cookie: mother.cookie,
      params: { id: circle.id, userId: mother.id },
    });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('owner_cannot_leave');
  });

  it('a member leaves', async () => {
    const { mother, partner, circle } = await familyWithPartner();
    const res = await call(leave, 'POST', `/api/v1/circles/${circle.id}/leave`, { cookie: partner.cookie, params: { id: circle.id } });
    expect(res.status).toBe(204);
    expect((await call(listCircles, 'GET', '/api/v1/circles', { cookie: partner.cookie })).body.items).toEqual([]);
    const seen = await call(getCircle, 'GET', `/api/v1/circles/${circle.id}`, { cookie: mother.cookie, params: { id: circle.id } });
    expect(seen.body.members).toHaveLength(1);
  });

  it('the owner cannot leave (409 owner_cannot_leave)', async () => {
    const { mother, circle } = await familyWithPartner();
    const res = await call(leave, 'POST', `/api/v1/circles/${circle.id}/leave`, { cookie: mother.cookie, params: { id: circle.id } });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('owner_cannot_leave');
    const seen = await call(getCircle, 'GET', `/api/v1/circles/${circle.id}`, { cookie: mother.cookie, params: { id: circle.id } });
    expect(seen.status).toBe(200);
  });
});
