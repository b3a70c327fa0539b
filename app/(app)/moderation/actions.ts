'use server';
import { authedAction } from '@/lib/http/action';
import { AppError } from '@/lib/http/errors';
import { decide, silenceMember } from '@/lib/moderation/service';
import { decisionForm, silenceForm } from './form-input';

export type DecisionOutcome = 'approved' | 'edited' | 'rejected' | 'gone';

/** Approve, approve an edited text, or reject with a reason. Someone faster → `gone`, not an error. */
export const decideAction = authedAction(decisionForm, async ({ db, viewer, input }): Promise<{ outcome: DecisionOutcome }> => {
  try {
    const result = await decide(db, viewer, input.itemId, input.decision);
    if (result.status === 'rejected') return { outcome: 'rejected' };
    return { outcome: input.decision.body !== undefined ? 'edited' : 'approved' };
  } catch (err) {
    // Another moderator decided first, or the post went with its author's account.
    if (err instanceof AppError && (err.code === 'already_decided' || err.code === 'not_found')) return { outcome: 'gone' };
    throw err;
  }
});

/** Pause a member's posting for 1–7 days (0 lifts it). The id is her alias's, never her account's. */
export const silenceAction = authedAction(silenceForm, async ({ db, viewer, input }) => silenceMember(db, viewer, input.memberId, input.silence));
