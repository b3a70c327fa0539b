import { z } from 'zod';

/** A number, or a numeric string. A blank (null, '') is "not answered", never 0; true is not 1. */
const answered = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (v === null || v === '' ? undefined : typeof v === 'number' || typeof v === 'string' ? v : Number.NaN), schema);

const scale = (what: string) =>
  answered(z.coerce.number().int(`${what} is a whole number from 1 to 5`).min(1, `${what} is from 1 to 5`).max(5, `${what} is from 1 to 5`));

export const checkinInput = z.object({
  /** Her local day (YYYY-MM-DD); today when left out. */
  date: z.iso.date({ message: 'Use a date like 2026-12-01' }).optional(),
  mood: scale('Mood'),
  sleepHours: answered(z.coerce.number().min(0, 'Hours of sleep cannot be negative').max(24, 'At most 24 hours')),
  stress: scale('Stress'),
  appetite: scale('Appetite'),
  waterGlasses: answered(z.coerce.number().int().min(0).max(30).optional()),
  meals: answered(z.coerce.number().int().min(0).max(15).optional()),
  selfHarmThoughts: z.boolean().optional(),
});

export const listCheckinsQuery = z.object({
  days: z.coerce.number().int().min(1).max(90).default(30),
});

export const shareCheckinInput = z.object({
  circleId: z.uuid(),
  date: z.iso.date().optional(),
});

export const trustedContactInput = z.object({ contactUserId: z.uuid().nullable() });

export type CheckinInput = z.infer<typeof checkinInput>;
