'use client';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import type { QuestionView } from '@/lib/questions/serialize';
import type { SafetySettings } from '@/lib/settings/input';
import { askQuestionAction } from '../actions';
import { call } from '../call';
import { CareNowPanel, type CareNowInfo, type SaveState } from '../care-now';
import type { Problems } from '../form-input';
import { MAX_TAGS, TAGS, type Tag } from '../options';
import { useProblemText } from '../problem-text';

interface Draft {
  title: string;
  body: string;
  tags: Tag[];
  anonymous: boolean;
}

type Triage = typeof import('@/lib/questions/triage').triage;
type Similar = Pick<QuestionView, 'id' | 'title' | 'answerCount'>;

const SIMILAR_DELAY_MS = 500;
const EMPTY: Draft = { title: '', body: '', tags: [], anonymous: false };
const tel = (phone: string) => `tel:${phone.replace(/[^0-9+]/g, '')}`;

function readDraft(key: string): Draft | null {
  try {
    const raw = window.localStorage.getItem(key);
    if (!raw) return null;
    const d = JSON.parse(raw) as Partial<Draft>;
    return {
      title: String(d.title ?? ''),
      body: String(d.body ?? ''),
      tags: (Array.isArray(d.tags) ? d.tags : []).filter((x): x is Tag => (TAGS as readonly string[]).includes(x)).slice(0, MAX_TAGS),
      anonymous: d.anonymous === true,
    };
  } catch {
    return null;
  }
}

/**
 * The question form. What she types is kept on the phone until it is sent, so reading a similar
 * answer, a refusal or a dropped connection never costs her a word. A red flag opens "get care
 * now" the moment she sends: the check runs here too, so the help does not wait for the network.
 */
