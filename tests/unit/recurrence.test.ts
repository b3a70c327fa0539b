import { describe, expect, it } from 'vitest';
import type { Recurrence } from '@/db/schema/chores';
import { nextOccurrence } from '@/lib/chores/recurrence';

const HCM = 'Asia/Ho_Chi_Minh';
/** An instant written as Vietnamese wall time (UTC+7, no DST). */
const vn = (local: string) => new Date(`${local}+07:00`);

describe('nextOccurrence: daily at a time (circle time zone)', () => {
  const at6 = { kind: 'daily', time: '06:00' } as const;

  it('later the same day when the time has not come yet', () => {
    expect(nextOccurrence(at6, vn('2026-03-10T05:00:00'), HCM)).toEqual(vn('2026-03-10T06:00:00'));
  });

  it('the next day once the time has passed, or is exactly now (strictly after)', () => {
    expect(nextOccurrence(at6, vn('2026-03-10T07:15:00'), HCM)).toEqual(vn('2026-03-11T06:00:00'));
    expect(nextOccurrence(at6, vn('2026-03-10T06:00:00'), HCM)).toEqual(vn('2026-03-11T06:00:00'));
  });

  it('reads "today" in Vietnam, not in UTC: 23:30 UTC is already tomorrow morning there', () => {
    // 2026-03-10T23:30Z = 2026-03-11 06:30 in Hồ Chí Minh City: 06:00 has passed there.
    expect(nextOccurrence(at6, new Date('2026-03-10T23:30:00Z'), HCM)).toEqual(vn('2026-03-12T06:00:00'));
  });

  it('crosses local midnight: 00:30 after 23:50 is the next local day', () => {
    const next = nextOccurrence({ kind: 'daily', time: '00:30' }, vn('2026-03-10T23:50:00'), HCM);
    expect(next).toEqual(vn('2026-03-11T00:30:00'));
    // Same UTC date as "after": a UTC-day implementation would get this wrong.
    expect(next.toISOString()).toBe('2026-03-10T17:30:00.000Z');
  });

  it('rolls over month and year ends', () => {
    expect(nextOccurrence(at6, vn('2026-01-31T08:00:00'), HCM)).toEqual(vn('2026-02-01T06:00:00'));
    expect(nextOccurrence(at6, vn('2026-02-28T08:00:00'), HCM)).toEqual(vn('2026-03-01T06:00:00'));
    expect(nextOccurrence(at6, vn('2028-02-28T08:00:00'), HCM)).toEqual(vn('2028-02-29T06:00:00'));
    expect(nextOccurrence(at6, vn('2026-04-30T22:00:00'), HCM)).toEqual(vn('2026-05-01T06:00:00'));
    expect(nextOccurrence({ kind: 'daily', time: '23:45' }, vn('2026-12-31T23:50:00'), HCM)).toEqual(vn('2027-01-01T23:45:00'));
  });

  it('keeps the wall time across a DST change in another zone', () => {
    // US clocks go forward on 2026-03-08: 09:00 is 14:00Z before, 13:00Z after.
    const ny = 'America/New_York';
    expect(nextOccurrence({ kind: 'daily', time: '09:00' }, new Date('2026-03-07T15:00:00Z'), ny)).toEqual(new Date('2026-03-08T13:00:00Z'));
  });
});

describe('nextOccurrence: every N hours', () => {
  const every3 = { kind: 'hours', every: 3 } as const;

  it('one interval after the previous due time, not after the completion', () => {
    // Done early at 08:10 for the 09:00 slot: next is 12:00, the schedule keeps its rhythm.
    expect(nextOccurrence(every3, vn('2026-03-10T08:10:00'), HCM, vn('2026-03-10T09:00:00'))).toEqual(vn('2026-03-10T12:00:00'));
    // Done a little late at 10:00: still 12:00, not 13:00.
    expect(nextOccurrence(every3, vn('2026-03-10T10:00:00'), HCM, vn('2026-03-10T09:00:00'))).toEqual(vn('2026-03-10T12:00:00'));
  });

  it('skips slots that are already past', () => {
    // Done very late at 16:30: 12:00 and 15:00 are gone, next is 18:00.
    expect(nextOccurrence(every3, vn('2026-03-10T16:30:00'), HCM, vn('2026-03-10T09:00:00'))).toEqual(vn('2026-03-10T18:00:00'));
    // Exactly on a slot: that slot is not "next".
    expect(nextOccurrence(every3, vn('2026-03-10T12:00:00'), HCM, vn('2026-03-10T09:00:00'))).toEqual(vn('2026-03-10T15:00:00'));
  });

  it('crosses midnight and month end', () => {
    expect(nextOccurrence(every3, vn('2026-03-31T22:30:00'), HCM, vn('2026-03-31T22:00:00'))).toEqual(vn('2026-04-01T01:00:00'));
  });

  it('without a previous due time, one interval from now', () => {
    expect(nextOccurrence({ kind: 'hours', every: 4 }, vn('2026-03-10T10:20:00'), HCM)).toEqual(vn('2026-03-10T14:20:00'));
  });
});

