/** The notification centre: what reaches whom, read/unread, catching up, held ones on waking. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { and, eq, isNull } from 'drizzle-orm';
import { notifications, users } from '@/db/schema';
import { resetEnv } from '@/lib/env';
import { sweepOnce } from '@/lib/sweeper';
import { makeUser } from '../helpers/api';
import { accept, invite } from '../helpers/circles';
import { setupTestDatabase } from '../helpers/db';
import { api, expectStatus, family, fromNow, type Family } from '../helpers/village';

const t = setupTestDatabase({ beforeAll, afterAll, beforeEach });
const db = () => t.current.database.db;

beforeAll(() => {
  process.env.RATE_LIMITS = 'off';
  resetEnv();
});

let f: Family;
beforeEach(async () => {
  f = await family();
});

interface N {
  id: string;
  kind: string;
  read: boolean;
  deliveredAt: string;
  data: Record<string, unknown>;
  actorId: string | null;
}

async function itemsOf(who: Family['mother'], query?: Record<string, string>): Promise<{ items: N[]; unreadCount: number }> {
  return expectStatus(await api.notifications(who, query), 200).body;
}

async function choreDone(who = f.partner) {
  const chore = expectStatus(await api.createChore(f.grandma, f.circle.id, { title: 'Laundry', category: 'laundry' }), 201).body;
  expectStatus(await api.claim(who, chore.id), 200);
  expectStatus(await api.complete(who, chore.id), 200);
  return chore;
}

describe(`notifications (${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('members joining, chores claimed and done reach everyone else in the circle, not the one who did it', async () => {
    const mother = await itemsOf(f.mother);
    expect(mother.items.map((n) => [n.kind, n.data.actorName])).toEqual([
      ['member_joined', 'Hoa'],
      ['member_joined', 'Tuan'],
    ]);
    const chore = await choreDone();
    for (const who of [f.mother, f.grandma]) {
      const { items } = await itemsOf(who);
      expect(items.filter((n) => n.kind.startsWith('chore_')).map((n) => [n.kind, n.actorId, n.data.choreId, n.data.title])).toEqual([
        ['chore_done', f.partner.id, chore.id, 'Laundry'],
        ['chore_claimed', f.partner.id, chore.id, 'Laundry'],
      ]);
    }
    expect((await itemsOf(f.partner)).items.filter((n) => n.kind.startsWith('chore_'))).toEqual([]);
    // Nothing reaches the stranger.
    expect((await itemsOf(f.stranger)).items).toEqual([]);
  });

  it('read and unread: marking some, listing only unread, marking all', async () => {
    await choreDone();
    const before = await itemsOf(f.mother);
    expect(before.unreadCount).toBe(4);
    expect(before.items.every((n) => !n.read)).toBe(true);
    const [first, second] = before.items;
    expect(expectStatus(await api.markRead(f.mother, { ids: [first.id, second.id] }), 200).body).toEqual({ unreadCount: 2 });
    const after = await itemsOf(f.mother);
    expect(after.unreadCount).toBe(2);
    expect(after.items.filter((n) => n.read).map((n) => n.id).sort()).toEqual([first.id, second.id].sort());
    const unread = await itemsOf(f.mother, { unread: '1' });
    expect(unread.items.map((n) => n.id).sort()).toEqual(after.items.filter((n) => !n.read).map((n) => n.id).sort());
    // Marking again changes nothing.
    expect((await api.markRead(f.mother, { ids: [first.id] })).body).toEqual({ unreadCount: 2 });
    expect((await api.markRead(f.mother)).body).toEqual({ unreadCount: 0 });
    expect((await itemsOf(f.mother, { unread: 'true' })).items).toEqual([]);
    // Hers only: the grandmother's are still unread.
    expect((await itemsOf(f.grandma)).unreadCount).toBe(2);
  });

  it('one cannot mark someone else’s notifications read', async () => {
    await choreDone();
    const hers = (await itemsOf(f.mother)).items.map((n) => n.id);
    expect(expectStatus(await api.markRead(f.grandma, { ids: hers }), 200).body.unreadCount).toBe(2);
    expect((await itemsOf(f.mother)).unreadCount).toBe(4);
  });

  it('bad input → 400 with fields', async () => {
    const res = await api.markRead(f.mother, { ids: ['nope'] });
    expect(res.status).toBe(400);
    expect(res.body.error.fields).toHaveProperty(['ids.0']);
    const tooMany = await api.markRead(f.mother, { ids: Array.from({ length: 201 }, () => crypto.randomUUID()) });
    expect(tooMany.status).toBe(400);
    const list = await api.notifications(f.mother, { limit: '1000', since: 'then' });
    expect(list.status).toBe(400);
    expect(Object.keys(list.body.error.fields).sort()).toEqual(['limit', 'since']);
  });

  it('a member who was offline catches up with ?since=: everything new, nothing twice', async () => {
    const seen = await itemsOf(f.mother);
    const lastSeen = seen.items[0].deliveredAt;
    await new Promise((r) => setTimeout(r, 5));
    await choreDone();
    expectStatus(await api.encourage(f.grandma, f.circle.id, { message: 'You can do it' }), 201);
    const caughtUp = await itemsOf(f.mother, { since: lastSeen });
    expect(caughtUp.items.map((n) => n.kind)).toEqual(['encouragement', 'chore_done', 'chore_claimed']);
    expect(caughtUp.items.map((n) => n.id)).not.toContain(seen.items[0].id);
    const again = await itemsOf(f.mother, { since: caughtUp.items[0].deliveredAt });
    expect(again.items).toEqual([]);
    // And the full list has each exactly once.
    const all = (await itemsOf(f.mother)).items.map((n) => n.id);
    expect(new Set(all).size).toBe(all.length);
    expect(all).toHaveLength(5);
  });

  it('a newcomer is announced to the circle', async () => {
    const newcomer = await makeUser({ name: 'Lan', role: 'member' });
    expectStatus(await accept(newcomer, (await invite(f.mother, f.circle.id, 'friend')).code), 200);
    for (const who of [f.mother, f.partner, f.grandma]) {
      expect((await itemsOf(who)).items[0]).toMatchObject({ kind: 'member_joined', actorId: newcomer.id, data: { actorName: 'Lan', relationship: 'friend' } });
    }
    expect((await itemsOf(newcomer)).items).toEqual([]);
  });

  it('when her rest ends on its own, the sweeper delivers what waited, once', async () => {
    expectStatus(await api.startRest(f.mother, f.circle.id, { until: fromNow(1) }), 200);
    await choreDone();
    expect((await itemsOf(f.mother)).items.filter((n) => n.kind.startsWith('chore_'))).toEqual([]);
    // An hour passes.
    const past = new Date(Date.now() - 1000);
    await db().update(users).set({ restingUntil: past }).where(eq(users.id, f.mother.id));
    await db().update(notifications).set({ deliverAt: past }).where(and(eq(notifications.userId, f.mother.id), isNull(notifications.deliveredAt)));
    const swept = await sweepOnce(db());
    expect(swept).toMatchObject({ woke: 1, delivered: 2 });
    const awake = await itemsOf(f.mother);
    expect(awake.items.filter((n) => n.kind.startsWith('chore_')).map((n) => n.kind).sort()).toEqual(['chore_claimed', 'chore_done']);
    expect((await api.listChores(f.partner, f.circle.id)).body.restingUntil).toBeNull();
    expect(await sweepOnce(db())).toEqual({ lapsed: 0, woke: 0, delivered: 0 });
  });
});
