import 'server-only';
import { and, asc, desc, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Db, Tx } from '@/db/client';
import { circleMembers, circles, invitations, users, type Notification } from '@/db/schema';
import { createNotifications, publishNotifications } from '@/lib/notifications/service';
import type { Viewer } from '@/lib/accounts/viewer';
import { AppError, forbidden, notFound } from '@/lib/http/errors';
import { enforce } from '@/lib/rate-limit';
import { emit, joinRoom, leaveRoom, rooms } from '@/lib/realtime';
import type { CreateCircleInput, CreateInvitationInput } from './input';
import { generateInvitationCode, INVITATION_TTL_MS, invitationState } from './invitation-code';
import { can, type CirclePermission } from './permissions';
import { serializeCircle, serializeInvitation, serializeMember, type CircleMemberView } from './serialize';

/**
 * The viewer's membership of a circle. A stranger gets 404 (ids leak nothing); a member who
 * lacks the permission gets 403.
 */
export async function requireCirclePermission(db: Db | Tx, viewer: Viewer, circleId: string, permission: CirclePermission) {
  const [membership] = await db
    .select()
    .from(circleMembers)
    .where(and(eq(circleMembers.circleId, circleId), eq(circleMembers.userId, viewer.id)));
  if (!membership) throw notFound('Circle not found');
  if (!can(membership.role, permission)) throw forbidden();
  return membership;
}

async function loadMembers(db: Db | Tx, circleId: string): Promise<CircleMemberView[]> {
  const rows = await db
    .select({ member: circleMembers, name: users.name })
    .from(circleMembers)
    .innerJoin(users, eq(users.id, circleMembers.userId))
    .where(eq(circleMembers.circleId, circleId))
    .orderBy(asc(circleMembers.joinedAt));
  return rows.map((r) => serializeMember({ ...r.member, name: r.name }));
}

export async function createCircle(db: Db, viewer: Viewer, input: CreateCircleInput) {
  const result = await db.transaction(async (tx) => {
    const [circle] = await tx.insert(circles).values({ name: input.name, ownerId: viewer.id }).returning();
    const [member] = await tx
      .insert(circleMembers)
      .values({ circleId: circle.id, userId: viewer.id, role: 'owner', relationship: 'mother' })
      .returning();
    return serializeCircle(circle, 'owner', [serializeMember({ ...member, name: viewer.name })]);
  });
  joinRoom(viewer.id, rooms.circle(result.id));
  return result;
}

export async function listCircles(db: Db, viewer: Viewer) {
  const rows = await db
    .select({
      id: circles.id,
      name: circles.name,
      ownerId: circles.ownerId,
      createdAt: circles.createdAt,
      myRole: circleMembers.role,
      memberCount: sql<number>`(select count(*)::int from ${circleMembers} m where m.circle_id = ${circles.id})`,
    })
    .from(circleMembers)
    .innerJoin(circles, eq(circles.id, circleMembers.circleId))
    .where(eq(circleMembers.userId, viewer.id))
    .orderBy(desc(circleMembers.role), asc(circles.createdAt));
  return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }));
}

export async function getCircle(db: Db, viewer: Viewer, circleId: string) {
  const membership = await requireCirclePermission(db, viewer, circleId, 'circle.view');
  const [circle] = await db.select().from(circles).where(eq(circles.id, circleId));
  if (!circle) throw notFound('Circle not found');
  return serializeCircle(circle, membership.role, await loadMembers(db, circleId));
}

export async function createInvitation(db: Db, viewer: Viewer, circleId: string, input: CreateInvitationInput, baseUrl: string) {
  await requireCirclePermission(db, viewer, circleId, 'circle.invite');
  await enforce(db, 'RATE_LIMIT_INVITES_USER', viewer.id, 'You have created many invitations in a short time. Please wait a little and try again.');
  // A collision among 31^8 codes is unlikely; the unique index turns one into a retry.
  for (let attempt = 0; attempt < 5; attempt++) {
    const rows = await db
      .insert(invitations)
      .values({
        circleId,
        code: generateInvitationCode(),
        relationship: input.relationship,
        createdBy: viewer.id,
        expiresAt: new Date(Date.now() + INVITATION_TTL_MS),
      })
      .onConflictDoNothing({ target: invitations.code })
      .returning();
    if (rows[0]) return serializeInvitation(rows[0], baseUrl);
  }
  throw new AppError('internal', 'Could not create an invitation code, please try again');
}

/** Open invitations of a circle, newest first: only those who may invite see them. */
export async function listInvitations(db: Db, viewer: Viewer, circleId: string, baseUrl: string) {
  await requireCirclePermission(db, viewer, circleId, 'circle.invite');
  const rows = await db
    .select()
    .from(invitations)
    .where(
      and(eq(invitations.circleId, circleId), isNull(invitations.acceptedAt), isNull(invitations.revokedAt), gt(invitations.expiresAt, sql`now()`)),
    )
    .orderBy(desc(invitations.createdAt));
  return rows.map((r) => serializeInvitation(r, baseUrl));
}

