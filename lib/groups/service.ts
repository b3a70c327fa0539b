import 'server-only';
import { and, asc, desc, eq, inArray, isNull, ne, or, sql } from 'drizzle-orm';
import type { Db, Tx } from '@/db/client';
import {
  circleMembers,
  groupMembers,
  moderationItems,
  peerGroups,
  peerProfiles,
  postFlags,
  postHugs,
  posts,
  users,
  watchedWords,
  type ModerationItem,
  type PeerGroup,
  type PeerProfile,
  type Post,
} from '@/db/schema';
import type { Viewer } from '@/lib/accounts/viewer';
import { AppError, forbidden, notFound } from '@/lib/http/errors';
import { checkComparison } from '@/lib/moderation/guard';
import { foldText } from '@/lib/moderation/normalize';
import { matchWatchedWords, type WatchedMatch } from '@/lib/moderation/watched';
import { createNotifications, publishNotifications } from '@/lib/notifications/service';
import { emit, emitExcept, joinRoom, leaveRoom, rooms } from '@/lib/realtime';
import type { CreatePostInput, CreateReplyInput, FlagInput, ListPostsQuery, PeerProfileInput } from './input';
import { serializeGroup, serializePost, type AuthorView, type PostView } from './serialize';

/** Flags from this many different members hide a post until a moderator looks. */
export const FLAGS_TO_HIDE = 3;
/** An account younger than this has its first post held for review. */
export const NEW_ACCOUNT_MS = 24 * 3_600_000;

export const isModerator = (viewer: Viewer) => viewer.role === 'moderator' || viewer.role === 'admin';

// ---------------------------------------------------------------------------------------------
// Profiles

export async function getPeerProfile(db: Db | Tx, userId: string): Promise<PeerProfile | null> {
  const [row] = await db.select().from(peerProfiles).where(eq(peerProfiles.userId, userId));
  return row ?? null;
}

export function serializeProfile(p: PeerProfile | null) {
  if (!p) return null;
  const silenced = p.silencedUntil && p.silencedUntil.getTime() > Date.now();
  return { id: p.id, alias: p.alias, silencedUntil: silenced ? p.silencedUntil!.toISOString() : null };
}

/**
 * An alias must not give her away: not her name, not her e-mail, not the name of anyone in her
 * family circles (compared without case or diacritics).
 */
async function assertAliasIsPrivate(db: Db | Tx, viewer: Viewer, alias: string) {
  const folded = foldText(alias).replace(/\s+/g, ' ').trim();
  const family = await db
    .select({ name: users.name })
    .from(circleMembers)
    .innerJoin(users, eq(users.id, circleMembers.userId))
    .where(
      inArray(
        circleMembers.circleId,
        db.select({ id: circleMembers.circleId }).from(circleMembers).where(eq(circleMembers.userId, viewer.id)),
      ),
    );
  const names = [viewer.name, ...family.map((f) => f.name)].map((n) => foldText(n).replace(/\s+/g, ' ').trim());
  const emailLocal = foldText(viewer.email.split('@')[0]);
  const tooClose = names.some((n) => n.length >= 2 && (folded === n || folded.split(' ').includes(n))) || folded.includes(emailLocal) || folded.includes(foldText(viewer.email));
  if (tooClose) {
    throw new AppError('validation', 'Pick a name that does not give away who you or your family are', {
      alias: ['Pick a name that does not give away who you or your family are'],
    });
  }
}

export async function setPeerProfile(db: Db, viewer: Viewer, input: PeerProfileInput) {
  await assertAliasIsPrivate(db, viewer, input.alias);
  const [taken] = await db
    .select({ userId: peerProfiles.userId })
    .from(peerProfiles)
    .where(sql`lower(${peerProfiles.alias}) = lower(${input.alias})`);
  if (taken && taken.userId !== viewer.id) throw new AppError('alias_taken', 'Someone already uses this name', { alias: ['Someone already uses this name'] });
  try {
    const [row] = await db
      .insert(peerProfiles)
      .values({ userId: viewer.id, alias: input.alias })
      .onConflictDoUpdate({ target: peerProfiles.userId, set: { alias: input.alias, updatedAt: sql`now()` } })
      .returning();
    return serializeProfile(row);
  } catch (err) {
    if (isUniqueViolation(err)) throw new AppError('alias_taken', 'Someone already uses this name', { alias: ['Someone already uses this name'] });
    throw err;
  }
}

