'use client';
import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { Field, FormMessage } from '@/components/field';
import { SubmitButton } from '@/components/submit-button';
import { WATCHED_ACTIONS } from '@/db/schema/groups';
import { addWatchedWordAction } from './actions';

export interface GroupOption {
  id: string;
  name: string;
}

/** A word or phrase, what happens when a post uses it, and in which groups. */
export function AddWordForm({ groups }: { groups: GroupOption[] }) {
  const t = useTranslations('moderation.settings');
  const [state, action] = useActionState(addWatchedWordAction, { status: 'idle' });
  const v = state.values ?? {};
  const f = state.fields ?? {};
  return (
    <form action={action} className="space-y-5">
      <Field name="word" label={t('word')} hint={t('wordHint')} required maxLength={60} autoComplete="off" defaultValue={v.word ?? ''} error={f.word} />
      <fieldset aria-describedby={f.action ? 'word-action-error' : undefined}>
        <legend className="field-label">{t('action')}</legend>
        <div className="space-y-2">
          {WATCHED_ACTIONS.map((a) => (
            <label
              key={a}
              className="flex min-h-12 cursor-pointer items-start gap-3 rounded-xl border border-sand-300 bg-white px-3 py-2 has-[:checked]:border-accent has-[:checked]:bg-accent-soft"
            >
              <input
                type="radio"
                name="action"
                value={a}
                defaultChecked={(v.action ?? 'hold') === a}
                aria-describedby={`word-action-${a}-help`}
                className="mt-1 size-5 shrink-0 accent-[var(--color-accent)]"
              />
              <span>
                <span className="block font-semibold">{t(`actions.${a}`)}</span>
                <span id={`word-action-${a}-help`} className="block text-sm text-muted">
                  {t(`actionHelp.${a}`)}
                </span>
              </span>
            </label>
          ))}
        </div>
        {f.action && (
          <p id="word-action-error" className="field-error">
            {f.action}
          </p>
        )}
      </fieldset>
      <div>
        <label htmlFor="word-scope" className="field-label">
          {t('scope')}
        </label>
        <select id="word-scope" name="groupId" defaultValue={v.groupId ?? ''} className="field-input">
          <option value="">{t('scopeAll')}</option>
          {groups.map((g) => (
            <option key={g.id} value={g.id}>
              {g.name}
            </option>
          ))}
        </select>
      </div>
      <FormMessage state={f.word && state.status === 'error' ? { status: 'error', message: t('fixWord') } : state} />
      <SubmitButton pendingLabel={t('adding')}>{t('add')}</SubmitButton>
    </form>
  );
}
