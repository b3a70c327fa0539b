'use client';
import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { Field, FormMessage } from '@/components/field';
import { SubmitButton } from '@/components/submit-button';
import { deleteAccountAction } from './actions';

export interface OwnedCircle {
  id: string;
  name: string;
  members: { userId: string; name: string }[];
}

/** Password to confirm, and for each circle she started: hand it to someone, or delete it. */
export function DeleteAccountForm({ circles }: { circles: OwnedCircle[] }) {
  const t = useTranslations('account');
  const [state, action] = useActionState(deleteAccountAction, { status: 'idle' });
  return (
    <details className="group" open={state.status === 'error'}>
      <summary className="btn-secondary w-full cursor-pointer list-none sm:w-auto">{t('deleteOpen')}</summary>
      <form action={action} className="mt-4 space-y-5">
        <p className="font-semibold text-danger">{t('deleteWarning')}</p>
        {circles.length > 0 && (
          <div className="space-y-4">
            <p>{t('deleteCirclesLead')}</p>
            {circles.map((c) => (
              <fieldset key={c.id} className="space-y-2 rounded-2xl border border-sand-200 p-3">
                <legend className="px-1 font-semibold">{t('deleteCircleLegend', { circle: c.name })}</legend>
                {c.members.length === 0 ? (
                  <>
                    <p className="text-sm text-muted">{t('deleteCircleAlone')}</p>
                    <input type="hidden" name={`circle:${c.id}`} value="delete" />
                  </>
                ) : (
                  <>
                    {c.members.map((m, i) => (
                      <label key={m.userId} className="flex min-h-12 cursor-pointer items-center gap-3 rounded-xl px-2 has-[:checked]:bg-accent-soft">
                        <input
                          type="radio"
                          name={`circle:${c.id}`}
                          value={m.userId}
                          defaultChecked={state.values?.[`circle:${c.id}`] ? state.values[`circle:${c.id}`] === m.userId : i === 0}
                          className="size-5 accent-[var(--color-accent)]"
                        />
                        {t('deleteCircleTo', { name: m.name })}
                      </label>
                    ))}
                    <label className="flex min-h-12 cursor-pointer items-center gap-3 rounded-xl px-2 has-[:checked]:bg-danger-soft">
                      <input
                        type="radio"
                        name={`circle:${c.id}`}
                        value="delete"
                        defaultChecked={state.values?.[`circle:${c.id}`] === 'delete'}
                        className="size-5 accent-[var(--color-danger)]"
                      />
                      {t('deleteCircleDelete')}
                    </label>
                  </>
                )}
              </fieldset>
            ))}
          </div>
        )}
        <Field name="password" type="password" label={t('deletePassword')} autoComplete="current-password" required error={state.fields?.password} />
        {state.fields?.circles && <p className="field-error">{state.fields.circles}</p>}
        <FormMessage state={state} />
        <SubmitButton className="btn-danger w-full sm:w-auto" pendingLabel={t('deleting')}>
          {t('deleteButton')}
        </SubmitButton>
      </form>
    </details>
  );
}
