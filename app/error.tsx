'use client';
import { useEffect } from 'react';
import Link from 'next/link';
import { useTranslations } from 'next-intl';

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations('errorPage');
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <main id="main" className="mx-auto w-full max-w-md space-y-4 px-4 py-10">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p className="text-muted">{t('body')}</p>
      <div className="flex flex-col gap-2">
        <button type="button" className="btn-primary w-full" onClick={reset}>
          {t('retry')}
        </button>
        <Link href="/" className="btn-secondary w-full">
          {t('home')}
        </Link>
      </div>
      {error.digest && <p className="text-sm text-muted">{t('reference', { digest: error.digest })}</p>}
    </main>
  );
}
