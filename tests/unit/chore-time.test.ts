import { describe, expect, it } from 'vitest';
import { inQuietHours, localDayBounds, localParts, zonedTime } from '@/lib/chores/time';

const HCM = 'Asia/Ho_Chi_Minh';
const vn = (local: string) => new Date(`${local}+07:00`);

describe('quiet hours', () => {
  const quiet = (local: string, start = '21:00', end = '08:00') => inQuietHours(vn(local), start, end, HCM);

  it('a span crossing midnight (21:00–08:00) covers late evening, the night and early morning', () => {
    expect(quiet('2026-03-10T21:00:00')).toBe(true);
    expect(quiet('2026-03-10T23:59:00')).toBe(true);
    expect(quiet('2026-03-11T00:00:00')).toBe(true);
    expect(quiet('2026-03-11T07:59:00')).toBe(true);
  });

  it('ends at its end time and starts at its start time', () => {
    expect(quiet('2026-03-11T08:00:00')).toBe(false);
    expect(quiet('2026-03-10T20:59:00')).toBe(false);
    expect(quiet('2026-03-10T14:00:00')).toBe(false);
  });

  it('reads the clock in the circle’s zone, not UTC', () => {
    // 14:30Z is 21:30 in Vietnam: quiet there, though 14:30 would not be.
    expect(inQuietHours(new Date('2026-03-10T14:30:00Z'), '21:00', '08:00', HCM)).toBe(true);
    // 02:00Z is 09:00 in Vietnam: not quiet, though 02:00 would be.
    expect(inQuietHours(new Date('2026-03-10T02:00:00Z'), '21:00', '08:00', HCM)).toBe(false);
  });

  it('a span within one day (13:00–15:00)', () => {
    expect(quiet('2026-03-10T13:00:00', '13:00', '15:00')).toBe(true);
    expect(quiet('2026-03-10T14:59:00', '13:00', '15:00')).toBe(true);
    expect(quiet('2026-03-10T15:00:00', '13:00', '15:00')).toBe(false);
    expect(quiet('2026-03-10T23:00:00', '13:00', '15:00')).toBe(false);
  });

  it('an empty span (start = end) is never quiet', () => {
    expect(quiet('2026-03-10T10:00:00', '10:00', '10:00')).toBe(false);
  });
});

describe('local day bounds', () => {
  it('the Vietnamese day containing an instant, from local midnight to local midnight', () => {
    // 20:00Z on the 10th is 03:00 on the 11th in Vietnam.
    const { start, end } = localDayBounds(new Date('2026-03-10T20:00:00Z'), HCM);
    expect(start).toEqual(vn('2026-03-11T00:00:00'));
    expect(end).toEqual(vn('2026-03-12T00:00:00'));
  });

  it('crosses a month end', () => {
    const { start, end } = localDayBounds(vn('2026-01-31T23:59:00'), HCM);
    expect(start).toEqual(vn('2026-01-31T00:00:00'));
    expect(end).toEqual(vn('2026-02-01T00:00:00'));
  });

  it('a DST day elsewhere is 23 hours long', () => {
    const { start, end } = localDayBounds(new Date('2026-03-08T17:00:00Z'), 'America/New_York');
    expect(start).toEqual(new Date('2026-03-08T05:00:00Z'));
    expect(end.getTime() - start.getTime()).toBe(23 * 3_600_000);
  });

  it('the remembered day is only used inside it: the last instant before midnight, midnight itself, and back', () => {
    const day1 = localDayBounds(vn('2026-05-01T12:00:00'), HCM);
    expect(localDayBounds(vn('2026-05-01T23:59:59.999'), HCM)).toEqual(day1);
    const day2 = localDayBounds(vn('2026-05-02T00:00:00'), HCM);
    expect(day2.start).toEqual(vn('2026-05-02T00:00:00'));
    expect(day2.end).toEqual(vn('2026-05-03T00:00:00'));
    expect(localDayBounds(vn('2026-05-01T08:00:00'), HCM).start).toEqual(vn('2026-05-01T00:00:00'));
    // A caller that changes the dates it was given does not change the next answer.
    day2.start.setTime(0);
    expect(localDayBounds(vn('2026-05-01T09:00:00'), HCM).start).toEqual(vn('2026-05-01T00:00:00'));
    // Each zone has its own day: 02:00Z on 2 May is 03:00 in London (summer time), whose day began at 23:00Z.
    expect(localDayBounds(vn('2026-05-02T09:00:00'), 'Europe/London').start).toEqual(new Date('2026-05-01T23:00:00Z'));
  });
});

describe('localParts / zonedTime', () => {
  it('round-trip a wall time, with the local weekday', () => {
    const t = zonedTime(2026, 3, 16, 0, 30, HCM);
    expect(t.toISOString()).toBe('2026-03-15T17:30:00.000Z');
    expect(localParts(t, HCM)).toEqual({ year: 2026, month: 3, day: 16, hour: 0, minute: 30, weekday: 1 });
  });

  it('midnight is hour 0, not 24', () => {
    expect(localParts(vn('2026-03-11T00:05:00'), HCM).hour).toBe(0);
  });
});
