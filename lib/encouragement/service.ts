import 'server-only';
import { and, desc, eq, inArray, lt, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { chores, circleMembers, circles, encouragementReactions, encouragements, supportRequests, users, type Encouragement } from '@/db/schema';
import { namesOf } from '@/lib/accounts/names';
import type { Viewer } from '@/lib/accounts/viewer';
import { requireCirclePermission } from '@/lib/circles/service';
import { getChore } from '@/lib/chores/service';
import { DEFAULT_REST_MINUTES } from '@/lib/chores/templates';
import { AppError, notFound } from '@/lib/http/errors';
import { createNotifications, publishNotifications, releaseHeldNotifications } from '@/lib/notifications/service';
import { emit, rooms } from '@/lib/realtime';
import type { CreateEncouragementInput, CreateSupportRequestInput } from './input';
import { serializeEncouragement, serializeSupportRequest, type ReactionCount } from './serialize';

const MAX_REST_MS = 12 * 3_600_000;

async function ownerOf(db: Db, circleId: string) {
  const [row] = await db
    .select({ ownerId: circles.ownerId, restingUntil: users.restingUntil })
    .from(circles)
    .innerJoin(users, eq(users.id, circles.ownerId))
    .where(eq(circles.id, circleId));
  if (!row) throw notFound('Circle not found');
  return row;
}

async function reactionsFor(db: Db, viewerId: string, ids: string[]): Promise<Map<string, ReactionCount[]>> {
  const out = new Map<string, ReactionCount[]>();
  if (!ids.length) return out;
  const rows = await db
    .select({
      id: encouragementReactions.encouragementId,
      reaction: encouragementReactions.reaction,
      count: sql<number>`count(*)::int`,
      mine: sql<boolean>`bool_or(${encouragementReactions.userId} = ${viewerId})`,
    })
    .from(encouragementReactions)
    .where(inArray(encouragementReactions.encouragementId, ids))
    .groupBy(encouragementReactions.encouragementId, encouragementReactions.reaction);
  for (const r of rows) {
    const list = out.get(r.id) ?? [];
    list.push({ reaction: r.reaction, count: r.count, mine: Boolean(r.mine) });
    out.set(r.id, list);
  }
  return out;
}

async function encouragementViews(db: Db, viewerId: string, rows: Encouragement[]) {
  const names = await namesOf(db, rows.map((r) => r.authorId));
  const reactions = await reactionsFor(db, viewerId, rows.map((r) => r.id));
  return rows.map((r) => serializeEncouragement(r, r.authorId ? (names.get(r.authorId) ?? null) : null, reactions.get(r.id) ?? []));
}

/**
 * A note to the mother. With a pledge, the promise becomes a chore already claimed by the
 * author, in the same transaction.
 */
export async function sendEncouragement(db: Db, viewer: Viewer, circleId: string, input: CreateEncouragementInput) {
  await requireCirclePermission(db, viewer, circleId, 'encouragement.send');
  const { ownerId } = await ownerOf(db, circleId);
  const { row, notes } = await db.transaction(async (tx) => {
    let pledgeChoreId: string | null = null;
    if (input.pledge) {
      const [chore] = await tx
        .insert(chores)
        .values({
          circleId,
          title: input.pledge.title,
          category: input.pledge.category,
          dueAt: input.pledge.dueAt ? new Date(input.pledge.dueAt) : null,
          effort: input.pledge.effort,
          restMinutes: DEFAULT_REST_MINUTES[input.pledge.category],
          status: 'claimed',
          claimedBy: viewer.id,
          claimedAt: sql`now()`,
          createdBy: viewer.id,
        })
        .returning({ id: chores.id });
      pledgeChoreId = chore.id;
    }
    const [row] = await tx.insert(encouragements).values({ circleId, authorId: viewer.id, message: input.message, pledgeChoreId }).returning();
    const notes = await createNotifications(tx, {
      userIds: [ownerId],
      circleId,
      kind: 'encouragement',
      actorId: viewer.id,
      data: { encouragementId: row.id, actorName: viewer.name, message: input.message.slice(0, 140) },
    });
    return { row, notes };
  });
  const [view] = await encouragementViews(db, viewer.id, [row]);
  emit(rooms.circle(circleId), 'encouragement:created', view);
  if (row.pledgeChoreId) emit(rooms.circle(circleId), 'chore:created', await getChore(db, viewer, row.pledgeChoreId));
  publishNotifications(notes);
  return view;
}

export async function listEncouragements(db: Db, viewer: Viewer, circleId: string, query: { before?: string; limit?: number } = {}) {
  await requireCirclePermission(db, viewer, circleId, 'circle.view');
  const rows = await db
    .select()
    .from(encouragements)
    .where(and(eq(encouragements.circleId, circleId), query.before ? lt(encouragements.createdAt, new Date(query.before)) : undefined))
    .orderBy(desc(encouragements.createdAt))
    .limit(query.limit ?? 50);
  return { items: await encouragementViews(db, viewer.id, rows) };
}

/** The mother answers a note with a heart, a hug... Tapping again takes it back. */
export async function reactToEncouragement(db: Db, viewer: Viewer, encouragementId: string, reaction: (typeof encouragementReactions.$inferInsert)['reaction']) {
  const [row] = await db.select().from(encouragements).where(eq(encouragements.id, encouragementId));
  if (!row) throw notFound('Note not found');
  await requireCirclePermission(db, viewer, row.circleId, 'encouragement.react').catch((err) => {
    throw err instanceof AppError && err.code === 'not_found' ? notFound('Note not found') : err;
  });
  const removed = await db
    .delete(encouragementReactions)
    .where(and(eq(encouragementReactions.encouragementId, encouragementId), eq(encouragementReactions.userId, viewer.id), eq(encouragementReactions.reaction, reaction)))
    .returning();
  if (removed.length === 0) {
    await db.insert(encouragementReactions).values({ encouragementId, userId: viewer.id, reaction }).onConflictDoNothing();
  }
  const [view] = await encouragementViews(db, viewer.id, [row]);
  emit(rooms.circle(row.circleId), 'encouragement:reacted', view);
  return view;
}

async function supportView(db: Db, row: typeof supportRequests.$inferSelect) {
  return serializeSupportRequest(row, await namesOf(db, [row.requestedBy, row.answeredBy]));
}

/** The mother asks for help; every member hears it at once. */
export async function requestSupport(db: Db, viewer: Viewer, circleId: string, input: CreateSupportRequestInput) {
  await requireCirclePermission(db, viewer, circleId, 'support.request');
  const { row, notes } = await db.transaction(async (tx) => {
    const [row] = await tx.insert(supportRequests).values({ circleId, requestedBy: viewer.id, kind: input.kind, note: input.note || null }).returning();
    const members = await tx.select({ id: circleMembers.userId }).from(circleMembers).where(eq(circleMembers.circleId, circleId));
    const notes = await createNotifications(tx, {
      userIds: members.map((m) => m.id),
      circleId,
      kind: 'support_requested',
      actorId: viewer.id,
      data: { supportRequestId: row.id, kind: input.kind, actorName: viewer.name, note: input.note ?? null },
    });
    return { row, notes };
  });
  const view = await supportView(db, row);
  emit(rooms.circle(circleId), 'support:requested', view);
  publishNotifications(notes);
  return view;
}

export async function listSupportRequests(db: Db, viewer: Viewer, circleId: string) {
  await requireCirclePermission(db, viewer, circleId, 'circle.view');
  const rows = await db.select().from(supportRequests).where(eq(supportRequests.circleId, circleId)).orderBy(desc(supportRequests.createdAt)).limit(30);
  const names = await namesOf(db, rows.flatMap((r) => [r.requestedBy, r.answeredBy]));
  return { items: rows.map((r) => serializeSupportRequest(r, names)) };
}

/**
 * "I'm on it": the first member to answer takes it, for everyone. One conditional UPDATE, like
 * a chore claim; the rest are told who already answered.
 */
export async function answerSupportRequest(db: Db, viewer: Viewer, requestId: string) {
  const [existing] = await db
    .select({ request: supportRequests })
    .from(supportRequests)
    .innerJoin(circleMembers, and(eq(circleMembers.circleId, supportRequests.circleId), eq(circleMembers.userId, viewer.id)))
    .where(eq(supportRequests.id, requestId));
  if (!existing) throw notFound('Request not found');
  await requireCirclePermission(db, viewer, existing.request.circleId, 'support.answer');
  const result = await db.transaction(async (tx) => {
    const [row] = await tx
      .update(supportRequests)
      .set({ status: 'answered', answeredBy: viewer.id, answeredAt: sql`now()` })
      .where(and(eq(supportRequests.id, requestId), eq(supportRequests.status, 'open')))
      .returning();
    if (!row) return null;
    const members = await tx.select({ id: circleMembers.userId }).from(circleMembers).where(eq(circleMembers.circleId, row.circleId));
    const notes = await createNotifications(tx, {
      userIds: members.map((m) => m.id),
      circleId: row.circleId,
      kind: 'support_answered',
      actorId: viewer.id,
      data: { supportRequestId: row.id, kind: row.kind, actorName: viewer.name },
      exemptUserIds: [row.requestedBy],
    });
    return { row, notes };
  });
  if (!result) {
    const [current] = await db.select().from(supportRequests).where(eq(supportRequests.id, requestId));
    if (current.status === 'cancelled') throw new AppError('conflict', 'She withdrew this request: nothing to do', undefined, undefined, { status: 'cancelled' });
    const view = await supportView(db, current);
    throw new AppError('already_answered', `${view.answeredBy?.name ?? 'Someone'} is already on it`, undefined, undefined, {
      answeredBy: view.answeredBy,
    });
  }
  const view = await supportView(db, result.row);
  emit(rooms.circle(view.circleId), 'support:answered', view);
  publishNotifications(result.notes);
  return view;
}

/** The mother withdraws a request nobody has answered yet. */
export async function cancelSupportRequest(db: Db, viewer: Viewer, requestId: string) {
  const [row] = await db
    .update(supportRequests)
    .set({ status: 'cancelled' })
    .where(and(eq(supportRequests.id, requestId), eq(supportRequests.requestedBy, viewer.id), eq(supportRequests.status, 'open')))
    .returning();
  if (!row) throw notFound('Request not found');
  const view = await supportView(db, row);
  emit(rooms.circle(view.circleId), 'support:answered', view);
  return view;
}

async function broadcastRest(db: Db, userId: string, restingUntil: Date | null) {
  const owned = await db.select({ id: circles.id }).from(circles).where(eq(circles.ownerId, userId));
  for (const c of owned) emit(rooms.circle(c.id), 'circle:rest', { circleId: c.id, restingUntil: restingUntil?.toISOString() ?? null });
}

/** Rest mode on: her notifications wait, the family sees she is resting, visits are off. */
export async function startRest(db: Db, viewer: Viewer, circleId: string, until: string) {
  await requireCirclePermission(db, viewer, circleId, 'rest.set');
  const end = new Date(until);
  if (end.getTime() <= Date.now()) throw new AppError('validation', 'Pick a time later than now', { until: ['Pick a time later than now'] });
  if (end.getTime() > Date.now() + MAX_REST_MS) throw new AppError('validation', 'Rest mode lasts at most 12 hours', { until: ['At most 12 hours from now'] });
  await db.update(users).set({ restingUntil: end, updatedAt: sql`now()` }).where(eq(users.id, viewer.id));
  await broadcastRest(db, viewer.id, end);
  return { restingUntil: end.toISOString() };
}

/** She is awake: rest mode off, and what waited for her arrives now. */
export async function endRest(db: Db, viewer: Viewer, circleId: string) {
  await requireCirclePermission(db, viewer, circleId, 'rest.set');
  await db.update(users).set({ restingUntil: null, updatedAt: sql`now()` }).where(eq(users.id, viewer.id));
  await releaseHeldNotifications(db, viewer.id);
  await broadcastRest(db, viewer.id, null);
  return { restingUntil: null };
}

/** Sweeper: rest periods that ended on their own are announced as over. */
export async function endElapsedRests(db: Db) {
  const woke = await db
    .update(users)
    .set({ restingUntil: null })
    .where(and(lt(users.restingUntil, sql`now()`)))
    .returning({ id: users.id });
  for (const u of woke) await broadcastRest(db, u.id, null);
  return woke.length;
}


/** Until when the viewer rests, if she does now (for her own header). */
export async function getRestingUntil(db: Db, viewer: Viewer): Promise<string | null> {
  const [row] = await db.select({ restingUntil: users.restingUntil }).from(users).where(eq(users.id, viewer.id));
  const until = row?.restingUntil;
  return until && until.getTime() > Date.now() ? until.toISOString() : null;
}
