/**
 * Every peer-group and moderation endpoint: anonymous → 401; a signed-in non-member → 403 (or
 * 404 for what she must not learn exists); a member who is not a moderator → 403 on moderation.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { resetEnv } from '@/lib/env';
import { setupTestDatabase } from '../helpers/db';
import { community, mod, peers, type Community } from '../helpers/groups';
import type { CallResult } from '../helpers/api';
import { expectStatus } from '../helpers/village';

setupTestDatabase({ beforeAll, afterAll, beforeEach });

beforeAll(() => {
  process.env.RATE_LIMITS = 'off';
  resetEnv();
});

let c: Community;
let postId: string;
let heldId: string;
let itemId: string;
let wordId: string;
let memberId: string;

beforeEach(async () => {
  c = await community();
  const post = expectStatus(await peers.post(c.an, c.groupId, { body: 'Chào cả nhà' }), 201).body.post;
  postId = post.id;
  memberId = post.author.id;
  heldId = expectStatus(await peers.post(c.binh, c.groupId, { body: 'Con nhà người ta tủ đông đầy sữa.', confirm: true }), 202).body.post.id;
  itemId = (await mod.queue(c.moderator)).body.items.find((i: { post: { id: string } }) => i.post.id === heldId).id;
  wordId = expectStatus(await mod.addWord(c.moderator, { word: 'spam', action: 'hold' }), 201).body.id;
});

type Who = { cookie: string } | undefined;
const memberCalls = (): [string, (who: Who) => Promise<CallResult>][] => [
  ['read posts', (w) => peers.posts(w, c.groupId)],
  ['post', (w) => peers.post(w, c.groupId, { body: 'xin chào' })],
  ['open a post', (w) => peers.get(w, postId)],
  ['reply', (w) => peers.reply(w, postId, { body: 'xin chào' })],
  ['flag', (w) => peers.flag(w, postId, { reason: 'spam' })],
  ['hug', (w) => peers.hug(w, postId)],
  ['unhug', (w) => peers.unhug(w, postId)],
  ['preview', (w) => peers.preview(w, { groupId: c.groupId, body: 'xin chào' })],
];

const moderatorCalls = (): [string, (who: Who) => Promise<CallResult>][] => [
  ['queue', (w) => mod.queue(w)],
  ['decide', (w) => mod.decide(w, itemId, { action: 'approve' })],
  ['list words', (w) => mod.words(w)],
  ['add word', (w) => mod.addWord(w, { word: 'khác', action: 'flag' })],
  ['remove word', (w) => mod.removeWord(w, wordId)],
  ['test sentence', (w) => mod.test(w, { text: 'xin chào' })],
  ['slow mode', (w) => mod.slowMode(w, c.groupId, { minutes: 5 })],
  ['silence', (w) => mod.silence(w, memberId, { days: 1 })],
];

const adminCalls = (): [string, (who: Who) => Promise<CallResult>][] => [
  ['moderators', (w) => mod.moderators(w)],
  ['appoint', (w) => mod.setModerator(w, { email: c.an.email, moderator: true })],
  ['audit log', (w) => mod.audit(w)],
];

describe(`peer groups and moderation: who may do what (${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('anonymous callers get 401 everywhere', async () => {
    const all = [
      ...memberCalls(),
      ...moderatorCalls(),
      ...adminCalls(),
      ['groups', (w: Who) => peers.groups(w)] as const,
      ['group', (w: Who) => peers.group(w, c.groupId)] as const,
      ['join', (w: Who) => peers.join(w, c.groupId, { alias: 'Ai Đó' })] as const,
      ['leave', (w: Who) => peers.leave(w, c.groupId)] as const,
      ['profile', (w: Who) => peers.profile(w)] as const,
      ['set profile', (w: Who) => peers.setProfile(w, { alias: 'Ai Đó' })] as const,
    ];
    for (const [name, run] of all) {
      const res = await run(undefined);
      expect(res.status, name).toBe(401);
      expect(res.body.error.code, name).toBe('unauthenticated');
    }
  });

  it('a signed-in mother who has not joined is refused (403), and learns nothing of the posts', async () => {
    expectStatus(await peers.join(c.outsider, c.otherGroupId, { alias: 'Người Lạ' }), 200);
    for (const [name, run] of memberCalls()) {
      const res = await run(c.outsider);
      expect(res.status, name).toBe(403);
      expect(JSON.stringify(res.body), name).not.toContain('Chào cả nhà');
    }
    // A member of another group is an outsider here too; the held post of someone else is 404 even to members.
    expect((await peers.get(c.chi, heldId)).status).toBe(404);
    expect((await peers.hug(c.chi, heldId)).status).toBe(404);
    expect((await peers.reply(c.chi, heldId, { body: 'hi' })).status).toBe(404);
  });

  it('members who are not moderators get 403 from every moderation endpoint, and nothing changes', async () => {
    for (const [name, run] of moderatorCalls()) {
      const res = await run(c.an);
      expect(res.status, name).toBe(403);
    }
    for (const [name, run] of adminCalls()) {
      expect((await run(c.an)).status, name).toBe(403);
      expect((await run(c.moderator)).status, name).toBe(403);
    }
    // The held post is still held, the word still watched.
    expect((await mod.queue(c.moderator)).body.items.map((i: { id: string }) => i.id)).toContain(itemId);
    expect((await mod.words(c.moderator)).body.items).toHaveLength(1);
  });

  it('unknown ids are 404, not 500', async () => {
    const nobody = '00000000-0000-4000-8000-000000000000';
    expect((await peers.group(c.an, nobody)).status).toBe(404);
    expect((await peers.join(c.an, nobody, {})).status).toBe(404);
    expect((await peers.posts(c.an, nobody)).status).toBe(404);
    expect((await peers.get(c.an, nobody)).status).toBe(404);
    expect((await mod.decide(c.moderator, nobody, { action: 'approve' })).status).toBe(404);
    expect((await mod.silence(c.moderator, nobody, { days: 1 })).status).toBe(404);
    expect((await mod.slowMode(c.moderator, nobody, { minutes: 1 })).status).toBe(404);
    expect((await peers.get(c.an, 'not-a-uuid')).status).toBe(404);
  });
});
