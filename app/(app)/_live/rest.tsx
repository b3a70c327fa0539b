'use client';
import { useState } from 'react';
import { useFormatter, useTranslations } from 'next-intl';
import { useRealtimeEvent } from '@/lib/realtime/client';
import { MoonIcon } from '@/components/icons';
import { SubmitButton } from '@/components/submit-button';
import { endRestAction, startRestAction } from './actions';

/** Rest state of one circle's mother, kept current by `circle:rest`. */
export function useRestingUntil(circleIds: string[], initial: string | null) {
  const [until, setUntil] = useState(initial);
  const [fromServer, setFromServer] = useState(initial);
  if (fromServer !== initial) {
    setFromServer(initial);
    setUntil(initial);
  }
  useRealtimeEvent('circle:rest', (e) => {
    if (circleIds.includes(e.circleId)) setUntil(e.restingUntil);
  });
  // The server only sends a future time; when it runs out the sweeper announces `null`.
  return [until, setUntil] as const;
}

/** Her header while she rests: calm, one line, with "I'm awake". */
export function RestIndicator({ circleIds, initialUntil }: { circleIds: string[]; initialUntil: string | null }) {
  const t = useTranslations('rest');
  const format = useFormatter();
  const [until, setUntil] = useRestingUntil(circleIds, initialUntil);
  if (!until || circleIds.length === 0) return null;
  async function wake(formData: FormData) {
    const res = await endRestAction({ status: 'idle' }, formData);
    if (res.status === 'success') setUntil(null);
  }
  return (
    <div data-testid="rest-status" className="border-b border-sand-200 bg-sand-50">
      <form action={wake} className="mx-auto flex max-w-2xl items-center justify-between gap-3 px-4 py-1.5">
        <input type="hidden" name="circleId" value={circleIds[0]} />
        <p className="flex items-center gap-2 text-sm font-semibold">
          <MoonIcon />
          {t('youRestUntil', { time: format.dateTime(new Date(until), { hour: '2-digit', minute: '2-digit' }) })}
        </p>
        <SubmitButton className="btn-secondary shrink-0 text-sm" pendingLabel={t('waking')}>
          {t('awake')}
        </SubmitButton>
      </form>
    </div>
  );
}

const QUICK = [1, 2, 3] as const;

/**
 * The mother's rest control: 1 h, 2 h, 3 h or until a time (at most 12 h); "I'm awake" ends it.
 * `hourLabels` ("1 hour", "2 hours", "3 hours"), when the server page passes them, spare the phone
 * its first plural formatting while the page comes alive.
 */
export function RestControl({ circleId, initialUntil, hourLabels }: { circleId: string; initialUntil: string | null; hourLabels?: string[] }) {
  const t = useTranslations('rest');
  const format = useFormatter();
  const [until, setUntil] = useRestingUntil([circleId], initialUntil);
  const [error, setError] = useState<string>();
  async function start(formData: FormData) {
    const res = await startRestAction({ status: 'idle' }, formData);
    if (res.status === 'success' && res.data) {
      setUntil(res.data.restingUntil);
      setError(undefined);
    } else setError(res.fields?.until ?? res.fields?.time ?? res.message);
  }
  async function wake(formData: FormData) {
    const res = await endRestAction({ status: 'idle' }, formData);
    if (res.status === 'success') setUntil(null);
  }
  if (until) {
    return (
      <section aria-labelledby="rest-title" className="card space-y-3 bg-sand-50">
        <h2 id="rest-title" className="flex items-center gap-2 text-lg font-semibold">
          <MoonIcon />
          {t('youRestUntil', { time: format.dateTime(new Date(until), { hour: '2-digit', minute: '2-digit' }) })}
        </h2>
        <p className="text-muted">{t('restingLead')}</p>
        <form action={wake}>
          <input type="hidden" name="circleId" value={circleId} />
          <SubmitButton className="btn-secondary w-full" pendingLabel={t('waking')}>
            {t('awake')}
          </SubmitButton>
        </form>
      </section>
    );
  }
  return (
    <section aria-labelledby="rest-title" className="card space-y-3">
      <h2 id="rest-title" className="text-lg font-semibold">
        {t('title')}
      </h2>
      <p className="text-muted">{t('lead')}</p>
      {error && (
        <p role="alert" className="rounded-xl bg-danger-soft px-4 py-3 text-sm font-semibold text-danger">
          {error}
        </p>
      )}
      <form action={start} className="grid grid-cols-3 gap-2">
        <input type="hidden" name="circleId" value={circleId} />
        {QUICK.map((h, i) => (
          <button key={h} type="submit" name="hours" value={h} className="btn-secondary">
            {hourLabels?.[i] ?? t('hours', { count: h })}
          </button>
        ))}
      </form>
      <form action={start} className="flex items-end gap-2">
        <input type="hidden" name="circleId" value={circleId} />
        <div className="min-w-0 flex-1">
          <label htmlFor={`rest-time-${circleId}`} className="field-label">
            {t('untilLabel')}
          </label>
          <input id={`rest-time-${circleId}`} name="time" type="time" required className="field-input" />
        </div>
        <SubmitButton className="btn-primary shrink-0" pendingLabel={t('starting')}>
          {t('start')}
        </SubmitButton>
      </form>
      <p className="text-sm text-muted">{t('max')}</p>
    </section>
  );
}
