import type { NotificationView } from '@/lib/notifications/service';

type T = (key: string, values?: Record<string, string | number>) => string;

/** One sentence in the reader's language from a notification's kind and data. */
export function notificationText(t: T, tSupport: T, n: NotificationView): string {
  const d = n.data as Record<string, string | number | null>;
  const actor = String(d.actorName ?? '') || t('someone');
  const title = String(d.title ?? '');
  switch (n.kind) {
    case 'chore_claimed':
      return t('kinds.chore_claimed', { actor, title });
    case 'chore_done':
      return t('kinds.chore_done', { actor, title });
    case 'chore_lapsed':
      return t('kinds.chore_lapsed', { title });
    case 'chore_created':
      return t('kinds.chore_created', { actor, title });
    case 'encouragement':
      return t('kinds.encouragement', { actor });
    case 'support_requested':
      return t('kinds.support_requested', { actor, need: tSupport(`kinds.${String(d.kind ?? 'other')}`) });
    case 'support_answered':
      return t('kinds.support_answered', { actor, need: tSupport(`kinds.${String(d.kind ?? 'other')}`) });
    case 'member_joined':
      return t('kinds.member_joined', { actor });
    case 'checkin_shared':
      return t('kinds.checkin_shared', { actor, hours: Number(d.sleepHours ?? 0) });
    case 'trusted_alert':
      return t('kinds.trusted_alert', { actor });
    default:
      return t('kinds.other');
  }
}

/** Where a notification leads. */
export function notificationHref(n: NotificationView): string {
  if (!n.circleId) return '/notifications';
  if (n.kind === 'encouragement') return `/circles/${n.circleId}/encouragement`;
  if (n.kind === 'member_joined') return `/circles/${n.circleId}`;
  if (n.kind === 'support_requested' || n.kind === 'support_answered') return '/';
  return `/circles/${n.circleId}/chores`;
}
