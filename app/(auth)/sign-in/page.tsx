import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getViewer, safeNextPath } from '@/lib/auth/viewer';
import { SignInForm } from './sign-in-form';

export async function generateMetadata() {
  const t = await getTranslations('signIn');
  return { title: t('title') };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  const { next: rawNext } = await searchParams;
  const next = safeNextPath(Array.isArray(rawNext) ? rawNext[0] : rawNext);
  if (await getViewer()) redirect(next);
  const t = await getTranslations('signIn');
  const joining = next.startsWith('/join/');
  const signUpHref = joining ? `/sign-up?invitation=${encodeURIComponent(next.slice('/join/'.length))}` : next !== '/' ? `/sign-up?next=${encodeURIComponent(next)}` : '/sign-up';
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <p className="mt-1 text-muted">{joining ? t('leadJoining') : t('lead')}</p>
      </div>
      <div className="card">
        <SignInForm next={next} />
      </div>
      <p className="text-center">
        {t('noAccount')}{' '}
        <Link href={signUpHref} className="inline-flex min-h-11 items-center font-semibold text-accent-strong underline underline-offset-4">
          {t('signUpLink')}
        </Link>
      </p>
    </div>
  );
}
