import 'server-only';
import { cookies } from 'next/headers';
import { LOCALE_COOKIE, type Locale } from '@/lib/i18n/config';

const ONE_YEAR = 365 * 24 * 60 * 60;

/** Remembers the language on this device for a year (read by lib/i18n/request.ts). */
export async function rememberLocale(locale: Locale) {
  (await cookies()).set(LOCALE_COOKIE, locale, { maxAge: ONE_YEAR, sameSite: 'lax', path: '/' });
}
