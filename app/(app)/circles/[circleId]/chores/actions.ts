'use server';
import { addChoreFromTemplate, claimChore, completeChore, createChore, unclaimChore } from '@/lib/chores/service';
import { authedAction } from '@/lib/http/action';
import { choreForm, choreIdForm, templateForm } from './form-input';

export const createChoreAction = authedAction(
  choreForm,
  async ({ db, viewer, input }) => {
    return createChore(db, viewer, input.circleId, input.chore);
  },
  { success: 'chores.added' },
);

export const addTemplateAction = authedAction(templateForm, async ({ db, viewer, input }) =>
  addChoreFromTemplate(db, viewer, input.circleId, input.input.templateKey, input.input.dueAt),
);

export const claimChoreAction = authedAction(choreIdForm, async ({ db, viewer, input }) => claimChore(db, viewer, input.id));

export const unclaimChoreAction = authedAction(choreIdForm, async ({ db, viewer, input }) => unclaimChore(db, viewer, input.id));

export const completeChoreAction = authedAction(choreIdForm, async ({ db, viewer, input }) => (await completeChore(db, viewer, input.id)).chore);
