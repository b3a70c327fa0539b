import { z } from 'zod';
import { LOCALES } from '@/db/schema/accounts';
import { CHORE_CATEGORIES } from '@/db/schema/chores';
import { PROFESSIONS, QUESTION_STATUSES, QUESTION_TAGS } from '@/db/schema/questions';

const id = z.uuid({ message: 'Not a valid id' });

export const askQuestionInput = z.object({
  title: z.string().trim().min(5, 'Say it in a few words (at least 5 characters)').max(150, 'Keep the title under 150 characters'),
  body: z.string().trim().min(10, 'Tell the expert a little more (at least 10 characters)').max(4_000, 'Keep it under 4,000 characters'),
  tags: z.array(z.enum(QUESTION_TAGS)).min(1, 'Pick at least one topic').max(3, 'Pick up to 3 topics').default(['other']),
  /** Hidden from other mothers; experts and admins still see who asked, so they can help. */
  anonymous: z.boolean().default(false),
});

export const listQuestionsQuery = z.object({
  status: z.enum(QUESTION_STATUSES).optional(),
  /** Words to find, with or without Vietnamese diacritics. */
  q: z.string().trim().max(200).optional(),
  tag: z.enum(QUESTION_TAGS).optional(),
  mine: z.enum(['true', 'false']).optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
  /** The `nextCursor` of the previous page (works for the list and the expert queue). */
  cursor: z.string().max(300).optional(),
  /** Page: questions created before this instant (the last item's `createdAt`); prefer `cursor`. */
  before: z.iso.datetime({ offset: true }).optional(),
});

export const similarQuery = z.object({ q: z.string().trim().max(300).default('') });

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use a time like 13:00');

export const suggestionSchema = z.object({
  title: z.string().trim().min(1, 'Say what the family can do').max(120, 'Use at most 120 characters'),
  category: z.enum(CHORE_CATEGORIES).default('other'),
  at: hhmm.nullable().optional(),
});

export const answerInput = z.object({
  body: z.string().trim().min(1, 'Write your answer').max(4_000, 'Keep it under 4,000 characters'),
  /** Practical steps for her family, each one tap from becoming a chore. */
  suggestions: z.array(suggestionSchema).max(5, 'Up to 5 suggestions').default([]),
});

export const followupInput = z.object({
  body: z.string().trim().min(1, 'Write your follow-up').max(2_000, 'Keep it under 2,000 characters'),
});

export const suggestionChoreInput = z.object({ circleId: id });

export const expertApplicationInput = z.object({
  profession: z.enum(PROFESSIONS),
  licenceNumber: z.string().trim().min(3, 'Enter your licence or certificate number').max(60, 'Use at most 60 characters'),
  workplace: z.string().trim().min(2, 'Where do you work?').max(120, 'Use at most 120 characters'),
  languages: z.array(z.enum(LOCALES)).min(1, 'Pick at least one language').max(2),
});

export const expertDecisionInput = z
  .object({
    action: z.enum(['verify', 'decline', 'revoke']),
    reason: z.string().trim().max(300, 'Keep it under 300 characters').optional(),
  })
  .refine((d) => d.action === 'verify' || (d.reason && d.reason.length > 0), { message: 'Give a reason', path: ['reason'] });

export const applicationsQuery = z.object({ status: z.enum(['pending', 'verified', 'declined', 'revoked']).optional() });

export const idParams = z.object({ id });
export const suggestionParams = z.object({ id, index: z.coerce.number().int().min(0).max(4) });

export type AskQuestionInput = z.infer<typeof askQuestionInput>;
export type ListQuestionsQuery = z.infer<typeof listQuestionsQuery>;
export type AnswerInput = z.infer<typeof answerInput>;
export type FollowupInput = z.infer<typeof followupInput>;
export type ExpertApplicationInput = z.infer<typeof expertApplicationInput>;
export type ExpertDecisionInput = z.infer<typeof expertDecisionInput>;
