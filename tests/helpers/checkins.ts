/** Calls for check-ins, the trusted person, safety settings, export and account deletion. */
import { getDb } from '@/db/client';
import { circleMembers, type User } from '@/db/schema';
import { GET as listCheckinsRoute, POST as saveCheckinRoute } from '@/app/api/v1/checkins/route';
import { POST as shareRoute } from '@/app/api/v1/checkins/share/route';
import { GET as getTrustedRoute, PUT as putTrustedRoute } from '@/app/api/v1/me/trusted-contact/route';
import { POST as alertRoute } from '@/app/api/v1/me/trusted-contact/alert/route';
import { GET as exportRoute } from '@/app/api/v1/me/export/route';
import { DELETE as deleteMeRoute, GET as meRoute } from '@/app/api/v1/me/route';
import { GET as getAdminSafetyRoute, PUT as putAdminSafetyRoute } from '@/app/api/v1/admin/settings/safety/route';
import { GET as safetyRoute } from '@/app/api/v1/safety/route';
import { POST as signInRoute } from '@/app/api/v1/session/route';
import { GET as getCircleRoute } from '@/app/api/v1/circles/[id]/route';
import { addDays } from '@/lib/checkins/insight';
import { todayLocal } from '@/lib/checkins/service';
import { call, makeUser, type TestUser } from './api';

type Who = Pick<TestUser, 'cookie'> | undefined;
const o = (who: Who, extra: { body?: unknown; params?: Record<string, string> } = {}) => ({ cookie: who?.cookie, ...extra });

export const checkinApi = {
  save: (who: Who, body: unknown) => call(saveCheckinRoute, 'POST', '/api/v1/checkins', o(who, { body })),
  list: (who: Who, days?: number | string) => call(listCheckinsRoute, 'GET', `/api/v1/checkins${days === undefined ? '' : `?days=${days}`}`, o(who)),
  share: (who: Who, body: unknown) => call(shareRoute, 'POST', '/api/v1/checkins/share', o(who, { body })),
  getTrusted: (who: Who) => call(getTrustedRoute, 'GET', '/api/v1/me/trusted-contact', o(who)),
  setTrusted: (who: Who, contactUserId: string | null) => call(putTrustedRoute, 'PUT', '/api/v1/me/trusted-contact', o(who, { body: { contactUserId } })),
  alert: (who: Who) => call(alertRoute, 'POST', '/api/v1/me/trusted-contact/alert', o(who)),
  exportData: (who: Who) => call(exportRoute, 'GET', '/api/v1/me/export', o(who)),
  me: (who: Who) => call(meRoute, 'GET', '/api/v1/me', o(who)),
  deleteMe: (who: Who, body: unknown) => call(deleteMeRoute, 'DELETE', '/api/v1/me', o(who, { body })),
  signIn: (email: string, password: string) => call(signInRoute, 'POST', '/api/v1/session', { body: { email, password } }),
  circle: (who: Who, id: string) => call(getCircleRoute, 'GET', `/api/v1/circles/${id}`, o(who, { params: { id } })),
  adminSafety: (who: Who) => call(getAdminSafetyRoute, 'GET', '/api/v1/admin/settings/safety', o(who)),
  setAdminSafety: (who: Who, body: unknown) => call(putAdminSafetyRoute, 'PUT', '/api/v1/admin/settings/safety', o(who, { body })),
  safety: (who: Who) => call(safetyRoute, 'GET', '/api/v1/safety', o(who)),
};

/** Her local day, `n` days back (0 = today). */
export const daysAgo = (n: number) => addDays(todayLocal(), -n);

/** A check-in body that shows no sign and needs no nudge. */
export const goodDay = { mood: 4, sleepHours: 7, stress: 2, appetite: 4, waterGlasses: 9, meals: 6 };

/** Someone with a platform role (expert, moderator, admin…), put straight into a circle as a member. */
export async function roleInCircle(role: User['role'], circleId: string | null, name = `${role[0].toUpperCase()}${role.slice(1)}`): Promise<TestUser> {
  const user = await makeUser({ name, role });
  if (circleId) {
    const db = await getDb();
    await db.insert(circleMembers).values({ circleId, userId: user.id, role: 'member', relationship: 'friend' });
  }
  return user;
}

/** Every key anywhere inside a JSON value. */
export function keysDeep(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const v of value) keysDeep(v, into);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      into.add(k);
      keysDeep(v, into);
    }
  }
  return into;
}

/** Fields only her check-in has: none may reach anyone else. */
export const PRIVATE_CHECKIN_FIELDS = ['mood', 'stress', 'appetite', 'selfHarmThoughts', 'waterGlasses', 'meals'];
