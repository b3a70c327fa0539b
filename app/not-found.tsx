import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { SiteFooter } from '@/components/site-footer';
import { SkipLink } from '@/components/skip-link';

export default async function NotFound() {
  const t = await getTranslations('notFound');
  return (
    <>
      <SkipLink />
      <header className="mx-auto flex max-w-md items-center px-4 pt-4">
        <Link href="/" className="flex min-h-11 items-center text-xl font-bold tracking-tight text-accent-strong">
          Village
        </Link>
      </header>
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-md space-y-4 px-4 py-10 outline-none">
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <p className="text-muted">{t('body')}</p>
        <Link href="/" className="btn-primary w-full">
          {t('home')}
        </Link>
      </main>
      <SiteFooter />
    </>
  );
}
