'use server';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { circleIdSchema } from '@/lib/circles/input';
import { createSupportRequestInput, idParams, restInput } from '@/lib/encouragement/input';
import { answerSupportRequest, cancelSupportRequest, endRest, requestSupport, startRest } from '@/lib/encouragement/service';
import { authedAction } from '@/lib/http/action';
import { markNotificationsRead } from '@/lib/notifications/service';

/** The mother asks: rest, food, someone to hold the baby… */
export const requestSupportAction = authedAction(createSupportRequestInput.extend({ circleId: circleIdSchema }), async ({ db, viewer, input }) =>
  requestSupport(db, viewer, input.circleId, { kind: input.kind, note: input.note }),
);

export const cancelSupportAction = authedAction(idParams, async ({ db, viewer, input }) => cancelSupportRequest(db, viewer, input.id));

/** "I'm on it": the first one wins; the others get `already_answered` with `answeredBy`. */
export const answerSupportAction = authedAction(idParams, async ({ db, viewer, input }) => answerSupportRequest(db, viewer, input.id));

/**
 * Rest mode on. The form sends either `hours` (a quick choice) or `time` ("15:00", the next
 * such time in Vietnam); the domain keeps its 12-hour cap and its messages.
 */
const restForm = z
  .object({
    circleId: circleIdSchema,
    hours: z.coerce.number().min(0.5).max(12).optional(),
    time: z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/)
      .optional(),
  })
  .transform((f) => ({ circleId: f.circleId, until: restUntil(f.hours, f.time) }))
  .pipe(restInput.extend({ circleId: circleIdSchema }));

const VN_OFFSET_MS = 7 * 3_600_000;

function restUntil(hours?: number, time?: string): string {
  const now = Date.now();
  if (hours) return new Date(now + hours * 3_600_000).toISOString();
  if (!time) return '';
  const [h, m] = time.split(':').map(Number);
  // Vietnam has no daylight saving: its wall clock is UTC+7 all year.
  const local = new Date(now + VN_OFFSET_MS);
  let at = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate(), h, m) - VN_OFFSET_MS;
  if (at <= now) at += 24 * 3_600_000;
  return new Date(at).toISOString();
}

export const startRestAction = authedAction(restForm, async ({ db, viewer, input }) => {
  const result = await startRest(db, viewer, input.circleId, input.until);
  revalidatePath('/', 'layout');
  return result;
});

export const endRestAction = authedAction(z.object({ circleId: circleIdSchema }), async ({ db, viewer, input }) => {
  const result = await endRest(db, viewer, input.circleId);
  revalidatePath('/', 'layout');
  return result;
});

export const markAllReadAction = authedAction(z.object({}), async ({ db, viewer }) => {
  const result = await markNotificationsRead(db, viewer);
  revalidatePath('/', 'layout');
  return result;
});
