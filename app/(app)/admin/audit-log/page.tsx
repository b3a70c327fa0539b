import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { getViewer, requireViewer } from '@/lib/auth/viewer';
import { listGroups } from '@/lib/groups/service';
import { listAuditLog } from '@/lib/moderation/service';
import { AuditList } from './audit-list';
import { AUDIT_PAGE } from './page-size';

export async function generateMetadata() {
  if ((await getViewer())?.role !== 'admin') return {};
  return { title: (await getTranslations('admin'))('auditTitle') };
}

/** Every moderation and admin decision, newest first. Admins only. */
export default async function AuditLogPage() {
  const viewer = await requireViewer('/admin/audit-log');
  if (viewer.role !== 'admin') notFound();
  const t = await getTranslations('admin');
  const locale = (await getLocale()) === 'en' ? 'en' : 'vi';
  const db = await getDb();
  const [log, groups] = await Promise.all([listAuditLog(db, viewer, { limit: AUDIT_PAGE }), listGroups(db, viewer)]);
  return (
    <div className="space-y-6">
      <div>
        <Link href="/admin/settings" className="inline-flex min-h-11 items-center text-sm font-semibold text-accent-strong underline-offset-4 hover:underline">
          <span aria-hidden="true">‹&nbsp;</span>
          {t('settingsTitle')}
        </Link>
        <h1 className="text-2xl font-bold">{t('auditTitle')}</h1>
        <p className="mt-1 text-muted">{t('auditLead')}</p>
      </div>
      <AuditList initialItems={log.items} groupNames={Object.fromEntries(groups.items.map((g) => [g.id, g.name[locale]]))} />
    </div>
  );
}
