'use client';
import { useTranslations } from 'next-intl';
import type { Problems } from './form-input';

/**
 * Field problems → sentences in her language: `questions.errors.<field>.<problem>` when we have
 * one, else a plain sentence for the kind of problem.
 */
export function useProblemText(prefix: 'questions.errors' | 'experts.errors') {
  const t = useTranslations(prefix);
  return (problems: Problems | undefined, field: string, alias = field): string | undefined => {
    const problem = problems?.[field];
    if (!problem) return undefined;
    const key = `${alias}.${problem}`;
    return t.has(key) ? t(key) : t(`generic.${problem}`);
  };
}
