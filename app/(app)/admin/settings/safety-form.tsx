'use client';
import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { Field, FormMessage } from '@/components/field';
import { SubmitButton } from '@/components/submit-button';
import type { SafetySettings } from '@/lib/settings/input';
import { updateSafetyAction } from './actions';

export function SafetyForm({ current }: { current: SafetySettings }) {
  const t = useTranslations('admin');
  const [state, action] = useActionState(updateSafetyAction, { status: 'idle' });
  const v = state.values ?? {};
  const f = state.fields ?? {};
  return (
    <form action={action} className="space-y-5">
      <Field
        name="emergencyNumber"
        label={t('emergencyNumber')}
        hint={t('emergencyHint')}
        inputMode="tel"
        required
        defaultValue={v.emergencyNumber ?? current.emergencyNumber}
        error={f.emergencyNumber}
      />
      <div role="group" aria-labelledby="crisis-line-title" className="space-y-4 border-t border-sand-200 pt-4">
        <h2 id="crisis-line-title" className="text-lg font-semibold">
          {t('crisisTitle')}
        </h2>
        <p className="text-sm text-muted">{t('crisisHelp')}</p>
        <Field name="crisisName" label={t('crisisName')} defaultValue={v.crisisName ?? current.crisisLine?.name ?? ''} error={f['crisisLine.name']} maxLength={80} />
        <Field name="crisisPhone" label={t('crisisPhone')} inputMode="tel" defaultValue={v.crisisPhone ?? current.crisisLine?.phone ?? ''} error={f['crisisLine.phone']} />
        <Field
          name="crisisHours"
          label={t('crisisHours')}
          hint={t('crisisHoursHint')}
          defaultValue={v.crisisHours ?? current.crisisLine?.hours ?? ''}
          error={f['crisisLine.hours']}
          maxLength={60}
        />
      </div>
      <FormMessage state={state} />
      <SubmitButton pendingLabel={t('saving')}>{t('save')}</SubmitButton>
    </form>
  );
}
