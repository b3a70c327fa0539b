import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { getViewer, requireViewer } from '@/lib/auth/viewer';
import { getSafetySettings } from '@/lib/settings/service';
import { SafetyForm } from './safety-form';

export async function generateMetadata() {
  if ((await getViewer())?.role !== 'admin') return {};
  const t = await getTranslations('admin');
  return { title: t('settingsTitle') };
}

/** Admins set the numbers the crisis panel and the doctor prompt show; for anyone else the page does not exist. */
export default async function AdminSettingsPage() {
  const viewer = await requireViewer('/admin/settings');
  if (viewer.role !== 'admin') notFound();
  const t = await getTranslations('admin');
  const current = await getSafetySettings(await getDb());
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">{t('settingsTitle')}</h1>
        <p className="mt-1 text-muted">{t('settingsLead')}</p>
      </div>
      <section className="card">
        <SafetyForm current={current} />
      </section>
      <nav aria-labelledby="admin-more" className="space-y-2">
        <h2 id="admin-more" className="text-lg font-semibold">
          {t('moreTitle')}
        </h2>
        <ul className="divide-y divide-sand-200 rounded-2xl border border-sand-200 bg-white">
          <li>
            <Link href="/admin/moderators" className="flex min-h-12 items-center px-4 py-2 font-semibold text-accent-strong hover:bg-sand-50">
              {t('moderatorsTitle')}
            </Link>
          </li>
          <li>
            <Link href="/admin/audit-log" className="flex min-h-12 items-center px-4 py-2 font-semibold text-accent-strong hover:bg-sand-50">
              {t('auditTitle')}
            </Link>
          </li>
          <li>
            <Link href="/moderation" className="flex min-h-12 items-center px-4 py-2 font-semibold text-accent-strong hover:bg-sand-50">
              {t('queueLink')}
            </Link>
          </li>
          <li>
            <Link href="/admin/experts" className="flex min-h-12 items-center px-4 py-2 font-semibold text-accent-strong hover:bg-sand-50">
              {(await getTranslations('experts'))('admin.link')}
            </Link>
          </li>
        </ul>
      </nav>
    </div>
  );
}
