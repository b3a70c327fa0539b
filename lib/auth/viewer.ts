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

export async function requireViewer(): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) redirect('/sign-in');
  return viewer;
}
