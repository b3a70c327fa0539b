'use client';
import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { Field, FormMessage } from '@/components/field';
import { SubmitButton } from '@/components/submit-button';
import { createCircleAction } from './actions';

export function CreateCircleForm({ suggestedName }: { suggestedName?: string }) {
  const t = useTranslations('circles');
  const [state, action] = useActionState(createCircleAction, { status: 'idle' });
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <Field
        name="name"
        label={t('nameLabel')}
        hint={t('nameHint')}
        required
        maxLength={60}
        defaultValue={state.values?.name ?? suggestedName}
        error={state.fields?.name}
      />
      <SubmitButton pendingLabel={t('creating')}>{t('create')}</SubmitButton>
    </form>
  );
}
