'use client';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useFormatter, useTranslations } from 'next-intl';
import type { ChoreView } from '@/lib/chores/serialize';
import { CIRCLE_TIME_ZONE, localDayBounds } from '@/lib/chores/time';
import { useLiveConnection, useRealtimeEvent } from '@/lib/realtime/client';
import { useRestingUntil } from '../../../_live/rest';
import { AddChoreForm } from './add-chore-form';
import { ChoreCard } from './chore-card';
import { ChoreTemplates, type TemplateOption } from './chore-templates';

interface Props {
  circleId: string;
  viewerId: string;
  isOwner: boolean;
  motherName: string;
  initialChores: ChoreView[];
  initialRestingUntil: string | null;
  templates: TemplateOption[];
}

const HIGHLIGHT_MS = 2500;

/** Today's board: what is due today (or any time) and not done, and what was done today. */
function onToday(c: ChoreView, now = new Date()) {
  const { start, end } = localDayBounds(now, CIRCLE_TIME_ZONE);
  if (c.status === 'done') return c.completedAt !== null && new Date(c.completedAt) >= start;
  return c.dueAt === null || new Date(c.dueAt) < end;
}

function byDue(a: ChoreView, b: ChoreView) {
  if (a.dueAt && b.dueAt) return a.dueAt.localeCompare(b.dueAt);
  if (a.dueAt) return -1;
  if (b.dueAt) return 1;
  return a.createdAt.localeCompare(b.createdAt);
}

/** The board, kept live: someone claims, finishes or adds a chore and it shows here within a blink. */
export function ChoreBoard({ circleId, viewerId, isOwner, motherName, initialChores, initialRestingUntil, templates }: Props) {
  const t = useTranslations('chores');
  const format = useFormatter();
  const live = useLiveConnection();
  const [chores, setChores] = useState(initialChores);
  const [fromServer, setFromServer] = useState(initialChores);
  const [highlighted, setHighlighted] = useState<string[]>([]);
  const [announcement, setAnnouncement] = useState('');
  const [restingUntil] = useRestingUntil([circleId], initialRestingUntil);
  const timers = useRef(new Map<string, ReturnType<typeof setTimeout>>());

  // A refresh from the server (after a reconnect) brings the whole board again.
  if (fromServer !== initialChores) {
    setFromServer(initialChores);
    setChores(initialChores);
  }

  useEffect(() => {
    const pending = timers.current;
    return () => pending.forEach((timer) => clearTimeout(timer));
  }, []);

  const highlight = useCallback((id: string) => {
    setHighlighted((list) => (list.includes(id) ? list : [...list, id]));
    clearTimeout(timers.current.get(id));
    timers.current.set(
      id,
      setTimeout(() => setHighlighted((list) => list.filter((x) => x !== id)), HIGHLIGHT_MS),
    );
  }, []);

  /** Merges a newer version of a chore; an older one changes nothing. */
  const merge = useCallback((c: ChoreView) => {
    setChores((list) => {
      const current = list.find((x) => x.id === c.id);
      if (!current) return onToday(c) ? [...list, c] : list;
      if (current.updatedAt > c.updatedAt) return list;
      return list.map((x) => (x.id === c.id ? c : x));
    });
  }, []);

  function fromOthers(c: ChoreView) {
    if (c.circleId !== circleId) return;
    const current = chores.find((x) => x.id === c.id);
    if (current ? current.updatedAt >= c.updatedAt && current.status === c.status : !onToday(c)) return;
    merge(c);
    highlight(c.id);
    if (c.status === 'claimed' && c.claimedBy && c.claimedBy.id !== viewerId) setAnnouncement(t('liveClaimed', { name: c.claimedBy.name, title: c.title }));
    else if (c.status === 'done' && c.completedBy && c.completedBy.id !== viewerId) setAnnouncement(t('liveDone', { name: c.completedBy.name, title: c.title }));
    else if (!current) setAnnouncement(t('liveAdded', { title: c.title }));
  }

  useRealtimeEvent('chore:created', fromOthers);
  useRealtimeEvent('chore:updated', fromOthers);
  useRealtimeEvent('chore:deleted', (e) => {
    if (e.circleId === circleId) setChores((list) => list.filter((x) => x.id !== e.id));
  });

  const visible = chores.filter((c) => onToday(c));
  const groups = [
    { key: 'open', items: visible.filter((c) => c.status === 'open').sort(byDue) },
    { key: 'claimed', items: visible.filter((c) => c.status === 'claimed').sort(byDue) },
    { key: 'done', items: visible.filter((c) => c.status === 'done').sort((a, b) => (b.completedAt ?? '').localeCompare(a.completedAt ?? '')) },
  ] as const;
  const restTime = restingUntil ? format.dateTime(new Date(restingUntil), { hour: '2-digit', minute: '2-digit' }) : '';

  return (
    <div className="space-y-6">
      {restingUntil && (
        <div data-testid="rest-banner" role="status" className="rounded-2xl border border-sand-300 bg-sand-50 p-4">
          <p className="font-semibold">{isOwner ? t('restBannerOwner', { time: restTime }) : t('restBanner', { name: motherName, time: restTime })}</p>
          {!isOwner && <p className="mt-1 text-sm text-muted">{t('restVisitsOff')}</p>}
        </div>
      )}

      <div data-testid="chore-board" data-live={live ? 'connected' : 'offline'} className="space-y-6">
        {groups.map((g) => (
          <section key={g.key} aria-labelledby={`group-${g.key}`}>
            <h2 id={`group-${g.key}`} className="mb-2 flex items-baseline justify-between text-lg font-semibold">
              {t(`groups.${g.key}`)}
              <span className="text-sm font-normal text-muted">{t('count', { count: g.items.length })}</span>
            </h2>
            {g.items.length === 0 ? (
              <p className="rounded-2xl border border-dashed border-sand-300 px-4 py-3 text-muted">{t(`empty.${g.key}`)}</p>
            ) : (
              <ul className="space-y-3">
                {g.items.map((c) => (
                  <ChoreCard key={c.id} chore={c} viewerId={viewerId} isOwner={isOwner} highlighted={highlighted.includes(c.id)} onChange={merge} />
                ))}
              </ul>
            )}
          </section>
        ))}
      </div>
      <p aria-live="polite" className="sr-only">
        {announcement}
      </p>

      <ChoreTemplates circleId={circleId} templates={templates} visitsOff={Boolean(restingUntil)} collapsed={isOwner} onAdded={merge} />
      <AddChoreForm circleId={circleId} onAdded={merge} />
    </div>
  );
}
