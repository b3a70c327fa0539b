'use client';
import { useState } from 'react';
import { useFormatter, useTranslations } from 'next-intl';
import type { SupportRequestView } from '@/lib/encouragement/serialize';
import { useRealtimeEvent } from '@/lib/realtime/client';
import { PendingButton } from '@/components/pending-button';
import { SubmitButton } from '@/components/submit-button';
import { useFormSubmit } from '@/components/use-form-submit';
import { cancelSupportAction, requestSupportAction } from './actions';

export const SUPPORT_KINDS = ['rest', 'food', 'hold_baby', 'company', 'ride', 'other'] as const;

/**
 * The mother's "I need…": one tap on what she needs (a note if she likes), then she sees who
 * answered, live. An unanswered request can be withdrawn.
 */
export function SupportPanel({ circleId, initialRequests }: { circleId: string; initialRequests: SupportRequestView[] }) {
  const t = useTranslations('support');
  const format = useFormatter();
  const [requests, setRequests] = useState(initialRequests);
  const [kind, setKind] = useState<string>();
  const [error, setError] = useState<string>();
  const upsert = (r: SupportRequestView) => setRequests((list) => (list.some((x) => x.id === r.id) ? list.map((x) => (x.id === r.id ? r : x)) : [r, ...list]));
  useRealtimeEvent('support:answered', (r) => {
    if (r.circleId === circleId) upsert(r);
  });

  async function ask(formData: FormData) {
    const res = await requestSupportAction({ status: 'idle' }, formData);
    if (res.status === 'success' && res.data) {
      upsert(res.data);
      setKind(undefined);
      setError(undefined);
    } else setError(res.fields?.kind ?? res.fields?.note ?? res.message);
  }
  const asking = useFormSubmit(ask);
  async function cancel(formData: FormData) {
    const res = await cancelSupportAction({ status: 'idle' }, formData);
    if (res.status === 'success' && res.data) upsert(res.data);
  }

  const latestAnswer = requests.find((r) => r.status === 'answered');
  const shown = requests.filter((r) => r.status === 'open' || r === latestAnswer);
  return (
    <section aria-labelledby={`need-${circleId}`} className="card space-y-4">
      <h2 id={`need-${circleId}`} className="text-lg font-semibold">
        {t('panelTitle')}
      </h2>
      {shown.map((r) => (
        <div
          key={r.id}
          data-testid="support-status"
          data-status={r.status}
          role="status"
          className={`rounded-xl p-3 ${r.status === 'answered' ? 'bg-ok-soft' : 'bg-accent-soft'}`}
        >
          <p className="font-semibold">
            {t('youAsked', { need: t(`kinds.${r.kind}`) })}{' '}
            <span className="font-normal text-muted">· {format.dateTime(new Date(r.createdAt), { hour: '2-digit', minute: '2-digit' })}</span>
          </p>
          {r.status === 'answered' && r.answeredBy ? (
            <p className="mt-1 font-semibold text-ok">{t('answeredBy', { name: r.answeredBy.name })}</p>
          ) : (
            <form action={cancel} className="mt-1 flex flex-wrap items-center justify-between gap-2">
              <input type="hidden" name="id" value={r.id} />
              <p>{t('waiting')}</p>
              <SubmitButton className="btn-secondary text-sm" pendingLabel={t('cancelling')}>
                {t('cancel')}
              </SubmitButton>
            </form>
          )}
        </div>
      ))}
      <form onSubmit={asking.onSubmit} className="space-y-3">
        <input type="hidden" name="circleId" value={circleId} />
        <fieldset>
          <legend className="field-label">{t('needLegend')}</legend>
          <div className="grid grid-cols-2 gap-2">
            {SUPPORT_KINDS.map((k) => (
              <label
                key={k}
                className="flex min-h-14 items-center gap-2 rounded-xl border border-sand-300 bg-white px-3 py-2 font-semibold has-checked:border-accent has-checked:bg-accent-soft has-focus-visible:outline-3 has-focus-visible:outline-accent"
              >
                <input type="radio" name="kind" value={k} checked={kind === k} onChange={() => setKind(k)} required className="size-5 accent-accent" />
                <span>{t(`kinds.${k}`)}</span>
              </label>
            ))}
          </div>
        </fieldset>
        {kind && (
          <>
            <div>
              <label htmlFor={`need-note-${circleId}`} className="field-label">
                {t('noteLabel')}
              </label>
              <input id={`need-note-${circleId}`} name="note" maxLength={300} className="field-input" placeholder={t('notePlaceholder')} />
            </div>
            {error && (
              <p role="alert" className="text-sm font-semibold text-danger">
                {error}
              </p>
            )}
            <PendingButton pending={asking.pending} className="btn-primary w-full text-lg" pendingLabel={t('sending')}>
              {t('send', { need: t(`kinds.${kind}`) })}
            </PendingButton>
          </>
        )}
      </form>
    </section>
  );
}
