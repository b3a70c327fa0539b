'use client';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useFormatter, useTranslations } from 'next-intl';
import type { ExpertProfileView } from '@/lib/questions/serialize';
import { call } from '../../questions/call';
import { isProfession } from '../../questions/options';
import { useProblemText } from '../../questions/problem-text';
import { decideAction } from './actions';

const BADGE = {
  pending: 'bg-sand-100 text-ink',
  verified: 'bg-ok-soft text-ok',
  declined: 'bg-danger-soft text-danger',
  revoked: 'bg-danger-soft text-danger',
} as const;

/** Applications, each with what an admin can decide about it now. */
export function ApplicationList({ initial }: { initial: ExpertProfileView[] }) {
  const t = useTranslations('experts');
  const [items, setItems] = useState(initial);
  const [fromServer, setFromServer] = useState(initial);
  if (fromServer !== initial) {
    setFromServer(initial);
    setItems(initial);
  }
  if (items.length === 0) return <p className="rounded-2xl border border-dashed border-sand-300 px-4 py-3 text-muted">{t('admin.empty')}</p>;
  return (
    <ul className="space-y-3">
      {items.map((a) => (
        <ApplicationCard key={a.userId} application={a} onDecided={(next) => setItems((list) => list.map((x) => (x.userId === next.userId ? { ...x, ...next } : x)))} />
      ))}
    </ul>
  );
}

type Mode = 'idle' | 'decline' | 'revoke';

function ApplicationCard({ application: a, onDecided }: { application: ExpertProfileView; onDecided: (a: ExpertProfileView) => void }) {
  const t = useTranslations('experts');
  const tq = useTranslations('questions');
  const format = useFormatter();
  const [mode, setMode] = useState<Mode>('idle');
  const [done, setDone] = useState('');
  const [error, setError] = useState('');
  const [pending, setPending] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const restoreFocus = useRef(false);
  const name = a.name ?? a.email ?? '';

  // Back from the reason box (cancelled or decided): focus returns to this application.
  useEffect(() => {
    if (mode !== 'idle' || !restoreFocus.current) return;
    restoreFocus.current = false;
    headingRef.current?.focus();
  }, [mode]);

  const close = () => {
    restoreFocus.current = true;
    setMode('idle');
  };

  async function verify() {
    setPending(true);
    setError('');
    const res = await call(decideAction, { userId: a.userId, action: 'verify' });
    setPending(false);
    if (res?.status === 'success' && res.data?.ok) {
      onDecided(res.data.value);
      setDone(t('admin.verified', { name }));
    } else setError(res?.message ?? tq('errors.network'));
  }

  return (
    <li data-testid="application" data-user-id={a.userId} data-status={a.status} className="card space-y-3">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <h3 ref={headingRef} tabIndex={-1} className="text-lg font-semibold break-words outline-none">
            {name}
          </h3>
          {a.email && <p className="text-sm break-all text-muted">{a.email}</p>}
        </div>
        <span className={`rounded-full px-2.5 py-0.5 text-sm font-semibold ${BADGE[a.status]}`}>{t(`admin.filter.${a.status}`)}</span>
      </div>
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
        <dt className="text-muted">{t('apply.profession')}</dt>
        <dd className="font-semibold">{isProfession(a.profession) ? tq(`professions.${a.profession}`) : a.profession}</dd>
        <dt className="text-muted">{t('admin.licence')}</dt>
        <dd className="font-semibold break-all">{a.licenceNumber}</dd>
        <dt className="text-muted">{t('admin.workplace')}</dt>
        <dd className="break-words">{a.workplace}</dd>
        <dt className="text-muted">{t('admin.languages')}</dt>
        <dd>{a.languages.map((l) => (l === 'vi' ? 'Tiếng Việt' : 'English')).join(', ')}</dd>
        <dt className="text-muted">{t('admin.applied')}</dt>
        <dd>{format.dateTime(new Date(a.createdAt), { day: 'numeric', month: 'short', year: 'numeric' })}</dd>
      </dl>
      {a.decisionReason && <p className="rounded-xl bg-sand-50 px-3 py-2 text-sm">{t('apply.reason', { reason: a.decisionReason })}</p>}
      {done && (
        <p role="status" className="rounded-xl bg-ok-soft px-3 py-2 text-sm font-semibold text-ok">
          {done}
        </p>
      )}
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
      {mode === 'idle' ? (
        <div className="flex flex-wrap gap-2">
          {(a.status === 'pending' || a.status === 'declined') && (
            <button type="button" className="btn-primary flex-1" disabled={pending} onClick={verify} aria-label={t('admin.verifyNamed', { name })}>
              {pending ? t('admin.saving') : t('admin.verify')}
            </button>
          )}
          {a.status === 'pending' && (
            <button type="button" className="btn-secondary flex-1" onClick={() => setMode('decline')} aria-label={t('admin.declineNamed', { name })}>
              {t('admin.decline')}
            </button>
          )}
          {a.status === 'verified' && (
            <button type="button" className="btn-secondary flex-1" onClick={() => setMode('revoke')} aria-label={t('admin.revokeNamed', { name })}>
              {t('admin.revoke')}
            </button>
          )}
        </div>
      ) : (
        <ReasonForm
          application={a}
          mode={mode}
          onCancel={close}
          onDone={(next) => {
            onDecided(next);
            close();
            setDone(t(mode === 'decline' ? 'admin.declined' : 'admin.revoked', { name }));
          }}
        />
      )}
    </li>
  );
}

