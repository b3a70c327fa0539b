'use client';
import { useEffect, useRef, useState } from 'react';
import { useFormatter, useLocale, useNow, useTranslations } from 'next-intl';
import { PendingButton } from '@/components/pending-button';
import { useFormSubmit } from '@/components/use-form-submit';
import type { listQueue } from '@/lib/moderation/service';
import { decideAction, silenceAction } from './actions';
import { FindingsLegend, HighlightedText } from './highlighted-text';

export type QueueItem = Awaited<ReturnType<typeof listQueue>>['items'][number];

type Mode = 'idle' | 'edit' | 'reject' | 'silence';

const READY_REASONS = ['comparison', 'gentler', 'expert'] as const;
const SILENCE_DAYS = [1, 3, 7] as const;

interface Props {
  item: QueueItem;
  /** The item is decided (or someone else decided it): the list drops it and says so. */
  onDone: (id: string, message: string) => void;
  announce: (message: string) => void;
}

function useWaiting(createdAt: string) {
  const t = useTranslations('moderation');
  const now = useNow({ updateInterval: 60_000 });
  const minutes = Math.max(0, Math.floor((now.getTime() - new Date(createdAt).getTime()) / 60_000));
  if (minutes < 1) return t('waitingNow');
  if (minutes < 60) return t('waitingMinutes', { count: minutes });
  if (minutes < 48 * 60) return t('waitingHours', { count: Math.floor(minutes / 60) });
  return t('waitingDays', { count: Math.floor(minutes / 1440) });
}

