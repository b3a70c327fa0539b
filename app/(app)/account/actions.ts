'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { rememberLocale } from '@/app/locale-cookie';
import { deleteAccountInput, updateProfileInput } from '@/lib/accounts/input';
import { deleteAccount, signOutEverywhere, updateProfile } from '@/lib/accounts/service';
import { signOut } from '@/lib/auth';
import { authedAction } from '@/lib/http/action';

export const updateProfileAction = authedAction(
  updateProfileInput,
  async ({ db, viewer, input }) => {
    const user = await updateProfile(db, viewer, input);
    await rememberLocale(user.locale);
    revalidatePath('/', 'layout');
  },
  { success: 'account.saved' },
);

/** This device only. Auth.js clears the cookie; we choose where she lands (relative). */
export const signOutAction = authedAction(z.object({}), async () => {
  await signOut({ redirect: false });
  redirect('/?notice=signed_out');
});

/** Every device: sessions elsewhere stop at their next request, live connections at once. */
export const signOutEverywhereAction = authedAction(z.object({}), async ({ db, viewer }) => {
  await signOutEverywhere(db, viewer);
  await signOut({ redirect: false });
  redirect('/?notice=signed_out_everywhere');
});

/**
 * The delete form is flat: `password`, and one `circle:<id>` entry per circle she owns whose
 * value is the member to hand it to, or `delete`. Folded into the one input the API uses.
 */
const deleteAccountForm = z
  .object({ password: z.string().optional() })
  .catchall(z.string())
  .transform((f) => ({
    password: f.password ?? '',
    circles: Object.entries(f)
      .filter(([key]) => key.startsWith('circle:'))
      .map(([key, value]) => ({ circleId: key.slice('circle:'.length), transferTo: value === 'delete' ? null : value })),
  }) as z.input<typeof deleteAccountInput>)
  .pipe(deleteAccountInput);

/** Erases her account (password confirmed), signs this browser out and lands her on the landing page. */
export const deleteAccountAction = authedAction(deleteAccountForm, async ({ db, viewer, input }) => {
  await deleteAccount(db, viewer, input);
  await signOut({ redirect: false });
  redirect('/?notice=deleted');
});
