'use client';
import { useEffect, useRef } from 'react';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import type { SafetySettings } from '@/lib/settings/input';
import { isSign } from './options';

export interface CareNowInfo {
  signs: string[];
  /** Thoughts of self-harm or of harming the baby: the crisis line comes first. */
  selfHarm: boolean;
  emergencyNumber: string;
  crisisLine: SafetySettings['crisisLine'];
}

const tel = (phone: string) => `tel:${phone.replace(/[^0-9+]/g, '')}`;

/** The help itself, the same in the full-screen panel and in the box on her question. */
function CareNowContent({ info, idPrefix }: { info: CareNowInfo; idPrefix: string }) {
  const t = useTranslations('questions');
  const line = info.crisisLine;
  const signs = info.signs.filter(isSign);
  const emergency = (
    <a href={tel(info.emergencyNumber)} data-testid="care-now-emergency" className="btn-danger min-h-14 w-full text-xl">
      {t('careNow.call', { number: info.emergencyNumber })}
    </a>
  );
  const crisis = line && (
    <div>
      <a href={tel(line.phone)} data-testid="care-now-line" className={`${info.selfHarm ? 'btn-danger min-h-14 text-xl' : 'btn-secondary text-lg'} w-full`}>
        {t('careNow.callLine', { name: line.name, phone: line.phone })}
      </a>
      {line.hours && <p className="mt-1 text-center text-sm text-muted">{t('careNow.lineHours', { hours: line.hours })}</p>}
    </div>
  );
  return (
    <div className="space-y-4">
      {info.selfHarm ? (
        <div className="space-y-3">
          {crisis}
          {emergency}
          <p className="rounded-xl bg-sand-100 px-4 py-3 font-semibold">{t('careNow.notAlone')}</p>
        </div>
      ) : (
        emergency
      )}
      {signs.length > 0 && (
        <section aria-labelledby={`${idPrefix}-now`} className="space-y-2">
          <h3 id={`${idPrefix}-now`} className="text-lg font-semibold">
            {t('careNow.nowTitle')}
          </h3>
          <ul className="space-y-3">
            {signs.map((s) => (
              <li key={s} data-sign={s} className="rounded-xl border border-sand-200 bg-white px-4 py-3">
                <p className="font-semibold">{t(`signs.${s}`)}</p>
                <p>{t(`careNow.signs.${s}`)}</p>
              </li>
            ))}
          </ul>
        </section>
      )}
      {!info.selfHarm && (
        <>
          {crisis}
          <p>{t('careNow.goWith')}</p>
        </>
      )}
      <p>{t('careNow.hospital')}</p>
    </div>
  );
}

export type SaveState = 'saving' | 'saved' | 'failed';

/**
 * Full screen, the moment she sends a question with a red flag: what to do now for her signs and
 * the numbers to call. A modal <dialog> takes focus (its heading), keeps it, and closes on Escape.
 * Her question is saved meanwhile; she goes on to it when she is ready, never before.
 */
export function CareNowPanel({ info, save, questionHref, onClose }: { info: CareNowInfo; save: SaveState; questionHref?: string; onClose: () => void }) {
  const t = useTranslations('questions');
  const ref = useRef<HTMLDialogElement>(null);
  const titleRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    titleRef.current?.focus();
    // No close() on cleanup: it would fire onClose, and React's dev double-run would shut the panel at once.
  }, []);

  return (
    <dialog
      ref={ref}
      data-testid="care-now-panel"
      aria-labelledby="care-now-title"
      aria-describedby="care-now-lead"
      onClose={onClose}
      className="fixed inset-0 m-0 h-dvh max-h-none w-full max-w-none overflow-y-auto bg-paper p-0 text-ink backdrop:bg-black/60"
    >
      <div className="mx-auto max-w-xl space-y-5 px-4 py-6">
        <div className="flex items-start justify-between gap-3">
          <h2 id="care-now-title" ref={titleRef} tabIndex={-1} className="text-2xl font-bold outline-none">
            {info.selfHarm ? t('careNow.titleSelfHarm') : t('careNow.title')}
          </h2>
          <button type="button" className="btn-secondary shrink-0" onClick={() => ref.current?.close()}>
            {t('careNow.close')}
          </button>
        </div>
        <p id="care-now-lead" className="text-lg">
          {info.selfHarm ? t('careNow.leadSelfHarm') : t('careNow.lead')}
        </p>
        <CareNowContent info={info} idPrefix="care-now-panel" />
        <div className="space-y-3 border-t border-sand-200 pt-4">
          <p role="status" data-testid="care-now-save" data-state={save} className={save === 'failed' ? 'font-semibold text-danger' : 'text-muted'}>
            {save === 'saving' ? t('careNow.saving') : save === 'saved' ? t('careNow.queued') : t('careNow.notSaved')}
          </p>
          {save === 'saved' && questionHref ? (
            <Link href={questionHref} className="btn-secondary w-full">
              {t('careNow.continue')}
            </Link>
          ) : save === 'failed' ? (
            <button type="button" className="btn-secondary w-full" onClick={() => ref.current?.close()}>
              {t('careNow.backToForm')}
            </button>
          ) : null}
          <Link href="/guides/seek-help" className="inline-flex min-h-11 items-center font-semibold text-accent-strong underline underline-offset-4">
            {t('careNow.guide')}
          </Link>
        </div>
      </div>
    </dialog>
  );
}

/** On her own urgent question: the same help, at the top of the page. */
export function CareNowBox({ info }: { info: CareNowInfo }) {
  const t = useTranslations('questions');
  return (
    <section data-testid="care-now-box" aria-labelledby="care-now-box-title" className="space-y-3 rounded-2xl border-2 border-danger bg-danger-soft/40 p-4">
      <h2 id="care-now-box-title" className="text-xl font-bold text-danger">
        {info.selfHarm ? t('careNow.titleSelfHarm') : t('careNow.boxTitle')}
      </h2>
      <p>{info.selfHarm ? t('careNow.leadSelfHarm') : t('careNow.boxLead')}</p>
      <CareNowContent info={info} idPrefix="care-now-box" />
      <Link href="/guides/seek-help" className="inline-flex min-h-11 items-center font-semibold text-accent-strong underline underline-offset-4">
        {t('careNow.guide')}
      </Link>
    </section>
  );
}
