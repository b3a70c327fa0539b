'use client';
import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { SubmitButton } from '@/components/submit-button';
import { revokeInvitationAction } from './actions';

export function RevokeButton({ circleId, invitationId, code }: { circleId: string; invitationId: string; code: string }) {
  const t = useTranslations('invitations');
  const [state, action] = useActionState(revokeInvitationAction, { status: 'idle' });
  return (
    <form action={action} className="flex flex-col items-end gap-1">
      <input type="hidden" name="id" value={circleId} />
      <input type="hidden" name="invitationId" value={invitationId} />
      <SubmitButton className="btn-secondary text-sm" pendingLabel={t('revoking')} aria-label={t('revokeNamed', { code })}>
        {t('revoke')}
      </SubmitButton>
      {state.status === 'error' && (
        <p role="alert" className="field-error">
          {state.message}
        </p>
      )}
    </form>
  );
}
