/**
 * Every chore, encouragement, support, rest and notification route, called by someone signed
 * out (401), by a signed-in stranger who owns a circle of her own (404, nothing leaked, nothing
 * changed), and by a circle member lacking the permission (403, nothing changed).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { asc } from 'drizzle-orm';
import { chores, encouragementReactions, encouragements, notifications, supportRequests, users } from '@/db/schema';
import { resetEnv } from '@/lib/env';
import type { CallResult, TestUser } from '../helpers/api';
import { setupTestDatabase } from '../helpers/db';
import { api, expectStatus, family, fromNow, nextVietnamTime, type Family } from '../helpers/village';

const t = setupTestDatabase({ beforeAll, afterAll, beforeEach });

beforeAll(() => {
  process.env.RATE_LIMITS = 'off';
  resetEnv();
});

interface World extends Family {
  chore: { id: string; title: string };
  claimed: { id: string };
  note: { id: string; message: string };
  request: { id: string };
}

async function makeWorld(): Promise<World> {
  const f = await family();
  const chore = expectStatus(await api.createChore(f.partner, f.circle.id, { title: 'Secret soup', category: 'meals' }), 201).body;
  const claimed = expectStatus(await api.createChore(f.partner, f.circle.id, { title: 'Secret shift', category: 'night_shift' }), 201).body;
  expectStatus(await api.claim(f.partner, claimed.id), 200);
  const note = expectStatus(await api.encourage(f.partner, f.circle.id, { message: 'Secret words' }), 201).body;
  const request = expectStatus(await api.askSupport(f.mother, f.circle.id, { kind: 'food', note: 'Secret hunger' }), 201).body;
  return { ...f, chore, claimed, note, request };
}

/** Everything a refused call could have changed. */
async function snapshot() {
  const db = t.current.database.db;
  return JSON.stringify([
    await db.select().from(chores).orderBy(asc(chores.id)),
    await db.select().from(encouragements).orderBy(asc(encouragements.id)),
    await db.select().from(encouragementReactions),
    await db.select().from(supportRequests).orderBy(asc(supportRequests.id)),
    (await db.select({ id: notifications.id, readAt: notifications.readAt }).from(notifications).orderBy(asc(notifications.id))),
    await db.select({ id: users.id, restingUntil: users.restingUntil }).from(users).orderBy(asc(users.id)),
  ]);
}

interface RouteCase {
  name: string;
  call: (who: TestUser | undefined, w: World) => Promise<CallResult>;
  /** Reaches into a circle or one of its records: a stranger gets 404. */
  scoped: boolean;
  /** A circle member without the permission, and the call: 403. */
  forbidden?: { who: (w: World) => TestUser; why: string };
}

const CASES: RouteCase[] = [
  { name: 'GET /circles/{id}/chores', scoped: true, call: (u, w) => api.listChores(u, w.circle.id) },
  { name: 'GET /circles/{id}/chores?since=', scoped: true, call: (u, w) => api.listChores(u, w.circle.id, { since: new Date(0).toISOString() }) },
  { name: 'POST /circles/{id}/chores', scoped: true, call: (u, w) => api.createChore(u, w.circle.id, { title: 'Mop', category: 'cleaning' }) },
  { name: 'POST /circles/{id}/chores/from-template', scoped: true, call: (u, w) => api.fromTemplate(u, w.circle.id, { templateKey: 'laundry' }) },
  { name: 'GET /circles/{id}/week', scoped: true, call: (u, w) => api.week(u, w.circle.id) },
  { name: 'GET /chore-templates', scoped: false, call: (u) => api.templates(u) },
  { name: 'GET /chores/{id}', scoped: true, call: (u, w) => api.getChore(u, w.chore.id) },
  {
    name: 'DELETE /chores/{id}',
    scoped: true,
    call: (u, w) => api.deleteChore(u, w.chore.id),
    forbidden: { who: (w) => w.grandma, why: 'a member who did not add it' },
  },
  { name: 'POST /chores/{id}/claim', scoped: true, call: (u, w) => api.claim(u, w.chore.id) },
  {
    name: 'POST /chores/{id}/unclaim',
    scoped: true,
    call: (u, w) => api.unclaim(u, w.claimed.id),
    forbidden: { who: (w) => w.grandma, why: 'someone else’s claim' },
  },
  { name: 'POST /chores/{id}/complete', scoped: true, call: (u, w) => api.complete(u, w.chore.id) },
  { name: 'GET /circles/{id}/encouragements', scoped: true, call: (u, w) => api.listEncouragements(u, w.circle.id) },
  {
    name: 'POST /circles/{id}/encouragements',
    scoped: true,
    call: (u, w) => api.encourage(u, w.circle.id, { message: 'You are doing great' }),
    forbidden: { who: (w) => w.mother, why: 'the mother (notes are written to her)' },
  },
  {
    name: 'POST /encouragements/{id}/reactions',
    scoped: true,
    call: (u, w) => api.react(u, w.note.id, { reaction: 'heart' }),
    forbidden: { who: (w) => w.grandma, why: 'a member (reactions are the mother’s)' },
  },
  { name: 'GET /circles/{id}/support-requests', scoped: true, call: (u, w) => api.listSupport(u, w.circle.id) },
  {
    name: 'POST /circles/{id}/support-requests',
    scoped: true,
    call: (u, w) => api.askSupport(u, w.circle.id, { kind: 'rest' }),
    forbidden: { who: (w) => w.partner, why: 'a member (only the mother asks)' },
  },
  {
    name: 'POST /support-requests/{id}/answer',
    scoped: true,
    call: (u, w) => api.answer(u, w.request.id),
    forbidden: { who: (w) => w.mother, why: 'the mother (she asked)' },
  },
  { name: 'POST /support-requests/{id}/cancel', scoped: true, call: (u, w) => api.cancel(u, w.request.id) },
  {
    name: 'PUT /circles/{id}/rest',
    scoped: true,
    call: (u, w) => api.startRest(u, w.circle.id, { until: fromNow(2) }),
    forbidden: { who: (w) => w.partner, why: 'a member (rest mode is hers)' },
  },
  {
    name: 'DELETE /circles/{id}/rest',
    scoped: true,
    call: (u, w) => api.endRest(u, w.circle.id),
    forbidden: { who: (w) => w.grandma, why: 'a member' },
  },
  { name: 'GET /notifications', scoped: false, call: (u) => api.notifications(u) },
  { name: 'POST /notifications/read', scoped: false, call: (u) => api.markRead(u, {}) },
];