export function AskForm({ safety, draftKey }: { safety: SafetySettings; draftKey: string }) {
  const t = useTranslations('questions');
  const problemText = useProblemText('questions.errors');
  const router = useRouter();
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [restored, setRestored] = useState(false);
  const [problems, setProblems] = useState<Problems>({});
  const [formError, setFormError] = useState('');
  const [pending, setPending] = useState(false);
  const [care, setCare] = useState<CareNowInfo | null>(null);
  const [save, setSave] = useState<SaveState>('saving');
  const [questionId, setQuestionId] = useState<string>();
  const [similar, setSimilar] = useState<Similar[]>([]);
  const triageRef = useRef<Promise<Triage | null> | null>(null);
  const sentRef = useRef(false);
  const errorRef = useRef<HTMLParagraphElement>(null);

  // Her unsent draft comes back; the red-flag check loads while she types.
  useEffect(() => {
    const saved = readDraft(draftKey);
    const timer = setTimeout(() => {
      if (saved && (saved.title || saved.body)) {
        setDraft(saved);
        setRestored(true);
      }
    }, 0);
    triageRef.current = import('@/lib/questions/triage').then((m) => m.triage).catch(() => null);
    return () => clearTimeout(timer);
  }, [draftKey]);

  useEffect(() => {
    const timer = setTimeout(() => {
      if (sentRef.current) return;
      try {
        if (draft.title || draft.body) window.localStorage.setItem(draftKey, JSON.stringify(draft));
        else window.localStorage.removeItem(draftKey);
      } catch {
        // Private mode or a full phone: the form still works, only the draft is not kept.
      }
    }, 300);
    return () => clearTimeout(timer);
  }, [draft, draftKey]);

  // Answered questions like hers, once she pauses typing.
  const query = `${draft.title} ${draft.body}`.trim().slice(0, 300);
  useEffect(() => {
    const controller = new AbortController();
    const timer = setTimeout(() => {
      if (query.length < 6) {
        setSimilar([]);
        return;
      }
      fetch(`/api/v1/questions/similar?q=${encodeURIComponent(query)}`, { credentials: 'same-origin', signal: controller.signal })
        .then((r) => (r.ok ? r.json() : { items: [] }))
        .then((data: { items: Similar[] }) => setSimilar(data.items.slice(0, 5)))
        .catch(() => {});
    }, SIMILAR_DELAY_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query]);

  useEffect(() => {
    if (formError) errorRef.current?.focus();
  }, [formError]);

  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => {
    setDraft((d) => ({ ...d, [key]: value }));
    setProblems((p) => Object.fromEntries(Object.entries(p).filter(([name]) => name !== key)));
  };
  const toggleTag = (tag: Tag, on: boolean) => set('tags', on ? [...draft.tags, tag].slice(0, MAX_TAGS) : draft.tags.filter((x) => x !== tag));

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const formData = new FormData(event.currentTarget);
    setPending(true);
    setFormError('');
    const saving = call(askQuestionAction, formData);
    // The check is already loaded (or on its way) and needs no network: the help shows while the
    // question is still being saved. If it cannot load in time, the server's answer brings it.
    const triage = await Promise.race([triageRef.current, new Promise<null>((r) => setTimeout(() => r(null), 2000))]);
    const local = triage?.(`${draft.title}\n${draft.body}`);
    if (local?.urgent) {
      setSave('saving');
      setCare({ signs: local.signs, selfHarm: local.selfHarm, ...safety });
    }
    const res = await saving;
    setPending(false);
    const failed = (message: string) => {
      setFormError(message);
      setSave('failed');
    };
    if (!res) return failed(t('errors.network'));
    if (res.status !== 'success' || !res.data) return failed(res.message ?? t('errors.network'));
    if (!res.data.ok) {
      setProblems(res.data.problems);
      return failed(t('form.errorSummary'));
    }
    const { question, getCareNow } = res.data.value as { question: QuestionView; getCareNow?: CareNowInfo };
    sentRef.current = true;
    try {
      window.localStorage.removeItem(draftKey);
    } catch {
      // Nothing was kept.
    }
    setQuestionId(question.id);
    if (getCareNow) {
      setCare(getCareNow);
      setSave('saved');
    } else if (local?.urgent) {
      setSave('saved');
    } else {
      router.push(`/questions/${question.id}`);
    }
  }

  const err = (field: keyof Draft) => problemText(problems, field);
  const described = (field: string, hint = true) => [problems[field] ? `ask-${field}-error` : '', hint ? `ask-${field}-hint` : ''].filter(Boolean).join(' ') || undefined;
  const full = draft.tags.length >= MAX_TAGS;

  return (
    <>
      <form data-testid="ask-form" noValidate onSubmit={onSubmit} className="card space-y-5" aria-labelledby="ask-form-title">
        <h2 id="ask-form-title" className="sr-only">
          {t('form.title')}
        </h2>
        {restored && (
          <p role="status" className="rounded-xl bg-sand-50 px-3 py-2 text-sm">
            {t('form.draftRestored')}
          </p>
        )}
        <div>
          <label htmlFor="ask-title" className="field-label">
            {t('form.titleLabel')}
          </label>
          <input
            id="ask-title"
            name="title"
            value={draft.title}
            onChange={(e) => set('title', e.target.value)}
            maxLength={150}
            autoComplete="off"
            enterKeyHint="next"
            className="field-input"
            aria-invalid={err('title') ? true : undefined}
            aria-describedby={described('title')}
          />
          <p id="ask-title-hint" className="field-hint">
            {t('form.titleHint')}
          </p>
          {err('title') && (
            <p id="ask-title-error" className="field-error">
              {err('title')}
            </p>
          )}
        </div>
        <div>
          <label htmlFor="ask-body" className="field-label">
            {t('form.bodyLabel')}
          </label>
          <textarea
            id="ask-body"
            name="body"
            rows={6}
            value={draft.body}
            onChange={(e) => set('body', e.target.value)}
            maxLength={4000}
            className="field-input"
            aria-invalid={err('body') ? true : undefined}
            aria-describedby={described('body')}
          />
          <p id="ask-body-hint" className="field-hint">
            {t('form.bodyHint')}
          </p>
          {err('body') && (
            <p id="ask-body-error" className="field-error">
              {err('body')}
            </p>
          )}
        </div>

        <section aria-labelledby="similar-title" data-testid="similar" hidden={similar.length === 0} className="space-y-2 rounded-xl bg-sand-50 p-3">
          <h3 id="similar-title" className="font-semibold">
            {t('form.similarTitle')}
          </h3>
          <p className="text-sm text-muted">{t('form.similarHint')}</p>
          <ul className="space-y-1">
            {similar.map((q) => (
              <li key={q.id}>
                <Link href={`/questions/${q.id}`} className="inline-flex min-h-11 items-center font-semibold text-accent-strong underline underline-offset-4">
                  {q.title}
                </Link>
              </li>
            ))}
          </ul>
        </section>
        <p aria-live="polite" className="sr-only">
          {similar.length > 0 ? t('form.similarCount', { count: similar.length }) : ''}
        </p>

        <fieldset aria-describedby={described('tags')}>
          <legend className="field-label">{t('form.tagsLegend')}</legend>
          <div className="flex flex-wrap gap-2">
            {TAGS.map((tag) => {
              const checked = draft.tags.includes(tag);
              return (
                <label
                  key={tag}
                  className="inline-flex min-h-11 cursor-pointer items-center gap-2 rounded-full border-2 border-sand-300 bg-white px-3 text-sm font-semibold has-checked:border-accent has-checked:bg-accent-soft has-checked:text-accent-strong has-disabled:cursor-not-allowed has-disabled:opacity-60 has-focus-visible:outline-3 has-focus-visible:outline-offset-2 has-focus-visible:outline-accent"
                >
                  <input
                    type="checkbox"
                    name={`tag_${tag}`}
                    checked={checked}
                    disabled={!checked && full}
                    onChange={(e) => toggleTag(tag, e.target.checked)}
                    className="size-5 accent-accent"
                  />
                  {t(`tags.${tag}`)}
                </label>
              );
            })}
          </div>
          <p id="ask-tags-hint" className="field-hint" aria-live="polite">
            {full ? t('form.tagsFull') : t('form.tagsHint')}
          </p>
          {problemText(problems, 'tags') && (
            <p id="ask-tags-error" className="field-error">
              {problemText(problems, 'tags')}
            </p>
          )}
        </fieldset>

        <div>
          <label className="flex min-h-12 cursor-pointer items-center gap-3 rounded-2xl border-2 border-sand-300 bg-white px-4 font-semibold has-checked:border-accent has-checked:bg-accent-soft has-focus-visible:outline-3 has-focus-visible:outline-offset-2 has-focus-visible:outline-accent">
            <input
              type="checkbox"
              name="anonymous"
              checked={draft.anonymous}
              onChange={(e) => set('anonymous', e.target.checked)}
              aria-describedby="ask-anonymous-hint"
              className="size-5 accent-accent"
            />
            {t('form.anonymous')}
          </label>
          <p id="ask-anonymous-hint" className="field-hint">
            {t('form.anonymousHint')}
          </p>
        </div>

        {formError && (
          <p ref={errorRef} tabIndex={-1} role="alert" className="rounded-xl bg-danger-soft px-4 py-3 text-sm font-semibold text-danger outline-none">
            {formError}
          </p>
        )}
        <button type="submit" className="btn-primary w-full text-lg" disabled={pending} aria-disabled={pending}>
          {pending ? t('form.sending') : t('form.submit')}
        </button>
        <p className="text-sm text-muted">
          {t('form.urgentNote')}{' '}
          <a href={tel(safety.emergencyNumber)} className="inline-flex min-h-11 items-center font-semibold text-danger underline underline-offset-4">
            {t('form.urgentCall', { number: safety.emergencyNumber })}
          </a>
        </p>
      </form>
      {care && <CareNowPanel info={care} save={save} questionHref={questionId ? `/questions/${questionId}` : undefined} onClose={() => setCare(null)} />}
    </>
  );
}
