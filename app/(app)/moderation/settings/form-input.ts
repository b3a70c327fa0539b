import { z } from 'zod';
import { idParams, slowModeInput, testSentenceInput, watchedWordInput } from '@/lib/moderation/input';

/** "All groups" is the empty choice, which the form sends as nothing: the input's "every group". */
export const watchedWordForm = watchedWordInput;
export const removeWordForm = idParams;
export const testSentenceForm = testSentenceInput;
export const slowModeForm = slowModeInput.extend({ groupId: z.uuid() });
