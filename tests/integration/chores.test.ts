/**
 * The chore board through its routes: create, list, claim, unclaim, complete, delete, templates,
 * the week's picture, catching up with ?since=, lapsed claims and visits.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { chores, circles, notifications } from '@/db/schema';
import { releaseLapsedClaims } from '@/lib/chores/service';
import { resetEnv } from '@/lib/env';
import { setupTestDatabase } from '../helpers/db';
import { api, expectStatus, family, fromNow, LAPSE_GRACE_MS, nextVietnamTime, setDue, setLocale, type Family } from '../helpers/village';

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

async function newChore(body: Record<string, unknown> = {}, who = f.partner) {
  return expectStatus(await api.createChore(who, f.circle.id, { title: 'Cook fish soup', category: 'meals', ...body }), 201).body;
}

describe(`chores (${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('a member adds a chore and everyone in the circle sees it on today’s board', async () => {
    const dueAt = fromNow(2);
    const res = await api.createChore(f.grandma, f.circle.id, {
      title: '  Cook fish soup  ',
      category: 'meals',
      notes: 'With green papaya',
      dueAt,
      effort: 2,
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      circleId: f.circle.id,
      title: 'Cook fish soup',
      category: 'meals',
      notes: 'With green papaya',
      dueAt: new Date(dueAt).toISOString(),
      effort: 2,
      status: 'open',
      createdBy: { id: f.grandma.id, name: 'Hoa' },
      claimedBy: null,
      completedBy: null,
    });
    for (const who of [f.mother, f.partner, f.grandma]) {
      const board = expectStatus(await api.listChores(who, f.circle.id), 200).body;
      expect(board.items.map((c: { id: string }) => c.id)).toEqual([res.body.id]);
      expect(board.restingUntil).toBeNull();
      expect(typeof board.serverTime).toBe('string');
    }
    expect(expectStatus(await api.getChore(f.mother, res.body.id), 200).body).toEqual(res.body);
  });

  it('today’s board leaves out chores due on a later day and those done on an earlier day', async () => {
    const today = await newChore({ title: 'No time' });
    await newChore({ title: 'Next week', dueAt: fromNow(24 * 7) });
    const doneLongAgo = await newChore({ title: 'Old' });
    expectStatus(await api.complete(f.partner, doneLongAgo.id), 200);
    await db().update(chores).set({ completedAt: new Date(Date.now() - 3 * 24 * 3_600_000) }).where(eq(chores.id, doneLongAgo.id));
    const board = expectStatus(await api.listChores(f.mother, f.circle.id), 200).body;
    expect(board.items.map((c: { title: string }) => c.title)).toEqual([today.title]);
  });

  it('rejects bad input with 400 and the fields to fix', async () => {
    const res = await api.createChore(f.partner, f.circle.id, {
      title: '   ',
      category: 'gardening',
      effort: 5,
      dueAt: 'tomorrow',
      recurrence: { kind: 'hours', every: 0 },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('validation');
    expect(Object.keys(res.body.error.fields).sort()).toEqual(['category', 'dueAt', 'effort', 'recurrence.every', 'title']);
    const long = await api.createChore(f.partner, f.circle.id, { title: 'x'.repeat(121), category: 'other' });
    expect(long.status).toBe(400);
    expect(long.body.error.fields).toHaveProperty('title');
    const weekly = await api.createChore(f.partner, f.circle.id, { title: 'Bath', category: 'baby_care', recurrence: { kind: 'weekly', days: [], time: '25:00' } });
    expect(weekly.status).toBe(400);
    expect(Object.keys(weekly.body.error.fields).sort()).toEqual(['recurrence.days', 'recurrence.time']);
    const notJson = await api.createChore(f.partner, f.circle.id, '{oops');
    expect(notJson.status).toBe(400);
    expect(await db().select().from(chores)).toHaveLength(0);
  });

  it('claim → unclaim (own claim) → claim by another → complete', async () => {
    const chore = await newChore();
    const claimed = expectStatus(await api.claim(f.partner, chore.id), 200).body;
    expect(claimed).toMatchObject({ status: 'claimed', claimedBy: { id: f.partner.id, name: 'Tuan' } });
    expect(claimed.claimedAt).not.toBeNull();
    // The claim's answer is the chore exactly as anyone reading it sees it, names included.
    expect(claimed.createdBy.name).not.toBe('');
    expect(expectStatus(await api.getChore(f.grandma, chore.id), 200).body).toEqual(claimed);
    const released = expectStatus(await api.unclaim(f.partner, chore.id), 200).body;
    expect(released).toMatchObject({ status: 'open', claimedBy: null, claimedAt: null });
    expectStatus(await api.claim(f.grandma, chore.id), 200);
    const done = expectStatus(await api.complete(f.grandma, chore.id), 200).body;
    expect(done.chore).toMatchObject({ status: 'done', completedBy: { id: f.grandma.id, name: 'Hoa' } });
    expect(done.next).toBeNull();
    const board = expectStatus(await api.listChores(f.mother, f.circle.id), 200).body;
    expect(board.items).toEqual([expect.objectContaining({ id: chore.id, status: 'done' })]);
  });

  it('a taken chore answers 409 chore_taken naming who holds it', async () => {
    const chore = await newChore();
    expectStatus(await api.claim(f.partner, chore.id), 200);
    const res = await api.claim(f.grandma, chore.id);
    expect(res.status).toBe(409);
    expect(res.body.error).toMatchObject({ code: 'chore_taken', holder: { id: f.partner.id, name: 'Tuan' } });
    expect(res.body.error.message).toContain('Tuan');
    // Claiming one's own claim again is also "taken" (by oneself), and changes nothing.
    expect((await api.claim(f.partner, chore.id)).body.error.holder.id).toBe(f.partner.id);
  });

  it('a member cannot give back someone else’s claim (403); giving back an open chore is 409', async () => {
    const chore = await newChore();
    expectStatus(await api.claim(f.partner, chore.id), 200);
    const res = await api.unclaim(f.grandma, chore.id);
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('forbidden');
    expect((await api.getChore(f.mother, chore.id)).body.claimedBy.id).toBe(f.partner.id);
    expectStatus(await api.unclaim(f.partner, chore.id), 200);
    expect((await api.unclaim(f.partner, chore.id)).body.error.code).toBe('chore_not_claimed');
  });

  it('completing twice → 409 chore_done; a done chore cannot be claimed or given back', async () => {
    const chore = await newChore();
    expectStatus(await api.complete(f.partner, chore.id), 200);
    const again = await api.complete(f.grandma, chore.id);
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('chore_done');
    expect((await api.claim(f.grandma, chore.id)).body.error.code).toBe('chore_done');
    expect((await api.unclaim(f.partner, chore.id)).body.error.code).toBe('chore_done');
    const [row] = await db().select().from(chores).where(eq(chores.id, chore.id));
    expect(row.completedBy).toBe(f.partner.id);
  });

  it('completing a daily chore early creates the next one a day later, not a duplicate of this one', async () => {
    const due = nextVietnamTime('06:00');
    const chore = await newChore({ title: 'Night shift', category: 'night_shift', dueAt: due.toISOString(), recurrence: { kind: 'daily', time: '06:00' } });
    expectStatus(await api.claim(f.partner, chore.id), 200);
    const res = expectStatus(await api.complete(f.partner, chore.id), 200).body;
    expect(res.next).toMatchObject({
      title: 'Night shift',
      category: 'night_shift',
      status: 'open',
      claimedBy: null,
      recurrence: { kind: 'daily', time: '06:00' },
      dueAt: new Date(due.getTime() + 24 * 3_600_000).toISOString(),
    });
    const [row] = await db().select().from(chores).where(eq(chores.id, res.next.id));
    expect(row.previousId).toBe(chore.id);
  });

  it('completing a late daily chore schedules the next one in the future', async () => {
    const chore = await newChore({ title: 'Laundry', category: 'laundry', recurrence: { kind: 'daily', time: '17:00' } });
    // Due three days ago: the next one is the coming 17:00, not one already past.
    await setDue(chore.id, new Date(nextVietnamTime('17:00').getTime() - 3 * 24 * 3_600_000));
    const res = expectStatus(await api.complete(f.grandma, chore.id), 200).body;
    expect(res.next.dueAt).toBe(nextVietnamTime('17:00', 0).toISOString());
  });

  it('every N hours: the next one is anchored on the previous due time', async () => {
    const due = new Date(Date.now() + 3_600_000);
    const chore = await newChore({ title: 'Water', category: 'water_snacks', dueAt: due.toISOString(), recurrence: { kind: 'hours', every: 3 } });
    const res = expectStatus(await api.complete(f.partner, chore.id), 200).body;
    expect(res.next.dueAt).toBe(new Date(due.getTime() + 3 * 3_600_000).toISOString());
  });

  it('the creator or the mother removes a chore; another member may not (403)', async () => {
    const a = await newChore({ title: 'A' });
    const b = await newChore({ title: 'B' });
    const refused = await api.deleteChore(f.grandma, a.id);
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('forbidden');
    expect(expectStatus(await api.getChore(f.mother, a.id), 200).body.id).toBe(a.id);
    expect((await api.deleteChore(f.partner, a.id)).status).toBe(204);
    expect((await api.deleteChore(f.mother, b.id)).status).toBe(204);
    expect((await api.getChore(f.partner, a.id)).status).toBe(404);
    expect(await db().select().from(chores)).toHaveLength(0);
  });

  it('a done chore cannot be removed: it stays in the week’s thanks (409 chore_done)', async () => {
    const chore = await newChore({ effort: 2 });
    expectStatus(await api.complete(f.grandma, chore.id), 200);
    for (const who of [f.partner, f.mother]) {
      const res = await api.deleteChore(who, chore.id);
      expect(res.status).toBe(409);
      expect(res.body.error.code).toBe('chore_done');
    }
    const week = expectStatus(await api.week(f.mother, f.circle.id), 200).body;
    expect(week.members.find((m: { userId: string }) => m.userId === f.grandma.id).effort).toBe(2);
  });

  describe('lapsed claims', () => {
    it('a claim past due + grace goes back to the circle, and everyone is told', async () => {
      const chore = await newChore({ dueAt: fromNow(1) });
      expectStatus(await api.claim(f.partner, chore.id), 200);
      await setDue(chore.id, new Date(Date.now() - LAPSE_GRACE_MS - 60_000));
      expect(await releaseLapsedClaims(t.current.database.db)).toBe(1);
      const after = expectStatus(await api.getChore(f.mother, chore.id), 200).body;
      expect(after).toMatchObject({ status: 'open', claimedBy: null, claimedAt: null });
      expect(after.lapsedAt).not.toBeNull();
      // Everyone, the one whose claim lapsed too: nobody has to chase anyone.
      for (const who of [f.mother, f.partner, f.grandma]) {
        const items = expectStatus(await api.notifications(who), 200).body.items;
        const lapsed = items.filter((n: { kind: string }) => n.kind === 'chore_lapsed');
        expect(lapsed).toEqual([expect.objectContaining({ circleId: f.circle.id, data: expect.objectContaining({ choreId: chore.id, previousHolder: 'Tuan' }) })]);
      }
      // Released once: a second sweep finds nothing.
      expect(await releaseLapsedClaims(t.current.database.db)).toBe(0);
      expect(await db().select().from(notifications).where(eq(notifications.kind, 'chore_lapsed'))).toHaveLength(3);
      // Anyone can take it now.
      expectStatus(await api.claim(f.grandma, chore.id), 200);
    });

    it('within the grace period the claim holds', async () => {
      const chore = await newChore({ dueAt: fromNow(1) });
      expectStatus(await api.claim(f.partner, chore.id), 200);
      await setDue(chore.id, new Date(Date.now() - LAPSE_GRACE_MS + 2 * 60_000));
      expect(await releaseLapsedClaims(t.current.database.db)).toBe(0);
      const board = expectStatus(await api.listChores(f.mother, f.circle.id), 200).body;
      expect(board.items[0]).toMatchObject({ id: chore.id, status: 'claimed', claimedBy: { id: f.partner.id } });
    });

    it('the board releases lapsed claims itself, between sweeps; open and undated chores never lapse', async () => {
      const claimed = await newChore({ title: 'Claimed', dueAt: fromNow(1) });
      const open = await newChore({ title: 'Open', dueAt: fromNow(1) });
      const undated = await newChore({ title: 'Undated' });
      expectStatus(await api.claim(f.partner, claimed.id), 200);
      expectStatus(await api.claim(f.partner, undated.id), 200);
      const past = new Date(Date.now() - LAPSE_GRACE_MS - 60_000);
      await setDue(claimed.id, past);
      await setDue(open.id, past);
      const board = expectStatus(await api.listChores(f.grandma, f.circle.id), 200).body;
      const byTitle = Object.fromEntries(board.items.map((c: { title: string }) => [c.title, c]));
      expect(byTitle.Claimed).toMatchObject({ status: 'open', claimedBy: null });
      expect(byTitle.Claimed.lapsedAt).not.toBeNull();
      expect(byTitle.Open.lapsedAt).toBeNull();
      expect(byTitle.Undated).toMatchObject({ status: 'claimed', claimedBy: { id: f.partner.id } });
      const motherNotes = expectStatus(await api.notifications(f.mother), 200).body.items;
      expect(motherNotes.filter((n: { kind: string }) => n.kind === 'chore_lapsed')).toHaveLength(1);
    });
  });

  describe('visits', () => {
    it('a visit in her quiet hours is refused with fields.dueAt', async () => {
      const res = await api.createChore(f.grandma, f.circle.id, { title: 'Visit', category: 'visit', dueAt: nextVietnamTime('22:30').toISOString() });
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('validation');
      expect(res.body.error.fields.dueAt[0]).toMatch(/21:00.*08:00/);
      const early = await api.createChore(f.grandma, f.circle.id, { title: 'Visit', category: 'visit', dueAt: nextVietnamTime('07:30').toISOString() });
      expect(early.status).toBe(400);
      expect(await db().select().from(chores)).toHaveLength(0);
    });

    it('a visit needs a time; a daytime visit is a short drop-off (20 minutes unless said)', async () => {
      const none = await api.createChore(f.grandma, f.circle.id, { title: 'Visit', category: 'visit' });
      expect(none.status).toBe(400);
      expect(none.body.error.fields).toHaveProperty('dueAt');
      const ok = expectStatus(await api.createChore(f.grandma, f.circle.id, { title: 'Visit', category: 'visit', dueAt: nextVietnamTime('10:00').toISOString() }), 201);
      expect(ok.body.visitMinutes).toBe(20);
      const tooLong = await api.createChore(f.grandma, f.circle.id, { title: 'Visit', category: 'visit', dueAt: nextVietnamTime('10:00').toISOString(), visitMinutes: 180 });
      expect(tooLong.status).toBe(400);
      expect(tooLong.body.error.fields).toHaveProperty('visitMinutes');
    });

    it('a visit while she rests → 409 mother_resting; after she wakes it is fine', async () => {
      // No quiet hours here, so only rest mode is in the way whatever the clock says.
      await db().update(circles).set({ quietHoursStart: '00:00', quietHoursEnd: '00:00' }).where(eq(circles.id, f.circle.id));
      const until = fromNow(3);
      expectStatus(await api.startRest(f.mother, f.circle.id, { until }), 200);
      const res = await api.createChore(f.grandma, f.circle.id, { title: 'Visit', category: 'visit', dueAt: fromNow(1) });
      expect(res.status).toBe(409);
      expect(res.body.error).toMatchObject({ code: 'mother_resting', restingUntil: new Date(until).toISOString() });
      // A visit after she wakes is already fine.
      expectStatus(await api.createChore(f.grandma, f.circle.id, { title: 'Later', category: 'visit', dueAt: fromNow(4) }), 201);
      expectStatus(await api.endRest(f.mother, f.circle.id), 200);
      expectStatus(await api.createChore(f.grandma, f.circle.id, { title: 'Visit', category: 'visit', dueAt: fromNow(1) }), 201);
    });
  });

  describe('templates', () => {
    it('lists the article’s templates in the viewer’s language', async () => {
      const vi = expectStatus(await api.templates(f.mother), 200).body.items;
      const en = expectStatus(await api.templates(await setLocale(f.partner, 'en')), 200).body.items;
      expect(vi.map((x: { key: string }) => x.key)).toEqual(en.map((x: { key: string }) => x.key));
      expect(vi.map((x: { key: string }) => x.key)).toEqual(
        expect.arrayContaining(['small-meal', 'water-at-feed', 'night-shift', 'warm-soup', 'hold-baby-nap', 'laundry', 'cleaning', 'errands', 'visit-drop-off']),
      );
      const viNight = vi.find((x: { key: string }) => x.key === 'night-shift');
      const enNight = en.find((x: { key: string }) => x.key === 'night-shift');
      expect(viNight.title).toMatch(/Trực đêm/);
      expect(enNight.title).toMatch(/Night shift/);
      expect(enNight).toMatchObject({ category: 'night_shift', effort: 3, dueTime: '06:00', recurrence: { kind: 'daily', time: '06:00' } });
      for (const item of en) expect(item.title).not.toMatch(/[ăâđêôơư]/i);
    });

    it('one tap adds a template chore in the viewer’s language, due at its time of day', async () => {
      const en = await setLocale(f.partner, 'en');
      const night = expectStatus(await api.fromTemplate(en, f.circle.id, { templateKey: 'night-shift' }), 201).body;
      expect(night).toMatchObject({ title: expect.stringMatching(/^Night shift/), category: 'night_shift', templateKey: 'night-shift', effort: 3, restMinutes: 270 });
      expect(night.dueAt).toBe(nextVietnamTime('06:00', 0).toISOString());
      const soup = expectStatus(await api.fromTemplate(f.grandma, f.circle.id, { templateKey: 'warm-soup' }), 201).body;
      expect(soup.title).toBe('Nấu một món canh ấm cho mẹ');
      expect(soup.notes).toMatch(/đu đủ xanh/);
    });

    it('unknown template → 400 fields.templateKey; a visit template needs a time', async () => {
      const unknown = await api.fromTemplate(f.partner, f.circle.id, { templateKey: 'juggling' });
      expect(unknown.status).toBe(400);
      expect(unknown.body.error.fields).toHaveProperty('templateKey');
      const visit = await api.fromTemplate(f.partner, f.circle.id, { templateKey: 'visit-drop-off' });
      expect(visit.status).toBe(400);
      expect(visit.body.error.fields).toHaveProperty('dueAt');
      const missing = await api.fromTemplate(f.partner, f.circle.id, {});
      expect(missing.status).toBe(400);
      expect(missing.body.error.fields).toHaveProperty('templateKey');
      expect(await db().select().from(chores)).toHaveLength(0);
    });
  });

  it('this week: effort and rest per member, the mother never scored, no ranking', async () => {
    const make = async (template: string, who = f.partner) => expectStatus(await api.fromTemplate(who, f.circle.id, { templateKey: template }), 201).body;
    const night = await make('night-shift');
    const meal = await make('small-meal');
    const laundry = await make('laundry', f.grandma);
    const hers = await make('cleaning', f.mother);
    await make('errands'); // open: counts for nobody
    expectStatus(await api.complete(f.partner, night.id), 200);
    expectStatus(await api.complete(f.partner, meal.id), 200);
    expectStatus(await api.complete(f.grandma, laundry.id), 200);
    expectStatus(await api.complete(f.mother, hers.id), 200);
    const week = expectStatus(await api.week(f.mother, f.circle.id), 200).body;
    expect(week.members.map((m: { userId: string }) => m.userId)).toEqual([f.partner.id, f.grandma.id]);
    expect(week.members).toEqual([
      { userId: f.partner.id, name: 'Tuan', relationship: 'partner', effort: 3 + 1, chores: 2, restMinutes: 270 + 15, nightShiftMinutes: 270 },
      { userId: f.grandma.id, name: 'Hoa', relationship: 'grandparent', effort: 2, chores: 1, restMinutes: 30, nightShiftMinutes: 0 },
    ]);
    expect(week.restMinutes).toBe(270 + 15 + 30);
    expect(week.sleepMinutes).toBe(270);
    expect(JSON.stringify(week)).not.toContain(f.mother.id);
    expect(JSON.stringify(week)).not.toMatch(/rank|position|score/i);
    // A member who did nothing yet is listed (thanked later), not dropped.
    expectStatus(await api.week(f.partner, f.circle.id), 200);
  });

  it('this week leaves out what was done more than seven days ago', async () => {
    const chore = await newChore({ effort: 3 });
    expectStatus(await api.complete(f.partner, chore.id), 200);
    await db().update(chores).set({ completedAt: new Date(Date.now() - 8 * 24 * 3_600_000) }).where(eq(chores.id, chore.id));
    const week = expectStatus(await api.week(f.mother, f.circle.id), 200).body;
    expect(week.members.find((m: { userId: string }) => m.userId === f.partner.id).effort).toBe(0);
  });

  describe('catching up with ?since=', () => {
    /** Makes every chore of the circle look last changed `ms` ago. */
    const age = (ms: number) => db().update(chores).set({ updatedAt: new Date(Date.now() - ms) }).where(eq(chores.circleId, f.circle.id));

    it('returns only the chores changed after the given instant (with a short look-back)', async () => {
      const a = await newChore({ title: 'A' });
      const b = await newChore({ title: 'B' });
      await age(5 * 60_000);
      const first = expectStatus(await api.listChores(f.grandma, f.circle.id), 200).body;
      expect(first.items).toHaveLength(2);
      expectStatus(await api.claim(f.partner, a.id), 200);
      const c = await newChore({ title: 'C', dueAt: fromNow(24 * 5) });
      const changed = expectStatus(await api.listChores(f.grandma, f.circle.id, { since: first.serverTime }), 200).body;
      expect(changed.items.map((x: { id: string }) => x.id).sort()).toEqual([a.id, c.id].sort());
      expect(changed.items.find((x: { id: string }) => x.id === a.id).status).toBe('claimed');
      expect(changed.items.map((x: { id: string }) => x.id)).not.toContain(b.id);
      // Nothing changed since (beyond the look-back): nothing again.
      await age(5 * 60_000);
      const none = expectStatus(await api.listChores(f.grandma, f.circle.id, { since: changed.serverTime }), 200).body;
      expect(none.items).toEqual([]);
    });

    it.runIf(process.env.TEST_DATABASE_URL)('a claim committing just after the board was read is not lost (PostgreSQL: two connections)', async () => {
      const chore = await newChore({ title: 'In flight' });
      await age(5 * 60_000);
      const second = (await t.current.openSecondConnection())!;
      let finish!: () => void;
      const held = new Promise<void>((r) => (finish = r));
      let begun!: () => void;
      const updated = new Promise<void>((r) => (begun = r));
      // Another instance's claim: stamped now(), committed only after the board below is read.
      const claim = second.db.transaction(async (tx) => {
        await tx.update(chores).set({ status: 'claimed', claimedBy: f.grandma.id, claimedAt: sql`now()`, updatedAt: sql`now()` }).where(eq(chores.id, chore.id));
        begun();
        await held;
      });
      await updated;
      await new Promise((r) => setTimeout(r, 20));
      const board = expectStatus(await api.listChores(f.partner, f.circle.id), 200).body;
      expect(board.items[0].status).toBe('open');
      finish();
      await claim;
      const changed = expectStatus(await api.listChores(f.partner, f.circle.id, { since: board.serverTime }), 200).body;
      expect(changed.items).toEqual([expect.objectContaining({ id: chore.id, status: 'claimed' })]);
    });

    it('a lapsed claim counts as a change', async () => {
      const chore = await newChore({ dueAt: fromNow(1) });
      expectStatus(await api.claim(f.partner, chore.id), 200);
      await age(5 * 60_000);
      const first = expectStatus(await api.listChores(f.grandma, f.circle.id), 200).body;
      await setDue(chore.id, new Date(Date.now() - LAPSE_GRACE_MS - 60_000));
      await releaseLapsedClaims(t.current.database.db);
      const changed = expectStatus(await api.listChores(f.grandma, f.circle.id, { since: first.serverTime }), 200).body;
      expect(changed.items).toEqual([expect.objectContaining({ id: chore.id, status: 'open' })]);
    });

    it('a malformed since → 400 fields.since', async () => {
      const res = await api.listChores(f.grandma, f.circle.id, { since: 'yesterday' });
      expect(res.status).toBe(400);
      expect(res.body.error.fields).toHaveProperty('since');
    });
  });

  describe('Idempotency-Key', () => {
    it('the same key twice creates one chore and answers the same body', async () => {
      const body = { title: 'Buy nappies', category: 'errands' };
      const first = await api.createChore(f.partner, f.circle.id, body, { 'idempotency-key': 'phone-1' });
      const second = await api.createChore(f.partner, f.circle.id, body, { 'idempotency-key': 'phone-1' });
      expect(first.status).toBe(201);
      expect(second.status).toBe(201);
      expect(second.body).toEqual(first.body);
      expect(second.headers.get('idempotent-replayed')).toBe('true');
      expect(await db().select().from(chores)).toHaveLength(1);
      // Another key is another chore.
      expectStatus(await api.createChore(f.partner, f.circle.id, body, { 'idempotency-key': 'phone-2' }), 201);
      expect(await db().select().from(chores)).toHaveLength(2);
    });

    it('keys are per person: someone else’s same key is their own request', async () => {
      const body = { title: 'Buy nappies', category: 'errands' };
      const a = expectStatus(await api.createChore(f.partner, f.circle.id, body, { 'idempotency-key': 'k' }), 201);
      const b = expectStatus(await api.createChore(f.grandma, f.circle.id, body, { 'idempotency-key': 'k' }), 201);
      expect(b.body.id).not.toBe(a.body.id);
      expect(b.body.createdBy.id).toBe(f.grandma.id);
    });
  });

  it('the mother is never assigned a chore by others: claims are only ever the claimer’s own', async () => {
    const chore = await newChore();
    // No route or field lets a member put a chore on someone else: a claimedBy in the body is ignored.
    const res = expectStatus(await api.createChore(f.partner, f.circle.id, { title: 'Sneaky', category: 'other', claimedBy: f.mother.id, status: 'claimed' }), 201);
    expect(res.body).toMatchObject({ status: 'open', claimedBy: null });
    expectStatus(await api.claim(f.partner, chore.id), 200);
    const rows = await db().select().from(chores).where(and(eq(chores.circleId, f.circle.id), eq(chores.claimedBy, f.mother.id)));
    expect(rows).toEqual([]);
  });
});
