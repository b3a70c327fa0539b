'use client';
import { useActionState } from 'react';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { FormMessage } from '@/components/field';
import { SubmitButton } from '@/components/submit-button';
import { acceptInvitationAction } from './actions';

export function JoinButton({ code, circleName }: { code: string; circleName: string }) {
  const t = useTranslations('join');
  const [state, action] = useActionState(acceptInvitationAction, { status: 'idle' });
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="code" value={code} />
      <FormMessage state={state} />
      {state.status === 'error' && (
        <Link href="/circles" className="btn-secondary w-full">
          {t('toCircles')}
        </Link>
      )}
      <SubmitButton pendingLabel={t('joining')}>{t('joinButton', { circle: circleName })}</SubmitButton>
    </form>
  );
}
