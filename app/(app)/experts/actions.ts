'use server';
import { revalidatePath } from 'next/cache';
import { authedAction } from '@/lib/http/action';
import { expertApplicationInput } from '@/lib/questions/input';
import { applyAsExpert } from '@/lib/questions/service';
import { applyForm, check } from '../questions/form-input';

/** Apply (or correct a pending application, or apply again after a decline). */
export const applyAction = authedAction(applyForm, async ({ db, viewer, input }) => {
  const checked = check(expertApplicationInput, input);
  if (!checked.ok) return checked;
  const application = await applyAsExpert(db, viewer, checked.value);
  revalidatePath('/experts/apply');
  return { ok: true as const, value: application };
});
