'use client';
import { useEffect, useRef, useState } from 'react';
import { useTranslations } from 'next-intl';
import { CIRCLE_TIME_ZONE, zonedTime } from '@/lib/chores/time';
import type { EncouragementView } from '@/lib/encouragement/serialize';
import type { ActionState } from '@/lib/http/action';
import { onQueueSent, submitOrQueue } from '@/lib/offline/queue';
import { FormMessage } from '@/components/field';
import { PendingButton } from '@/components/pending-button';
import { useFormSubmit } from '@/components/use-form-submit';
import { sendEncouragementAction } from './actions';

const MAX = 500;
const PHRASES = ['p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7', 'p8'] as const;
const PLEDGES = [
  { key: 'night', category: 'night_shift' },
  { key: 'dinner', category: 'meals' },
  { key: 'hold', category: 'baby_care' },
  { key: 'laundry', category: 'laundry' },
  { key: 'shopping', category: 'errands' },
] as const;

/** The circle's wall clock, as the server reads a pledge's `datetime-local` (chores/form-input.ts). */
function pledgeAtToIso(value: string): string | undefined {
  const m = value.match(/^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/);
  if (!m) return undefined;
  const [, y, mo, d, h, mi] = m.map(Number);
  return zonedTime(y, mo, d, h, mi, CIRCLE_TIME_ZONE).toISOString();
}

/** The JSON API's body for what the (flat) form holds, for sending later through the offline queue. */
function noteBody(formData: FormData) {
  const text = (name: string) => String(formData.get(name) ?? '').trim();
  const title = text('pledgeTitle');
  const dueAt = pledgeAtToIso(text('pledgeAt'));
  return {
    message: text('message'),
    ...(title ? { pledge: { title, category: text('pledgeCategory') || 'other', ...(dueAt ? { dueAt } : {}) } } : {}),
  };
}

