'use client';
import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { SubmitButton } from '@/components/submit-button';
import { slowModeAction } from './actions';

/** One group's slow mode: minutes between two posts by the same member; 0 turns it off. */
export function SlowModeForm({ groupId, groupName, minutes }: { groupId: string; groupName: string; minutes: number }) {
  const t = useTranslations('moderation.settings');
  const [state, action] = useActionState(slowModeAction, { status: 'idle' });
  const inputId = `slow-${groupId}`;
  const error = state.status === 'error' ? (state.fields?.minutes ? t('slowInvalid') : state.message) : undefined;
  return (
    <form action={action} className="space-y-2" data-testid="slow-mode" data-group={groupName}>
      <input type="hidden" name="groupId" value={groupId} />
      <div className="flex flex-wrap items-baseline justify-between gap-x-3">
        <p className="font-semibold">{groupName}</p>
        <p className="text-sm text-muted">{minutes > 0 ? t('slowOn', { count: minutes }) : t('slowOff')}</p>
      </div>
      <div className="flex items-end gap-2">
        <div className="min-w-0 flex-1">
          <label htmlFor={inputId} className="text-sm font-semibold">
            <span aria-hidden="true">{t('slowMinutes')}</span>
            <span className="sr-only">{t('slowMinutesNamed', { group: groupName })}</span>
          </label>
          <input
            id={inputId}
            name="minutes"
            type="number"
            inputMode="numeric"
            min={0}
            max={1440}
            step={1}
            required
            key={minutes}
            defaultValue={state.values?.minutes ?? minutes}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${inputId}-error` : undefined}
            className="field-input"
          />
        </div>
        <SubmitButton className="btn-secondary" pendingLabel={t('slowSaving')} aria-label={t('slowSaveNamed', { group: groupName })}>
          {t('slowSave')}
        </SubmitButton>
      </div>
      {error && (
        <p id={`${inputId}-error`} role="alert" className="field-error">
          {error}
        </p>
      )}
      {state.status === 'success' && (
        <p role="status" className="text-sm font-semibold text-ok">
          {state.message}
        </p>
      )}
    </form>
  );
}
