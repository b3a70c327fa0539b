import { sql } from 'drizzle-orm';
import { boolean, index, jsonb, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { localeEnum, users } from './accounts';

export const PROFESSIONS = ['lactation_consultant', 'midwife', 'nurse', 'nutritionist', 'doctor'] as const;
export const EXPERT_STATUSES = ['pending', 'verified', 'declined', 'revoked'] as const;
export const QUESTION_TAGS = ['supply', 'latch', 'pumping', 'nutrition', 'mood', 'pain_mastitis', 'baby_sleep', 'other'] as const;
export const QUESTION_STATUSES = ['open', 'answered'] as const;
export const ANSWER_KINDS = ['answer', 'followup'] as const;

export const professionEnum = pgEnum('profession', PROFESSIONS);
export const expertStatusEnum = pgEnum('expert_status', EXPERT_STATUSES);
export const questionStatusEnum = pgEnum('question_status', QUESTION_STATUSES);
export const answerKindEnum = pgEnum('answer_kind', ANSWER_KINDS);

/** An application to answer as an expert, and its decision. One per person. */
export const expertProfiles = pgTable(
  'expert_profiles',
  {
    userId: uuid('user_id')
      .primaryKey()
      .references(() => users.id, { onDelete: 'cascade' }),
    profession: professionEnum('profession').notNull(),
    licenceNumber: text('licence_number').notNull(),
    workplace: text('workplace').notNull(),
    languages: text('languages').array().notNull(),
    status: expertStatusEnum('status').notNull().default('pending'),
    decisionReason: text('decision_reason'),
    decidedBy: uuid('decided_by').references(() => users.id, { onDelete: 'set null' }),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('expert_profiles_status_idx').on(t.status, t.createdAt)],
);

/** A feasible "someone does this" an expert suggests; the mother turns it into a chore. */
export interface AnswerSuggestion {
  title: string;
  category: string;
  /** Local time of day "HH:MM" it fits, if any. */
  at?: string | null;
}

export const questions = pgTable(
  'questions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Null once the asker deleted her account: the question stays, from "a former member". */
    askerId: uuid('asker_id').references(() => users.id, { onDelete: 'set null' }),
    title: text('title').notNull(),
    body: text('body').notNull(),
    tags: text('tags').array().notNull(),
    anonymous: boolean('anonymous').notNull().default(false),
    urgent: boolean('urgent').notNull().default(false),
    triageSigns: text('triage_signs').array().notNull().default(sql`'{}'::text[]`),
    locale: localeEnum('locale').notNull().default('vi'),
    status: questionStatusEnum('status').notNull().default('open'),
    /** Title and body lower-cased without diacritics: search finds "sua" and "sữa" alike. */
    searchText: text('search_text').notNull(),
    acceptedAnswerId: uuid('accepted_answer_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /** Since when she has been waiting for an expert: asked, or followed up after an answer. */
    waitingSince: timestamp('waiting_since', { withTimezone: true }).notNull().defaultNow(),
    firstAnsweredAt: timestamp('first_answered_at', { withTimezone: true }),
  },
  (t) => [
    // The expert queue: open questions, urgent first, then the longest waiting.
    index('questions_queue_idx').on(t.urgent.desc(), t.waitingSince).where(sql`${t.status} = 'open'`),
    index('questions_created_idx').on(t.createdAt),
    index('questions_asker_idx').on(t.askerId, t.createdAt),
  ],
);

/** Expert answers and the asker's follow-ups, in one thread. */
export const answers = pgTable(
  'answers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    questionId: uuid('question_id')
      .notNull()
      .references(() => questions.id, { onDelete: 'cascade' }),
    authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
    kind: answerKindEnum('kind').notNull(),
    body: text('body').notNull(),
    suggestions: jsonb('suggestions').$type<AnswerSuggestion[]>().notNull().default([]),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('answers_question_idx').on(t.questionId, t.createdAt)],
);

export type ExpertProfile = typeof expertProfiles.$inferSelect;
export type Question = typeof questions.$inferSelect;
export type Answer = typeof answers.$inferSelect;
