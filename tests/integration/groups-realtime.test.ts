/**
 * Peer groups live: members hear post:created and post:replied; the author's own sockets get
 * her version; non-members and her family circle hear nothing; a held post is silent until a
 * moderator approves it, then it arrives live; joining and leaving move her sockets.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { setupTestDatabase } from '../helpers/db';
import { community, mod, peers, type Community } from '../helpers/groups';
import { recordAll, settle, setupRealtimeServer, waitFor } from '../helpers/sockets';
import { expectStatus, family } from '../helpers/village';

setupTestDatabase({ beforeAll, afterAll, beforeEach });
const server = setupRealtimeServer({ beforeAll, afterAll, afterEach });

let c: Community;
beforeEach(async () => {
  c = await community();
});

interface Heard {
  id: string;
  body: string;
  mine: boolean;
  hugCount?: number;
  author: { alias: string } | null;
}

describe(`peer groups live (${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('a post reaches every member live with her alias; the author gets hers; outsiders and her family hear nothing', async () => {
    const f = await family();
    expectStatus(await peers.join(f.mother, c.groupId, { alias: 'Mẹ Na' }), 200);
    const { ageAccount } = await import('../helpers/groups');
    await ageAccount(f.mother.id);
    const [mother, binh, chi, outsider, partner] = await Promise.all([
      server.connect(f.mother.cookie),
      server.connect(c.binh.cookie),
      server.connect(c.chi.cookie),
      server.connect(c.outsider.cookie),
      server.connect(f.partner.cookie),
    ]);
    const outsiderHeard = recordAll(outsider);
    const partnerHeard = recordAll(partner);
    const heard = [waitFor<Heard>(binh, 'post:created'), waitFor<Heard>(chi, 'post:created'), waitFor<Heard>(mother, 'post:created')];
    const res = expectStatus(await peers.post(f.mother, c.groupId, { body: 'Đêm nay ai thức cùng em không?' }), 201).body;
    const [b, ch, own] = await Promise.all(heard);
    for (const p of [b, ch]) {
      expect(p).toMatchObject({ id: res.post.id, body: 'Đêm nay ai thức cùng em không?', mine: false, author: { alias: 'Mẹ Na' } });
      expect(p).not.toHaveProperty('hugCount');
      expect(JSON.stringify(p)).not.toContain(f.mother.id);
    }
    expect(own).toMatchObject({ id: res.post.id, mine: true, hugCount: 0 });

    const replied = waitFor<Heard & { parentId: string }>(mother, 'post:replied');
    const notified = waitFor(mother, 'notification:created', (n: { kind: string }) => n.kind === 'post_replied');
    const reply = expectStatus(await peers.reply(c.binh, res.post.id, { body: 'Em đây, cố lên nhé.' }), 201).body.post;
    expect(await replied).toMatchObject({ id: reply.id, parentId: res.post.id, mine: false });
    // The notification reaches her own room, and nobody in her circle.
    expect(await notified).toMatchObject({ kind: 'post_replied', circleId: null, actorId: null });
    await settle();
    expect(outsiderHeard.filter((h) => h.event.startsWith('post:'))).toEqual([]);
    expect(partnerHeard).toEqual([]);
  });

  it('a held post is silent; approval publishes it live', async () => {
    const binh = await server.connect(c.binh.cookie);
    const binhHeard = recordAll(binh);
    const held = expectStatus(await peers.post(c.an, c.groupId, { body: 'Con nhà người ta tủ đông đầy sữa.', confirm: true }), 202).body.post;
    await settle();
    expect(binhHeard.filter((h) => h.event === 'post:created')).toEqual([]);
    const item = (await mod.queue(c.moderator)).body.items.find((i: { post: { id: string } }) => i.post.id === held.id);
    const arrives = waitFor<Heard>(binh, 'post:created');
    expectStatus(await mod.decide(c.moderator, item.id, { action: 'approve' }), 200);
    expect(await arrives).toMatchObject({ id: held.id, mine: false });
  });

  it('joining starts the live feed on an open socket; leaving stops it', async () => {
    const socket = await server.connect(c.outsider.cookie);
    const heard = recordAll(socket);
    expectStatus(await peers.join(c.outsider, c.groupId, { alias: 'Mới Vào' }), 200);
    const first = waitFor<Heard>(socket, 'post:created');
    expectStatus(await peers.post(c.an, c.groupId, { body: 'Một' }), 201);
    expect((await first).body).toBe('Một');
    expectStatus(await peers.leave(c.outsider, c.groupId), 200);
    expectStatus(await peers.post(c.binh, c.groupId, { body: 'Hai' }), 201);
    await settle();
    expect(heard.filter((h) => h.event === 'post:created').map((h) => (h.payload as Heard).body)).toEqual(['Một']);
  });
});

describe('the review queue, live', () => {
  it('moderators hear a held post and a decision; members do not', async () => {
    const [moderator, member] = await Promise.all([server.connect(c.moderator.cookie), server.connect(c.binh.cookie)]);
    const memberHeard = recordAll(member);
    const queued = waitFor<{ postId: string; reason: string }>(moderator, 'moderation:queued');
    const held = expectStatus(await peers.post(c.an, c.groupId, { body: 'Con nhà người ta tủ đông đầy sữa.', confirm: true }), 202).body.post;
    expect(await queued).toMatchObject({ postId: held.id, reason: 'comparison' });
    const item = (await mod.queue(c.moderator)).body.items.find((i: { post: { id: string } }) => i.post.id === held.id);
    const decided = waitFor<{ id: string; status: string }>(moderator, 'moderation:decided');
    expectStatus(await mod.decide(c.moderator, item.id, { action: 'reject', reason: 'Mình tránh so sánh nhé.' }), 200);
    expect(await decided).toMatchObject({ id: item.id, status: 'rejected' });
    await settle();
    expect(memberHeard.filter((h) => h.event.startsWith('moderation:'))).toEqual([]);
  });
});
