import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { JoinPanel } from './join-panel';
import type { LoadedGroup } from './load-group';

/** For a group she has not joined (or has left): what it is about, and the way in. */
export async function JoinPrompt({ group }: { group: LoadedGroup }) {
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
      </div>
      <section aria-labelledby="join-title" data-testid="join-prompt" className="card space-y-3">
        <h2 id="join-title" className="text-lg font-semibold">
          {t('feed.notMemberTitle')}
        </h2>
        <p>{t('feed.notMemberLead')}</p>
        <p className="text-sm text-muted">{t('memberCount', { count: group.memberCount })}</p>
        <JoinPanel groupId={group.id} groupName={group.name} hasAlias={group.alias !== null} />
      </section>
    </div>
  );
}
