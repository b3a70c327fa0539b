'use client';
import { useCallback, useEffect, useState } from 'react';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import type { NotificationView } from '@/lib/notifications/service';
import { useRealtimeEvent } from '@/lib/realtime/client';

interface ToastNote {
  id: string;
  circleId: string;
  authorName: string;
  message: string;
}

const SHOW_MS = 8000;

/**
 * For the mother: a gentle pop-up when a note arrives, on any page. It never blocks her. It
 * follows her notifications rather than the circle's events, so while she rests the notes wait
 * with everything else and pop up when she wakes.
 */
export function EncouragementToasts({ ownedCircleIds }: { ownedCircleIds: string[] }) {
  const [toasts, setToasts] = useState<ToastNote[]>([]);
  useRealtimeEvent('notification:created', (n: NotificationView) => {
    if (n.kind !== 'encouragement' || !n.circleId || !ownedCircleIds.includes(n.circleId)) return;
    const note: ToastNote = { id: n.id, circleId: n.circleId, authorName: String(n.data.actorName ?? ''), message: String(n.data.message ?? '') };
    setToasts((list) => (list.some((x) => x.id === note.id) ? list : [...list, note].slice(-3)));
  });
  const dismiss = useCallback((id: string) => setToasts((list) => list.filter((x) => x.id !== id)), []);
  return (
    <div role="status" aria-live="polite" className="pointer-events-none fixed inset-x-0 bottom-20 z-50 mx-auto flex max-w-md flex-col gap-2 px-4 sm:bottom-6">
      {toasts.map((e) => (
        <Toast key={e.id} note={e} onDismiss={dismiss} />
      ))}
    </div>
  );
}

function Toast({ note, onDismiss }: { note: ToastNote; onDismiss: (id: string) => void }) {
  const t = useTranslations('encouragement');
  const [paused, setPaused] = useState(false);
  useEffect(() => {
    if (paused) return;
    const timer = setTimeout(() => onDismiss(note.id), SHOW_MS);
    return () => clearTimeout(timer);
  }, [paused, onDismiss, note.id]);
  return (
    <div
      data-testid="encouragement-toast"
      onMouseEnter={() => setPaused(true)}
      onMouseLeave={() => setPaused(false)}
      onFocus={() => setPaused(true)}
      onBlur={() => setPaused(false)}
      className="pointer-events-auto transition duration-300 starting:translate-y-2 starting:opacity-0 motion-reduce:transition-none rounded-2xl border border-sand-200 bg-white p-4 shadow-lg"
    >
      <p className="text-sm font-semibold text-accent-strong">{t('toastFrom', { name: note.authorName })}</p>
      <p className="mt-1 line-clamp-4 whitespace-pre-line break-words">{note.message}</p>
      <div className="mt-2 flex items-center justify-between gap-2">
        <Link href={`/circles/${note.circleId}/encouragement`} className="inline-flex min-h-11 items-center font-semibold text-accent-strong underline underline-offset-4">
          {t('toastOpen')}
        </Link>
        <button type="button" className="btn-secondary text-sm" onClick={() => onDismiss(note.id)}>
          {t('toastClose')}
        </button>
      </div>
    </div>
  );
}
