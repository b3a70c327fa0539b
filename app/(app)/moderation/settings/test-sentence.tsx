'use client';
import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { PendingButton } from '@/components/pending-button';
import { useFormSubmit } from '@/components/use-form-submit';
import type { ActionState } from '@/lib/http/action';
import { FindingsLegend, HighlightedText, type Finding } from '../highlighted-text';
import { testSentenceAction } from './actions';
import type { GroupOption } from './add-word-form';

type Result = NonNullable<Awaited<ReturnType<typeof testSentenceAction>>['data']>;

const OUTCOME_STYLE: Record<string, string> = {
  published: 'bg-ok-soft text-ok',
  flagged: 'bg-sand-100 text-ink',
  held: 'bg-accent-soft text-ink',
  nudged: 'bg-accent-soft text-ink',
  blocked: 'bg-danger-soft text-danger',
};

/** Try a sentence against the watched words and the comparison guard, without posting it. */
export function TestSentence({ groups }: { groups: GroupOption[] }) {
  const t = useTranslations('moderation.settings');
  const [state, setState] = useState<ActionState<Result>>({ status: 'idle' });
  const { onSubmit, pending } = useFormSubmit(async (formData) => setState(await testSentenceAction({ status: 'idle' }, formData)));
  const result = state.status === 'success' ? state.data : undefined;
  const error = state.status === 'error' ? (state.fields?.text ? t('testTextRequired') : state.message) : undefined;
  const findings: Finding[] = result
    ? [...result.findings, ...result.watched.map((m) => ({ start: m.start, end: m.end, kind: `watched:${m.action}` }))]
    : [];
  return (
    <div className="space-y-4">
      <form onSubmit={onSubmit} className="space-y-4">
        <div>
          <label htmlFor="test-text" className="field-label">
            {t('testText')}
          </label>
          <textarea
            id="test-text"
            name="text"
            rows={3}
            required
            maxLength={4000}
            aria-invalid={error && state.fields?.text ? true : undefined}
            aria-describedby={error && state.fields?.text ? 'test-text-error' : undefined}
            className="field-input"
          />
          {error && state.fields?.text && (
            <p id="test-text-error" className="field-error">
              {error}
            </p>
          )}
        </div>
        <div>
          <label htmlFor="test-scope" className="field-label">
            {t('testScope')}
          </label>
          <select id="test-scope" name="groupId" defaultValue="" className="field-input">
            <option value="">{t('testScopeNone')}</option>
            {groups.map((g) => (
              <option key={g.id} value={g.id}>
                {g.name}
              </option>
            ))}
          </select>
        </div>
        <PendingButton pending={pending} pendingLabel={t('testing')} className="btn-secondary w-full">
          {t('test')}
        </PendingButton>
      </form>
      <div role="status" aria-live="polite" data-testid="test-result">
        {error && !state.fields?.text && <p className="field-error">{error}</p>}
        {result && (
          <div className="space-y-3">
            <p data-outcome={result.outcome} className={`rounded-xl px-4 py-3 font-semibold ${OUTCOME_STYLE[result.outcome] ?? ''}`}>
              <span className="sr-only">{t('outcomeLabel')}: </span>
              {t(`outcomes.${result.outcome}`)}
            </p>
            <div>
              <p className="text-sm font-semibold">{t('yourSentence')}</p>
              <blockquote className="mt-1 rounded-xl border-s-4 border-sand-300 bg-paper px-3 py-2">
                <HighlightedText text={result.text} findings={findings} />
              </blockquote>
              {findings.length === 0 && <p className="mt-1 text-sm text-muted">{t('noMatches')}</p>}
              <FindingsLegend text={result.text} findings={findings} titleId="test-legend" />
            </div>
            {result.censored !== result.text && (
              <div>
                <p className="text-sm font-semibold">{t('censored')}</p>
                <blockquote data-testid="test-censored" className="mt-1 rounded-xl border-s-4 border-sand-300 bg-paper px-3 py-2 break-words whitespace-pre-wrap">
                  {result.censored}
                </blockquote>
              </div>
            )}
          </div>
        )}
      </div>
    </div>
  );
}
