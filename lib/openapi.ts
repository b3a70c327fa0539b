import { z } from 'zod';
import { deleteAccountInput, registerInput, signInInput, updateProfileInput } from '@/lib/accounts/input';
import { createCircleInput, createInvitationInput } from '@/lib/circles/input';
import { USER_ROLES, LOCALES } from '@/db/schema/accounts';
import { CIRCLE_ROLES, RELATIONSHIPS } from '@/db/schema/circles';
import { ERROR_STATUS } from '@/lib/http/errors';
import { CHORE_CATEGORIES, CHORE_STATUSES } from '@/db/schema/chores';
import { REACTIONS, SUPPORT_KINDS, SUPPORT_STATUSES } from '@/db/schema/encouragement';
import { NOTIFICATION_KINDS } from '@/db/schema/notifications';
import { createChoreInput, fromTemplateInput, listChoresQuery, recurrenceSchema } from '@/lib/chores/input';
import { createEncouragementInput, createSupportRequestInput, listEncouragementsQuery, reactInput, restInput } from '@/lib/encouragement/input';
import { listNotificationsQuery, markReadInput } from '@/lib/notifications/input';
import { checkinInput, listCheckinsQuery, shareCheckinInput, trustedContactInput } from '@/lib/checkins/input';
import { safetySettingsInput } from '@/lib/settings/input';
import { FLAG_REASONS, MODERATION_REASONS, MODERATION_STATUSES, POST_STATUSES, POST_WANTS, WATCHED_ACTIONS } from '@/db/schema/groups';
import { createPostInput, createReplyInput, flagInput, joinGroupInput, listPostsQuery, peerProfileInput, previewInput } from '@/lib/groups/input';
import { EXPERT_STATUSES, PROFESSIONS, QUESTION_STATUSES, QUESTION_TAGS } from '@/db/schema/questions';
import { answerInput, applicationsQuery, askQuestionInput, expertApplicationInput, expertDecisionInput, followupInput, listQuestionsQuery, similarQuery, suggestionChoreInput, suggestionSchema } from '@/lib/questions/input';
import { auditQuery, decisionInput, moderatorInput, queueQuery, silenceInput, slowModeInput, testSentenceInput, watchedWordInput } from '@/lib/moderation/input';

/**
 * The OpenAPI document of /api/v1, generated from the same zod schemas the handlers parse
 * with. Response shapes are described here with zod too, so they are checked by the tests.
 */
const iso = z.iso.datetime();

export const userView = z.object({
  id: z.uuid(),
  email: z.email(),
  name: z.string(),
  role: z.enum(USER_ROLES),
  locale: z.enum(LOCALES),
  createdAt: iso.optional(),
});

export const memberView = z.object({
  userId: z.uuid(),
  name: z.string(),
  role: z.enum(CIRCLE_ROLES),
  relationship: z.enum(RELATIONSHIPS),
  joinedAt: iso,
});

export const circleView = z.object({
  id: z.uuid(),
  name: z.string(),
  ownerId: z.uuid(),
  createdAt: iso,
  myRole: z.enum(CIRCLE_ROLES),
  members: z.array(memberView),
});

export const circleSummary = z.object({
  id: z.uuid(),
  name: z.string(),
  ownerId: z.uuid(),
  createdAt: iso,
  myRole: z.enum(CIRCLE_ROLES),
  memberCount: z.number().int(),
});

export const invitationView = z.object({
  id: z.uuid(),
  circleId: z.uuid(),
  code: z.string().describe('8 characters shown as ABCD-2345'),
  url: z.url(),
  relationship: z.enum(RELATIONSHIPS),
  status: z.enum(['pending', 'accepted', 'revoked', 'expired']),
  createdAt: iso,
  expiresAt: iso,
});

export const invitationPreview = z.object({
  circleName: z.string(),
  inviterName: z.string(),
  relationship: z.enum(RELATIONSHIPS),
  expiresAt: iso,
  status: z.enum(['pending', 'accepted', 'revoked', 'expired']),
});

const personRef = z.object({ id: z.uuid(), name: z.string() });

export const choreView = z.object({
  id: z.uuid(),
  circleId: z.uuid(),
  title: z.string(),
  category: z.enum(CHORE_CATEGORIES),
  notes: z.string().nullable(),
  dueAt: iso.nullable(),
  recurrence: recurrenceSchema.nullable(),
  effort: z.number().int().min(1).max(3),
  visitMinutes: z.number().int().nullable(),
  restMinutes: z.number().int(),
  templateKey: z.string().nullable(),
  status: z.enum(CHORE_STATUSES),
  createdBy: personRef.nullable(),
  createdAt: iso,
  claimedBy: personRef.nullable(),
  claimedAt: iso.nullable(),
  completedBy: personRef.nullable(),
  completedAt: iso.nullable(),
  lapsedAt: iso.nullable().describe('Set when a claim ran past its due time and the chore went back to the circle'),
  updatedAt: iso,
});