export async function revokeInvitation(db: Db, viewer: Viewer, circleId: string, invitationId: string) {
  await requireCirclePermission(db, viewer, circleId, 'circle.invite');
  const [row] = await db
    .update(invitations)
    .set({ revokedAt: sql`now()` })
    .where(and(eq(invitations.id, invitationId), eq(invitations.circleId, circleId), isNull(invitations.acceptedAt), isNull(invitations.revokedAt)))
    .returning();
  if (!row) throw notFound('Invitation not found');
}

/** What the join page shows to whoever holds the code: who invites, to which circle, as what. */
export async function previewInvitation(db: Db, code: string) {
  const [row] = await db
    .select({ invitation: invitations, circleName: circles.name, inviterName: users.name })
    .from(invitations)
    .innerJoin(circles, eq(circles.id, invitations.circleId))
    .innerJoin(users, eq(users.id, invitations.createdBy))
    .where(eq(invitations.code, code));
  if (!row) throw notFound('Invitation not found');
  return {
    circleName: row.circleName,
    inviterName: row.inviterName,
    relationship: row.invitation.relationship,
    expiresAt: row.invitation.expiresAt.toISOString(),
    status: invitationState(row.invitation),
  };
}

/**
 * Uses the invitation and adds the user to the circle, inside the caller's transaction.
 * The conditional update makes a code single-use even when two people tap it at once.
 */
export async function acceptInvitationTx(tx: Tx, userId: string, code: string) {
  const [invitation] = await tx.select().from(invitations).where(eq(invitations.code, code));
  if (!invitation || invitation.revokedAt) throw notFound('Invitation not found');
  const [existing] = await tx
    .select()
    .from(circleMembers)
    .where(and(eq(circleMembers.circleId, invitation.circleId), eq(circleMembers.userId, userId)));
  if (existing) throw new AppError('already_member', 'You are already in this circle');
  const state = invitationState(invitation);
  if (state === 'accepted') throw new AppError('invitation_used', 'This invitation has already been used. Ask for a new one.');
  if (state === 'expired') throw new AppError('invitation_expired', 'This invitation has expired. Ask for a new one.');

  const [used] = await tx
    .update(invitations)
    .set({ acceptedBy: userId, acceptedAt: sql`now()` })
    .where(and(eq(invitations.id, invitation.id), isNull(invitations.acceptedAt), isNull(invitations.revokedAt), gt(invitations.expiresAt, sql`now()`)))
    .returning();
  if (!used) throw new AppError('invitation_used', 'This invitation has already been used. Ask for a new one.');
  const [member] = await tx
    .insert(circleMembers)
    .values({ circleId: invitation.circleId, userId, role: 'member', relationship: invitation.relationship })
    .returning();
  const [user] = await tx.select({ name: users.name }).from(users).where(eq(users.id, userId));
  const others = await tx.select({ id: circleMembers.userId }).from(circleMembers).where(eq(circleMembers.circleId, invitation.circleId));
  const notes = await createNotifications(tx, {
    userIds: others.map((o) => o.id),
    circleId: invitation.circleId,
    kind: 'member_joined',
    actorId: userId,
    data: { actorName: user.name, relationship: invitation.relationship },
  });
  return { circleId: invitation.circleId, member: serializeMember({ ...member, name: user.name }), notes };
}

/** Live side of a join: everyone in the circle sees the newcomer, whose sockets join the room. */
export function announceJoin(joined: { circleId: string; member: CircleMemberView; notes: Notification[] }) {
  joinRoom(joined.member.userId, rooms.circle(joined.circleId));
  emit(rooms.circle(joined.circleId), 'circle:member_joined', { ...joined.member, circleId: joined.circleId });
  publishNotifications(joined.notes);
}

export async function acceptInvitation(db: Db, viewer: Viewer, code: string) {
  const joined = await db.transaction((tx) => acceptInvitationTx(tx, viewer.id, code));
  announceJoin(joined);
  return getCircle(db, viewer, joined.circleId);
}

function announceLeave(circleId: string, userId: string, reason: 'left' | 'removed') {
  const payload = { circleId, userId, reason };
  // The person who left hears it too (on their own room), so their open pages can move on.
  emit([rooms.circle(circleId), rooms.user(userId)], 'circle:member_left', payload);
  leaveRoom(userId, rooms.circle(circleId));
}

export async function removeMember(db: Db, viewer: Viewer, circleId: string, userId: string) {
  await requireCirclePermission(db, viewer, circleId, 'circle.remove_member');
  if (userId === viewer.id) throw new AppError('owner_cannot_leave', 'You own this circle; you cannot remove yourself');
  const [removed] = await db
    .delete(circleMembers)
    .where(and(eq(circleMembers.circleId, circleId), eq(circleMembers.userId, userId), eq(circleMembers.role, 'member')))
    .returning();
  if (!removed) throw notFound('Member not found');
  announceLeave(circleId, userId, 'removed');
}

export async function leaveCircle(db: Db, viewer: Viewer, circleId: string) {
  const membership = await requireCirclePermission(db, viewer, circleId, 'circle.view');
  if (!can(membership.role, 'circle.leave')) {
    throw new AppError('owner_cannot_leave', 'You own this circle, so you cannot leave it');
  }
  await db.delete(circleMembers).where(and(eq(circleMembers.circleId, circleId), eq(circleMembers.userId, viewer.id)));
  announceLeave(circleId, viewer.id, 'left');
}

