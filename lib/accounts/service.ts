import 'server-only';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import {
  checkins,
  checkinShares,
  chores,
  circleMembers,
  circles,
  encouragements,
  groupMembers,
  peerGroups,
  peerProfiles,
  posts,
  notifications,
  supportRequests,
  trustedContacts,
  users,
  type User,
} from '@/db/schema';
import { serializeCheckin } from '@/lib/checkins/service';
import { serializeChore } from '@/lib/chores/serialize';
import { AppError } from '@/lib/http/errors';
import { clearLimit, enforce, hit, refundHit } from '@/lib/rate-limit';
import { acceptInvitationTx, announceJoin } from '@/lib/circles/service';
import { invitationCodeSchema } from '@/lib/circles/input';
import { disconnectUser, emit, rooms } from '@/lib/realtime';
import type { RegisterInput, SignInInput } from './input';
import { namesOf } from './names';
import { dummyPasswordHash, hashPassword, verifyPassword } from './passwords';
import { toViewer, type Viewer } from './viewer';

export function serializeUser(u: User | Viewer) {
  return {
    id: u.id,
    email: u.email,
    name: u.name,
    role: u.role,
    locale: u.locale,
    ...('createdAt' in u ? { createdAt: u.createdAt.toISOString() } : {}),
  };
}

function isUniqueViolation(err: unknown): boolean {
  const e = err as { code?: string; cause?: { code?: string } };
  return e?.code === '23505' || e?.cause?.code === '23505';
}

/**
 * Creates an account. With an invitation code the person joins that circle in the same
 * transaction and gets the "member" role; everyone else starts as a mother.
 */
export async function registerUser(db: Db, input: RegisterInput, ctx: { ip: string }) {
  await enforce(db, 'RATE_LIMIT_SIGNUP_IP', ctx.ip, 'Too many accounts were created from this network. Please try again later.');
  let code: string | undefined;
  if (input.invitationCode) {
    const parsed = invitationCodeSchema.safeParse(input.invitationCode);
    if (!parsed.success) throw new AppError('validation', 'Invalid invitation code', { invitationCode: [parsed.error.issues[0].message] });
    code = parsed.data;
  }
  const passwordHash = await hashPassword(input.password);
  try {
    const { user, joined } = await db.transaction(async (tx) => {
      const [user] = await tx
        .insert(users)
        .values({ email: input.email, name: input.name, passwordHash, locale: input.locale ?? 'vi', role: code ? 'member' : 'mother' })
        .returning();
      const joined = code ? await acceptInvitationTx(tx, user.id, code) : null;
      return { user, joined };
    });
    if (joined) announceJoin(joined);
    return { user: serializeUser(user), circleId: joined?.circleId ?? null };
  } catch (err) {
    if (isUniqueViolation(err)) {
      throw new AppError('email_taken', 'An account with this e-mail already exists. Sign in instead.', {
        email: ['An account with this e-mail already exists'],
      });
    }
    throw err;
  }
}

/**
 * Checks an e-mail and password. Every attempt is counted per e-mail and per IP in the
 * database before the password is looked at (one atomic statement each), so guesses sent in
 * parallel cannot slip past the limit; over either limit, sign-in is refused. A successful
 * sign-in clears the e-mail's counter and gives its IP hit back.
 */
export async function verifyCredentials(db: Db, input: SignInInput, ctx: { ip: string }): Promise<Viewer> {
  for (const [name, key] of [
    ['RATE_LIMIT_SIGNIN_EMAIL', input.email],
    ['RATE_LIMIT_SIGNIN_IP', ctx.ip],
  ] as const) {
    const state = await hit(db, name, key);
    if (state.over) {
      throw new AppError(
        'rate_limited',
        `Too many sign-in attempts. Please wait ${Math.ceil(state.retryAfterSeconds / 60)} minutes and try again.`,
        undefined,
        state.retryAfterSeconds,
      );
    }
  }
  const [user] = await db.select().from(users).where(eq(sql`lower(${users.email})`, input.email));
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), input.password);
  if (!user || !ok) throw new AppError('invalid_credentials', 'That e-mail and password do not match an account');
  await clearLimit(db, 'RATE_LIMIT_SIGNIN_EMAIL', input.email);
  await refundHit(db, 'RATE_LIMIT_SIGNIN_IP', ctx.ip);
  return toViewer(user);
}

