'use client';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslations } from 'next-intl';
import type { PostView } from '@/lib/groups/serialize';
import { useLiveConnection, useRealtimeEvent } from '@/lib/realtime/client';
import { PostCard } from '../post-card';
import type { WriteResult } from '../writer';
import { Composer } from './composer';

interface Page {
  items: PostView[];
  pending: PostView[];
  nextCursor: string | null;
}

const HIGHLIGHT_MS = 4000;

/** A newer copy of a post, keeping what only this viewer knows (her own, her hug, her count). */
function keepViewerFacts(next: PostView, current: PostView | undefined): PostView {
  if (!current) return next;
  return { ...next, mine: current.mine, huggedByMe: current.huggedByMe, ...(current.mine ? { hugCount: current.hugCount ?? 0 } : {}) };
}

/**
 * The feed, live. A new post from someone else goes straight in while the top of the list is on
 * screen; when she has scrolled down to read, it waits behind a "new posts" button so what she
 * is reading does not move.
 */
export function Feed({ groupId, alias, initial, postMax }: { groupId: string; alias: string; initial: Page; postMax: number }) {
  const t = useTranslations('groups');
  const live = useLiveConnection();
  const [items, setItems] = useState(initial.items);
  const [pending, setPending] = useState(initial.pending);
  const [cursor, setCursor] = useState(initial.nextCursor);
  const [waiting, setWaiting] = useState<PostView[]>([]);
  const [fromServer, setFromServer] = useState(initial);
  const [highlighted, setHighlighted] = useState<string[]>([]);
  const [announcement, setAnnouncement] = useState('');
  const [loading, setLoading] = useState(false);
  const [loadError, setLoadError] = useState('');
  const [focusId, setFocusId] = useState<string | null>(null);
  const listTop = useRef<HTMLDivElement>(null);
  const timers = useRef(new Map<string, ReturnType<typeof setTimeout>>());

  // A refresh from the server (after a reconnect) brings the first page again.
  if (fromServer !== initial) {
    setFromServer(initial);
    setItems(initial.items);
    setPending(initial.pending);
    setCursor(initial.nextCursor);
    setWaiting([]);
  }

  useEffect(() => {
    const all = timers.current;
    return () => all.forEach((timer) => clearTimeout(timer));
  }, []);

  useEffect(() => {
    if (!focusId) return;
    const el = document.getElementById(`post-${focusId}`);
    el?.focus({ preventScroll: true });
    el?.scrollIntoView({ block: 'nearest', behavior: window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
  }, [focusId]);

  const highlight = useCallback((ids: string[]) => {
    setHighlighted((list) => [...new Set([...list, ...ids])]);
    for (const id of ids) {
      clearTimeout(timers.current.get(id));
      timers.current.set(
        id,
        setTimeout(() => setHighlighted((list) => list.filter((x) => x !== id)), HIGHLIGHT_MS),
      );
    }
  }, []);

  const prepend = useCallback((posts: PostView[]) => {
    setItems((list) => {
      const fresh = posts.filter((p) => !list.some((x) => x.id === p.id));
      return fresh.length ? [...fresh, ...list] : list;
    });
  }, []);

  const replace = (p: PostView) => {
    setItems((list) => list.map((x) => (x.id === p.id ? keepViewerFacts(p, x) : x)));
    setWaiting((list) => list.map((x) => (x.id === p.id ? p : x)));
  };

  /** Inserting above the screen would push what she reads down: only when the list's top is in view. */
  const topInView = () => (listTop.current ? listTop.current.getBoundingClientRect().top >= 0 : true);

  useRealtimeEvent('post:created', (p) => {
    if (p.groupId !== groupId || p.parentId) return;
    if (items.some((x) => x.id === p.id) || waiting.some((x) => x.id === p.id)) return;
    // One of hers a moderator just let through: it leaves her waiting list.
    const wasMine = pending.find((x) => x.id === p.id);
    const post = wasMine ? { ...p, mine: true, hugCount: 0 } : p;
    if (wasMine) setPending((list) => list.filter((x) => x.id !== p.id));
    if (post.mine && !wasMine) {
      prepend([post]);
      return;
    }
    setAnnouncement(t('feed.liveNew', { alias: post.author?.alias ?? t('post.formerMember') }));
    if (topInView()) {
      prepend([post]);
      highlight([post.id]);
    } else {
      setWaiting((list) => [post, ...list]);
    }
  });

  useRealtimeEvent('post:updated', (p) => {
    if (p.groupId === groupId && !p.parentId) replace(p);
  });

  useRealtimeEvent('post:hidden', (e) => {
    if (e.groupId !== groupId) return;
    if (e.parentId) {
      setItems((list) => list.map((x) => (x.id === e.parentId ? { ...x, replyCount: Math.max(0, x.replyCount - 1) } : x)));
      return;
    }
    const mine = items.find((x) => x.id === e.id && x.mine);
    setItems((list) => list.filter((x) => x.id !== e.id));
    setWaiting((list) => list.filter((x) => x.id !== e.id));
    if (mine) setPending((list) => [{ ...mine, status: 'hidden' }, ...list]);
  });

  useRealtimeEvent('post:replied', (r) => {
    if (r.groupId !== groupId || !r.parentId) return;
    setItems((list) => list.map((x) => (x.id === r.parentId ? { ...x, replyCount: x.replyCount + 1 } : x)));
  });

  // A moderator decided on one of hers: her waiting list comes again from the server.
  useRealtimeEvent('notification:created', async (n) => {
    const data = n.data as { groupId?: string } | null;
    if ((n.kind !== 'post_approved' && n.kind !== 'post_rejected') || data?.groupId !== groupId) return;
    const res = await fetch(`/api/v1/groups/${groupId}/posts?limit=1`, { credentials: 'same-origin' }).catch(() => null);
    if (res?.ok) setPending(((await res.json()) as Page).pending);
  });

  function showWaiting() {
    const posts = waiting;
    setWaiting([]);
    prepend(posts);
    highlight(posts.map((p) => p.id));
    if (posts[0]) setFocusId(posts[0].id);
  }

  async function loadMore() {
    if (!cursor || loading) return;
    setLoading(true);
    setLoadError('');
    try {
      const res = await fetch(`/api/v1/groups/${groupId}/posts?cursor=${encodeURIComponent(cursor)}`, { credentials: 'same-origin' });
      if (!res.ok) throw new Error(String(res.status));
      const page = (await res.json()) as Page;
      setItems((list) => [...list, ...page.items.filter((p) => !list.some((x) => x.id === p.id))]);
      setCursor(page.nextCursor);
    } catch {
      setLoadError(t('errors.network'));
    } finally {
      setLoading(false);
    }
  }

  function posted(r: WriteResult) {
    if (r.status === 'held') setPending((list) => [r.post, ...list.filter((x) => x.id !== r.post.id)]);
    else {
      prepend([r.post]);
      highlight([r.post.id]);
    }
    setFocusId(r.post.id);
  }

  const change = (p: PostView) => setItems((list) => list.map((x) => (x.id === p.id ? p : x)));

  return (
    <div className="space-y-6">
      <Composer groupId={groupId} alias={alias} max={postMax} onPosted={posted} />

      {pending.length > 0 && (
        <section aria-labelledby="pending-title" data-testid="pending-posts" className="space-y-3">
          <h2 id="pending-title" className="text-lg font-semibold">
            {t('feed.pendingTitle')}
          </h2>
          <ul className="space-y-3">
            {pending.map((p) => (
              <li key={p.id}>
                <PendingPost post={p} />
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="posts-title" data-testid="group-feed" data-live={live ? 'connected' : 'offline'}>
        <h2 id="posts-title" className="mb-3 text-lg font-semibold">
          {t('feed.postsTitle')}
        </h2>
        <div ref={listTop} />
        {waiting.length > 0 && (
          <div className="sticky top-2 z-10 mb-3 flex justify-center">
            <button type="button" data-testid="new-posts" onClick={showWaiting} className="btn-primary rounded-full shadow-md">
              {t('feed.newPosts', { count: waiting.length })}
            </button>
          </div>
        )}
        {items.length === 0 ? (
          <p className="rounded-2xl border border-dashed border-sand-300 px-4 py-3 text-muted">{t('feed.empty')}</p>
        ) : (
          <ul className="space-y-3">
            {items.map((p) => (
              <li key={p.id}>
                <PostCard post={p} href={`/groups/${groupId}/posts/${p.id}`} highlighted={highlighted.includes(p.id)} onChange={change} />
              </li>
            ))}
          </ul>
        )}
        <div className="mt-4 space-y-2">
          {loadError && (
            <p role="alert" className="text-sm font-semibold text-danger">
              {loadError}
            </p>
          )}
          {cursor ? (
            <button type="button" className="btn-secondary w-full" onClick={loadMore} disabled={loading}>
              {loading ? t('feed.loadingMore') : t('feed.loadMore')}
            </button>
          ) : (
            items.length > 0 && <p className="text-center text-sm text-muted">{t('feed.end')}</p>
          )}
        </div>
      </section>
      <p aria-live="polite" className="sr-only">
        {announcement}
      </p>
    </div>
  );
}

/** One of hers not (or no longer) public: waiting, hidden for a look, or not published and why. */
function PendingPost({ post }: { post: PostView }) {
  const t = useTranslations('groups');
  const tone = post.status === 'rejected' ? 'border-sand-300 bg-sand-50' : 'border-dashed border-accent/50 bg-white';
  return (
    <article id={`post-${post.id}`} tabIndex={-1} data-testid="pending-post" data-status={post.status} className={`rounded-2xl border-2 p-4 outline-none focus-visible:outline-3 focus-visible:outline-accent ${tone}`}>
      <p className="font-semibold text-accent-strong">{t(`feed.status.${post.status === 'rejected' ? 'rejected' : post.status === 'hidden' ? 'hidden' : 'held'}`)}</p>
      <p className="text-sm text-muted">{post.status === 'rejected' ? (post.rejectReason ? t('feed.rejectReason', { reason: post.rejectReason }) : t('feed.rejectNoReason')) : t('feed.onlyYou')}</p>
      <p className="mt-2 whitespace-pre-line break-words">{post.body}</p>
    </article>
  );
}