export const choreBoard = z.object({ items: z.array(choreView), restingUntil: iso.nullable(), serverTime: iso });

export const choreTemplateView = z.object({
  key: z.string(),
  category: z.enum(CHORE_CATEGORIES),
  effort: z.number().int(),
  recurrence: recurrenceSchema.nullable(),
  dueTime: z.string().nullable(),
  visitMinutes: z.number().int().nullable(),
  title: z.string(),
  notes: z.string(),
});

export const weekView = z.object({
  from: iso,
  to: iso,
  members: z.array(
    z.object({
      userId: z.uuid(),
      name: z.string(),
      relationship: z.enum(RELATIONSHIPS),
      effort: z.number().int(),
      chores: z.number().int(),
      restMinutes: z.number().int(),
      nightShiftMinutes: z.number().int(),
    }),
  ),
  restMinutes: z.number().int(),
  sleepMinutes: z.number().int(),
});

export const encouragementView = z.object({
  id: z.uuid(),
  circleId: z.uuid(),
  author: personRef.nullable(),
  message: z.string().describe('Plain text; render as text, never as markup'),
  pledgeChoreId: z.uuid().nullable(),
  reactions: z.array(z.object({ reaction: z.enum(REACTIONS), count: z.number().int(), mine: z.boolean() })),
  createdAt: iso,
});

export const supportRequestView = z.object({
  id: z.uuid(),
  circleId: z.uuid(),
  kind: z.enum(SUPPORT_KINDS),
  note: z.string().nullable(),
  status: z.enum(SUPPORT_STATUSES),
  requestedBy: personRef,
  answeredBy: personRef.nullable(),
  answeredAt: iso.nullable(),
  createdAt: iso,
});

export const notificationView = z.object({
  id: z.uuid(),
  kind: z.enum(NOTIFICATION_KINDS),
  circleId: z.uuid().nullable(),
  actorId: z.uuid().nullable(),
  data: z.record(z.string(), z.union([z.string(), z.number(), z.null()])),
  createdAt: iso,
  deliveredAt: iso,
  read: z.boolean(),
});

export const checkinView = z.object({
  id: z.uuid(),
  date: z.iso.date(),
  mood: z.number().int().min(1).max(5),
  sleepHours: z.number(),
  stress: z.number().int().min(1).max(5),
  appetite: z.number().int().min(1).max(5),
  waterGlasses: z.number().int().nullable(),
  meals: z.number().int().nullable(),
  selfHarmThoughts: z.boolean().nullable(),
  createdAt: iso,
  updatedAt: iso,
});

const safetyView = safetySettingsInput;
const crisisView = safetyView.extend({ trustedContact: personRef.nullable() });

export const checkinSaved = z.object({
  checkin: checkinView,
  crisis: crisisView.optional().describe('Present at once after a yes to the safety question: what to call now, and her trusted person'),
});

export const checkinList = z.object({
  items: z.array(checkinView),
  insight: z.object({
    seeDoctor: z.boolean().describe('Low mood, sleep under 4 h or poor appetite on 8+ of the last 14 days; never a diagnosis'),
    signs: z.object({ lowMood: z.number().int(), shortSleep: z.number().int(), poorAppetite: z.number().int() }),
    daysCheckedIn: z.number().int(),
    nudges: z.array(z.enum(['water', 'meals'])),
    help: safetyView.optional(),
  }),
  today: z.iso.date(),
});

const checkinShareView = z.object({
  id: z.uuid(),
  circleId: z.uuid(),
  user: personRef,
  date: z.iso.date(),
  sleepHours: z.number(),
  suggestionTemplateKey: z.string().nullable(),
  createdAt: iso,
});

export const errorBody = z.object({
  error: z.object({
    code: z.enum(Object.keys(ERROR_STATUS) as [keyof typeof ERROR_STATUS, ...(keyof typeof ERROR_STATUS)[]]),
    message: z.string(),
    fields: z.record(z.string(), z.array(z.string())).optional(),
  }),
});

export const healthView = z.object({ status: z.enum(['ok', 'down']), db: z.enum(['ok', 'down']), redis: z.enum(['ok', 'down']).optional() });

