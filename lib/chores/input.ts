import { z } from 'zod';
import { CHORE_CATEGORIES } from '@/db/schema/chores';

export type ChoreCategory = (typeof CHORE_CATEGORIES)[number];

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use a time like 14:30');

export const recurrenceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('daily'), time: hhmm }),
  z.object({ kind: z.literal('hours'), every: z.coerce.number().int().min(1, 'At least every hour').max(24, 'At most every 24 hours') }),
  z.object({
    kind: z.literal('weekly'),
    days: z.array(z.coerce.number().int().min(0).max(6)).min(1, 'Pick at least one day').max(7),
    time: hhmm,
  }),
]);

export const createChoreInput = z
  .object({
    title: z.string().trim().min(1, 'Give the chore a name').max(120, 'Use at most 120 characters'),
    category: z.enum(CHORE_CATEGORIES),
    notes: z.string().trim().max(1000, 'Use at most 1000 characters').optional(),
    dueAt: z.iso.datetime({ offset: true, message: 'Use a date and time like 2026-12-01T14:30:00+07:00' }).optional(),
    recurrence: recurrenceSchema.optional(),
    effort: z.coerce.number().int().min(1, 'Effort is 1, 2 or 3').max(3, 'Effort is 1, 2 or 3').default(1),
    /** Visits only: how long the visitor may stay (default 20 minutes, at most an hour). */
    visitMinutes: z.coerce.number().int().min(5).max(60).optional(),
  })
  .refine((v) => v.category !== 'visit' || v.dueAt !== undefined, { path: ['dueAt'], message: 'A visit needs a time' });


export const listChoresQuery = z.object({
  /** Only chores changed after this instant: for a client catching up after a disconnect. */
  since: z.iso.datetime({ offset: true }).optional(),
});

export const choreParams = z.object({ id: z.uuid() });

export type CreateChoreInput = z.infer<typeof createChoreInput>;

export const fromTemplateInput = z.object({
  templateKey: z.string().min(1).max(40),
  /** Needed for a visit; otherwise the template's own time is used. */
  dueAt: z.iso.datetime({ offset: true }).optional(),
});
