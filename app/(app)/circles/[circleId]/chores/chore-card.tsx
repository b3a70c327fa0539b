'use client';
import { useState } from 'react';
import { useFormatter, useNow, useTranslations } from 'next-intl';
import type { ChoreView } from '@/lib/chores/serialize';
import { SubmitButton } from '@/components/submit-button';
import type { ActionState } from '@/lib/http/action';
import { claimChoreAction, completeChoreAction, unclaimChoreAction } from './actions';

export const CATEGORY_ICON: Record<string, string> = {
  meals: '🍲',
  water_snacks: '💧',
  baby_care: '👶',
  night_shift: '🌙',
  laundry: '👕',
  cleaning: '🧹',
  errands: '🛒',
  visit: '🚪',
  other: '✨',
};


interface Props {
  chore: ChoreView;
  viewerId: string;
  isOwner: boolean;
  highlighted: boolean;
  onChange: (chore: ChoreView) => void;
}

/** One chore with the one next step: "I'll do it" → "Done" (or give it back) → who did it. */
export function ChoreCard({ chore, viewerId, isOwner, highlighted, onChange }: Props) {
  const t = useTranslations('chores');
  const format = useFormatter();
  const now = useNow({ updateInterval: 60_000 });
  const [error, setError] = useState<string>();
  const mine = chore.claimedBy?.id === viewerId;
  const time = (iso: string) => format.dateTime(new Date(iso), { hour: '2-digit', minute: '2-digit' });
  const sameDay = (iso: string) => format.dateTime(new Date(iso), { dateStyle: 'short' }) === format.dateTime(now, { dateStyle: 'short' });
  const due = chore.dueAt ? (sameDay(chore.dueAt) ? time(chore.dueAt) : format.dateTime(new Date(chore.dueAt), { weekday: 'short', hour: '2-digit', minute: '2-digit' })) : null;
  const overdue = chore.status !== 'done' && chore.dueAt && new Date(chore.dueAt) < now;

  function run(action: (prev: ActionState<ChoreView>, fd: FormData) => Promise<ActionState<ChoreView>>) {
    return async (formData: FormData) => {
      const res = await action({ status: 'idle' }, formData);
      if (res.status === 'success' && res.data) {
        setError(undefined);
        onChange(res.data);
        return;
      }
      const holder = res.details?.holder as { id: string; name: string } | null | undefined;
      if (holder) {
        setError(t('taken', { name: holder.name }));
        onChange({ ...chore, status: 'claimed', claimedBy: holder });
      } else setError(res.message);
    };
  }

  return (
    <li
      data-testid="chore-card"
      data-status={chore.status}
      data-chore-id={chore.id}
      className={`rounded-2xl border p-4 transition-colors duration-700 motion-reduce:transition-none ${
        highlighted ? 'border-accent bg-accent-soft' : chore.status === 'done' ? 'border-sand-200 bg-sand-50' : 'border-sand-200 bg-white'
      }`}
    >
      <div className="flex items-start gap-3">
        <span aria-hidden="true" className="mt-0.5 inline-flex size-10 shrink-0 items-center justify-center rounded-full bg-sand-100 text-xl">
          {CATEGORY_ICON[chore.category] ?? '✨'}
        </span>
        <div className="min-w-0 flex-1">
          <h3 className={`break-words text-lg font-semibold leading-snug ${chore.status === 'done' ? 'text-muted' : ''}`}>{chore.title}</h3>
          <p className="mt-0.5 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-muted">
            <span>{t(`categories.${chore.category}`)}</span>
            {due && <span className={overdue ? 'font-semibold text-accent-strong' : undefined}>{t('due', { time: due })}</span>}
            <span className="inline-flex items-center gap-1" role="img" aria-label={t('effort', { effort: chore.effort })}>
              {[1, 2, 3].map((i) => (
                <span key={i} className={`size-2.5 rounded-full ${i <= chore.effort ? 'bg-accent' : 'border border-sand-300 bg-white'}`} />
              ))}
            </span>
          </p>
          {chore.category === 'visit' && chore.visitMinutes && <p className="mt-1 text-sm">{t('visitCap', { minutes: chore.visitMinutes })}</p>}
        </div>
      </div>

      {chore.notes && (
        <details className="group mt-2">
          <summary className="inline-flex min-h-11 cursor-pointer items-center text-sm font-semibold text-accent-strong underline-offset-4 hover:underline">
            <span className="group-open:hidden">{t('showNotes')}</span>
            <span className="hidden group-open:inline">{t('hideNotes')}</span>
          </summary>
          <p className="whitespace-pre-line break-words text-sm">{chore.notes}</p>
        </details>
      )}

      {chore.status === 'open' && chore.lapsedAt && <p className="mt-2 rounded-xl bg-sand-50 px-3 py-2 text-sm">{t('lapsed')}</p>}

      <div className="mt-3">
        {chore.status === 'claimed' && chore.claimedBy && (
          <p className="mb-2 font-semibold text-ok">{mine ? t('youOnIt') : t('onIt', { name: chore.claimedBy.name })}</p>
        )}
        {chore.status === 'done' && (
          <p className="font-semibold text-ok">
            {chore.completedBy?.id === viewerId ? t('doneByYou') : t('doneBy', { name: chore.completedBy?.name ?? t('formerMember') })}
            {chore.completedAt && <span className="font-normal text-muted"> · {time(chore.completedAt)}</span>}
          </p>
        )}
        {error && (
          <p role="alert" className="mb-2 rounded-xl bg-sand-100 px-3 py-2 font-semibold">
            {error}
          </p>
        )}
        {chore.status === 'open' && (
          <form action={run(claimChoreAction)}>
            <input type="hidden" name="id" value={chore.id} />
            <SubmitButton className={isOwner ? 'btn-secondary w-full' : 'btn-primary w-full text-lg'} pendingLabel={t('claiming')}>
              {t('claim')}
            </SubmitButton>
          </form>
        )}
        {chore.status === 'claimed' && mine && (
          <div className="flex items-center gap-2">
            <form action={run(completeChoreAction)} className="flex-1">
              <input type="hidden" name="id" value={chore.id} />
              <SubmitButton className="btn-primary w-full text-lg" pendingLabel={t('completing')}>
                {t('complete')}
              </SubmitButton>
            </form>
            <form action={run(unclaimChoreAction)}>
              <input type="hidden" name="id" value={chore.id} />
              <SubmitButton className="btn-secondary text-sm" pendingLabel={t('unclaiming')}>
                {t('unclaim')}
              </SubmitButton>
            </form>
          </div>
        )}
      </div>
    </li>
  );
}