type Schema = z.ZodType;
interface Op {
  summary: string;
  body?: Schema;
  query?: z.ZodObject;
  ok: [number, Schema | null];
  errors: number[];
  idempotent?: boolean;
  auth?: boolean;
}

const json = (schema: Schema) => ({ 'application/json': { schema: z.toJSONSchema(schema, { target: 'openapi-3.0', io: 'input', unrepresentable: 'any' }) } });

function operation(op: Op, pathParams: string[]) {
  const responses: Record<string, unknown> = {
    [op.ok[0]]: op.ok[1] ? { description: 'Success', content: json(op.ok[1]) } : { description: 'Success, no content' },
  };
  for (const status of op.errors) responses[status] = { description: 'Error', content: json(errorBody) };
  return {
    summary: op.summary,
    ...(op.auth === false ? { security: [] } : {}),
    parameters: [
      ...pathParams.map((name) => ({ name, in: 'path', required: true, schema: { type: 'string' } })),
      ...(op.query
        ? Object.entries(op.query.shape).map(([name, schema]) => ({
            name,
            in: 'query',
            required: false,
            schema: z.toJSONSchema(schema as z.ZodType, { target: 'openapi-3.0', io: 'input', unrepresentable: 'any' }),
          }))
        : []),
      ...(op.idempotent ? [{ name: 'Idempotency-Key', in: 'header', required: false, schema: { type: 'string', maxLength: 200 } }] : []),
    ],
    ...(op.body ? { requestBody: { required: true, content: json(op.body) } } : {}),
    responses,
  };
}

const bilingual = z.object({ vi: z.string(), en: z.string() });

export const groupView = z.object({
  id: z.uuid(),
  slug: z.string(),
  name: bilingual,
  description: bilingual,
  slowModeMinutes: z.number().int(),
  memberCount: z.number().int(),
  joined: z.boolean(),
});

export const peerProfileView = z
  .object({ id: z.uuid().describe('My group identity: what posts carry as author.id'), alias: z.string(), silencedUntil: iso.nullable() })
  .nullable();

const findingView = z.object({ start: z.number().int(), end: z.number().int(), kind: z.string() });

export const postView = z.object({
  id: z.uuid(),
  groupId: z.uuid(),
  parentId: z.uuid().nullable(),
  author: z.object({ id: z.uuid(), alias: z.string() }).nullable().describe('null: a former member'),
  mine: z.boolean(),
  body: z.string(),
  wants: z.enum(POST_WANTS).nullable().describe('posts only'),
  advice: z.boolean().nullable().describe('replies only'),
  status: z.enum(POST_STATUSES),
  rejectReason: z.string().nullable().optional().describe('only to the author of a rejected post'),
  replyCount: z.number().int(),
  huggedByMe: z.boolean(),
  hugCount: z.number().int().optional().describe('only to the author'),
  createdAt: iso,
  publishedAt: iso.nullable(),
  editedAt: iso.nullable(),
});

const writeResult = z.object({ status: z.enum(['published', 'held']), post: postView });

export const queueItemView = z.object({
  id: z.uuid(),
  reason: z.enum(MODERATION_REASONS),
  findings: z.array(findingView),
  createdAt: iso,
  group: z.object({ id: z.uuid(), name: bilingual }),
  post: postView,
  authorSilencedUntil: iso.nullable(),
  flags: z.array(z.object({ reason: z.enum(FLAG_REASONS), note: z.string().nullable(), createdAt: iso })),
});

const watchedWordView = z.object({ id: z.uuid(), groupId: z.uuid().nullable(), word: z.string(), action: z.enum(WATCHED_ACTIONS), createdAt: iso });

export const questionView = z.object({
  id: z.uuid(),
  title: z.string(),
  body: z.string(),
  tags: z.array(z.enum(QUESTION_TAGS)),
  anonymous: z.boolean(),
  urgent: z.boolean(),
  triageSigns: z.array(z.string()).optional().describe('only to the asker and staff'),
  status: z.enum(QUESTION_STATUSES),
  askedBy: z
    .object({ id: z.uuid().optional().describe('only to the asker and staff'), name: z.string() })
    .nullable()
    .describe('null for other mothers when she asked anonymously'),
  mine: z.boolean(),
  acceptedAnswerId: z.uuid().nullable(),
  answerCount: z.number().int(),
  createdAt: iso,
  waitingSince: iso,
  waitingSeconds: z.number().int().nullable(),
  firstAnsweredAt: iso.nullable(),
});

export const answerView = z.object({
  id: z.uuid(),
  questionId: z.uuid(),
  kind: z.enum(['answer', 'followup']),
  body: z.string(),
  author: z.object({ name: z.string(), badge: z.object({ profession: z.enum(PROFESSIONS) }).optional() }).nullable(),
  suggestions: z.array(suggestionSchema),
  accepted: z.boolean(),
  createdAt: iso,
});

