/**
 * Her daily check-in: one a day (201, then 200 for an update), up to 14 days back, never the
 * future; only she can read it; the insight; the crisis panel with what an admin set and her
 * trusted person; the summary she may share; the alert to her trusted person.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { checkins, checkinShares, notifications } from '@/db/schema';
import { resetEnv } from '@/lib/env';
import { makeUser, type TestUser } from '../helpers/api';
import { checkinApi as ck, daysAgo, goodDay, keysDeep, PRIVATE_CHECKIN_FIELDS, roleInCircle } from '../helpers/checkins';
import { setupTestDatabase } from '../helpers/db';
import { api, expectStatus, family, type Family } from '../helpers/village';

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

const rowsOf = (who: TestUser) => db().select().from(checkins).where(eq(checkins.userId, who.id));

async function notesOf(who: TestUser, kind: string) {
  const { items } = expectStatus(await api.notifications(who), 200).body as { items: { kind: string; data: Record<string, unknown>; actorId: string | null }[] };
  return items.filter((n) => n.kind === kind);
}

describe(`check-ins (${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  describe('one a day', () => {
    it('the first check-in of the day is 201; checking in again the same day is 200 and updates that one row', async () => {
      const first = expectStatus(await ck.save(f.mother, { ...goodDay, mood: 2, sleepHours: 3 }), 201).body;
      expect(first.checkin).toMatchObject({ date: daysAgo(0), mood: 2, sleepHours: 3, stress: 2, appetite: 4, waterGlasses: 9, meals: 6 });
      expect(first).not.toHaveProperty('crisis');

      const again = expectStatus(await ck.save(f.mother, { mood: 4, sleepHours: 6.5, stress: 1, appetite: 5 }), 200).body;
      expect(again.checkin).toMatchObject({ id: first.checkin.id, date: daysAgo(0), mood: 4, sleepHours: 6.5, stress: 1, appetite: 5, waterGlasses: null, meals: null });

      const rows = await rowsOf(f.mother);
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ mood: 4, sleepHours: 6.5, stress: 1, appetite: 5 });
      const listed = expectStatus(await ck.list(f.mother), 200).body;
      expect(listed.items).toEqual([again.checkin]);
    });

    it('she may fill in a missed day up to 14 days back; an explicit today is the same day as none', async () => {
      expectStatus(await ck.save(f.mother, { ...goodDay, date: daysAgo(14) }), 201);
      expectStatus(await ck.save(f.mother, { ...goodDay, date: daysAgo(1) }), 201);
      expectStatus(await ck.save(f.mother, { ...goodDay, date: daysAgo(0) }), 201);
      expectStatus(await ck.save(f.mother, { ...goodDay, mood: 5 }), 200);
      expectStatus(await ck.save(f.mother, { ...goodDay, date: daysAgo(14), mood: 1 }), 200);
      expect((await rowsOf(f.mother)).map((r) => [r.date, r.mood]).sort()).toEqual([
        [daysAgo(0), 5],
        [daysAgo(1), 4],
        [daysAgo(14), 1],
      ].sort());
    });

    it('water and meals left blank (null) are stored as not answered, not as 0, and do not nudge', async () => {
      const res = expectStatus(await ck.save(f.mother, { mood: 4, sleepHours: '6.5', stress: 2, appetite: 4, waterGlasses: null, meals: null }), 201).body;
      expect(res.checkin).toMatchObject({ sleepHours: 6.5, waterGlasses: null, meals: null });
      expect(expectStatus(await ck.list(f.mother), 200).body.insight.nudges).toEqual([]);
    });

    it('two people checking in the same day each get their own 201', async () => {
      expectStatus(await ck.save(f.mother, goodDay), 201);
      expectStatus(await ck.save(f.partner, goodDay), 201);
      expect(await rowsOf(f.mother)).toHaveLength(1);
      expect(await rowsOf(f.partner)).toHaveLength(1);
    });

    it('bad input is refused with 400 naming the field, and nothing is saved', async () => {
      const cases: [string, unknown, string][] = [
        ['mood 0', { ...goodDay, mood: 0 }, 'mood'],
        ['mood 6', { ...goodDay, mood: 6 }, 'mood'],
        ['mood 2.5', { ...goodDay, mood: 2.5 }, 'mood'],
        ['stress 6', { ...goodDay, stress: 6 }, 'stress'],
        ['appetite 0', { ...goodDay, appetite: 0 }, 'appetite'],
        ['sleepHours -1', { ...goodDay, sleepHours: -1 }, 'sleepHours'],
        ['sleepHours 25', { ...goodDay, sleepHours: 25 }, 'sleepHours'],
        ['no mood', { sleepHours: 7, stress: 2, appetite: 4 }, 'mood'],
        ['sleepHours null (blank is not 0 hours)', { ...goodDay, sleepHours: null }, 'sleepHours'],
        ['sleepHours ""', { ...goodDay, sleepHours: '' }, 'sleepHours'],
        ['mood true', { ...goodDay, mood: true }, 'mood'],
        ['no sleepHours', { mood: 3, stress: 2, appetite: 4 }, 'sleepHours'],
        ['no stress', { mood: 3, sleepHours: 7, appetite: 4 }, 'stress'],
        ['no appetite', { mood: 3, sleepHours: 7, stress: 2 }, 'appetite'],
        ['waterGlasses -2', { ...goodDay, waterGlasses: -2 }, 'waterGlasses'],
        ['a date that is not a date', { ...goodDay, date: '27/11/2026' }, 'date'],
        ['tomorrow', { ...goodDay, date: daysAgo(-1) }, 'date'],
        ['15 days back', { ...goodDay, date: daysAgo(15) }, 'date'],
      ];
      for (const [name, body, field] of cases) {
        const res = await ck.save(f.mother, body);
        expect(res.status, name).toBe(400);
        expect(res.body.error.code, name).toBe('validation');
        expect(res.body.error.fields[field]?.length, `${name}: ${JSON.stringify(res.body.error.fields)}`).toBeGreaterThan(0);
      }
      expect(await rowsOf(f.mother)).toEqual([]);
    });

    it('an empty body names every required field', async () => {
      const res = expectStatus(await ck.save(f.mother, {}), 400);
      expect(Object.keys(res.body.error.fields).sort()).toEqual(['appetite', 'mood', 'sleepHours', 'stress']);
    });
  });

  describe('reading them back, with the insight', () => {
    it('returns only her own, newest first, within ?days', async () => {
      for (const n of [3, 0, 10, 1]) expectStatus(await ck.save(f.mother, { ...goodDay, date: daysAgo(n), mood: (n % 5) + 1 }), 201);
      expectStatus(await ck.save(f.partner, { ...goodDay, mood: 1 }), 201);

      const all = expectStatus(await ck.list(f.mother), 200).body;
      expect(all.items.map((c: { date: string }) => c.date)).toEqual([daysAgo(0), daysAgo(1), daysAgo(3), daysAgo(10)]);
      expect(all.items.every((c: { mood: number }) => typeof c.mood === 'number')).toBe(true);
      expect(all.insight).toMatchObject({ seeDoctor: false, daysCheckedIn: 4 });

      const week = expectStatus(await ck.list(f.mother, 7), 200).body;
      expect(week.items.map((c: { date: string }) => c.date)).toEqual([daysAgo(0), daysAgo(1), daysAgo(3)]);
      // The insight looks at 14 days even when she shows fewer.
      expect(week.insight.daysCheckedIn).toBe(4);

      expectStatus(await ck.list(f.mother, 0), 400);
      expectStatus(await ck.list(f.mother, 'lots'), 400);
    });

    it('8 low days (back-dated) in the last 14: seeDoctor, with where to get help', async () => {
      for (let n = 0; n < 8; n++) expectStatus(await ck.save(f.mother, { ...goodDay, date: daysAgo(n + (n > 3 ? 2 : 0)), mood: 2 }), 201);
      const { insight } = expectStatus(await ck.list(f.mother, 14), 200).body;
      expect(insight).toMatchObject({ seeDoctor: true, signs: { lowMood: 8 }, daysCheckedIn: 8 });
      expect(insight.help).toEqual({ emergencyNumber: '115', crisisLine: null });
    });

    it('7 low days are not most days: no seeDoctor, no help block', async () => {
      for (let n = 0; n < 7; n++) expectStatus(await ck.save(f.mother, { ...goodDay, date: daysAgo(n), sleepHours: 3 }), 201);
      // An 8th short night 15+ days ago cannot be entered, and one of 14 days back fills in fine but is good.
      expectStatus(await ck.save(f.mother, { ...goodDay, date: daysAgo(15), sleepHours: 3 }), 400);
      expectStatus(await ck.save(f.mother, { ...goodDay, date: daysAgo(13) }), 201);
      const { insight } = expectStatus(await ck.list(f.mother, 14), 200).body;
      expect(insight).toMatchObject({ seeDoctor: false, signs: { shortSleep: 7 }, daysCheckedIn: 8 });
      expect(insight).not.toHaveProperty('help');
    });

    it('a day updated from low to fine stops counting', async () => {
      for (let n = 0; n < 8; n++) expectStatus(await ck.save(f.mother, { ...goodDay, date: daysAgo(n), appetite: 1 }), 201);
      expect(expectStatus(await ck.list(f.mother), 200).body.insight.seeDoctor).toBe(true);
      expectStatus(await ck.save(f.mother, { ...goodDay, date: daysAgo(3), appetite: 4 }), 200);
      expect(expectStatus(await ck.list(f.mother), 200).body.insight).toMatchObject({ seeDoctor: false, signs: { poorAppetite: 7 } });
    });
  });

  describe('crisis: what to do now, set by an admin', () => {
    const SETTINGS = { emergencyNumber: '113', crisisLine: { name: 'Đường dây nóng Ngày Mai', phone: '096 306 1414', hours: '13:00–21:30' } };

    it('an admin sets the emergency number and crisis line; a yes to the safety question returns them with her trusted person', async () => {
      const admin = await makeUser({ name: 'Admin', role: 'admin' });
      expect(expectStatus(await ck.setAdminSafety(admin, SETTINGS), 200).body).toEqual(SETTINGS);
      expect(expectStatus(await ck.adminSafety(admin), 200).body).toEqual(SETTINGS);
      expect(expectStatus(await ck.safety(f.mother), 200).body).toEqual(SETTINGS);
      expectStatus(await ck.setTrusted(f.mother, f.grandma.id), 200);

      const res = expectStatus(await ck.save(f.mother, { ...goodDay, mood: 1, selfHarmThoughts: true }), 201).body;
      expect(res.crisis).toEqual({ ...SETTINGS, trustedContact: { id: f.grandma.id, name: 'Hoa' } });
    });

    it('without a trusted person, and before any admin setting, crisis still says where to call', async () => {
      const res = expectStatus(await ck.save(f.mother, { ...goodDay, selfHarmThoughts: true }), 201).body;
      expect(res.crisis).toEqual({ emergencyNumber: '115', crisisLine: null, trustedContact: null });
    });

    it('crisis appears only after a yes: no, or no answer, returns none', async () => {
      expect(expectStatus(await ck.save(f.mother, { ...goodDay, date: daysAgo(2) }), 201).body).not.toHaveProperty('crisis');
      expect(expectStatus(await ck.save(f.mother, { ...goodDay, date: daysAgo(1), selfHarmThoughts: false }), 201).body).not.toHaveProperty('crisis');
      // Updating today's to a yes shows it at once, on the 200 as well.
      expectStatus(await ck.save(f.mother, goodDay), 201);
      expect(expectStatus(await ck.save(f.mother, { ...goodDay, selfHarmThoughts: true }), 200).body.crisis).toMatchObject({ emergencyNumber: '115' });
    });

    it('only an admin may change the settings: others get 403, anonymous 401, and nothing changes', async () => {
      const admin = await makeUser({ name: 'Admin', role: 'admin' });
      expectStatus(await ck.setAdminSafety(admin, SETTINGS), 200);
      const people = [f.mother, f.partner, await makeUser({ name: 'Expert', role: 'expert' }), await makeUser({ name: 'Mod', role: 'moderator' })];
      for (const who of people) {
        expectStatus(await ck.setAdminSafety(who, { emergencyNumber: '999', crisisLine: null }), 403);
        expectStatus(await ck.adminSafety(who), 403);
      }
      expectStatus(await ck.setAdminSafety(undefined, { emergencyNumber: '999', crisisLine: null }), 401);
      expectStatus(await ck.adminSafety(undefined), 401);
      expectStatus(await ck.safety(undefined), 401);
      expect(expectStatus(await ck.safety(f.partner), 200).body).toEqual(SETTINGS);
    });

    it('an admin’s bad input is a 400 naming the field', async () => {
      const admin = await makeUser({ name: 'Admin', role: 'admin' });
      const res = expectStatus(await ck.setAdminSafety(admin, { emergencyNumber: 'call mum', crisisLine: null }), 400);
      expect(res.body.error.fields.emergencyNumber).toBeDefined();
      expectStatus(await ck.setAdminSafety(admin, { emergencyNumber: '115', crisisLine: { name: '', phone: '1800' } }), 400);
      expect(expectStatus(await ck.safety(f.mother), 200).body).toEqual({ emergencyNumber: '115', crisisLine: null });
    });
  });

  describe('privacy: nobody else can read them', () => {
    it('her partner, an expert, a moderator and an admin in her circle, and a stranger, see none of her check-ins', async () => {
      const expert = await roleInCircle('expert', f.circle.id);
      const moderator = await roleInCircle('moderator', f.circle.id);
      const admin = await roleInCircle('admin', f.circle.id);
      for (let n = 0; n < 9; n++) expectStatus(await ck.save(f.mother, { ...goodDay, date: daysAgo(n), mood: 1, selfHarmThoughts: n === 0 }), 201);
      const mine = (await rowsOf(f.mother)).map((r) => r.id);
      expect(mine).toHaveLength(9);
      expectStatus(await ck.share(f.mother, { circleId: f.circle.id }), 201);
      expectStatus(await ck.setTrusted(f.mother, f.partner.id), 200);
      expectStatus(await ck.alert(f.mother), 200);

      for (const who of [f.partner, f.grandma, expert, moderator, admin, f.stranger]) {
        const list = expectStatus(await ck.list(who, 90), 200).body;
        expect(list.items).toEqual([]);
        expect(list.insight).toMatchObject({ seeDoctor: false, daysCheckedIn: 0, signs: { lowMood: 0 } });

        const exported = expectStatus(await ck.exportData(who), 200).body;
        expect(exported.checkins).toEqual([]);
        const text = JSON.stringify(exported);
        for (const id of mine) expect(text).not.toContain(id);

        // Nothing they were notified of carries her answers.
        const { items } = expectStatus(await api.notifications(who), 200).body;
        for (const field of PRIVATE_CHECKIN_FIELDS) expect(keysDeep(items)).not.toContain(field);
      }
    });

    it('her own view never includes anyone else’s, even her partner’s who checks in the same days', async () => {
      expectStatus(await ck.save(f.partner, { ...goodDay, mood: 1 }), 201);
      expectStatus(await ck.save(f.partner, { ...goodDay, mood: 1, date: daysAgo(1) }), 201);
      expectStatus(await ck.save(f.mother, goodDay), 201);
      const list = expectStatus(await ck.list(f.mother), 200).body;
      expect(list.items).toHaveLength(1);
      expect(list.items[0].mood).toBe(4);
      expect(list.insight.daysCheckedIn).toBe(1);
    });
  });

  describe('sharing a summary with her circle', () => {
    it('members are told how long she slept and what would help — never her mood or answers', async () => {
      expectStatus(await ck.save(f.mother, { mood: 1, sleepHours: 3, stress: 5, appetite: 1, waterGlasses: 2, meals: 1, selfHarmThoughts: true }), 201);
      const shared = expectStatus(await ck.share(f.mother, { circleId: f.circle.id }), 201).body;
      expect(shared).toMatchObject({ circleId: f.circle.id, user: { id: f.mother.id, name: 'Mai' }, date: daysAgo(0), sleepHours: 3, suggestionTemplateKey: 'night-shift' });
      for (const field of PRIVATE_CHECKIN_FIELDS) expect(keysDeep(shared)).not.toContain(field);

      for (const who of [f.partner, f.grandma]) {
        const notes = await notesOf(who, 'checkin_shared');
        expect(notes).toHaveLength(1);
        expect(notes[0].actorId).toBe(f.mother.id);
        expect(notes[0].data).toEqual({ actorName: 'Mai', sleepHours: 3, suggestion: 'night-shift' });
      }
      expect(await notesOf(f.stranger, 'checkin_shared')).toEqual([]);
      expect(await notesOf(f.mother, 'checkin_shared')).toEqual([]);

      // One tap: the suggestion is a ready-made chore her partner can add.
      const chore = expectStatus(await api.fromTemplate(f.partner, f.circle.id, { templateKey: shared.suggestionTemplateKey }), 201).body;
      expect(chore).toMatchObject({ templateKey: 'night-shift', category: 'night_shift' });
    });

    it('a back-dated day can be shared by its date', async () => {
      expectStatus(await ck.save(f.mother, { ...goodDay, date: daysAgo(2), sleepHours: 8, waterGlasses: 3 }), 201);
      const shared = expectStatus(await ck.share(f.mother, { circleId: f.circle.id, date: daysAgo(2) }), 201).body;
      expect(shared).toMatchObject({ date: daysAgo(2), sleepHours: 8, suggestionTemplateKey: 'water-at-feed' });
    });

    it('to a circle she is not in: 404, and nobody there hears of it', async () => {
      expectStatus(await ck.save(f.mother, goodDay), 201);
      expectStatus(await ck.share(f.mother, { circleId: f.strangerCircle.id }), 404);
      expect(await db().select().from(checkinShares)).toEqual([]);
      expect(await notesOf(f.stranger, 'checkin_shared')).toEqual([]);
    });

    it('a stranger cannot share into her circle (404)', async () => {
      expectStatus(await ck.save(f.stranger, goodDay), 201);
      expectStatus(await ck.share(f.stranger, { circleId: f.circle.id }), 404);
      expect(await notesOf(f.partner, 'checkin_shared')).toEqual([]);
    });

    it('with no check-in for that day: 404, nothing sent', async () => {
      expectStatus(await ck.save(f.mother, { ...goodDay, date: daysAgo(1) }), 201);
      expectStatus(await ck.share(f.mother, { circleId: f.circle.id }), 404);
      expectStatus(await ck.share(f.mother, { circleId: f.circle.id, date: daysAgo(3) }), 404);
      expect(await notesOf(f.partner, 'checkin_shared')).toEqual([]);
      // Nor can she share someone else's day by being in the same circle.
      expectStatus(await ck.save(f.partner, goodDay), 201);
      expectStatus(await ck.share(f.mother, { circleId: f.circle.id }), 404);
    });

    it('a malformed circle id is a 400', async () => {
      expectStatus(await ck.save(f.mother, goodDay), 201);
      expectStatus(await ck.share(f.mother, { circleId: 'mine' }), 400);
    });
  });

  describe('her trusted person', () => {
    it('candidates are the members of her circles; a stranger cannot be chosen (404)', async () => {
      const res = expectStatus(await ck.getTrusted(f.mother), 200).body;
      expect(res.contact).toBeNull();
      expect(res.candidates.map((c: { name: string }) => c.name).sort()).toEqual(['Hoa', 'Tuan']);

      expectStatus(await ck.setTrusted(f.mother, f.stranger.id), 404);
      expectStatus(await ck.setTrusted(f.mother, f.mother.id), 404);
      expectStatus(await ck.setTrusted(f.mother, '00000000-0000-4000-8000-000000000000'), 404);
      expect(expectStatus(await ck.getTrusted(f.mother), 200).body.contact).toBeNull();

      expect(expectStatus(await ck.setTrusted(f.mother, f.partner.id), 200).body.contact).toEqual({ id: f.partner.id, name: 'Tuan' });
      expect(expectStatus(await ck.setTrusted(f.mother, f.grandma.id), 200).body.contact).toEqual({ id: f.grandma.id, name: 'Hoa' });
      expect(expectStatus(await ck.getTrusted(f.mother), 200).body.contact).toEqual({ id: f.grandma.id, name: 'Hoa' });
      // A stranger after a valid choice leaves the choice alone.
      expectStatus(await ck.setTrusted(f.mother, f.stranger.id), 404);
      expect(expectStatus(await ck.getTrusted(f.mother), 200).body.contact).toEqual({ id: f.grandma.id, name: 'Hoa' });
      expect(expectStatus(await ck.setTrusted(f.mother, null), 200).body.contact).toBeNull();
      expect(expectStatus(await ck.getTrusted(f.mother), 200).body.contact).toBeNull();
    });

    it('the alert reaches that one person, and carries nothing of her check-in', async () => {
      expectStatus(await ck.save(f.mother, { mood: 1, sleepHours: 2, stress: 5, appetite: 1, selfHarmThoughts: true }), 201);
      expectStatus(await ck.setTrusted(f.mother, f.partner.id), 200);
      expect(expectStatus(await ck.alert(f.mother), 200).body).toEqual({ alerted: { id: f.partner.id, name: 'Tuan' } });

      const alerts = await notesOf(f.partner, 'trusted_alert');
      expect(alerts).toHaveLength(1);
      expect(alerts[0].actorId).toBe(f.mother.id);
      expect(alerts[0].data).toEqual({ actorName: 'Mai' });
      for (const who of [f.grandma, f.mother, f.stranger]) expect(await notesOf(who, 'trusted_alert')).toEqual([]);
      const all = await db().select().from(notifications).where(eq(notifications.kind, 'trusted_alert'));
      expect(all.map((n) => n.userId)).toEqual([f.partner.id]);
    });

    it('with nobody chosen, the alert is a 404 and nobody is told', async () => {
      expectStatus(await ck.alert(f.mother), 404);
      expect(await db().select().from(notifications).where(eq(notifications.kind, 'trusted_alert'))).toEqual([]);
    });
  });
});