/** The user behind a session, or null when the account is gone or the session was revoked. */
/** Built once per database: every request and every socket handshake runs it. */
const userById = new WeakMap<Db, ReturnType<typeof prepareUserById>>();
function prepareUserById(db: Db) {
  return db.select().from(users).where(eq(users.id, sql.placeholder('id'))).prepare('village_user_by_id');
}

export async function loadViewer(db: Db, userId: string, sessionVersion: number): Promise<Viewer | null> {
  if (!/^[0-9a-f-]{36}$/i.test(userId)) return null;
  let query = userById.get(db);
  if (!query) userById.set(db, (query = prepareUserById(db)));
  const [user] = await query.execute({ id: userId });
  if (!user || user.sessionVersion !== sessionVersion) return null;
  return toViewer(user);
}

export async function getMe(db: Db, viewer: Viewer) {
  const [user] = await db.select().from(users).where(eq(users.id, viewer.id));
  if (!user) throw new AppError('unauthenticated', 'Sign in first');
  return serializeUser(user);
}

export async function updateProfile(db: Db, viewer: Viewer, input: { name?: string; locale?: User['locale'] }) {
  const [user] = await db
    .update(users)
    .set({ ...input, updatedAt: sql`now()` })
    .where(eq(users.id, viewer.id))
    .returning();
  return serializeUser(user);
}

/** Every session of the user stops working: JWTs carry the old version, sockets are closed. */
export async function signOutEverywhere(db: Db, viewer: Viewer) {
  await db
    .update(users)
    .set({ sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: sql`now()` })
    .where(eq(users.id, viewer.id));
  disconnectUser(viewer.id);
}

/**
 * Erases the account after the password is confirmed: profile, check-ins, memberships and
 * sessions go at once. Each circle she owns is handed to the member she picked (who becomes its
 * owner) or deleted. What she wrote for others (notes, chores) stays, signed "a former member".
 */
export async function deleteAccount(db: Db, viewer: Viewer, input: { password: string; circles?: { circleId: string; transferTo: string | null }[] }) {
  const [user] = await db.select().from(users).where(eq(users.id, viewer.id));
  if (!user) throw new AppError('unauthenticated', 'Sign in first');
  if (!(await verifyPassword(user.passwordHash, input.password))) {
    throw new AppError('validation', 'That password is not right', { password: ['That password is not right'] });
  }
  const transfers = new Map((input.circles ?? []).filter((c) => c.transferTo).map((c) => [c.circleId, c.transferTo!]));
  const handed = await db.transaction(async (tx) => {
    const owned = await tx.select({ id: circles.id }).from(circles).where(eq(circles.ownerId, viewer.id));
    const done: { circleId: string; ownerId: string }[] = [];
    for (const { id } of owned) {
      const to = transfers.get(id);
      if (!to) continue;
      const [heir] = await tx
        .update(circleMembers)
        .set({ role: 'owner' })
        .where(and(eq(circleMembers.circleId, id), eq(circleMembers.userId, to), eq(circleMembers.role, 'member')))
        .returning();
      if (!heir) throw new AppError('validation', 'Pick someone who is in that circle', { circles: ['Pick someone who is in that circle'] });
      await tx.update(circles).set({ ownerId: to }).where(eq(circles.id, id));
      done.push({ circleId: id, ownerId: to });
    }
    // Chores she had taken go back on the board (claimed by nobody, nobody else could take them).
    const gone = new Set(owned.map((o) => o.id).filter((id) => !transfers.has(id)));
    const reopened = await tx
      .update(chores)
      .set({ status: 'open', claimedBy: null, claimedAt: null, updatedAt: sql`now()` })
      .where(and(eq(chores.claimedBy, viewer.id), eq(chores.status, 'claimed')))
      .returning();
    const memberOf = await tx
      .select({ id: circleMembers.circleId })
      .from(circleMembers)
      .where(and(eq(circleMembers.userId, viewer.id), eq(circleMembers.role, 'member')));
    // Circles still owned by her go with her (cascade), and so do her memberships.
    await tx.delete(users).where(eq(users.id, viewer.id));
    return { left: [...done.map((d) => d.circleId), ...memberOf.map((m) => m.id)], reopened: reopened.filter((c) => !gone.has(c.circleId)) };
  });
  disconnectUser(viewer.id);
  for (const circleId of handed.left) emit(rooms.circle(circleId), 'circle:member_left', { circleId, userId: viewer.id, reason: 'left' });
  const mine = (id: string | null) => (id === viewer.id ? null : id);
  const reopened = handed.reopened.map((c) => ({ ...c, createdBy: mine(c.createdBy), completedBy: mine(c.completedBy) }));
  const names = await namesOf(db, reopened.flatMap((c) => [c.createdBy, c.completedBy]));
  for (const c of reopened) emit(rooms.circle(c.circleId), 'chore:updated', serializeChore(c, names));
}

