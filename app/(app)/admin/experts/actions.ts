'use server';
import { revalidatePath } from 'next/cache';
import { authedAction } from '@/lib/http/action';
import { expertDecisionInput } from '@/lib/questions/input';
import { decideApplication } from '@/lib/questions/service';
import { check, decisionForm } from '../../questions/form-input';

/** Verify, decline (with a reason) or revoke (with a reason); the domain checks she is an admin. */
export const decideAction = authedAction(decisionForm, async ({ db, viewer, input }) => {
  const checked = check(expertDecisionInput, input.decision);
  if (!checked.ok) return checked;
  const application = await decideApplication(db, viewer, input.userId, checked.value);
  revalidatePath('/admin/experts');
  return { ok: true as const, value: application };
});
