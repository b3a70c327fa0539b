import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { getViewer, requireViewer } from '@/lib/auth/viewer';
import { listModerators } from '@/lib/moderation/service';
import { AppointForm } from './appoint-form';
import { ModeratorList } from './moderator-list';

export async function generateMetadata() {
  if ((await getViewer())?.role !== 'admin') return {};
  return { title: (await getTranslations('admin'))('moderatorsTitle') };
}

/** Admins appoint and revoke moderators; for anyone else the page does not exist. */
export default async function AdminModeratorsPage() {
  const viewer = await requireViewer('/admin/moderators');
  if (viewer.role !== 'admin') notFound();
  const t = await getTranslations('admin');
  const people = await listModerators(await getDb(), viewer);
  return (
    <div className="space-y-6">
      <div>
        <Link href="/admin/settings" className="inline-flex min-h-11 items-center text-sm font-semibold text-accent-strong underline-offset-4 hover:underline">
          <span aria-hidden="true">‹&nbsp;</span>
          {t('settingsTitle')}
        </Link>
        <h1 className="text-2xl font-bold">{t('moderatorsTitle')}</h1>
        <p className="mt-1 text-muted">{t('moderatorsLead')}</p>
      </div>
      <section aria-labelledby="appoint" className="card">
        <h2 id="appoint" className="mb-3 text-lg font-semibold">
          {t('appointTitle')}
        </h2>
        <AppointForm />
      </section>
      <section aria-labelledby="current-moderators" className="space-y-3">
        <h2 id="current-moderators" tabIndex={-1} className="text-lg font-semibold">
          {t('currentTitle')}
        </h2>
        <ModeratorList people={people.items} />
      </section>
    </div>
  );
}
