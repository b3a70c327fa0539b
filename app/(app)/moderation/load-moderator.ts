import 'server-only';
import { notFound } from 'next/navigation';
import type { Viewer } from '@/lib/accounts/viewer';
import { getViewer, requireViewer } from '@/lib/auth/viewer';
import { isModerator } from '@/lib/groups/service';

/** The moderator viewing this page; for anyone else the page does not exist (as admin pages do). */
export async function requireModeratorPage(path: string): Promise<Viewer> {
  const viewer = await requireViewer(path);
  if (!isModerator(viewer)) notFound();
  return viewer;
}

/** For generateMetadata: a title only for those who may see the page. */
export async function viewerIsModerator(): Promise<boolean> {
  const viewer = await getViewer();
  return Boolean(viewer && isModerator(viewer));
}
