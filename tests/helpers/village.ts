/** Calls for the chores, encouragement, support and notification routes, and a family to use them. */
import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { chores, circleMembers, users } from '@/db/schema';
import { GET as listChoresRoute, POST as createChoreRoute } from '@/app/api/v1/circles/[id]/chores/route';
import { POST as fromTemplateRoute } from '@/app/api/v1/circles/[id]/chores/from-template/route';
import { GET as weekRoute } from '@/app/api/v1/circles/[id]/week/route';
import { GET as templatesRoute } from '@/app/api/v1/chore-templates/route';
import { DELETE as deleteChoreRoute, GET as getChoreRoute } from '@/app/api/v1/chores/[id]/route';
import { POST as claimRoute } from '@/app/api/v1/chores/[id]/claim/route';
import { POST as unclaimRoute } from '@/app/api/v1/chores/[id]/unclaim/route';
import { POST as completeRoute } from '@/app/api/v1/chores/[id]/complete/route';
import { GET as listEncouragementsRoute, POST as sendEncouragementRoute } from '@/app/api/v1/circles/[id]/encouragements/route';
import { POST as reactRoute } from '@/app/api/v1/encouragements/[id]/reactions/route';
import { GET as listSupportRoute, POST as requestSupportRoute } from '@/app/api/v1/circles/[id]/support-requests/route';
import { POST as answerRoute } from '@/app/api/v1/support-requests/[id]/answer/route';
import { POST as cancelRoute } from '@/app/api/v1/support-requests/[id]/cancel/route';
import { DELETE as endRestRoute, PUT as startRestRoute } from '@/app/api/v1/circles/[id]/rest/route';
import { GET as notificationsRoute } from '@/app/api/v1/notifications/route';
import { POST as markReadRoute } from '@/app/api/v1/notifications/read/route';
import { call, cookieFor, makeUser, type CallResult, type TestUser } from './api';
import { accept, createCircle, invite } from './circles';

export { LAPSE_GRACE_MS } from '@/lib/chores/service';

type Who = Pick<TestUser, 'cookie'> | undefined;
const opts = (who: Who, extra: { body?: unknown; params?: Record<string, string>; headers?: Record<string, string> } = {}) => ({
  cookie: who?.cookie,
  ...extra,
});
const qs = (query?: Record<string, string>) => (query && Object.keys(query).length ? `?${new URLSearchParams(query)}` : '');

export const api = {
  listChores: (who: Who, circleId: string, query?: Record<string, string>) =>
    call(listChoresRoute, 'GET', `/api/v1/circles/${circleId}/chores${qs(query)}`, opts(who, { params: { id: circleId } })),
  createChore: (who: Who, circleId: string, body: unknown, headers?: Record<string, string>) =>
    call(createChoreRoute, 'POST', `/api/v1/circles/${circleId}/chores`, opts(who, { body, headers, params: { id: circleId } })),
  fromTemplate: (who: Who, circleId: string, body: unknown) =>
    call(fromTemplateRoute, 'POST', `/api/v1/circles/${circleId}/chores/from-template`, opts(who, { body, params: { id: circleId } })),
  week: (who: Who, circleId: string) => call(weekRoute, 'GET', `/api/v1/circles/${circleId}/week`, opts(who, { params: { id: circleId } })),
  templates: (who: Who) => call(templatesRoute, 'GET', '/api/v1/chore-templates', opts(who)),
  getChore: (who: Who, id: string) => call(getChoreRoute, 'GET', `/api/v1/chores/${id}`, opts(who, { params: { id } })),
  deleteChore: (who: Who, id: string) => call(deleteChoreRoute, 'DELETE', `/api/v1/chores/${id}`, opts(who, { params: { id } })),
  claim: (who: Who, id: string) => call(claimRoute, 'POST', `/api/v1/chores/${id}/claim`, opts(who, { params: { id } })),
  unclaim: (who: Who, id: string) => call(unclaimRoute, 'POST', `/api/v1/chores/${id}/unclaim`, opts(who, { params: { id } })),
  complete: (who: Who, id: string) => call(completeRoute, 'POST', `/api/v1/chores/${id}/complete`, opts(who, { params: { id } })),
  listEncouragements: (who: Who, circleId: string, query?: Record<string, string>) =>
    call(listEncouragementsRoute, 'GET', `/api/v1/circles/${circleId}/encouragements${qs(query)}`, opts(who, { params: { id: circleId } })),
  encourage: (who: Who, circleId: string, body: unknown, headers?: Record<string, string>) =>
    call(sendEncouragementRoute, 'POST', `/api/v1/circles/${circleId}/encouragements`, opts(who, { body, headers, params: { id: circleId } })),
  react: (who: Who, id: string, body: unknown) => call(reactRoute, 'POST', `/api/v1/encouragements/${id}/reactions`, opts(who, { body, params: { id } })),
  listSupport: (who: Who, circleId: string) =>
    call(listSupportRoute, 'GET', `/api/v1/circles/${circleId}/support-requests`, opts(who, { params: { id: circleId } })),
  askSupport: (who: Who, circleId: string, body: unknown, headers?: Record<string, string>) =>
    call(requestSupportRoute, 'POST', `/api/v1/circles/${circleId}/support-requests`, opts(who, { body, headers, params: { id: circleId } })),
  answer: (who: Who, id: string) => call(answerRoute, 'POST', `/api/v1/support-requests/${id}/answer`, opts(who, { params: { id } })),
  cancel: (who: Who, id: string) => call(cancelRoute, 'POST', `/api/v1/support-requests/${id}/cancel`, opts(who, { params: { id } })),
  startRest: (who: Who, circleId: string, body: unknown) =>
    call(startRestRoute, 'PUT', `/api/v1/circles/${circleId}/rest`, opts(who, { body, params: { id: circleId } })),
  endRest: (who: Who, circleId: string) => call(endRestRoute, 'DELETE', `/api/v1/circles/${circleId}/rest`, opts(who, { params: { id: circleId } })),
  notifications: (who: Who, query?: Record<string, string>) => call(notificationsRoute, 'GET', `/api/v1/notifications${qs(query)}`, opts(who)),
  markRead: (who: Who, body: unknown = {}) => call(markReadRoute, 'POST', '/api/v1/notifications/read', opts(who, { body })),
};

