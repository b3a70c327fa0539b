import { z } from 'zod';
import { WATCHED_ACTIONS } from '@/db/schema/groups';
import { POST_MAX } from '@/lib/groups/input';

const id = z.uuid({ message: 'Not a valid id' });

export const decisionInput = z
  .object({
    action: z.enum(['approve', 'reject']),
    /** Told to the author when rejecting. */
    reason: z.string().trim().max(300, 'Keep it under 300 characters').optional(),
    /** Approve with this text instead (a moderator's edit). */
    body: z.string().trim().min(1, 'Write a few words').max(POST_MAX).optional(),
  })
  .refine((d) => d.action !== 'reject' || (d.reason && d.reason.length > 0), {
    message: 'Tell her why, kindly',
    path: ['reason'],
  });

export const watchedWordInput = z.object({
  word: z
    .string()
    .trim()
    .min(2, 'Use at least 2 characters')
    .max(60, 'Use at most 60 characters')
    .regex(/^[\p{L}\p{N}][\p{L}\p{N} '-]*\*?$/u, 'Letters, numbers and spaces; * at the end matches any ending'),
  action: z.enum(WATCHED_ACTIONS),
  /** Empty: every group. */
  groupId: id.optional(),
});

export const testSentenceInput = z.object({
  text: z.string().trim().min(1, 'Write a sentence to test').max(POST_MAX),
  groupId: id.optional(),
});

export const slowModeInput = z.object({ minutes: z.coerce.number().int().min(0).max(24 * 60) });

export const silenceInput = z.object({
  days: z.coerce.number().int().min(0).max(365),
  reason: z.string().trim().max(300, 'Keep it under 300 characters').optional(),
});

export const moderatorInput = z.object({ email: z.email({ message: 'Not an e-mail address' }), moderator: z.boolean() });

export const queueQuery = z.object({ limit: z.coerce.number().int().min(1).max(100).default(50) });
export const auditQuery = z.object({
  /** An entry's `cursor`: the page after it. */
  cursor: z.string().max(200).optional(),
  before: z.iso.datetime({ offset: true }).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const idParams = z.object({ id });

export type DecisionInput = z.infer<typeof decisionInput>;
export type WatchedWordInput = z.infer<typeof watchedWordInput>;
export type TestSentenceInput = z.infer<typeof testSentenceInput>;
export type SlowModeInput = z.infer<typeof slowModeInput>;
export type SilenceInput = z.infer<typeof silenceInput>;
export type ModeratorInput = z.infer<typeof moderatorInput>;
export type AuditQuery = z.infer<typeof auditQuery>;
