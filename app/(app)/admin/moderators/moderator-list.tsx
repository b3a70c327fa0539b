'use client';
import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { ConfirmForm } from '@/components/confirm-form';
import type { listModerators } from '@/lib/moderation/service';
import { revokeModeratorAction } from './actions';

type Person = Awaited<ReturnType<typeof listModerators>>['items'][number];

/** Moderators and admins; a moderator's role can be taken back (admins are managed elsewhere). */
export function ModeratorList({ people }: { people: Person[] }) {
  const t = useTranslations('admin');
  const [announcement, setAnnouncement] = useState('');
  return (
    <>
      <p role="status" className={announcement ? 'rounded-xl bg-ok-soft px-4 py-3 text-sm font-semibold text-ok' : 'sr-only'}>
        {announcement}
      </p>
      <ul data-testid="moderator-list" className="divide-y divide-sand-200 rounded-2xl border border-sand-200 bg-white">
        {people.map((p) => (
          <li key={p.id} data-testid="moderator" className="flex flex-wrap items-center justify-between gap-x-3 gap-y-2 px-4 py-3">
            <div className="min-w-0">
              <p className="font-semibold break-words">
                {p.name} <span className="ms-1 rounded-full bg-sand-100 px-2 py-0.5 text-sm font-semibold">{t(`roles.${p.role === 'admin' ? 'admin' : 'moderator'}`)}</span>
              </p>
              <p className="text-sm break-all text-muted">{p.email}</p>
            </div>
            {p.role === 'moderator' && (
              <ConfirmForm
                action={revokeModeratorAction}
                hidden={{ email: p.email }}
                trigger={t('revoke')}
                triggerLabel={t('revokeNamed', { name: p.name })}
                question={t('revokeConfirm', { name: p.name })}
                confirm={t('revokeYes')}
                pending={t('revoking')}
                cancel={t('cancel')}
                onDone={() => {
                  setAnnouncement(t('revoked', { name: p.name }));
                  document.getElementById('current-moderators')?.focus();
                }}
              />
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