function isUniqueViolation(err: unknown): boolean {
  const e = err as { code?: string; cause?: { code?: string } };
  return e?.code === '23505' || e?.cause?.code === '23505';
}

// ---------------------------------------------------------------------------------------------
// Groups and membership

async function loadGroup(db: Db | Tx, groupId: string): Promise<PeerGroup> {
  const [g] = await db.select().from(peerGroups).where(eq(peerGroups.id, groupId));
  if (!g) throw notFound('Group not found');
  return g;
}

async function isGroupMember(db: Db | Tx, userId: string, groupId: string) {
  const [m] = await db
    .select({ userId: groupMembers.userId })
    .from(groupMembers)
    .where(and(eq(groupMembers.groupId, groupId), eq(groupMembers.userId, userId)));
  return Boolean(m);
}

/** Members only read and write. A group that does not exist is 404; not joined is 403. */
export async function requireGroupMember(db: Db | Tx, viewer: Viewer, groupId: string): Promise<PeerGroup> {
  const group = await loadGroup(db, groupId);
  if (!(await isGroupMember(db, viewer.id, groupId))) throw forbidden('Join the group to read and post');
  return group;
}

async function memberCounts(db: Db, ids: string[]) {
  if (!ids.length) return new Map<string, number>();
  const rows = await db
    .select({ id: groupMembers.groupId, n: sql<number>`count(*)::int` })
    .from(groupMembers)
    .where(inArray(groupMembers.groupId, ids))
    .groupBy(groupMembers.groupId);
  return new Map(rows.map((r) => [r.id, r.n]));
}

export async function listGroups(db: Db, viewer: Viewer) {
  const groups = await db.select().from(peerGroups).orderBy(asc(peerGroups.position), asc(peerGroups.createdAt));
  const mine = new Set(
    (await db.select({ id: groupMembers.groupId }).from(groupMembers).where(eq(groupMembers.userId, viewer.id))).map((r) => r.id),
  );
  const counts = await memberCounts(
    db,
    groups.map((g) => g.id),
  );
  return {
    items: groups.map((g) => serializeGroup(g, { joined: mine.has(g.id), memberCount: counts.get(g.id) ?? 0 })),
    profile: serializeProfile(await getPeerProfile(db, viewer.id)),
  };
}

export async function getGroup(db: Db, viewer: Viewer, groupId: string) {
  const g = await loadGroup(db, groupId);
  const joined = await isGroupMember(db, viewer.id, groupId);
  const counts = await memberCounts(db, [groupId]);
  return serializeGroup(g, { joined, memberCount: counts.get(groupId) ?? 0 });
}

/** Join a group; the first time, she chooses her alias here. */
export async function joinGroup(db: Db, viewer: Viewer, groupId: string, input: { alias?: string }) {
  await loadGroup(db, groupId);
  let profile = await getPeerProfile(db, viewer.id);
  if (!profile) {
    if (!input.alias) {
      throw new AppError('validation', 'Choose the name other mothers will see', { alias: ['Choose the name other mothers will see'] });
    }
    await setPeerProfile(db, viewer, { alias: input.alias });
    profile = await getPeerProfile(db, viewer.id);
  }
  await db.insert(groupMembers).values({ groupId, userId: viewer.id }).onConflictDoNothing();
  joinRoom(viewer.id, rooms.group(groupId));
  return getGroup(db, viewer, groupId);
}

export async function leaveGroup(db: Db, viewer: Viewer, groupId: string) {
  await loadGroup(db, groupId);
  await db.delete(groupMembers).where(and(eq(groupMembers.groupId, groupId), eq(groupMembers.userId, viewer.id)));
  leaveRoom(viewer.id, rooms.group(groupId));
  return getGroup(db, viewer, groupId);
}

// ---------------------------------------------------------------------------------------------
// Reading posts