const getCareNowView = z.object({
  signs: z.array(z.string()),
  selfHarm: z.boolean().optional(),
  emergencyNumber: z.string(),
  crisisLine: z.object({ name: z.string(), phone: z.string(), hours: z.string().optional() }).nullable(),
});

const expertProfileView = z.object({
  userId: z.uuid(),
  name: z.string().optional(),
  email: z.string().optional(),
  profession: z.enum(PROFESSIONS),
  licenceNumber: z.string(),
  workplace: z.string(),
  languages: z.array(z.enum(LOCALES)),
  status: z.enum(EXPERT_STATUSES),
  decisionReason: z.string().nullable(),
  decidedAt: iso.nullable(),
  createdAt: iso,
});

const paths: Record<string, Record<string, Op>> = {
  '/api/v1/questions': {
    get: {
      summary: 'Questions, newest first, found by words with or without diacritics; status=open for a verified expert is the queue (urgent first, then the longest waiting)',
      query: listQuestionsQuery,
      ok: [200, z.object({ items: z.array(questionView), queue: z.boolean(), nextCursor: z.string().nullable() })],
      errors: [400, 401],
    },
    post: {
      summary: 'Ask. Triage runs first: a red flag is saved urgent and the answer carries getCareNow at once',
      body: askQuestionInput,
      ok: [201, z.object({ question: questionView, getCareNow: getCareNowView.optional() })],
      errors: [400, 401],
      idempotent: true,
    },
  },
  '/api/v1/questions/similar': { get: { summary: 'Answered questions like the one being typed', query: similarQuery, ok: [200, z.object({ items: z.array(questionView) })], errors: [401] } },
  '/api/v1/questions/{id}': {
    get: {
      summary: 'A question with its answers and follow-ups (the helpful answer first)',
      ok: [200, z.object({ question: questionView, thread: z.array(answerView), getCareNow: getCareNowView.optional() })],
      errors: [401, 404],
    },
  },
  '/api/v1/questions/{id}/answers': {
    post: { summary: 'Answer (verified experts only); the asker hears question:answered live', body: answerInput, ok: [201, answerView], errors: [400, 401, 403, 404], idempotent: true },
  },
  '/api/v1/questions/{id}/followups': {
    post: { summary: 'The asker adds a follow-up; the question goes back to the queue', body: followupInput, ok: [201, answerView], errors: [400, 401, 403, 404], idempotent: true },
  },
  '/api/v1/answers/{id}/accept': {
    post: { summary: '"This helped me" (the asker only)', ok: [200, z.object({ question: questionView, thread: z.array(answerView) })], errors: [400, 401, 403, 404] },
  },
  '/api/v1/answers/{id}/suggestions/{index}/chore': {
    post: { summary: 'Turn an expert’s suggestion into a chore in my circle (the asker only)', body: suggestionChoreInput, ok: [201, choreView], errors: [400, 401, 403, 404], idempotent: true },
  },
  '/api/v1/experts/applications': {
    get: { summary: 'Expert applications (admin)', query: applicationsQuery, ok: [200, z.object({ items: z.array(expertProfileView) })], errors: [401, 403] },
    post: { summary: 'Apply to answer as an expert', body: expertApplicationInput, ok: [201, expertProfileView], errors: [400, 401, 409] },
  },
  '/api/v1/me/expert': { get: { summary: 'My expert application and its status', ok: [200, z.object({ application: expertProfileView.nullable() })], errors: [401] } },
  '/api/v1/admin/experts/{id}/decision': {
    post: { summary: 'Verify, decline (with a reason) or revoke an expert (admin; audit-logged)', body: expertDecisionInput, ok: [200, expertProfileView], errors: [400, 401, 403, 404, 409] },
  },
  '/api/v1/admin/questions/stats': {
    get: {
      summary: 'Median time to first answer over 7 and 30 days, open and urgent counts (admin)',
      ok: [
        200,
        z.object({
          last7Days: z.object({ medianSeconds: z.number().nullable(), answered: z.number().int() }),
          last30Days: z.object({ medianSeconds: z.number().nullable(), answered: z.number().int() }),
          open: z.number().int(),
          urgentOpen: z.number().int(),
        }),
      ],
      errors: [401, 403],
    },
  },
  '/api/v1/groups': {
    get: { summary: 'Every peer group, whether I joined, and my group identity', ok: [200, z.object({ items: z.array(groupView), profile: peerProfileView })], errors: [401] },
  },
  '/api/v1/groups/{id}': { get: { summary: 'One peer group', ok: [200, groupView], errors: [401, 404] } },
  '/api/v1/groups/{id}/join': {
    post: { summary: 'Join (the first time, with the alias other mothers will see)', body: joinGroupInput, ok: [200, groupView], errors: [400, 401, 404, 409] },
  },
  '/api/v1/groups/{id}/leave': { post: { summary: 'Leave the group', ok: [200, groupView], errors: [401, 404] } },
  '/api/v1/groups/{id}/posts': {
    get: {
      summary: 'Newest published posts, paged by cursor; the first page adds my posts waiting for review',
      query: listPostsQuery,
      ok: [200, z.object({ items: z.array(postView), pending: z.array(postView), nextCursor: z.string().nullable() })],
      errors: [400, 401, 403, 404],
    },
    post: {
      summary:
        'Post. 201 published; 202 {status:"held"} waits for a moderator; 422 comparison_nudge (findings, suggestion) unless confirm:true; 422 word_blocked; 403 silenced; 429 slow_mode',
      body: createPostInput,
      ok: [201, writeResult],
      errors: [400, 401, 403, 404, 422, 429],
      idempotent: true,
    },
  },
  '/api/v1/posts/{id}': { get: { summary: 'A post with its replies', ok: [200, z.object({ post: postView, replies: z.array(postView) })], errors: [401, 403, 404] } },
  '/api/v1/posts/{id}/replies': {
    post: { summary: 'Reply (same checks as a post; 202 when held)', body: createReplyInput, ok: [201, writeResult], errors: [400, 401, 403, 404, 422, 429], idempotent: true },
  },
  '/api/v1/posts/{id}/flags': {
    post: {
      summary: `Flag a post for moderators; flags from 3 members hide it until reviewed`,
      body: flagInput,
      ok: [201, z.object({ flagged: z.boolean(), hidden: z.boolean() })],
      errors: [400, 401, 403, 404, 409],
    },
  },
  '/api/v1/posts/{id}/hug': {
    post: { summary: '"I hear you" (only the author sees how many)', ok: [200, postView], errors: [401, 403, 404] },
    delete: { summary: 'Take my hug back', ok: [200, postView], errors: [401, 403, 404] },
  },
  '/api/v1/posts/preview': {
    post: {
      summary: 'The comparison guard, for the composer as she types',
      body: previewInput,
      ok: [200, z.object({ comparison: z.boolean(), findings: z.array(findingView), suggestion: z.string().optional() })],
      errors: [400, 401, 403, 404],
    },
  },
  '/api/v1/me/peer-profile': {
    get: { summary: 'My group identity (alias)', ok: [200, z.object({ profile: peerProfileView })], errors: [401] },
    put: { summary: 'Choose or change my alias (never my name, e-mail or my family’s names)', body: peerProfileInput, ok: [200, z.object({ profile: peerProfileView })], errors: [400, 401, 409] },
  },
  '/api/v1/moderation/queue': {
    get: { summary: 'Held and flagged items, oldest first (moderators)', query: queueQuery, ok: [200, z.object({ total: z.number().int(), items: z.array(queueItemView) })], errors: [401, 403] },
  },
  '/api/v1/moderation/items/{id}/decision': {
    post: {
      summary: 'approve (optionally with an edited body) publishes live; reject tells the author the reason (moderators)',
      body: decisionInput,
      ok: [200, z.object({ id: z.uuid(), status: z.enum(MODERATION_STATUSES), post: postView })],
      errors: [400, 401, 403, 404, 409],
    },
  },
  '/api/v1/moderation/watched-words': {
    get: { summary: 'Watched words, global and per group (moderators)', ok: [200, z.object({ items: z.array(watchedWordView) })], errors: [401, 403] },
    post: { summary: 'Watch a word: block, hold, flag or censor (moderators)', body: watchedWordInput, ok: [201, watchedWordView], errors: [400, 401, 403, 404, 409], idempotent: true },
  },
  '/api/v1/moderation/watched-words/{id}': { delete: { summary: 'Stop watching a word (moderators)', ok: [204, null], errors: [401, 403, 404] } },
  '/api/v1/moderation/test': {
    post: {
      summary: 'Test a sentence: what would happen to it (moderators)',
      body: testSentenceInput,
      ok: [
        200,
        z.object({
          outcome: z.enum(['published', 'flagged', 'held', 'nudged', 'blocked']),
          watched: z.array(z.object({ start: z.number().int(), end: z.number().int(), word: z.string(), action: z.enum(WATCHED_ACTIONS) })),
          censored: z.string(),
          comparison: z.boolean(),
          findings: z.array(findingView),
        }),
      ],
      errors: [400, 401, 403],
    },
  },
  '/api/v1/moderation/groups/{id}/slow-mode': { put: { summary: 'One post per N minutes in this group; 0 turns it off (moderators)', body: slowModeInput, ok: [200, groupView], errors: [400, 401, 403, 404] } },
  '/api/v1/moderation/members/{id}/silence': {
    put: {
      summary: 'Pause a member’s posting for N days; 0 lifts it. id is the post author id (moderators)',
      body: silenceInput,
      ok: [200, z.object({ id: z.uuid(), alias: z.string(), silencedUntil: iso.nullable() })],
      errors: [400, 401, 403, 404],
    },
  },
  '/api/v1/admin/moderators': {
    get: { summary: 'Moderators and admins (admin)', ok: [200, z.object({ items: z.array(z.object({ id: z.uuid(), name: z.string(), email: z.string(), role: z.enum(USER_ROLES) })) })], errors: [401, 403] },
    post: { summary: 'Appoint (moderator:true) or revoke a moderator by e-mail (admin)', body: moderatorInput, ok: [200, z.object({ id: z.uuid(), name: z.string(), email: z.string(), role: z.enum(USER_ROLES) })], errors: [400, 401, 403, 404, 409] },
  },
  '/api/v1/admin/audit-log': {
    get: {
      summary: 'Every moderator and admin action, newest first (admin)',
      query: auditQuery,
      ok: [200, z.object({ items: z.array(z.object({ id: z.uuid(), action: z.string(), subject: z.string().nullable(), data: z.unknown(), actor: z.object({ id: z.uuid(), name: z.string().nullable() }).nullable(), createdAt: iso, cursor: z.string() })) })],
      errors: [400, 401, 403],
    },
  },
  '/api/health': { get: { summary: 'Liveness: the database answers', ok: [200, healthView], errors: [503], auth: false } },
  '/api/ready': { get: { summary: 'Readiness: the database (and Redis when used) answer', ok: [200, healthView], errors: [503], auth: false } },
  '/api/v1/register': {
    post: { summary: 'Create an account (role mother; member when joining with an invitation code)', body: registerInput, ok: [201, userView.extend({ circleId: z.uuid().nullable() })], errors: [400, 409, 413, 429], idempotent: true, auth: false },
  },
  '/api/v1/session': {
    post: { summary: 'Sign in; sets the session cookie', body: signInInput, ok: [200, userView], errors: [400, 401, 429], auth: false },
    delete: { summary: 'Sign out on this device', ok: [204, null], errors: [], auth: false },
  },
  '/api/v1/me': {
    get: { summary: 'The signed-in user', ok: [200, userView], errors: [401] },
    patch: { summary: 'Change name or language', body: updateProfileInput, ok: [200, userView], errors: [400, 401] },
    delete: {
      summary: 'Erase my account (password required): circles I own go to the member I pick or are deleted; every session stops',
      body: deleteAccountInput,
      ok: [204, null],
      errors: [400, 401],
    },
  },
  '/api/v1/me/sign-out-everywhere': { post: { summary: 'End every session of mine, on every device', ok: [204, null], errors: [401] } },
  '/api/v1/circles': {
    get: { summary: 'My circles', ok: [200, z.object({ items: z.array(circleSummary) })], errors: [401] },
    post: { summary: 'Create a circle; I become its owner', body: createCircleInput, ok: [201, circleView], errors: [400, 401], idempotent: true },
  },
  '/api/v1/circles/{id}': { get: { summary: 'A circle I belong to, with its members', ok: [200, circleView], errors: [401, 404] } },
  '/api/v1/circles/{id}/invitations': {
    get: { summary: 'Open invitations (owner)', ok: [200, z.object({ items: z.array(invitationView) })], errors: [401, 403, 404] },
    post: { summary: 'Invite someone: a link and a code valid 7 days', body: createInvitationInput, ok: [201, invitationView], errors: [400, 401, 403, 404, 429], idempotent: true },
  },
  '/api/v1/circles/{id}/invitations/{invitationId}': { delete: { summary: 'Revoke an open invitation (owner)', ok: [204, null], errors: [401, 403, 404] } },
  '/api/v1/circles/{id}/members/{userId}': { delete: { summary: 'Remove a member (owner)', ok: [204, null], errors: [401, 403, 404, 409] } },
  '/api/v1/circles/{id}/leave': { post: { summary: 'Leave a circle (members; the owner cannot)', ok: [204, null], errors: [401, 404, 409] } },
  '/api/v1/invitations/{code}': { get: { summary: 'Who invites me, to which circle, as what', ok: [200, invitationPreview], errors: [401, 404] } },
  '/api/v1/invitations/{code}/accept': { post: { summary: 'Join the circle', ok: [200, circleView], errors: [401, 404, 409] } },
  '/api/v1/circles/{id}/chores': {
    get: { summary: "Today's board (or, with since, every chore changed after it)", query: listChoresQuery, ok: [200, choreBoard], errors: [400, 401, 404] },
    post: { summary: 'Add a chore', body: createChoreInput, ok: [201, choreView], errors: [400, 401, 404, 409], idempotent: true },
  },
  '/api/v1/circles/{id}/chores/from-template': {
    post: { summary: 'Add a ready-made chore in one tap (a visit needs dueAt)', body: fromTemplateInput, ok: [201, choreView], errors: [400, 401, 404, 409], idempotent: true },
  },
  '/api/v1/chore-templates': { get: { summary: 'Ready-made chores, in my language', ok: [200, z.object({ items: z.array(choreTemplateView) })], errors: [401] } },
  '/api/v1/circles/{id}/week': { get: { summary: 'The last 7 days: effort per member and the rest it bought her (never the mother, never ranked)', ok: [200, weekView], errors: [401, 404] } },
  '/api/v1/chores/{id}': {
    get: { summary: 'One chore', ok: [200, choreView], errors: [401, 404] },
    delete: { summary: 'Remove a chore (who added it, or the mother)', ok: [204, null], errors: [401, 403, 404] },
  },
  '/api/v1/chores/{id}/claim': { post: { summary: "I'll do it: exactly one of simultaneous claimers wins; the others get 409 chore_taken with holder", ok: [200, choreView], errors: [401, 404, 409] } },
  '/api/v1/chores/{id}/unclaim': { post: { summary: 'Give back my own claim', ok: [200, choreView], errors: [401, 403, 404, 409] } },
  '/api/v1/chores/{id}/complete': {
    post: { summary: 'Done; a recurring chore gets its next occurrence', ok: [200, z.object({ chore: choreView, next: choreView.nullable() })], errors: [401, 404, 409] },
  },
  '/api/v1/circles/{id}/encouragements': {
    get: { summary: 'The encouragement wall, newest first', query: listEncouragementsQuery, ok: [200, z.object({ items: z.array(encouragementView) })], errors: [400, 401, 404] },
    post: { summary: 'Send her a note (≤ 500 characters), optionally with a pledge that becomes a chore I hold', body: createEncouragementInput, ok: [201, encouragementView], errors: [400, 401, 403, 404], idempotent: true },
  },
  '/api/v1/encouragements/{id}/reactions': { post: { summary: 'The mother toggles a reaction on a note', body: reactInput, ok: [200, encouragementView], errors: [400, 401, 403, 404] } },
  '/api/v1/circles/{id}/support-requests': {
    get: { summary: 'Recent requests for help', ok: [200, z.object({ items: z.array(supportRequestView) })], errors: [401, 404] },
    post: { summary: 'The mother asks for help; every member is alerted', body: createSupportRequestInput, ok: [201, supportRequestView], errors: [400, 401, 403, 404], idempotent: true },
  },
  '/api/v1/support-requests/{id}/answer': { post: { summary: "I'm on it: the first member wins; others get 409 already_answered with answeredBy", ok: [200, supportRequestView], errors: [401, 403, 404, 409] } },
  '/api/v1/support-requests/{id}/cancel': { post: { summary: 'The mother withdraws an unanswered request', ok: [200, supportRequestView], errors: [401, 404] } },
  '/api/v1/circles/{id}/rest': {
    put: { summary: 'Rest mode on until a time (at most 12 h): her notifications wait, visits are off', body: restInput, ok: [200, z.object({ restingUntil: iso.nullable() })], errors: [400, 401, 403, 404] },
    delete: { summary: "I'm awake: rest mode off; held notifications arrive", ok: [200, z.object({ restingUntil: iso.nullable() })], errors: [401, 403, 404] },
  },
  '/api/v1/notifications': {
    get: { summary: 'My notification centre (delivered ones), newest first', query: listNotificationsQuery, ok: [200, z.object({ items: z.array(notificationView), unreadCount: z.number().int() })], errors: [400, 401] },
  },
  '/api/v1/checkins': {
    get: { summary: 'My check-ins (mine only, ever) and the insight', query: listCheckinsQuery, ok: [200, checkinList], errors: [400, 401] },
    post: {
      summary: "Check in (today, or a missed day up to 14 back; never the future). 201 for the day's first, 200 when it updates it",
      body: checkinInput,
      ok: [201, checkinSaved],
      errors: [400, 401],
      idempotent: true,
    },
  },
  '/api/v1/checkins/share': {
    post: { summary: 'Show my circle how I slept and what would help (never mood or answers)', body: shareCheckinInput, ok: [201, checkinShareView], errors: [400, 401, 404], idempotent: true },
  },
  '/api/v1/me/trusted-contact': {
    get: { summary: 'My trusted person and who I may choose', ok: [200, z.object({ contact: personRef.nullable(), candidates: z.array(personRef) })], errors: [401] },
    put: { summary: 'Choose (or clear) my trusted person, from my circles', body: trustedContactInput, ok: [200, z.object({ contact: personRef.nullable() })], errors: [400, 401, 404] },
  },
  '/api/v1/me/trusted-contact/alert': { post: { summary: 'Ask my trusted person to check on me now', ok: [200, z.object({ alerted: personRef })], errors: [401, 404] } },
  '/api/v1/me/export': { get: { summary: 'Everything I own, as JSON', ok: [200, z.record(z.string(), z.unknown())], errors: [401] } },
  '/api/v1/safety': { get: { summary: 'Emergency number and crisis line', ok: [200, safetyView], errors: [401] } },
  '/api/v1/admin/settings/safety': {
    get: { summary: 'Emergency number and crisis line (admins)', ok: [200, safetyView], errors: [401, 403] },
    put: { summary: 'Set them (admins; audited)', body: safetySettingsInput, ok: [200, safetyView], errors: [400, 401, 403] },
  },
  '/api/v1/notifications/read': { post: { summary: 'Mark some (ids) or all as read', body: markReadInput, ok: [200, z.object({ unreadCount: z.number().int() })], errors: [400, 401] } },
};

