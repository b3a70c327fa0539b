import 'server-only';
import { and, asc, eq, getTableColumns, gt, gte, inArray, isNull, lt, ne, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db, Tx } from '@/db/client';
import { chores, circleMembers, circles, users, type Chore } from '@/db/schema';
import { namesOf } from '@/lib/accounts/names';
import type { Viewer } from '@/lib/accounts/viewer';
import { requireCirclePermission } from '@/lib/circles/service';
import { can } from '@/lib/circles/permissions';
import { AppError, forbidden, notFound } from '@/lib/http/errors';
import { createNotifications, publishNotifications } from '@/lib/notifications/service';
import { emit, rooms } from '@/lib/realtime';
import type { CreateChoreInput } from './input';
import { nextOccurrence } from './recurrence';
import { serializeChore, type ChoreView } from './serialize';
import { DEFAULT_REST_MINUTES, findTemplate } from './templates';
import { inQuietHours, localDayBounds, localParts, parseHHMM, zonedTime } from './time';

/** A claim may run this long past the due time before the chore goes back to the circle. */
export const LAPSE_GRACE_MS = 15 * 60 * 1000;

/**
 * `?since=` looks back this much further: a change stamped by a transaction that began before
 * `since` but committed after it would otherwise never be sent. Clients replace chores by id,
 * so a repeat is harmless; a loss is not.
 */
export const CATCH_UP_OVERLAP_MS = 60 * 1000;

async function views(db: Db | Tx, rows: Chore[]): Promise<ChoreView[]> {
  const names = await namesOf(db, rows.flatMap((r) => [r.createdBy, r.claimedBy, r.completedBy]));
  return rows.map((r) => serializeChore(r, names));
}

async function circleOf(db: Db | Tx, circleId: string) {
  const [row] = await db
    .select({ circle: circles, ownerRestingUntil: users.restingUntil })
    .from(circles)
    .innerJoin(users, eq(users.id, circles.ownerId))
    .where(eq(circles.id, circleId));
  if (!row) throw notFound('Circle not found');
  return row;
}

/** The chore, if the viewer belongs to its circle; strangers get 404. */
async function choreForMember(db: Db | Tx, viewer: Viewer, choreId: string) {
  const [row] = await db
    .select({ chore: chores })
    .from(chores)
    .innerJoin(circleMembers, and(eq(circleMembers.circleId, chores.circleId), eq(circleMembers.userId, viewer.id)))
    .where(eq(chores.id, choreId));
  if (!row) throw notFound('Chore not found');
  return row.chore;
}

/**
 * Visits are short drop-offs: never in her quiet hours, never while she rests.
 */
function checkVisit(circle: typeof circles.$inferSelect, ownerRestingUntil: Date | null, dueAt: Date | null) {
  if (!dueAt) throw new AppError('validation', 'A visit needs a time', { dueAt: ['A visit needs a time'] });
  if (inQuietHours(dueAt, circle.quietHoursStart, circle.quietHoursEnd, circle.timeZone)) {
    throw new AppError('validation', `That time is in her quiet hours (${circle.quietHoursStart}–${circle.quietHoursEnd})`, {
      dueAt: [`Visits are not possible between ${circle.quietHoursStart} and ${circle.quietHoursEnd}`],
    });
  }
  if (ownerRestingUntil && ownerRestingUntil.getTime() > dueAt.getTime() && ownerRestingUntil.getTime() > Date.now()) {
    throw new AppError('mother_resting', 'She is resting then; plan the visit for after she wakes', undefined, undefined, {
      restingUntil: ownerRestingUntil.toISOString(),
    });
  }
}

function afterCommitChore(event: 'chore:created' | 'chore:updated', chore: ChoreView) {
  emit(rooms.circle(chore.circleId), event, chore);
}

export async function createChore(db: Db, viewer: Viewer, circleId: string, input: CreateChoreInput & { templateKey?: string; restMinutes?: number }) {
  await requireCirclePermission(db, viewer, circleId, 'chore.create');
  const { circle, ownerRestingUntil } = await circleOf(db, circleId);
  const dueAt = input.dueAt ? new Date(input.dueAt) : null;
  if (input.category === 'visit') checkVisit(circle, ownerRestingUntil, dueAt);
  const [row] = await db
    .insert(chores)
    .values({
      circleId,
      title: input.title,
      category: input.category,
      notes: input.notes || null,
      dueAt,
      recurrence: input.recurrence ?? null,
      effort: input.effort,
      visitMinutes: input.category === 'visit' ? (input.visitMinutes ?? 20) : null,
      restMinutes: input.restMinutes ?? DEFAULT_REST_MINUTES[input.category],
      templateKey: input.templateKey ?? null,
      createdBy: viewer.id,
    })
    .returning();
  const [view] = await views(db, [row]);
  afterCommitChore('chore:created', view);
  return view;
}

