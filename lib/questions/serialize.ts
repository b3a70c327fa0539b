import type { Answer, ExpertProfile, Question } from '@/db/schema/questions';

/** Who is looking: the asker herself, staff (verified experts and admins), or another mother. */
export interface QuestionAudience {
  viewerId: string;
  /** Verified experts and admins see who asked, even when she asked anonymously. */
  staff: boolean;
}

export interface Person {
  id: string;
  name: string;
}

/**
 * A question as `audience` may see it. The asker is hidden from other mothers when she asked
 * anonymously; to them a named asker is just a name (never an id that could lead to her circle).
 */
export function serializeQuestion(q: Question, asker: Person | null, audience: QuestionAudience, extra: { answerCount?: number } = {}) {
  const mine = q.askerId !== null && q.askerId === audience.viewerId;
  let askedBy: { id?: string; name: string } | null = null;
  if (asker && (mine || audience.staff)) askedBy = { id: asker.id, name: asker.name };
  else if (asker && !q.anonymous) askedBy = { name: asker.name };
  const waitingSeconds = q.status === 'open' ? Math.max(0, Math.round((Date.now() - q.waitingSince.getTime()) / 1000)) : null;
  return {
    id: q.id,
    title: q.title,
    body: q.body,
    tags: q.tags,
    anonymous: q.anonymous,
    urgent: q.urgent,
    ...(mine || audience.staff ? { triageSigns: q.triageSigns } : {}),
    status: q.status,
    askedBy,
    mine,
    acceptedAnswerId: q.acceptedAnswerId,
    answerCount: extra.answerCount ?? 0,
    createdAt: q.createdAt.toISOString(),
    waitingSince: q.waitingSince.toISOString(),
    waitingSeconds,
    firstAnsweredAt: q.firstAnsweredAt?.toISOString() ?? null,
  };
}

export type QuestionView = ReturnType<typeof serializeQuestion>;

export function serializeAnswer(
  a: Answer,
  author: (Person & { expert: Pick<ExpertProfile, 'profession'> | null }) | null,
  q: Question,
  audience: QuestionAudience,
) {
  // A follow-up is the asker speaking: anonymous to other mothers like the question.
  const hideAuthor = a.kind === 'followup' && q.anonymous && !audience.staff && q.askerId !== audience.viewerId;
  return {
    id: a.id,
    questionId: a.questionId,
    kind: a.kind,
    body: a.body,
    author: author && !hideAuthor ? { name: author.name, ...(author.expert ? { badge: { profession: author.expert.profession } } : {}) } : null,
    suggestions: a.suggestions,
    accepted: q.acceptedAnswerId === a.id,
    createdAt: a.createdAt.toISOString(),
  };
}

export type AnswerView = ReturnType<typeof serializeAnswer>;

export function serializeExpertProfile(p: ExpertProfile, person?: Person & { email?: string }) {
  return {
    userId: p.userId,
    ...(person ? { name: person.name, ...(person.email ? { email: person.email } : {}) } : {}),
    profession: p.profession,
    licenceNumber: p.licenceNumber,
    workplace: p.workplace,
    languages: p.languages,
    status: p.status,
    decisionReason: p.decisionReason,
    decidedAt: p.decidedAt?.toISOString() ?? null,
    createdAt: p.createdAt.toISOString(),
  };
}

export type ExpertProfileView = ReturnType<typeof serializeExpertProfile>;
