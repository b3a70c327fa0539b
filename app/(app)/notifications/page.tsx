import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { requireViewer } from '@/lib/auth/viewer';
import { listNotifications } from '@/lib/notifications/service';
import { NotificationList } from './notification-list';

export async function generateMetadata() {
  return { title: (await getTranslations('notifications'))('title') };
}

export default async function NotificationsPage() {
  const viewer = await requireViewer('/notifications');
  const t = await getTranslations('notifications');
  const { items, unreadCount } = await listNotifications(await getDb(), viewer, { limit: 50 });
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <p className="mt-1 text-muted">{t('lead')}</p>
      </div>
      <NotificationList initialItems={items} initialUnread={unreadCount} />
    </div>
  );
}
