'use client';
import { useActionState } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { setLocaleAction } from './language-action';

const LANGUAGES = [
  { locale: 'vi', label: 'Tiếng Việt' },
  { locale: 'en', label: 'English' },
] as const;

export function LanguageSwitch() {
  const t = useTranslations('shell');
  const current = useLocale();
  const [, action, pending] = useActionState(setLocaleAction, { status: 'idle' });
  return (
    <form action={action} data-testid="language-switch" className="flex flex-wrap items-center gap-2">
      <span className="text-sm text-muted">
        {t('language')}:
      </span>
      {LANGUAGES.map((l) => (
        <button
          key={l.locale}
          type="submit"
          name="locale"
          value={l.locale}
          lang={l.locale}
          aria-pressed={current === l.locale}
          disabled={pending}
          className="btn min-h-11 rounded-full border border-sand-300 bg-white px-4 text-sm text-ink aria-pressed:border-accent aria-pressed:bg-accent-soft aria-pressed:text-accent-strong"
        >
          {l.label}
        </button>
      ))}
    </form>
  );
}