function expectNotFoundWithoutLeak(res: CallResult, w: World) {
  expect(res.status).toBe(404);
  expect(res.body).toEqual({ error: { code: 'not_found', message: expect.any(String) } });
  const text = JSON.stringify(res.body);
  for (const secret of [w.circle.name, w.mother.name, w.partner.name, w.partner.id, w.chore.title, w.note.message, 'Secret']) {
    expect(text).not.toContain(secret);
  }
}

describe('chores, encouragement, support, rest and notifications: who may call what', () => {
  it('anonymous → 401 on every route, nothing changed', async () => {
    const w = await makeWorld();
    const before = await snapshot();
    for (const c of CASES) {
      const res = await c.call(undefined, w);
      expect(res.status, c.name).toBe(401);
      expect(res.body.error.code, c.name).toBe('unauthenticated');
    }
    expect(await snapshot()).toBe(before);
  });

  it('a signed-in stranger → 404 on every route with an id, nothing leaked or changed', async () => {
    const w = await makeWorld();
    const before = await snapshot();
    for (const c of CASES.filter((x) => x.scoped)) {
      const res = await c.call(w.stranger, w);
      try {
        expectNotFoundWithoutLeak(res, w);
      } catch (err) {
        throw new Error(`${c.name}: ${res.status} ${JSON.stringify(res.body)}\n${(err as Error).message}`);
      }
    }
    expect(await snapshot()).toBe(before);
  });

  it('the stranger’s own circle and records work for her, and only hers', async () => {
    const w = await makeWorld();
    expectStatus(await api.createChore(w.stranger, w.strangerCircle.id, { title: 'Hers', category: 'other' }), 201);
    const board = expectStatus(await api.listChores(w.stranger, w.strangerCircle.id), 200).body;
    expect(board.items.map((c: { title: string }) => c.title)).toEqual(['Hers']);
    expect((await api.notifications(w.stranger)).body.items).toEqual([]);
    // Her rest mode does not reach Mai's circle.
    expectStatus(await api.startRest(w.stranger, w.strangerCircle.id, { until: fromNow(1) }), 200);
    expect((await api.listChores(w.partner, w.circle.id)).body.restingUntil).toBeNull();
  });

  it('ids that do not exist, or are not ids, → 404 like a stranger’s', async () => {
    const w = await makeWorld();
    const missing = '00000000-0000-4000-8000-000000000000';
    for (const res of [
      await api.getChore(w.partner, missing),
      await api.claim(w.partner, missing),
      await api.complete(w.partner, 'not-a-uuid'),
      await api.react(w.mother, missing, { reaction: 'heart' }),
      await api.answer(w.partner, missing),
      await api.listChores(w.partner, missing),
    ]) {
      expect(res.status).toBe(404);
      expect(res.body.error.code).toBe('not_found');
    }
  });

  for (const c of CASES.filter((x) => x.forbidden)) {
    it(`${c.name}: ${c.forbidden!.why} → 403, nothing changed`, async () => {
      const w = await makeWorld();
      const before = await snapshot();
      const res = await c.call(c.forbidden!.who(w), w);
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe('forbidden');
      expect(await snapshot()).toBe(before);
    });
  }

  it('a visit chore in quiet hours is refused for members and the mother alike', async () => {
    const w = await makeWorld();
    for (const who of [w.mother, w.partner]) {
      const res = await api.createChore(who, w.circle.id, { title: 'Visit', category: 'visit', dueAt: nextVietnamTime('23:00').toISOString() });
      expect(res.status).toBe(400);
      expect(res.body.error.fields).toHaveProperty('dueAt');
    }
  });
});
