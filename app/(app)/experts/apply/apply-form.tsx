'use client';
import { useState, type FormEvent } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import type { ExpertProfileView } from '@/lib/questions/serialize';
import { call } from '../../questions/call';
import type { Problems } from '../../questions/form-input';
import { PROFESSION_KEYS } from '../../questions/options';
import { useProblemText } from '../../questions/problem-text';
import { applyAction } from '../actions';

/** Profession, licence or certificate number, workplace, languages. Kept as typed when something is missing. */
export function ApplyForm({ current }: { current: ExpertProfileView | null }) {
  const t = useTranslations('experts');
  const tq = useTranslations('questions');
  const problemText = useProblemText('experts.errors');
  const router = useRouter();
  const [values, setValues] = useState({
    profession: current?.profession ?? '',
    licenceNumber: current?.licenceNumber ?? '',
    workplace: current?.workplace ?? '',
    vi: current ? current.languages.includes('vi') : true,
    en: current ? current.languages.includes('en') : false,
  });
  const [problems, setProblems] = useState<Problems>({});
  const [error, setError] = useState('');
  const [sent, setSent] = useState(false);
  const [pending, setPending] = useState(false);

  const set = <K extends keyof typeof values>(key: K, value: (typeof values)[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    const field = key === 'vi' || key === 'en' ? 'languages' : key;
    setProblems((p) => Object.fromEntries(Object.entries(p).filter(([name]) => name !== field)));
  };

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setError('');
    setSent(false);
    const res = await call(applyAction, new FormData(event.currentTarget));
    setPending(false);
    if (!res) return setError(tq('errors.network'));
    if (res.status !== 'success' || !res.data) return setError(res.message ?? tq('errors.network'));
    if (!res.data.ok) {
      setProblems(res.data.problems);
      return setError(tq('form.errorSummary'));
    }
    setSent(true);
    router.refresh();
  }

  const err = (field: string) => problemText(problems, field);
  const describedBy = (field: string, hint = false) => [err(field) ? `apply-${field}-error` : '', hint ? `apply-${field}-hint` : ''].filter(Boolean).join(' ') || undefined;
  const option = 'flex min-h-12 cursor-pointer items-center gap-3 rounded-2xl border-2 border-sand-300 bg-white px-4 font-semibold has-checked:border-accent has-checked:bg-accent-soft';

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5" data-testid="apply-form">
      <fieldset aria-describedby={describedBy('profession')}>
        <legend className="field-label">{t('apply.profession')}</legend>
        <div className="grid gap-2 sm:grid-cols-2">
          {PROFESSION_KEYS.map((p) => (
            <label key={p} className={option}>
              <input type="radio" name="profession" value={p} checked={values.profession === p} onChange={() => set('profession', p)} className="size-5 accent-accent" />
              {tq(`professions.${p}`)}
            </label>
          ))}
        </div>
        {err('profession') && (
          <p id="apply-profession-error" className="field-error">
            {err('profession')}
          </p>
        )}
      </fieldset>
      <div>
        <label htmlFor="apply-licenceNumber" className="field-label">
          {t('apply.licence')}
        </label>
        <input
          id="apply-licenceNumber"
          name="licenceNumber"
          value={values.licenceNumber}
          onChange={(e) => set('licenceNumber', e.target.value)}
          maxLength={60}
          autoComplete="off"
          className="field-input"
          aria-invalid={err('licenceNumber') ? true : undefined}
          aria-describedby={describedBy('licenceNumber', true)}
        />
        <p id="apply-licenceNumber-hint" className="field-hint">
          {t('apply.licenceHint')}
        </p>
        {err('licenceNumber') && (
          <p id="apply-licenceNumber-error" className="field-error">
            {err('licenceNumber')}
          </p>
        )}
      </div>
      <div>
        <label htmlFor="apply-workplace" className="field-label">
          {t('apply.workplace')}
        </label>
        <input
          id="apply-workplace"
          name="workplace"
          value={values.workplace}
          onChange={(e) => set('workplace', e.target.value)}
          maxLength={120}
          autoComplete="organization"
          className="field-input"
          aria-invalid={err('workplace') ? true : undefined}
          aria-describedby={describedBy('workplace', true)}
        />
        <p id="apply-workplace-hint" className="field-hint">
          {t('apply.workplaceHint')}
        </p>
        {err('workplace') && (
          <p id="apply-workplace-error" className="field-error">
            {err('workplace')}
          </p>
        )}
      </div>
      <fieldset aria-describedby={describedBy('languages')}>
        <legend className="field-label">{t('apply.languages')}</legend>
        <div className="grid grid-cols-2 gap-2">
          <label className={option}>
            <input type="checkbox" name="lang_vi" checked={values.vi} onChange={(e) => set('vi', e.target.checked)} className="size-5 accent-accent" />
            <span lang="vi">Tiếng Việt</span>
          </label>
          <label className={option}>
            <input type="checkbox" name="lang_en" checked={values.en} onChange={(e) => set('en', e.target.checked)} className="size-5 accent-accent" />
            <span lang="en">English</span>
          </label>
        </div>
        {err('languages') && (
          <p id="apply-languages-error" className="field-error">
            {err('languages')}
          </p>
        )}
      </fieldset>
      {error && (
        <p role="alert" className="rounded-xl bg-danger-soft px-4 py-3 text-sm font-semibold text-danger">
          {error}
        </p>
      )}
      {sent && (
        <p role="status" className="rounded-xl bg-ok-soft px-4 py-3 text-sm font-semibold text-ok">
          {t('apply.sent')}
        </p>
      )}
      <button type="submit" className="btn-primary w-full" disabled={pending} aria-disabled={pending}>
        {pending ? t('apply.sending') : current ? t('apply.resubmit') : t('apply.submit')}
      </button>
    </form>
  );
}
