import { z } from 'zod';
import { CHORE_CATEGORIES } from '@/db/schema/chores';
import { createChoreInput, fromTemplateInput } from '@/lib/chores/input';
import { CIRCLE_TIME_ZONE, zonedTime } from '@/lib/chores/time';
import { circleIdSchema } from '@/lib/circles/input';

export { CIRCLE_TIME_ZONE };

/** `<input type="datetime-local">` ("2026-05-01T14:30") → an instant with offset, in the circle's zone. */
export function localInputToIso(value: string | undefined): string | undefined {
  const m = value?.match(/^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/);
  if (!m) return value || undefined;
  const [, y, mo, d, h, mi] = m.map(Number);
  return zonedTime(y, mo, d, h, mi, CIRCLE_TIME_ZONE).toISOString();
}

/**
 * The add-chore form is flat (FormData); this folds it into the one chore input the API uses,
 * so the domain's rules (and messages) apply unchanged.
 */
export const choreForm = z
  .object({
    circleId: circleIdSchema,
    title: z.string().optional(),
    category: z.enum(CHORE_CATEGORIES).optional(),
    notes: z.string().optional(),
    dueAt: z.string().optional(),
    repeat: z.enum(['none', 'daily', 'hours', 'weekly']).default('none'),
    repeatTime: z.string().optional(),
    repeatEvery: z.string().optional(),
    effort: z.string().optional(),
    visitMinutes: z.string().optional(),
    ...Object.fromEntries([0, 1, 2, 3, 4, 5, 6].map((d) => [`day${d}`, z.literal('on').optional()])),
  })
  .transform((f) => {
    const days = [0, 1, 2, 3, 4, 5, 6].filter((d) => (f as Record<string, unknown>)[`day${d}`] === 'on');
    const recurrence =
      f.repeat === 'daily'
        ? { kind: 'daily', time: f.repeatTime }
        : f.repeat === 'hours'
          ? { kind: 'hours', every: f.repeatEvery }
          : f.repeat === 'weekly'
            ? { kind: 'weekly', days, time: f.repeatTime }
            : undefined;
    return {
      circleId: f.circleId,
      chore: {
        title: f.title ?? '',
        category: f.category,
        notes: f.notes,
        dueAt: localInputToIso(f.dueAt),
        recurrence,
        effort: f.effort,
        visitMinutes: f.category === 'visit' ? f.visitMinutes : undefined,
      } as z.input<typeof createChoreInput>,
    };
  })
  .pipe(z.object({ circleId: circleIdSchema, chore: createChoreInput }));

export const templateForm = z
  .object({ circleId: circleIdSchema, templateKey: z.string(), dueAt: z.string().optional() })
  .transform((f) => ({ circleId: f.circleId, input: { templateKey: f.templateKey, dueAt: localInputToIso(f.dueAt) } as z.input<typeof fromTemplateInput> }))
  .pipe(z.object({ circleId: circleIdSchema, input: fromTemplateInput }));

export const choreIdForm = z.object({ id: z.uuid() });
