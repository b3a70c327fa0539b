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
    case 'post_replied':
      return t('kinds.post_replied', { alias: String(d.alias ?? '') || t('someone') });
    case 'post_approved':
      return t('kinds.post_approved');
    case 'post_rejected':
      return t('kinds.post_rejected', { reason: String(d.reason ?? '') });
    case 'question_answered':
      return t('kinds.question_answered', { actor, title });
    case 'question_followup':
      return t('kinds.question_followup');
    case 'expert_decision':
      return t('kinds.expert_decision', { status: String(d.status ?? 'other'), reason: String(d.reason ?? '') });
    default:
      return t('kinds.other');
  }
}

/** Where a notification leads. */
export function notificationHref(n: NotificationView): string {
  const d = n.data as Record<string, string | number | null>;
  if ((n.kind === 'post_replied' || n.kind === 'post_approved' || n.kind === 'post_rejected') && d.groupId && d.postId) {
    return n.kind === 'post_rejected' ? `/groups/${d.groupId}` : `/groups/${d.groupId}/posts/${d.postId}`;
  }
  if ((n.kind === 'question_answered' || n.kind === 'question_followup') && d.questionId) return `/questions/${d.questionId}`;
  if (n.kind === 'expert_decision') return '/experts/apply';
  if (!n.circleId) return '/notifications';
  if (n.kind === 'encouragement') return `/circles/${n.circleId}/encouragement`;
  if (n.kind === 'member_joined') return `/circles/${n.circleId}`;
  if (n.kind === 'support_requested' || n.kind === 'support_answered') return '/';
  return `/circles/${n.circleId}/chores`;
}
