/**
 * Every check-in, trusted-person, safety, export and account route: signed out (or with a
 * forged or revoked cookie) it is a 401 before anything runs; the admin routes are 403 for
 * everyone but an admin.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { appSettings, auditLog, checkins, users } from '@/db/schema';
import { resetEnv } from '@/lib/env';
import { SESSION_COOKIE } from '@/lib/auth/session';
import { makeUser, type CallResult, type TestUser } from '../helpers/api';
import { checkinApi as ck, goodDay } from '../helpers/checkins';
import { setupTestDatabase } from '../helpers/db';
import { expectStatus, family } from '../helpers/village';

const t = setupTestDatabase({ beforeAll, afterAll, beforeEach });
const db = () => t.current.database.db;

beforeAll(() => {
  process.env.RATE_LIMITS = 'off';
  resetEnv();
});

const SETTINGS = { emergencyNumber: '113', crisisLine: { name: 'Ngày Mai', phone: '096 306 1414' } };
const CIRCLE = '00000000-0000-4000-8000-000000000001';

const ROUTES: [string, (who: Pick<TestUser, 'cookie'> | undefined) => Promise<CallResult>][] = [
  ['GET /api/v1/checkins', (who) => ck.list(who)],
  ['POST /api/v1/checkins', (who) => ck.save(who, goodDay)],
  ['POST /api/v1/checkins/share', (who) => ck.share(who, { circleId: CIRCLE })],
  ['GET /api/v1/me/trusted-contact', (who) => ck.getTrusted(who)],
  ['PUT /api/v1/me/trusted-contact', (who) => ck.setTrusted(who, null)],
  ['POST /api/v1/me/trusted-contact/alert', (who) => ck.alert(who)],
  ['GET /api/v1/me/export', (who) => ck.exportData(who)],
  ['DELETE /api/v1/me', (who) => ck.deleteMe(who, { password: 'correct horse battery' })],
  ['GET /api/v1/admin/settings/safety', (who) => ck.adminSafety(who)],
  ['PUT /api/v1/admin/settings/safety', (who) => ck.setAdminSafety(who, SETTINGS)],
  ['GET /api/v1/safety', (who) => ck.safety(who)],
];

describe(`check-in and account routes: authentication and admin-only (${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  it.each(ROUTES)('%s: 401 signed out, with a forged cookie, and with a revoked session', async (_name, run) => {
    const user = await makeUser({ name: 'Mai' });
    const forged = { cookie: `${SESSION_COOKIE}=not-a-real-token` };
    await db().update(users).set({ sessionVersion: 2 }).where(eq(users.id, user.id));
    for (const who of [undefined, forged, user]) {
      const res = await run(who);
      expect(res.status, JSON.stringify(res.body)).toBe(401);
      expect(res.body.error.code).toBe('unauthenticated');
    }
    // Nothing ran: no check-in, no setting, the account is still there.
    expect(await db().select().from(checkins)).toEqual([]);
    expect(await db().select().from(appSettings)).toEqual([]);
    expect(await db().select().from(users)).toHaveLength(1);
  });

  it('anonymous 401 comes before validation', async () => {
    expectStatus(await ck.save(undefined, {}), 401);
    expectStatus(await ck.setAdminSafety(undefined, {}), 401);
    expectStatus(await ck.deleteMe(undefined, {}), 401);
  });

  it('the admin safety routes are 403 for a mother, a member, an expert and a moderator, and change nothing', async () => {
    const f = await family();
    const people = [f.mother, f.partner, await makeUser({ name: 'Expert', role: 'expert' }), await makeUser({ name: 'Mod', role: 'moderator' })];
    for (const who of people) {
      const put = expectStatus(await ck.setAdminSafety(who, SETTINGS), 403);
      expect(put.body.error.code).toBe('forbidden');
      expectStatus(await ck.adminSafety(who), 403);
      // Everyone signed in may read where to get help.
      expect(expectStatus(await ck.safety(who), 200).body).toEqual({ emergencyNumber: '115', crisisLine: null });
    }
    expect(await db().select().from(appSettings)).toEqual([]);
    expect(await db().select().from(auditLog)).toEqual([]);
  });

  it('an admin may read and change them, and the change is written to the audit log', async () => {
    const admin = await makeUser({ name: 'Admin', role: 'admin' });
    expect(expectStatus(await ck.adminSafety(admin), 200).body).toEqual({ emergencyNumber: '115', crisisLine: null });
    expectStatus(await ck.setAdminSafety(admin, SETTINGS), 200);
    expect(expectStatus(await ck.adminSafety(admin), 200).body).toEqual(SETTINGS);
    const log = await db().select().from(auditLog);
    expect(log).toEqual([expect.objectContaining({ actorId: admin.id, action: 'settings.safety.update', data: SETTINGS })]);
  });
});
