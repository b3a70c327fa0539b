/** Wall-clock helpers for a circle's time zone (no DST in Vietnam, but any IANA zone works). */

/** The circle's wall clock (the app shows every time in Vietnam's zone). Client-safe, like this file. */
export const CIRCLE_TIME_ZONE = 'Asia/Ho_Chi_Minh';

export interface LocalParts {
  year: number;
  month: number; // 1–12
  day: number;
  hour: number;
  minute: number;
  weekday: number; // 0 = Sunday
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string) {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      weekday: 'short',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

export function localParts(date: Date, timeZone: string): LocalParts {
  const parts = Object.fromEntries(formatter(timeZone).formatToParts(date).map((p) => [p.type, p.value]));
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    weekday: WEEKDAYS.indexOf(parts.weekday),
  };
}

/** The instant at local wall time y-m-d h:m in `timeZone`. */
export function zonedTime(year: number, month: number, day: number, hour: number, minute: number, timeZone: string): Date {
  const guess = Date.UTC(year, month - 1, day, hour, minute);
  // Correct by the zone's offset at that moment (twice, to settle across offset changes).
  let t = guess;
  for (let i = 0; i < 2; i++) {
    const p = localParts(new Date(t), timeZone);
    const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute);
    t += guess - asUtc;
  }
  return new Date(t);
}

export function parseHHMM(value: string): { hour: number; minute: number } {
  const [h, m] = value.split(':').map(Number);
  return { hour: h, minute: m };
}

/** The last day computed per zone: every board read asks for today's, and Intl is slow. */
const lastDay = new Map<string, { start: Date; end: Date }>();

/** Start and end of the local day that contains `date`. */
export function localDayBounds(date: Date, timeZone: string): { start: Date; end: Date } {
  const known = lastDay.get(timeZone);
  const t = date.getTime();
  if (known && t >= known.start.getTime() && t < known.end.getTime()) return { start: new Date(known.start), end: new Date(known.end) };
  const bounds = computeDayBounds(date, timeZone);
  lastDay.set(timeZone, bounds);
  return { start: new Date(bounds.start), end: new Date(bounds.end) };
}

function computeDayBounds(date: Date, timeZone: string): { start: Date; end: Date } {
  const p = localParts(date, timeZone);
  const start = zonedTime(p.year, p.month, p.day, 0, 0, timeZone);
  const next = new Date(Date.UTC(p.year, p.month - 1, p.day + 1));
  const end = zonedTime(next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate(), 0, 0, timeZone);
  return { start, end };
}

/** Whether local time of `date` falls in [start, end), a span that may cross midnight. */
export function inQuietHours(date: Date, start: string, end: string, timeZone: string): boolean {
  const p = localParts(date, timeZone);
  const minutes = p.hour * 60 + p.minute;
  const s = parseHHMM(start);
  const e = parseHHMM(end);
  const a = s.hour * 60 + s.minute;
  const b = e.hour * 60 + e.minute;
  if (a === b) return false;
  return a < b ? minutes >= a && minutes < b : minutes >= a || minutes < b;
}
