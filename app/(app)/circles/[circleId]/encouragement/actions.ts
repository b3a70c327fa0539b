'use server';
import { z } from 'zod';
import { CHORE_CATEGORIES } from '@/db/schema/chores';
import { circleIdSchema } from '@/lib/circles/input';
import { createEncouragementInput, idParams, reactInput } from '@/lib/encouragement/input';
import { reactToEncouragement, sendEncouragement } from '@/lib/encouragement/service';
import { authedAction } from '@/lib/http/action';
import { localInputToIso } from '../chores/form-input';

/** The composer is flat: message, and if she ticks one, a pledge title, kind and time. */
const encouragementForm = z
  .object({
    circleId: circleIdSchema,
    message: z.string().optional(),
    pledgeTitle: z.string().optional(),
    pledgeCategory: z.enum(CHORE_CATEGORIES).optional(),
    pledgeAt: z.string().optional(),
  })
  .transform((f) => ({
    circleId: f.circleId,
    note: {
      message: f.message ?? '',
      pledge: f.pledgeTitle ? { title: f.pledgeTitle, category: f.pledgeCategory ?? 'other', dueAt: localInputToIso(f.pledgeAt) } : undefined,
    } as z.input<typeof createEncouragementInput>,
  }))
  .pipe(z.object({ circleId: circleIdSchema, note: createEncouragementInput }));

export const sendEncouragementAction = authedAction(
  encouragementForm,
  async ({ db, viewer, input }) => sendEncouragement(db, viewer, input.circleId, input.note),
  { success: 'encouragement.sent' },
);

export const reactAction = authedAction(idParams.extend(reactInput.shape), async ({ db, viewer, input }) => reactToEncouragement(db, viewer, input.id, input.reaction));
