import 'server-only';
import type { Db } from '@/db/client';
import type { Viewer } from '@/lib/accounts/viewer';
import { todayLocal } from '@/lib/checkins/service';
import { CHORE_TEMPLATES } from '@/lib/chores/templates';
import { listNotifications } from '@/lib/notifications/service';
import type { SharedCheckin } from './shared-card';

/** Today's latest shared summary for a circle, from the viewer's own notifications (what she was sent). */
export async function latestSharedCheckin(db: Db, viewer: Viewer, circleId: string): Promise<SharedCheckin | null> {
  const { items } = await listNotifications(db, viewer, { limit: 30 });
  const today = todayLocal();
  const n = items.find((x) => x.kind === 'checkin_shared' && x.circleId === circleId && todayLocal(new Date(x.createdAt)) === today);
  if (!n || n.actorId === viewer.id) return null;
  const d = n.data as { actorName?: string; sleepHours?: number; suggestion?: string | null };
  return { id: n.id, circleId, user: { id: n.actorId ?? '', name: d.actorName ?? '' }, sleepHours: Number(d.sleepHours ?? 0), suggestionTemplateKey: d.suggestion ?? null };
}

export function templateTitles(locale: 'vi' | 'en'): Record<string, string> {
  return Object.fromEntries(CHORE_TEMPLATES.map((tpl) => [tpl.key, tpl.title[locale]]));
}