async function authorsOf(db: Db | Tx, rows: Post[]): Promise<Map<string, PeerProfile>> {
  const ids = [...new Set(rows.map((r) => r.authorProfileId).filter((x): x is string => Boolean(x)))];
  if (!ids.length) return new Map();
  const profiles = await db.select().from(peerProfiles).where(inArray(peerProfiles.id, ids));
  return new Map(profiles.map((p) => [p.id, p]));
}

/** Posts as `viewer` sees them: her own carry the hug count, others only whether she hugged. */
export async function postViews(db: Db | Tx, viewerId: string | null, rows: Post[]): Promise<PostView[]> {
  if (!rows.length) return [];
  const authors = await authorsOf(db, rows);
  const ids = rows.map((r) => r.id);
  const hugRows = await db
    .select({
      postId: postHugs.postId,
      n: sql<number>`count(*)::int`,
      mine: viewerId ? sql<boolean>`bool_or(${postHugs.userId} = ${viewerId})` : sql<boolean>`false`,
    })
    .from(postHugs)
    .where(inArray(postHugs.postId, ids))
    .groupBy(postHugs.postId);
  const hugs = new Map(hugRows.map((h) => [h.postId, h]));
  return rows.map((p) => {
    const profile = p.authorProfileId ? authors.get(p.authorProfileId) : undefined;
    const author: AuthorView | null = profile ? { id: profile.id, alias: profile.alias } : null;
    const mine = Boolean(viewerId && profile && profile.userId === viewerId);
    const h = hugs.get(p.id);
    return serializePost(p, { author, mine, huggedByMe: Boolean(h?.mine), hugCount: h?.n ?? 0 });
  });
}

function encodeCursor(publishedAt: string, id: string) {
  return Buffer.from(`${publishedAt}|${id}`).toString('base64url');
}

function decodeCursor(cursor: string): { at: string; id: string } {
  const [at, id] = Buffer.from(cursor, 'base64url').toString().split('|');
  if (!id || !at || Number.isNaN(Date.parse(at)) || !/^[0-9a-f-]{36}$/i.test(id)) {
    throw new AppError('validation', 'This page link is not valid', { cursor: ['Not a valid cursor'] });
  }
  return { at, id };
}

/**
 * Newest published posts first, paged by (published_at, id) so a page costs the same at post 20
 * and post 100,000. The first page also carries her own posts still waiting for review.
 */
export async function listPosts(db: Db, viewer: Viewer, groupId: string, query: ListPostsQuery) {
  await requireGroupMember(db, viewer, groupId);
  const after = query.cursor ? decodeCursor(query.cursor) : null;
  const rows = await db
    .select({
      post: posts,
      // As the database holds it (microseconds): a JS Date would round to milliseconds and skip posts.
      at: sql<string>`to_char(${posts.publishedAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`,
    })
    .from(posts)
    .where(
      and(
        eq(posts.groupId, groupId),
        isNull(posts.parentId),
        eq(posts.status, 'published'),
        after ? sql`(${posts.publishedAt}, ${posts.id}) < (${after.at}::timestamptz, ${after.id}::uuid)` : undefined,
      ),
    )
    // Exactly the order of posts_feed_idx (DESC NULLS LAST), so the page is an index range scan.
    .orderBy(sql`${posts.publishedAt} desc nulls last`, sql`${posts.id} desc nulls last`)
    .limit(query.limit + 1);
  const page = rows.slice(0, query.limit);
  let pending: PostView[] = [];
  if (!after) {
    const profile = await getPeerProfile(db, viewer.id);
    if (profile) {
      const own = await db
        .select()
        .from(posts)
        .where(
          and(
            eq(posts.groupId, groupId),
            isNull(posts.parentId),
            eq(posts.authorProfileId, profile.id),
            ne(posts.status, 'published'),
          ),
        )
        .orderBy(desc(posts.createdAt))
        .limit(20);
      pending = await postViews(db, viewer.id, own);
    }
  }
  return {
    items: await postViews(
      db,
      viewer.id,
      page.map((r) => r.post),
    ),
    pending,
    nextCursor: rows.length > query.limit ? encodeCursor(page[page.length - 1].at, page[page.length - 1].post.id) : null,
  };
}

