import { getEnv } from '@/lib/env';

/** The app's public origin: APP_URL when set, otherwise what the request was addressed to. */
export function baseUrlFrom(headers: Headers, fallbackUrl?: string): string {
  const env = getEnv();
  if (env.APP_URL) return env.APP_URL.replace(/\/$/, '');
  const host = (env.TRUST_PROXY && headers.get('x-forwarded-host')) || headers.get('host');
  const proto = (env.TRUST_PROXY && headers.get('x-forwarded-proto')) || (fallbackUrl ? new URL(fallbackUrl).protocol.replace(':', '') : 'http');
  if (host) return `${proto}://${host}`;
  return fallbackUrl ? new URL(fallbackUrl).origin : `http://localhost:${env.PORT}`;
}
