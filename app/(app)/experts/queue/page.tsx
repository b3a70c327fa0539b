import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { requireViewer } from '@/lib/auth/viewer';
import { isVerifiedExpert, listQuestions, myExpertProfile } from '@/lib/questions/service';
import { QueueList } from './queue-list';

export async function generateMetadata() {
  const t = await getTranslations('experts');
  return { title: t('queue.title') };
}

/** The verified expert's list: urgent first, then whoever has waited longest; live as questions come and go. */
export default async function QueuePage() {
  const viewer = await requireViewer('/experts/queue');
  const t = await getTranslations('experts');
  const db = await getDb();
  if (!(await isVerifiedExpert(db, viewer.id))) {
    const { application } = await myExpertProfile(db, viewer);
    return (
      <div className="space-y-6">
        <div>
          <h1 className="text-2xl font-bold">{t('queue.notExpertTitle')}</h1>
          <p className="mt-1 text-muted">{t('queue.notExpertLead')}</p>
        </div>
        {application?.status === 'pending' && <p className="rounded-xl bg-sand-50 px-4 py-3">{t('queue.pendingNote')}</p>}
        <Link href="/experts/apply" className="btn-primary w-full">
          {application ? t('queue.applicationLink') : t('queue.applyLink')}
        </Link>
        <Link href="/questions" className="inline-flex min-h-11 items-center font-semibold text-accent-strong underline underline-offset-4">
          {t('queue.toQuestions')}
        </Link>
      </div>
    );
  }
  const { items } = await listQuestions(db, viewer, { status: 'open', limit: 50 });
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">{t('queue.title')}</h1>
        <p className="mt-1 text-muted">{t('queue.lead')}</p>
      </div>
      <QueueList initial={items} />
      <Link href="/questions" className="inline-flex min-h-11 items-center font-semibold text-accent-strong underline underline-offset-4">
        {t('queue.toQuestions')}
      </Link>
    </div>
  );
}
