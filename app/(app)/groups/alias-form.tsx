'use client';
import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { Field } from '@/components/field';
import { setAliasAction } from './actions';
import { call, useAnswer } from './refusal';

/** Her alias, and a way to change it. The field explains it is the only name other mothers see. */
export function AliasForm({ alias: initial }: { alias: string }) {
  const t = useTranslations('groups.alias');
  const answer = useAnswer();
  const [alias, setAlias] = useState(initial);
  const [editing, setEditing] = useState(false);
  const [value, setValue] = useState(initial);
  const [error, setError] = useState('');
  const [saved, setSaved] = useState('');
  const [pending, setPending] = useState(false);

  async function save(e: React.FormEvent) {
    e.preventDefault();
    setPending(true);
    const res = answer(await call(setAliasAction, { alias: value }));
    setPending(false);
    if (res.ok && res.value) {
      setAlias(res.value.alias);
      setEditing(false);
      setError('');
      setSaved(t('saved', { alias: res.value.alias }));
      return;
    }
    setError(res.ok ? '' : (res.fields?.alias ?? res.message));
    document.getElementById('peer-alias')?.focus();
  }

  return (
    <div className="space-y-3">
      <p data-testid="my-alias">
        {t.rich('current', { alias, b: (chunks) => <strong className="text-accent-strong">{chunks}</strong> })}
      </p>
      {saved && (
        <p role="status" className="rounded-xl bg-ok-soft px-4 py-3 text-sm font-semibold text-ok">
          {saved}
        </p>
      )}
      {editing ? (
        <form onSubmit={save} className="space-y-3" noValidate>
          <Field
            id="peer-alias"
            name="alias"
            label={t('label')}
            hint={t('hint')}
            autoComplete="off"
            maxLength={30}
            value={value}
            onChange={(e) => setValue(e.target.value)}
            error={error || undefined}
          />
          <div className="flex flex-wrap gap-2">
            <button type="submit" className="btn-primary flex-1" disabled={pending}>
              {pending ? t('saving') : t('save')}
            </button>
            <button
              type="button"
              className="btn-secondary"
              onClick={() => {
                setEditing(false);
                setValue(alias);
                setError('');
              }}
            >
              {t('cancel')}
            </button>
          </div>
        </form>
      ) : (
        <button
          type="button"
          className="btn-secondary w-full sm:w-auto"
          onClick={() => {
            setEditing(true);
            setSaved('');
            setTimeout(() => document.getElementById('peer-alias')?.focus(), 0);
          }}
        >
          {t('change')}
        </button>
      )}
    </div>
  );
}