/** Everything she owns, as JSON: her profile, check-ins, what she wrote and asked. Nobody else's. */
export async function exportMyData(db: Db, viewer: Viewer) {
  const [user] = await db.select().from(users).where(eq(users.id, viewer.id));
  if (!user) throw new AppError('unauthenticated', 'Sign in first');
  const [memberships, myCheckins, myShares, notes, requests, myChores, trusted, myNotifications] = await Promise.all([
    db
      .select({ circleId: circles.id, name: circles.name, role: circleMembers.role, relationship: circleMembers.relationship, joinedAt: circleMembers.joinedAt })
      .from(circleMembers)
      .innerJoin(circles, eq(circles.id, circleMembers.circleId))
      .where(eq(circleMembers.userId, viewer.id)),
    db.select().from(checkins).where(eq(checkins.userId, viewer.id)).orderBy(asc(checkins.date)),
    db.select().from(checkinShares).where(eq(checkinShares.userId, viewer.id)),
    db.select().from(encouragements).where(eq(encouragements.authorId, viewer.id)),
    db.select().from(supportRequests).where(eq(supportRequests.requestedBy, viewer.id)),
    db
      .select({ id: chores.id, circleId: chores.circleId, title: chores.title, category: chores.category, createdAt: chores.createdAt, status: chores.status })
      .from(chores)
      .where(eq(chores.createdBy, viewer.id)),
    db.select({ contactUserId: trustedContacts.contactUserId }).from(trustedContacts).where(eq(trustedContacts.userId, viewer.id)),
    db.select({ id: notifications.id, kind: notifications.kind, createdAt: notifications.createdAt, readAt: notifications.readAt }).from(notifications).where(eq(notifications.userId, viewer.id)),
  ]);
  const [peer] = await db.select().from(peerProfiles).where(eq(peerProfiles.userId, viewer.id));
  const [myGroups, myPosts] = await Promise.all([
    db
      .select({ groupId: groupMembers.groupId, slug: peerGroups.slug, joinedAt: groupMembers.joinedAt })
      .from(groupMembers)
      .innerJoin(peerGroups, eq(peerGroups.id, groupMembers.groupId))
      .where(eq(groupMembers.userId, viewer.id)),
    peer ? db.select().from(posts).where(eq(posts.authorProfileId, peer.id)).orderBy(asc(posts.createdAt)) : Promise.resolve([]),
  ]);
  return {
    exportedAt: new Date().toISOString(),
    peerGroups: {
      alias: peer?.alias ?? null,
      groups: myGroups.map((g) => ({ ...g, joinedAt: g.joinedAt.toISOString() })),
      posts: myPosts.map((p) => ({
        id: p.id,
        groupId: p.groupId,
        parentId: p.parentId,
        body: p.body,
        status: p.status,
        createdAt: p.createdAt.toISOString(),
      })),
    },
    profile: { ...serializeUser(user), restingUntil: user.restingUntil?.toISOString() ?? null },
    circles: memberships,
    checkins: myCheckins.map(serializeCheckin),
    checkinShares: myShares.map((s) => ({ circleId: s.circleId, date: s.date, sleepHours: s.sleepHours, createdAt: s.createdAt.toISOString() })),
    encouragementsWritten: notes.map((n) => ({ id: n.id, circleId: n.circleId, message: n.message, createdAt: n.createdAt.toISOString() })),
    supportRequests: requests.map((r) => ({ id: r.id, circleId: r.circleId, kind: r.kind, note: r.note, status: r.status, createdAt: r.createdAt.toISOString() })),
    choresAdded: myChores.map((c) => ({ ...c, createdAt: c.createdAt.toISOString() })),
    trustedContactChosen: trusted.length > 0,
    notifications: myNotifications.map((n) => ({ id: n.id, kind: n.kind, createdAt: n.createdAt.toISOString(), read: n.readAt !== null })),
  };
}
