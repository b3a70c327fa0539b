/**
 * Live events around check-ins: no socket event ever carries her answers — a shared summary
 * carries sleep and a suggestion only — and deleting her account closes her sockets at once.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Socket } from 'socket.io-client';
import { checkinApi as ck, daysAgo, keysDeep, PRIVATE_CHECKIN_FIELDS, roleInCircle } from '../helpers/checkins';
import { setupTestDatabase } from '../helpers/db';
import { recordAll, settle, setupRealtimeServer, waitFor } from '../helpers/sockets';
import { api, expectStatus, family } from '../helpers/village';

setupTestDatabase({ beforeAll, afterAll, beforeEach });

const server = setupRealtimeServer({ beforeAll, afterAll, afterEach });
const connect = (cookie: string) => server.connect(cookie);

describe('check-in events', () => {
  it('no event to anyone — her circle, staff in it, a stranger, or her own devices — carries her answers; a share carries sleep and a suggestion only', async () => {
    const f = await family();
    const expert = await roleInCircle('expert', f.circle.id);
    const moderator = await roleInCircle('moderator', f.circle.id);
    const admin = await roleInCircle('admin', f.circle.id);
    const people = { mother: f.mother, partner: f.partner, grandma: f.grandma, expert, moderator, admin, stranger: f.stranger };
    const sockets = Object.fromEntries(await Promise.all(Object.entries(people).map(async ([k, u]) => [k, await connect(u.cookie)] as const))) as Record<keyof typeof people, Socket>;
    const heard = Object.fromEntries(Object.entries(sockets).map(([k, s]) => [k, recordAll(s)])) as Record<keyof typeof people, { event: string; payload: unknown }[]>;

    const shared = ['partner', 'grandma', 'expert', 'moderator', 'admin'].map((k) => waitFor(sockets[k as keyof typeof people], 'checkin:shared'));
    const alerted = waitFor<{ kind: string; data: Record<string, unknown> }>(sockets.partner, 'notification:created', (n) => n.kind === 'trusted_alert');

    expectStatus(await ck.save(f.mother, { mood: 1, sleepHours: 3, stress: 5, appetite: 1, waterGlasses: 2, meals: 1, selfHarmThoughts: true }), 201);
    expectStatus(await ck.save(f.mother, { mood: 2, sleepHours: 3.5, stress: 5, appetite: 2, selfHarmThoughts: true }), 200);
    expectStatus(await ck.save(f.mother, { mood: 1, sleepHours: 2, stress: 4, appetite: 1, date: daysAgo(1) }), 201);
    const view = expectStatus(await ck.share(f.mother, { circleId: f.circle.id }), 201).body;
    expectStatus(await ck.setTrusted(f.mother, f.partner.id), 200);
    expectStatus(await ck.alert(f.mother), 200);

    for (const payload of await Promise.all(shared)) {
      expect(payload).toEqual(view);
      expect(Object.keys(payload).sort()).toEqual(['circleId', 'createdAt', 'date', 'id', 'sleepHours', 'suggestionTemplateKey', 'user']);
      expect(payload).toMatchObject({ sleepHours: 3.5, suggestionTemplateKey: 'night-shift', user: { id: f.mother.id, name: 'Mai' } });
    }
    expect((await alerted).data).toEqual({ actorName: 'Mai' });
    await settle();

    for (const [who, events] of Object.entries(heard)) {
      const keys = keysDeep(events.map((e) => e.payload));
      for (const field of PRIVATE_CHECKIN_FIELDS) expect(keys, `${who} heard "${field}"`).not.toContain(field);
      expect(events.map((e) => e.event).filter((e) => e.startsWith('checkin:') && e !== 'checkin:shared'), who).toEqual([]);
    }
    expect(heard.stranger).toEqual([]);
    // The summary notification reaches members with sleep and the suggestion only.
    const summaryNote = heard.grandma.find((e) => e.event === 'notification:created' && (e.payload as { kind: string }).kind === 'checkin_shared');
    expect((summaryNote?.payload as { data: unknown }).data).toEqual({ actorName: 'Mai', sleepHours: 3.5, suggestion: 'night-shift' });
    // Only her trusted person hears the alert.
    for (const who of ['grandma', 'expert', 'moderator', 'admin', 'mother'] as const) {
      expect(heard[who].some((e) => (e.payload as { kind?: string })?.kind === 'trusted_alert'), who).toBe(false);
    }
  });

  it('deleting her account closes her sockets at once; her old cookie cannot reconnect; the circle hears she left and sees her chores reopen', async () => {
    const f = await family();
    const phone = await connect(f.mother.cookie);
    const laptop = await connect(f.mother.cookie);
    const partner = await connect(f.partner.cookie);
    const chore = expectStatus(await api.createChore(f.partner, f.circle.id, { title: 'Night feed bottle', category: 'night_shift' }), 201).body;
    expectStatus(await api.claim(f.mother, chore.id), 200);
    const closed = [phone, laptop].map((s) => new Promise<void>((resolve) => s.once('disconnect', () => resolve())));
    const left = waitFor(partner, 'circle:member_left');
    const reopened = waitFor(partner, 'chore:updated', (c) => c.id === chore.id && c.status === 'open');

    expectStatus(await ck.deleteMe(f.mother, { password: f.mother.password, circles: [{ circleId: f.circle.id, transferTo: f.partner.id }] }), 204);
    await Promise.all(closed);
    expect(await left).toMatchObject({ circleId: f.circle.id, userId: f.mother.id });
    // The chore she had taken is back on the board, live.
    expect(await reopened).toMatchObject({ id: chore.id, status: 'open', claimedBy: null, createdBy: { id: f.partner.id } });
    await expect(connect(f.mother.cookie)).rejects.toBeTruthy();
  });
});
