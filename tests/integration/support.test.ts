/** The mother asks for help; the first "I'm on it" answers for everyone. Rest mode. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { notifications, supportRequests, users } from '@/db/schema';
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

const kinds = (items: { kind: string }[]) => items.map((n) => n.kind).filter((k) => k !== 'member_joined');

describe(`support requests (${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('the mother asks; every member is notified and sees it', async () => {
    const res = await api.askSupport(f.mother, f.circle.id, { kind: 'hold_baby', note: 'Just an hour, please' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      circleId: f.circle.id,
      kind: 'hold_baby',
      note: 'Just an hour, please',
      status: 'open',
      requestedBy: { id: f.mother.id, name: 'Mai' },
      answeredBy: null,
    });
    for (const who of [f.partner, f.grandma]) {
      expect(expectStatus(await api.listSupport(who, f.circle.id), 200).body.items).toEqual([res.body]);
      const items = (await api.notifications(who)).body.items;
      expect(items.filter((n: { kind: string }) => n.kind === 'support_requested')).toEqual([
        expect.objectContaining({ actorId: f.mother.id, data: expect.objectContaining({ supportRequestId: res.body.id, kind: 'hold_baby', note: 'Just an hour, please' }) }),
      ]);
    }
    // Not herself.
    expect(kinds((await api.notifications(f.mother)).body.items)).toEqual([]);
  });

  it('bad input → 400 with fields', async () => {
    const res = await api.askSupport(f.mother, f.circle.id, { kind: 'massage', note: 'x'.repeat(301) });
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.error.fields).sort()).toEqual(['kind', 'note']);
    expect(await db().select().from(supportRequests)).toHaveLength(0);
  });

  it('first "I’m on it" answers it for all; the second → 409 already_answered with who', async () => {
    const req = expectStatus(await api.askSupport(f.mother, f.circle.id, { kind: 'food' }), 201).body;
    const first = await api.answer(f.partner, req.id);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ status: 'answered', answeredBy: { id: f.partner.id, name: 'Tuan' } });
    expect(first.body.answeredAt).not.toBeNull();
    const second = await api.answer(f.grandma, req.id);
    expect(second.status).toBe(409);
    expect(second.body.error).toMatchObject({ code: 'already_answered', answeredBy: { id: f.partner.id, name: 'Tuan' } });
    expect(second.body.error.message).toContain('Tuan');
    const [row] = await db().select().from(supportRequests).where(eq(supportRequests.id, req.id));
    expect(row.answeredBy).toBe(f.partner.id);
    // She and the others learn who is coming.
    for (const who of [f.mother, f.grandma]) {
      const answered = (await api.notifications(who)).body.items.filter((n: { kind: string }) => n.kind === 'support_answered');
      expect(answered).toEqual([expect.objectContaining({ actorId: f.partner.id, data: expect.objectContaining({ supportRequestId: req.id, actorName: 'Tuan' }) })]);
    }
  });

  it('she withdraws an open request; then nobody can answer it, and she cannot withdraw an answered one', async () => {
    const req = expectStatus(await api.askSupport(f.mother, f.circle.id, { kind: 'company' }), 201).body;
    const cancelled = expectStatus(await api.cancel(f.mother, req.id), 200).body;
    expect(cancelled.status).toBe('cancelled');
    const late = await api.answer(f.partner, req.id);
    expect(late.status).toBe(409);
    // Not "someone is already on it": nobody is; she no longer needs it.
    expect(late.body.error).toMatchObject({ code: 'conflict', status: 'cancelled' });
    expect(late.body.error.message).not.toMatch(/already on it/i);
    const [row] = await db().select().from(supportRequests).where(eq(supportRequests.id, req.id));
    expect(row).toMatchObject({ status: 'cancelled', answeredBy: null });

    const other = expectStatus(await api.askSupport(f.mother, f.circle.id, { kind: 'ride' }), 201).body;
    expectStatus(await api.answer(f.grandma, other.id), 200);
    expect((await api.cancel(f.mother, other.id)).status).toBe(404);
    // A member cannot withdraw her request.
    const third = expectStatus(await api.askSupport(f.mother, f.circle.id, { kind: 'rest' }), 201).body;
    expect((await api.cancel(f.partner, third.id)).status).toBe(404);
    expect((await api.listSupport(f.partner, f.circle.id)).body.items.find((r: { id: string }) => r.id === third.id).status).toBe('open');
  });

  it('Idempotency-Key: a resent request alerts the family once', async () => {
    const first = await api.askSupport(f.mother, f.circle.id, { kind: 'food' }, { 'idempotency-key': 'sos-1' });
    const second = await api.askSupport(f.mother, f.circle.id, { kind: 'food' }, { 'idempotency-key': 'sos-1' });
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.body).toEqual(first.body);
    expect(await db().select().from(supportRequests)).toHaveLength(1);
    expect(await db().select().from(notifications).where(eq(notifications.kind, 'support_requested'))).toHaveLength(2);
  });
});

describe(`rest mode (${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('she sets "resting until"; the family sees it on the board; waking clears it', async () => {
    const until = fromNow(2);
    const res = await api.startRest(f.mother, f.circle.id, { until });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ restingUntil: new Date(until).toISOString() });
    for (const who of [f.partner, f.grandma, f.mother]) {
      expect((await api.listChores(who, f.circle.id)).body.restingUntil).toBe(new Date(until).toISOString());
    }
    expect(expectStatus(await api.endRest(f.mother, f.circle.id), 200).body).toEqual({ restingUntil: null });
    expect((await api.listChores(f.partner, f.circle.id)).body.restingUntil).toBeNull();
    const [row] = await db().select().from(users).where(eq(users.id, f.mother.id));
    expect(row.restingUntil).toBeNull();
  });

  it('an "until" in the past, more than 12 hours ahead, or not a time → 400 fields.until', async () => {
    for (const until of [fromNow(-1), fromNow(13), 'after lunch', undefined]) {
      const res = await api.startRest(f.mother, f.circle.id, { until });
      expect(res.status).toBe(400);
      expect(res.body.error.fields).toHaveProperty('until');
    }
    const [row] = await db().select().from(users).where(eq(users.id, f.mother.id));
    expect(row.restingUntil).toBeNull();
  });

  it('while she rests her notifications wait — except the answer to her own request — and arrive when she wakes', async () => {
    const chore = expectStatus(await api.createChore(f.grandma, f.circle.id, { title: 'Soup', category: 'meals' }), 201).body;
    expectStatus(await api.startRest(f.mother, f.circle.id, { until: fromNow(2) }), 200);
    expectStatus(await api.claim(f.partner, chore.id), 200);
    expectStatus(await api.encourage(f.grandma, f.circle.id, { message: 'Sleep well' }), 201);
    const req = expectStatus(await api.askSupport(f.mother, f.circle.id, { kind: 'hold_baby' }), 201).body;
    expectStatus(await api.answer(f.partner, req.id), 200);

    // Asleep: only the answer she is waiting for.
    const asleep = (await api.notifications(f.mother)).body;
    expect(kinds(asleep.items)).toEqual(['support_answered']);
    expect(asleep.unreadCount).toBe(1 + 2 /* member_joined before the rest */);
    // The family's notifications are not held.
    expect(kinds((await api.notifications(f.grandma)).body.items).sort()).toEqual(['chore_claimed', 'support_answered', 'support_requested']);

    expectStatus(await api.endRest(f.mother, f.circle.id), 200);
    const awake = (await api.notifications(f.mother)).body;
    expect(kinds(awake.items).sort()).toEqual(['chore_claimed', 'encouragement', 'support_answered']);
    expect(awake.unreadCount).toBe(5);
    // Each once.
    expect(new Set(awake.items.map((n: { id: string }) => n.id)).size).toBe(awake.items.length);
  });

  it('a member’s own rest has no such effect (rest mode is the mother’s)', async () => {
    const res = await api.startRest(f.partner, f.circle.id, { until: fromNow(1) });
    expect(res.status).toBe(403);
    const [row] = await db().select().from(users).where(eq(users.id, f.partner.id));
    expect(row.restingUntil).toBeNull();
  });
});