/** First due time of a template chore: its time of day, or one interval from now. */
function templateDue(template: NonNullable<ReturnType<typeof findTemplate>>, timeZone: string, now = new Date()): Date | null {
  if (template.dueTime) {
    const { hour, minute } = parseHHMM(template.dueTime);
    const p = localParts(now, timeZone);
    let due = zonedTime(p.year, p.month, p.day, hour, minute, timeZone);
    if (due.getTime() <= now.getTime()) due = new Date(due.getTime() + 24 * 3_600_000);
    return due;
  }
  if (template.recurrence) return nextOccurrence(template.recurrence, now, timeZone);
  return null;
}

export async function addChoreFromTemplate(db: Db, viewer: Viewer, circleId: string, templateKey: string, dueAt?: string) {
  const template = findTemplate(templateKey);
  if (!template) throw new AppError('validation', 'Unknown template', { templateKey: ['Unknown template'] });
  await requireCirclePermission(db, viewer, circleId, 'chore.create');
  const { circle } = await circleOf(db, circleId);
  const due = dueAt ? new Date(dueAt) : templateDue(template, circle.timeZone);
  return createChore(db, viewer, circleId, {
    title: template.title[viewer.locale],
    category: template.category,
    notes: template.notes[viewer.locale],
    dueAt: due?.toISOString(),
    recurrence: template.recurrence,
    effort: template.effort,
    visitMinutes: template.visitMinutes,
    restMinutes: template.restMinutes,
    templateKey: template.key,
  });
}

/**
 * Today's board (the circle's local day): everything not done that is due today or has no
 * due time, plus what was done today. Lapsed claims are released first, so the board is right
 * even between sweeps. With `since`, every chore changed after it (for catching up).
 */
const creator = alias(users, 'creator');
const claimer = alias(users, 'claimer');
const completer = alias(users, 'completer');
const ph = sql.placeholder;

/** Chores with the names of who created, claimed and completed them, in one query. */
function choresWithNames(db: Db) {
  return db
    .select({ chore: chores, created: creator.name, claimed: claimer.name, completed: completer.name })
    .from(chores)
    .leftJoin(creator, eq(creator.id, chores.createdBy))
    .leftJoin(claimer, eq(claimer.id, chores.claimedBy))
    .leftJoin(completer, eq(completer.id, chores.completedBy));
}

/**
 * The board's queries, built once per database and run with placeholders: building a drizzle
 * query of this size took more CPU than PostgreSQL took to answer it (docs/PERFORMANCE.md).
 */
function prepareBoard(db: Db) {
  return {
    membership: db
      .select({ circle: circles, ownerRestingUntil: users.restingUntil, role: circleMembers.role })
      .from(circles)
      .innerJoin(users, eq(users.id, circles.ownerId))
      .innerJoin(circleMembers, and(eq(circleMembers.circleId, circles.id), eq(circleMembers.userId, ph('userId'))))
      .where(eq(circles.id, ph('circleId')))
      .prepare('village_board_membership'),
    // Not done and due before the end of her day (or undated), or done since its start.
    today: choresWithNames(db)
      .where(
        and(
          eq(chores.circleId, ph('circleId')),
          or(
            and(ne(chores.status, 'done'), or(isNull(chores.dueAt), lt(chores.dueAt, ph('end')))),
            and(eq(chores.status, 'done'), gte(chores.completedAt, ph('start'))),
          ),
        ),
      )
      .orderBy(sql`${chores.dueAt} asc nulls last`, asc(chores.createdAt))
      .prepare('village_board_today'),
    since: choresWithNames(db)
      .where(and(eq(chores.circleId, ph('circleId')), gt(chores.updatedAt, ph('since'))))
      .orderBy(asc(chores.updatedAt))
      .prepare('village_board_since'),
  };
}
const boards = new WeakMap<Db, ReturnType<typeof prepareBoard>>();

