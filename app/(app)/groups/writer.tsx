'use client';
import { useEffect, useState, type ReactNode } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import type { PostView } from '@/lib/groups/serialize';
import type { ActionState } from '@/lib/http/action';
import type { Outcome } from './outcome';
import { useAnswer } from './refusal';

export interface Finding {
  start: number;
  end: number;
  kind: string;
}

interface GuardView {
  comparison: boolean;
  findings: Finding[];
  suggestion?: string;
}

export type WriteResult = { status: 'published' | 'held'; post: PostView };

const PREVIEW_DELAY_MS = 400;
const PREVIEW_MIN_CHARS = 3;

/**
 * Asks the comparison guard about what she is typing, once she pauses (~400 ms), cancelling the
 * question still on its way when she types on (slow networks). Answers for the text it checked.
 */
function useGuardPreview(groupId: string, body: string) {
  const locale = useLocale();
  const [checked, setChecked] = useState<{ body: string; view: GuardView } | null>(null);
  useEffect(() => {
    if (body.trim().length < PREVIEW_MIN_CHARS) return;
    const ctrl = new AbortController();
    const timer = setTimeout(async () => {
      try {
        const res = await fetch('/api/v1/posts/preview', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          credentials: 'same-origin',
          body: JSON.stringify({ groupId, body, locale }),
          signal: ctrl.signal,
        });
        if (res.ok) setChecked({ body, view: (await res.json()) as GuardView });
      } catch {
        // Offline or cancelled: the check at posting time still applies.
      }
    }, PREVIEW_DELAY_MS);
    return () => {
      clearTimeout(timer);
      ctrl.abort();
    };
  }, [groupId, body, locale]);
  return body.trim().length < PREVIEW_MIN_CHARS ? null : checked;
}

interface Nudge {
  body: string;
  findings: Finding[];
  suggestion?: string;
}

/** Sends her text (and, after the nudge, her confirmation) with the form's other choices. */
export type Send = (body: string, confirm: boolean) => Promise<ActionState<Outcome<WriteResult>> | null>;

/**
 * The writing flow shared by posts and replies: the guard's preview as she types, the nudge when
 * she posts a comparison (rephrase, or post anyway for a moderator to read), and every refusal
 * explained — her text stays in the box whatever happens, until it is posted.
 */
export function useWriter({ id, groupId, send, onDone }: { id: string; groupId: string; send: Send; onDone: (r: WriteResult) => void }) {
  const t = useTranslations('groups');
  const answer = useAnswer();
  const [body, setBody] = useState('');
  const [nudge, setNudge] = useState<Nudge | null>(null);
  const [error, setError] = useState<{ message: string; text?: string; findings?: Finding[] } | null>(null);
  const [notice, setNotice] = useState('');
  const [announce, setAnnounce] = useState('');
  const [pending, setPending] = useState(false);
  const focusText = () => document.getElementById(id)?.focus();
  const preview = useGuardPreview(groupId, body);
  const deciding = nudge !== null && nudge.body === body;
  const shown: Nudge | null = deciding ? nudge : preview?.view.comparison ? { body: preview.body, ...preview.view } : null;
  const showing = shown !== null;

  // Said once when the nudge appears, not again for every keystroke that keeps it there.
  const [wasShowing, setWasShowing] = useState(false);
  if (showing !== wasShowing) {
    setWasShowing(showing);
    if (showing && !deciding) setAnnounce(t('guard.announce'));
  }

  useEffect(() => {
    if (!deciding) return;
    // The choice starts at the top of the screen, so both buttons are within reach of her thumb.
    const heading = document.getElementById(`${id}-nudge-title`);
    heading?.focus({ preventScroll: true });
    heading?.scrollIntoView({ block: 'start' });
  }, [deciding, id]);

  function change(value: string) {
    setBody(value);
    setNotice('');
    // "Write a few words first" goes as soon as she writes; a refusal stays until she posts again.
    if (error && error.text === undefined) setError(null);
  }

  async function submit(confirm: boolean) {
    if (pending) return;
    if (!body.trim()) {
      setError({ message: t('errors.empty') });
      focusText();
      return;
    }
    setPending(true);
    setNotice('');
    const res = answer<WriteResult>(await send(body, confirm));
    setPending(false);
    if (res.ok) {
      setBody('');
      setNudge(null);
      setError(null);
      setNotice(res.value.status === 'held' ? t('write.held') : t('write.posted'));
      onDone(res.value);
      return;
    }
    const r = res.refusal;
    if (r?.code === 'comparison_nudge') {
      setError(null);
      setNudge({ body, findings: (r.details.findings as Finding[]) ?? [], suggestion: r.details.suggestion as string | undefined });
      setAnnounce(t('guard.announceDecision'));
      return;
    }
    const findings = r?.code === 'word_blocked' ? ((r.details.findings as Finding[]) ?? []) : undefined;
    const fieldMessage = res.fields ? Object.entries(res.fields).find(([k]) => k.endsWith('body'))?.[1] : undefined;
    setError({ message: fieldMessage ?? res.message, text: body, findings });
    focusText();
  }

  function rephrase() {
    setNudge(null);
    focusText();
  }

  return { id, body, change, submit, rephrase, pending, shown, deciding, error, notice, announce };
}