/** Declining or revoking needs a reason she will read; revoking is asked twice (it removes her badge at once). */
function ReasonForm({ application: a, mode, onCancel, onDone }: { application: ExpertProfileView; mode: 'decline' | 'revoke'; onCancel: () => void; onDone: (a: ExpertProfileView) => void }) {
  const t = useTranslations('experts');
  const tq = useTranslations('questions');
  const problemText = useProblemText('experts.errors');
  const id = useId();
  const boxRef = useRef<HTMLFormElement>(null);
  const [reason, setReason] = useState('');
  const [fieldError, setFieldError] = useState<string>();
  const [error, setError] = useState('');
  const [pending, setPending] = useState(false);
  const name = a.name ?? a.email ?? '';

  useEffect(() => {
    boxRef.current?.querySelector('textarea')?.focus();
  }, []);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setError('');
    const res = await call(decideAction, new FormData(event.currentTarget));
    setPending(false);
    if (!res) return setError(tq('errors.network'));
    if (res.status !== 'success' || !res.data) return setError(res.message ?? tq('errors.network'));
    if (!res.data.ok) return setFieldError(problemText(res.data.problems, 'reason'));
    onDone(res.data.value);
  }

  return (
    <form ref={boxRef} onSubmit={onSubmit} noValidate aria-labelledby={`${id}-q`} className="space-y-3 rounded-xl bg-sand-50 p-3">
      <p id={`${id}-q`} className="font-semibold break-words">
        {mode === 'decline' ? t('admin.declineQuestion', { name }) : t('admin.revokeQuestion', { name })}
      </p>
      <input type="hidden" name="userId" value={a.userId} />
      <input type="hidden" name="action" value={mode} />
      <div>
        <label htmlFor={`${id}-reason`} className="field-label">
          {t('admin.reasonLabel')}
        </label>
        <textarea
          id={`${id}-reason`}
          name="reason"
          rows={3}
          maxLength={300}
          value={reason}
          onChange={(e) => {
            setReason(e.target.value);
            setFieldError(undefined);
          }}
          className="field-input"
          aria-invalid={fieldError ? true : undefined}
          aria-describedby={fieldError ? `${id}-reason-error ${id}-reason-hint` : `${id}-reason-hint`}
        />
        <p id={`${id}-reason-hint`} className="field-hint">
          {t('admin.reasonHint')}
        </p>
        {fieldError && (
          <p id={`${id}-reason-error`} className="field-error">
            {fieldError}
          </p>
        )}
      </div>
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
      <div className="grid grid-cols-2 gap-2">
        <button type="submit" className="btn-danger min-h-12" disabled={pending} aria-disabled={pending}>
          {pending ? t('admin.saving') : mode === 'decline' ? t('admin.declineYes') : t('admin.revokeYes')}
        </button>
        <button type="button" className="btn-secondary min-h-12" onClick={onCancel}>
          {t('admin.cancel')}
        </button>
      </div>
    </form>
  );
}