type BoardRow = { chore: Chore; created: string | null; claimed: string | null; completed: string | null };
function boardViews(rows: BoardRow[]): ChoreView[] {
  return rows.map((r) => {
    const names = new Map<string, string>();
    if (r.chore.createdBy && r.created !== null) names.set(r.chore.createdBy, r.created);
    if (r.chore.claimedBy && r.claimed !== null) names.set(r.chore.claimedBy, r.claimed);
    if (r.chore.completedBy && r.completed !== null) names.set(r.chore.completedBy, r.completed);
    return serializeChore(r.chore, names);
  });
}

/**
 * The board: every read is checked by membership, and the circle with its owner's rest comes in
 * the same query (a stranger gets 404, as everywhere). Three queries in all for today's board —
 * the viewer, this, the chores — it is the most read thing in Village.
 */
export async function listChores(db: Db, viewer: Viewer, circleId: string, query: { since?: string } = {}) {
  let board = boards.get(db);
  if (!board) boards.set(db, (board = prepareBoard(db)));
  const [found] = await board.membership.execute({ circleId, userId: viewer.id });
  if (!found) throw notFound('Circle not found');
  if (!can(found.role, 'circle.view')) throw forbidden();
  const { circle, ownerRestingUntil } = found;
  let items: ChoreView[];
  if (query.since) {
    await releaseLapsedClaims(db, circleId);
    const since = new Date(new Date(query.since).getTime() - CATCH_UP_OVERLAP_MS).toISOString();
    items = boardViews(await board.since.execute({ circleId, since }));
  } else {
    const { start, end } = localDayBounds(new Date(), circle.timeZone);
    const today = async () => boardViews(await board.today.execute({ circleId, start: start.toISOString(), end: end.toISOString() }));
    items = await today();
    // Today's board holds every claim that can have lapsed (they are all due before now): when one
    // has, give it back to the circle first and read again.
    const cutoff = Date.now() - LAPSE_GRACE_MS;
    if (items.some((c) => c.status === 'claimed' && c.dueAt && Date.parse(c.dueAt) < cutoff) && (await releaseLapsedClaims(db, circleId)) > 0) {
      items = await today();
    }
  }
  const resting = ownerRestingUntil && ownerRestingUntil.getTime() > Date.now() ? ownerRestingUntil.toISOString() : null;
  return { items, restingUntil: resting, serverTime: new Date().toISOString() };
}

export async function getChore(db: Db, viewer: Viewer, choreId: string) {
  const chore = await choreForMember(db, viewer, choreId);
  const [view] = await views(db, [chore]);
  return view;
}

async function notifyCircle(
  db: Db | Tx,
  chore: Chore,
  kind: 'chore_claimed' | 'chore_done' | 'chore_lapsed',
  actor: Viewer | null,
  extra: Record<string, string | number | null> = {},
) {
  return createNotifications(db, {
    userIds: 'circle',
    circleId: chore.circleId,
    kind,
    actorId: actor?.id ?? null,
    data: { choreId: chore.id, title: chore.title, actorName: actor?.name ?? null, ...extra },
  });
}

/**
 * Claims an open chore. One conditional UPDATE: of any number of simultaneous claimers exactly
 * one matches `status = 'open'`; the others are told who holds it.
 */
export async function claimChore(db: Db, viewer: Viewer, choreId: string) {
  const { claimed, notes } = await db.transaction(async (tx) => {
    const [claimed] = await tx
      .update(chores)
      .set({ status: 'claimed', claimedBy: viewer.id, claimedAt: sql`now()`, lapsedAt: null, updatedAt: sql`now()` })
      .where(
        and(
          eq(chores.id, choreId),
          eq(chores.status, 'open'),
          inArray(chores.circleId, tx.select({ id: circleMembers.circleId }).from(circleMembers).where(eq(circleMembers.userId, viewer.id))),
        ),
      )
      // The creator's name comes back with the row: the view needs no query after the commit.
      .returning({ ...getTableColumns(chores), creatorName: sql<string | null>`(select ${users.name} from ${users} where ${users.id} = ${chores.createdBy})` });
    if (!claimed) return { claimed: null, notes: [] };
    return { claimed, notes: await notifyCircle(tx, claimed, 'chore_claimed', viewer) };
  });
  if (!claimed) {
    const current = await choreForMember(db, viewer, choreId);
    if (current.status === 'done') throw new AppError('chore_done', 'This chore is already done');
    const holder = current.claimedBy ? (await namesOf(db, [current.claimedBy])).get(current.claimedBy) : undefined;
    throw new AppError('chore_taken', `${holder ?? 'Someone'} is already on it`, undefined, undefined, {
      holder: current.claimedBy ? { id: current.claimedBy, name: holder ?? '' } : null,
    });
  }
  const { creatorName, ...row } = claimed;
  const names = new Map([[viewer.id, viewer.name]]);
  if (row.createdBy && creatorName !== null) names.set(row.createdBy, creatorName);
  // An open chore has no completer; should one ever carry one, look the name up as views() does.
  const view = row.completedBy && !names.has(row.completedBy) ? (await views(db, [row]))[0] : serializeChore(row, names);
  afterCommitChore('chore:updated', view);
  publishNotifications(notes);
  return view;
}

