'use server';
import { revalidatePath } from 'next/cache';
import { authedAction } from '@/lib/http/action';
import { AppError } from '@/lib/http/errors';
import { setModerator } from '@/lib/moderation/service';
import { appointForm, revokeForm } from './form-input';

export const appointModeratorAction = authedAction(appointForm, async ({ db, viewer, input }) => {
  try {
    const user = await setModerator(db, viewer, input);
    revalidatePath('/admin/moderators');
    return { name: user.name };
  } catch (err) {
    // The only conflict when appointing: she is an admin, who moderates already. Say so by the field.
    if (err instanceof AppError && err.code === 'conflict') throw new AppError('conflict', err.message, { email: [err.message] });
    throw err;
  }
});

export const revokeModeratorAction = authedAction(revokeForm, async ({ db, viewer, input }) => {
  await setModerator(db, viewer, input);
  revalidatePath('/admin/moderators');
});
