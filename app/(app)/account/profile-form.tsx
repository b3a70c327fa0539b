'use client';
import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { Field, FormMessage } from '@/components/field';
import { SubmitButton } from '@/components/submit-button';
import { updateProfileAction } from './actions';

export function ProfileForm({ name, locale }: { name: string; locale: 'vi' | 'en' }) {
  const t = useTranslations('account');
  const [state, action] = useActionState(updateProfileAction, { status: 'idle' });
  const v = state.status === 'error' ? (state.values ?? {}) : {};
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <Field name="name" label={t('name')} hint={t('nameHint')} autoComplete="name" required maxLength={80} defaultValue={v.name ?? name} error={state.fields?.name} />
      <div>
        <label htmlFor="field-profile-locale" className="field-label">
          {t('language')}
        </label>
        <select id="field-profile-locale" name="locale" defaultValue={v.locale ?? locale} className="field-input">
          <option value="vi" lang="vi">
            Tiếng Việt
          </option>
          <option value="en" lang="en">
            English
          </option>
        </select>
      </div>
      <SubmitButton pendingLabel={t('saving')}>{t('save')}</SubmitButton>
    </form>
  );
}
