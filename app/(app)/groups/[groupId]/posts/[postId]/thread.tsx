'use client';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslations } from 'next-intl';
import type { PostView } from '@/lib/groups/serialize';
import { useLiveConnection, useRealtimeEvent } from '@/lib/realtime/client';
import { createReplyAction } from '../../../actions';
import { PostCard } from '../../../post-card';
import { call } from '../../../refusal';
import { useWriter, WriterFields, WriterNotice, type WriteResult } from '../../../writer';

const HIGHLIGHT_MS = 4000;

interface Props {
  initial: { post: PostView; replies: PostView[] };
  replyMax: number;
}

/**
 * A post and its replies, live. Under a "just listen" post, replies that give advice are folded
 * away: she asked to be heard, and opens them only if she wants to.
 */
export function Thread({ initial, replyMax }: Props) {
  const t = useTranslations('groups.thread');
  const tPost = useTranslations('groups.post');
  const live = useLiveConnection();
  const [post, setPost] = useState(initial.post);
  const [replies, setReplies] = useState(initial.replies);
  const [fromServer, setFromServer] = useState(initial);
  const [removed, setRemoved] = useState(false);
  const [showAdvice, setShowAdvice] = useState(false);
  const [highlighted, setHighlighted] = useState<string[]>([]);
  const [announcement, setAnnouncement] = useState('');
  const [focusId, setFocusId] = useState<string | null>(null);
  const timers = useRef(new Map<string, ReturnType<typeof setTimeout>>());

  if (fromServer !== initial) {
    setFromServer(initial);
    setPost(initial.post);
    setReplies(initial.replies);
  }

  useEffect(() => {
    const all = timers.current;
    return () => all.forEach((timer) => clearTimeout(timer));
  }, []);

  useEffect(() => {
    if (!focusId) return;
    const el = document.getElementById(`post-${focusId}`);
    el?.focus({ preventScroll: true });
    el?.scrollIntoView({ block: 'nearest' });
  }, [focusId]);

  const highlight = useCallback((id: string) => {
    setHighlighted((list) => (list.includes(id) ? list : [...list, id]));
    clearTimeout(timers.current.get(id));
    timers.current.set(
      id,
      setTimeout(() => setHighlighted((list) => list.filter((x) => x !== id)), HIGHLIGHT_MS),
    );
  }, []);

  /** Adds or refreshes a reply; the socket and the action may both bring hers, in either order. */
  function add(r: PostView) {
    setReplies((list) => (list.some((x) => x.id === r.id) ? list.map((x) => (x.id === r.id ? { ...r, mine: x.mine || r.mine } : x)) : [...list, r]));
  }

  useRealtimeEvent('post:replied', (r) => {
    if (r.parentId !== post.id) return;
    const known = replies.some((x) => x.id === r.id);
    add(r);
    if (!known && !r.mine && r.status === 'published') {
      highlight(r.id);
      setAnnouncement(t('liveNew', { alias: r.author?.alias ?? tPost('formerMember') }));
    }
  });

  useRealtimeEvent('post:updated', (p) => {
    if (p.id === post.id) setPost((cur) => ({ ...p, mine: cur.mine, huggedByMe: cur.huggedByMe, ...(cur.mine ? { hugCount: cur.hugCount ?? 0 } : {}) }));
    else if (p.parentId === post.id) setReplies((list) => list.map((x) => (x.id === p.id ? { ...p, mine: x.mine, huggedByMe: x.huggedByMe } : x)));
  });

  useRealtimeEvent('post:hidden', (e) => {
    if (e.id === post.id) setRemoved(true);
    else if (e.parentId === post.id) setReplies((list) => list.filter((x) => x.id !== e.id));
  });

  function replied(r: WriteResult) {
    add(r.post);
    if (r.post.advice && post.wants === 'listen') setShowAdvice(true);
    setFocusId(r.post.id);
  }

  if (removed) {
    return (
      <p role="status" className="card">
        {t('removed')}
      </p>
    );
  }

  const folds = post.wants === 'listen';
  const open = replies.filter((r) => !folds || !r.advice || r.mine);
  const folded = folds ? replies.filter((r) => r.advice && !r.mine) : [];
  const change = (p: PostView) => (p.id === post.id ? setPost(p) : setReplies((list) => list.map((x) => (x.id === p.id ? p : x))));
  const card = (r: PostView) => (
    <li key={r.id}>
      {r.status === 'published' ? (
        <PostCard post={r} highlighted={highlighted.includes(r.id)} onChange={change} />
      ) : (
        <div className="space-y-1">
          <p className="text-sm font-semibold text-accent-strong">{t('replyWaiting')}</p>
          <PostCard post={r} onChange={change} />
        </div>
      )}
    </li>
  );

  return (
    <div className="space-y-6" data-testid="thread" data-live={live ? 'connected' : 'offline'}>
      <PostCard post={post} onChange={change} />
      {post.status !== 'published' && <p className="rounded-xl bg-sand-50 px-3 py-2 text-sm">{t('notPublic')}</p>}

      <section aria-labelledby="replies-title" className="space-y-3">
        <h2 id="replies-title" className="text-lg font-semibold">
          {t('repliesTitle', { count: open.length + folded.length })}
        </h2>
        {open.length === 0 && folded.length === 0 && <p className="rounded-2xl border border-dashed border-sand-300 px-4 py-3 text-muted">{t('noReplies')}</p>}
        {open.length > 0 && <ul className="space-y-3">{open.map(card)}</ul>}
        {folded.length > 0 && (
          <div className="space-y-3">
            <p className="text-sm text-muted">{t('adviceNote')}</p>
            <button type="button" aria-expanded={showAdvice} aria-controls="advice-replies" onClick={() => setShowAdvice((s) => !s)} className="btn-secondary w-full">
              {showAdvice ? t('adviceHide') : t('adviceShow', { count: folded.length })}
            </button>
            <ul id="advice-replies" hidden={!showAdvice} className="space-y-3">
              {folded.map(card)}
            </ul>
          </div>
        )}
      </section>

      {post.status === 'published' && <ReplyComposer post={post} max={replyMax} onReplied={replied} />}
      <p aria-live="polite" className="sr-only">
        {announcement}
      </p>
    </div>
  );
}

