'use client';
import { useRef, useState } from 'react';
import { useTranslations } from 'next-intl';
import type { ChoreView } from '@/lib/chores/serialize';
import { FormMessage } from '@/components/field';
import { PendingButton } from '@/components/pending-button';
import { useFormSubmit } from '@/components/use-form-submit';
import type { ActionState } from '@/lib/http/action';
import { createChoreAction } from './actions';

const CATEGORIES = ['meals', 'water_snacks', 'baby_care', 'night_shift', 'laundry', 'cleaning', 'errands', 'visit', 'other'] as const;
const REPEATS = ['none', 'daily', 'hours', 'weekly'] as const;
// Monday first, as calendars in Vietnam show it.
const DAYS = [1, 2, 3, 4, 5, 6, 0] as const;

/** Any member adds a chore: what, which kind, when (optional), how often, how much work. */
export function AddChoreForm({ circleId, onAdded }: { circleId: string; onAdded: (c: ChoreView) => void }) {
  const t = useTranslations('chores');
  const [open, setOpen] = useState(false);
  const [state, setState] = useState<ActionState<ChoreView>>({ status: 'idle' });
  const [category, setCategory] = useState<string>('meals');
  const [repeat, setRepeat] = useState<string>('none');
  const formRef = useRef<HTMLFormElement>(null);
  const err = (name: string) => state.fields?.[name] ?? state.fields?.[name.replace(/^chore\./, '')];

  async function submit(formData: FormData) {
    const res = await createChoreAction({ status: 'idle' }, formData);
    setState(res);
    if (res.status === 'success' && res.data) {
      onAdded(res.data);
      formRef.current?.reset();
      setCategory('meals');
      setRepeat('none');
    }
  }
  const { onSubmit, pending } = useFormSubmit(submit);

  const described = (name: string, hint?: boolean) => [err(name) ? `chore-${name}-error` : '', hint ? `chore-${name}-hint` : ''].filter(Boolean).join(' ') || undefined;

  return (
    <section aria-labelledby="add-chore-title" className="card space-y-3">
      <h2 id="add-chore-title" className="text-lg font-semibold">
        <button type="button" className="btn -mx-2 w-full justify-between px-2" aria-expanded={open} aria-controls="add-chore-form" onClick={() => setOpen((o) => !o)}>
          {t('addTitle')}
          <span aria-hidden="true">{open ? '−' : '+'}</span>
        </button>
      </h2>
      {state.status === 'success' && !open ? <FormMessage state={state} /> : null}
      <form ref={formRef} id="add-chore-form" onSubmit={onSubmit} noValidate hidden={!open} className="space-y-4">
        <input type="hidden" name="circleId" value={circleId} />
        <FormMessage state={state} />
        <div>
          <label htmlFor="chore-title" className="field-label">
            {t('fieldTitle')}
          </label>
          <input id="chore-title" name="title" required maxLength={120} className="field-input" aria-invalid={err('chore.title') ? true : undefined} aria-describedby={described('chore.title')} />
          <FieldError name="chore.title" message={err('chore.title')} />
        </div>
        <div>
          <label htmlFor="chore-category" className="field-label">
            {t('fieldCategory')}
          </label>
          <select id="chore-category" name="category" value={category} onChange={(e) => setCategory(e.target.value)} className="field-input">
            {CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {t(`categories.${c}`)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="chore-dueAt" className="field-label">
            {category === 'visit' ? t('fieldVisitAt') : t('fieldDue')}
          </label>
          <input
            id="chore-dueAt"
            name="dueAt"
            type="datetime-local"
            required={category === 'visit'}
            className="field-input"
            aria-invalid={err('chore.dueAt') ? true : undefined}
            aria-describedby={described('chore.dueAt', true)}
          />
          <p id="chore-chore.dueAt-hint" className="field-hint">
            {category === 'visit' ? t('visitHint') : t('fieldDueHint')}
          </p>
          <FieldError name="chore.dueAt" message={err('chore.dueAt')} />
        </div>
        {category === 'visit' && (
          <div>
            <label htmlFor="chore-visitMinutes" className="field-label">
              {t('fieldVisitMinutes')}
            </label>
            <input id="chore-visitMinutes" name="visitMinutes" type="number" inputMode="numeric" min={5} max={60} step={5} defaultValue={20} className="field-input" aria-describedby="chore-visitMinutes-hint" />
            <p id="chore-visitMinutes-hint" className="field-hint">
              {t('fieldVisitMinutesHint')}
            </p>
          </div>
        )}
        <fieldset>
          <legend className="field-label">{t('fieldRepeat')}</legend>
          <div className="grid grid-cols-2 gap-2">
            {REPEATS.map((r) => (
              <label key={r} className="flex min-h-11 items-center gap-2 rounded-xl border border-sand-300 bg-white px-3 py-2 has-checked:border-accent has-checked:bg-accent-soft">
                <input type="radio" name="repeat" value={r} checked={repeat === r} onChange={() => setRepeat(r)} className="size-5 accent-accent" />
                <span>{t(`repeat.${r}`)}</span>
              </label>
            ))}
          </div>
        </fieldset>
        {repeat === 'hours' && (
          <div>
            <label htmlFor="chore-repeatEvery" className="field-label">
              {t('fieldEvery')}
            </label>
            <input id="chore-repeatEvery" name="repeatEvery" type="number" inputMode="numeric" min={1} max={24} defaultValue={3} className="field-input" aria-describedby={described('chore.recurrence.every')} />
            <FieldError name="chore.recurrence.every" message={err('chore.recurrence.every')} />
          </div>
        )}
        {repeat === 'weekly' && (
          <fieldset aria-describedby={described('chore.recurrence.days')}>
            <legend className="field-label">{t('fieldDays')}</legend>
            <div className="grid grid-cols-4 gap-2">
              {DAYS.map((d) => (
                <label key={d} className="flex min-h-11 items-center justify-center gap-1.5 rounded-xl border border-sand-300 bg-white px-2 has-checked:border-accent has-checked:bg-accent-soft">
                  <input type="checkbox" name={`day${d}`} className="size-5 accent-accent" />
                  <span>{t(`days.${d}`)}</span>
                </label>
              ))}
            </div>
            <FieldError name="chore.recurrence.days" message={err('chore.recurrence.days')} />
          </fieldset>
        )}
        {(repeat === 'daily' || repeat === 'weekly') && (
          <div>
            <label htmlFor="chore-repeatTime" className="field-label">
              {t('fieldAtTime')}
            </label>
            <input id="chore-repeatTime" name="repeatTime" type="time" required className="field-input" aria-describedby={described('chore.recurrence.time')} />
            <FieldError name="chore.recurrence.time" message={err('chore.recurrence.time')} />
          </div>
        )}
        <fieldset>
          <legend className="field-label">{t('fieldEffort')}</legend>
          <div className="grid grid-cols-3 gap-2">
            {[1, 2, 3].map((e) => (
              <label key={e} className="flex min-h-11 items-center gap-2 rounded-xl border border-sand-300 bg-white px-3 py-2 has-checked:border-accent has-checked:bg-accent-soft">
                <input type="radio" name="effort" value={e} defaultChecked={e === 1} className="size-5 accent-accent" />
                <span>{t(`effortLevels.${e}`)}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <div>
          <label htmlFor="chore-notes" className="field-label">
            {t('fieldNotes')}
          </label>
          <textarea id="chore-notes" name="notes" rows={3} maxLength={1000} className="field-input" aria-describedby={described('chore.notes')} />
          <FieldError name="chore.notes" message={err('chore.notes')} />
        </div>
        <PendingButton pending={pending} pendingLabel={t('adding')}>
          {t('add')}
        </PendingButton>
      </form>
    </section>
  );
}

function FieldError({ name, message }: { name: string; message?: string }) {
  if (!message) return null;
  return (
    <p id={`chore-${name}-error`} className="field-error">
      {message}
    </p>
  );
}
