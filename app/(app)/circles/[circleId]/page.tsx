import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { getViewer, requireViewer } from '@/lib/auth/viewer';
import { loadCircle } from '../load-circle';
import { LeaveCircle } from './leave-circle';
import { MembersList } from './members-list';

type Props = { params: Promise<{ circleId: string }>; searchParams: Promise<{ created?: string; joined?: string }> };

export async function generateMetadata({ params }: Props) {
  const viewer = await getViewer();
  if (!viewer) return {};
  const circle = await loadCircle(viewer, (await params).circleId);
  return { title: circle.name };
}

export default async function CirclePage({ params, searchParams }: Props) {
  const { circleId } = await params;
  const { created, joined } = await searchParams;
  const viewer = await requireViewer(`/circles/${circleId}`);
  const circle = await loadCircle(viewer, circleId);
  const t = await getTranslations('circle');
  const isOwner = circle.myRole === 'owner';
  const onlyMe = circle.members.length === 1;
  return (
    <div className="space-y-6">
      <div>
        <Link href="/circles" className="inline-flex min-h-11 items-center text-sm font-semibold text-accent-strong underline-offset-4 hover:underline">
          <span aria-hidden="true">‹&nbsp;</span>
          {t('back')}
        </Link>
        <h1 className="text-2xl font-bold">{circle.name}</h1>
        <p className="mt-1 text-muted">{isOwner ? t('leadOwner') : t('leadMember')}</p>
      </div>
      {(created || joined) && (
        <p role="status" className="rounded-xl bg-ok-soft px-4 py-3 font-semibold text-ok">
          {created ? t('created') : t('joined', { circle: circle.name })}
        </p>
      )}
      <nav aria-label={t('todayNav')} className="grid grid-cols-1 gap-2 sm:grid-cols-3">
        <Link href={`/circles/${circle.id}/chores`} className="btn-primary text-lg sm:col-span-3">
          {isOwner ? t('boardOwner') : t('board')}
        </Link>
        <Link href={`/circles/${circle.id}/week`} className="btn-secondary">
          {t('week')}
        </Link>
        <Link href={`/circles/${circle.id}/encouragement`} className="btn-secondary sm:col-span-2">
          {isOwner ? t('wall') : t('encourage')}
        </Link>
      </nav>
      {isOwner && (
        <div className="card space-y-3 bg-accent-soft/60">
          <p>{onlyMe ? t('inviteFirst') : t('inviteMore')}</p>
          <Link href={`/circles/${circle.id}/invitations`} className="btn-primary w-full sm:w-auto">
            {t('invite')}
          </Link>
        </div>
      )}
      <section aria-labelledby="members-heading">
        <h2 id="members-heading" className="mb-3 text-lg font-semibold">
          {t('members')}
        </h2>
        <MembersList
          key={circle.members.map((m) => m.userId).join(',')}
          circleId={circle.id}
          viewerId={viewer.id}
          isOwner={isOwner}
          initialMembers={circle.members}
        />
      </section>
      {!isOwner && <LeaveCircle circleId={circle.id} circleName={circle.name} />}
    </div>
  );
}
