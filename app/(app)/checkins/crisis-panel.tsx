'use client';
import { useEffect, useRef, useState } from 'react';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import type { SafetySettings } from '@/lib/settings/input';

export type CrisisInfo = SafetySettings & { trustedContact?: { id: string; name: string } | null };

type Person = { id: string; name: string };
type AlertState = 'idle' | 'sending' | 'sent' | 'failed';

const tel = (phone: string) => `tel:${phone.replace(/[^0-9+]/g, '')}`;

/**
 * Full screen, at once, after a yes to the safety question: what to do now, the numbers to call,
 * and an offer — never more — to ask her trusted person to come. A modal <dialog> moves focus in,
 * keeps it there, and closes on Escape.
 */
export function CrisisPanel({ info, onClose }: { info: CrisisInfo; onClose: () => void }) {
  const t = useTranslations('crisis');
  const ref = useRef<HTMLDialogElement>(null);
  const titleRef = useRef<HTMLHeadingElement>(null);
  const [contact, setContact] = useState<Person | null>(info.trustedContact ?? null);
  const [candidates, setCandidates] = useState<Person[] | null>(null);
  const [choice, setChoice] = useState('');
  const [alert, setAlert] = useState<AlertState>('idle');
  const [alerted, setAlerted] = useState('');

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    titleRef.current?.focus();
    // No close() on cleanup: it would fire onClose, and React's dev double-run would shut the panel at once.
  }, []);

  // With no trusted person chosen yet (or the answer came from an offline save), ask who she'd pick.
  useEffect(() => {
    if (info.trustedContact) return;
    let live = true;
    fetch('/api/v1/me/trusted-contact', { credentials: 'same-origin' })
      .then((r) => (r.ok ? r.json() : null))
      .then((data: { contact: Person | null; candidates: Person[] } | null) => {
        if (!live || !data) return;
        if (data.contact) setContact(data.contact);
        setCandidates(data.candidates);
        if (data.candidates.length === 1) setChoice(data.candidates[0].id);
      })
      .catch(() => live && setCandidates([]));
    return () => {
      live = false;
    };
  }, [info.trustedContact]);

  async function sendAlert(chosen?: string) {
    setAlert('sending');
    try {
      if (chosen) {
        const put = await fetch('/api/v1/me/trusted-contact', {
          method: 'PUT',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ contactUserId: chosen }),
          credentials: 'same-origin',
        });
        if (!put.ok) throw new Error('choose');
      }
      const res = await fetch('/api/v1/me/trusted-contact/alert', { method: 'POST', credentials: 'same-origin' });
      if (!res.ok) throw new Error('alert');
      const body = (await res.json()) as { alerted: Person };
      setContact(body.alerted);
      setAlerted(body.alerted.name);
      setAlert('sent');
    } catch {
      setAlert('failed');
    }
  }

  const line = info.crisisLine;
  return (
    <dialog
      ref={ref}
      data-testid="crisis-panel"
      aria-labelledby="crisis-title"
      aria-describedby="crisis-lead"
      onClose={onClose}
      className="fixed inset-0 m-0 h-dvh max-h-none w-full max-w-none overflow-y-auto bg-paper p-0 text-ink backdrop:bg-black/60"
    >
      <div className="mx-auto max-w-xl space-y-5 px-4 py-6">
        <div className="flex items-start justify-between gap-3">
          <h2 id="crisis-title" ref={titleRef} tabIndex={-1} className="text-2xl font-bold outline-none">
            {t('title')}
          </h2>
          <button type="button" className="btn-secondary shrink-0" onClick={() => ref.current?.close()}>
            {t('close')}
          </button>
        </div>
        <p id="crisis-lead" className="text-lg">
          {t('lead')}
        </p>

        <section aria-labelledby="crisis-now" className="space-y-3">
          <h3 id="crisis-now" className="text-lg font-semibold">
            {t('nowTitle')}
          </h3>
          <a href={tel(info.emergencyNumber)} data-testid="crisis-emergency" className="btn-danger w-full text-xl">
            {t('call', { number: info.emergencyNumber })}
          </a>
          {line && (
            <div>
              <a href={tel(line.phone)} className="btn-secondary w-full text-lg">
                {t('callLine', { name: line.name, phone: line.phone })}
              </a>
              {line.hours && <p className="mt-1 text-center text-sm text-muted">{t('lineHours', { hours: line.hours })}</p>}
            </div>
          )}
          <p>{t('hospital')}</p>
          <p className="rounded-xl bg-sand-100 px-4 py-3 font-semibold">{t('notAlone')}</p>
        </section>

        <section aria-labelledby="crisis-trusted" className="card space-y-3">
          <h3 id="crisis-trusted" className="text-lg font-semibold">
            {t('trustedTitle')}
          </h3>
          {alert === 'sent' ? (
            <p role="status" data-testid="crisis-alerted" className="rounded-xl bg-ok-soft px-4 py-3 font-semibold text-ok">
              {t('alerted', { name: alerted })}
            </p>
          ) : contact ? (
            <>
              <p>{t('alertOffer', { name: contact.name })}</p>
              <button type="button" className="btn-primary w-full" disabled={alert === 'sending'} onClick={() => sendAlert()}>
                {alert === 'sending' ? t('alerting') : t('alertButton', { name: contact.name })}
              </button>
            </>
          ) : candidates === null ? (
            <p className="text-muted">{t('loading')}</p>
          ) : candidates.length === 0 ? (
            <p>{t('noCandidates')}</p>
          ) : (
            <>
              <p>{t('chooseLead')}</p>
              <fieldset>
                <legend className="field-label">{t('chooseLabel')}</legend>
                <div className="space-y-2">
                  {candidates.map((c) => (
                    <label
                      key={c.id}
                      className="flex min-h-12 cursor-pointer items-center gap-3 rounded-2xl border-2 border-sand-300 px-4 font-semibold has-[:checked]:border-accent has-[:checked]:bg-accent-soft"
                    >
                      <input type="radio" name="trusted" value={c.id} checked={choice === c.id} onChange={() => setChoice(c.id)} className="size-5 accent-[var(--color-accent)]" />
                      {c.name}
                    </label>
                  ))}
                </div>
              </fieldset>
              <button type="button" className="btn-primary w-full" disabled={!choice || alert === 'sending'} onClick={() => sendAlert(choice)}>
                {alert === 'sending' ? t('alerting') : t('chooseAndAlert')}
              </button>
            </>
          )}
          {alert === 'failed' && (
            <p role="alert" className="rounded-xl bg-danger-soft px-4 py-3 text-sm font-semibold text-danger">
              {t('alertFailed')}
            </p>
          )}
        </section>

        <Link href="/guides/seek-help" className="inline-flex min-h-11 items-center font-semibold text-accent-strong underline underline-offset-4">
          {t('guide')}
        </Link>
      </div>
    </dialog>
  );
}