function ReplyComposer({ post, max, onReplied }: { post: PostView; max: number; onReplied: (r: WriteResult) => void }) {
  const t = useTranslations('groups.thread');
  const [advice, setAdvice] = useState(false);
  const writer = useWriter({
    id: 'reply-body',
    groupId: post.groupId,
    send: (body, confirm) => call(createReplyAction, { postId: post.id, body, ...(advice ? { advice: 'on' } : {}), ...(confirm ? { confirm: '1' } : {}) }),
    onDone: (r) => {
      setAdvice(false);
      onReplied(r);
    },
  });
  return (
    <section aria-labelledby="reply-title" className="card space-y-4">
      <h2 id="reply-title" className="text-lg font-semibold">
        {t('replyTitle')}
      </h2>
      <form
        noValidate
        className="space-y-4"
        onSubmit={(e) => {
          e.preventDefault();
          void writer.submit(false);
        }}
      >
        <WriterFields writer={writer} label={t('replyLabel')} max={max} rows={3} />
        <div>
          <label className="flex min-h-11 cursor-pointer items-center gap-3 rounded-xl border border-sand-300 bg-paper px-3 py-2">
            <input type="checkbox" name="advice" checked={advice} onChange={(e) => setAdvice(e.target.checked)} aria-describedby="advice-hint" className="size-5 shrink-0 accent-accent" />
            <span className="font-semibold">{t('adviceCheck')}</span>
          </label>
          <p id="advice-hint" className="field-hint">
            {post.wants === 'listen' ? t('adviceHintListen') : t('adviceHintAdvice')}
          </p>
        </div>
        <WriterNotice writer={writer} />
        {!writer.deciding && (
          <button type="submit" className="btn-primary w-full" disabled={writer.pending}>
            {writer.pending ? t('sending') : t('send')}
          </button>
        )}
      </form>
    </section>
  );
}
