import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { getViewer, requireViewer } from '@/lib/auth/viewer';
import { POST_MAX } from '@/lib/groups/input';
import { listPosts } from '@/lib/groups/service';
import { JoinPrompt } from '../join-prompt';
import { isNotMember, loadGroup } from '../load-group';
import { Feed } from './feed';

type Props = { params: Promise<{ groupId: string }> };

export async function generateMetadata({ params }: Props) {
  const viewer = await getViewer();
  if (!viewer) return {};
  const group = await loadGroup(viewer, (await params).groupId);
  return { title: group.name };
}

/** A group's feed: her posts still waiting on top, then everyone's, newest first, live. */
export default async function GroupPage({ params }: Props) {
  const { groupId } = await params;
  const viewer = await requireViewer(`/groups/${groupId}`);
  const group = await loadGroup(viewer, groupId);
  if (!group.joined || !group.alias) return <JoinPrompt group={group} />;
  let page;
  try {
    page = await listPosts(await getDb(), viewer, group.id, { limit: 20 });
  } catch (err) {
    if (isNotMember(err)) return <JoinPrompt group={group} />;
    throw err;
  }
  const t = await getTranslations('groups');
  return (
    <div className="space-y-6">
      <div>
        <Link href="/groups" className="inline-flex min-h-11 items-center text-sm font-semibold text-accent-strong underline-offset-4 hover:underline">
          <span aria-hidden="true">‹&nbsp;</span>
          {t('feed.back')}
        </Link>
        <h1 className="text-2xl font-bold">{group.name}</h1>
        <p className="mt-1 text-muted">{group.description}</p>
        <p className="mt-1 text-sm text-muted">
          {t('memberCount', { count: group.memberCount })}
          {group.slowModeMinutes > 0 && <> · {t('feed.slowMode', { minutes: group.slowModeMinutes })}</>}
        </p>
      </div>
      <Feed groupId={group.id} alias={group.alias} initial={page} postMax={POST_MAX} />
    </div>
  );
}
