'use server';
import { z } from 'zod';
import { rememberLocale } from '@/app/locale-cookie';
import { localeSchema } from '@/lib/accounts/input';
import { updateProfile } from '@/lib/accounts/service';
import { publicAction } from '@/lib/http/action';

/** Switches the language: remembered in a cookie, and in her profile when she is signed in. */
export const setLocaleAction = publicAction(z.object({ locale: localeSchema }), async ({ db, viewer, input }) => {
  await rememberLocale(input.locale);
  if (viewer && viewer.locale !== input.locale) await updateProfile(db, viewer, { locale: input.locale });
});
