/**
 * The "worth talking to a doctor" rule. It never diagnoses: it notices when low mood (≤ 2),
 * sleep under 4 hours or poor appetite (≤ 2) held on most days of the last 14 — more than 7 of
 * those days — and says so kindly. Days she did not check in count as neither.
 */
export const INSIGHT_WINDOW_DAYS = 14;
export const MOST_DAYS = 8;

export interface DayRecord {
  date: string;
  mood: number;
  sleepHours: number;
  appetite: number;
  waterGlasses: number | null;
  meals: number | null;
}

export interface Insight {
  seeDoctor: boolean;
  /** How many of the last 14 days showed each sign. */
  signs: { lowMood: number; shortSleep: number; poorAppetite: number };
  daysCheckedIn: number;
  /** Nudges from the article: about 2–2.5 L of water (8+ glasses) and five or six small meals. */
  nudges: ('water' | 'meals')[];
}

export function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function computeInsight(records: DayRecord[], today: string): Insight {
  const from = addDays(today, -(INSIGHT_WINDOW_DAYS - 1));
  const recent = records.filter((r) => r.date >= from && r.date <= today);
  const signs = {
    lowMood: recent.filter((r) => r.mood <= 2).length,
    shortSleep: recent.filter((r) => r.sleepHours < 4).length,
    poorAppetite: recent.filter((r) => r.appetite <= 2).length,
  };
  const seeDoctor = signs.lowMood >= MOST_DAYS || signs.shortSleep >= MOST_DAYS || signs.poorAppetite >= MOST_DAYS;

  const lastWeek = recent.filter((r) => r.date >= addDays(today, -6));
  const avg = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);
  const water = avg(lastWeek.map((r) => r.waterGlasses).filter((x): x is number => x !== null));
  const meals = avg(lastWeek.map((r) => r.meals).filter((x): x is number => x !== null));
  const nudges: Insight['nudges'] = [];
  if (water !== null && water < 8) nudges.push('water');
  if (meals !== null && meals < 5) nudges.push('meals');
  return { seeDoctor, signs, daysCheckedIn: recent.length, nudges };
}

/** Which ready-made chore would help, from what she told us today. */
export function suggestionFor(day: Pick<DayRecord, 'sleepHours' | 'meals' | 'waterGlasses' | 'appetite'>): string | null {
  if (day.sleepHours < 5) return 'night-shift';
  if ((day.meals !== null && day.meals < 4) || day.appetite <= 2) return 'small-meal';
  if (day.waterGlasses !== null && day.waterGlasses < 6) return 'water-at-feed';
  return 'hold-baby-nap';
}
