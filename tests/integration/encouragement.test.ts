/** Notes to the mother: sending, the wall, plain text, pledges that become chores, reactions. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { chores, encouragements, notifications } from '@/db/schema';
import { resetEnv } from '@/lib/env';
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

describe(`encouragement (${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('a member sends a note; it is on the wall for everyone and the mother is notified', async () => {
    const res = await api.encourage(f.grandma, f.circle.id, { message: '  Con đang làm rất tốt!  ' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      circleId: f.circle.id,
      author: { id: f.grandma.id, name: 'Hoa' },
      message: 'Con đang làm rất tốt!',
      pledgeChoreId: null,
      reactions: [],
    });
    for (const who of [f.mother, f.partner]) {
      const wall = expectStatus(await api.listEncouragements(who, f.circle.id), 200).body;
      expect(wall.items).toEqual([res.body]);
    }
    const motherNotes = expectStatus(await api.notifications(f.mother), 200).body;
    expect(motherNotes.items.filter((n: { kind: string }) => n.kind !== 'member_joined')).toEqual([
      expect.objectContaining({ kind: 'encouragement', actorId: f.grandma.id, read: false, data: expect.objectContaining({ encouragementId: res.body.id, actorName: 'Hoa' }) }),
    ]);
    // Written to her: the rest of the family is not pinged.
    expect((await api.notifications(f.partner)).body.items.filter((n: { kind: string }) => n.kind === 'encouragement')).toEqual([]);
  });

  it('up to 500 characters; 501 or nothing → 400 fields.message', async () => {
    expectStatus(await api.encourage(f.partner, f.circle.id, { message: 'a'.repeat(500) }), 201);
    for (const message of ['a'.repeat(501), '', '    ', undefined, 42]) {
      const res = await api.encourage(f.partner, f.circle.id, { message });
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('validation');
      expect(res.body.error.fields).toHaveProperty('message');
    }
    expect(await db().select().from(encouragements)).toHaveLength(1);
  });

  it('markup is stored and returned verbatim, as text', async () => {
    const message = `<script>alert("x")</script><img src=x onerror=alert(1)> <b>bold</b> & 'quotes'`;
    const res = expectStatus(await api.encourage(f.partner, f.circle.id, { message }), 201);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(res.body.message).toBe(message);
    const [row] = await db().select().from(encouragements).where(eq(encouragements.id, res.body.id));
    expect(row.message).toBe(message);
    expect((await api.listEncouragements(f.mother, f.circle.id)).body.items[0].message).toBe(message);
  });

  it('a pledge becomes a chore already claimed by its author', async () => {
    const dueAt = fromNow(20);
    const res = expectStatus(
      await api.encourage(f.partner, f.circle.id, { message: 'Sleep, I have the baby', pledge: { title: 'Take the 2 a.m. feed', category: 'night_shift', dueAt } }),
      201,
    ).body;
    expect(res.pledgeChoreId).toEqual(expect.any(String));
    const chore = expectStatus(await api.getChore(f.mother, res.pledgeChoreId), 200).body;
    expect(chore).toMatchObject({
      title: 'Take the 2 a.m. feed',
      category: 'night_shift',
      status: 'claimed',
      claimedBy: { id: f.partner.id, name: 'Tuan' },
      createdBy: { id: f.partner.id, name: 'Tuan' },
      dueAt: new Date(dueAt).toISOString(),
    });
    // Someone else trying to take it is told who promised it.
    const taken = await api.claim(f.grandma, res.pledgeChoreId);
    expect(taken.status).toBe(409);
    expect(taken.body.error.holder).toEqual({ id: f.partner.id, name: 'Tuan' });
    // And when he does it, it counts for him this week.
    expectStatus(await api.complete(f.partner, res.pledgeChoreId), 200);
    const week = expectStatus(await api.week(f.mother, f.circle.id), 200).body;
    expect(week.members.find((m: { userId: string }) => m.userId === f.partner.id)).toMatchObject({ chores: 1, effort: 2, nightShiftMinutes: 240 });
  });

  it('a bad pledge → 400 with the pledge field; neither note nor chore is created', async () => {
    const res = await api.encourage(f.partner, f.circle.id, { message: 'Hi', pledge: { title: '', category: 'juggling' } });
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.error.fields).sort()).toEqual(['pledge.category', 'pledge.title']);
    expect(await db().select().from(encouragements)).toHaveLength(0);
    expect(await db().select().from(chores)).toHaveLength(0);
  });

  it('reactions: the mother toggles them; the family sees the counts', async () => {
    const note = expectStatus(await api.encourage(f.partner, f.circle.id, { message: 'You are doing great' }), 201).body;
    const hearted = expectStatus(await api.react(f.mother, note.id, { reaction: 'heart' }), 200).body;
    expect(hearted.reactions).toEqual([{ reaction: 'heart', count: 1, mine: true }]);
    const both = expectStatus(await api.react(f.mother, note.id, { reaction: 'hug' }), 200).body;
    expect(both.reactions.map((r: { reaction: string }) => r.reaction).sort()).toEqual(['heart', 'hug']);
    const partnerView = (await api.listEncouragements(f.partner, f.circle.id)).body.items[0];
    expect(partnerView.reactions).toContainEqual({ reaction: 'heart', count: 1, mine: false });
    // Tapping again takes it back.
    const undone = expectStatus(await api.react(f.mother, note.id, { reaction: 'heart' }), 200).body;
    expect(undone.reactions).toEqual([{ reaction: 'hug', count: 1, mine: true }]);
    const bad = await api.react(f.mother, note.id, { reaction: 'thumbs_down' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields).toHaveProperty('reaction');
  });

  it('the wall lists newest first, with limit and before for paging', async () => {
    const sent = [];
    for (const message of ['one', 'two', 'three']) {
      sent.push(expectStatus(await api.encourage(f.partner, f.circle.id, { message }), 201).body);
      await new Promise((r) => setTimeout(r, 5));
    }
    const all = (await api.listEncouragements(f.mother, f.circle.id)).body.items;
    expect(all.map((e: { message: string }) => e.message)).toEqual(['three', 'two', 'one']);
    const page = (await api.listEncouragements(f.mother, f.circle.id, { limit: '2' })).body.items;
    expect(page.map((e: { message: string }) => e.message)).toEqual(['three', 'two']);
    const older = (await api.listEncouragements(f.mother, f.circle.id, { before: page[1].createdAt })).body.items;
    expect(older.map((e: { message: string }) => e.message)).toEqual(['one']);
    const bad = await api.listEncouragements(f.mother, f.circle.id, { limit: '0' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields).toHaveProperty('limit');
  });

  it('Idempotency-Key: a resent note (with its pledge) is created once and answered the same', async () => {
    const body = { message: 'I will cook tonight', pledge: { title: 'Cook dinner', category: 'meals' } };
    const first = await api.encourage(f.partner, f.circle.id, body, { 'idempotency-key': 'note-1' });
    const second = await api.encourage(f.partner, f.circle.id, body, { 'idempotency-key': 'note-1' });
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.body).toEqual(first.body);
    expect(await db().select().from(encouragements)).toHaveLength(1);
    expect(await db().select().from(chores)).toHaveLength(1);
    expect(await db().select().from(notifications).where(eq(notifications.kind, 'encouragement'))).toHaveLength(1);
  });
});
