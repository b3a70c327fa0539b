import { notFound } from 'next/navigation';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { getViewer, requireViewer } from '@/lib/auth/viewer';
import { REPLY_MAX } from '@/lib/groups/input';
import { getPost } from '@/lib/groups/service';
import { AppError } from '@/lib/http/errors';
import type { Viewer } from '@/lib/accounts/viewer';
import { JoinPrompt } from '../../../join-prompt';
import { isNotMember, loadGroup } from '../../../load-group';
import { Thread } from './thread';

type Props = { params: Promise<{ groupId: string; postId: string }> };

/** The post with its replies, or "join first" (null) when she is not in the group. */
async function loadThread(viewer: Viewer, groupId: string, rawPostId: string) {
  const id = z.uuid().safeParse(rawPostId);
  if (!id.success) notFound();
  try {
    const thread = await getPost(await getDb(), viewer, id.data);
    if (thread.post.groupId !== groupId) notFound();
    return thread;
  } catch (err) {
    if (isNotMember(err)) return null;
    if (err instanceof AppError && err.code === 'not_found') notFound();
    throw err;
  }
}

export async function generateMetadata({ params }: Props) {
  const viewer = await getViewer();
  if (!viewer) return {};
  const group = await loadGroup(viewer, (await params).groupId);
  return { title: (await getTranslations('groups.thread'))('title', { group: group.name }) };
}

export default async function ThreadPage({ params }: Props) {
  const { groupId, postId } = await params;
  const viewer = await requireViewer(`/groups/${groupId}/posts/${postId}`);
  const group = await loadGroup(viewer, groupId);
  const thread = group.joined && group.alias ? await loadThread(viewer, group.id, postId) : null;
  if (!thread) return <JoinPrompt group={group} />;
  const t = await getTranslations('groups.thread');
  return (
    <div className="space-y-6">
      <div>
        <Link href={`/groups/${group.id}`} className="inline-flex min-h-11 items-center text-sm font-semibold text-accent-strong underline-offset-4 hover:underline">
          <span aria-hidden="true">‹&nbsp;</span>
          {t('back', { group: group.name })}
        </Link>
        <h1 className="text-2xl font-bold">{t('title', { group: group.name })}</h1>
      </div>
      <Thread initial={thread} replyMax={REPLY_MAX} />
    </div>
  );
}
