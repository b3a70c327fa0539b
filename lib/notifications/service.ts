import 'server-only';
import { and, desc, eq, inArray, isNull, lte, sql } from 'drizzle-orm';
import type { Db, Tx } from '@/db/client';
import { circleMembers, notifications, users, type Notification } from '@/db/schema';
import type { Viewer } from '@/lib/accounts/viewer';
import { emit, rooms } from '@/lib/realtime';

export type NotificationKind = Notification['kind'];

export function serializeNotification(n: Notification) {
  return {
    id: n.id,
    kind: n.kind,
    circleId: n.circleId,
    actorId: n.actorId,
    data: n.data,
    createdAt: n.createdAt.toISOString(),
    deliveredAt: (n.deliveredAt ?? n.deliverAt).toISOString(),
    read: n.readAt !== null,
  };
}

export type NotificationView = ReturnType<typeof serializeNotification>;

/**
 * Rest-mode rule: while she rests, notifications wait until she wakes — except the answer to
 * her own request for help, which is what she is waiting for.
 */
export function isHeldByRest(kind: NotificationKind, restingUntil: Date | null, now: Date, opts: { answersOwnRequest?: boolean } = {}) {
  if (!restingUntil || restingUntil.getTime() <= now.getTime()) return false;
  if (kind === 'support_answered' && opts.answersOwnRequest) return false;
  return true;
}

/**
 * Stores one notification per recipient inside the caller's transaction. Returns the rows so
 * the caller can publish them after commit.
 */
export async function createNotifications(
  tx: Db | Tx,
  input: {
    /** The recipients, or 'circle' for every member of `circleId` (one query fewer). The actor is never one. */
    userIds: string[] | 'circle';
    circleId: string | null;
    kind: NotificationKind;
    actorId: string | null;
    data: Record<string, string | number | null>;
    /** Recipients for whom this answers their own request (never held by rest mode). */
    exemptUserIds?: string[];
  },
): Promise<Notification[]> {
  let people: { id: string; restingUntil: Date | null }[];
  if (input.userIds === 'circle') {
    // Everyone in the circle, read with their rest in the same query.
    if (!input.circleId) throw new Error('createNotifications: "circle" needs a circleId');
    people = (
      await tx
        .select({ id: users.id, restingUntil: users.restingUntil })
        .from(circleMembers)
        .innerJoin(users, eq(users.id, circleMembers.userId))
        .where(eq(circleMembers.circleId, input.circleId))
    ).filter((p) => p.id !== input.actorId);
  } else {
    const recipients = [...new Set(input.userIds)].filter((id) => id !== input.actorId);
    if (recipients.length === 0) return [];
    people = await tx.select({ id: users.id, restingUntil: users.restingUntil }).from(users).where(inArray(users.id, recipients));
  }
  if (people.length === 0) return [];
  const now = new Date();
  return tx
    .insert(notifications)
    .values(
      people.map((p) => {
        const held = isHeldByRest(input.kind, p.restingUntil, now, { answersOwnRequest: input.exemptUserIds?.includes(p.id) });
        return {
          userId: p.id,
          circleId: input.circleId,
          kind: input.kind,
          actorId: input.actorId,
          data: input.data,
          deliverAt: held ? p.restingUntil! : now,
          deliveredAt: held ? null : now,
        };
      }),
    )
    .returning();
}

/** After commit: push the ones due now to their people. Held ones go out from the sweeper. */
export function publishNotifications(rows: Notification[]) {
  for (const row of rows) {
    if (row.deliveredAt) emit(rooms.user(row.userId), 'notification:created', serializeNotification(row));
  }
}

/**
 * Delivers held notifications whose time has come. One conditional UPDATE, so two instances
 * sweeping at once never deliver the same row twice.
 */
export async function deliverDueNotifications(db: Db, userId?: string): Promise<number> {
  const rows = await db
    .update(notifications)
    .set({ deliveredAt: sql`now()` })
    .where(and(isNull(notifications.deliveredAt), lte(notifications.deliverAt, sql`now()`), userId ? eq(notifications.userId, userId) : undefined))
    .returning();
  publishNotifications(rows);
  return rows.length;
}

/** She woke early: everything held for her is due now. */
export async function releaseHeldNotifications(db: Db, userId: string) {
  await db
    .update(notifications)
    .set({ deliverAt: sql`now()` })
    .where(and(eq(notifications.userId, userId), isNull(notifications.deliveredAt)));
  await deliverDueNotifications(db, userId);
}

export async function listNotifications(db: Db, viewer: Viewer, query: { unread?: string; limit: number; since?: string }) {
  const conditions = [eq(notifications.userId, viewer.id), lte(notifications.deliverAt, sql`now()`)];
  if (query.unread) conditions.push(isNull(notifications.readAt));
  // A raw sql expression gets no column type to map a Date with (postgres.js would fail on it): send text, cast.
  if (query.since) conditions.push(sql`coalesce(${notifications.deliveredAt}, ${notifications.deliverAt}) > ${new Date(query.since).toISOString()}::timestamptz`);
  const [rows, [{ unread }]] = await Promise.all([
    db
      .select()
      .from(notifications)
      .where(and(...conditions))
      .orderBy(desc(notifications.deliverAt), desc(notifications.createdAt))
      .limit(query.limit),
    db
      .select({ unread: sql<number>`count(*)::int` })
      .from(notifications)
      .where(and(eq(notifications.userId, viewer.id), lte(notifications.deliverAt, sql`now()`), isNull(notifications.readAt))),
  ]);
  return { items: rows.map(serializeNotification), unreadCount: unread };
}

export async function markNotificationsRead(db: Db, viewer: Viewer, ids?: string[]) {
  await db
    .update(notifications)
    .set({ readAt: sql`now()` })
    .where(and(eq(notifications.userId, viewer.id), isNull(notifications.readAt), ids ? inArray(notifications.id, ids) : undefined));
  const [{ unread }] = await db
    .select({ unread: sql<number>`count(*)::int` })
    .from(notifications)
    .where(and(eq(notifications.userId, viewer.id), lte(notifications.deliverAt, sql`now()`), isNull(notifications.readAt)));
  return { unreadCount: unread };
}
