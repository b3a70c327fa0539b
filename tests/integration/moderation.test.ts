/**
 * Moderation: flags → hidden → queue → decision; watched words and their four actions; slow mode;
 * silencing; rejecting with a reason she sees; appointing moderators; the audit log.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { resetEnv } from '@/lib/env';
import { setupTestDatabase } from '../helpers/db';
import { community, mod, peers, type Community } from '../helpers/groups';
import { makeUser } from '../helpers/api';
import { api, expectStatus } from '../helpers/village';

setupTestDatabase({ beforeAll, afterAll, beforeEach });

beforeAll(() => {
  process.env.RATE_LIMITS = 'off';
  resetEnv();
});

let c: Community;
beforeEach(async () => {
  c = await community();
});

async function fourthMember() {
  const d = await makeUser({ name: 'Diệp' });
  expectStatus(await peers.join(d, c.groupId, { alias: `Lá ${Date.now()}` }), 200);
  const { ageAccount } = await import('../helpers/groups');
  await ageAccount(d.id);
  return d;
}

const itemFor = async (postId: string) =>
  (expectStatus(await mod.queue(c.moderator), 200).body.items as { id: string; reason: string; post: { id: string }; flags: unknown[] }[]).find(
    (i) => i.post.id === postId,
  );

describe(`moderation (${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('flags: the first puts the post in the queue; three from different members hide it; approve brings it back', async () => {
    const d = await fourthMember();
    const post = expectStatus(await peers.post(c.an, c.groupId, { body: 'Mấy bà trong xóm nói em lười.' }), 201).body.post;
    expect(expectStatus(await peers.flag(c.binh, post.id, { reason: 'unkind', note: 'nói xấu' }), 201).body).toEqual({ flagged: true, hidden: false });
    expect(await itemFor(post.id)).toMatchObject({ reason: 'flags', flags: [expect.objectContaining({ reason: 'unkind', note: 'nói xấu' })] });
    // The same member twice does not count twice; the author cannot flag herself.
    expect((await peers.flag(c.binh, post.id, { reason: 'spam' })).body.error.code).toBe('already_flagged');
    expect((await peers.flag(c.an, post.id, { reason: 'spam' })).status).toBe(403);
    expect(expectStatus(await peers.flag(c.chi, post.id, { reason: 'other' }), 201).body.hidden).toBe(false);
    expect((await peers.posts(d, c.groupId)).body.items).toHaveLength(1);
    expect(expectStatus(await peers.flag(d, post.id, { reason: 'unkind' }), 201).body.hidden).toBe(true);
    expect((await peers.posts(d, c.groupId)).body.items).toEqual([]);
    // One queue item for all three flags.
    const queue = expectStatus(await mod.queue(c.moderator), 200).body.items.filter((i: { post: { id: string } }) => i.post.id === post.id);
    expect(queue).toHaveLength(1);
    expect(queue[0].flags).toHaveLength(3);

    expectStatus(await mod.decide(c.moderator, queue[0].id, { action: 'approve' }), 200);
    expect((await peers.posts(d, c.groupId)).body.items.map((p: { id: string }) => p.id)).toEqual([post.id]);
    expect(await itemFor(post.id)).toBeUndefined();
  });

  it('reject: the post stays out and the author sees the reason; edit-and-approve publishes the edited text', async () => {
    const a = expectStatus(await peers.post(c.an, c.groupId, { body: 'Con nhà người ta 3 tháng đã 8kg rồi.', confirm: true }), 202).body.post;
    const b = expectStatus(await peers.post(c.binh, c.groupId, { body: 'Em trữ được 40 túi sữa trong tủ đông rồi.', confirm: true }), 202).body.post;
    const itemA = (await itemFor(a.id))!;
    const itemB = (await itemFor(b.id))!;
    // Reject without a reason is a 400: she deserves to know why.
    expect((await mod.decide(c.moderator, itemA.id, { action: 'reject' })).status).toBe(400);
    expectStatus(await mod.decide(c.moderator, itemA.id, { action: 'reject', reason: 'Mình tránh so sánh cân nặng của các bé nhé.' }), 200);
    const hers = (await peers.posts(c.an, c.groupId)).body.pending.find((p: { id: string }) => p.id === a.id);
    expect(hers).toMatchObject({ status: 'rejected', rejectReason: 'Mình tránh so sánh cân nặng của các bé nhé.' });
    const note = (await api.notifications(c.an)).body.items.find((n: { kind: string }) => n.kind === 'post_rejected');
    expect(note.data).toMatchObject({ postId: a.id, reason: 'Mình tránh so sánh cân nặng của các bé nhé.' });

    const decided = expectStatus(await mod.decide(c.moderator, itemB.id, { action: 'approve', body: 'Em đang tập trữ sữa để đi làm lại, có ai có mẹo không?' }), 200).body;
    expect(decided.post).toMatchObject({ status: 'published', body: 'Em đang tập trữ sữa để đi làm lại, có ai có mẹo không?', editedAt: expect.any(String) });
    const feed = (await peers.posts(c.chi, c.groupId)).body.items;
    expect(feed.map((p: { id: string; body: string }) => [p.id, p.body])).toEqual([[b.id, decided.post.body]]);
    expect((await api.notifications(c.binh)).body.items.some((n: { kind: string }) => n.kind === 'post_approved')).toBe(true);
  });

  it('watched words: block refuses, hold holds, flag publishes and queues, censor stars it out — per group and global', async () => {
    for (const [word, action, groupId] of [
      ['thuốc lợi sữa', 'block', undefined],
      ['sua cong thuc', 'hold', c.groupId],
      ['quảng cáo', 'flag', c.groupId],
      ['ngu', 'censor', undefined],
    ] as const) {
      expectStatus(await mod.addWord(c.moderator, { word, action, ...(groupId ? { groupId } : {}) }), 201);
    }
    expect((await mod.addWord(c.moderator, { word: 'NGU', action: 'block' })).status).toBe(409);

    const blocked = await peers.post(c.an, c.groupId, { body: 'Có ai bán thuốc lợi sữa không?' });
    expect(blocked.status).toBe(422);
    expect(blocked.body.error.code).toBe('word_blocked');

    const held = await peers.post(c.an, c.groupId, { body: 'Em cho bé uống thêm sữa công thức có sao không?' });
    expect(held.status).toBe(202);
    expect((await itemFor(held.body.post.id))!.reason).toBe('watched_word');

    const flagged = expectStatus(await peers.post(c.binh, c.groupId, { body: 'Xem quảng cáo này hay lắm.' }), 201).body.post;
    expect((await itemFor(flagged.id))!.reason).toBe('watched_word');

    const censored = expectStatus(await peers.post(c.chi, c.groupId, { body: 'Em thấy mình ngu quá.' }), 201).body.post;
    expect(censored.body).toBe('Em thấy mình *** quá.');

    // Per-group words stay in their group.
    expectStatus(await peers.join(c.chi, c.otherGroupId, {}), 200);
    expectStatus(await peers.post(c.chi, c.otherGroupId, { body: 'Em cho bé uống thêm sữa công thức.' }), 201);

    // The test-a-sentence box says what would happen.
    expect((await mod.test(c.moderator, { text: 'bán thuốc lợi sữa', groupId: c.groupId })).body.outcome).toBe('blocked');
    expect((await mod.test(c.moderator, { text: 'sữa công thức', groupId: c.groupId })).body.outcome).toBe('held');
    expect((await mod.test(c.moderator, { text: 'sữa công thức' })).body.outcome).toBe('published');
    expect((await mod.test(c.moderator, { text: 'Con nhà người ta bú 200ml một cữ' })).body.outcome).toBe('nudged');

    const words = expectStatus(await mod.words(c.moderator), 200).body.items;
    expect(words).toHaveLength(4);
    expectStatus(await mod.removeWord(c.moderator, words.find((w: { word: string }) => w.word === 'thuốc lợi sữa').id), 204);
    expectStatus(await peers.post(c.an, c.groupId, { body: 'Có ai bán thuốc lợi sữa không?' }), 201);
  });

  it('slow mode: one post per N minutes, 429 with Retry-After, in that group only', async () => {
    expectStatus(await mod.slowMode(c.moderator, c.groupId, { minutes: 10 }), 200);
    const first = expectStatus(await peers.post(c.an, c.groupId, { body: 'Một' }), 201).body.post;
    const second = await peers.post(c.an, c.groupId, { body: 'Hai' });
    expect(second.status).toBe(429);
    expect(second.body.error.code).toBe('slow_mode');
    expect(Number(second.headers.get('retry-after'))).toBeGreaterThan(500);
    // Replies count too; other members are not slowed by her.
    expect((await peers.reply(c.an, first.id, { body: 'Ba' })).status).toBe(429);
    expectStatus(await peers.post(c.binh, c.groupId, { body: 'Bốn' }), 201);
    expectStatus(await mod.slowMode(c.moderator, c.groupId, { minutes: 0 }), 200);
    expectStatus(await peers.post(c.an, c.groupId, { body: 'Hai' }), 201);
  });

  it('silencing a member for N days stops her posts and replies; lifting it lets her back', async () => {
    const post = expectStatus(await peers.post(c.an, c.groupId, { body: 'Xin chào' }), 201).body.post;
    const s = expectStatus(await mod.silence(c.moderator, post.author.id, { days: 3, reason: 'Lời lẽ nặng nề' }), 200).body;
    expect(new Date(s.silencedUntil).getTime()).toBeGreaterThan(Date.now() + 2.9 * 86_400_000);
    const refused = await peers.post(c.an, c.groupId, { body: 'Lại là em' });
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('silenced');
    expect((await peers.reply(c.an, post.id, { body: 'Lại là em' })).body.error.code).toBe('silenced');
    expect((await peers.profile(c.an)).body.profile.silencedUntil).toBe(s.silencedUntil);
    // She still reads.
    expectStatus(await peers.posts(c.an, c.groupId), 200);
    expectStatus(await mod.silence(c.moderator, post.author.id, { days: 0 }), 200);
    expectStatus(await peers.post(c.an, c.groupId, { body: 'Lại là em' }), 201);
  });

  it('an admin appoints a moderator, who then reaches the queue; every action is in the audit log only admins read', async () => {
    const helper = await makeUser({ name: 'Phương' });
    expect((await mod.queue(helper)).status).toBe(403);
    expectStatus(await mod.setModerator(c.admin, { email: helper.email, moderator: true }), 200);
    // The role is read from the database on every request: her session need not change.
    const asModerator = helper;
    expectStatus(await mod.queue(asModerator), 200);
    expect(expectStatus(await mod.moderators(c.admin), 200).body.items.map((m: { email: string }) => m.email)).toContain(helper.email);

    const post = expectStatus(await peers.post(c.an, c.groupId, { body: 'Con nhà người ta tủ đông đầy sữa.', confirm: true }), 202).body.post;
    expectStatus(await mod.decide(asModerator, (await itemFor(post.id))!.id, { action: 'reject', reason: 'So sánh' }), 200);
    expectStatus(await mod.silence(asModerator, post.author.id, { days: 1 }), 200);
    expectStatus(await mod.slowMode(asModerator, c.groupId, { minutes: 5 }), 200);
    expectStatus(await mod.addWord(asModerator, { word: 'spam*', action: 'hold' }), 201);

    const log = expectStatus(await mod.audit(c.admin), 200).body.items.map((e: { action: string }) => e.action);
    expect(log).toEqual(
      expect.arrayContaining([
        'admin.moderator.appoint',
        'moderation.reject',
        'moderation.silence',
        'moderation.slow_mode',
        'moderation.watched_word.add',
      ]),
    );
    expect((await mod.audit(c.moderator)).status).toBe(403);
    expect((await mod.audit(c.an)).status).toBe(403);

    expectStatus(await mod.setModerator(c.admin, { email: helper.email, moderator: false }), 200);
    expect((await mod.queue(helper)).status).toBe(403);
  });
});

describe('the audit log pages without skipping or repeating', () => {
  it('entries written in the same millisecond each appear once, in order', async () => {
    const { getDb } = await import('@/db/client');
    const { auditLog } = await import('@/db/schema');
    const { sql } = await import('drizzle-orm');
    const db = await getDb();
    // 30 entries a few microseconds apart: many share a millisecond.
    await db.execute(sql`
      insert into ${auditLog} (action, subject, created_at)
      select 'test.entry', g::text, timestamptz '2026-11-20 10:00:00' + make_interval(secs => g * 0.00017) from generate_series(1, 30) g`);
    const seen: string[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < 20; page++) {
      const { GET } = await import('@/app/api/v1/admin/audit-log/route');
      const { call } = await import('../helpers/api');
      const res = await call(GET, 'GET', `/api/v1/admin/audit-log?limit=7${cursor ? `&cursor=${cursor}` : ''}`, { cookie: c.admin.cookie });
      expect(res.status).toBe(200);
      const items = (res.body.items as { subject: string; action: string; cursor: string }[]).filter((e) => e.action === 'test.entry');
      seen.push(...items.map((e) => e.subject));
      if (res.body.items.length < 7) break;
      cursor = res.body.items[res.body.items.length - 1].cursor;
    }
    expect(seen).toEqual(Array.from({ length: 30 }, (_, i) => String(30 - i)));
  });
});
