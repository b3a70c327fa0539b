/**
 * Expert Q&A: asking (with triage), the queue, answering (verified experts only), follow-ups,
 * "helped me", suggestions that become chores, search with and without diacritics, anonymity,
 * and the expert application → verification flow.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { auditLog, chores, questions } from '@/db/schema';
import { resetEnv } from '@/lib/env';
import { setupTestDatabase } from '../helpers/db';
import { APPLICATION, clinic, qa, type Clinic } from '../helpers/questions';
import { api, expectStatus, family } from '../helpers/village';

const t = setupTestDatabase({ beforeAll, afterAll, beforeEach });
const db = () => t.current.database.db;

beforeAll(() => {
  process.env.RATE_LIMITS = 'off';
  resetEnv();
});

let c: Clinic;
beforeEach(async () => {
  c = await clinic();
});

const ASK = { title: 'Sữa về ít buổi chiều', body: 'Buổi chiều em thấy ngực mềm và con bú xong vẫn quấy. Em có nên hút thêm không?', tags: ['supply'] };

describe(`expert questions (${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('a mother asks; a verified expert answers with a badge; she is notified and marks it helpful, shown first', async () => {
    const asked = expectStatus(await qa.ask(c.mother, ASK), 201).body;
    expect(asked.question).toMatchObject({ title: ASK.title, urgent: false, status: 'open', mine: true, tags: ['supply'], answerCount: 0 });
    expect(asked).not.toHaveProperty('getCareNow');

    const first = expectStatus(await qa.answer(c.expert, asked.question.id, { body: 'Cho bé bú thường xuyên hơn vào buổi chiều là đủ.' }), 201).body;
    const second = expectStatus(
      await qa.answer(c.expert, asked.question.id, {
        body: 'Và hãy nghỉ một giấc trưa: mệt mỏi làm sữa khó xuống.',
        suggestions: [{ title: 'Bế bé từ 13:00 đến 14:00 để mẹ ngủ trưa', category: 'baby_care', at: '13:00' }],
      }),
      201,
    ).body;
    expect(second.author).toEqual({ name: 'Dr Hạnh', badge: { profession: 'lactation_consultant' } });

    const note = (await api.notifications(c.mother)).body.items.find((n: { kind: string }) => n.kind === 'question_answered');
    expect(note.data).toMatchObject({ questionId: asked.question.id });

    const accepted = expectStatus(await qa.accept(c.mother, second.id), 200).body;
    expect(accepted.question.acceptedAnswerId).toBe(second.id);
    const view = expectStatus(await qa.get(c.other, asked.question.id), 200).body;
    expect(view.thread.map((a: { id: string }) => a.id)).toEqual([second.id, first.id]);
    expect(view.thread[0].accepted).toBe(true);
    expect(view.question).toMatchObject({ status: 'answered', answerCount: 2, firstAnsweredAt: expect.any(String) });
  });

  it('only verified experts answer (an applicant, a mother, a revoked expert: 403); only the asker accepts or follows up', async () => {
    const q = expectStatus(await qa.ask(c.mother, ASK), 201).body.question;
    for (const who of [c.applicant, c.other, c.mother]) {
      const res = await qa.answer(who, q.id, { body: 'Tôi nghĩ là...' });
      expect(res.status).toBe(403);
    }
    const a = expectStatus(await qa.answer(c.expert, q.id, { body: 'Câu trả lời' }), 201).body;
    expect((await qa.accept(c.other, a.id)).status).toBe(403);
    expect((await qa.accept(c.expert, a.id)).status).toBe(403);
    expect((await qa.followup(c.other, q.id, { body: 'Còn em thì sao?' })).status).toBe(403);

    // The follow-up puts it back in the queue, waiting from now; she cannot mark her own follow-up.
    const f = expectStatus(await qa.followup(c.mother, q.id, { body: 'Nếu vẫn ít thì sao ạ?' }), 201).body;
    expect(f.kind).toBe('followup');
    expect((await qa.accept(c.mother, f.id)).status).toBe(400);
    expect((await qa.get(c.mother, q.id)).body.question.status).toBe('open');

    expectStatus(await qa.decide(c.admin, c.expert.id, { action: 'revoke', reason: 'Giấy phép hết hạn' }), 200);
    expect((await qa.answer(c.expert, q.id, { body: 'Thêm nữa' })).status).toBe(403);
  });

  it('anonymous questions never show the asker to other mothers; experts and admins still see her', async () => {
    const q = expectStatus(await qa.ask(c.mother, { ...ASK, anonymous: true }), 201).body.question;
    expectStatus(await qa.followup(c.mother, q.id, { body: 'Thêm một chi tiết nữa.' }), 201);
    for (const res of [await qa.get(c.other, q.id), await qa.list(c.other), await qa.list(c.other, { q: 'sua ve it' })]) {
      const text = JSON.stringify(res.body);
      expect(text).not.toContain(c.mother.id);
      expect(text).not.toContain('"Lan"');
    }
    expect((await qa.get(c.other, q.id)).body.question.askedBy).toBeNull();
    expect((await qa.get(c.other, q.id)).body.thread[0].author).toBeNull();
    expect((await qa.get(c.expert, q.id)).body.question.askedBy).toEqual({ id: c.mother.id, name: 'Lan' });
    expect((await qa.get(c.admin, q.id)).body.question.askedBy).toEqual({ id: c.mother.id, name: 'Lan' });
    expect((await qa.get(c.mother, q.id)).body.question).toMatchObject({ mine: true, askedBy: { name: 'Lan' } });

    // Named: other mothers see her name but never her id.
    const named = expectStatus(await qa.ask(c.mother, { ...ASK, title: 'Một câu hỏi có tên' }), 201).body.question;
    expect((await qa.get(c.other, named.id)).body.question.askedBy).toEqual({ name: 'Lan' });
  });

  it('a red flag is saved urgent and the answer carries get-care-now at once, with the admin-set numbers', async () => {
    const res = expectStatus(
      await qa.ask(c.mother, { title: 'Sốt và ngực đau', body: 'Em sốt 39 độ, bên ngực trái sưng đỏ, nóng và rất đau.', tags: ['pain_mastitis'] }),
      201,
    ).body;
    expect(res.question.urgent).toBe(true);
    expect(res.getCareNow).toMatchObject({ emergencyNumber: expect.any(String), signs: expect.arrayContaining(['mastitis']) });
    const crisis = expectStatus(
      await qa.ask(c.mother, { title: 'Em không chịu nổi nữa', body: 'Nhiều lúc em nghĩ cả nhà sẽ tốt hơn nếu không có em.', tags: ['mood'] }),
      201,
    ).body;
    expect(crisis.getCareNow.selfHarm).toBe(true);
    const [row] = await db().select().from(questions).where(eq(questions.id, crisis.question.id));
    expect(row.urgent).toBe(true);
    // Opening it again shows the guidance too — to her, not to other mothers.
    expect((await qa.get(c.mother, crisis.question.id)).body.getCareNow).toBeDefined();
    expect((await qa.get(c.other, crisis.question.id)).body.getCareNow).toBeUndefined();
  });

  it('the queue for experts: urgent first, then the longest waiting, each with its wait', async () => {
    const old = expectStatus(await qa.ask(c.mother, { ...ASK, title: 'Câu hỏi cũ nhất' }), 201).body.question;
    const newer = expectStatus(await qa.ask(c.other, { ...ASK, title: 'Câu hỏi mới hơn' }), 201).body.question;
    const urgent = expectStatus(
      await qa.ask(c.other, { title: 'Bé ít tã ướt', body: 'Từ sáng đến giờ bé chỉ có 1 tã ướt và ngủ li bì, khó đánh thức.', tags: ['other'] }),
      201,
    ).body.question;
    const answered = expectStatus(await qa.ask(c.mother, { ...ASK, title: 'Đã có trả lời' }), 201).body.question;
    expectStatus(await qa.answer(c.expert, answered.id, { body: 'Đây.' }), 201);
    await db()
      .update(questions)
      .set({ waitingSince: sql`now() - interval '3 hours'`, createdAt: sql`now() - interval '3 hours'` })
      .where(eq(questions.id, old.id));

    const queue = expectStatus(await qa.list(c.expert, { status: 'open' }), 200).body;
    expect(queue.queue).toBe(true);
    expect(queue.items.map((q: { id: string }) => q.id)).toEqual([urgent.id, old.id, newer.id]);
    expect(queue.items[1].waitingSeconds).toBeGreaterThanOrEqual(3 * 3600 - 5);

    // Adding detail before any answer keeps her place; a follow-up after an answer waits from now.
    expectStatus(await qa.followup(c.mother, old.id, { body: 'Bé được 5 tuần ạ.' }), 201);
    expectStatus(await qa.followup(c.mother, answered.id, { body: 'Vẫn chưa đỡ ạ.' }), 201);
    const after = expectStatus(await qa.list(c.expert, { status: 'open' }), 200).body;
    expect(after.items.map((q: { id: string }) => q.id)).toEqual([urgent.id, old.id, newer.id, answered.id]);
    expect(after.items[1].waitingSeconds).toBeGreaterThanOrEqual(3 * 3600 - 5);
  });

  it('the queue and the list page by cursor: every question once, in order', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 7; i++) ids.push(expectStatus(await qa.ask(c.mother, { ...ASK, title: `Câu hỏi số ${i}` }), 201).body.question.id);
    const urgent = expectStatus(
      await qa.ask(c.other, { title: 'Bé ít tã ướt', body: 'Từ sáng đến giờ bé chỉ có 1 tã ướt và ngủ li bì, khó đánh thức.', tags: ['other'] }),
      201,
    ).body.question.id;
    const walk = async (who: typeof c.expert, query: Record<string, string>) => {
      const seen: string[] = [];
      let cursor: string | null = null;
      for (let i = 0; i < 10; i++) {
        const page: { items: { id: string }[]; nextCursor: string | null } = expectStatus(await qa.list(who, { ...query, limit: '3', ...(cursor ? { cursor } : {}) }), 200).body;
        seen.push(...page.items.map((q) => q.id));
        cursor = page.nextCursor;
        if (!cursor) break;
      }
      return seen;
    };
    expect(await walk(c.expert, { status: 'open' })).toEqual([urgent, ...ids]);
    expect(await walk(c.other, {})).toEqual([urgent, ...[...ids].reverse()]);
    expect((await qa.list(c.expert, { status: 'open', cursor: 'nonsense' })).status).toBe(400);
  });

  it('search finds questions by words with or without diacritics; similar shows answered ones', async () => {
    const q = expectStatus(await qa.ask(c.mother, ASK), 201).body.question;
    expectStatus(await qa.ask(c.other, { title: 'Bé ngủ ngày cày đêm', body: 'Làm sao để bé ngủ đêm dài hơn?', tags: ['baby_sleep'] }), 201);
    for (const words of ['sữa về ít', 'sua ve it', 'SUA', 'ngực mềm', 'nguc mem']) {
      const found = expectStatus(await qa.list(c.other, { q: words }), 200).body.items.map((x: { id: string }) => x.id);
      expect(found, words).toEqual([q.id]);
    }
    expect((await qa.list(c.other, { q: 'mastitis' })).body.items).toEqual([]);
    expect((await qa.similar(c.other, 'sua ve it buoi chieu')).body.items).toEqual([]);
    expectStatus(await qa.answer(c.expert, q.id, { body: 'Cho bú thường xuyên.' }), 201);
    const similar = expectStatus(await qa.similar(c.other, 'sữa về ít quá buổi chiều'), 200).body.items;
    expect(similar.map((x: { id: string }) => x.id)).toEqual([q.id]);
  });

  it('an expert’s suggestion becomes a chore in her circle in one tap; not in a circle she is not in', async () => {
    const f = await family();
    const q = expectStatus(await qa.ask(f.mother, ASK), 201).body.question;
    const a = expectStatus(
      await qa.answer(c.expert, q.id, { body: 'Ngủ trưa giúp mẹ.', suggestions: [{ title: 'Bế bé 13:00–14:00 để mẹ ngủ trưa', category: 'baby_care', at: '13:00' }] }),
      201,
    ).body;
    const chore = expectStatus(await qa.toChore(f.mother, a.id, 0, { circleId: f.circle.id }), 201).body;
    expect(chore).toMatchObject({ title: 'Bế bé 13:00–14:00 để mẹ ngủ trưa', category: 'baby_care', status: 'open', circleId: f.circle.id });
    // Due at the next 13:00 in the circle's time zone (Asia/Ho_Chi_Minh, UTC+7), within a day.
    const due = new Date(chore.dueAt);
    expect(due.getUTCHours()).toBe(6);
    expect(due.getUTCMinutes()).toBe(0);
    expect(due.getTime() - Date.now()).toBeGreaterThan(0);
    expect(due.getTime() - Date.now()).toBeLessThanOrEqual(24 * 3_600_000);
    expect((await db().select().from(chores).where(eq(chores.circleId, f.circle.id))).map((x) => x.title)).toContain('Bế bé 13:00–14:00 để mẹ ngủ trưa');
    expect((await qa.toChore(f.mother, a.id, 0, { circleId: f.strangerCircle.id })).status).toBe(404);
    expect((await qa.toChore(f.mother, a.id, 3, { circleId: f.circle.id })).status).toBe(404);
    expect((await qa.toChore(f.partner, a.id, 0, { circleId: f.circle.id })).status).toBe(404);
  });

  it('applying, declining with a reason, applying again, verifying: each decision in the audit log; admins see the median wait', async () => {
    const mine = expectStatus(await qa.myExpert(c.applicant), 200).body.application;
    expect(mine).toMatchObject({ status: 'pending', profession: 'nurse' });
    expect((await qa.applications(c.admin, { status: 'pending' })).body.items.map((a: { userId: string }) => a.userId)).toEqual([c.applicant.id]);
    expect((await qa.decide(c.admin, c.applicant.id, { action: 'decline' })).status).toBe(400);
    expectStatus(await qa.decide(c.admin, c.applicant.id, { action: 'decline', reason: 'Số chứng chỉ không khớp' }), 200);
    expect((await qa.myExpert(c.applicant)).body.application).toMatchObject({ status: 'declined', decisionReason: 'Số chứng chỉ không khớp' });
    expect((await api.notifications(c.applicant)).body.items.some((n: { kind: string }) => n.kind === 'expert_decision')).toBe(true);
    expectStatus(await qa.apply(c.applicant, { ...APPLICATION, licenceNumber: 'RN-99881' }), 201);
    expectStatus(await qa.decide(c.admin, c.applicant.id, { action: 'verify' }), 200);
    expect((await qa.decide(c.admin, c.applicant.id, { action: 'verify' })).status).toBe(409);
    expect((await qa.apply(c.applicant, APPLICATION)).status).toBe(409);

    const actions = (await db().select().from(auditLog)).map((e) => `${e.action}:${e.subject}`);
    expect(actions).toEqual(expect.arrayContaining([`admin.expert.decline:${c.applicant.id}`, `admin.expert.verify:${c.applicant.id}`, `admin.expert.verify:${c.expert.id}`]));

    const q = expectStatus(await qa.ask(c.mother, ASK), 201).body.question;
    await db().update(questions).set({ createdAt: sql`now() - interval '2 hours'` }).where(eq(questions.id, q.id));
    expectStatus(await qa.answer(c.expert, q.id, { body: 'Trả lời.' }), 201);
    const stats = expectStatus(await qa.stats(c.admin), 200).body;
    expect(stats.last7Days.answered).toBe(1);
    expect(stats.last7Days.medianSeconds).toBeGreaterThanOrEqual(7200 - 5);
    expect(stats.last7Days.medianSeconds).toBeLessThan(7200 + 120);
    expect(stats.last30Days.answered).toBe(1);
  });

  it('bad input is a 400 that names the field; nothing is saved', async () => {
    for (const body of [{ ...ASK, title: '' }, { ...ASK, body: 'ngắn' }, { ...ASK, tags: ['ranking'] }, { ...ASK, tags: [] }]) {
      const res = await qa.ask(c.mother, body);
      expect(res.status).toBe(400);
      expect(Object.keys(res.body.error.fields).length).toBeGreaterThan(0);
    }
    expect(await db().select().from(questions)).toEqual([]);
    expect((await qa.apply(c.other, { ...APPLICATION, profession: 'influencer' })).status).toBe(400);
  });
});