/** Can `viewer` see this post? Published ones, and her own whatever their state. Moderators see all. */
async function loadVisiblePost(db: Db | Tx, viewer: Viewer, postId: string): Promise<Post> {
  const [p] = await db.select().from(posts).where(eq(posts.id, postId));
  if (!p) throw notFound('Post not found');
  if (isModerator(viewer)) return p;
  await requireGroupMember(db, viewer, p.groupId);
  if (p.status !== 'published') {
    const profile = await getPeerProfile(db, viewer.id);
    if (!profile || p.authorProfileId !== profile.id) throw notFound('Post not found');
  }
  return p;
}

export async function getPost(db: Db, viewer: Viewer, postId: string) {
  const p = await loadVisiblePost(db, viewer, postId);
  if (p.parentId) throw notFound('Post not found');
  const profile = await getPeerProfile(db, viewer.id);
  const replies = await db
    .select()
    .from(posts)
    .where(
      and(
        eq(posts.parentId, p.id),
        profile ? or(eq(posts.status, 'published'), eq(posts.authorProfileId, profile.id)) : eq(posts.status, 'published'),
      ),
    )
    .orderBy(asc(posts.createdAt))
    .limit(500);
  const [post] = await postViews(db, viewer.id, [p]);
  return { post, replies: await postViews(db, viewer.id, replies) };
}

// ---------------------------------------------------------------------------------------------
// Writing: the checks every post and reply goes through

/** What a reviewer sees highlighted: the guard's kinds, or `watched:<action>` for watched words. */
export interface ReviewFinding {
  start: number;
  end: number;
  kind: string;
}

interface Screening {
  body: string;
  status: 'published' | 'held';
  reason: ModerationItem['reason'] | null;
  findings: ReviewFinding[];
}

async function watchedWordsFor(db: Db | Tx, groupId: string) {
  return db
    .select({ word: watchedWords.word, action: watchedWords.action })
    .from(watchedWords)
    .where(or(isNull(watchedWords.groupId), eq(watchedWords.groupId, groupId)));
}

function watchedFindings(matches: WatchedMatch[]): ReviewFinding[] {
  return matches.map((m) => ({ start: m.start, end: m.end, kind: `watched:${m.action}` }));
}

/**
 * Everything between "she pressed post" and the row: silence, slow mode, watched words, the
 * comparison guard, and the first-post rule for new accounts. Throws the error she sees.
 */
async function screen(
  db: Db | Tx,
  viewer: Viewer,
  group: PeerGroup,
  profile: PeerProfile,
  body: string,
  confirm: boolean,
  locale: Viewer['locale'] = viewer.locale,
): Promise<Screening> {
  const now = Date.now();
  if (profile.silencedUntil && profile.silencedUntil.getTime() > now) {
    throw new AppError('silenced', 'A moderator has paused your posting for a while', undefined, undefined, {
      until: profile.silencedUntil.toISOString(),
    });
  }
  if (group.slowModeMinutes > 0) {
    const [last] = await db
      .select({ at: posts.createdAt })
      .from(posts)
      .where(and(eq(posts.groupId, group.id), eq(posts.authorProfileId, profile.id)))
      .orderBy(desc(posts.createdAt))
      .limit(1);
    const wait = last ? last.at.getTime() + group.slowModeMinutes * 60_000 - now : 0;
    if (wait > 0) {
      const retryAfter = Math.ceil(wait / 1000);
      throw new AppError('slow_mode', `This group is in slow mode: one post every ${group.slowModeMinutes} minutes`, undefined, retryAfter, {
        slowModeMinutes: group.slowModeMinutes,
        retryAfterSeconds: retryAfter,
      });
    }
  }

  const watched = matchWatchedWords(body, await watchedWordsFor(db, group.id));
  if (watched.action === 'block') {
    throw new AppError('word_blocked', 'This group does not allow some of these words', undefined, undefined, {
      findings: watchedFindings(watched.matches.filter((m) => m.action === 'block')),
    });
  }

  const guard = checkComparison(body, locale);
  if (guard.comparison && !confirm) {
    throw new AppError('comparison_nudge', 'This reads like a comparison. Would you like to rephrase it?', undefined, undefined, {
      findings: guard.findings,
      ...(guard.suggestion ? { suggestion: guard.suggestion } : {}),
    });
  }

  const stored = watched.censored;
  if (guard.comparison) return { body: stored, status: 'held', reason: 'comparison', findings: guard.findings };
  if (watched.action === 'hold') return { body: stored, status: 'held', reason: 'watched_word', findings: watchedFindings(watched.matches) };

  const [account] = await db.select({ createdAt: users.createdAt }).from(users).where(eq(users.id, viewer.id));
  if (account && now - account.createdAt.getTime() < NEW_ACCOUNT_MS) {
    const [published] = await db
      .select({ id: posts.id })
      .from(posts)
      .where(and(eq(posts.authorProfileId, profile.id), eq(posts.status, 'published')))
      .limit(1);
    if (!published) return { body: stored, status: 'held', reason: 'new_account', findings: [] };
  }
  if (watched.action === 'flag') return { body: stored, status: 'published', reason: 'watched_word', findings: watchedFindings(watched.matches) };
  return { body: stored, status: 'published', reason: null, findings: [] };
}

