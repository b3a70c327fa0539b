import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { getViewer, requireViewer } from '@/lib/auth/viewer';
import { listChores } from '@/lib/chores/service';
import { CHORE_TEMPLATES } from '@/lib/chores/templates';
import { listSupportRequests } from '@/lib/encouragement/service';
import { recentRequests } from '../../../_live/recent-requests';
import { RestControl } from '../../../_live/rest';
import { SupportPanel } from '../../../_live/support-panel';
import { latestSharedCheckin, templateTitles } from '../../../checkins/load-shared';
import { SharedCheckinCard } from '../../../checkins/shared-card';
import { loadCircle } from '../../load-circle';
import { ChoreBoard } from './chore-board';

type Props = { params: Promise<{ circleId: string }> };

export async function generateMetadata() {
  const viewer = await getViewer();
  if (!viewer) return {};
  return { title: (await getTranslations('chores'))('title') };
}

export default async function ChoresPage({ params }: Props) {
  const { circleId } = await params;
  const viewer = await requireViewer(`/circles/${circleId}/chores`);
  const circle = await loadCircle(viewer, circleId);
  const db = await getDb();
  const t = await getTranslations('chores');
  const locale = (await getLocale()) === 'en' ? 'en' : 'vi';
  const isOwner = circle.myRole === 'owner';
  const mother = circle.members.find((m) => m.role === 'owner');
  const [board, support, shared] = await Promise.all([
    listChores(db, viewer, circle.id),
    isOwner ? listSupportRequests(db, viewer, circle.id) : null,
    isOwner ? null : latestSharedCheckin(db, viewer, circle.id),
  ]);
  const templates = CHORE_TEMPLATES.map((tpl) => ({ key: tpl.key, category: tpl.category, title: tpl.title[locale], notes: tpl.notes[locale] }));
  return (
    <div className="space-y-6">
      <div>
        <Link href={`/circles/${circle.id}`} className="inline-flex min-h-11 items-center text-sm font-semibold text-accent-strong underline-offset-4 hover:underline">
          <span aria-hidden="true">‹&nbsp;</span>
          {circle.name}
        </Link>
        <h1 className="text-2xl font-bold">{isOwner ? t('titleOwner') : t('title')}</h1>
        <p className="mt-1 text-muted">{isOwner ? t('leadOwner') : t('lead', { name: mother?.name ?? '' })}</p>
      </div>
      <nav aria-label={t('moreNav')} className="flex flex-wrap gap-2">
        <Link href={`/circles/${circle.id}/week`} className="btn-secondary flex-1">
          {t('toWeek')}
        </Link>
        <Link href={`/circles/${circle.id}/encouragement`} className="btn-secondary flex-1">
          {isOwner ? t('toWall') : t('toEncourage')}
        </Link>
        <Link href="/guides/family-help" className="inline-flex min-h-11 w-full items-center font-semibold text-accent-strong underline underline-offset-4">
          {t('guideLink')}
        </Link>
      </nav>
      {!isOwner && <SharedCheckinCard circleId={circle.id} viewerId={viewer.id} initial={shared} templateTitles={templateTitles(locale)} />}
      <ChoreBoard
        circleId={circle.id}
        viewerId={viewer.id}
        isOwner={isOwner}
        motherName={mother?.name ?? ''}
        initialChores={board.items}
        initialRestingUntil={board.restingUntil}
        templates={templates}
      />
      {isOwner && support && (
        <>
          <SupportPanel circleId={circle.id} initialRequests={recentRequests(support.items)} />
          <RestControl circleId={circle.id} initialUntil={board.restingUntil} />
        </>
      )}
    </div>
  );
}
