import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { getViewer, requireViewer } from '@/lib/auth/viewer';
import { listApplications, questionStats } from '@/lib/questions/service';
import { durationText } from '../../questions/duration';
import { ApplicationList } from './application-list';

export async function generateMetadata() {
  if ((await getViewer())?.role !== 'admin') return {};
  const t = await getTranslations('experts');
  return { title: t('admin.title') };
}

const FILTERS = ['pending', 'verified', 'declined', 'revoked'] as const;
type Filter = (typeof FILTERS)[number];
const STATUS_ORDER: Record<Filter, number> = { pending: 0, verified: 1, declined: 2, revoked: 3 };

const chip =
  'inline-flex min-h-11 items-center rounded-full border-2 border-sand-300 bg-white px-3 text-sm font-semibold text-ink hover:bg-sand-50 aria-[current=true]:border-accent aria-[current=true]:bg-accent-soft aria-[current=true]:text-accent-strong';

/** Admins verify experts before their badge shows, and see how long mothers wait for a first answer. */
export default async function AdminExpertsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireViewer('/admin/experts');
  if (viewer.role !== 'admin') notFound();
  const t = await getTranslations('experts');
  const tq = await getTranslations('questions');
  const raw = (await searchParams).status;
  const filter = FILTERS.find((f) => f === (Array.isArray(raw) ? raw[0] : raw));
  const db = await getDb();
  const [list, stats] = await Promise.all([listApplications(db, viewer, filter), questionStats(db, viewer)]);
  // Pending first (to decide), then by status, oldest application first within each.
  const items = [...list.items].sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || a.createdAt.localeCompare(b.createdAt));
  const median = (s: { medianSeconds: number | null }) => (s.medianSeconds === null ? t('admin.noAnswers') : durationText(tq, s.medianSeconds));

  return (
    <div className="space-y-8">
      <div>
        <Link href="/admin/settings" className="inline-flex min-h-11 items-center text-sm font-semibold text-accent-strong underline-offset-4 hover:underline">
          <span aria-hidden="true">‹&nbsp;</span>
          {(await getTranslations('admin'))('settingsTitle')}
        </Link>
        <h1 className="text-2xl font-bold">{t('admin.title')}</h1>
        <p className="mt-1 text-muted">{t('admin.lead')}</p>
      </div>

      <section aria-labelledby="stats-title" data-testid="expert-stats" className="card space-y-3">
        <h2 id="stats-title" className="text-lg font-semibold">
          {t('admin.statsTitle')}
        </h2>
        <dl className="grid grid-cols-2 gap-3">
          <div className="rounded-xl bg-sand-50 p-3">
            <dt className="text-sm text-muted">{t('admin.median7')}</dt>
            <dd data-testid="median-7" className="text-xl font-bold">
              {median(stats.last7Days)}
            </dd>
            <dd className="text-sm text-muted">{t('admin.answeredCount', { count: stats.last7Days.answered })}</dd>
          </div>
          <div className="rounded-xl bg-sand-50 p-3">
            <dt className="text-sm text-muted">{t('admin.median30')}</dt>
            <dd data-testid="median-30" className="text-xl font-bold">
              {median(stats.last30Days)}
            </dd>
            <dd className="text-sm text-muted">{t('admin.answeredCount', { count: stats.last30Days.answered })}</dd>
          </div>
          <div className="rounded-xl bg-sand-50 p-3">
            <dt className="text-sm text-muted">{t('admin.open')}</dt>
            <dd data-testid="open-count" className="text-xl font-bold">
              {stats.open}
            </dd>
          </div>
          <div className={`rounded-xl p-3 ${stats.urgentOpen > 0 ? 'bg-danger-soft' : 'bg-sand-50'}`}>
            <dt className={`text-sm ${stats.urgentOpen > 0 ? 'font-semibold text-danger' : 'text-muted'}`}>{t('admin.urgentOpen')}</dt>
            <dd data-testid="urgent-open-count" className={`text-xl font-bold ${stats.urgentOpen > 0 ? 'text-danger' : ''}`}>
              {stats.urgentOpen}
            </dd>
          </div>
        </dl>
      </section>

      <section aria-labelledby="applications-title" className="space-y-3">
        <h2 id="applications-title" className="text-lg font-semibold">
          {t('admin.applicationsTitle')}
        </h2>
        <nav aria-label={t('admin.filterLabel')}>
          <ul className="flex flex-wrap gap-2">
            <li>
              <Link href="/admin/experts" aria-current={!filter ? 'true' : undefined} className={chip}>
                {t('admin.filterAll')}
              </Link>
            </li>
            {FILTERS.map((f) => (
              <li key={f}>
                <Link href={`/admin/experts?status=${f}`} aria-current={filter === f ? 'true' : undefined} className={chip}>
                  {t(`admin.filter.${f}`)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <ApplicationList initial={items} />
      </section>
    </div>
  );
}
