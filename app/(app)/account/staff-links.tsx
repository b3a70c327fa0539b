import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import type { Viewer } from '@/lib/accounts/viewer';
import { isModerator } from '@/lib/groups/service';
import { listQueue } from '@/lib/moderation/service';

const linkClass = 'flex min-h-12 items-center justify-between gap-3 px-4 py-2 font-semibold text-accent-strong hover:bg-sand-50';

/** Moderators and admins find their pages here; everyone else sees nothing. */
export async function StaffLinks({ viewer }: { viewer: Viewer }) {
  if (!isModerator(viewer)) return null;
  const t = await getTranslations('moderation');
  const ta = await getTranslations('admin');
  const { total } = await listQueue(await getDb(), viewer, { limit: 1 });
  const admin = viewer.role === 'admin';
  return (
    <section aria-labelledby="staff-links" data-testid="staff-links" className="space-y-3">
      <h2 id="staff-links" className="text-lg font-semibold">
        {admin ? t('staff.titleAdmin') : t('staff.title')}
      </h2>
      <ul className="divide-y divide-sand-200 rounded-2xl border border-sand-200 bg-white">
        <li>
          <Link href="/moderation" className={linkClass}>
            {t('queueTitle')}
            <span className="text-sm font-normal text-muted">{t('staff.waiting', { count: total })}</span>
          </Link>
        </li>
        <li>
          <Link href="/moderation/settings" className={linkClass}>
            {t('settings.title')}
          </Link>
        </li>
        {admin && (
          <>
            <li>
              <Link href="/admin/moderators" className={linkClass}>
                {ta('moderatorsTitle')}
              </Link>
            </li>
            <li>
              <Link href="/admin/audit-log" className={linkClass}>
                {ta('auditTitle')}
              </Link>
            </li>
            <li>
              <Link href="/admin/settings" className={linkClass}>
                {ta('settingsTitle')}
              </Link>
            </li>
          </>
        )}
      </ul>
    </section>
  );
}
