'use client';
import { useState } from 'react';
import { useTranslations } from 'next-intl';

const newKey = () => (typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(36).slice(2)}`);

type State = { status: 'idle' | 'sending' | 'sent' | 'failed'; circle?: string };

/** "Tell my family how I slept": only the hours and a helping chore go out, never her answers. */
export function ShareCheckin({ circles, date, name, hours }: { circles: { id: string; name: string }[]; date?: string; name: string; hours: number }) {
  const t = useTranslations('checkins');
  const [state, setState] = useState<State>({ status: 'idle' });

  async function share(circle: { id: string; name: string }) {
    setState({ status: 'sending', circle: circle.id });
    try {
      const res = await fetch('/api/v1/checkins/share', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'Idempotency-Key': newKey() },
        body: JSON.stringify({ circleId: circle.id, ...(date ? { date } : {}) }),
        credentials: 'same-origin',
      });
      setState(res.ok ? { status: 'sent', circle: circle.name } : { status: 'failed' });
    } catch {
      setState({ status: 'failed' });
    }
  }

  return (
    <div data-testid="share-checkin" className="space-y-2 border-t border-sand-200 pt-4">
      <h3 className="font-semibold">{t('shareTitle')}</h3>
      <p className="text-sm text-muted">{t('shareLead', { name, hours })}</p>
      {state.status === 'sent' ? (
        <p role="status" className="rounded-xl bg-ok-soft px-4 py-3 font-semibold text-ok">
          {t('shared', { circle: state.circle ?? '' })}
        </p>
      ) : (
        circles.map((c) => (
          <button key={c.id} type="button" className="btn-primary w-full" disabled={state.status === 'sending'} onClick={() => share(c)}>
            {state.status === 'sending' && state.circle === c.id ? t('sharing') : t('shareButton', { circle: c.name })}
          </button>
        ))
      )}
      {state.status === 'failed' && (
        <p role="alert" className="text-sm font-semibold text-danger">
          {t('shareFailed')}
        </p>
      )}
    </div>
  );
}
