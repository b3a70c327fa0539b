import 'server-only';
import { and, asc, desc, eq, inArray, lt, sql, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '@/db/client';
import { answers, auditLog, circles, expertProfiles, questions, users, type Answer, type Question } from '@/db/schema';
import { localParts, parseHHMM, zonedTime } from '@/lib/chores/time';
import type { Viewer } from '@/lib/accounts/viewer';
import { createChore } from '@/lib/chores/service';
import { AppError, forbidden, notFound } from '@/lib/http/errors';
import { foldText } from '@/lib/moderation/normalize';
import { createNotifications, publishNotifications } from '@/lib/notifications/service';
import { emit, joinRoom, leaveRoom, rooms } from '@/lib/realtime';
import { getSafetySettings } from '@/lib/settings/service';
import type { AnswerInput, AskQuestionInput, ExpertApplicationInput, ExpertDecisionInput, FollowupInput, ListQuestionsQuery } from './input';
import { serializeAnswer, serializeExpertProfile, serializeQuestion, type AnswerView, type Person, type QuestionAudience } from './serialize';
import { triage } from './triage';

// ---------------------------------------------------------------------------------------------
// Who is who

export async function isVerifiedExpert(db: Db | Tx, userId: string): Promise<boolean> {
  const [row] = await db
    .select({ status: expertProfiles.status })
    .from(expertProfiles)
    .where(and(eq(expertProfiles.userId, userId), eq(expertProfiles.status, 'verified')));
  return Boolean(row);
}

async function audienceOf(db: Db | Tx, viewer: Viewer): Promise<QuestionAudience> {
  return { viewerId: viewer.id, staff: viewer.role === 'admin' || (await isVerifiedExpert(db, viewer.id)) };
}

async function requireVerifiedExpert(db: Db | Tx, viewer: Viewer) {
  if (!(await isVerifiedExpert(db, viewer.id))) throw forbidden('Only verified experts can answer');
}

function requireAdmin(viewer: Viewer) {
  if (viewer.role !== 'admin') throw forbidden('Only an admin can do this');
}

async function peopleOf(db: Db | Tx, ids: (string | null)[]) {
  const wanted = [...new Set(ids.filter((x): x is string => Boolean(x)))];
  if (!wanted.length) return new Map<string, Person & { expert: { profession: (typeof expertProfiles.$inferSelect)['profession'] } | null }>();
  const rows = await db
    .select({ id: users.id, name: users.name, profession: expertProfiles.profession, status: expertProfiles.status })
    .from(users)
    .leftJoin(expertProfiles, eq(expertProfiles.userId, users.id))
    .where(inArray(users.id, wanted));
  return new Map(
    rows.map((r) => [r.id, { id: r.id, name: r.name, expert: r.profession && r.status === 'verified' ? { profession: r.profession } : null }]),
  );
}

async function loadQuestion(db: Db | Tx, id: string): Promise<Question> {
  const [q] = await db.select().from(questions).where(eq(questions.id, id));
  if (!q) throw notFound('Question not found');
  return q;
}

async function answerCounts(db: Db | Tx, ids: string[]) {
  if (!ids.length) return new Map<string, number>();
  const rows = await db
    .select({ id: answers.questionId, n: sql<number>`count(*)::int` })
    .from(answers)
    .where(and(inArray(answers.questionId, ids), eq(answers.kind, 'answer')))
    .groupBy(answers.questionId);
  return new Map(rows.map((r) => [r.id, r.n]));
}

async function questionViews(db: Db | Tx, audience: QuestionAudience, rows: Question[]) {
  const people = await peopleOf(
    db,
    rows.map((r) => r.askerId),
  );
  const counts = await answerCounts(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((q) => serializeQuestion(q, q.askerId ? (people.get(q.askerId) ?? null) : null, audience, { answerCount: counts.get(q.id) ?? 0 }));
}

// ---------------------------------------------------------------------------------------------
// Asking

/** Words worth searching for: folded, 2+ letters, without the commonest little words. */
const STOP = new Set(
  'the and for with that this have has are was were you your my me i is it to of in on a an be can do does how what when why em minh toi la va co cua cho con be thi ma nhung duoc khong bi voi nay roi nhe a oi'.split(' '),
);
export function searchWords(q: string): string[] {
  return [...new Set(foldText(q).split(/[^\p{L}\p{N}]+/u))].filter((w) => w.length >= 2 && !STOP.has(w)).slice(0, 8);
}

const likeAny = (word: string) => `%${word.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;

/**
 * Saves her question after the triage check. A red flag is saved `urgent` and the answer
 * carries "get care now" at once (emergency number, crisis line): it never waits for an expert.
 */
export async function askQuestion(db: Db, viewer: Viewer, input: AskQuestionInput) {
  const check = triage(`${input.title}\n${input.body}`);
  const [row] = await db
    .insert(questions)
    .values({
      askerId: viewer.id,
      title: input.title,
      body: input.body,
      tags: [...new Set(input.tags)],
      anonymous: input.anonymous,
      urgent: check.urgent,
      triageSigns: check.signs,
      locale: viewer.locale,
      searchText: foldText(`${input.title} ${input.body}`),
    })
    .returning();
  const audience = await audienceOf(db, viewer);
  const [question] = await questionViews(db, audience, [row]);
  // Experts see it arrive in their queue (with who asked: they are staff).
  const [forExperts] = await questionViews(db, { viewerId: '', staff: true }, [row]);
  emit(rooms.experts, 'question:created', { ...forExperts, mine: false });
  if (!check.urgent) return { question };
  const safety = await getSafetySettings(db);
  return {
    question,
    getCareNow: { signs: check.signs, selfHarm: check.selfHarm, emergencyNumber: safety.emergencyNumber, crisisLine: safety.crisisLine },
  };
}

/**
 * Questions for a signed-in reader, newest first, found by words with or without diacritics.
 * For experts and admins, `status=open` is the queue: urgent first, then the longest waiting.
 */
/** A timestamp as the database holds it (microseconds): a JS Date would round to milliseconds. */
const exactTime = (column: typeof questions.createdAt | typeof questions.waitingSince) =>
  sql<string>`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

function encodeCursor(row: { q: Question; waitingAt: string; createdAt: string }, queue: boolean) {
  const { q } = row;
  const parts = queue ? [q.urgent ? '1' : '0', row.waitingAt, q.id] : [row.createdAt, q.id];
  return Buffer.from(parts.join('|')).toString('base64url');
}

function decodeCursor(cursor: string, queue: boolean): string[] {
  const parts = Buffer.from(cursor, 'base64url').toString().split('|');
  const ok = queue
    ? parts.length === 3 && (parts[0] === '0' || parts[0] === '1') && !Number.isNaN(Date.parse(parts[1])) && /^[0-9a-f-]{36}$/i.test(parts[2])
    : parts.length === 2 && !Number.isNaN(Date.parse(parts[0])) && /^[0-9a-f-]{36}$/i.test(parts[1]);
  if (!ok) throw new AppError('validation', 'This page link is not valid', { cursor: ['Not a valid cursor'] });
  return parts;
}

export async function listQuestions(db: Db, viewer: Viewer, query: ListQuestionsQuery) {
  const audience = await audienceOf(db, viewer);
  const queue = query.status === 'open' && audience.staff;
  const conditions: (SQL | undefined)[] = [
    query.status ? eq(questions.status, query.status) : undefined,
    query.tag ? sql`${query.tag} = any(${questions.tags})` : undefined,
    query.mine === 'true' ? eq(questions.askerId, viewer.id) : undefined,
    ...searchWords(query.q ?? '').map((w) => sql`${questions.searchText} like ${likeAny(w)}`),
  ];
  if (query.cursor) {
    const c = decodeCursor(query.cursor, queue);
    // Queue order is (urgent desc, waiting_since asc, id asc); the list is (created_at desc, id desc).
    conditions.push(
      queue
        ? sql`(case when ${questions.urgent} then 0 else 1 end, ${questions.waitingSince}, ${questions.id}) > (${c[0] === '1' ? 0 : 1}, ${c[1]}::timestamptz, ${c[2]}::uuid)`
        : sql`(${questions.createdAt}, ${questions.id}) < (${c[0]}::timestamptz, ${c[1]}::uuid)`,
    );
  } else if (query.before && !queue) {
    conditions.push(lt(questions.createdAt, new Date(query.before)));
  }
  const rows = await db
    .select({ q: questions, waitingAt: exactTime(questions.waitingSince), createdAt: exactTime(questions.createdAt) })
    .from(questions)
    .where(and(...conditions))
    .orderBy(...(queue ? [desc(questions.urgent), asc(questions.waitingSince), asc(questions.id)] : [desc(questions.createdAt), desc(questions.id)]))
    .limit(query.limit + 1);
  const page = rows.slice(0, query.limit);
  return {
    items: await questionViews(
      db,
      audience,
      page.map((r) => r.q),
    ),
    queue,
    nextCursor: rows.length > query.limit ? encodeCursor(page[page.length - 1], queue) : null,
  };
}

/** Answered questions like the one she is typing, most words in common first. */
export async function similarQuestions(db: Db, viewer: Viewer, q: string) {
  const words = searchWords(q);
  if (!words.length) return { items: [] };
  const score = sql.join(
    words.map((w) => sql`(case when ${questions.searchText} like ${likeAny(w)} then 1 else 0 end)`),
    sql` + `,
  );
  const rows = await db
    .select({ q: questions, score: sql<number>`(${score})::int` })
    .from(questions)
    .where(and(eq(questions.status, 'answered'), sql`(${score}) >= ${Math.min(2, words.length)}`))
    .orderBy(sql`(${score}) desc`, desc(questions.createdAt))
    .limit(5);
  const audience = await audienceOf(db, viewer);
  return { items: await questionViews(db, audience, rows.map((r) => r.q)) };
}

async function threadOf(db: Db | Tx, q: Question, audience: QuestionAudience): Promise<AnswerView[]> {
  const rows = await db.select().from(answers).where(eq(answers.questionId, q.id)).orderBy(asc(answers.createdAt));
  const people = await peopleOf(
    db,
    rows.map((r) => r.authorId),
  );
  const views = rows.map((a) => serializeAnswer(a, a.authorId ? (people.get(a.authorId) ?? null) : null, q, audience));
  // The answer that helped her comes first.
  return views.sort((a, b) => Number(b.accepted) - Number(a.accepted));
}

export async function getQuestion(db: Db, viewer: Viewer, id: string) {
  const q = await loadQuestion(db, id);
  const audience = await audienceOf(db, viewer);
  const [question] = await questionViews(db, audience, [q]);
  const thread = await threadOf(db, q, audience);
  const mine = q.askerId === viewer.id;
  const getCareNow = q.urgent && (mine || audience.staff) ? await getSafetySettings(db) : null;
  return { question, thread, ...(getCareNow ? { getCareNow: { signs: q.triageSigns, ...getCareNow } } : {}) };
}

// ---------------------------------------------------------------------------------------------
// Answering

/** A verified expert answers; the asker hears it live and in her notifications. */
export async function answerQuestion(db: Db, viewer: Viewer, questionId: string, input: AnswerInput) {
  await requireVerifiedExpert(db, viewer);
  const { row, q, notes } = await db.transaction(async (tx) => {
    const q0 = await loadQuestion(tx, questionId);
    const [row] = await tx
      .insert(answers)
      .values({ questionId, authorId: viewer.id, kind: 'answer', body: input.body, suggestions: input.suggestions })
      .returning();
    const [q] = await tx
      .update(questions)
      .set({ status: 'answered', firstAnsweredAt: sql`coalesce(${questions.firstAnsweredAt}, now())` })
      .where(eq(questions.id, questionId))
      .returning();
    const notes =
      q0.askerId && q0.askerId !== viewer.id
        ? await createNotifications(tx, {
            userIds: [q0.askerId],
            circleId: null,
            kind: 'question_answered',
            actorId: viewer.id,
            data: { questionId, answerId: row.id, title: q.title, actorName: viewer.name },
          })
        : [];
    return { row, q, notes };
  });
  publishNotifications(notes);
  const staff = { viewerId: viewer.id, staff: true };
  const [answer] = await answerViews(db, q, [row], staff);
  if (q.askerId) {
    const asker = { viewerId: q.askerId, staff: false };
    const [question] = await questionViews(db, asker, [q]);
    const [forHer] = await answerViews(db, q, [row], asker);
    emit(rooms.user(q.askerId), 'question:answered', { question, answer: forHer });
  }
  emit(rooms.experts, 'question:updated', { id: q.id, status: q.status, urgent: q.urgent });
  return answer;
}

async function answerViews(db: Db | Tx, q: Question, rows: Answer[], audience: QuestionAudience) {
  const people = await peopleOf(
    db,
    rows.map((r) => r.authorId),
  );
  return rows.map((a) => serializeAnswer(a, a.authorId ? (people.get(a.authorId) ?? null) : null, q, audience));
}

/** The asker asks more: the question goes back to the experts' queue, waiting from now. */
export async function addFollowup(db: Db, viewer: Viewer, questionId: string, input: FollowupInput) {
  const q0 = await loadQuestion(db, questionId);
  if (q0.askerId !== viewer.id) throw forbidden('Only the person who asked can follow up');
  const { row, q } = await db.transaction(async (tx) => {
    const [row] = await tx.insert(answers).values({ questionId, authorId: viewer.id, kind: 'followup', body: input.body }).returning();
    // Adding detail to a question still waiting keeps her place in the queue; after an answer, she waits from now.
    const waitingSince = q0.status === 'open' ? q0.waitingSince : sql`now()`;
    const [q] = await tx.update(questions).set({ status: 'open', waitingSince }).where(eq(questions.id, questionId)).returning();
    return { row, q };
  });
  emit(rooms.experts, 'question:updated', { id: q.id, status: q.status, urgent: q.urgent });
  const [view] = await answerViews(db, q, [row], await audienceOf(db, viewer));
  return view;
}

/** "This helped me": only the asker, only an expert's answer. Shown first from now on. */
export async function acceptAnswer(db: Db, viewer: Viewer, answerId: string) {
  const [a] = await db.select().from(answers).where(eq(answers.id, answerId));
  if (!a) throw notFound('Answer not found');
  const q0 = await loadQuestion(db, a.questionId);
  if (q0.askerId !== viewer.id) throw forbidden('Only the person who asked can mark an answer as helpful');
  if (a.kind !== 'answer') throw new AppError('validation', 'Only an expert’s answer can be marked helpful');
  const [q] = await db.update(questions).set({ acceptedAnswerId: a.id }).where(eq(questions.id, q0.id)).returning();
  const audience = await audienceOf(db, viewer);
  const [question] = await questionViews(db, audience, [q]);
  return { question, thread: await threadOf(db, q, audience) };
}

/** The next time the clock in `timeZone` shows HH:MM (today, or tomorrow when it has passed). */
function nextLocalTime(hhmm: string, timeZone: string, now = new Date()): Date {
  const { hour, minute } = parseHHMM(hhmm);
  const p = localParts(now, timeZone);
  const due = zonedTime(p.year, p.month, p.day, hour, minute, timeZone);
  return due.getTime() <= now.getTime() ? new Date(due.getTime() + 24 * 3_600_000) : due;
}

/** One tap: an expert's suggestion becomes a chore in her circle, due at the time it names. */
export async function suggestionToChore(db: Db, viewer: Viewer, answerId: string, index: number, input: { circleId: string }) {
  const [a] = await db.select().from(answers).where(eq(answers.id, answerId));
  if (!a) throw notFound('Answer not found');
  const q = await loadQuestion(db, a.questionId);
  if (q.askerId !== viewer.id) throw notFound('Answer not found');
  const s = a.suggestions[index];
  if (!s) throw notFound('Suggestion not found');
  const [circle] = await db.select({ timeZone: circles.timeZone }).from(circles).where(eq(circles.id, input.circleId));
  return createChore(db, viewer, input.circleId, {
    title: s.title,
    category: s.category as Parameters<typeof createChore>[3]['category'],
    dueAt: s.at && circle ? nextLocalTime(s.at, circle.timeZone).toISOString() : undefined,
    effort: 1,
  });
}

// ---------------------------------------------------------------------------------------------
// Experts: applications and decisions

export async function myExpertProfile(db: Db, viewer: Viewer) {
  const [p] = await db.select().from(expertProfiles).where(eq(expertProfiles.userId, viewer.id));
  return { application: p ? serializeExpertProfile(p) : null };
}

export async function applyAsExpert(db: Db, viewer: Viewer, input: ExpertApplicationInput) {
  const [existing] = await db.select().from(expertProfiles).where(eq(expertProfiles.userId, viewer.id));
  if (existing?.status === 'verified') throw new AppError('conflict', 'You are already a verified expert');
  if (existing?.status === 'revoked') throw new AppError('conflict', 'Your verification was revoked; contact an admin');
  const values = { ...input, languages: [...new Set(input.languages)] };
  const [row] = await db
    .insert(expertProfiles)
    .values({ userId: viewer.id, ...values })
    .onConflictDoUpdate({
      target: expertProfiles.userId,
      set: { ...values, status: 'pending', decisionReason: null, decidedAt: null, decidedBy: null, updatedAt: sql`now()` },
    })
    .returning();
  return serializeExpertProfile(row);
}

export async function listApplications(db: Db, viewer: Viewer, status?: 'pending' | 'verified' | 'declined' | 'revoked') {
  requireAdmin(viewer);
  const rows = await db
    .select({ p: expertProfiles, name: users.name, email: users.email })
    .from(expertProfiles)
    .innerJoin(users, eq(users.id, expertProfiles.userId))
    .where(status ? eq(expertProfiles.status, status) : undefined)
    .orderBy(asc(expertProfiles.createdAt));
  return { items: rows.map((r) => serializeExpertProfile(r.p, { id: r.p.userId, name: r.name, email: r.email })) };
}

const NEXT_STATUS = { verify: 'verified', decline: 'declined', revoke: 'revoked' } as const;
const ALLOWED_FROM = { verify: ['pending', 'declined'], decline: ['pending'], revoke: ['verified'] } as const;

/** An admin verifies, declines (with a reason) or revokes. Every decision is in the audit log. */
export async function decideApplication(db: Db, viewer: Viewer, userId: string, input: ExpertDecisionInput) {
  requireAdmin(viewer);
  const { row, notes } = await db.transaction(async (tx) => {
    const [row] = await tx
      .update(expertProfiles)
      .set({ status: NEXT_STATUS[input.action], decisionReason: input.reason ?? null, decidedBy: viewer.id, decidedAt: sql`now()`, updatedAt: sql`now()` })
      .where(and(eq(expertProfiles.userId, userId), inArray(expertProfiles.status, [...ALLOWED_FROM[input.action]])))
      .returning();
    if (!row) {
      const [exists] = await tx.select({ s: expertProfiles.status }).from(expertProfiles).where(eq(expertProfiles.userId, userId));
      if (!exists) throw notFound('Application not found');
      throw new AppError('conflict', `This application is ${exists.s}`);
    }
    await tx.insert(auditLog).values({
      actorId: viewer.id,
      action: `admin.expert.${input.action}`,
      subject: userId,
      data: { profession: row.profession, licenceNumber: row.licenceNumber, reason: input.reason ?? null },
    });
    const notes = await createNotifications(tx, {
      userIds: [userId],
      circleId: null,
      kind: 'expert_decision',
      actorId: null,
      data: { status: row.status, reason: input.reason ?? null },
    });
    return { row, notes };
  });
  publishNotifications(notes);
  if (row.status === 'verified') joinRoom(userId, rooms.experts);
  else leaveRoom(userId, rooms.experts);
  return serializeExpertProfile(row);
}

/** Median time from asking to the first expert answer, over the last 7 and 30 days (admins). */
export async function questionStats(db: Db, viewer: Viewer) {
  requireAdmin(viewer);
  const median = async (days: number) => {
    const [r] = await db
      .select({
        seconds: sql<number | null>`percentile_cont(0.5) within group (order by extract(epoch from ${questions.firstAnsweredAt} - ${questions.createdAt}))`,
        answered: sql<number>`count(*)::int`,
      })
      .from(questions)
      .where(and(sql`${questions.firstAnsweredAt} is not null`, sql`${questions.createdAt} > now() - make_interval(days => ${days})`));
    return { medianSeconds: r.seconds === null ? null : Math.round(Number(r.seconds)), answered: r.answered };
  };
  const [open] = await db
    .select({ open: sql<number>`count(*)::int`, urgent: sql<number>`(count(*) filter (where ${questions.urgent}))::int` })
    .from(questions)
    .where(eq(questions.status, 'open'));
  return { last7Days: await median(7), last30Days: await median(30), open: open.open, urgentOpen: open.urgent };
}

