import Link from 'next/link';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import type { Viewer } from '@/lib/accounts/viewer';
import { listChores } from '@/lib/chores/service';
import { getCircle } from '@/lib/circles/service';
import { listSupportRequests } from '@/lib/encouragement/service';
import { ChoresIcon } from '@/components/icons';
import { myCircles } from './_live/load-shell';
import { recentRequests } from './_live/recent-requests';
import { CheckinHomeCard } from './checkins/home-card';
import { latestSharedCheckin, templateTitles } from './checkins/load-shared';
import { SharedCheckinCard } from './checkins/shared-card';
import { RestControl } from './_live/rest';
import { SupportPanel } from './_live/support-panel';
import { CreateCircleForm } from './circles/create-circle-form';

/** "Your circle today": each of her circles with its people, and the next useful step. */
export async function Home({ viewer }: { viewer: Viewer }) {
  const db = await getDb();
  const t = await getTranslations('home');
  const tr = await getTranslations('relationships');
  const tRest = await getTranslations('rest');
  // The rest control's quick choices (1, 2, 3 hours), formatted here rather than on her phone.
  const restHourLabels = [1, 2, 3].map((count) => tRest('hours', { count }));
  const format = await getFormatter();
  const titles = templateTitles((await getLocale()) === 'en' ? 'en' : 'vi');
  const list = await myCircles(viewer);
  // Each circle's reads at once: the page's first byte waits for the slowest, not for their sum.
  const circles = await Promise.all(
    list.map(async (c) => {
      const owner = c.myRole === 'owner';
      const [circle, board, support, shared] = await Promise.all([
        getCircle(db, viewer, c.id),
        listChores(db, viewer, c.id),
        owner ? listSupportRequests(db, viewer, c.id).then((r) => recentRequests(r.items)) : [],
        owner ? null : latestSharedCheckin(db, viewer, c.id),
      ]);
      return { ...circle, board, support, shared };
    }),
  );
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">{t('greeting', { name: viewer.name })}</h1>
        <p className="mt-1 text-muted">{circles.length ? t('lead') : t('leadEmpty')}</p>
      </div>

      {viewer.role === 'mother' && <CheckinHomeCard viewer={viewer} />}

      {circles.length === 0 && (
        <section aria-labelledby="start" className="card space-y-3">
          <h2 id="start" className="text-lg font-semibold">
            {t('startTitle')}
          </h2>
          <p className="text-muted">{t('startLead')}</p>
          <CreateCircleForm suggestedName={t('namePlaceholder', { name: viewer.name })} />
          <p className="border-t border-sand-200 pt-3 text-sm text-muted">
            {t('invitedInstead')}{' '}
            <Link href="/join" className="inline-flex min-h-11 items-center font-semibold text-accent-strong underline underline-offset-4">
              {t('enterCode')}
            </Link>
          </p>
        </section>
      )}

      {circles.map((circle) => (
        <div key={circle.id} className="space-y-4">
        {circle.myRole === 'owner' && <SupportPanel circleId={circle.id} initialRequests={circle.support} />}
        {circle.myRole !== 'owner' && <SharedCheckinCard circleId={circle.id} viewerId={viewer.id} initial={circle.shared} templateTitles={titles} />}
        <section aria-labelledby={`circle-${circle.id}`} className="card space-y-4">
          <div className="flex items-baseline justify-between gap-3">
            <h2 id={`circle-${circle.id}`} className="text-lg font-semibold">
              <Link href={`/circles/${circle.id}`} className="underline-offset-4 hover:underline">
                {circle.name}
              </Link>
            </h2>
            <span className="shrink-0 text-sm text-muted">{t('memberCount', { count: circle.members.length })}</span>
          </div>
          <ul className="space-y-2">
            {[...circle.members].sort((a, b) => (a.role === b.role ? 0 : a.role === 'owner' ? -1 : 1)).map((m) => (
              <li key={m.userId} className="flex items-center gap-3">
                <span aria-hidden="true" className="inline-flex size-9 shrink-0 items-center justify-center rounded-full bg-sand-100 font-semibold text-accent-strong">
                  {m.name.trim().charAt(0).toUpperCase()}
                </span>
                <span>
                  <span className="font-semibold">{m.name}</span>
                  {m.userId === viewer.id && <span className="text-muted"> {t('you')}</span>}
                  <span className="block text-sm text-muted">{tr(m.relationship)}</span>
                </span>
              </li>
            ))}
          </ul>
          {circle.myRole !== 'owner' && circle.board.restingUntil && (
            <p className="rounded-xl bg-sand-50 px-3 py-2 font-semibold">
              {t('resting', {
                name: circle.members.find((m) => m.role === 'owner')?.name ?? '',
                time: format.dateTime(new Date(circle.board.restingUntil), { hour: '2-digit', minute: '2-digit' }),
              })}
            </p>
          )}
          <Link href={`/circles/${circle.id}/chores`} className="btn-primary w-full text-lg">
            <ChoresIcon />
            {circle.myRole === 'owner' ? t('boardOwner') : t('board')}
          </Link>
          <p className="text-sm text-muted">
            {t('boardSummary', {
              open: circle.board.items.filter((c) => c.status === 'open').length,
              claimed: circle.board.items.filter((c) => c.status === 'claimed').length,
              done: circle.board.items.filter((c) => c.status === 'done').length,
            })}
          </p>
          <div className="flex flex-col gap-2 sm:flex-row">
            {circle.myRole === 'owner' && (
              <Link href={`/circles/${circle.id}/invitations`} className="btn-secondary w-full sm:w-auto">
                {circle.members.length === 1 ? t('inviteFirst') : t('invite')}
              </Link>
            )}
            <Link href={`/circles/${circle.id}`} className="btn-secondary w-full sm:w-auto">
              {t('open')}
            </Link>
          </div>
        </section>
        {circle.myRole === 'owner' && <RestControl circleId={circle.id} initialUntil={circle.board.restingUntil} hourLabels={restHourLabels} />}
        </div>
      ))}
    </div>
  );
}