/** Gives back one's own claim. */
export async function unclaimChore(db: Db, viewer: Viewer, choreId: string) {
  const [row] = await db
    .update(chores)
    .set({ status: 'open', claimedBy: null, claimedAt: null, updatedAt: sql`now()` })
    .where(and(eq(chores.id, choreId), eq(chores.status, 'claimed'), eq(chores.claimedBy, viewer.id)))
    .returning();
  if (!row) {
    const current = await choreForMember(db, viewer, choreId);
    if (current.status === 'claimed') throw forbidden('Only the person who took this chore can give it back');
    if (current.status === 'done') throw new AppError('chore_done', 'This chore is already done');
    throw new AppError('chore_not_claimed', 'Nobody has taken this chore');
  }
  const [view] = await views(db, [row]);
  afterCommitChore('chore:updated', view);
  return view;
}

/**
 * Marks a chore done (any member may: the one who did it taps it). A recurring chore gets its
 * next occurrence in the same transaction.
 */
export async function completeChore(db: Db, viewer: Viewer, choreId: string) {
  const result = await db.transaction(async (tx) => {
    const [done] = await tx
      .update(chores)
      .set({ status: 'done', completedBy: viewer.id, completedAt: sql`now()`, updatedAt: sql`now()` })
      .where(
        and(
          eq(chores.id, choreId),
          inArray(chores.status, ['open', 'claimed']),
          inArray(chores.circleId, tx.select({ id: circleMembers.circleId }).from(circleMembers).where(eq(circleMembers.userId, viewer.id))),
        ),
      )
      .returning();
    if (!done) return null;
    let next: Chore | null = null;
    if (done.recurrence) {
      const { circle } = await circleOf(tx, done.circleId);
      const due = nextOccurrence(done.recurrence, new Date(), circle.timeZone, done.dueAt);
      [next] = await tx
        .insert(chores)
        .values({
          circleId: done.circleId,
          title: done.title,
          category: done.category,
          notes: done.notes,
          dueAt: due,
          recurrence: done.recurrence,
          effort: done.effort,
          visitMinutes: done.visitMinutes,
          restMinutes: done.restMinutes,
          templateKey: done.templateKey,
          createdBy: done.createdBy,
          previousId: done.id,
        })
        .returning();
    }
    const notes = await notifyCircle(tx, done, 'chore_done', viewer);
    return { done, next, notes };
  });
  if (!result) {
    await choreForMember(db, viewer, choreId);
    throw new AppError('chore_done', 'This chore is already done');
  }
  const [doneView, nextView] = await views(db, [result.done, ...(result.next ? [result.next] : [])]);
  afterCommitChore('chore:updated', doneView);
  if (nextView) afterCommitChore('chore:created', nextView);
  publishNotifications(result.notes);
  return { chore: doneView, next: nextView ?? null };
}

/** The creator or the circle's owner removes a chore that is not done. */
export async function deleteChore(db: Db, viewer: Viewer, choreId: string) {
  const chore = await choreForMember(db, viewer, choreId);
  const { circle } = await circleOf(db, chore.circleId);
  if (chore.createdBy !== viewer.id && circle.ownerId !== viewer.id) throw forbidden('Only who added it, or the mother, can remove it');
  // Done is done: it stays in the week's thanks.
  if (chore.status === 'done') throw new AppError('chore_done', 'This chore is already done');
  await db.delete(chores).where(eq(chores.id, choreId));
  emit(rooms.circle(chore.circleId), 'chore:deleted', { id: chore.id, circleId: chore.circleId });
}

