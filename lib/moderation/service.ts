import 'server-only';
import { and, asc, desc, eq, inArray, isNull, lt, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { auditLog, moderationItems, peerGroups, peerProfiles, postFlags, posts, users, watchedWords } from '@/db/schema';
import type { Viewer } from '@/lib/accounts/viewer';
import { getGroup, isModerator, onReplyPublished, postViews } from '@/lib/groups/service';
import { AppError, forbidden, notFound } from '@/lib/http/errors';
import { createNotifications, publishNotifications } from '@/lib/notifications/service';
import { emit, joinRoom, leaveRoom, rooms } from '@/lib/realtime';
import { checkComparison } from './guard';
import type { AuditQuery, DecisionInput, ModeratorInput, SilenceInput, SlowModeInput, TestSentenceInput, WatchedWordInput } from './input';
import { matchWatchedWords } from './watched';

export function requireModerator(viewer: Viewer) {
  if (!isModerator(viewer)) throw forbidden('Only moderators can do this');
}

function requireAdmin(viewer: Viewer) {
  if (viewer.role !== 'admin') throw forbidden('Only an admin can do this');
}

// ---------------------------------------------------------------------------------------------
// The review queue

/** Held and flagged items, oldest first, with what the guard found and why members flagged. */
export async function listQueue(db: Db, viewer: Viewer, query: { limit: number }) {
  requireModerator(viewer);
  const rows = await db
    .select({ item: moderationItems, post: posts, group: peerGroups })
    .from(moderationItems)
    .innerJoin(posts, eq(posts.id, moderationItems.postId))
    .innerJoin(peerGroups, eq(peerGroups.id, posts.groupId))
    .where(eq(moderationItems.status, 'pending'))
    .orderBy(asc(moderationItems.createdAt))
    .limit(query.limit);
  const [{ total }] = await db
    .select({ total: sql<number>`count(*)::int` })
    .from(moderationItems)
    .where(eq(moderationItems.status, 'pending'));
  const views = await postViews(
    db,
    null,
    rows.map((r) => r.post),
  );
  const ids = rows.map((r) => r.post.id);
  const flags = ids.length
    ? await db
        .select({ postId: postFlags.postId, reason: postFlags.reason, note: postFlags.note, createdAt: postFlags.createdAt })
        .from(postFlags)
        .where(inArray(postFlags.postId, ids))
        .orderBy(asc(postFlags.createdAt))
    : [];
  const profiles = await db
    .select({ id: peerProfiles.id, silencedUntil: peerProfiles.silencedUntil })
    .from(peerProfiles)
    .where(
      inArray(
        peerProfiles.id,
        rows.map((r) => r.post.authorProfileId).filter((x): x is string => Boolean(x)).concat(['00000000-0000-0000-0000-000000000000']),
      ),
    );
  const silenced = new Map(profiles.map((p) => [p.id, p.silencedUntil && p.silencedUntil.getTime() > Date.now() ? p.silencedUntil.toISOString() : null]));
  return {
    total,
    items: rows.map((r, i) => ({
      id: r.item.id,
      reason: r.item.reason,
      findings: r.item.findings,
      createdAt: r.item.createdAt.toISOString(),
      group: { id: r.group.id, name: { vi: r.group.nameVi, en: r.group.nameEn } },
      post: { ...views[i], mine: false },
      authorSilencedUntil: r.post.authorProfileId ? (silenced.get(r.post.authorProfileId) ?? null) : null,
      flags: flags.filter((f) => f.postId === r.post.id).map((f) => ({ reason: f.reason, note: f.note, createdAt: f.createdAt.toISOString() })),
    })),
  };
}

async function audit(db: Db, actorId: string, action: string, subject: string, data: Record<string, unknown>) {
  await db.insert(auditLog).values({ actorId, action, subject, data });
}

/**
 * Approve (optionally with an edited text) publishes the post live; reject keeps it out and
 * tells the author why. Either closes the item; one decision per item.
 */
export async function decide(db: Db, viewer: Viewer, itemId: string, input: DecisionInput) {
  requireModerator(viewer);
  const result = await db.transaction(async (tx) => {
    const [item] = await tx
      .update(moderationItems)
      .set({
        status: input.action === 'approve' ? 'approved' : 'rejected',
        decidedBy: viewer.id,
        decidedAt: sql`now()`,
        decisionReason: input.reason ?? null,
      })
      .where(and(eq(moderationItems.id, itemId), eq(moderationItems.status, 'pending')))
      .returning();
    if (!item) {
      const [exists] = await tx.select({ id: moderationItems.id }).from(moderationItems).where(eq(moderationItems.id, itemId));
      if (!exists) throw notFound('Item not found');
      throw new AppError('already_decided', 'Another moderator has already decided this one');
    }
    const [before] = await tx.select().from(posts).where(eq(posts.id, item.postId));
    const edited = input.action === 'approve' && input.body !== undefined && input.body !== before.body;
    const wasPublic = before.status === 'published';
    const [post] = await tx
      .update(posts)
      .set(
        input.action === 'approve'
          ? {
              status: 'published',
              publishedAt: before.publishedAt ?? sql`now()`,
              ...(edited ? { body: input.body, editedAt: sql`now()` } : {}),
              rejectReason: null,
            }
          : { status: 'rejected', rejectReason: input.reason ?? null },
      )
      .where(eq(posts.id, item.postId))
      .returning();
    if (input.action === 'approve') await tx.delete(postFlags).where(eq(postFlags.postId, post.id));
    // A reply that goes public counts on its post; one that leaves the public view stops counting.
    let notes = [] as Awaited<ReturnType<typeof createNotifications>>;
    if (post.parentId && !wasPublic && post.status === 'published') {
      const [author] = post.authorProfileId ? await tx.select().from(peerProfiles).where(eq(peerProfiles.id, post.authorProfileId)) : [];
      notes = await onReplyPublished(tx, post, author ?? null);
    }
    if (post.parentId && wasPublic && post.status !== 'published') {
      await tx.update(posts).set({ replyCount: sql`greatest(${posts.replyCount} - 1, 0)` }).where(eq(posts.id, post.parentId));
    }
    const [author] = post.authorProfileId
      ? await tx.select({ userId: peerProfiles.userId }).from(peerProfiles).where(eq(peerProfiles.id, post.authorProfileId))
      : [];
    // She hears about decisions on what she was waiting for, or on what was taken down.
    const tellAuthor = author && (input.action === 'reject' || !wasPublic);
    if (tellAuthor) {
      notes = notes.concat(
        await createNotifications(tx, {
          userIds: [author.userId],
          circleId: null,
          kind: input.action === 'approve' ? 'post_approved' : 'post_rejected',
          actorId: null,
          data: { postId: post.parentId ?? post.id, groupId: post.groupId, reason: input.reason ?? null },
        }),
      );
    }
    await tx.insert(auditLog).values({
      actorId: viewer.id,
      action: `moderation.${input.action}`,
      subject: post.id,
      data: { itemId: item.id, reason: item.reason, decisionReason: input.reason ?? null, edited, groupId: post.groupId },
    });
    return { item, post, wasPublic, authorUserId: author?.userId ?? null, notes };
  });
  publishNotifications(result.notes);
  emit(rooms.moderators, 'moderation:decided', { id: result.item.id, postId: result.post.id, status: result.item.status });
  const { post, wasPublic } = result;
  const [view] = await postViews(db, null, [post]);
  if (post.status === 'published' && !wasPublic) {
    emit(rooms.group(post.groupId), post.parentId ? 'post:replied' : 'post:created', view);
  } else if (post.status === 'published') {
    emit(rooms.group(post.groupId), 'post:updated', view);
  } else if (wasPublic) {
    emit(rooms.group(post.groupId), 'post:hidden', { id: post.id, groupId: post.groupId, parentId: post.parentId });
  }
  return { id: result.item.id, status: result.item.status, post: view };
}

// ---------------------------------------------------------------------------------------------
// Watched words, slow mode, silencing

export async function listWatchedWords(db: Db, viewer: Viewer) {
  requireModerator(viewer);
  const rows = await db.select().from(watchedWords).orderBy(asc(watchedWords.word));
  return { items: rows.map(serializeWatched) };
}

function serializeWatched(w: typeof watchedWords.$inferSelect) {
  return { id: w.id, groupId: w.groupId, word: w.word, action: w.action, createdAt: w.createdAt.toISOString() };
}

export async function addWatchedWord(db: Db, viewer: Viewer, input: WatchedWordInput) {
  requireModerator(viewer);
  if (input.groupId) await getGroup(db, viewer, input.groupId);
  const [row] = await db
    .insert(watchedWords)
    .values({ groupId: input.groupId ?? null, word: input.word, action: input.action, createdBy: viewer.id })
    .onConflictDoNothing()
    .returning();
  if (!row) throw new AppError('conflict', 'This word is already watched here', { word: ['This word is already watched here'] });
  await audit(db, viewer.id, 'moderation.watched_word.add', row.id, { word: row.word, action: row.action, groupId: row.groupId });
  return serializeWatched(row);
}

export async function removeWatchedWord(db: Db, viewer: Viewer, id: string) {
  requireModerator(viewer);
  const [row] = await db.delete(watchedWords).where(eq(watchedWords.id, id)).returning();
  if (!row) throw notFound('Word not found');
  await audit(db, viewer.id, 'moderation.watched_word.remove', row.id, { word: row.word, action: row.action, groupId: row.groupId });
}

/** The settings page's "test a sentence" box: what would happen to this text in this group. */
export async function testSentence(db: Db, viewer: Viewer, input: TestSentenceInput) {
  requireModerator(viewer);
  const words = await db
    .select({ word: watchedWords.word, action: watchedWords.action })
    .from(watchedWords)
    .where(input.groupId ? sql`${watchedWords.groupId} is null or ${watchedWords.groupId} = ${input.groupId}` : isNull(watchedWords.groupId));
  const watched = matchWatchedWords(input.text, words);
  const guard = checkComparison(input.text, viewer.locale);
  const outcome =
    watched.action === 'block' ? 'blocked' : guard.comparison ? 'nudged' : watched.action === 'hold' ? 'held' : watched.action === 'flag' ? 'flagged' : 'published';
  return { outcome, watched: watched.matches, censored: watched.censored, comparison: guard.comparison, findings: guard.findings };
}

export async function setSlowMode(db: Db, viewer: Viewer, groupId: string, input: SlowModeInput) {
  requireModerator(viewer);
  const [row] = await db.update(peerGroups).set({ slowModeMinutes: input.minutes }).where(eq(peerGroups.id, groupId)).returning();
  if (!row) throw notFound('Group not found');
  await audit(db, viewer.id, 'moderation.slow_mode', groupId, { minutes: input.minutes });
  return getGroup(db, viewer, groupId);
}

/** Pause a member's posting for N days (0 lifts it). `memberId` is the alias id posts carry. */
export async function silenceMember(db: Db, viewer: Viewer, memberId: string, input: SilenceInput) {
  requireModerator(viewer);
  const until = input.days > 0 ? new Date(Date.now() + input.days * 86_400_000) : null;
  const [row] = await db
    .update(peerProfiles)
    .set({ silencedUntil: until, silenceReason: input.days > 0 ? (input.reason ?? null) : null })
    .where(eq(peerProfiles.id, memberId))
    .returning();
  if (!row) throw notFound('Member not found');
  await audit(db, viewer.id, input.days > 0 ? 'moderation.silence' : 'moderation.unsilence', row.id, {
    alias: row.alias,
    days: input.days,
    reason: input.reason ?? null,
  });
  return { id: row.id, alias: row.alias, silencedUntil: until?.toISOString() ?? null };
}

// ---------------------------------------------------------------------------------------------
// Admin: moderators and the audit log

export async function listModerators(db: Db, viewer: Viewer) {
  requireAdmin(viewer);
  const rows = await db
    .select({ id: users.id, name: users.name, email: users.email, role: users.role })
    .from(users)
    .where(inArray(users.role, ['moderator', 'admin']))
    .orderBy(asc(users.name));
  return { items: rows };
}

export async function setModerator(db: Db, viewer: Viewer, input: ModeratorInput) {
  requireAdmin(viewer);
  const [target] = await db.select().from(users).where(sql`lower(${users.email}) = lower(${input.email})`);
  if (!target) throw new AppError('not_found', 'No account with this e-mail', { email: ['No account with this e-mail'] });
  if (target.role === 'admin') throw new AppError('conflict', 'An admin already moderates');
  if (input.moderator && target.role === 'moderator') return { id: target.id, name: target.name, email: target.email, role: target.role };
  if (!input.moderator && target.role !== 'moderator') throw new AppError('conflict', 'This person is not a moderator');
  const role = input.moderator ? 'moderator' : 'mother';
  const [row] = await db.update(users).set({ role, updatedAt: sql`now()` }).where(eq(users.id, target.id)).returning();
  await audit(db, viewer.id, input.moderator ? 'admin.moderator.appoint' : 'admin.moderator.revoke', row.id, { email: row.email, previousRole: target.role });
  if (input.moderator) joinRoom(row.id, rooms.moderators);
  else leaveRoom(row.id, rooms.moderators);
  return { id: row.id, name: row.name, email: row.email, role: row.role };
}

function decodeAuditCursor(cursor: string) {
  const [at, id] = Buffer.from(cursor, 'base64url').toString().split('|');
  if (!at || !id || !/^[0-9a-f-]{36}$/i.test(id) || Number.isNaN(Date.parse(at))) {
    throw new AppError('validation', 'This page link is not valid', { cursor: ['Not a valid cursor'] });
  }
  return { at, id };
}

/**
 * Newest first, paged by (created_at, id) at the database's own precision (microseconds), so
 * entries written in the same millisecond are neither skipped nor repeated.
 */
export async function listAuditLog(db: Db, viewer: Viewer, query: AuditQuery) {
  requireAdmin(viewer);
  const after = query.cursor ? decodeAuditCursor(query.cursor) : null;
  const rows = await db
    .select({ entry: auditLog, actorName: users.name, at: sql<string>`to_char(${auditLog.createdAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')` })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(
      after
        ? sql`(${auditLog.createdAt}, ${auditLog.id}) < (${after.at}::timestamptz, ${after.id}::uuid)`
        : query.before
          ? lt(auditLog.createdAt, new Date(query.before))
          : undefined,
    )
    .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
    .limit(query.limit);
  return {
    items: rows.map((r) => ({
      id: r.entry.id,
      action: r.entry.action,
      subject: r.entry.subject,
      data: r.entry.data,
      actor: r.entry.actorId ? { id: r.entry.actorId, name: r.actorName } : null,
      createdAt: r.entry.createdAt.toISOString(),
      /** Pass as `cursor` to get the entries after this one. */
      cursor: Buffer.from(`${r.at}|${r.entry.id}`).toString('base64url'),
    })),
  };
}
