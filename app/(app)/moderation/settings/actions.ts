'use server';
import { revalidatePath } from 'next/cache';
import { authedAction } from '@/lib/http/action';
import { addWatchedWord, removeWatchedWord, setSlowMode, testSentence } from '@/lib/moderation/service';
import { removeWordForm, slowModeForm, testSentenceForm, watchedWordForm } from './form-input';

export const addWatchedWordAction = authedAction(
  watchedWordForm,
  async ({ db, viewer, input }) => {
    const word = await addWatchedWord(db, viewer, input);
    revalidatePath('/moderation/settings');
    return word;
  },
  { success: 'moderation.settings.added' },
);

export const removeWatchedWordAction = authedAction(removeWordForm, async ({ db, viewer, input }) => {
  await removeWatchedWord(db, viewer, input.id);
  revalidatePath('/moderation/settings');
});

export const testSentenceAction = authedAction(testSentenceForm, async ({ db, viewer, input }) => ({
  text: input.text,
  ...(await testSentence(db, viewer, input)),
}));

export const slowModeAction = authedAction(
  slowModeForm,
  async ({ db, viewer, input }) => {
    const group = await setSlowMode(db, viewer, input.groupId, { minutes: input.minutes });
    revalidatePath('/moderation/settings');
    return group;
  },
  { success: 'moderation.settings.slowSaved' },
);
