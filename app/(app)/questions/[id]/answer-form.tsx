'use client';
import { useRef, useState, type FormEvent } from 'react';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import type { AnswerView } from '@/lib/questions/serialize';
import { answerQuestionAction } from '../actions';
import { call } from '../call';
import type { Problems } from '../form-input';
import { MAX_STEPS, STEP_CATEGORIES } from '../options';
import { useProblemText } from '../problem-text';

interface Step {
  key: number;
  title: string;
  category: string;
  at: string;
}

const newStep = (key: number): Step => ({ key, title: '', category: 'meals', at: '' });

/**
 * A verified expert answers: plain words, and up to five practical steps her family can take,
 * each of which she can turn into a chore with one tap.
 */
export function AnswerForm({ questionId, onAnswered }: { questionId: string; onAnswered: (a: AnswerView) => void }) {
  const t = useTranslations('questions');
  const tc = useTranslations('chores');
  const problemText = useProblemText('questions.errors');
  const [body, setBody] = useState('');
  const [steps, setSteps] = useState<Step[]>([]);
  const [problems, setProblems] = useState<Problems>({});
  const [error, setError] = useState('');
  const [posted, setPosted] = useState(false);
  const [pending, setPending] = useState(false);
  const nextKey = useRef(0);
  const addRef = useRef<HTMLButtonElement>(null);

  const update = (key: number, change: Partial<Step>) => setSteps((list) => list.map((s) => (s.key === key ? { ...s, ...change } : s)));

  function addStep() {
    const step = newStep(nextKey.current++);
    setSteps((list) => [...list, step]);
    // The new row's first field, so she can type at once.
    setTimeout(() => document.getElementById(`step-${step.key}-title`)?.focus(), 0);
  }

  function removeStep(key: number) {
    setSteps((list) => list.filter((s) => s.key !== key));
    setTimeout(() => addRef.current?.focus(), 0);
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setError('');
    setPosted(false);
    const res = await call(answerQuestionAction, new FormData(event.currentTarget));
    setPending(false);
    if (!res) return setError(t('errors.network'));
    if (res.status !== 'success' || !res.data) return setError(res.message ?? t('errors.network'));
    if (!res.data.ok) {
      setProblems(res.data.problems);
      return setError(t('form.errorSummary'));
    }
    onAnswered(res.data.value);
    setBody('');
    setSteps([]);
    setProblems({});
    setPosted(true);
  }

  const bodyError = problemText(problems, 'body', 'answerBody');
  return (
    <section aria-labelledby="answer-form-title" data-testid="answer-form" className="card space-y-4">
      <h2 id="answer-form-title" className="text-lg font-semibold">
        {t('answer.title')}
      </h2>
      {posted && (
        <div role="status" className="space-y-1 rounded-xl bg-ok-soft px-4 py-3 text-sm font-semibold text-ok">
          <p>{t('answer.posted')}</p>
          <Link href="/experts/queue" className="inline-flex min-h-11 items-center underline underline-offset-4">
            {t('answer.backToQueue')}
          </Link>
        </div>
      )}
      <form onSubmit={onSubmit} noValidate className="space-y-4">
        <input type="hidden" name="questionId" value={questionId} />
        <div>
          <label htmlFor="answer-body" className="field-label">
            {t('answer.bodyLabel')}
          </label>
          <textarea
            id="answer-body"
            name="body"
            rows={6}
            maxLength={4000}
            value={body}
            onChange={(e) => setBody(e.target.value)}
            className="field-input"
            aria-invalid={bodyError ? true : undefined}
            aria-describedby={bodyError ? 'answer-body-error answer-body-hint' : 'answer-body-hint'}
          />
          <p id="answer-body-hint" className="field-hint">
            {t('answer.bodyHint')}
          </p>
          {bodyError && (
            <p id="answer-body-error" className="field-error">
              {bodyError}
            </p>
          )}
        </div>

        <fieldset className="space-y-3" aria-describedby="answer-steps-hint">
          <legend className="field-label">{t('answer.stepsLegend')}</legend>
          <p id="answer-steps-hint" className="field-hint -mt-1">
            {t('answer.stepsHint')}
          </p>
          {steps.map((s, i) => {
            const titleError = problemText(problems, `step${i}_title`, 'stepTitle');
            const atError = problemText(problems, `step${i}_at`, 'stepAt');
            return (
              <div key={s.key} data-testid="answer-step" role="group" aria-labelledby={`step-${s.key}-label`} className="space-y-3 rounded-xl border border-sand-300 p-3">
                <p id={`step-${s.key}-label`} className="font-semibold">
                  {t('answer.stepN', { n: i + 1 })}
                </p>
                <div>
                  <label htmlFor={`step-${s.key}-title`} className="field-label">
                    {t('answer.stepTitle')}
                  </label>
                  <input
                    id={`step-${s.key}-title`}
                    name={`step${i}_title`}
                    value={s.title}
                    maxLength={120}
                    onChange={(e) => update(s.key, { title: e.target.value })}
                    className="field-input"
                    aria-invalid={titleError ? true : undefined}
                    aria-describedby={titleError ? `step-${s.key}-title-error` : undefined}
                  />
                  {titleError && (
                    <p id={`step-${s.key}-title-error`} className="field-error">
                      {titleError}
                    </p>
                  )}
                </div>
                <div className="grid grid-cols-[1fr_auto] gap-3">
                  <div className="min-w-0">
                    <label htmlFor={`step-${s.key}-category`} className="field-label">
                      {t('answer.stepCategory')}
                    </label>
                    <select id={`step-${s.key}-category`} name={`step${i}_category`} value={s.category} onChange={(e) => update(s.key, { category: e.target.value })} className="field-input">
                      {STEP_CATEGORIES.map((c) => (
                        <option key={c} value={c}>
                          {tc(`categories.${c}`)}
                        </option>
                      ))}
                    </select>
                  </div>
                  <div>
                    <label htmlFor={`step-${s.key}-at`} className="field-label">
                      {t('answer.stepAt')}
                    </label>
                    <input
                      id={`step-${s.key}-at`}
                      name={`step${i}_at`}
                      type="time"
                      value={s.at}
                      onChange={(e) => update(s.key, { at: e.target.value })}
                      className="field-input w-32"
                      aria-invalid={atError ? true : undefined}
                      aria-describedby={atError ? `step-${s.key}-at-error` : undefined}
                    />
                  </div>
                </div>
                {atError && (
                  <p id={`step-${s.key}-at-error`} className="field-error">
                    {atError}
                  </p>
                )}
                <button type="button" className="btn-secondary text-sm" onClick={() => removeStep(s.key)} aria-label={t('answer.removeStepN', { n: i + 1 })}>
                  {t('answer.removeStep')}
                </button>
              </div>
            );
          })}
          {steps.length < MAX_STEPS ? (
            <button ref={addRef} type="button" className="btn-secondary w-full" onClick={addStep}>
              <span aria-hidden="true">+</span>
              {t('answer.addStep')}
            </button>
          ) : (
            <p className="text-sm text-muted">{t('answer.stepsFull')}</p>
          )}
        </fieldset>

        {error && (
          <p role="alert" className="rounded-xl bg-danger-soft px-4 py-3 text-sm font-semibold text-danger">
            {error}
          </p>
        )}
        <button type="submit" className="btn-primary w-full text-lg" disabled={pending} aria-disabled={pending}>
          {pending ? t('answer.sending') : t('answer.submit')}
        </button>
      </form>
    </section>
  );
}
