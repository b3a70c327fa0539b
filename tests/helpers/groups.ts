/** Calls for the peer-group and moderation routes, and a small community to use them. */
import { eq, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { peerGroups, users } from '@/db/schema';
import { GET as listGroupsRoute } from '@/app/api/v1/groups/route';
import { GET as getGroupRoute } from '@/app/api/v1/groups/[id]/route';
import { POST as joinRoute } from '@/app/api/v1/groups/[id]/join/route';
import { POST as leaveRoute } from '@/app/api/v1/groups/[id]/leave/route';
import { GET as listPostsRoute, POST as createPostRoute } from '@/app/api/v1/groups/[id]/posts/route';
import { GET as getPostRoute } from '@/app/api/v1/posts/[id]/route';
import { POST as replyRoute } from '@/app/api/v1/posts/[id]/replies/route';
import { POST as flagRoute } from '@/app/api/v1/posts/[id]/flags/route';
import { DELETE as unhugRoute, POST as hugRoute } from '@/app/api/v1/posts/[id]/hug/route';
import { POST as previewRoute } from '@/app/api/v1/posts/preview/route';
import { GET as getProfileRoute, PUT as putProfileRoute } from '@/app/api/v1/me/peer-profile/route';
import { GET as queueRoute } from '@/app/api/v1/moderation/queue/route';
import { POST as decisionRoute } from '@/app/api/v1/moderation/items/[id]/decision/route';
import { GET as listWordsRoute, POST as addWordRoute } from '@/app/api/v1/moderation/watched-words/route';
import { DELETE as removeWordRoute } from '@/app/api/v1/moderation/watched-words/[id]/route';
import { POST as testRoute } from '@/app/api/v1/moderation/test/route';
import { PUT as slowModeRoute } from '@/app/api/v1/moderation/groups/[id]/slow-mode/route';
import { PUT as silenceRoute } from '@/app/api/v1/moderation/members/[id]/silence/route';
import { GET as listModeratorsRoute, POST as setModeratorRoute } from '@/app/api/v1/admin/moderators/route';
import { GET as auditRoute } from '@/app/api/v1/admin/audit-log/route';
import { call, makeUser, type TestUser } from './api';
import { expectStatus } from './village';

type Who = Pick<TestUser, 'cookie'> | undefined;
const o = (who: Who, extra: { body?: unknown; params?: Record<string, string>; headers?: Record<string, string> } = {}) => ({ cookie: who?.cookie, ...extra });
const qs = (query?: Record<string, string>) => (query && Object.keys(query).length ? `?${new URLSearchParams(query)}` : '');

export const peers = {
  groups: (who: Who) => call(listGroupsRoute, 'GET', '/api/v1/groups', o(who)),
  group: (who: Who, id: string) => call(getGroupRoute, 'GET', `/api/v1/groups/${id}`, o(who, { params: { id } })),
  join: (who: Who, id: string, body?: unknown) => call(joinRoute, 'POST', `/api/v1/groups/${id}/join`, o(who, { body, params: { id } })),
  leave: (who: Who, id: string) => call(leaveRoute, 'POST', `/api/v1/groups/${id}/leave`, o(who, { params: { id } })),
  posts: (who: Who, id: string, query?: Record<string, string>) => call(listPostsRoute, 'GET', `/api/v1/groups/${id}/posts${qs(query)}`, o(who, { params: { id } })),
  post: (who: Who, groupId: string, body: unknown, headers?: Record<string, string>) =>
    call(createPostRoute, 'POST', `/api/v1/groups/${groupId}/posts`, o(who, { body, headers, params: { id: groupId } })),
  get: (who: Who, id: string) => call(getPostRoute, 'GET', `/api/v1/posts/${id}`, o(who, { params: { id } })),
  reply: (who: Who, id: string, body: unknown) => call(replyRoute, 'POST', `/api/v1/posts/${id}/replies`, o(who, { body, params: { id } })),
  flag: (who: Who, id: string, body: unknown) => call(flagRoute, 'POST', `/api/v1/posts/${id}/flags`, o(who, { body, params: { id } })),
  hug: (who: Who, id: string) => call(hugRoute, 'POST', `/api/v1/posts/${id}/hug`, o(who, { params: { id } })),
  unhug: (who: Who, id: string) => call(unhugRoute, 'DELETE', `/api/v1/posts/${id}/hug`, o(who, { params: { id } })),
  preview: (who: Who, body: unknown) => call(previewRoute, 'POST', '/api/v1/posts/preview', o(who, { body })),
  profile: (who: Who) => call(getProfileRoute, 'GET', '/api/v1/me/peer-profile', o(who)),
  setProfile: (who: Who, body: unknown) => call(putProfileRoute, 'PUT', '/api/v1/me/peer-profile', o(who, { body })),
};

export const mod = {
  queue: (who: Who) => call(queueRoute, 'GET', '/api/v1/moderation/queue', o(who)),
  decide: (who: Who, id: string, body: unknown) => call(decisionRoute, 'POST', `/api/v1/moderation/items/${id}/decision`, o(who, { body, params: { id } })),
  words: (who: Who) => call(listWordsRoute, 'GET', '/api/v1/moderation/watched-words', o(who)),
  addWord: (who: Who, body: unknown) => call(addWordRoute, 'POST', '/api/v1/moderation/watched-words', o(who, { body })),
  removeWord: (who: Who, id: string) => call(removeWordRoute, 'DELETE', `/api/v1/moderation/watched-words/${id}`, o(who, { params: { id } })),
  test: (who: Who, body: unknown) => call(testRoute, 'POST', '/api/v1/moderation/test', o(who, { body })),
  slowMode: (who: Who, id: string, body: unknown) => call(slowModeRoute, 'PUT', `/api/v1/moderation/groups/${id}/slow-mode`, o(who, { body, params: { id } })),
  silence: (who: Who, memberId: string, body: unknown) =>
    call(silenceRoute, 'PUT', `/api/v1/moderation/members/${memberId}/silence`, o(who, { body, params: { id: memberId } })),
  moderators: (who: Who) => call(listModeratorsRoute, 'GET', '/api/v1/admin/moderators', o(who)),
  setModerator: (who: Who, body: unknown) => call(setModeratorRoute, 'POST', '/api/v1/admin/moderators', o(who, { body })),
  audit: (who: Who) => call(auditRoute, 'GET', '/api/v1/admin/audit-log', o(who)),
};

export async function groupBySlug(slug: string) {
  const db = await getDb();
  const [g] = await db.select().from(peerGroups).where(eq(peerGroups.slug, slug));
  return g;
}

/** An account made `days` ago (new accounts have their first post held). */
export async function ageAccount(userId: string, days = 3) {
  const db = await getDb();
  await db.update(users).set({ createdAt: sql`now() - make_interval(days => ${days})` }).where(eq(users.id, userId));
}

export interface Community {
  groupId: string;
  otherGroupId: string;
  /** Three mothers in the group, with aliases; accounts older than a day. */
  an: TestUser;
  binh: TestUser;
  chi: TestUser;
  /** Signed in, never joined. */
  outsider: TestUser;
  moderator: TestUser;
  admin: TestUser;
}

let n = 0;
export async function community(): Promise<Community> {
  const group = await groupBySlug('low-supply');
  const other = await groupBySlug('night-feeds');
  n += 1;
  const [an, binh, chi, outsider, moderator, admin] = await Promise.all([
    makeUser({ name: 'An' }),
    makeUser({ name: 'Bình' }),
    makeUser({ name: 'Chi' }),
    makeUser({ name: 'Dung' }),
    makeUser({ name: 'Mod', role: 'moderator' }),
    makeUser({ name: 'Admin', role: 'admin' }),
  ]);
  for (const u of [an, binh, chi, outsider, moderator, admin]) await ageAccount(u.id);
  expectStatus(await peers.join(an, group.id, { alias: `Mẹ Mèo ${n}` }), 200);
  expectStatus(await peers.join(binh, group.id, { alias: `Hoa Sen ${n}` }), 200);
  expectStatus(await peers.join(chi, group.id, { alias: `Trăng ${n}` }), 200);
  return { groupId: group.id, otherGroupId: other.id, an, binh, chi, outsider, moderator, admin };
}
