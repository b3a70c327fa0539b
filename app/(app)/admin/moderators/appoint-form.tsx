'use client';
import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { Field, FormMessage } from '@/components/field';
import { SubmitButton } from '@/components/submit-button';
import { appointModeratorAction } from './actions';

export function AppointForm() {
  const t = useTranslations('admin');
  const [state, action] = useActionState(appointModeratorAction, { status: 'idle' });
  const email = state.fields?.email;
  const message =
    state.status === 'success' && state.data ? { status: 'success', message: t('appointed', { name: state.data.name }) } : email ? { status: 'error', message: t('appointCheck') } : state;
  return (
    <form action={action} className="space-y-4">
      <Field
        name="email"
        type="email"
        label={t('appointEmail')}
        hint={t('appointHint')}
        autoComplete="off"
        required
        defaultValue={state.status === 'error' ? (state.values?.email ?? '') : ''}
        error={email}
      />
      <FormMessage state={message} />
      <SubmitButton pendingLabel={t('appointing')}>{t('appoint')}</SubmitButton>
    </form>
  );
}
