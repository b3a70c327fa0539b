import { getTranslations } from 'next-intl/server';
import { requireViewer } from '@/lib/auth/viewer';
import { ProfileForm } from './profile-form';
import { SignOutEverywhereForm, SignOutForm } from './sign-out-forms';

export async function generateMetadata() {
  const t = await getTranslations('account');
  return { title: t('title') };
}

export default async function AccountPage() {
  const viewer = await requireViewer('/account');
  const t = await getTranslations('account');
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <p className="mt-1 text-muted">{t('signedInAs', { email: viewer.email })}</p>
      </div>
      <section aria-labelledby="profile" className="card">
        <h2 id="profile" className="mb-3 text-lg font-semibold">
          {t('profileTitle')}
        </h2>
        <ProfileForm name={viewer.name} locale={viewer.locale} />
      </section>
      <section aria-labelledby="sessions" className="card space-y-5">
        <h2 id="sessions" className="text-lg font-semibold">
          {t('sessionsTitle')}
        </h2>
        <div className="space-y-2">
          <p className="text-muted">{t('signOutHelp')}</p>
          <SignOutForm />
        </div>
        <div className="space-y-2 border-t border-sand-200 pt-5">
          <p className="text-muted">{t('signOutEverywhereHelp')}</p>
          <SignOutEverywhereForm />
        </div>
      </section>
    </div>
  );
}