/** A short note to the mother, with one-tap phrases and, if they like, a promise that becomes their chore. */
export function Composer({ circleId, motherName, onSent }: { circleId: string; motherName: string; onSent: (e: EncouragementView) => void }) {
  const t = useTranslations('encouragement');
  const tOffline = useTranslations('offline');
  const tRoot = useTranslations();
  const [message, setMessage] = useState('');
  const [pledge, setPledge] = useState<(typeof PLEDGES)[number]>();
  const [state, setState] = useState<ActionState<EncouragementView>>({ status: 'idle' });
  // Notes written with no connection, still waiting in the offline queue.
  const [waiting, setWaiting] = useState(0);
  const sentRef = useRef(onSent);
  useEffect(() => {
    sentRef.current = onSent;
  });
  useEffect(
    () =>
      onQueueSent('encouragement', (e) => {
        if (!e.url.includes(`/circles/${circleId}/`)) return;
        setWaiting((n) => Math.max(0, n - 1));
        if (e.ok) {
          setState({ status: 'success', message: tRoot('encouragement.sent') });
          sentRef.current(e.data as EncouragementView);
        } else {
          const code = (e.data as { error?: { code?: string } } | null)?.error?.code;
          setState({ status: 'error', message: code && tRoot.has(`errors.${code}`) ? tRoot(`errors.${code}`) : tRoot('errors.internal') });
        }
      }),
    [circleId, tRoot],
  );
  const area = useRef<HTMLTextAreaElement>(null);

  function addPhrase(text: string) {
    setMessage((m) => {
      const next = m.trim() ? `${m.trim()} ${text}` : text;
      return next.slice(0, MAX);
    });
    area.current?.focus();
  }

  function clear() {
    setMessage('');
    setPledge(undefined);
  }

  /** No connection: checked here as the server would, then kept until she is back online. */
  async function queue(formData: FormData) {
    const body = noteBody(formData);
    if (!body.message) {
      setState({ status: 'error', message: tRoot('validation.summary'), fields: { 'note.message': tRoot('validation.fields.note.message.required') } });
      return;
    }
    const result = await submitOrQueue({ url: `/api/v1/circles/${circleId}/encouragements`, body, kind: 'encouragement' });
    if (result.status === 'queued') {
      setWaiting((n) => n + 1);
      setState({ status: 'idle' });
      clear();
      return;
    }
    const data: unknown = await result.response.json().catch(() => null);
    if (result.response.ok) {
      setState({ status: 'success', message: tRoot('encouragement.sent') });
      onSent(data as EncouragementView);
      clear();
    } else {
      setState({ status: 'error', message: tRoot('errors.internal') });
    }
  }

  async function send(formData: FormData) {
    if (!navigator.onLine) return queue(formData);
    let res: ActionState<EncouragementView>;
    try {
      res = await sendEncouragementAction({ status: 'idle' }, formData);
    } catch (err) {
      // The request never got an answer (the connection dropped on the way): keep the note.
      if (err instanceof TypeError || !navigator.onLine) return queue(formData);
      throw err;
    }
    setState(res);
    if (res.status === 'success' && res.data) {
      onSent(res.data);
      clear();
    }
  }
  const { onSubmit, pending } = useFormSubmit(send);

  const left = MAX - message.length;
  const error = state.fields?.['note.message'];
  return (
    <section aria-labelledby="composer-title" className="card space-y-4">
      <h2 id="composer-title" className="text-lg font-semibold">
        {t('composerTitle', { name: motherName })}
      </h2>
      <form onSubmit={onSubmit} className="space-y-4" noValidate>
        <input type="hidden" name="circleId" value={circleId} />
        <FormMessage state={state} />
        <div>
          <label htmlFor="note-message" className="field-label">
            {t('messageLabel')}
          </label>
          <textarea
            ref={area}
            id="note-message"
            name="message"
            rows={4}
            maxLength={MAX}
            value={message}
            onChange={(e) => setMessage(e.target.value)}
            className="field-input"
            aria-invalid={error ? true : undefined}
            aria-describedby={`note-counter${error ? ' note-message-error' : ''}`}
          />
          <p id="note-counter" className="field-hint" aria-live={left <= 50 ? 'polite' : 'off'}>
            {t('counter', { left })}
          </p>
          {error && (
            <p id="note-message-error" className="field-error">
              {error}
            </p>
          )}
        </div>
        <div>
          <p id="phrases-label" className="field-label">
            {t('phrasesLabel')}
          </p>
          <ul aria-labelledby="phrases-label" className="flex flex-wrap gap-2">
            {PHRASES.map((p) => (
              <li key={p}>
                <button type="button" className="btn rounded-full border border-sand-300 bg-white px-3 text-sm font-normal hover:bg-sand-50" onClick={() => addPhrase(t(`phrases.${p}`))}>
                  {t(`phrases.${p}`)}
                </button>
              </li>
            ))}
          </ul>
        </div>
        <fieldset>
          <legend className="field-label">{t('pledgeLegend')}</legend>
          <p className="field-hint mb-2 mt-0">{t('pledgeHint')}</p>
          <div className="flex flex-wrap gap-2">
            {PLEDGES.map((p) => (
              <button
                key={p.key}
                type="button"
                aria-pressed={pledge?.key === p.key}
                onClick={() => setPledge((cur) => (cur?.key === p.key ? undefined : p))}
                className="btn rounded-full border border-sand-300 bg-white px-3 text-sm font-normal aria-pressed:border-accent aria-pressed:bg-accent-soft aria-pressed:font-semibold"
              >
                {t(`pledges.${p.key}`)}
              </button>
            ))}
          </div>
          {pledge && (
            <div className="mt-3 space-y-3 rounded-xl bg-sand-50 p-3">
              <input type="hidden" name="pledgeTitle" value={t(`pledges.${pledge.key}`)} />
              <input type="hidden" name="pledgeCategory" value={pledge.category} />
              <p className="text-sm">{t('pledgeBecomes')}</p>
              <div>
                <label htmlFor="pledge-at" className="field-label">
                  {t('pledgeAt')}
                </label>
                <input id="pledge-at" name="pledgeAt" type="datetime-local" className="field-input" />
              </div>
            </div>
          )}
        </fieldset>
        {/* Beside the button she just pressed, where her eyes are. */}
        {waiting > 0 && (
          <p role="status" data-testid="note-queued" className="rounded-xl bg-sand-100 px-4 py-3 text-sm font-semibold text-ink">
            {tOffline('queued')}
          </p>
        )}
        <PendingButton pending={pending} pendingLabel={t('sending')}>
          {pledge ? t('sendWithPledge') : t('send')}
        </PendingButton>
      </form>
    </section>
  );
}
