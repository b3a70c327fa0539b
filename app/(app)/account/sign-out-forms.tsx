'use client';
import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { FormMessage } from '@/components/field';
import { SubmitButton } from '@/components/submit-button';
import { signOutAction, signOutEverywhereAction } from './actions';

export function SignOutForm() {
  const t = useTranslations('account');
  const [state, action] = useActionState(signOutAction, { status: 'idle' });
  return (
    <form action={action} className="space-y-2">
      <FormMessage state={state} />
      <SubmitButton className="btn-secondary w-full sm:w-auto" pendingLabel={t('signingOut')}>
        {t('signOut')}
      </SubmitButton>
    </form>
  );
}

export function SignOutEverywhereForm() {
  const t = useTranslations('account');
  const [state, action] = useActionState(signOutEverywhereAction, { status: 'idle' });
  return (
    <form action={action} className="space-y-2">
      <FormMessage state={state} />
      <SubmitButton className="btn-secondary w-full sm:w-auto" pendingLabel={t('signingOut')}>
        {t('signOutEverywhere')}
      </SubmitButton>
    </form>
  );
}
