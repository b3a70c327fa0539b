import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { HeartIcon } from '@/components/icons';

export async function Landing() {
  const t = await getTranslations('landing');
  return (
    <div className="space-y-8 py-2">
      <div className="space-y-4">
        <span className="inline-flex size-14 items-center justify-center rounded-full bg-accent-soft text-accent-strong">
          <HeartIcon />
        </span>
        <h1 className="text-3xl font-bold leading-tight">{t('title')}</h1>
        <p className="text-lg">{t('p1')}</p>
        <p className="text-muted">{t('p2')}</p>
      </div>
      <div className="flex flex-col gap-3 sm:flex-row">
        <Link href="/sign-up" className="btn-primary w-full sm:w-auto">
          {t('signUp')}
        </Link>
        <Link href="/sign-in" className="btn-secondary w-full sm:w-auto">
          {t('signIn')}
        </Link>
      </div>
      <p className="text-sm text-muted">
        {t('haveCode')}{' '}
        <Link href="/join" className="inline-flex min-h-11 items-center font-semibold text-accent-strong underline underline-offset-4">
          {t('enterCode')}
        </Link>
      </p>
    </div>
  );
}
