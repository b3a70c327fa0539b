'use server';
import { revalidatePath } from 'next/cache';
import { authedAction } from '@/lib/http/action';
import { answerInput, askQuestionInput, followupInput } from '@/lib/questions/input';
import { acceptAnswer, addFollowup, answerQuestion, askQuestion, suggestionToChore } from '@/lib/questions/service';
import { answerForm, answerIdForm, askForm, check, followupForm, suggestionForm, type Problems } from './form-input';

/**
 * Saves her question. A red flag comes back with `getCareNow` at once; a refused field comes
 * back as data, so the form shows it beside the field and keeps everything she typed.
 */
export const askQuestionAction = authedAction(askForm, async ({ db, viewer, input }) => {
  const checked = check(askQuestionInput, input);
  if (!checked.ok) return checked;
  const saved = await askQuestion(db, viewer, checked.value);
  revalidatePath('/questions');
  return { ok: true as const, value: saved };
});

/** A verified expert answers (the domain checks the badge); problems in a step name the form row. */
export const answerQuestionAction = authedAction(answerForm, async ({ db, viewer, input }) => {
  const checked = check(answerInput, input.answer);
  if (!checked.ok) {
    const problems: Problems = {};
    for (const [key, problem] of Object.entries(checked.problems)) {
      const m = key.match(/^suggestions\.(\d+)\.(\w+)$/);
      problems[m ? `step${input.steps[Number(m[1])]}_${m[2]}` : key] = problem;
    }
    return { ok: false as const, problems };
  }
  const answer = await answerQuestion(db, viewer, input.questionId, checked.value);
  revalidatePath(`/questions/${input.questionId}`);
  return { ok: true as const, value: answer };
});

export const followupAction = authedAction(followupForm, async ({ db, viewer, input }) => {
  const checked = check(followupInput, input.followup);
  if (!checked.ok) return checked;
  return { ok: true as const, value: await addFollowup(db, viewer, input.questionId, checked.value) };
});

/** "This helped me": the thread comes back with that answer first. */
export const acceptAnswerAction = authedAction(answerIdForm, async ({ db, viewer, input }) => acceptAnswer(db, viewer, input.answerId));

/** One tap: an expert's step becomes a chore in her family circle. */
export const suggestionChoreAction = authedAction(suggestionForm, async ({ db, viewer, input }) =>
  suggestionToChore(db, viewer, input.answerId, input.index, { circleId: input.circleId }),
);
