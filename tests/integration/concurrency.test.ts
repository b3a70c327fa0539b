/**
 * Races. Only PostgreSQL (TEST_DATABASE_URL) runs these truly in parallel; PGlite has one
 * connection and serialises everything, so there the test proves the outcome, not the race.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { POST as register } from '@/app/api/v1/register/route';
import { POST as createCircleRoute } from '@/app/api/v1/circles/route';
import { circleMembers, circles, invitations, users } from '@/db/schema';
import { resetEnv } from '@/lib/env';
import { call, makeUser } from '../helpers/api';
import { accept, createCircle, invite } from '../helpers/circles';
import { setupTestDatabase } from '../helpers/db';

const t = setupTestDatabase({ beforeAll, afterAll, beforeEach });

beforeAll(() => {
  process.env.RATE_LIMITS = 'off';
  resetEnv();
});

describe(`races (${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite: serialised'})`, () => {
  it('20 people accept the same code at once: exactly one gets in', async () => {
    const mai = await makeUser({ name: 'Mai' });
    const circle = await createCircle(mai);
    const inv = await invite(mai, circle.id);
    const people = await Promise.all(Array.from({ length: 20 }, (_, i) => makeUser({ name: `Guest ${i}` })));
    const results = await Promise.all(people.map((p) => accept(p, inv.code)));
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(19);
    for (const r of results.filter((x) => x.status === 409)) expect(r.body.error.code).toBe('invitation_used');
    const winner = people[statuses.indexOf(200)];
    const members = await t.current.database.db.select().from(circleMembers).where(eq(circleMembers.circleId, circle.id));
    expect(members.map((m) => m.userId).sort()).toEqual([mai.id, winner.id].sort());
    const [row] = await t.current.database.db.select().from(invitations).where(eq(invitations.id, inv.id));
    expect(row.acceptedBy).toBe(winner.id);
  });

  it('two registrations with the same e-mail at once: one 201, one 409', async () => {
    const body = (name: string) => ({ email: 'same@example.com', password: 'long-enough-pw', name });
    const results = await Promise.all([
      call(register, 'POST', '/api/v1/register', { body: body('First') }),
      call(register, 'POST', '/api/v1/register', { body: body('Second') }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    expect(results.find((r) => r.status === 409)!.body.error.code).toBe('email_taken');
    expect(await t.current.database.db.select().from(users)).toHaveLength(1);
  });

  it('the same Idempotency-Key sent twice at once creates one circle', async () => {
    const mai = await makeUser();
    const opts = { cookie: mai.cookie, body: { name: 'Once' }, headers: { 'idempotency-key': 'race-1' } };
    const results = await Promise.all([
      call(createCircleRoute, 'POST', '/api/v1/circles', opts),
      call(createCircleRoute, 'POST', '/api/v1/circles', opts),
    ]);
    // The loser either replays the first result or is told the request is still running.
    for (const r of results) expect([201, 409]).toContain(r.status);
    expect(results.some((r) => r.status === 201)).toBe(true);
    const conflict = results.find((r) => r.status === 409);
    if (conflict) expect(conflict.body.error.code).toBe('idempotency_in_progress');
    expect(await t.current.database.db.select().from(circles)).toHaveLength(1);
  });
});
