'use client';
import { useState } from 'react';
import Link from 'next/link';
import { useFormatter, useTranslations } from 'next-intl';
import type { NotificationView } from '@/lib/notifications/service';
import { useLiveConnection, useRealtimeEvent } from '@/lib/realtime/client';
import { SubmitButton } from '@/components/submit-button';
import { markAllReadAction } from '../_live/actions';
import { notificationHref, notificationText } from '../_live/notification-text';

/** Everything the circle did for her, newest first; new ones arrive live, each exactly once. */
export function NotificationList({ initialItems, initialUnread }: { initialItems: NotificationView[]; initialUnread: number }) {
  const t = useTranslations('notifications');
  const tSupport = useTranslations('support');
  const format = useFormatter();
  const live = useLiveConnection();
  const [items, setItems] = useState(initialItems);
  const [fromServer, setFromServer] = useState(initialItems);
  if (fromServer !== initialItems) {
    // After a reconnect the server's list is the truth; keep live ones it does not have yet.
    setFromServer(initialItems);
    setItems((list) => [...list.filter((x) => !initialItems.some((y) => y.id === x.id) && x.deliveredAt > (initialItems[0]?.deliveredAt ?? '')), ...initialItems]);
  }
  useRealtimeEvent('notification:created', (n) => {
    setItems((list) => (list.some((x) => x.id === n.id) ? list : [n, ...list]));
  });
  const unread = items.filter((n) => !n.read).length;

  async function markAll(formData: FormData) {
    const res = await markAllReadAction({ status: 'idle' }, formData);
    if (res.status === 'success') setItems((list) => list.map((n) => ({ ...n, read: true })));
  }

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p role="status" className="font-semibold">
          {unread > 0 || initialUnread > 0 ? t('unread', { count: unread }) : t('allRead')}
        </p>
        {unread > 0 && (
          <form action={markAll}>
            <SubmitButton className="btn-secondary" pendingLabel={t('marking')}>
              {t('markAll')}
            </SubmitButton>
          </form>
        )}
      </div>
      {items.length === 0 ? (
        <p className="rounded-2xl border border-dashed border-sand-300 px-4 py-3 text-muted">{t('empty')}</p>
      ) : (
        <ul data-testid="notification-list" data-live={live ? 'connected' : 'offline'} className="divide-y divide-sand-200 rounded-2xl border border-sand-200 bg-white">
          {items.map((n) => (
            <li key={n.id} data-testid="notification-item" data-read={n.read ? 'true' : 'false'}>
              <Link href={notificationHref(n)} className={`flex min-h-14 items-start gap-3 px-4 py-3 hover:bg-sand-50 ${n.read ? '' : 'bg-accent-soft/40'}`}>
                <span aria-hidden="true" className={`mt-2 size-2.5 shrink-0 rounded-full ${n.read ? 'bg-transparent' : 'bg-accent'}`} />
                <span className="min-w-0 flex-1">
                  <span className={`block break-words ${n.read ? '' : 'font-semibold'}`}>
                    {!n.read && <span className="sr-only">{t('new')} </span>}
                    {notificationText(t, tSupport, n)}
                  </span>
                  <time dateTime={n.deliveredAt} className="text-sm text-muted">
                    {format.dateTime(new Date(n.deliveredAt), { weekday: 'short', hour: '2-digit', minute: '2-digit' })}
                  </time>
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
