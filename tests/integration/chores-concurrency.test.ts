/**
 * Races on chores and support requests. Only PostgreSQL (TEST_DATABASE_URL) runs these truly in
 * parallel — there half the callers also go through a second connection pool, as a second app
 * instance would. PGlite has one connection and serialises everything: there the test proves
 * the outcome, not the race.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { chores, notifications, supportRequests } from '@/db/schema';
import { toViewer } from '@/lib/accounts/viewer';
import { claimChore } from '@/lib/chores/service';
import { answerSupportRequest } from '@/lib/encouragement/service';
import { resetEnv } from '@/lib/env';
import { AppError } from '@/lib/http/errors';
import type { CallResult, TestUser } from '../helpers/api';
import { createCircle } from '../helpers/circles';
import { setupTestDatabase } from '../helpers/db';
import { makeUser } from '../helpers/api';
import { addMembers, api, expectStatus } from '../helpers/village';

const t = setupTestDatabase({ beforeAll, afterAll, beforeEach });
const onPostgres = Boolean(process.env.TEST_DATABASE_URL);
let second: Database | undefined;

beforeAll(async () => {
  process.env.RATE_LIMITS = 'off';
  resetEnv();
  second = await t.current.openSecondConnection();
});

/** The service called on the second pool, answered like the route would. */
async function viaSecondInstance(fn: (db: Database['db']) => Promise<unknown>): Promise<Pick<CallResult, 'status' | 'body'>> {
  try {
    return { status: 200, body: await fn(second!.db) };
  } catch (err) {
    if (err instanceof AppError) return { status: err.status, body: err.toJSON() };
    throw err;
  }
}

const CLAIMERS = 25;
const TRIALS = 20;

describe(`chore and support races (${onPostgres ? 'PostgreSQL, two pools' : 'PGlite: serialised'})`, () => {
  it(`${CLAIMERS} members claim the same chore at once, ${TRIALS} times: exactly one wins, the rest are told who`, async () => {
    const mother = await makeUser({ name: 'Mai' });
    const circle = await createCircle(mother);
    const helpers = await addMembers(circle.id, CLAIMERS);
    const byId = new Map(helpers.map((h) => [h.id, h]));
    for (let trial = 0; trial < TRIALS; trial++) {
      const chore = expectStatus(await api.createChore(mother, circle.id, { title: `Night shift ${trial}`, category: 'night_shift' }), 201).body;
      const claim = (h: TestUser, i: number) =>
        second && i % 2 === 1 ? viaSecondInstance((db) => claimChore(db, toViewer(h.row), chore.id)) : api.claim(h, chore.id);
      const results = await Promise.all(helpers.map(claim));
      const statuses = results.map((r) => r.status);
      expect(statuses.filter((s) => s === 200), `trial ${trial}`).toHaveLength(1);
      expect(statuses.filter((s) => s === 409), `trial ${trial}`).toHaveLength(CLAIMERS - 1);
      const winner = helpers[statuses.indexOf(200)];
      for (const r of results.filter((x) => x.status === 409)) {
        expect(r.body.error).toMatchObject({ code: 'chore_taken', holder: { id: winner.id, name: winner.name } });
      }
      const [row] = await t.current.database.db.select().from(chores).where(eq(chores.id, chore.id));
      expect(row).toMatchObject({ status: 'claimed', claimedBy: winner.id });
      expect(byId.has(row.claimedBy!)).toBe(true);
      // Told once: one chore_claimed per other member, not one per attempt.
      const told = await t.current.database.db
        .select()
        .from(notifications)
        .where(and(eq(notifications.kind, 'chore_claimed'), eq(notifications.circleId, circle.id)));
      expect(told.filter((n) => n.data.choreId === chore.id)).toHaveLength(CLAIMERS); // the mother + 24 others
    }
  });

  it('20 members answer the same support request at once: exactly one is on it', async () => {
    const mother = await makeUser({ name: 'Mai' });
    const circle = await createCircle(mother);
    const helpers = await addMembers(circle.id, 20);
    for (let trial = 0; trial < 3; trial++) {
      const req = expectStatus(await api.askSupport(mother, circle.id, { kind: 'hold_baby' }), 201).body;
      const results = await Promise.all(
        helpers.map((h, i) => (second && i % 2 === 1 ? viaSecondInstance((db) => answerSupportRequest(db, toViewer(h.row), req.id)) : api.answer(h, req.id))),
      );
      const statuses = results.map((r) => r.status);
      expect(statuses.filter((s) => s === 200)).toHaveLength(1);
      expect(statuses.filter((s) => s === 409)).toHaveLength(19);
      const winner = helpers[statuses.indexOf(200)];
      for (const r of results.filter((x) => x.status === 409)) {
        expect(r.body.error).toMatchObject({ code: 'already_answered', answeredBy: { id: winner.id, name: winner.name } });
      }
      const [row] = await t.current.database.db.select().from(supportRequests).where(eq(supportRequests.id, req.id));
      expect(row.answeredBy).toBe(winner.id);
      const answered = await t.current.database.db.select().from(notifications).where(eq(notifications.kind, 'support_answered'));
      expect(answered.filter((n) => n.data.supportRequestId === req.id)).toHaveLength(20); // the mother + 19 others
    }
  });

  it('10 members complete the same recurring chore at once: one 200, one next occurrence', async () => {
    const mother = await makeUser({ name: 'Mai' });
    const circle = await createCircle(mother);
    const helpers = await addMembers(circle.id, 10);
    const chore = expectStatus(
      await api.createChore(mother, circle.id, { title: 'Water', category: 'water_snacks', dueAt: new Date(Date.now() + 3_600_000).toISOString(), recurrence: { kind: 'hours', every: 3 } }),
      201,
    ).body;
    const results = await Promise.all(helpers.map((h) => api.complete(h, chore.id)));
    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
    for (const r of results.filter((x) => x.status !== 200)) expect(r.body.error.code).toBe('chore_done');
    const rows = await t.current.database.db.select().from(chores).where(eq(chores.circleId, circle.id));
    expect(rows).toHaveLength(2);
    expect(rows.filter((r) => r.previousId === chore.id)).toHaveLength(1);
  });

  it('the same Idempotency-Key sent five times at once creates one chore', async () => {
    const mother = await makeUser({ name: 'Mai' });
    const circle = await createCircle(mother);
    const results = await Promise.all(
      Array.from({ length: 5 }, () => api.createChore(mother, circle.id, { title: 'Once', category: 'other' }, { 'idempotency-key': 'burst-1' })),
    );
    for (const r of results) expect([201, 409]).toContain(r.status);
    const created = results.filter((r) => r.status === 201);
    expect(created.length).toBeGreaterThanOrEqual(1);
    for (const r of created) expect(r.body.id).toBe(created[0].body.id);
    for (const r of results.filter((x) => x.status === 409)) expect(r.body.error.code).toBe('idempotency_in_progress');
    expect(await t.current.database.db.select().from(chores).where(eq(chores.circleId, circle.id))).toHaveLength(1);
  });
});
