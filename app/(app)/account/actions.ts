'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { rememberLocale } from '@/app/locale-cookie';
import { updateProfileInput } from '@/lib/accounts/input';
import { signOutEverywhere, updateProfile } from '@/lib/accounts/service';
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