/**
 * Claims that ran past their due time (plus a short grace) unfinished go back to the circle,
 * and everyone is told, so she never has to chase anyone. Rows are locked and skipped when
 * another instance is sweeping them.
 */
export async function releaseLapsedClaims(db: Db, circleId?: string): Promise<number> {
  const cutoff = new Date(Date.now() - LAPSE_GRACE_MS);
  const lapsedWhere = and(eq(chores.status, 'claimed'), lt(chores.dueAt, cutoff), circleId ? eq(chores.circleId, circleId) : undefined);
  // Every board read comes through here: one indexed look first, the locking transaction
  // (three round trips) only when a claim has actually lapsed.
  const [any] = await db.select({ id: chores.id }).from(chores).where(lapsedWhere).limit(1);
  if (!any) return 0;
  const result = await db.transaction(async (tx) => {
    const lapsed = await tx
      .select({ id: chores.id, claimedBy: chores.claimedBy })
      .from(chores)
      .where(lapsedWhere)
      .for('update', { skipLocked: true });
    if (lapsed.length === 0) return null;
    const released = await tx
      .update(chores)
      .set({ status: 'open', claimedBy: null, claimedAt: null, lapsedAt: sql`now()`, updatedAt: sql`now()` })
      .where(and(inArray(chores.id, lapsed.map((l) => l.id)), eq(chores.status, 'claimed')))
      .returning();
    const previous = new Map(lapsed.map((l) => [l.id, l.claimedBy]));
    const names = await namesOf(tx, [...previous.values()]);
    const notes = [];
    for (const chore of released) {
      const holderId = previous.get(chore.id) ?? null;
      notes.push(...(await notifyCircle(tx, chore, 'chore_lapsed', null, { previousHolder: holderId ? (names.get(holderId) ?? null) : null })));
    }
    return { released, notes };
  });
  if (!result) return 0;
  for (const view of await views(db, result.released)) afterCommitChore('chore:updated', view);
  publishNotifications(result.notes);
  return result.released.length;
}

/**
 * The last seven days: who carried what (effort) and the rest it bought her. The mother is never
 * scored and members are listed by name, not ranked.
 */
export async function weeklySummary(db: Db, viewer: Viewer, circleId: string) {
  await requireCirclePermission(db, viewer, circleId, 'circle.view');
  const { circle } = await circleOf(db, circleId);
  const to = new Date();
  const from = new Date(to.getTime() - 7 * 24 * 3_600_000);
  const rows = await db
    .select({
      userId: chores.completedBy,
      category: chores.category,
      effort: sql<number>`sum(${chores.effort})::int`,
      count: sql<number>`count(*)::int`,
      restMinutes: sql<number>`sum(${chores.restMinutes})::int`,
    })
    .from(chores)
    .where(and(eq(chores.circleId, circleId), eq(chores.status, 'done'), gte(chores.completedAt, from), ne(chores.completedBy, circle.ownerId)))
    .groupBy(chores.completedBy, chores.category);
  const members = await db
    .select({ userId: circleMembers.userId, relationship: circleMembers.relationship, name: users.name, joinedAt: circleMembers.joinedAt })
    .from(circleMembers)
    .innerJoin(users, eq(users.id, circleMembers.userId))
    .where(and(eq(circleMembers.circleId, circleId), ne(circleMembers.userId, circle.ownerId)))
    .orderBy(asc(circleMembers.joinedAt));
  const people = members.map((m) => {
    const mine = rows.filter((r) => r.userId === m.userId);
    return {
      userId: m.userId,
      name: m.name,
      relationship: m.relationship,
      effort: mine.reduce((s, r) => s + r.effort, 0),
      chores: mine.reduce((s, r) => s + r.count, 0),
      restMinutes: mine.reduce((s, r) => s + r.restMinutes, 0),
      nightShiftMinutes: mine.filter((r) => r.category === 'night_shift').reduce((s, r) => s + r.restMinutes, 0),
    };
  });
  return {
    from: from.toISOString(),
    to: to.toISOString(),
    members: people,
    restMinutes: people.reduce((s, p) => s + p.restMinutes, 0),
    sleepMinutes: people.reduce((s, p) => s + p.nightShiftMinutes, 0),
  };
}
