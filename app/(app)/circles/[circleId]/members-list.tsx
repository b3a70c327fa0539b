'use client';
import { useActionState, useState } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import type { CircleMemberView } from '@/lib/circles/serialize';
import { useLiveConnection, useRealtimeEvent } from '@/lib/realtime/client';
import { FormMessage } from '@/components/field';
import { SubmitButton } from '@/components/submit-button';
import { removeMemberAction } from './actions';

interface Props {
  circleId: string;
  viewerId: string;
  isOwner: boolean;
  initialMembers: CircleMemberView[];
}

/** The mother first, then everyone in the order they joined (new arrivals go last). */
function ownerFirst(list: CircleMemberView[]) {
  return [...list].sort((a, b) => (a.role === b.role ? 0 : a.role === 'owner' ? -1 : 1));
}

/** The circle's people, kept current live: someone joins or leaves and the list follows. */
export function MembersList({ circleId, viewerId, isOwner, initialMembers }: Props) {
  const t = useTranslations('circle');
  const tr = useTranslations('relationships');
  const router = useRouter();
  const live = useLiveConnection();
  const [members, setMembers] = useState(() => ownerFirst(initialMembers));
  const [announcement, setAnnouncement] = useState('');

  useRealtimeEvent('circle:member_joined', (m) => {
    if (m.circleId !== circleId) return;
    setMembers((list) => (list.some((x) => x.userId === m.userId) ? list : [...list, m]));
    setAnnouncement(t('joinedLive', { name: m.name }));
  });

  useRealtimeEvent('circle:member_left', (e) => {
    if (e.circleId !== circleId) return;
    if (e.userId === viewerId) {
      router.replace(`/?notice=${e.reason}`);
      return;
    }
    const gone = members.find((x) => x.userId === e.userId);
    setMembers((list) => list.filter((x) => x.userId !== e.userId));
    if (gone) setAnnouncement(t('leftLive', { name: gone.name }));
  });

  return (
    <>
      <ul data-testid="members-list" data-live={live ? 'connected' : 'offline'} className="divide-y divide-sand-200 rounded-2xl border border-sand-200 bg-white">
        {members.map((m) => (
          <MemberItem key={m.userId} member={m} circleId={circleId} isMe={m.userId === viewerId} canRemove={isOwner && m.role !== 'owner'} relationship={tr(m.relationship)} />
        ))}
      </ul>
      <p aria-live="polite" className="sr-only">
        {announcement}
      </p>
    </>
  );
}

function MemberItem({
  member,
  circleId,
  isMe,
  canRemove,
  relationship,
}: {
  member: CircleMemberView;
  circleId: string;
  isMe: boolean;
  canRemove: boolean;
  relationship: string;
}) {
  const t = useTranslations('circle');
  const [confirming, setConfirming] = useState(false);
  const [state, action] = useActionState(removeMemberAction, { status: 'idle' });
  return (
    <li data-testid="member-item" className="px-4 py-3">
      <div className="flex min-h-11 items-center justify-between gap-3">
        <div className="min-w-0">
          <p className="truncate font-semibold">
            {member.name}
            {isMe && <span className="font-normal text-muted"> {t('you')}</span>}
          </p>
          <p className="text-sm text-muted">
            {relationship}
            {member.role === 'owner' && ` · ${t('owner')}`}
          </p>
        </div>
        {canRemove && !confirming && (
          <button type="button" className="btn-secondary shrink-0 text-sm" onClick={() => setConfirming(true)} aria-label={t('removeNamed', { name: member.name })}>
            {t('remove')}
          </button>
        )}
      </div>
      {canRemove && confirming && (
        <form action={action} className="mt-3 space-y-3 rounded-xl bg-danger-soft p-3">
          <input type="hidden" name="id" value={circleId} />
          <input type="hidden" name="userId" value={member.userId} />
          <p className="text-sm">{t('removeConfirm', { name: member.name })}</p>
          <FormMessage state={state} />
          <div className="flex flex-wrap gap-2">
            <SubmitButton className="btn-danger" pendingLabel={t('removing')}>
              {t('removeYes')}
            </SubmitButton>
            <button type="button" className="btn-secondary" onClick={() => setConfirming(false)}>
              {t('cancel')}
            </button>
          </div>
        </form>
      )}
    </li>
  );
}
