import type { Recurrence } from '@/db/schema/chores';
import { localParts, parseHHMM, zonedTime } from './time';

/**
 * When the next occurrence of a recurring chore is due, strictly after `after`.
 * `previousDue` anchors "every N hours" so a late completion doesn't drift the schedule
 * forward by more than the interval; for daily and weekly ones, an early completion (the night
 * shift done at 05:45 for 06:00) must not schedule the same slot again.
 */
export function nextOccurrence(recurrence: Recurrence, after: Date, timeZone: string, previousDue?: Date | null): Date {
  if (recurrence.kind === 'hours') {
    const step = recurrence.every * 3_600_000;
    let next = (previousDue ?? after).getTime() + step;
    while (next <= after.getTime()) next += step;
    return new Date(next);
  }
  if (previousDue && previousDue.getTime() > after.getTime()) after = previousDue;
  const { hour, minute } = parseHHMM(recurrence.time);
  const today = localParts(after, timeZone);
  for (let offset = 0; offset <= 8; offset++) {
    const day = new Date(Date.UTC(today.year, today.month - 1, today.day + offset));
    const candidate = zonedTime(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate(), hour, minute, timeZone);
    if (candidate.getTime() <= after.getTime()) continue;
    if (recurrence.kind === 'daily') return candidate;
    if (recurrence.days.includes(localParts(candidate, timeZone).weekday)) return candidate;
  }
  throw new Error('weekly recurrence without days');
}
