import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { listQueue } from '@/lib/moderation/service';
import { requireModeratorPage, viewerIsModerator } from './load-moderator';
import { QueueList } from './queue-list';

export async function generateMetadata() {
  if (!(await viewerIsModerator())) return {};
  return { title: (await getTranslations('moderation'))('queueTitle') };
}

/** Held and flagged posts from every peer group, oldest first. Moderators and admins only. */
export default async function ModerationQueuePage() {
  const viewer = await requireModeratorPage('/moderation');
  const t = await getTranslations('moderation');
  const queue = await listQueue(await getDb(), viewer, { limit: 50 });
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">{t('queueTitle')}</h1>
        <p className="mt-1 text-muted">{t('queueLead')}</p>
        <Link href="/moderation/settings" className="inline-flex min-h-11 items-center font-semibold text-accent-strong underline underline-offset-4">
          {t('toSettings')}
        </Link>
      </div>
      <QueueList initialItems={queue.items} total={queue.total} />
    </div>
  );
}
