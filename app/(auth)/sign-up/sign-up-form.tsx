'use client';
import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { Field, FormMessage } from '@/components/field';
import { SubmitButton } from '@/components/submit-button';
import { signUpAction } from './actions';

export function SignUpForm({ next, invitationCode, defaultLocale }: { next: string; invitationCode?: string; defaultLocale: 'vi' | 'en' }) {
  const t = useTranslations('signUp');
  const [state, action] = useActionState(signUpAction, { status: 'idle' });
  const v = state.values ?? {};
  const localeError = state.fields?.locale;
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="next" value={next} />
      {invitationCode && <input type="hidden" name="invitationCode" value={invitationCode} />}
      <FormMessage state={state} />
      <Field name="name" label={t('name')} hint={t('nameHint')} autoComplete="name" required maxLength={80} defaultValue={v.name} error={state.fields?.name} />
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
        hint={t('passwordRules')}
        autoComplete="new-password"
        required
        minLength={8}
        maxLength={200}
        error={state.fields?.password}
      />
      <div>
        <label htmlFor="field-locale" className="field-label">
          {t('language')}
        </label>
        <select
          id="field-locale"
          name="locale"
          defaultValue={v.locale ?? defaultLocale}
          className="field-input"
          aria-invalid={localeError ? true : undefined}
          aria-describedby={localeError ? 'field-locale-error' : undefined}
        >
          <option value="vi" lang="vi">
            Tiếng Việt
          </option>
          <option value="en" lang="en">
            English
          </option>
        </select>
        {localeError && (
          <p id="field-locale-error" className="field-error">
            {localeError}
          </p>
        )}
      </div>
      {state.fields?.invitationCode && <p className="field-error">{state.fields.invitationCode}</p>}
      <SubmitButton pendingLabel={t('submitting')}>{t('submit')}</SubmitButton>
    </form>
  );
}
