'use client';
import { useEffect, useRef, useState, useTransition } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useRealtimeEvent } from '@/lib/realtime/client';
import { QueueCard, type QueueItem } from './queue-card';

interface Props {
  initialItems: QueueItem[];
  total: number;
}

/**
 * The queue, oldest first. A decided card leaves at once with a spoken confirmation, and focus
 * moves to the next card, so a moderator can work down the list with one thumb.
 */
export function QueueList({ initialItems, total }: Props) {
  const t = useTranslations('moderation');
  const router = useRouter();
  const [refreshing, startRefresh] = useTransition();
  const [gone, setGone] = useState<string[]>([]);
  const [announcement, setAnnouncement] = useState('');
  const [focusNext, setFocusNext] = useState<string | null>(null);
  const statusRef = useRef<HTMLParagraphElement>(null);

  // A refresh brings the server's list; what was decided here stays out of it.
  const items = initialItems.filter((i) => !gone.includes(i.id));
  const pending = Math.max(0, total - initialItems.filter((i) => gone.includes(i.id)).length);

  useEffect(() => {
    if (!focusNext) return;
    const target = focusNext === 'status' ? statusRef.current : document.getElementById(`item-${focusNext}-title`);
    target?.focus();
  }, [focusNext]);

  // Live: a post held or flagged anywhere, or decided by another moderator, refreshes the list.
  const refreshTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const refreshSoon = (message?: string) => {
    clearTimeout(refreshTimer.current);
    refreshTimer.current = setTimeout(() => startRefresh(() => router.refresh()), 300);
    if (message) setAnnouncement(message);
  };
  useRealtimeEvent('moderation:queued', () => refreshSoon(t('liveNew')));
  useRealtimeEvent('moderation:decided', () => refreshSoon());

  function done(id: string, message: string) {
    const index = items.findIndex((i) => i.id === id);
    const next = items[index + 1] ?? items[index - 1];
    setGone((list) => [...list, id]);
    setAnnouncement(message);
    setFocusNext(next ? next.id : 'status');
  }

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p ref={statusRef} tabIndex={-1} data-testid="queue-count" className="text-lg font-semibold">
          {t('pending', { count: pending })}
        </p>
        <button type="button" onClick={() => startRefresh(() => router.refresh())} className="btn-secondary text-sm" disabled={refreshing}>
          {refreshing ? t('refreshing') : t('refresh')}
        </button>
      </div>
      <p data-testid="queue-announcement" role="status" aria-live="polite" className={announcement ? 'rounded-xl bg-ok-soft px-4 py-3 font-semibold text-ok' : 'sr-only'}>
        {announcement}
      </p>
      {items.length === 0 ? (
        <p className="rounded-2xl border border-dashed border-sand-300 px-4 py-6 text-center text-muted">{t('empty')}</p>
      ) : (
        <>
          {pending > items.length && <p className="text-sm text-muted">{t('showingOldest', { shown: items.length, count: pending })}</p>}
          <ul className="space-y-4" data-testid="queue-list">
            {items.map((item) => (
              <QueueCard key={item.id} item={item} onDone={done} announce={setAnnouncement} />
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
