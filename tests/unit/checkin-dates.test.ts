/** Which days she may check in for, and what "today" is for her (Vietnam, UTC+7). */
import { describe, expect, it } from 'vitest';
import { BACKFILL_DAYS, checkDate, todayLocal } from '@/lib/checkins/service';
import { AppError } from '@/lib/http/errors';

const TODAY = '2026-11-27';

function refusal(date: string, today = TODAY): AppError {
  try {
    checkDate(date, today);
  } catch (err) {
    expect(err).toBeInstanceOf(AppError);
    return err as AppError;
  }
  throw new Error(`${date} was accepted`);
}

describe('checkDate', () => {
  it('today is fine', () => {
    expect(() => checkDate(TODAY, TODAY)).not.toThrow();
  });

  it('a missed day up to 14 days back is fine', () => {
    expect(BACKFILL_DAYS).toBe(14);
    expect(() => checkDate('2026-11-26', TODAY)).not.toThrow();
    expect(() => checkDate('2026-11-13', TODAY)).not.toThrow(); // 14 days back
  });

  it('15 days back is refused with a 400 naming the date', () => {
    const err = refusal('2026-11-12');
    expect(err.status).toBe(400);
    expect(err.code).toBe('validation');
    expect(err.toJSON().error.fields?.date?.[0]).toMatch(/14 days/);
  });

  it('tomorrow is refused with a 400 naming the date', () => {
    const err = refusal('2026-11-28');
    expect(err.status).toBe(400);
    expect(err.toJSON().error.fields?.date).toHaveLength(1);
    expect(refusal('2027-01-01').status).toBe(400);
  });

  it('counts back across a month end', () => {
    expect(() => checkDate('2026-11-17', '2026-12-01')).not.toThrow(); // 14 back
    expect(refusal('2026-11-16', '2026-12-01').status).toBe(400); // 15 back
  });
});

describe('todayLocal: her day in Asia/Ho_Chi_Minh', () => {
  it('18:30 UTC is already the next day in Vietnam', () => {
    expect(todayLocal(new Date('2026-11-26T18:30:00Z'))).toBe('2026-11-27');
  });

  it('the day turns at 17:00 UTC (midnight in Vietnam)', () => {
    expect(todayLocal(new Date('2026-11-26T16:59:59Z'))).toBe('2026-11-26');
    expect(todayLocal(new Date('2026-11-26T17:00:00Z'))).toBe('2026-11-27');
  });

  it('early morning UTC is the same day, later in Vietnam', () => {
    expect(todayLocal(new Date('2026-11-27T00:30:00Z'))).toBe('2026-11-27');
  });

  it('pads months and days, and turns the year', () => {
    expect(todayLocal(new Date('2026-12-31T17:00:00Z'))).toBe('2027-01-01');
    expect(todayLocal(new Date('2026-03-04T03:00:00Z'))).toBe('2026-03-04');
  });
});
