'use client';
import { useCallback, useEffect, useRef, useState } from 'react';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import type { QuestionView } from '@/lib/questions/serialize';
import { useLiveConnection, useRealtimeEvent } from '@/lib/realtime/client';
import { durationText } from '../../questions/duration';
import { isSign } from '../../questions/options';
import { TagList, UrgentBadge } from '../../questions/question-card';

const HIGHLIGHT_MS = 6000;
const TICK_MS = 30_000;

/** Urgent first, then the longest waiting: the same order the server gives. */
function queueOrder(a: QuestionView, b: QuestionView) {
  if (a.urgent !== b.urgent) return a.urgent ? -1 : 1;
  return a.waitingSince.localeCompare(b.waitingSince);
}

/**
 * The open questions, kept live: a new one slides in at its place (urgent ones at the top), an
 * answered one leaves, and each shows how long she has been waiting, in words.
 */
export function QueueList({ initial }: { initial: QuestionView[] }) {
  const t = useTranslations('experts');
  const tq = useTranslations('questions');
  const live = useLiveConnection();
  const [items, setItems] = useState(() => [...initial].sort(queueOrder));
  const [fromServer, setFromServer] = useState(initial);
  // Until the first tick, the wait the server measured (the same text on both sides of hydration).
  const [now, setNow] = useState<number | null>(null);
  const [highlighted, setHighlighted] = useState<string[]>([]);
  const [announcement, setAnnouncement] = useState('');
  const timers = useRef(new Map<string, ReturnType<typeof setTimeout>>());

  if (fromServer !== initial) {
    setFromServer(initial);
    setItems([...initial].sort(queueOrder));
  }

  useEffect(() => {
    const tick = setInterval(() => setNow(Date.now()), TICK_MS);
    const first = setTimeout(() => setNow(Date.now()), 0);
    const pending = timers.current;
    return () => {
      clearInterval(tick);
      clearTimeout(first);
      pending.forEach((timer) => clearTimeout(timer));
    };
  }, []);

  const highlight = useCallback((id: string) => {
    setHighlighted((list) => (list.includes(id) ? list : [...list, id]));
    clearTimeout(timers.current.get(id));
    timers.current.set(
      id,
      setTimeout(() => setHighlighted((list) => list.filter((x) => x !== id)), HIGHLIGHT_MS),
    );
  }, []);

  const arrive = useCallback(
    (q: QuestionView) => {
      if (q.status !== 'open') return;
      setItems((list) => [...list.filter((x) => x.id !== q.id), q].sort(queueOrder));
      highlight(q.id);
      setAnnouncement(q.urgent ? t('queue.liveUrgent', { title: q.title }) : t('queue.liveNew', { title: q.title }));
    },
    [highlight, t],
  );

  useRealtimeEvent('question:created', arrive);
  useRealtimeEvent('question:updated', (e) => {
    if (e.status === 'answered') {
      const gone = items.find((x) => x.id === e.id);
      if (!gone) return;
      setItems((list) => list.filter((x) => x.id !== e.id));
      setAnnouncement(t('queue.liveAnswered', { title: gone.title }));
      return;
    }
    // A follow-up: new detail on a waiting question, or an answered one back in the list.
    const known = items.some((x) => x.id === e.id);
    fetch(`/api/v1/questions/${e.id}`, { credentials: 'same-origin' })
      .then((r) => (r.ok ? r.json() : null))
      .then((data: { question: QuestionView } | null) => {
        if (!data) return;
        if (!known) return arrive(data.question);
        setItems((list) => list.map((x) => (x.id === e.id ? data.question : x)).sort(queueOrder));
        highlight(e.id);
      })
      .catch(() => {});
  });

  const urgentCount = items.filter((q) => q.urgent).length;
  return (
    <section aria-labelledby="queue-title" data-testid="queue" data-live={live ? 'connected' : 'offline'} className="space-y-3">
      <h2 id="queue-title" className="flex flex-wrap items-baseline justify-between gap-x-3 text-lg font-semibold">
        {t('queue.count', { count: items.length })}
        {urgentCount > 0 && <span className="text-base font-bold text-danger">{t('queue.urgentCount', { count: urgentCount })}</span>}
      </h2>
      {items.length === 0 ? (
        <p className="rounded-2xl border border-dashed border-sand-300 px-4 py-3 text-muted">{t('queue.empty')}</p>
      ) : (
        <ol className="space-y-3">
          {items.map((q) => {
            const signs = (q.triageSigns ?? []).filter(isSign);
            const waited = now === null ? (q.waitingSeconds ?? 0) : Math.max(0, Math.round((now - new Date(q.waitingSince).getTime()) / 1000));
            return (
              <li
                key={q.id}
                data-testid="queue-item"
                data-question-id={q.id}
                data-urgent={q.urgent ? 'true' : 'false'}
                className={`space-y-2 rounded-2xl border p-4 transition-colors duration-1000 motion-reduce:transition-none ${
                  q.urgent ? 'border-2 border-danger bg-white' : 'border-sand-200 bg-white'
                } ${highlighted.includes(q.id) ? 'bg-accent-soft' : ''}`}
              >
                <div className="flex flex-wrap items-center gap-2">
                  {q.urgent && <UrgentBadge />}
                  <span className="text-sm font-semibold">{t('queue.waiting', { duration: durationText(tq, waited) })}</span>
                </div>
                {signs.length > 0 && (
                  <p className="text-sm font-semibold text-danger">
                    {tq('question.signsLabel')} {signs.map((s) => tq(`signs.${s}`)).join(', ')}
                  </p>
                )}
                <h3 className="text-lg leading-snug font-semibold break-words">{q.title}</h3>
                <p className="line-clamp-3 break-words text-muted">{q.body}</p>
                <p className="text-sm text-muted">{q.askedBy ? tq('askedBy', { name: q.askedBy.name }) : tq('askedBy', { name: tq('aMother') })}</p>
                <TagList tags={q.tags} />
                <Link
                  href={`/questions/${q.id}`}
                  className={`${q.urgent ? 'btn-danger' : 'btn-primary'} w-full`}
                  aria-label={t('queue.answerNamed', { title: q.title })}
                >
                  {t('queue.answer')}
                </Link>
              </li>
            );
          })}
        </ol>
      )}
      <p aria-live="polite" className="sr-only" data-testid="queue-announcement">
        {announcement}
      </p>
    </section>
  );
}
