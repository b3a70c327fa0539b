import { describe, expect, it } from 'vitest';
import { NOTIFICATION_KINDS } from '@/db/schema/notifications';
import { isHeldByRest } from '@/lib/notifications/service';

const now = new Date('2026-03-10T08:00:00Z');
const in2h = new Date(now.getTime() + 2 * 3_600_000);

describe('rest mode holds her notifications', () => {
  it('every kind is held while she rests', () => {
    for (const kind of NOTIFICATION_KINDS) expect(isHeldByRest(kind, in2h, now), kind).toBe(true);
  });

  it('nothing is held when she is not resting, or her rest has ended', () => {
    for (const kind of NOTIFICATION_KINDS) {
      expect(isHeldByRest(kind, null, now)).toBe(false);
      expect(isHeldByRest(kind, new Date(now.getTime() - 60_000), now)).toBe(false);
      // Ends exactly now: she is awake.
      expect(isHeldByRest(kind, now, now)).toBe(false);
    }
  });

  it('the answer to her own request for help reaches her at once', () => {
    expect(isHeldByRest('support_answered', in2h, now, { answersOwnRequest: true })).toBe(false);
  });

  it('only that answer: other kinds flagged the same way, or someone else’s answer, still wait', () => {
    expect(isHeldByRest('support_answered', in2h, now, { answersOwnRequest: false })).toBe(true);
    expect(isHeldByRest('support_answered', in2h, now)).toBe(true);
    for (const kind of NOTIFICATION_KINDS.filter((k) => k !== 'support_answered')) {
      expect(isHeldByRest(kind, in2h, now, { answersOwnRequest: true }), kind).toBe(true);
    }
  });
});
