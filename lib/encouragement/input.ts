import { z } from 'zod';
import { CHORE_CATEGORIES } from '@/db/schema/chores';
import { REACTIONS, SUPPORT_KINDS } from '@/db/schema/encouragement';

export const pledgeSchema = z.object({
  title: z.string().trim().min(1, 'Say what you will do').max(120, 'Use at most 120 characters'),
  category: z.enum(CHORE_CATEGORIES).default('other'),
  dueAt: z.iso.datetime({ offset: true, message: 'Use a date and time like 2026-12-01T02:00:00+07:00' }).optional(),
  effort: z.coerce.number().int().min(1).max(3).default(2),
});

export const createEncouragementInput = z.object({
  message: z.string().trim().min(1, 'Write a few words').max(500, 'Keep it under 500 characters'),
  pledge: pledgeSchema.optional(),
});

export const reactInput = z.object({ reaction: z.enum(REACTIONS) });

export const createSupportRequestInput = z.object({
  kind: z.enum(SUPPORT_KINDS),
  note: z.string().trim().max(300, 'Keep it under 300 characters').optional(),
});

/** Rest mode: until when, as an instant; at most 12 hours ahead. */
export const restInput = z.object({
  until: z.iso.datetime({ offset: true, message: 'Use a time like 2026-12-01T15:00:00+07:00' }),
});

export const idParams = z.object({ id: z.uuid() });

export type CreateEncouragementInput = z.infer<typeof createEncouragementInput>;
export type CreateSupportRequestInput = z.infer<typeof createSupportRequestInput>;

export const listEncouragementsQuery = z.object({
  before: z.iso.datetime({ offset: true }).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