async function requireProfile(db: Db | Tx, viewer: Viewer) {
  const profile = await getPeerProfile(db, viewer.id);
  if (!profile) throw forbidden('Join the group to read and post');
  return profile;
}

export type WriteResult = { status: 'published' | 'held'; post: PostView };

/** A post: published (201) or held for a moderator (202). */
export async function createPost(db: Db, viewer: Viewer, groupId: string, input: CreatePostInput): Promise<WriteResult> {
  const group = await requireGroupMember(db, viewer, groupId);
  const profile = await requireProfile(db, viewer);
  const s = await screen(db, viewer, group, profile, input.body, input.confirm, input.locale);
  const row = await db.transaction(async (tx) => {
    const [p] = await tx
      .insert(posts)
      .values({
        groupId,
        authorProfileId: profile.id,
        body: s.body,
        wants: input.wants,
        status: s.status,
        publishedAt: s.status === 'published' ? sql`now()` : null,
      })
      .returning();
    if (s.reason) await tx.insert(moderationItems).values({ postId: p.id, reason: s.reason, findings: s.findings });
    return p;
  });
  const [mine] = await postViews(db, viewer.id, [row]);
  if (row.status === 'published') announcePost(row, mine, viewer.id);
  if (s.reason) emit(rooms.moderators, 'moderation:queued', { postId: row.id, groupId: row.groupId, reason: s.reason });
  return { status: s.status, post: mine };
}

/** After commit: members see it live; her own sockets get her version (with `mine`). */
function announcePost(row: Post, authorVersion: PostView, authorUserId: string) {
  const event = row.parentId ? 'post:replied' : 'post:created';
  const forOthers: PostView = { ...authorVersion, mine: false, huggedByMe: false };
  delete (forOthers as { hugCount?: number }).hugCount;
  emitExcept(rooms.group(row.groupId), rooms.user(authorUserId), event, forOthers);
  emit(rooms.user(authorUserId), event, authorVersion);
}

export async function createReply(db: Db, viewer: Viewer, postId: string, input: CreateReplyInput): Promise<WriteResult> {
  const parent = await loadVisiblePost(db, viewer, postId);
  if (parent.parentId || parent.status !== 'published') throw notFound('Post not found');
  const group = await requireGroupMember(db, viewer, parent.groupId);
  const profile = await requireProfile(db, viewer);
  const s = await screen(db, viewer, group, profile, input.body, input.confirm, input.locale);
  const { row, notes } = await db.transaction(async (tx) => {
    const [r] = await tx
      .insert(posts)
      .values({
        groupId: parent.groupId,
        parentId: parent.id,
        authorProfileId: profile.id,
        body: s.body,
        isAdvice: input.advice,
        status: s.status,
        publishedAt: s.status === 'published' ? sql`now()` : null,
      })
      .returning();
    if (s.reason) await tx.insert(moderationItems).values({ postId: r.id, reason: s.reason, findings: s.findings });
    const notes = r.status === 'published' ? await onReplyPublished(tx, r, profile) : [];
    return { row: r, notes };
  });
  const [mine] = await postViews(db, viewer.id, [row]);
  if (row.status === 'published') announcePost(row, mine, viewer.id);
  if (s.reason) emit(rooms.moderators, 'moderation:queued', { postId: row.id, groupId: row.groupId, reason: s.reason });
  publishNotifications(notes);
  return { status: s.status, post: mine };
}

