/**
 * Her data: the export holds everything she owns and nothing of anyone else's; deleting her
 * account erases her profile and check-ins, hands her circles to the member she picks (or deletes
 * them), keeps what she wrote for others as "a former member", and ends her sessions and sign-in.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { eq, inArray } from 'drizzle-orm';
import { checkins, checkinShares, circleMembers, circles, encouragements, trustedContacts, users } from '@/db/schema';
import { resetEnv } from '@/lib/env';
import { makeUser, type TestUser } from '../helpers/api';
import { checkinApi as ck, daysAgo, goodDay } from '../helpers/checkins';
import { accept, createCircle, invite } from '../helpers/circles';
import { setupTestDatabase } from '../helpers/db';
import { api, expectStatus, family, type Family } from '../helpers/village';

const t = setupTestDatabase({ beforeAll, afterAll, beforeEach });
const db = () => t.current.database.db;

beforeAll(() => {
  process.env.RATE_LIMITS = 'off';
  resetEnv();
});

interface World extends Family {
  /** Her sister Lan's circle, where Mai is a member and writes notes. */
  sister: TestUser;
  sisterCircle: { id: string; name: string };
  mine: { checkinIds: string[]; noteId: string; noteText: string; requestId: string; requestNote: string; choreId: string };
  theirs: { checkinIds: string[]; noteIds: string[]; texts: string[]; requestIds: string[] };
}

async function world(): Promise<World> {
  const f = await family();
  const lan = await makeUser({ name: 'Lan' });
  const sisterCircle = await createCircle(lan, 'Lan’s circle');
  expectStatus(await accept(f.mother, (await invite(lan, sisterCircle.id, 'sibling')).code), 200);
  expectStatus(await accept(f.partner, (await invite(lan, sisterCircle.id, 'friend')).code), 200);

  // Hers.
  const checkinIds: string[] = [];
  for (const n of [0, 1, 5]) checkinIds.push(expectStatus(await ck.save(f.mother, { ...goodDay, date: daysAgo(n), mood: 2 }), 201).body.checkin.id);
  expectStatus(await ck.share(f.mother, { circleId: f.circle.id }), 201);
  expectStatus(await ck.setTrusted(f.mother, f.partner.id), 200);
  const note = expectStatus(await api.encourage(f.mother, sisterCircle.id, { message: 'Mai: you are doing so well, Lan' }), 201).body;
  const request = expectStatus(await api.askSupport(f.mother, f.circle.id, { kind: 'food', note: 'Mai is hungry for pho' }), 201).body;
  const chore = expectStatus(await api.createChore(f.mother, f.circle.id, { title: 'Mai’s chore: fold the nappies', category: 'laundry' }), 201).body;

  // Everyone else's, some in the very circles she is in.
  const other: string[] = [];
  for (const who of [f.partner, f.grandma, f.stranger, lan]) other.push(expectStatus(await ck.save(who, { ...goodDay, mood: 1, sleepHours: 2 }), 201).body.checkin.id);
  const texts = ['Tuan: I will take the night', 'Hoa: soup is on the stove', 'Tuan to Lan: hang in there'];
  const noteIds = [
    expectStatus(await api.encourage(f.partner, f.circle.id, { message: texts[0] }), 201).body.id,
    expectStatus(await api.encourage(f.grandma, f.circle.id, { message: texts[1] }), 201).body.id,
    expectStatus(await api.encourage(f.partner, sisterCircle.id, { message: texts[2] }), 201).body.id,
  ];
  const requestNotes = ['Lan needs a nap', 'Stranger wants tea'];
  const requestIds = [
    expectStatus(await api.askSupport(lan, sisterCircle.id, { kind: 'rest', note: requestNotes[0] }), 201).body.id,
    expectStatus(await api.askSupport(f.stranger, f.strangerCircle.id, { kind: 'food', note: requestNotes[1] }), 201).body.id,
  ];
  return {
    ...f,
    sister: lan,
    sisterCircle,
    mine: { checkinIds, noteId: note.id, noteText: note.message, requestId: request.id, requestNote: 'Mai is hungry for pho', choreId: chore.id },
    theirs: { checkinIds: other, noteIds, texts: [...texts, ...requestNotes], requestIds },
  };
}

let w: World;
beforeEach(async () => {
  w = await world();
});

