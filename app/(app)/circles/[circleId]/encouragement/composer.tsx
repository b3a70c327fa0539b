'use client';
import { useRef, useState } from 'react';
import { useTranslations } from 'next-intl';
import type { EncouragementView } from '@/lib/encouragement/serialize';
import type { ActionState } from '@/lib/http/action';
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

/** A short note to the mother, with one-tap phrases and, if they like, a promise that becomes their chore. */
export function Composer({ circleId, motherName, onSent }: { circleId: string; motherName: string; onSent: (e: EncouragementView) => void }) {
  const t = useTranslations('encouragement');
  const [message, setMessage] = useState('');
  const [pledge, setPledge] = useState<(typeof PLEDGES)[number]>();
  const [state, setState] = useState<ActionState<EncouragementView>>({ status: 'idle' });
  const area = useRef<HTMLTextAreaElement>(null);

  function addPhrase(text: string) {
    setMessage((m) => {
      const next = m.trim() ? `${m.trim()} ${text}` : text;
      return next.slice(0, MAX);
    });
    area.current?.focus();
  }

  async function send(formData: FormData) {
    const res = await sendEncouragementAction({ status: 'idle' }, formData);
    setState(res);
    if (res.status === 'success' && res.data) {
      onSent(res.data);
      setMessage('');
      setPledge(undefined);
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
        <PendingButton pending={pending} pendingLabel={t('sending')}>
          {pledge ? t('sendWithPledge') : t('send')}
        </PendingButton>
      </form>
    </section>
  );
}