/** A reply went public: count it, and tell the post's author (not her family: no circle, no names). */
export async function onReplyPublished(tx: Db | Tx, reply: Post, replier: PeerProfile | null) {
  const [parent] = await tx
    .update(posts)
    .set({ replyCount: sql`${posts.replyCount} + 1` })
    .where(eq(posts.id, reply.parentId!))
    .returning();
  if (!parent?.authorProfileId) return [];
  const [author] = await tx.select().from(peerProfiles).where(eq(peerProfiles.id, parent.authorProfileId));
  if (!author || (replier && author.id === replier.id)) return [];
  return createNotifications(tx, {
    userIds: [author.userId],
    circleId: null,
    kind: 'post_replied',
    actorId: null,
    data: { postId: parent.id, groupId: parent.groupId, replyId: reply.id, alias: replier?.alias ?? null },
  });
}

/** What the composer shows while she types: the guard's findings and a kinder way to say it. */
export async function previewPost(db: Db, viewer: Viewer, input: { groupId: string; body: string; locale?: Viewer['locale'] }) {
  await requireGroupMember(db, viewer, input.groupId);
  const guard = checkComparison(input.body, input.locale ?? viewer.locale);
  return { comparison: guard.comparison, findings: guard.findings, ...(guard.suggestion ? { suggestion: guard.suggestion } : {}) };
}

// ---------------------------------------------------------------------------------------------
// Hugs and flags

export async function hugPost(db: Db, viewer: Viewer, postId: string, on: boolean) {
  const p = await loadVisiblePost(db, viewer, postId);
  if (p.status !== 'published') throw notFound('Post not found');
  if (on) await db.insert(postHugs).values({ postId, userId: viewer.id }).onConflictDoNothing();
  else await db.delete(postHugs).where(and(eq(postHugs.postId, postId), eq(postHugs.userId, viewer.id)));
  const [view] = await postViews(db, viewer.id, [p]);
  return view;
}

/**
 * A member flags a post. The first flag puts it in the review queue; flags from
 * {@link FLAGS_TO_HIDE} different members hide it until a moderator decides.
 */
export async function flagPost(db: Db, viewer: Viewer, postId: string, input: FlagInput) {
  const p = await loadVisiblePost(db, viewer, postId);
  if (p.status !== 'published') throw notFound('Post not found');
  const profile = await getPeerProfile(db, viewer.id);
  if (profile && p.authorProfileId === profile.id) throw forbidden('You cannot flag your own post');
  const hidden = await db.transaction(async (tx) => {
    const inserted = await tx
      .insert(postFlags)
      .values({ postId, userId: viewer.id, reason: input.reason, note: input.note ?? null })
      .onConflictDoNothing()
      .returning({ postId: postFlags.postId });
    if (!inserted.length) throw new AppError('already_flagged', 'You have already flagged this post');
    await tx.insert(moderationItems).values({ postId, reason: 'flags', findings: [] }).onConflictDoNothing();
    const [{ n }] = await tx.select({ n: sql<number>`count(*)::int` }).from(postFlags).where(eq(postFlags.postId, postId));
    if (n >= FLAGS_TO_HIDE) {
      const changed = await tx
        .update(posts)
        .set({ status: 'hidden' })
        .where(and(eq(posts.id, postId), eq(posts.status, 'published')))
        .returning({ id: posts.id });
      return changed.length > 0;
    }
    return false;
  });
  if (hidden) emit(rooms.group(p.groupId), 'post:hidden', { id: p.id, groupId: p.groupId, parentId: p.parentId });
  emit(rooms.moderators, 'moderation:queued', { postId: p.id, groupId: p.groupId, reason: 'flags' });
  return { flagged: true, hidden };
}