describe(`export and deletion (${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  describe('export my data', () => {
    it('holds her profile, check-ins, notes she wrote and requests she made, as a download', async () => {
      const res = expectStatus(await ck.exportData(w.mother), 200);
      expect(res.headers.get('content-disposition')).toMatch(/attachment/);
      expect(res.headers.get('cache-control')).toBe('no-store');
      const data = res.body;
      expect(data.profile).toMatchObject({ id: w.mother.id, email: w.mother.email, name: 'Mai', role: 'mother' });
      expect(JSON.stringify(data)).not.toMatch(/argon2|passwordHash|sessionVersion/);
      expect(data.checkins.map((c: { id: string }) => c.id).sort()).toEqual([...w.mine.checkinIds].sort());
      expect(data.checkins.map((c: { date: string }) => c.date)).toEqual([daysAgo(5), daysAgo(1), daysAgo(0)]);
      expect(data.checkins[0]).toMatchObject({ mood: 2, sleepHours: 7, stress: 2, appetite: 4 });
      expect(data.checkinShares).toEqual([expect.objectContaining({ circleId: w.circle.id, date: daysAgo(0), sleepHours: 7 })]);
      expect(data.encouragementsWritten).toEqual([expect.objectContaining({ id: w.mine.noteId, circleId: w.sisterCircle.id, message: w.mine.noteText })]);
      expect(data.supportRequests).toEqual([expect.objectContaining({ id: w.mine.requestId, circleId: w.circle.id, note: w.mine.requestNote })]);
      expect(data.choresAdded.map((c: { id: string }) => c.id)).toContain(w.mine.choreId);
      expect(data.trustedContactChosen).toBe(true);
      expect(data.circles.map((c: { circleId: string; role: string }) => [c.circleId, c.role]).sort()).toEqual(
        [
          [w.circle.id, 'owner'],
          [w.sisterCircle.id, 'member'],
        ].sort(),
      );
    });

    it('holds nothing of anyone else: not their check-ins, notes, requests, ids or e-mails', async () => {
      const text = JSON.stringify(expectStatus(await ck.exportData(w.mother), 200).body);
      for (const id of [...w.theirs.checkinIds, ...w.theirs.noteIds, ...w.theirs.requestIds]) expect(text).not.toContain(id);
      for (const s of w.theirs.texts) expect(text).not.toContain(s);
      for (const who of [w.partner, w.grandma, w.stranger, w.sister]) {
        expect(text).not.toContain(who.id);
        expect(text).not.toContain(who.email);
      }
    });

    it('another person’s export holds none of hers, even her partner’s who is in both her circles', async () => {
      const theirs = expectStatus(await ck.exportData(w.partner), 200).body;
      expect(theirs.profile.id).toBe(w.partner.id);
      expect(theirs.checkins).toHaveLength(1);
      expect(theirs.encouragementsWritten.map((n: { message: string }) => n.message).sort()).toEqual(['Tuan to Lan: hang in there', 'Tuan: I will take the night']);
      const text = JSON.stringify(theirs);
      for (const id of [...w.mine.checkinIds, w.mine.noteId, w.mine.requestId]) expect(text).not.toContain(id);
      for (const s of [w.mine.noteText, w.mine.requestNote, w.mother.email]) expect(text).not.toContain(s);
    });
  });

  describe('delete my account', () => {
    it('a wrong password is a 400 and nothing is deleted', async () => {
      const res = expectStatus(await ck.deleteMe(w.mother, { password: 'not my password', circles: [{ circleId: w.circle.id, transferTo: null }] }), 400);
      expect(res.body.error.fields.password).toBeDefined();
      expectStatus(await ck.me(w.mother), 200);
      expectStatus(await ck.circle(w.partner, w.circle.id), 200);
      expect(await db().select().from(checkins).where(eq(checkins.userId, w.mother.id))).toHaveLength(3);
      expectStatus(await ck.deleteMe(w.mother, {}), 400);
    });

    it('handed to her partner: the circle lives on with him as owner, and her notes stay as "a former member"', async () => {
      expectStatus(await ck.deleteMe(w.mother, { password: w.mother.password, circles: [{ circleId: w.circle.id, transferTo: w.partner.id }] }), 204);

      const circle = expectStatus(await ck.circle(w.partner, w.circle.id), 200).body;
      expect(circle.myRole).toBe('owner');
      expect(circle.ownerId).toBe(w.partner.id);
      expect(circle.members.map((m: { userId: string; role: string }) => [m.userId, m.role]).sort()).toEqual(
        [
          [w.partner.id, 'owner'],
          [w.grandma.id, 'member'],
        ].sort(),
      );
      expect(expectStatus(await ck.circle(w.grandma, w.circle.id), 200).body.myRole).toBe('member');
      // The new owner can do what owners do: invite.
      expect((await invite(w.partner, w.circle.id, 'friend')).code).toBeTruthy();

      const wall = expectStatus(await api.listEncouragements(w.sister, w.sisterCircle.id), 200).body.items;
      const hers = wall.find((n: { id: string }) => n.id === w.mine.noteId);
      expect(hers).toMatchObject({ message: w.mine.noteText, author: null });
      expect(wall.find((n: { message: string }) => n.message === 'Tuan to Lan: hang in there').author).toMatchObject({ id: w.partner.id });

      const [row] = await db().select().from(encouragements).where(eq(encouragements.id, w.mine.noteId));
      expect(row.authorId).toBeNull();
    });

    it('with transferTo null, or her circle left out, the circles she owns are gone; circles she only joined remain', async () => {
      const second = await createCircle(w.mother, 'Mai’s second circle');
      expectStatus(await ck.deleteMe(w.mother, { password: w.mother.password, circles: [{ circleId: w.circle.id, transferTo: null }] }), 204);
      expectStatus(await ck.circle(w.partner, w.circle.id), 404);
      const left = await db().select().from(circles).where(inArray(circles.id, [w.circle.id, second.id, w.sisterCircle.id]));
      expect(left.map((c) => c.id)).toEqual([w.sisterCircle.id]);
      expect(await db().select().from(circleMembers).where(eq(circleMembers.userId, w.mother.id))).toEqual([]);
      expect(expectStatus(await ck.circle(w.sister, w.sisterCircle.id), 200).body.myRole).toBe('owner');
    });

    it('handing a circle to someone who is not in it is a 400, and nothing is deleted', async () => {
      for (const transferTo of [w.stranger.id, w.sister.id, '00000000-0000-4000-8000-000000000000']) {
        const res = expectStatus(await ck.deleteMe(w.mother, { password: w.mother.password, circles: [{ circleId: w.circle.id, transferTo }] }), 400);
        expect(res.body.error.fields.circles).toBeDefined();
      }
      expectStatus(await ck.me(w.mother), 200);
      const circle = expectStatus(await ck.circle(w.mother, w.circle.id), 200).body;
      expect(circle.myRole).toBe('owner');
      expect(circle.members).toHaveLength(3);
      expect(expectStatus(await ck.circle(w.partner, w.circle.id), 200).body.myRole).toBe('member');
      expect(await db().select().from(checkins).where(eq(checkins.userId, w.mother.id))).toHaveLength(3);
      // Once the heir is right, it goes through.
      expectStatus(await ck.deleteMe(w.mother, { password: w.mother.password, circles: [{ circleId: w.circle.id, transferTo: w.grandma.id }] }), 204);
      expect(expectStatus(await ck.circle(w.grandma, w.circle.id), 200).body.myRole).toBe('owner');
    });

    it('ends her sessions and sign-in at once, and erases her check-ins, shares and trusted person', async () => {
      expectStatus(await ck.me(w.mother), 200);
      expectStatus(await ck.signIn(w.mother.email, w.mother.password), 200);
      expectStatus(await ck.deleteMe(w.mother, { password: w.mother.password }), 204);

      expectStatus(await ck.me(w.mother), 401);
      expectStatus(await ck.list(w.mother), 401);
      expectStatus(await ck.exportData(w.mother), 401);
      expectStatus(await ck.save(w.mother, goodDay), 401);
      expectStatus(await ck.deleteMe(w.mother, { password: w.mother.password }), 401);
      const signIn = expectStatus(await ck.signIn(w.mother.email, w.mother.password), 401);
      expect(signIn.headers.get('set-cookie')).toBeNull();

      expect(await db().select().from(users).where(eq(users.id, w.mother.id))).toEqual([]);
      expect(await db().select().from(checkins).where(inArray(checkins.id, w.mine.checkinIds))).toEqual([]);
      expect(await db().select().from(checkinShares).where(eq(checkinShares.userId, w.mother.id))).toEqual([]);
      expect(await db().select().from(trustedContacts).where(eq(trustedContacts.userId, w.mother.id))).toEqual([]);
      // Everyone else's check-ins are untouched.
      expect(await db().select().from(checkins).where(inArray(checkins.id, w.theirs.checkinIds))).toHaveLength(4);
    });

    it('chores she had taken go back on the board for the circle to take', async () => {
      const chore = expectStatus(await api.createChore(w.grandma, w.circle.id, { title: 'Night feed bottle', category: 'night_shift' }), 201).body;
      expectStatus(await api.claim(w.mother, chore.id), 200);
      expectStatus(await ck.deleteMe(w.mother, { password: w.mother.password, circles: [{ circleId: w.circle.id, transferTo: w.partner.id }] }), 204);
      expect(expectStatus(await api.getChore(w.partner, chore.id), 200).body).toMatchObject({ status: 'open', claimedBy: null });
      expect(expectStatus(await api.claim(w.grandma, chore.id), 200).body).toMatchObject({ status: 'claimed', claimedBy: { id: w.grandma.id } });
    });

    it('someone who chose her as trusted person simply has nobody chosen afterwards', async () => {
      expectStatus(await ck.setTrusted(w.partner, w.mother.id), 200);
      expectStatus(await ck.deleteMe(w.mother, { password: w.mother.password, circles: [{ circleId: w.circle.id, transferTo: w.partner.id }] }), 204);
      expect(expectStatus(await ck.getTrusted(w.partner), 200).body.contact).toBeNull();
      expectStatus(await ck.alert(w.partner), 404);
    });
  });
});
