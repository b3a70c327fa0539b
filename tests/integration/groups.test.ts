/**
 * Peer groups: aliases, joining, posts and replies, "just listen", hugs only the author counts,
 * paging, and the comparison nudge → confirm → held flow.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { posts } from '@/db/schema';
import { resetEnv } from '@/lib/env';
import { setupTestDatabase } from '../helpers/db';
import { ageAccount, community, groupBySlug, mod, peers, type Community } from '../helpers/groups';
import { makeUser } from '../helpers/api';
import { api, expectStatus, family } from '../helpers/village';
import { checkinApi as ck } from '../helpers/checkins';

const t = setupTestDatabase({ beforeAll, afterAll, beforeEach });
const db = () => t.current.database.db;

beforeAll(() => {
  process.env.RATE_LIMITS = 'off';
  resetEnv();
});

let c: Community;
beforeEach(async () => {
  c = await community();
});

const COMPARISON = 'Con nhà người ta tủ đông đầy sữa, còn em vắt cả ngày được có 60ml.';

describe(`peer groups (${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('lists the seeded topic groups in both languages, and which I joined', async () => {
    const res = expectStatus(await peers.groups(c.an), 200).body;
    const slugs = res.items.map((g: { slug: string }) => g.slug);
    expect(slugs).toEqual(expect.arrayContaining(['low-supply', 'night-feeds', 'pumping-work', 'feelings', 'food-recovery', 'partners-grandparents']));
    for (const g of res.items) {
      expect(g.name.vi.length).toBeGreaterThan(2);
      expect(g.name.en.length).toBeGreaterThan(2);
      expect(g.name.vi).not.toBe(g.name.en);
    }
    expect(res.items.find((g: { slug: string }) => g.slug === 'low-supply')).toMatchObject({ joined: true, memberCount: 3 });
    expect(res.items.find((g: { slug: string }) => g.slug === 'night-feeds')).toMatchObject({ joined: false });
    expect(res.profile).toMatchObject({ alias: expect.stringMatching(/^Mẹ Mèo/), silencedUntil: null });
  });

  it('the first join needs an alias; it may not be her name, her e-mail or a family member’s name', async () => {
    const f = await family();
    const g = await groupBySlug('feelings');
    const none = await peers.join(f.mother, g.id, {});
    expect(none.status).toBe(400);
    expect(none.body.error.fields.alias).toBeDefined();
    for (const alias of ['Mai', 'mai', 'Tuan', 'Hoa', f.mother.email.split('@')[0]]) {
      const res = await peers.join(f.mother, g.id, { alias });
      expect(res.status, alias).toBe(400);
      expect(res.body.error.fields.alias).toBeDefined();
    }
    // Someone else's alias is taken, whatever the case.
    const theirs = (await peers.profile(c.an)).body.profile.alias as string;
    const clash = await peers.join(f.mother, g.id, { alias: theirs.toUpperCase() });
    expect(clash.status).toBe(409);
    expect(clash.body.error.code).toBe('alias_taken');
    // Nothing half-done: she is not in the group after the refusals.
    expect((await peers.group(f.mother, g.id)).body.joined).toBe(false);
    expect((await peers.profile(f.mother)).body.profile).toBeNull();

    const ok = expectStatus(await peers.join(f.partner, g.id, { alias: 'Bố Gấu' }), 200).body;
    expect(ok).toMatchObject({ joined: true });
    // Changeable later; the next join needs no alias.
    expectStatus(await peers.setProfile(f.partner, { alias: 'Ba Gấu' }), 200);
    expect((await peers.profile(f.partner)).body.profile.alias).toBe('Ba Gấu');
    expectStatus(await peers.join(f.partner, (await groupBySlug('night-feeds')).id, {}), 200);
  });

  it('a post is published with her alias only — never a name, e-mail or user id — and members read it', async () => {
    const res = expectStatus(await peers.post(c.an, c.groupId, { body: 'Đêm qua con quấy cả đêm, em mệt quá.', wants: 'listen' }), 201).body;
    expect(res.status).toBe('published');
    expect(res.post).toMatchObject({ body: 'Đêm qua con quấy cả đêm, em mệt quá.', wants: 'listen', mine: true, hugCount: 0, replyCount: 0 });
    const feed = expectStatus(await peers.posts(c.binh, c.groupId), 200).body;
    expect(feed.items).toHaveLength(1);
    const seen = feed.items[0];
    expect(seen.author.alias).toMatch(/^Mẹ Mèo/);
    expect(seen.mine).toBe(false);
    expect(seen).not.toHaveProperty('hugCount');
    const text = JSON.stringify(feed);
    expect(text).not.toContain(c.an.id);
    expect(text).not.toContain(c.an.email);
    expect(text).not.toContain('"An"');
  });

  it('leaving is one call: she no longer reads the group; joining again needs no new alias', async () => {
    expectStatus(await peers.post(c.an, c.groupId, { body: 'Chào cả nhà.' }), 201);
    expect(expectStatus(await peers.leave(c.binh, c.groupId), 200).body.joined).toBe(false);
    expect((await peers.posts(c.binh, c.groupId)).status).toBe(403);
    expectStatus(await peers.join(c.binh, c.groupId, {}), 200);
    expect((await peers.posts(c.binh, c.groupId)).body.items).toHaveLength(1);
  });

  it('replies: advice replies are marked so a "just listen" post can fold them; the author is notified, not her family', async () => {
    const f = await family();
    // The mother of a family circle is also a group member.
    expectStatus(await peers.join(f.mother, c.groupId, { alias: 'Mẹ Gạo' }), 200);
    await ageAccount(f.mother.id);
    const post = expectStatus(await peers.post(f.mother, c.groupId, { body: 'Hôm nay em buồn, chỉ muốn kể thôi.', wants: 'listen' }), 201).body.post;
    expectStatus(await peers.reply(c.an, post.id, { body: 'Ôm em một cái thật chặt.' }), 201);
    expectStatus(await peers.reply(c.binh, post.id, { body: 'Em thử chườm ấm trước khi cho bú nhé.', advice: true }), 201);
    const thread = expectStatus(await peers.get(c.chi, post.id), 200).body;
    expect(thread.post.replyCount).toBe(2);
    expect(thread.replies.map((r: { advice: boolean }) => r.advice)).toEqual([false, true]);
    expect(thread.post.wants).toBe('listen');

    const mine = expectStatus(await api.notifications(f.mother), 200).body.items.filter((n: { kind: string }) => n.kind === 'post_replied');
    expect(mine).toHaveLength(2);
    expect(mine[0]).toMatchObject({ circleId: null, actorId: null, data: expect.objectContaining({ postId: post.id }) });
    // Nothing of it reaches her circle: the partner and grandmother hear nothing.
    for (const who of [f.partner, f.grandma]) {
      const theirs = expectStatus(await api.notifications(who), 200).body.items.filter((n: { kind: string }) => n.kind.startsWith('post'));
      expect(theirs).toEqual([]);
    }
  });

  it('hugs: only the author sees how many; others see only their own hug', async () => {
    const post = expectStatus(await peers.post(c.an, c.groupId, { body: 'Hôm nay em khóc cả buổi chiều.' }), 201).body.post;
    expect(expectStatus(await peers.hug(c.binh, post.id), 200).body).toMatchObject({ huggedByMe: true });
    expect(expectStatus(await peers.hug(c.binh, post.id), 200).body).not.toHaveProperty('hugCount');
    expectStatus(await peers.hug(c.chi, post.id), 200);
    expect(expectStatus(await peers.get(c.an, post.id), 200).body.post).toMatchObject({ hugCount: 2, mine: true });
    const binhView = expectStatus(await peers.get(c.binh, post.id), 200).body.post;
    expect(binhView).not.toHaveProperty('hugCount');
    expect(binhView.huggedByMe).toBe(true);
    expectStatus(await peers.unhug(c.binh, post.id), 200);
    expect((await peers.get(c.an, post.id)).body.post.hugCount).toBe(1);
  });

  it('the comparison guard: preview finds spans; posting answers 422 comparison_nudge; confirmed, it is held (202), not published', async () => {
    const preview = expectStatus(await peers.preview(c.an, { groupId: c.groupId, body: COMPARISON }), 200).body;
    expect(preview.comparison).toBe(true);
    expect(preview.findings.length).toBeGreaterThan(0);
    const spans = preview.findings.map((f: { start: number; end: number }) => COMPARISON.slice(f.start, f.end).toLowerCase());
    expect(spans.join(' ')).toMatch(/người ta|tủ đông|60ml/);
    expect(typeof preview.suggestion).toBe('string');

    const calm = expectStatus(await peers.preview(c.an, { groupId: c.groupId, body: 'Em uống 2 lít nước mỗi ngày mà vẫn lo.' }), 200).body;
    expect(calm).toEqual({ comparison: false, findings: [] });

    const nudge = await peers.post(c.an, c.groupId, { body: COMPARISON });
    expect(nudge.status).toBe(422);
    expect(nudge.body.error.code).toBe('comparison_nudge');
    expect(nudge.body.error.findings).toEqual(preview.findings);
    expect((await db().select().from(posts)).length).toBe(0);

    const held = await peers.post(c.an, c.groupId, { body: COMPARISON, confirm: true });
    expect(held.status).toBe(202);
    expect(held.body.status).toBe('held');
    // Not in anyone's feed; she sees it waiting in hers.
    expect((await peers.posts(c.binh, c.groupId)).body.items).toEqual([]);
    const hers = (await peers.posts(c.an, c.groupId)).body;
    expect(hers.items).toEqual([]);
    expect(hers.pending).toEqual([expect.objectContaining({ id: held.body.post.id, status: 'held' })]);
    // Other members cannot open it by id.
    expect((await peers.get(c.binh, held.body.post.id)).status).toBe(404);

    // The moderator finds it with the guard's findings and approves: now everyone reads it.
    const queue = expectStatus(await mod.queue(c.moderator), 200).body;
    const item = queue.items.find((i: { post: { id: string } }) => i.post.id === held.body.post.id);
    expect(item).toMatchObject({ reason: 'comparison', findings: preview.findings });
    expectStatus(await mod.decide(c.moderator, item.id, { action: 'approve' }), 200);
    expect((await peers.posts(c.binh, c.groupId)).body.items.map((p: { id: string }) => p.id)).toEqual([held.body.post.id]);
    // Decided once: a second decision is refused.
    expect((await mod.decide(c.moderator, item.id, { action: 'reject', reason: 'x' })).body.error.code).toBe('already_decided');
  });

  it('a new account (< 24 h) has its first post held; after approval the next goes straight out', async () => {
    const fresh = await makeUser({ name: 'Giang' });
    expectStatus(await peers.join(fresh, c.groupId, { alias: 'Mẹ Mới' }), 200);
    const first = expectStatus(await peers.post(fresh, c.groupId, { body: 'Chào các mẹ, em mới sinh được hai tuần.' }), 202).body;
    const item = (await mod.queue(c.moderator)).body.items.find((i: { post: { id: string } }) => i.post.id === first.post.id);
    expect(item.reason).toBe('new_account');
    expectStatus(await mod.decide(c.moderator, item.id, { action: 'approve' }), 200);
    expectStatus(await peers.post(fresh, c.groupId, { body: 'Cảm ơn các mẹ đã chào đón em.' }), 201);
  });

  it('pages by cursor: every post once, newest first, and a broken cursor is a 400', async () => {
    for (let i = 0; i < 7; i++) expectStatus(await peers.post(c.an, c.groupId, { body: `Tin số ${i}` }), 201);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: { body: string }[]; nextCursor: string | null } = expectStatus(await peers.posts(c.binh, c.groupId, { limit: '3', ...(cursor ? { cursor } : {}) }), 200).body;
      seen.push(...page.items.map((p: { body: string }) => p.body));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(['Tin số 6', 'Tin số 5', 'Tin số 4', 'Tin số 3', 'Tin số 2', 'Tin số 1', 'Tin số 0']);
    expect((await peers.posts(c.binh, c.groupId, { cursor: 'not-a-cursor' })).status).toBe(400);
  });

  it('posts published within the same millisecond are each paged once', async () => {
    const profile = (await peers.profile(c.an)).body.profile;
    await db().execute(sql`
      insert into posts (group_id, author_profile_id, body, status, published_at)
      select ${c.groupId}::uuid, ${profile.id}::uuid, 'Cùng mili-giây ' || g, 'published', timestamptz '2026-11-20 10:00:00' + make_interval(secs => g * 0.0002)
      from generate_series(1, 25) g`);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: { body: string }[]; nextCursor: string | null } = expectStatus(await peers.posts(c.binh, c.groupId, { limit: '4', ...(cursor ? { cursor } : {}) }), 200).body;
      seen.push(...page.items.map((p) => p.body));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(Array.from({ length: 25 }, (_, i) => `Cùng mili-giây ${25 - i}`));
  });

  it('bad input loses nothing and says what is wrong', async () => {
    for (const body of [{ body: '' }, { body: 'x'.repeat(4001) }, { body: 'ok', wants: 'rank-me' }]) {
      const res = await peers.post(c.an, c.groupId, body);
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('validation');
    }
    expect((await peers.flag(c.binh, '00000000-0000-4000-8000-000000000000', { reason: 'spam' })).status).toBe(404);
  });

  it('her export holds her alias and posts; deleting her account keeps her posts as "a former member"', async () => {
    const post = expectStatus(await peers.post(c.an, c.groupId, { body: 'Cảm ơn mọi người đã lắng nghe.' }), 201).body.post;
    const exported = expectStatus(await ck.exportData(c.an), 200).body;
    expect(exported.peerGroups.alias).toMatch(/^Mẹ Mèo/);
    expect(exported.peerGroups.posts.map((p: { id: string }) => p.id)).toEqual([post.id]);
    expectStatus(await ck.deleteMe(c.an, { password: c.an.password }), 204);
    const after = expectStatus(await peers.get(c.binh, post.id), 200).body.post;
    expect(after).toMatchObject({ id: post.id, body: 'Cảm ơn mọi người đã lắng nghe.', author: null });
  });

  it('an Idempotency-Key makes a retried post create one post', async () => {
    const key = { 'Idempotency-Key': 'post-once-1' };
    const a = expectStatus(await peers.post(c.an, c.groupId, { body: 'Gửi một lần thôi' }, key), 201).body;
    const b = expectStatus(await peers.post(c.an, c.groupId, { body: 'Gửi một lần thôi' }, key), 201).body;
    expect(b.post.id).toBe(a.post.id);
    expect(await db().select().from(posts).where(eq(posts.groupId, c.groupId))).toHaveLength(1);
  });
});
