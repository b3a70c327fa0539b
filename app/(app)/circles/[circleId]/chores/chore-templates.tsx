'use client';
import { useState } from 'react';
import { useTranslations } from 'next-intl';
import type { ChoreView } from '@/lib/chores/serialize';
import { PendingButton } from '@/components/pending-button';
import { SubmitButton } from '@/components/submit-button';
import { useFormSubmit } from '@/components/use-form-submit';
import { addTemplateAction } from './actions';
import { CATEGORY_ICON } from './chore-card';

export interface TemplateOption {
  key: string;
  category: string;
  title: string;
  notes: string;
}

/** Ready-made chores from the article, one tap each; a visit asks for its time first. */
export function ChoreTemplates({
  circleId,
  templates,
  visitsOff,
  collapsed = false,
  onAdded,
}: {
  circleId: string;
  templates: TemplateOption[];
  visitsOff: boolean;
  /** The mother's board keeps them folded away: nobody pushes chores at her. */
  collapsed?: boolean;
  onAdded: (c: ChoreView) => void;
}) {
  const t = useTranslations('chores');
  const [message, setMessage] = useState<{ ok: boolean; text: string }>();
  const [visitOpen, setVisitOpen] = useState(false);
  const [visitError, setVisitError] = useState<string>();
  const [open, setOpen] = useState(!collapsed);

  async function add(formData: FormData) {
    const res = await addTemplateAction({ status: 'idle' }, formData);
    if (res.status === 'success' && res.data) {
      onAdded(res.data);
      setMessage({ ok: true, text: t('addedNamed', { title: res.data.title }) });
      setVisitOpen(false);
      setVisitError(undefined);
      return;
    }
    if (formData.get('dueAt') !== null) setVisitError(res.fields?.dueAt ?? res.message);
    else setMessage({ ok: false, text: res.message ?? '' });
  }

  const visit = useFormSubmit(add);
  return (
    <section aria-labelledby="templates-title" className="card space-y-3">
      <h2 id="templates-title" className="text-lg font-semibold">
        {collapsed ? (
          <button type="button" className="btn -mx-2 w-full justify-between px-2" aria-expanded={open} aria-controls="templates-list" onClick={() => setOpen((o) => !o)}>
            {t('templatesTitle')}
            <span aria-hidden="true">{open ? '−' : '+'}</span>
          </button>
        ) : (
          t('templatesTitle')
        )}
      </h2>
      {open && <p className="text-sm text-muted">{t('templatesLead')}</p>}
      {message && (
        <p role={message.ok ? 'status' : 'alert'} className={`rounded-xl px-3 py-2 text-sm font-semibold ${message.ok ? 'bg-ok-soft text-ok' : 'bg-danger-soft text-danger'}`}>
          {message.text}
        </p>
      )}
      <ul id="templates-list" hidden={!open} className="space-y-2">
        {templates.map((tpl) =>
          tpl.category === 'visit' ? (
            <li key={tpl.key} className="rounded-xl border border-sand-200">
              <button
                type="button"
                className="btn w-full justify-start text-left font-semibold"
                aria-expanded={visitOpen}
                onClick={() => setVisitOpen((o) => !o)}
                disabled={visitsOff}
              >
                <span aria-hidden="true">{CATEGORY_ICON.visit}</span>
                <span className="flex-1">{tpl.title}</span>
                <span aria-hidden="true">{visitOpen ? '−' : '+'}</span>
              </button>
              {visitsOff && <p className="px-4 pb-3 text-sm text-muted">{t('visitsOffNow')}</p>}
              {visitOpen && !visitsOff && (
                <form onSubmit={visit.onSubmit} className="space-y-3 border-t border-sand-200 p-3">
                  <input type="hidden" name="circleId" value={circleId} />
                  <input type="hidden" name="templateKey" value={tpl.key} />
                  <p className="text-sm text-muted">{tpl.notes}</p>
                  <div>
                    <label htmlFor="visit-due" className="field-label">
                      {t('visitWhen')}
                    </label>
                    <input
                      id="visit-due"
                      name="dueAt"
                      type="datetime-local"
                      required
                      className="field-input"
                      aria-invalid={visitError ? true : undefined}
                      aria-describedby={visitError ? 'visit-due-error' : 'visit-due-hint'}
                    />
                    <p id="visit-due-hint" className="field-hint">
                      {t('visitHint')}
                    </p>
                    {visitError && (
                      <p id="visit-due-error" role="alert" className="field-error">
                        {visitError}
                      </p>
                    )}
                  </div>
                  <PendingButton pending={visit.pending} className="btn-primary w-full" pendingLabel={t('adding')}>
                    {t('addVisit')}
                  </PendingButton>
                </form>
              )}
            </li>
          ) : (
            <li key={tpl.key}>
              <form action={add}>
                <input type="hidden" name="circleId" value={circleId} />
                <input type="hidden" name="templateKey" value={tpl.key} />
                <SubmitButton className="btn w-full justify-start rounded-xl border border-sand-200 bg-white text-left hover:bg-sand-50" pendingLabel={t('adding')} aria-label={t('addNamed', { title: tpl.title })}>
                  <span aria-hidden="true">{CATEGORY_ICON[tpl.category]}</span>
                  <span className="flex-1">{tpl.title}</span>
                  <span aria-hidden="true" className="text-accent-strong">
                    +
                  </span>
                </SubmitButton>
              </form>
            </li>
          ),
        )}
      </ul>
    </section>
  );
}
