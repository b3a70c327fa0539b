'use client';
import { useState, type FormEvent } from 'react';
import { useTranslations } from 'next-intl';
import type { AnswerView } from '@/lib/questions/serialize';
import { followupAction } from '../actions';
import { call } from '../call';
import type { Problems } from '../form-input';
import { useProblemText } from '../problem-text';

/** She asks more; the question goes back to the experts' list. What she typed stays until it is sent. */
export function FollowupForm({ questionId, answered, onSent }: { questionId: string; answered: boolean; onSent: (a: AnswerView) => void }) {
  const t = useTranslations('questions');
  const problemText = useProblemText('questions.errors');
  const [body, setBody] = useState('');
  const [problems, setProblems] = useState<Problems>({});
  const [error, setError] = useState('');
  const [sent, setSent] = useState(false);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setError('');
    setSent(false);
    const res = await call(followupAction, new FormData(event.currentTarget));
    setPending(false);
    if (!res) return setError(t('errors.network'));
    if (res.status !== 'success' || !res.data) return setError(res.message ?? t('errors.network'));
    if (!res.data.ok) return setProblems(res.data.problems);
    onSent(res.data.value);
    setBody('');
    setProblems({});
    setSent(true);
  }

  const fieldError = problemText(problems, 'body', 'followup');
  return (
    <section aria-labelledby="followup-title" className="card space-y-3">
      <h2 id="followup-title" className="text-lg font-semibold">
        {answered ? t('followup.title') : t('followup.titleBefore')}
      </h2>
      <form onSubmit={onSubmit} noValidate className="space-y-3">
        <input type="hidden" name="questionId" value={questionId} />
        <div>
          <label htmlFor="followup-body" className="field-label">
            {answered ? t('followup.label') : t('followup.labelBefore')}
          </label>
          <textarea
            id="followup-body"
            name="body"
            rows={3}
            maxLength={2000}
            value={body}
            onChange={(e) => {
              setBody(e.target.value);
              setProblems({});
            }}
            className="field-input"
            aria-invalid={fieldError ? true : undefined}
            aria-describedby={fieldError ? 'followup-body-error followup-body-hint' : 'followup-body-hint'}
          />
          <p id="followup-body-hint" className="field-hint">
            {answered ? t('followup.hint') : t('followup.hintBefore')}
          </p>
          {fieldError && (
            <p id="followup-body-error" className="field-error">
              {fieldError}
            </p>
          )}
        </div>
        {error && (
          <p role="alert" className="rounded-xl bg-danger-soft px-4 py-3 text-sm font-semibold text-danger">
            {error}
          </p>
        )}
        <p role="status" className={sent ? 'rounded-xl bg-ok-soft px-4 py-3 text-sm font-semibold text-ok' : 'sr-only'}>
          {sent ? t('followup.sent') : ''}
        </p>
        <button type="submit" className="btn-secondary w-full" disabled={pending} aria-disabled={pending}>
          {pending ? t('followup.sending') : answered ? t('followup.send') : t('followup.sendBefore')}
        </button>
      </form>
    </section>
  );
}
