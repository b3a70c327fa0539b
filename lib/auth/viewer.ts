import 'server-only';
import { cache } from 'react';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { getDb } from '@/db/client';
import type { Viewer } from '@/lib/accounts/viewer';
import { viewerFromHeaders } from './session';

/** The signed-in viewer of this request (pages, layouts, server actions), read once per request. */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  return viewerFromHeaders(await getDb(), await headers());
});

/**
 * A path on this site to return to after signing in; anything else (absolute URLs,
 * protocol-relative `//host`, backslash tricks) falls back to `/`.
 */
export function safeNextPath(value: unknown, fallback = '/'): string {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//') || value.includes('\\')) return fallback;
  return value;
}

/** The viewer, or a redirect to sign-in that brings her back to `next` afterwards. */
export async function requireViewer(next?: string): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) redirect(next ? `/sign-in?next=${encodeURIComponent(safeNextPath(next))}` : '/sign-in');
  return viewer;
}