export type Writer = ReturnType<typeof useWriter>;

/** Her text again, with the words the guard noticed marked. */
export function Mirror({ text, findings, label }: { text: string; findings: Finding[]; label: string }) {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const f of [...findings].sort((a, b) => a.start - b.start)) {
    if (f.start < at || f.end <= f.start || f.end > text.length) continue;
    parts.push(text.slice(at, f.start));
    parts.push(
      <mark key={f.start} data-kind={f.kind} className="rounded bg-accent-soft px-0.5 font-semibold text-ink underline decoration-accent decoration-2 underline-offset-2">
        {text.slice(f.start, f.end)}
      </mark>,
    );
    at = f.end;
  }
  parts.push(text.slice(at));
  return (
    <figure className="space-y-1">
      <figcaption className="text-sm text-muted">{label}</figcaption>
      <p data-testid="guard-mirror" className="whitespace-pre-wrap break-words rounded-xl border border-sand-200 bg-paper px-3 py-2">
        {parts}
      </p>
    </figure>
  );
}

/** The textarea, the guard's kind word under it, and what went wrong: the same for posts and replies. */
export function WriterFields({
  writer,
  label,
  hint,
  max,
  rows = 4,
}: {
  writer: Writer;
  label: string;
  hint?: string;
  max: number;
  rows?: number;
}) {
  const t = useTranslations('groups');
  const { id, body, error, shown, deciding } = writer;
  const left = max - body.length;
  const describedBy = [error && `${id}-error`, hint && `${id}-hint`, left <= 200 && `${id}-counter`].filter(Boolean).join(' ') || undefined;
  return (
    <div className="space-y-3">
      <div>
        <label htmlFor={id} className="field-label">
          {label}
        </label>
        {hint && (
          <p id={`${id}-hint`} className="field-hint mb-2 mt-0">
            {hint}
          </p>
        )}
        <textarea
          id={id}
          name="body"
          rows={rows}
          maxLength={max}
          value={body}
          onChange={(e) => writer.change(e.target.value)}
          className="field-input"
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
        />
        {left <= 200 && (
          <p id={`${id}-counter`} className="field-hint" aria-live="polite">
            {t('write.counter', { left })}
          </p>
        )}
      </div>
      {error && (
        <div id={`${id}-error`} role="alert" className="space-y-2 rounded-xl bg-danger-soft px-4 py-3">
          <p className="font-semibold text-danger">{error.message}</p>
          {error.findings && error.findings.length > 0 && error.text && <Mirror text={error.text} findings={error.findings} label={t('guard.mirrorBlocked')} />}
        </div>
      )}
      <p aria-live="polite" className="sr-only">
        {writer.announce}
      </p>
      {shown && <GuardNudge writer={writer} nudge={shown} deciding={deciding} />}
    </div>
  );
}

function GuardNudge({ writer, nudge, deciding }: { writer: Writer; nudge: Nudge; deciding: boolean }) {
  const t = useTranslations('groups.guard');
  return (
    <section data-testid="guard-nudge" aria-labelledby={`${writer.id}-nudge-title`} className="space-y-3 rounded-2xl border-2 border-accent/40 bg-accent-soft/40 p-4">
      <h3 id={`${writer.id}-nudge-title`} tabIndex={-1} className="text-lg font-semibold outline-none">
        {t('title')}
      </h3>
      <p>{t('why')}</p>
      <Mirror text={nudge.body} findings={nudge.findings} label={t('mirror')} />
      {nudge.suggestion && (
        <div className="rounded-xl bg-white px-3 py-2">
          <p className="text-sm font-semibold text-muted">{t('suggestionTitle')}</p>
          <p>{nudge.suggestion}</p>
        </div>
      )}
      {deciding && (
        <div className="grid gap-2">
          <button type="button" className="btn-primary w-full" onClick={writer.rephrase}>
            {t('rephrase')}
          </button>
          <button type="button" className="btn-secondary w-full" disabled={writer.pending} onClick={() => void writer.submit(true)} data-action="post-anyway">
            {writer.pending ? t('sending') : t('postAnyway')}
          </button>
        </div>
      )}
    </section>
  );
}

export function WriterNotice({ writer }: { writer: Writer }) {
  if (!writer.notice) return null;
  return (
    <p role="status" className="rounded-xl bg-ok-soft px-4 py-3 text-sm font-semibold text-ok">
      {writer.notice}
    </p>
  );
}

