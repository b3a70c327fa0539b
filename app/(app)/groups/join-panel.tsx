'use client';
import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { Field } from '@/components/field';
import { joinGroupAction } from './actions';
import { call, useAnswer } from './refusal';

/**
 * Joining: one tap when she already has her alias; the first time, she chooses it here, told
 * plainly that it is the only name other mothers will see.
 */
export function JoinPanel({
  groupId,
  groupName,
  hasAlias,
  label,
  onJoined,
}: {
  groupId: string;
  groupName: string;
  hasAlias: boolean;
  /** The button's words when not "Join {group}" (e.g. "Join again"). */
  label?: string;
  onJoined?: () => void;
}) {
  const t = useTranslations('groups');
  const router = useRouter();
  const answer = useAnswer();
  const [choosing, setChoosing] = useState(false);
  const [alias, setAlias] = useState('');
  const [error, setError] = useState<{ alias?: string; form?: string }>({});
  const [pending, setPending] = useState(false);
  const aliasId = `join-${groupId}-alias`;
  const focusAlias = () => document.getElementById(aliasId)?.focus();

  async function join() {
    if (!hasAlias && !choosing) {
      setChoosing(true);
      // After the field appears.
      setTimeout(focusAlias, 0);
      return;
    }
    if (!hasAlias && !alias.trim()) {
      setError({ alias: t('errors.alias_required') });
      focusAlias();
      return;
    }
    setPending(true);
    const res = answer(await call(joinGroupAction, { groupId, ...(hasAlias ? {} : { alias }) }));
    setPending(false);
    if (res.ok) {
      setError({});
      onJoined?.();
      router.refresh();
      return;
    }
    const aliasError = res.refusal?.fields.includes('alias') ? res.message : res.fields?.alias;
    setError(aliasError ? { alias: aliasError } : { form: res.message });
    if (aliasError) focusAlias();
  }

  return (
    <form
      className="space-y-3"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void join();
      }}
    >
      {choosing && (
        <div className="space-y-3 rounded-xl bg-sand-50 p-3">
          <p className="font-semibold">{t('alias.chooseLead')}</p>
          <Field
            id={aliasId}
            name="alias"
            label={t('alias.label')}
            hint={t('alias.hint')}
            placeholder={t('alias.placeholder')}
            autoComplete="off"
            autoCapitalize="words"
            maxLength={30}
            value={alias}
            onChange={(e) => setAlias(e.target.value)}
            error={error.alias}
          />
        </div>
      )}
      {error.form && (
        <p role="alert" className="rounded-xl bg-danger-soft px-4 py-3 text-sm font-semibold text-danger">
          {error.form}
        </p>
      )}
      <button type="submit" disabled={pending} className="btn-primary w-full">
        {pending ? t('joining') : choosing ? t('alias.joinWithName') : (label ?? t('joinNamed', { group: groupName }))}
      </button>
    </form>
  );
}