const socketEvents: Record<string, z.ZodType> = {
  'live:ready': z.object({ at: iso }),
  'circle:member_joined': memberView.extend({ circleId: z.uuid() }),
  'circle:member_left': z.object({ circleId: z.uuid(), userId: z.uuid(), reason: z.enum(['left', 'removed']) }),
  'circle:rest': z.object({ circleId: z.uuid(), restingUntil: iso.nullable() }),
  'chore:created': choreView,
  'chore:updated': choreView,
  'chore:deleted': z.object({ id: z.uuid(), circleId: z.uuid() }),
  'encouragement:created': encouragementView,
  'encouragement:reacted': encouragementView,
  'support:requested': supportRequestView,
  'support:answered': supportRequestView,
  'notification:created': notificationView,
  'checkin:shared': checkinShareView,
  'post:created': postView,
  'post:replied': postView,
  'post:updated': postView,
  'post:hidden': z.object({ id: z.uuid(), groupId: z.uuid(), parentId: z.uuid().nullable() }),
  'moderation:queued': z.object({ postId: z.uuid(), groupId: z.uuid(), reason: z.enum(MODERATION_REASONS) }),
  'moderation:decided': z.object({ id: z.uuid(), postId: z.uuid(), status: z.enum(MODERATION_STATUSES) }),
  'question:created': questionView,
  'question:updated': z.object({ id: z.uuid(), status: z.enum(QUESTION_STATUSES), urgent: z.boolean() }),
  'question:answered': z.object({ question: questionView, answer: answerView }),
};

export function buildOpenApiDocument() {
  const built: Record<string, Record<string, unknown>> = {};
  for (const [path, ops] of Object.entries(paths)) {
    const params = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
    built[path] = Object.fromEntries(Object.entries(ops).map(([method, op]) => [method, operation(op, params)]));
  }
  return {
    openapi: '3.0.3',
    info: {
      title: 'Village API',
      version: '1.0.0',
      description:
        'JSON API of Village. Errors are {"error":{"code","message","fields?"}}. Sessions are the Auth.js cookie (POST /api/v1/session sets it) or an Authorization: Bearer token with the same value.',
    },
    components: {
      securitySchemes: {
        session: { type: 'apiKey', in: 'cookie', name: 'authjs.session-token' },
        bearer: { type: 'http', scheme: 'bearer' },
      },
    },
    security: [{ session: [] }, { bearer: [] }],
    paths: built,
    // Live events over Socket.IO at /socket.io (same origin, same session cookie): name → payload.
    'x-socket-events': Object.fromEntries(
      Object.entries(socketEvents).map(([name, schema]) => [name, z.toJSONSchema(schema, { target: 'openapi-3.0', unrepresentable: 'any' })]),
    ),
  };
}
