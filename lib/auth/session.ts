import 'server-only';
import { decode, encode, getToken } from 'next-auth/jwt';
import type { Db } from '@/db/client';
import { loadViewer } from '@/lib/accounts/service';
import type { Viewer } from '@/lib/accounts/viewer';
import { decryptSessionToken } from './token-decrypt';

import { SESSION_MAX_AGE } from './constants';
export { SESSION_MAX_AGE };
export const SESSION_COOKIE = 'authjs.session-token';
export const SECURE_SESSION_COOKIE = '__Secure-authjs.session-token';

export function authSecret(): string {
  const secret = process.env.AUTH_SECRET;
  if (!secret) throw new Error('AUTH_SECRET is not set');
  return secret;
}

type HeaderSource = Headers | Record<string, string | string[] | undefined>;

function cookieHeader(headers: HeaderSource): string {
  if (headers instanceof Headers) return headers.get('cookie') ?? '';
  const v = headers.cookie;
  return Array.isArray(v) ? v.join('; ') : (v ?? '');
}

/**
 * Auth.js's decode, with Node's own crypto for the one kind of token Auth.js issues (18× less CPU:
 * lib/auth/token-decrypt.ts) and Auth.js itself for anything else. The user row is still read on
 * every request, so signing out everywhere takes effect at once.
 */
async function decodeFast(params: { token?: string; secret: string | string[]; salt: string }) {
  if (!params.token) return null;
  const fast = typeof params.secret === 'string' ? decryptSessionToken(params.token, params.secret, params.salt) : undefined;
  return fast === undefined ? decode(params) : fast;
}

/**
 * The viewer behind a request's Auth.js session cookie (or `Authorization: Bearer`), checked
 * against the user row so that sign-out everywhere and account removal take effect at once.
 * The one session reader for route handlers, pages and sockets.
 */
export async function viewerFromHeaders(db: Db, headers: HeaderSource): Promise<Viewer | null> {
  const secureCookie = cookieHeader(headers).includes(`${SECURE_SESSION_COOKIE}=`);
  const token = await getToken({ req: { headers: headers as Headers }, secret: authSecret(), secureCookie, decode: decodeFast });
  if (!token?.sub || typeof token.sv !== 'number') return null;
  return loadViewer(db, token.sub, token.sv);
}

/** Mints a session token exactly as Auth.js does, for the JSON sign-in endpoint and tests. */
export async function mintSessionToken(viewer: Pick<Viewer, 'id' | 'email' | 'name' | 'sessionVersion'>, secure = false) {
  const salt = secure ? SECURE_SESSION_COOKIE : SESSION_COOKIE;
  return encode({
    salt,
    secret: authSecret(),
    maxAge: SESSION_MAX_AGE,
    token: { sub: viewer.id, email: viewer.email, name: viewer.name, sv: viewer.sessionVersion },
  });
}

export async function decodeSessionToken(token: string, secure = false) {
  return decode({ token, secret: authSecret(), salt: secure ? SECURE_SESSION_COOKIE : SESSION_COOKIE });
}

export function sessionCookie(value: string, secure: boolean, maxAge = SESSION_MAX_AGE): string {
  const name = secure ? SECURE_SESSION_COOKIE : SESSION_COOKIE;
  return [`${name}=${value}`, 'Path=/', 'HttpOnly', 'SameSite=Lax', `Max-Age=${maxAge}`, ...(secure ? ['Secure'] : [])].join('; ');
}
