'use client';
import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { Field, FormMessage } from '@/components/field';
import { SubmitButton } from '@/components/submit-button';
import { signInAction } from './actions';

export function SignInForm({ next }: { next: string }) {
  const t = useTranslations('signIn');
  const [state, action] = useActionState(signInAction, { status: 'idle' });
  const v = state.values ?? {};
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="next" value={next} />
      <FormMessage state={state} />
      <Field
        name="email"
        type="email"
        label={t('email')}
        autoComplete="email"
        inputMode="email"
        required
        defaultValue={v.email}
        error={state.fields?.email}
      />
      <Field
        name="password"
        type="password"
        label={t('password')}
        autoComplete="current-password"
        required
        error={state.fields?.password}
      />
      <SubmitButton pendingLabel={t('submitting')}>{t('submit')}</SubmitButton>
    </form>
  );
}
