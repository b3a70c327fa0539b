import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { getViewer, requireViewer } from '@/lib/auth/viewer';
import { weeklySummary } from '@/lib/chores/service';
import { loadCircle } from '../../load-circle';

type Props = { params: Promise<{ circleId: string }> };

export async function generateMetadata() {
  const viewer = await getViewer();
  if (!viewer) return {};
  return { title: (await getTranslations('week'))('title') };
}

/** Whole hours when there are some ("9 hours"), else minutes ("45 minutes"). */
function duration(t: Awaited<ReturnType<typeof getTranslations<'week'>>>, minutes: number) {
  return minutes >= 60 ? t('hours', { count: Math.round(minutes / 6) / 10 }) : t('minutes', { count: minutes });
}

/**
 * "This week": what each helper carried and the rest it bought her. Thanks, not scores: members
 * keep the circle's order (when they joined), nobody is ranked and the mother is never scored.
 */
export default async function WeekPage({ params }: Props) {
  const { circleId } = await params;
  const viewer = await requireViewer(`/circles/${circleId}/week`);
  const circle = await loadCircle(viewer, circleId);
  const summary = await weeklySummary(await getDb(), viewer, circle.id);
  const t = await getTranslations('week');
  const tr = await getTranslations('relationships');
  const isOwner = circle.myRole === 'owner';
  const mother = circle.members.find((m) => m.role === 'owner')?.name ?? '';
  const max = Math.max(3, ...summary.members.map((m) => m.effort));
  const anything = summary.members.some((m) => m.chores > 0);
  return (
    <div className="space-y-6">
      <div>
        <Link href={`/circles/${circle.id}/chores`} className="inline-flex min-h-11 items-center text-sm font-semibold text-accent-strong underline-offset-4 hover:underline">
          <span aria-hidden="true">‹&nbsp;</span>
          {t('back')}
        </Link>
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <p className="mt-1 text-muted">{isOwner ? t('leadOwner') : t('lead', { name: mother })}</p>
      </div>

      {!anything ? (
        <section className="card space-y-3">
          <h2 className="text-lg font-semibold">{t('emptyTitle')}</h2>
          <p className="text-muted">{isOwner ? t('emptyOwner') : t('emptyMember', { name: mother })}</p>
          <Link href={`/circles/${circle.id}/chores`} className="btn-primary w-full sm:w-auto">
            {isOwner ? t('emptyOwnerCta') : t('emptyMemberCta')}
          </Link>
        </section>
      ) : (
        <>
          <section aria-labelledby="rest-bought" className="card space-y-2 bg-ok-soft/60">
            <h2 id="rest-bought" className="text-lg font-semibold">
              {isOwner ? t('restTitleOwner') : t('restTitle', { name: mother })}
            </h2>
            {summary.members
              .filter((m) => m.nightShiftMinutes > 0)
              .map((m) => (
                <p key={m.userId}>
                  {isOwner
                    ? t('sleepOwner', { name: m.name, duration: duration(t, m.nightShiftMinutes) })
                    : m.userId === viewer.id
                      ? t('sleepYou', { name: mother, duration: duration(t, m.nightShiftMinutes) })
                      : t('sleepMember', { name: m.name, mother, duration: duration(t, m.nightShiftMinutes) })}
                </p>
              ))}
            {summary.restMinutes > 0 && (
              <p className="font-semibold">
                {isOwner ? t('restTotalOwner', { duration: duration(t, summary.restMinutes) }) : t('restTotal', { name: mother, duration: duration(t, summary.restMinutes) })}
              </p>
            )}
          </section>

          <section aria-labelledby="who-carried" className="card space-y-4">
            <div>
              <h2 id="who-carried" className="text-lg font-semibold">
                {t('chartTitle')}
              </h2>
              <p className="text-sm text-muted">{t('chartLead')}</p>
            </div>
            <ul className="space-y-4">
              {summary.members.map((m) => (
                <li key={m.userId}>
                  <p className="flex flex-wrap items-baseline justify-between gap-x-3">
                    <span className="font-semibold">
                      {m.name}
                      {m.userId === viewer.id && <span className="font-normal text-muted"> {t('you')}</span>}
                      <span className="font-normal text-muted"> · {tr(m.relationship)}</span>
                    </span>
                    <span className="text-sm text-muted">{t('carried', { chores: m.chores, effort: m.effort })}</span>
                  </p>
                  <svg viewBox="0 0 100 8" preserveAspectRatio="none" className="mt-1 block h-4 w-full" aria-hidden="true">
                    <rect x="0" y="0" width="100" height="8" rx="4" className="fill-sand-100" />
                    {m.effort > 0 && <rect x="0" y="0" width={Math.max(4, (m.effort / max) * 100)} height="8" rx="4" className="fill-accent" />}
                  </svg>
                  {m.chores > 0 && m.restMinutes > 0 && <p className="mt-1 text-sm">{t('thanks', { duration: duration(t, m.restMinutes) })}</p>}
                </li>
              ))}
            </ul>
          </section>
        </>
      )}
    </div>
  );
}