/** Fails with the response in the message, so a wrong status is easy to read. */
export function expectStatus(res: CallResult, status: number): CallResult {
  if (res.status !== status) throw new Error(`expected ${status}, got ${res.status}: ${JSON.stringify(res.body)}`);
  return res;
}

export interface Family {
  mother: TestUser;
  partner: TestUser;
  grandma: TestUser;
  circle: { id: string; name: string };
  /** Signed in, owns a circle of her own, not in this one. */
  stranger: TestUser;
  strangerCircle: { id: string; name: string };
}

/** Mai's circle with Tuan (partner) and Hoa (grandmother) joined by invitation, and a stranger. */
export async function family(): Promise<Family> {
  const mother = await makeUser({ name: 'Mai' });
  const partner = await makeUser({ name: 'Tuan', role: 'member' });
  const grandma = await makeUser({ name: 'Hoa', role: 'member' });
  const circle = await createCircle(mother);
  for (const [who, rel] of [
    [partner, 'partner'],
    [grandma, 'grandparent'],
  ] as const) {
    const res = await accept(who, (await invite(mother, circle.id, rel)).code);
    if (res.status !== 200) throw new Error(`accept: ${res.status} ${JSON.stringify(res.body)}`);
  }
  const stranger = await makeUser({ name: 'Stranger Strange' });
  const strangerCircle = await createCircle(stranger, 'Stranger circle');
  return { mother, partner, grandma, circle, stranger, strangerCircle };
}

/** Many members at once, straight into the database (for races: invitations would take too long). */
export async function addMembers(circleId: string, n: number, prefix = 'Helper'): Promise<TestUser[]> {
  const people = await Promise.all(Array.from({ length: n }, (_, i) => makeUser({ name: `${prefix} ${i + 1}`, role: 'member' })));
  const db = await getDb();
  await db.insert(circleMembers).values(people.map((p) => ({ circleId, userId: p.id, role: 'member' as const, relationship: 'friend' as const })));
  return people;
}

/** Sets the user's language and returns a fresh cookie (the viewer's locale is read from the database). */
export async function setLocale(user: TestUser, locale: 'vi' | 'en'): Promise<TestUser> {
  const db = await getDb();
  const [row] = await db.update(users).set({ locale }).where(eq(users.id, user.id)).returning();
  return { ...user, row, cookie: await cookieFor(row) };
}

/** Moves a chore's due time (and, optionally, when it was claimed) to make it lapse without waiting. */
export async function setDue(choreId: string, dueAt: Date) {
  const db = await getDb();
  await db.update(chores).set({ dueAt }).where(eq(chores.id, choreId));
}

/** An ISO time `hours` from now. */
export const fromNow = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();

/** The next instant at local wall time HH:MM in Vietnam (UTC+7), at least `minAheadMs` ahead. */
export function nextVietnamTime(hhmm: string, minAheadMs = 60_000): Date {
  const [h, m] = hhmm.split(':').map(Number);
  const now = Date.now();
  const shifted = new Date(now + 7 * 3_600_000);
  let t = Date.UTC(shifted.getUTCFullYear(), shifted.getUTCMonth(), shifted.getUTCDate(), h, m) - 7 * 3_600_000;
  while (t < now + minAheadMs) t += 24 * 3_600_000;
  return new Date(t);
}
