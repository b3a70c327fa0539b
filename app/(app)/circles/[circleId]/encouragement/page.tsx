import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { getViewer, requireViewer } from '@/lib/auth/viewer';
import { listEncouragements } from '@/lib/encouragement/service';
import { loadCircle } from '../../load-circle';
import { EncouragementWall } from './wall';

type Props = { params: Promise<{ circleId: string }> };

export async function generateMetadata() {
  const viewer = await getViewer();
  if (!viewer) return {};
  return { title: (await getTranslations('encouragement'))('title') };
}

export default async function EncouragementPage({ params }: Props) {
  const { circleId } = await params;
  const viewer = await requireViewer(`/circles/${circleId}/encouragement`);
  const circle = await loadCircle(viewer, circleId);
  const t = await getTranslations('encouragement');
  const isOwner = circle.myRole === 'owner';
  const mother = circle.members.find((m) => m.role === 'owner')?.name ?? '';
  const { items } = await listEncouragements(await getDb(), viewer, circle.id);
  return (
    <div className="space-y-6">
      <div>
        <Link href={`/circles/${circle.id}/chores`} className="inline-flex min-h-11 items-center text-sm font-semibold text-accent-strong underline-offset-4 hover:underline">
          <span aria-hidden="true">‹&nbsp;</span>
          {t('back')}
        </Link>
        <h1 className="text-2xl font-bold">{isOwner ? t('titleOwner') : t('title')}</h1>
        <p className="mt-1 text-muted">{isOwner ? t('leadOwner') : t('lead', { name: mother })}</p>
      </div>
      <EncouragementWall circleId={circle.id} isOwner={isOwner} motherName={mother} initialNotes={items} />
    </div>
  );
}
