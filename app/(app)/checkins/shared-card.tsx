'use client';
import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { useRealtimeEvent } from '@/lib/realtime/client';
import type { ServerEvents } from '@/lib/realtime/events';
import { addTemplateAction } from '../circles/[circleId]/chores/actions';

export type SharedCheckin = Pick<ServerEvents['checkin:shared'], 'id' | 'circleId' | 'user' | 'sleepHours' | 'suggestionTemplateKey'>;

/**
 * What the family sees when she shares how she slept: the hours and one chore that would help,
 * added in one tap. Nothing else of her check-in ever reaches them.
 */
export function SharedCheckinCard({
  circleId,
  viewerId,
  initial,
  templateTitles,
}: {
  circleId: string;
  viewerId: string;
  initial: SharedCheckin | null;
  templateTitles: Record<string, string>;
}) {
  const t = useTranslations('checkins');
  const [shared, setShared] = useState<SharedCheckin | null>(initial);
  const [state, setState] = useState<'idle' | 'adding' | 'added' | 'failed'>('idle');

  useRealtimeEvent('checkin:shared', (s) => {
    if (s.circleId !== circleId || s.user.id === viewerId) return;
    setShared(s);
    setState('idle');
  });

  if (!shared) return null;
  const key = shared.suggestionTemplateKey;
  const title = key ? templateTitles[key] : undefined;

  async function add() {
    if (!key) return;
    setState('adding');
    const form = new FormData();
    form.set('circleId', circleId);
    form.set('templateKey', key);
    const res = await addTemplateAction({ status: 'idle' }, form);
    setState(res.status === 'success' ? 'added' : 'failed');
  }

  return (
    <section data-testid="checkin-shared-card" aria-live="polite" className="card space-y-3 border-l-4 border-l-accent">
      <p className="text-lg font-semibold">{t('sharedCard', { name: shared.user.name, hours: shared.sleepHours })}</p>
      {title &&
        (state === 'added' ? (
          <p role="status" className="rounded-xl bg-ok-soft px-4 py-3 font-semibold text-ok">
            {t('sharedAdded')}
          </p>
        ) : (
          <button type="button" className="btn-primary w-full" disabled={state === 'adding'} onClick={add}>
            {state === 'adding' ? t('sharedAdding') : t('sharedAdd', { title })}
          </button>
        ))}
      {state === 'failed' && (
        <p role="alert" className="text-sm font-semibold text-danger">
          {t('shareFailed')}
        </p>
      )}
    </section>
  );
}
