import 'server-only';
import { cache } from 'react';
import { getDb } from '@/db/client';
import type { Viewer } from '@/lib/accounts/viewer';
import { listCircles } from '@/lib/circles/service';
import { getRestingUntil, listSupportRequests } from '@/lib/encouragement/service';
import { listNotifications } from '@/lib/notifications/service';

/** Her circles, read once per request: the shell and the home page both list them. */
export const myCircles = cache(async (viewer: Viewer) => listCircles(await getDb(), viewer));

/** What the app shell needs to be live on every page: her circles, open requests, unread count, rest. */
export async function loadShell(viewer: Viewer) {
  const db = await getDb();
  const circles = await myCircles(viewer);
  const memberOf = circles.filter((c) => c.myRole === 'member');
  const owned = circles.filter((c) => c.myRole === 'owner');
  const [requests, notes, restingUntil] = await Promise.all([
    Promise.all(memberOf.map((c) => listSupportRequests(db, viewer, c.id))),
    listNotifications(db, viewer, { limit: 1, unread: '1' }),
    owned.length ? getRestingUntil(db, viewer) : Promise.resolve(null),
  ]);
  return {
    memberCircleIds: memberOf.map((c) => c.id),
    ownedCircleIds: owned.map((c) => c.id),
    openRequests: requests.flatMap((r) => r.items).filter((r) => r.status === 'open'),
    unreadCount: notes.unreadCount,
    restingUntil,
  };
}
