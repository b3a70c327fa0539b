'use client';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useRouter } from 'next/navigation';
import { useFormatter, useTranslations } from 'next-intl';
import type { CheckinView } from '@/lib/checkins/service';
import { onQueueSent, submitOrQueue } from '@/lib/offline/queue';
import type { SafetySettings } from '@/lib/settings/input';
import { ChoiceGroup, Stepper } from './choice-group';
import { CrisisPanel, type CrisisInfo } from './crisis-panel';
import { Face } from './face';
import { ShareCheckin } from './share-checkin';

const LEVELS = [1, 2, 3, 4, 5] as const;
const HOURS = Array.from({ length: 13 }, (_, i) => i);
const BACKFILL_DAYS = 14;

type Safety = 'yes' | 'no' | 'skip';

interface Answers {
  date: string;
  mood: number | null;
  sleepWhole: number | null;
  sleepHalf: boolean;
  stress: number | null;
  appetite: number | null;
  water: number | null;
  meals: number | null;
  safety: Safety;
}

function addDays(iso: string, days: number) {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function answersFrom(date: string, c: CheckinView | undefined): Answers {
  return {
    date,
    mood: c?.mood ?? null,
    sleepWhole: c ? Math.min(12, Math.floor(c.sleepHours)) : null,
    sleepHalf: c ? c.sleepHours % 1 >= 0.5 : false,
    stress: c?.stress ?? null,
    appetite: c?.appetite ?? null,
    water: c?.waterGlasses ?? null,
    meals: c?.meals ?? null,
    safety: 'skip',
  };
}

interface Saved {
  date: string;
  sleepHours: number;
  kind: 'created' | 'updated' | 'queued' | 'sentLater';
}

interface ApiError {
  error?: { code?: string; fields?: Record<string, string[]> };
}

/**
 * The 30-second check-in: one tap per question, the day's answers saved (or kept on the phone
 * when offline), and the crisis panel at once after a yes to the safety question.
 */
export function CheckinForm({
  today,
  items,
  safety,
  shareTo,
  viewerName,
}: {
  today: string;
  items: CheckinView[];
  safety: SafetySettings;
  shareTo: { id: string; name: string }[];
  viewerName: string;
}) {
  const t = useTranslations('checkins');
  const format = useFormatter();
  const router = useRouter();
  const byDate = new Map(items.map((c) => [c.date, c]));
  const [answers, setAnswers] = useState<Answers>(() => answersFrom(today, byDate.get(today)));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState('');
  const [pending, setPending] = useState(false);
  const [saved, setSaved] = useState<Saved | null>(null);
  const [crisis, setCrisis] = useState<CrisisInfo | null>(null);
  const savedRef = useRef<HTMLDivElement>(null);

  const existing = byDate.get(answers.date);
  const set = <K extends keyof Answers>(key: K, value: Answers[K]) => {
    setAnswers((a) => ({ ...a, [key]: value }));
    const field = key === 'sleepWhole' ? 'sleepHours' : key;
    setErrors((e) => Object.fromEntries(Object.entries(e).filter(([name]) => name !== field)));
  };

  // A check-in written offline goes out later: show it as saved then, and the crisis panel if it asks for one.
  useEffect(
    () =>
      onQueueSent('checkin', ({ ok, data }) => {
        if (!ok) return;
        const body = data as { checkin: CheckinView; crisis?: CrisisInfo };
        setSaved({ date: body.checkin.date, sleepHours: body.checkin.sleepHours, kind: 'sentLater' });
        if (body.crisis) setCrisis(body.crisis);
        router.refresh();
      }),
    [router],
  );

  useEffect(() => {
    if (saved) savedRef.current?.focus();
  }, [saved]);

  function chooseDate(date: string) {
    const prefill = byDate.get(date);
    setAnswers((a) => (prefill ? { ...answersFrom(date, prefill), safety: a.safety } : { ...a, date }));
    setErrors({});
  }

  function dateMessage(date: string) {
    return date > today ? t('dateFuture') : t('dateTooOld');
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const missing: Record<string, string> = {};
    if (answers.mood === null) missing.mood = t('choose');
    if (answers.sleepWhole === null) missing.sleepHours = t('choose');
    if (answers.stress === null) missing.stress = t('choose');
    if (answers.appetite === null) missing.appetite = t('choose');
    if (answers.date > today || answers.date < addDays(today, -BACKFILL_DAYS)) missing.date = dateMessage(answers.date);
    if (Object.keys(missing).length) {
      setErrors(missing);
      setFormError(t('errorSummary'));
      return;
    }
    const sleepHours = (answers.sleepWhole ?? 0) + (answers.sleepHalf ? 0.5 : 0);
    const body = {
      ...(answers.date !== today ? { date: answers.date } : {}),
      mood: answers.mood,
      sleepHours,
      stress: answers.stress,
      appetite: answers.appetite,
      ...(answers.water !== null ? { waterGlasses: answers.water } : {}),
      ...(answers.meals !== null ? { meals: answers.meals } : {}),
      ...(answers.safety !== 'skip' ? { selfHarmThoughts: answers.safety === 'yes' } : {}),
    };
    setPending(true);
    setFormError('');
    try {
      const result = await submitOrQueue({ url: '/api/v1/checkins', body, kind: 'checkin' });
      if (result.status === 'queued') {
        setSaved({ date: answers.date, sleepHours, kind: 'queued' });
        // No signal is no reason to wait for help: the numbers came with the page.
        if (answers.safety === 'yes') setCrisis({ ...safety, trustedContact: undefined });
        return;
      }
      const res = result.response;
      const data = (await res.json().catch(() => ({}))) as ApiError & { checkin?: CheckinView; crisis?: CrisisInfo };
      if (!res.ok) {
        const fields: Record<string, string> = {};
        for (const name of Object.keys(data.error?.fields ?? {})) fields[name] = name === 'date' ? dateMessage(answers.date) : t('choose');
        setErrors(fields);
        setFormError(Object.keys(fields).length ? t('errorSummary') : t('failed'));
        return;
      }
      setSaved({ date: answers.date, sleepHours, kind: res.status === 201 ? 'created' : 'updated' });
      if (data.crisis) setCrisis(data.crisis);
      router.refresh();
    } catch {
      setFormError(t('failed'));
    } finally {
      setPending(false);
    }
  }

  const dayLabel = (date: string) =>
    date === today ? t('today') : format.dateTime(new Date(`${date}T12:00:00Z`), { weekday: 'long', day: 'numeric', month: 'numeric', timeZone: 'UTC' });
  const levelOptions = (group: 'moodLevels' | 'stressLevels' | 'appetiteLevels', faces = false) =>
    LEVELS.map((v) => ({ value: v, label: t(`${group}.${v}`), face: faces ? <Face level={v} /> : undefined }));

  const crisisPanel = crisis && <CrisisPanel info={crisis} onClose={() => setCrisis(null)} />;

  if (saved) {
    const message = { created: t('savedNew'), updated: t('savedUpdated'), queued: t('queued'), sentLater: t('sentLater') }[saved.kind];
    return (
      <>
        <section data-testid="checkin-saved" data-state={saved.kind} aria-labelledby="checkin-saved-title" className="card space-y-4">
          <div ref={savedRef} tabIndex={-1} className="outline-none">
            <h2 id="checkin-saved-title" className="text-lg font-semibold">
              {t('forDay', { day: dayLabel(saved.date) })}
            </h2>
            <p role="status" className={`mt-2 rounded-xl px-4 py-3 font-semibold ${saved.kind === 'queued' ? 'bg-sand-100' : 'bg-ok-soft text-ok'}`}>
              {message}
            </p>
          </div>
          {saved.kind !== 'queued' && shareTo.length > 0 && (
            <ShareCheckin circles={shareTo} date={saved.date === today ? undefined : saved.date} name={viewerName} hours={saved.sleepHours} />
          )}
          <button type="button" className="btn-secondary w-full sm:w-auto" onClick={() => setSaved(null)}>
            {t('editAgain')}
          </button>
        </section>
        {crisisPanel}
      </>
    );
  }

  return (
    <>
      <form data-testid="checkin-form" noValidate onSubmit={onSubmit} className="card space-y-6" aria-labelledby="checkin-form-title">
        <div>
          <h2 id="checkin-form-title" className="text-lg font-semibold">
            {t('forDay', { day: dayLabel(answers.date) })}
          </h2>
          {existing && <p className="mt-1 rounded-xl bg-sand-50 px-3 py-2 text-sm">{t('alreadyToday')}</p>}
          <details className="mt-1" open={Boolean(errors.date) || answers.date !== today}>
            <summary className="inline-flex min-h-11 cursor-pointer items-center text-sm font-semibold text-accent-strong underline underline-offset-4">
              {t('otherDay')}
            </summary>
            <div>
              <label htmlFor="checkin-date" className="field-label">
                {t('dateLabel')}
              </label>
              <input
                id="checkin-date"
                name="date"
                type="date"
                className="field-input"
                value={answers.date}
                min={addDays(today, -BACKFILL_DAYS)}
                max={today}
                onChange={(e) => e.target.value && chooseDate(e.target.value)}
                aria-invalid={errors.date ? true : undefined}
                aria-describedby={errors.date ? 'checkin-date-error checkin-date-hint' : 'checkin-date-hint'}
              />
              <p id="checkin-date-hint" className="field-hint">
                {t('dateHint')}
              </p>
              {errors.date && (
                <p id="checkin-date-error" className="field-error">
                  {errors.date}
                </p>
              )}
            </div>
          </details>
        </div>

        <ChoiceGroup name="mood" legend={t('moodLegend')} options={levelOptions('moodLevels', true)} value={answers.mood} onChange={(v) => set('mood', v)} error={errors.mood} />

        <div>
          <ChoiceGroup
            name="sleepHours"
            legend={t('sleepLegend')}
            options={HOURS.map((h) => ({ value: h, label: String(h) }))}
            value={answers.sleepWhole}
            onChange={(v) => set('sleepWhole', v)}
            error={errors.sleepHours}
          />
          <label className="mt-2 inline-flex min-h-12 cursor-pointer items-center gap-2 rounded-2xl border-2 border-sand-300 bg-paper px-4 font-semibold has-[:checked]:border-accent has-[:checked]:bg-accent-soft has-[:checked]:text-accent-strong has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-accent">
            <input type="checkbox" checked={answers.sleepHalf} onChange={(e) => set('sleepHalf', e.target.checked)} className="size-5 accent-[var(--color-accent)]" />
            {t('sleepHalf')}
          </label>
          {answers.sleepWhole !== null && (
            <p className="mt-1 text-sm text-muted" aria-live="polite">
              {t('sleepChosen', { hours: answers.sleepWhole + (answers.sleepHalf ? 0.5 : 0) })}
            </p>
          )}
        </div>

        <ChoiceGroup name="stress" legend={t('stressLegend')} options={levelOptions('stressLevels')} value={answers.stress} onChange={(v) => set('stress', v)} error={errors.stress} />
        <ChoiceGroup name="appetite" legend={t('appetiteLegend')} options={levelOptions('appetiteLevels')} value={answers.appetite} onChange={(v) => set('appetite', v)} error={errors.appetite} />

        <div className="grid gap-6 sm:grid-cols-2">
          <Stepper
            id="checkin-water"
            label={t('waterLabel')}
            hint={t('waterHint')}
            value={answers.water}
            onChange={(v) => set('water', v)}
            max={30}
            lessLabel={t('less', { what: t('waterLabel') })}
            moreLabel={t('more', { what: t('waterLabel') })}
            emptyLabel={t('notCounted')}
          />
          <Stepper
            id="checkin-meals"
            label={t('mealsLabel')}
            hint={t('mealsHint')}
            value={answers.meals}
            onChange={(v) => set('meals', v)}
            max={15}
            lessLabel={t('less', { what: t('mealsLabel') })}
            moreLabel={t('more', { what: t('mealsLabel') })}
            emptyLabel={t('notCounted')}
          />
        </div>

        <ChoiceGroup<Safety>
          name="selfHarmThoughts"
          legend={t('safetyLegend')}
          hint={t('safetyHint')}
          columns={3}
          options={[
            { value: 'no', label: t('safetyNo') },
            { value: 'yes', label: t('safetyYes') },
            { value: 'skip', label: t('safetySkip') },
          ]}
          value={answers.safety}
          onChange={(v) => set('safety', v)}
        />

        {formError && (
          <p role="alert" className="rounded-xl bg-danger-soft px-4 py-3 text-sm font-semibold text-danger">
            {formError}
          </p>
        )}
        <button type="submit" className="btn-primary w-full text-lg" disabled={pending} aria-disabled={pending}>
          {pending ? t('saving') : t('save')}
        </button>
      </form>
      {crisisPanel}
    </>
  );
}
