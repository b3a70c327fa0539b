import 'server-only';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { AuthError, CredentialsSignin } from 'next-auth';
import { getDb } from '@/db/client';
import { loadViewer } from '@/lib/accounts/service';
import { signIn } from '@/lib/auth';
import { decodeSessionToken, SECURE_SESSION_COOKIE, SESSION_COOKIE } from '@/lib/auth/session';
import { AppError } from '@/lib/http/errors';
import { rememberLocale } from '@/app/locale-cookie';

/** The language she saved in her profile, read back from the session cookie Auth.js just set. */
async function savedLocale() {
  const jar = await cookies();
  const secure = jar.get(SECURE_SESSION_COOKIE)?.value;
  const token = secure ?? jar.get(SESSION_COOKIE)?.value;
  if (!token) return null;
  const decoded = await decodeSessionToken(token, Boolean(secure)).catch(() => null);
  if (!decoded?.sub || typeof decoded.sv !== 'number') return null;
  const viewer = await loadViewer(await getDb(), decoded.sub, decoded.sv);
  return viewer?.locale ?? null;
}

/**
 * Signs in through Auth.js (which sets the session cookie), brings back her language, then goes
 * to `next` (a relative path: Auth.js would build absolute URLs from its own idea of the host).
 */
export async function signInAndGo(email: string, password: string, next: string): Promise<never> {
  try {
    await signIn('credentials', { email, password, redirectTo: next, redirect: false });
  } catch (err) {
    if (err instanceof CredentialsSignin && err.code === 'rate_limited') {
      throw new AppError('rate_limited', 'Too many sign-in attempts');
    }
    if (err instanceof AuthError) throw new AppError('invalid_credentials', 'That e-mail and password do not match an account');
    throw err;
  }
  const locale = await savedLocale();
  if (locale) await rememberLocale(locale);
  redirect(next);
}