describe('nextOccurrence: weekly on days', () => {
  // 2026-03-10 is a Tuesday.
  const monWed: Recurrence = { kind: 'weekly', days: [1, 3], time: '09:00' };

  it('the next listed day at the time', () => {
    expect(nextOccurrence(monWed, vn('2026-03-10T10:00:00'), HCM)).toEqual(vn('2026-03-11T09:00:00'));
    expect(nextOccurrence(monWed, vn('2026-03-11T08:59:00'), HCM)).toEqual(vn('2026-03-11T09:00:00'));
  });

  it('wraps into next week, past Sunday and over the month end', () => {
    expect(nextOccurrence(monWed, vn('2026-03-11T09:00:00'), HCM)).toEqual(vn('2026-03-16T09:00:00'));
    expect(nextOccurrence(monWed, vn('2026-03-26T12:00:00'), HCM)).toEqual(vn('2026-03-30T09:00:00'));
    expect(nextOccurrence({ kind: 'weekly', days: [3], time: '09:00' }, vn('2026-04-29T10:00:00'), HCM)).toEqual(vn('2026-05-06T09:00:00'));
  });

  it('a single day a week already past today is a full week later', () => {
    // Sunday 2026-03-15 at 10:00, for Sundays at 09:00: next Sunday.
    expect(nextOccurrence({ kind: 'weekly', days: [0], time: '09:00' }, vn('2026-03-15T10:00:00'), HCM)).toEqual(vn('2026-03-22T09:00:00'));
  });

  it('uses the local weekday: Monday 00:30 in Vietnam is still Sunday in UTC', () => {
    const next = nextOccurrence({ kind: 'weekly', days: [1], time: '00:30' }, vn('2026-03-15T23:00:00'), HCM);
    expect(next).toEqual(vn('2026-03-16T00:30:00'));
    expect(next.getUTCDay()).toBe(0);
  });

  it('refuses a weekly recurrence without days instead of looping', () => {
    expect(() => nextOccurrence({ kind: 'weekly', days: [], time: '09:00' }, vn('2026-03-10T10:00:00'), HCM)).toThrow();
  });
});

describe('nextOccurrence: completed before its due time', () => {
  it('a daily chore done early is next due a day after its own slot, not at the same slot again', () => {
    // The night shift due at 06:00 is marked done at 05:45: the next is tomorrow 06:00.
    expect(nextOccurrence({ kind: 'daily', time: '06:00' }, vn('2026-03-10T05:45:00'), HCM, vn('2026-03-10T06:00:00'))).toEqual(vn('2026-03-11T06:00:00'));
  });

  it('a weekly chore done early is next due on the following listed day', () => {
    const monWed: Recurrence = { kind: 'weekly', days: [1, 3], time: '09:00' };
    // Wednesday's 09:00 done on Tuesday evening: next is the Monday after.
    expect(nextOccurrence(monWed, vn('2026-03-10T20:00:00'), HCM, vn('2026-03-11T09:00:00'))).toEqual(vn('2026-03-16T09:00:00'));
  });

  it('a daily chore done late is next due at the coming slot', () => {
    expect(nextOccurrence({ kind: 'daily', time: '06:00' }, vn('2026-03-12T10:00:00'), HCM, vn('2026-03-10T06:00:00'))).toEqual(vn('2026-03-13T06:00:00'));
  });
});
