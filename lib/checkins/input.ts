import { z } from 'zod';

const scale = (what: string) => z.coerce.number().int(`${what} is a whole number from 1 to 5`).min(1, `${what} is from 1 to 5`).max(5, `${what} is from 1 to 5`);

export const checkinInput = z.object({
  /** Her local day (YYYY-MM-DD); today when left out. */
  date: z.iso.date({ message: 'Use a date like 2026-12-01' }).optional(),
  mood: scale('Mood'),
  sleepHours: z.coerce.number().min(0, 'Hours of sleep cannot be negative').max(24, 'At most 24 hours'),
  stress: scale('Stress'),
  appetite: scale('Appetite'),
  waterGlasses: z.coerce.number().int().min(0).max(30).optional(),
  meals: z.coerce.number().int().min(0).max(15).optional(),
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
