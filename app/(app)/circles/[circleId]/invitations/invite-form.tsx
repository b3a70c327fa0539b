'use client';
import { useActionState } from 'react';
import { useFormatter, useTranslations } from 'next-intl';
import { FormMessage } from '@/components/field';
import { SubmitButton } from '@/components/submit-button';
import { CopyButton, ShareButton } from './share-buttons';
import { createInvitationAction } from './actions';

const RELATIONSHIPS = ['partner', 'grandparent', 'sibling', 'friend', 'other'] as const;

export function InviteForm({ circleId, circleName }: { circleId: string; circleName: string }) {
  const t = useTranslations('invitations');
  const tr = useTranslations('relationships');
  const format = useFormatter();
  const [state, action] = useActionState(createInvitationAction, { status: 'idle' });
  const invitation = state.status === 'success' ? state.data : undefined;
  const chosen = state.values?.relationship;
  const error = state.fields?.relationship;
  return (
    <div className="space-y-5">
      <form action={action} className="space-y-4" noValidate>
        <input type="hidden" name="id" value={circleId} />
        <FormMessage state={state.status === 'error' ? state : { status: 'idle' }} />
        <fieldset aria-describedby={error ? 'relationship-error' : undefined}>
          <legend className="field-label">{t('relationshipLegend')}</legend>
          <div className="grid grid-cols-2 gap-2">
            {RELATIONSHIPS.map((r) => (
              <label
                key={r}
                className="flex min-h-11 items-center gap-2 rounded-xl border border-sand-300 bg-white px-3 py-2 has-checked:border-accent has-checked:bg-accent-soft"
              >
                <input type="radio" name="relationship" value={r} defaultChecked={chosen === r} className="size-5 accent-accent" required />
                <span>{tr(r)}</span>
              </label>
            ))}
          </div>
          {error && (
            <p id="relationship-error" className="field-error">
              {error}
            </p>
          )}
        </fieldset>
        <SubmitButton pendingLabel={t('creating')}>{t('create')}</SubmitButton>
      </form>

      {invitation && (
        <div role="status" className="space-y-4 rounded-2xl border-2 border-accent bg-accent-soft/50 p-4">
          <p className="font-semibold">{t('ready', { relationship: tr(invitation.relationship) })}</p>
          <div>
            <p className="text-sm text-muted">{t('codeLabel')}</p>
            <p data-testid="invitation-code" className="font-mono text-3xl font-bold tracking-widest">
              {invitation.code}
            </p>
          </div>
          <div>
            <p className="text-sm text-muted">{t('linkLabel')}</p>
            <p data-testid="invitation-url" className="break-all font-mono text-sm">
              {invitation.url}
            </p>
          </div>
          <p className="text-sm text-muted">
            {t('expires', { date: format.dateTime(new Date(invitation.expiresAt), { dateStyle: 'long', timeStyle: 'short' }) })}
          </p>
          <div className="flex flex-wrap gap-2">
            <ShareButton
              title={t('shareTitle', { circle: circleName })}
              text={t('shareText', { circle: circleName, code: invitation.code })}
              url={invitation.url}
            />
            <CopyButton value={invitation.url} label={t('copyLink')} />
            <CopyButton value={invitation.code} label={t('copyCode')} />
          </div>
        </div>
      )}
    </div>
  );
}
