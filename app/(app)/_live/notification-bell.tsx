'use client';
import { useRef, useState } from 'react';
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { BellIcon } from '@/components/icons';
import { useLiveConnection, useRealtimeEvent } from '@/lib/realtime/client';

/** The bell in the header: unread count from the server, raised live, each notification counted once. */
export function NotificationBell({ initialUnread }: { initialUnread: number }) {
  const t = useTranslations('notifications');
  const pathname = usePathname();
  useLiveConnection();
  const [count, setCount] = useState(initialUnread);
  const [fromServer, setFromServer] = useState(initialUnread);
  const seen = useRef(new Set<string>());
  // A fresh server count (navigation, refresh after reconnect, "mark all read") replaces ours.
  if (fromServer !== initialUnread) {
    setFromServer(initialUnread);
    setCount(initialUnread);
  }
  useRealtimeEvent('notification:created', (n) => {
    if (seen.current.has(n.id) || n.read) return;
    seen.current.add(n.id);
    setCount((c) => c + 1);
  });
  const label = count > 0 ? t('bellUnread', { count }) : t('bell');
  return (
    <Link
      href="/notifications"
      aria-label={label}
      aria-current={pathname === '/notifications' ? 'page' : undefined}
      className="btn relative rounded-full border border-sand-300 bg-white px-2.5 text-ink aria-[current=page]:border-accent aria-[current=page]:bg-accent-soft"
    >
      <BellIcon />
      {count > 0 && (
        <span
          data-testid="notification-badge"
          aria-hidden="true"
          className="absolute -right-1.5 -top-1.5 inline-flex min-w-6 items-center justify-center rounded-full bg-accent px-1.5 text-xs font-bold leading-6 text-white"
        >
          {count > 99 ? '99+' : count}
        </span>
      )}
    </Link>
  );
}
