import type { ChoreView } from '@/lib/chores/serialize';
import type { CircleMemberView } from '@/lib/circles/serialize';
import type { EncouragementView, SupportRequestView } from '@/lib/encouragement/serialize';
import type { PostView } from '@/lib/groups/serialize';
import type { AnswerView, QuestionView } from '@/lib/questions/serialize';
import type { NotificationView } from '@/lib/notifications/service';

/** Every live event, with the record it carries (as the API returns it). */
export interface ServerEvents {
  /**
   * Sent to each new connection through the adapter, so that it carries a recovery offset: a
   * client that has heard nothing else can still have its session recovered after a drop (missed
   * events replayed) instead of reloading what it shows. Clients may ignore it.
   */
  'live:ready': { at: string };
  'circle:member_joined': CircleMemberView & { circleId: string };
  'circle:member_left': { circleId: string; userId: string; reason: 'left' | 'removed' };
  'circle:rest': { circleId: string; restingUntil: string | null };
  'chore:created': ChoreView;
  'chore:updated': ChoreView;
  'chore:deleted': { id: string; circleId: string };
  'encouragement:created': EncouragementView;
  'encouragement:reacted': EncouragementView;
  'support:requested': SupportRequestView;
  'support:answered': SupportRequestView;
  'notification:created': NotificationView;
  'post:created': PostView;
  'post:replied': PostView;
  'post:updated': PostView;
  'post:hidden': { id: string; groupId: string; parentId: string | null };
  'moderation:queued': { postId: string; groupId: string; reason: 'comparison' | 'watched_word' | 'new_account' | 'flags' };
  'moderation:decided': { id: string; postId: string; status: 'pending' | 'approved' | 'rejected' };
  'question:created': QuestionView;
  'question:updated': { id: string; status: 'open' | 'answered'; urgent: boolean };
  'question:answered': { question: QuestionView; answer: AnswerView };
  'checkin:shared': {
    id: string;
    circleId: string;
    user: { id: string; name: string };
    date: string;
    sleepHours: number;
    suggestionTemplateKey: string | null;
    createdAt: string;
  };
}