/** One held or flagged post: why it is here, the text with what the guard saw, and the decisions. */
export function QueueCard({ item, onDone, announce }: Props) {
  const t = useTranslations('moderation');
  const format = useFormatter();
  const locale = useLocale() === 'en' ? 'en' : 'vi';
  const waiting = useWaiting(item.createdAt);
  const [mode, setMode] = useState<Mode>('idle');
  const [error, setError] = useState<string>();
  const [fields, setFields] = useState<Record<string, string>>({});
  const [reason, setReason] = useState('');
  const [body, setBody] = useState(item.post.body);
  const [days, setDays] = useState<number>(1);
  const [silenceNote, setSilenceNote] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [silencedUntil, setSilencedUntil] = useState(item.authorSilencedUntil);
  const editRef = useRef<HTMLTextAreaElement>(null);
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const confirmRef = useRef<HTMLDivElement>(null);
  const silenceFirstRef = useRef<HTMLInputElement>(null);
  const openers = useRef<Partial<Record<Mode, HTMLButtonElement | null>>>({});
  const lastOpened = useRef<Mode>('idle');

  const id = item.id;
  const group = item.group.name[locale];
  const alias = item.post.author?.alias ?? t('formerMember');
  const titleId = `item-${id}-title`;
  // A flagged post is already public: the choice is to keep it or take it down.
  const isPublic = item.post.status !== 'held';

  useEffect(() => {
    if (mode === 'edit') editRef.current?.focus();
    else if (mode === 'reject') reasonRef.current?.focus();
    else if (mode === 'silence' && !confirming) silenceFirstRef.current?.focus();
  }, [mode, confirming]);
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);
  // Focus that must wait for the next render (the element it goes to is not there yet).
  // Each request is a new object, so asking twice for the same element still moves focus.
  const [focusRequest, setFocusRequest] = useState<{ target: HTMLElement | string } | null>(null);
  useEffect(() => {
    if (!focusRequest) return;
    const { target } = focusRequest;
    (typeof target === 'string' ? document.getElementById(target) : target)?.focus();
  }, [focusRequest]);
  const setFocusTarget = (target: HTMLElement | string) => setFocusRequest({ target });

  function open(next: Mode) {
    setError(undefined);
    setFields({});
    setConfirming(false);
    lastOpened.current = next;
    setMode(next);
  }
  function close() {
    const opener = openers.current[lastOpened.current];
    setMode('idle');
    setConfirming(false);
    setError(undefined);
    setFields({});
    if (opener) setFocusTarget(opener);
  }

  async function decideWith(formData: FormData) {
    const res = await decideAction({ status: 'idle' }, formData);
    if (res.status === 'success' && res.data) {
      const outcome = res.data.outcome;
      if (outcome === 'gone') onDone(id, t('done.gone'));
      else if (outcome === 'rejected') onDone(id, t(isPublic ? 'done.takenDown' : 'done.rejected', { alias }));
      else onDone(id, t(isPublic && outcome === 'approved' ? 'done.kept' : `done.${outcome}`, { group }));
      return;
    }
    setFields(res.fields ?? {});
    setError(res.fields?.['decision.reason'] ? t('reasonRequired') : res.fields?.['decision.body'] ? t('bodyRequired') : res.message);
  }
  // Two submitters, so only the pressed button says it is working.
  const approve = useFormSubmit(decideWith);
  const decision = useFormSubmit(decideWith);

  const silence = useFormSubmit(async (formData) => {
    const res = await silenceAction({ status: 'idle' }, formData);
    if (res.status === 'success' && res.data) {
      const until = res.data.silencedUntil;
      setSilencedUntil(until);
      setMode('idle');
      setConfirming(false);
      setSilenceNote('');
      announce(until ? t('silencedUntil', { alias, date: format.dateTime(new Date(until), { dateStyle: 'medium', timeStyle: 'short' }) }) : t('lifted', { alias }));
      setFocusTarget(`item-${id}-silence-status`);
      return;
    }
    setConfirming(false);
    setError(res.message);
  });

  const reasonError = fields['decision.reason'] ? t('reasonRequired') : undefined;
  const bodyError = fields['decision.body'] ? t('bodyRequired') : undefined;
  const busy = decision.pending || approve.pending || silence.pending;

  return (
    <li data-testid="queue-item" data-item-id={id} data-reason={item.reason} className="card space-y-3" aria-labelledby={titleId}>
      <div className="flex flex-wrap items-center justify-between gap-x-3 gap-y-1 text-sm">
        <span className="rounded-full bg-sand-100 px-3 py-1 font-semibold">{group}</span>
        <span className="text-muted">{waiting}</span>
      </div>
      <div>
        <h2 id={titleId} tabIndex={-1} className="text-lg font-semibold break-words">
          {item.post.parentId ? t('replyBy', { alias }) : t('postBy', { alias })}
        </h2>
        <p className="mt-1 inline-flex rounded-xl bg-accent-soft px-3 py-1 text-sm font-semibold text-ink" data-testid="queue-why">
          {t(`why.${item.reason}`)}
        </p>
      </div>

      <blockquote className="rounded-xl border-s-4 border-sand-300 bg-paper px-3 py-2">
        <HighlightedText text={item.post.body} findings={item.findings} />
      </blockquote>
      <FindingsLegend text={item.post.body} findings={item.findings} titleId={`item-${id}-legend`} />

      {item.flags.length > 0 && (
        <div className="rounded-xl bg-sand-50 px-3 py-2 text-sm">
          <p id={`item-${id}-flags`} className="font-semibold">
            {t('flagsTitle', { count: item.flags.length })}
          </p>
          <ul aria-labelledby={`item-${id}-flags`} className="mt-1 list-disc space-y-1 ps-5">
            {item.flags.map((f, i) => (
              <li key={i} className="break-words">
                {t(`flagReasons.${f.reason}`)}
                {f.note && <span className="text-muted"> — {t('quoted', { text: f.note })}</span>}
              </li>
            ))}
          </ul>
        </div>
      )}

      {error && (
        <p role="alert" className="rounded-xl bg-danger-soft px-3 py-2 text-sm font-semibold text-danger">
          {error}
        </p>
      )}

      {mode === 'idle' && (
        <div className="grid grid-cols-2 gap-2">
          <form onSubmit={approve.onSubmit} className="col-span-2">
            <input type="hidden" name="itemId" value={id} />
            <input type="hidden" name="mode" value="approve" />
            <PendingButton pending={approve.pending} pendingLabel={isPublic ? t('saving') : t('approving')} className="btn-primary min-h-12 w-full text-lg" disabled={busy}>
              {isPublic ? t('keep') : t('approve')}
            </PendingButton>
          </form>
          <button
            type="button"
            ref={(el) => {
              openers.current.edit = el;
            }}
            onClick={() => open('edit')}
            className="btn-secondary min-h-12"
            disabled={busy}
          >
            {isPublic ? t('editPublic') : t('edit')}
          </button>
          <button
            type="button"
            ref={(el) => {
              openers.current.reject = el;
            }}
            onClick={() => open('reject')}
            className="btn-secondary min-h-12"
            disabled={busy}
          >
            {isPublic ? t('takeDown') : t('reject')}
          </button>
        </div>
      )}

      {mode === 'edit' && (
        <form onSubmit={decision.onSubmit} className="space-y-3">
          <input type="hidden" name="itemId" value={id} />
          <input type="hidden" name="mode" value="edit" />
          <div>
            <label htmlFor={`item-${id}-body`} className="field-label">
              {t('editLabel')}
            </label>
            <textarea
              ref={editRef}
              id={`item-${id}-body`}
              name="body"
              rows={6}
              required
              maxLength={4000}
              value={body}
              onChange={(e) => setBody(e.target.value)}
              aria-invalid={bodyError ? true : undefined}
              aria-describedby={`item-${id}-body-hint`}
              className="field-input"
            />
            <p id={`item-${id}-body-hint`} className="field-hint">
              {t('editHint')}
            </p>
          </div>
          <div className="grid grid-cols-2 gap-2">
            <PendingButton pending={decision.pending} pendingLabel={t('approving')} className="btn-primary col-span-2 min-h-12">
              {t('publishEdited')}
            </PendingButton>
            <button type="button" onClick={close} className="btn-secondary col-span-2 min-h-12">
              {t('cancel')}
            </button>
          </div>
        </form>
      )}

      {mode === 'reject' && (
        <form onSubmit={decision.onSubmit} className="space-y-3">
          <input type="hidden" name="itemId" value={id} />
          <input type="hidden" name="mode" value="reject" />
          <div role="group" aria-labelledby={`item-${id}-ready`}>
            <p id={`item-${id}-ready`} className="field-label">
              {t('readyReasons')}
            </p>
            <div className="flex flex-wrap gap-2">
              {READY_REASONS.map((r) => (
                <button
                  key={r}
                  type="button"
                  onClick={() => {
                    setReason(t(`readyText.${r}`));
                    reasonRef.current?.focus();
                  }}
                  aria-pressed={reason === t(`readyText.${r}`)}
                  className="btn min-h-11 rounded-full border border-sand-300 bg-white px-4 text-sm aria-pressed:border-accent aria-pressed:bg-accent-soft"
                >
                  {t(`readyLabel.${r}`)}
                </button>
              ))}
            </div>
          </div>
          <div>
            <label htmlFor={`item-${id}-reason`} className="field-label">
              {t('rejectLabel')}
            </label>
            <textarea
              ref={reasonRef}
              id={`item-${id}-reason`}
              name="reason"
              rows={5}
              required
              maxLength={300}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              aria-invalid={reasonError ? true : undefined}
              aria-describedby={`${reasonError ? `item-${id}-reason-error ` : ''}item-${id}-reason-hint`}
              className="field-input"
            />
            <p id={`item-${id}-reason-hint`} className="field-hint">
              {t('rejectHint')}
            </p>
            {reasonError && (
              <p id={`item-${id}-reason-error`} className="field-error">
                {reasonError}
              </p>
            )}
          </div>
          <div className="grid grid-cols-2 gap-2">
            <PendingButton pending={decision.pending} pendingLabel={t('rejecting')} className="btn-primary col-span-2 min-h-12">
              {isPublic ? t('takeDownSend') : t('rejectSend')}
            </PendingButton>
            <button type="button" onClick={close} className="btn-secondary col-span-2 min-h-12">
              {t('cancel')}
            </button>
          </div>
        </form>
      )}

      {item.post.author && (
        <div className="border-t border-sand-200 pt-2">
          {silencedUntil ? (
            <form onSubmit={silence.onSubmit} className="flex flex-wrap items-center justify-between gap-2">
              <p id={`item-${id}-silence-status`} tabIndex={-1} className="text-sm font-semibold">
                {t('silencedUntil', { alias, date: format.dateTime(new Date(silencedUntil), { dateStyle: 'medium', timeStyle: 'short' }) })}
              </p>
              <input type="hidden" name="memberId" value={item.post.author.id} />
              <input type="hidden" name="days" value="0" />
              <PendingButton pending={silence.pending} pendingLabel={t('lifting')} className="btn-secondary text-sm">
                {t('lift')}
              </PendingButton>
            </form>
          ) : mode !== 'silence' ? (
            <>
              <p id={`item-${id}-silence-status`} tabIndex={-1} className="sr-only">
                {t('notSilenced', { alias })}
              </p>
              <button
                type="button"
                ref={(el) => {
                  openers.current.silence = el;
                }}
                onClick={() => open('silence')}
                className="btn min-h-11 w-full justify-start px-1 text-accent-strong underline underline-offset-4"
                disabled={busy}
              >
                {t('silence', { alias })}
              </button>
            </>
          ) : (
            <form onSubmit={silence.onSubmit} className="space-y-3 pt-2">
              <input type="hidden" name="memberId" value={item.post.author.id} />
              <input type="hidden" name="days" value={days} />
              <input type="hidden" name="reason" value={silenceNote} />
              {!confirming ? (
                <>
                  <fieldset>
                    <legend className="field-label">{t('silenceDays', { alias })}</legend>
                    <div className="grid grid-cols-3 gap-2">
                      {SILENCE_DAYS.map((d, i) => (
                        <label
                          key={d}
                          className="flex min-h-12 cursor-pointer items-center justify-center gap-1.5 rounded-xl border border-sand-300 bg-white px-1 font-semibold whitespace-nowrap has-[:checked]:border-accent has-[:checked]:bg-accent-soft"
                        >
                          <input
                            ref={i === 0 ? silenceFirstRef : undefined}
                            type="radio"
                            name={`item-${id}-days`}
                            value={d}
                            checked={days === d}
                            onChange={() => setDays(d)}
                            className="size-5 accent-[var(--color-accent)]"
                          />
                          {t('days', { count: d })}
                        </label>
                      ))}
                    </div>
                  </fieldset>
                  <div>
                    <label htmlFor={`item-${id}-silence-reason`} className="field-label">
                      {t('silenceReason')}
                    </label>
                    <input
                      id={`item-${id}-silence-reason`}
                      value={silenceNote}
                      onChange={(e) => setSilenceNote(e.target.value)}
                      maxLength={300}
                      aria-describedby={`item-${id}-silence-hint`}
                      className="field-input"
                    />
                    <p id={`item-${id}-silence-hint`} className="field-hint">
                      {t('silenceReasonHint')}
                    </p>
                  </div>
                  <div className="grid grid-cols-2 gap-2">
                    <button type="button" onClick={() => setConfirming(true)} className="btn-primary min-h-12">
                      {t('silenceNext')}
                    </button>
                    <button type="button" onClick={close} className="btn-secondary min-h-12">
                      {t('cancel')}
                    </button>
                  </div>
                </>
              ) : (
                <div ref={confirmRef} tabIndex={-1} role="group" aria-labelledby={`item-${id}-confirm`} className="space-y-3 rounded-xl bg-sand-50 p-3">
                  <p id={`item-${id}-confirm`} className="font-semibold">
                    {t('silenceConfirm', { alias, days })}
                  </p>
                  <div className="grid grid-cols-2 gap-2">
                    <PendingButton pending={silence.pending} pendingLabel={t('silencing')} className="btn-danger min-h-12">
                      {t('silenceYes')}
                    </PendingButton>
                    <button type="button" onClick={() => setConfirming(false)} className="btn-secondary min-h-12">
                      {t('back')}
                    </button>
                  </div>
                </div>
              )}
            </form>
          )}
        </div>
      )}
    </li>
  );
}
