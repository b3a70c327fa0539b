import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { requireViewer } from '@/lib/auth/viewer';
import { getCircle, listCircles } from '@/lib/circles/service';
import { AliasSection } from '../groups/alias-section';
import { DeleteAccountForm } from './delete-account-form';
import { ProfileForm } from './profile-form';
import { SignOutEverywhereForm, SignOutForm } from './sign-out-forms';
import { StaffLinks } from './staff-links';

export async function generateMetadata() {
  const t = await getTranslations('account');
  return { title: t('title') };
}

export default async function AccountPage() {
  const viewer = await requireViewer('/account');
  const t = await getTranslations('account');
  const db = await getDb();
  const owned = await Promise.all(
    (await listCircles(db, viewer))
      .filter((c) => c.myRole === 'owner')
      .map(async (c) => {
        const circle = await getCircle(db, viewer, c.id);
        return { id: c.id, name: c.name, members: circle.members.filter((m) => m.userId !== viewer.id).map((m) => ({ userId: m.userId, name: m.name })) };
      }),
  );
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <p className="mt-1 text-muted">{t('signedInAs', { email: viewer.email })}</p>
      </div>
      <StaffLinks viewer={viewer} />
      <section aria-labelledby="profile" className="card">
        <h2 id="profile" className="mb-3 text-lg font-semibold">
          {t('profileTitle')}
        </h2>
        <ProfileForm name={viewer.name} locale={viewer.locale} />
      </section>
      <AliasSection viewer={viewer} />
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
      <section aria-labelledby="my-data" className="card space-y-5">
        <h2 id="my-data" className="text-lg font-semibold">
          {t('dataTitle')}
        </h2>
        <div className="space-y-2">
          <p className="text-muted">{t('exportHelp')}</p>
          <a href="/api/v1/me/export" download="village-my-data.json" data-testid="export-data" className="btn-secondary w-full sm:w-auto">
            {t('export')}
          </a>
        </div>
        <div data-testid="delete-account" className="space-y-3 border-t border-sand-200 pt-5">
          <h3 className="font-semibold">{t('deleteTitle')}</h3>
          <p>{t('deleteErased')}</p>
          <p>{t('deleteKept')}</p>
          <DeleteAccountForm circles={owned} />
        </div>
      </section>
    </div>
  );
}
