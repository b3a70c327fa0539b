'use client';
import { useState } from 'react';
import { useTranslations } from 'next-intl';
import type { SupportRequestView } from '@/lib/encouragement/serialize';
import { useRealtimeEvent } from '@/lib/realtime/client';
import { SubmitButton } from '@/components/submit-button';
import { answerSupportAction } from './actions';

interface Props {
  viewerId: string;
  memberCircleIds: string[];
  initialRequests: SupportRequestView[];
}

type Alert = SupportRequestView & { error?: string };

/**
 * For the family: when she asks for help, a banner on every page with "I'm on it". The first
 * answer closes it for everyone (live `support:answered`), naming who went.
 */
export function SupportAlerts({ viewerId, memberCircleIds, initialRequests }: Props) {
  const t = useTranslations('support');
  const [alerts, setAlerts] = useState<Alert[]>(initialRequests);
  const [dismissed, setDismissed] = useState<string[]>([]);

  const upsert = (r: Alert) => setAlerts((list) => (list.some((x) => x.id === r.id) ? list.map((x) => (x.id === r.id ? { ...x, ...r } : x)) : [r, ...list]));

  useRealtimeEvent('support:requested', (r) => {
    if (!memberCircleIds.includes(r.circleId) || r.requestedBy.id === viewerId) return;
    upsert(r);
  });
  useRealtimeEvent('support:answered', (r) => {
    if (r.status === 'cancelled') setAlerts((list) => list.filter((x) => x.id !== r.id));
    else setAlerts((list) => (list.some((x) => x.id === r.id) ? list.map((x) => (x.id === r.id ? { ...x, ...r, error: undefined } : x)) : list));
  });

  const visible = alerts.filter((a) => !dismissed.includes(a.id));
  if (visible.length === 0) return null;
  return (
    <div className="mx-auto w-full max-w-2xl space-y-2 px-4 pt-3">
      {visible.map((a) => (
        <SupportAlert key={a.id} alert={a} viewerId={viewerId} onResult={upsert} onDismiss={() => setDismissed((d) => [...d, a.id])} label={t(`kinds.${a.kind}`)} t={t} />
      ))}
    </div>
  );
}

function SupportAlert({
  alert,
  viewerId,
  label,
  onResult,
  onDismiss,
  t,
}: {
  alert: Alert;
  viewerId: string;
  label: string;
  onResult: (a: Alert) => void;
  onDismiss: () => void;
  t: ReturnType<typeof useTranslations<'support'>>;
}) {
  const name = alert.requestedBy.name;
  const answered = alert.status === 'answered' && alert.answeredBy;
  const mine = alert.answeredBy?.id === viewerId;
  async function answer(formData: FormData) {
    const res = await answerSupportAction({ status: 'idle' }, formData);
    if (res.status === 'success' && res.data) onResult(res.data);
    else if (res.details?.answeredBy) onResult({ ...alert, status: 'answered', answeredBy: res.details.answeredBy as Alert['answeredBy'] });
    else onResult({ ...alert, error: res.message });
  }
  return (
    <section
      data-testid="support-alert"
      data-status={alert.status}
      aria-label={t('alertLabel', { name })}
      className={`rounded-2xl border-2 p-4 ${answered ? 'border-ok/40 bg-ok-soft' : 'border-accent bg-accent-soft'}`}
    >
      <p className="text-lg font-bold" role={answered ? undefined : 'alert'}>
        {t('alertTitle', { name, need: label })}
      </p>
      {alert.note && <p className="mt-1 whitespace-pre-line break-words">“{alert.note}”</p>}
      {answered ? (
        <div className="mt-3 flex flex-wrap items-center justify-between gap-2">
          <p role="status" className="font-semibold text-ok">
            {mine ? t('youAreOnIt') : t('someoneOnIt', { name: alert.answeredBy!.name })}
          </p>
          <button type="button" className="btn-secondary text-sm" onClick={onDismiss}>
            {t('dismiss')}
          </button>
        </div>
      ) : (
        <form action={answer} className="mt-3 space-y-2">
          <input type="hidden" name="id" value={alert.id} />
          {alert.error && (
            <p role="alert" className="text-sm font-semibold text-danger">
              {alert.error}
            </p>
          )}
          <SubmitButton className="btn-primary w-full text-lg" pendingLabel={t('answering')}>
            {t('answer')}
          </SubmitButton>
        </form>
      )}
    </section>
  );
}
