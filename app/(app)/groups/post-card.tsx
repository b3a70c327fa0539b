'use client';
import { useState } from 'react';
import Link from 'next/link';
import { useFormatter, useNow, useTranslations } from 'next-intl';
import type { FLAG_REASONS } from '@/db/schema/groups';
import type { PostView } from '@/lib/groups/serialize';
import { flagAction, hugAction } from './actions';
import { call, useAnswer } from './refusal';

// Spelled out here so the browser bundle carries no database schema; the type keeps it in step.
const REASONS = ['comparison', 'unkind', 'unsafe_advice', 'spam', 'other'] as const satisfies readonly (typeof FLAG_REASONS)[number][];

function PostTime({ iso }: { iso: string }) {
  const format = useFormatter();
  const now = useNow({ updateInterval: 60_000 });
  const at = new Date(iso);
  const today = format.dateTime(at, { dateStyle: 'short' }) === format.dateTime(now, { dateStyle: 'short' });
  return (
    <time dateTime={iso} className="text-muted">
      {today ? format.dateTime(at, { hour: '2-digit', minute: '2-digit' }) : format.dateTime(at, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' })}
    </time>
  );
}

/** Who wrote it, as members see it: her alias, never a real name. */
export function AuthorName({ post }: { post: PostView }) {
  const t = useTranslations('groups.post');
  if (!post.author) return <span className="font-semibold text-muted">{t('formerMember')}</span>;
  return <span className="font-semibold text-accent-strong">{post.mine ? t('you', { alias: post.author.alias }) : post.author.alias}</span>;
}

interface Props {
  post: PostView;
  /** The thread, for a post in the feed. */
  href?: string;
  highlighted?: boolean;
  onChange: (p: PostView) => void;
}

/**
 * A post or a reply: alias, time, what she asked for, the text, and what a member can do with it
 * (hug, reply, report). The author alone sees how many hugs; nobody sees anyone else's count.
 */
export function PostCard({ post, href, highlighted = false, onChange }: Props) {
  const t = useTranslations('groups.post');
  const reply = post.parentId !== null;
  return (
    <article
      id={`post-${post.id}`}
      tabIndex={-1}
      data-testid={reply ? 'reply' : 'post'}
      data-post-id={post.id}
      aria-labelledby={`post-${post.id}-by`}
      className={`rounded-2xl border p-4 outline-none transition-colors duration-1000 focus-visible:outline-3 focus-visible:outline-accent motion-reduce:transition-none ${
        highlighted ? 'border-accent bg-accent-soft' : 'border-sand-200 bg-white'
      }`}
    >
      <header className="flex flex-wrap items-baseline gap-x-2 gap-y-1 text-sm">
        <h3 id={`post-${post.id}-by`} className="text-base">
          <AuthorName post={post} />
        </h3>
        <PostTime iso={post.publishedAt ?? post.createdAt} />
        {post.wants && (
          <span className={`ml-auto rounded-full px-2.5 py-0.5 text-sm font-semibold ${post.wants === 'listen' ? 'bg-sand-100 text-ink' : 'bg-ok-soft text-ok'}`}>
            {t(`wants.${post.wants}`)}
          </span>
        )}
        {post.advice && <span className="ml-auto rounded-full bg-ok-soft px-2.5 py-0.5 text-sm font-semibold text-ok">{t('advice')}</span>}
      </header>
      <p className="mt-2 whitespace-pre-line break-words text-lg leading-relaxed">{post.body}</p>
      {post.editedAt && <p className="mt-1 text-sm text-muted">{t('edited')}</p>}
      {post.status === 'published' && (
        <div className="mt-3 flex flex-wrap items-center gap-2">
          {href && (
            <Link href={href} className="btn-secondary px-3 text-sm">
              {t('replies', { count: post.replyCount })}
            </Link>
          )}
          {!reply && <Hug post={post} onChange={onChange} />}
          {!post.mine && <Report post={post} />}
        </div>
      )}
    </article>
  );
}

function Hug({ post, onChange }: { post: PostView; onChange: (p: PostView) => void }) {
  const t = useTranslations('groups.post');
  const answer = useAnswer();
  const [error, setError] = useState('');
  if (post.mine) {
    return <p className="px-1 text-sm text-muted">{t('hugCount', { count: post.hugCount ?? 0 })}</p>;
  }
  async function toggle() {
    const on = !post.huggedByMe;
    // Shown at once (slow networks); put back if the server says no.
    onChange({ ...post, huggedByMe: on });
    const res = answer<PostView>(await call(hugAction, { postId: post.id, on: on ? '1' : '0' }));
    if (res.ok) {
      setError('');
      onChange(res.value);
    } else {
      onChange({ ...post, huggedByMe: !on });
      setError(res.message);
    }
  }
  return (
    <>
      <button
        type="button"
        aria-pressed={post.huggedByMe}
        onClick={toggle}
        className="btn rounded-full border border-sand-300 bg-white px-3 text-sm aria-pressed:border-accent aria-pressed:bg-accent-soft aria-pressed:text-accent-strong"
      >
        <span aria-hidden="true">{post.huggedByMe ? '♥' : '♡'}</span>
        {t('hug')}
      </button>
      {error && (
        <p role="alert" className="w-full text-sm font-semibold text-danger">
          {error}
        </p>
      )}
    </>
  );
}

function Report({ post }: { post: PostView }) {
  const t = useTranslations('groups.post');
  const answer = useAnswer();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState<string>('');
  const [state, setState] = useState<{ done?: string; error?: string }>({});
  const [pending, setPending] = useState(false);
  const panelId = `report-${post.id}`;

  if (state.done) {
    return (
      <p role="status" className="w-full rounded-xl bg-sand-50 px-3 py-2 text-sm">
        {state.done}
      </p>
    );
  }

  async function send(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (!reason) {
      setState({ error: t('reportChoose') });
      return;
    }
    setPending(true);
    const note = String(new FormData(e.currentTarget).get('note') ?? '').trim();
    const res = answer(await call(flagAction, { postId: post.id, reason, ...(note ? { note } : {}) }));
    setPending(false);
    if (res.ok || res.refusal?.code === 'already_flagged') setState({ done: res.ok ? t('reportDone') : res.message });
    else setState({ error: res.message });
  }

  return (
    <>
      <button type="button" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen((o) => !o)} className="btn ml-auto px-3 text-sm font-normal text-muted hover:text-ink">
        {t('report')}
      </button>
      {open && (
        <form id={panelId} onSubmit={send} className="w-full space-y-3 rounded-xl border border-sand-300 bg-paper p-3" noValidate>
          <fieldset aria-describedby={`${panelId}-hint`}>
            <legend className="field-label">{t('reportLegend')}</legend>
            <p id={`${panelId}-hint`} className="field-hint mb-2 mt-0">
              {t('reportHint')}
            </p>
            <div className="grid gap-1">
              {REASONS.map((r) => (
                <label key={r} className="flex min-h-11 cursor-pointer items-center gap-3 rounded-xl px-2 has-[:checked]:bg-accent-soft">
                  <input type="radio" name="reason" value={r} checked={reason === r} onChange={() => setReason(r)} className="size-5 accent-accent" />
                  {t(`reasons.${r}`)}
                </label>
              ))}
            </div>
          </fieldset>
          <div>
            <label htmlFor={`${panelId}-note`} className="field-label text-sm">
              {t('reportNote')}
            </label>
            <input id={`${panelId}-note`} name="note" maxLength={300} className="field-input" />
          </div>
          {state.error && (
            <p role="alert" className="text-sm font-semibold text-danger">
              {state.error}
            </p>
          )}
          <div className="grid gap-2">
            <button type="submit" className="btn-primary w-full" disabled={pending}>
              {pending ? t('reportSending') : t('reportSend')}
            </button>
            <button type="button" className="btn-secondary w-full" onClick={() => setOpen(false)}>
              {t('reportCancel')}
            </button>
          </div>
        </form>
      )}
    </>
  );
}
