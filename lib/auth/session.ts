import 'server-only';
import { decode, encode, getToken } from 'next-auth/jwt';
import type { Db } from '@/db/client';
import { loadViewer } from '@/lib/accounts/service';
import type { Viewer } from '@/lib/accounts/viewer';

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

/** Decoded session tokens, newest last: decoding derives a key with HKDF, then decrypts and checks a MAC. */
const decoded = new Map<string, Record<string, unknown>>();
const DECODED_MAX = 5_000;

/**
 * Auth.js's decode, remembered per token: the same cookie arrives on every request and socket of a
 * session, and decoding it was a tenth of the CPU an API request cost (docs/PERFORMANCE.md). A
 * remembered token still expires at its `exp`; the user row is read on every request regardless,
 * so signing out everywhere still takes effect at once.
 */
async function decodeRemembered(params: { token?: string; secret: string | string[]; salt: string }) {
  if (!params.token) return null;
  const key = `${params.salt}\u0000${String(params.secret)}\u0000${params.token}`;
  const hit = decoded.get(key);
  if (hit) {
    if (typeof hit.exp === 'number' && hit.exp * 1000 > Date.now()) {
      decoded.delete(key);
      decoded.set(key, hit);
      return hit;
    }
    decoded.delete(key);
  }
  const payload = await decode(params);
  if (payload && typeof payload.exp === 'number') {
    decoded.set(key, payload);
    if (decoded.size > DECODED_MAX) decoded.delete(decoded.keys().next().value!);
  }
  return payload;
}

/**
 * The viewer behind a request's Auth.js session cookie (or `Authorization: Bearer`), checked
 * against the user row so that sign-out everywhere and account removal take effect at once.
 * The one session reader for route handlers, pages and sockets.
 */
export async function viewerFromHeaders(db: Db, headers: HeaderSource): Promise<Viewer | null> {
  const secureCookie = cookieHeader(headers).includes(`${SECURE_SESSION_COOKIE}=`);
  const token = await getToken({ req: { headers: headers as Headers }, secret: authSecret(), secureCookie, decode: decodeRemembered });
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
