import { getTranslations } from 'next-intl/server';

export async function SkipLink() {
  const t = await getTranslations('shell');
  return (
    <a
      href="#main"
      className="sr-only z-50 rounded-xl bg-ink px-4 py-3 font-semibold text-white focus:not-sr-only focus:fixed focus:left-3 focus:top-3"
    >
      {t('skip')}
    </a>
  );
}
