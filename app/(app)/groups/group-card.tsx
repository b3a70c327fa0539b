'use client';
import { useState } from 'react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { leaveGroupAction } from './actions';
import { JoinPanel } from './join-panel';
import { call, useAnswer } from './refusal';

interface Group {
  id: string;
  name: string;
  description: string;
  memberCount: number;
  joined: boolean;
}

/** A topic group: open it, join it, or leave it with one tap (and join again as easily). */
export function GroupCard({ group, hasAlias }: { group: Group; hasAlias: boolean }) {
  const t = useTranslations('groups');
  const router = useRouter();
  const answer = useAnswer();
  const [left, setLeft] = useState(false);
  const [error, setError] = useState('');
  const [pending, setPending] = useState(false);

  async function leave() {
    setPending(true);
    const res = answer(await call(leaveGroupAction, { groupId: group.id }));
    setPending(false);
    if (res.ok) {
      setLeft(true);
      setError('');
      router.refresh();
    } else setError(res.message);
  }

  return (
    <li data-testid="group-card" data-group-id={group.id} data-joined={group.joined} className="card space-y-3">
      <div>
        <h3 className="text-lg font-semibold">
          {group.joined ? (
            <Link href={`/groups/${group.id}`} className="inline-flex min-h-11 items-center text-accent-strong underline-offset-4 hover:underline">
              {group.name}
            </Link>
          ) : (
            group.name
          )}
        </h3>
        <p className="text-muted">{group.description}</p>
        <p className="mt-1 flex flex-wrap gap-x-3 text-sm text-muted">
          <span>{t('memberCount', { count: group.memberCount })}</span>
          {group.joined && <span className="font-semibold text-ok">{t('joinedBadge')}</span>}
        </p>
      </div>
      {left && !group.joined && (
        <p role="status" className="rounded-xl bg-sand-50 px-3 py-2 text-sm">
          {t('leftNotice', { group: group.name })}
        </p>
      )}
      {error && (
        <p role="alert" className="rounded-xl bg-danger-soft px-3 py-2 text-sm font-semibold text-danger">
          {error}
        </p>
      )}
      {group.joined ? (
        <div className="flex flex-wrap gap-2">
          <Link href={`/groups/${group.id}`} className="btn-primary flex-1" aria-label={t('openNamed', { group: group.name })}>
            {t('open')}
          </Link>
          <button type="button" className="btn-secondary" disabled={pending} onClick={leave} aria-label={t('leaveNamed', { group: group.name })}>
            {pending ? t('leaving') : t('leave')}
          </button>
        </div>
      ) : (
        <JoinPanel
          groupId={group.id}
          groupName={group.name}
          hasAlias={hasAlias || left}
          label={left ? t('joinAgain') : undefined}
          onJoined={() => setLeft(false)}
        />
      )}
    </li>
  );
}
