type T = (key: string, values?: Record<string, number>) => string;

/** "3 h 20 min", "2 d 4 h", "12 min" in the reader's language, from a number of seconds. */
export function durationText(t: T, seconds: number): string {
  const minutes = Math.floor(Math.max(0, seconds) / 60);
  if (minutes < 1) return t('duration.underMinute');
  const d = Math.floor(minutes / 1440);
  const h = Math.floor((minutes % 1440) / 60);
  const m = minutes % 60;
  if (d > 0) return h > 0 ? t('duration.daysHours', { d, h }) : t('duration.days', { d });
  if (h > 0) return m > 0 ? t('duration.hoursMinutes', { h, m }) : t('duration.hours', { h });
  return t('duration.minutes', { m });
}
