import 'server-only';
import { and, desc, eq, getTableColumns, gte, inArray, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { checkins, checkinShares, circleMembers, trustedContacts, users, type Checkin } from '@/db/schema';
import type { Viewer } from '@/lib/accounts/viewer';
import { requireCirclePermission } from '@/lib/circles/service';
import { localParts } from '@/lib/chores/time';
import { AppError, notFound } from '@/lib/http/errors';
import { createNotifications, publishNotifications } from '@/lib/notifications/service';
import { emit, rooms } from '@/lib/realtime';
import { getSafetySettings } from '@/lib/settings/service';
import type { CheckinInput } from './input';
import { addDays, computeInsight, suggestionFor } from './insight';

export const BACKFILL_DAYS = 14;
const TIME_ZONE = 'Asia/Ho_Chi_Minh';

export function todayLocal(now = new Date()): string {
  const p = localParts(now, TIME_ZONE);
  return `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}

/** A day she may check in for: today, or up to 14 days back; never the future. */
export function checkDate(date: string, today: string) {
  if (date > today) throw new AppError('validation', 'You cannot check in for a day that has not come yet', { date: ['That day has not come yet'] });
  if (date < addDays(today, -BACKFILL_DAYS)) {
    throw new AppError('validation', `You can fill in a missed day up to ${BACKFILL_DAYS} days back`, { date: [`At most ${BACKFILL_DAYS} days back`] });
  }
}

export function serializeCheckin(c: Checkin) {
  return {
    id: c.id,
    date: c.date,
    mood: c.mood,
    sleepHours: c.sleepHours,
    stress: c.stress,
    appetite: c.appetite,
    waterGlasses: c.waterGlasses,
    meals: c.meals,
    selfHarmThoughts: c.selfHarmThoughts,
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
  };
}

export type CheckinView = ReturnType<typeof serializeCheckin>;

async function trustedContactOf(db: Db, userId: string) {
  const [row] = await db
    .select({ id: users.id, name: users.name })
    .from(trustedContacts)
    .innerJoin(users, eq(users.id, trustedContacts.contactUserId))
    .where(eq(trustedContacts.userId, userId));
  return row ?? null;
}

/** What she sees at once after saying yes to the self-harm question. */
export async function crisisInfo(db: Db, viewer: Viewer) {
  const safety = await getSafetySettings(db);
  return { ...safety, trustedContact: (await getTrustedContact(db, viewer)).contact };
}

/**
 * One check-in per day: the same day again updates it. Only she can ever read it.
 */
export async function saveCheckin(db: Db, viewer: Viewer, input: CheckinInput) {
  const today = todayLocal();
  const date = input.date ?? today;
  checkDate(date, today);
  const values = {
    mood: input.mood,
    sleepHours: input.sleepHours,
    stress: input.stress,
    appetite: input.appetite,
    waterGlasses: input.waterGlasses ?? null,
    meals: input.meals ?? null,
    selfHarmThoughts: input.selfHarmThoughts ?? null,
  };
  const [row] = await db
    .insert(checkins)
    .values({ userId: viewer.id, date, ...values })
    .onConflictDoUpdate({ target: [checkins.userId, checkins.date], set: { ...values, updatedAt: sql`now()` } })
    // xmax = 0 on a freshly inserted row: tells a first check-in of the day from an update.
    .returning({ ...getTableColumns(checkins), created: sql<boolean>`(xmax = 0)` });
  const { created, ...checkin } = row;
  return {
    checkin: serializeCheckin(checkin),
    created: Boolean(created),
    ...(input.selfHarmThoughts ? { crisis: await crisisInfo(db, viewer) } : {}),
  };
}

export async function listCheckins(db: Db, viewer: Viewer, query: { days: number }) {
  const today = todayLocal();
  const from = addDays(today, -(Math.max(query.days, 14) - 1));
  const rows = await db
    .select()
    .from(checkins)
    .where(and(eq(checkins.userId, viewer.id), gte(checkins.date, from)))
    .orderBy(desc(checkins.date));
  const insight = computeInsight(rows, today);
  const items = rows.filter((r) => r.date >= addDays(today, -(query.days - 1))).map(serializeCheckin);
  return {
    items,
    insight: {
      ...insight,
      ...(insight.seeDoctor ? { help: await getSafetySettings(db) } : {}),
    },
    today,
  };
}

/**
 * She shows her circle a short summary — how long she slept and what would help — never her
 * mood, stress or answers. Members get a ready-made chore to add in one tap.
 */
export async function shareCheckin(db: Db, viewer: Viewer, input: { circleId: string; date?: string }) {
  await requireCirclePermission(db, viewer, input.circleId, 'circle.view');
  const date = input.date ?? todayLocal();
  const [checkin] = await db.select().from(checkins).where(and(eq(checkins.userId, viewer.id), eq(checkins.date, date)));
  if (!checkin) throw notFound('No check-in for that day');
  const suggestion = suggestionFor(checkin);
  const { share, notes } = await db.transaction(async (tx) => {
    const [share] = await tx
      .insert(checkinShares)
      .values({ userId: viewer.id, circleId: input.circleId, date, sleepHours: checkin.sleepHours, suggestionTemplateKey: suggestion })
      .returning();
    const members = await tx.select({ id: circleMembers.userId }).from(circleMembers).where(eq(circleMembers.circleId, input.circleId));
    const notes = await createNotifications(tx, {
      userIds: members.map((m) => m.id),
      circleId: input.circleId,
      kind: 'checkin_shared',
      actorId: viewer.id,
      data: { actorName: viewer.name, sleepHours: checkin.sleepHours, suggestion },
    });
    return { share, notes };
  });
  const view = {
    id: share.id,
    circleId: share.circleId,
    user: { id: viewer.id, name: viewer.name },
    date: share.date,
    sleepHours: share.sleepHours,
    suggestionTemplateKey: share.suggestionTemplateKey,
    createdAt: share.createdAt.toISOString(),
  };
  emit(rooms.circle(input.circleId), 'checkin:shared', view);
  publishNotifications(notes);
  return view;
}

/** People she may choose as her trusted person: members of her circles. */
export async function trustedCandidates(db: Db, viewer: Viewer) {
  const mine = db.select({ id: circleMembers.circleId }).from(circleMembers).where(eq(circleMembers.userId, viewer.id));
  const rows = await db
    .selectDistinct({ id: users.id, name: users.name })
    .from(circleMembers)
    .innerJoin(users, eq(users.id, circleMembers.userId))
    .where(and(inArray(circleMembers.circleId, mine), sql`${circleMembers.userId} <> ${viewer.id}`));
  return rows;
}

export async function getTrustedContact(db: Db, viewer: Viewer) {
  const [contact, candidates] = await Promise.all([trustedContactOf(db, viewer.id), trustedCandidates(db, viewer)]);
  return { contact: contact && candidates.some((c) => c.id === contact.id) ? contact : null, candidates };
}

export async function setTrustedContact(db: Db, viewer: Viewer, contactUserId: string | null) {
  if (contactUserId === null) {
    await db.delete(trustedContacts).where(eq(trustedContacts.userId, viewer.id));
    return { contact: null };
  }
  const candidates = await trustedCandidates(db, viewer);
  if (!candidates.some((c) => c.id === contactUserId)) throw notFound('Choose someone from your circles');
  await db
    .insert(trustedContacts)
    .values({ userId: viewer.id, contactUserId })
    .onConflictDoUpdate({ target: trustedContacts.userId, set: { contactUserId, updatedAt: sql`now()` } });
  return { contact: await trustedContactOf(db, viewer.id) };
}

/**
 * Only when she asks: her trusted person is told to check on her now. Nothing of her check-in
 * goes with it.
 */
export async function alertTrustedContact(db: Db, viewer: Viewer) {
  const contact = await trustedContactOf(db, viewer.id);
  if (!contact) throw notFound('You have not chosen a trusted person yet');
  // Only someone who still shares a circle with her.
  if (!(await trustedCandidates(db, viewer)).some((c) => c.id === contact.id)) throw notFound('Your trusted person is no longer in your circles; choose again');
  const notes = await createNotifications(db, {
    userIds: [contact.id],
    circleId: null,
    kind: 'trusted_alert',
    actorId: viewer.id,
    data: { actorName: viewer.name },
  });
  publishNotifications(notes);
  return { alerted: contact };
}
