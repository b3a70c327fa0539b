/** The "worth talking to a doctor" rule, the water and meals nudges, and the chore a summary suggests. */
import { describe, expect, it } from 'vitest';
import { addDays, computeInsight, suggestionFor, type DayRecord } from '@/lib/checkins/insight';
import { findTemplate } from '@/lib/chores/templates';

const TODAY = '2026-11-27';

/** A day that shows none of the signs and needs no nudge. */
function fine(date: string, over: Partial<DayRecord> = {}): DayRecord {
  return { date, mood: 4, sleepHours: 7, appetite: 4, waterGlasses: 9, meals: 6, ...over };
}

/** `n` days ending today (today, yesterday, ...), each with `over` applied. */
function lastDays(n: number, over: Partial<DayRecord> = {}, offset = 0): DayRecord[] {
  return Array.from({ length: n }, (_, i) => fine(addDays(TODAY, -(i + offset)), over));
}

describe('addDays', () => {
  it('crosses month and year ends', () => {
    expect(addDays('2026-11-27', 5)).toBe('2026-12-02');
    expect(addDays('2027-01-01', -1)).toBe('2026-12-31');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
  });
});

describe('seeDoctor: a sign held on most (8+) of the last 14 days', () => {
  it('low mood on 8 of the last 14 days is enough; on 7 it is not', () => {
    const eight = [...lastDays(8, { mood: 2 }), ...lastDays(6, {}, 8)];
    expect(computeInsight(eight, TODAY)).toMatchObject({ seeDoctor: true, signs: { lowMood: 8, shortSleep: 0, poorAppetite: 0 }, daysCheckedIn: 14 });
    const seven = [...lastDays(7, { mood: 2 }), ...lastDays(7, {}, 7)];
    expect(computeInsight(seven, TODAY)).toMatchObject({ seeDoctor: false, signs: { lowMood: 7 } });
  });

  it('each sign alone triggers it: low mood (≤ 2), sleep under 4 hours, poor appetite (≤ 2)', () => {
    expect(computeInsight(lastDays(8, { mood: 1 }), TODAY).seeDoctor).toBe(true);
    expect(computeInsight(lastDays(8, { sleepHours: 3.5 }), TODAY)).toMatchObject({ seeDoctor: true, signs: { lowMood: 0, shortSleep: 8, poorAppetite: 0 } });
    expect(computeInsight(lastDays(8, { appetite: 2 }), TODAY)).toMatchObject({ seeDoctor: true, signs: { lowMood: 0, shortSleep: 0, poorAppetite: 8 } });
  });

  it('the thresholds are strict where they should be: mood 3, 4 hours of sleep and appetite 3 are not signs', () => {
    const borderline = lastDays(14, { mood: 3, sleepHours: 4, appetite: 3 });
    expect(computeInsight(borderline, TODAY)).toMatchObject({ seeDoctor: false, signs: { lowMood: 0, shortSleep: 0, poorAppetite: 0 } });
  });

  it('signs do not add up across kinds: 5 low-mood days + 5 short nights + 4 poor-appetite days is not 8 of one', () => {
    const mixed = [...lastDays(5, { mood: 2 }), ...lastDays(5, { sleepHours: 2 }, 5), ...lastDays(4, { appetite: 1 }, 10)];
    expect(computeInsight(mixed, TODAY)).toMatchObject({ seeDoctor: false, signs: { lowMood: 5, shortSleep: 5, poorAppetite: 4 } });
  });

  it('days outside the 14-day window do not count', () => {
    // 7 low days inside the window (today..6 days ago) and 10 more from 14 to 23 days ago.
    const records = [...lastDays(7, { mood: 1 }), ...lastDays(10, { mood: 1 }, 14)];
    const insight = computeInsight(records, TODAY);
    expect(insight).toMatchObject({ seeDoctor: false, signs: { lowMood: 7 }, daysCheckedIn: 7 });
    // The 14th day back (13 days ago) is still inside.
    expect(computeInsight([...records, fine(addDays(TODAY, -13), { mood: 1 })], TODAY)).toMatchObject({ seeDoctor: true, signs: { lowMood: 8 } });
  });

  it('days after "today" do not count either', () => {
    const records = [...lastDays(7, { mood: 1 }), fine(addDays(TODAY, 1), { mood: 1 })];
    expect(computeInsight(records, TODAY)).toMatchObject({ seeDoctor: false, signs: { lowMood: 7 }, daysCheckedIn: 7 });
  });

  it('missing days count as neither: 8 low days scattered over 14, with gaps, still trigger; 7 with no other days do not', () => {
    const scattered = [0, 1, 3, 5, 7, 9, 11, 13].map((d) => fine(addDays(TODAY, -d), { sleepHours: 2 }));
    expect(computeInsight(scattered, TODAY)).toMatchObject({ seeDoctor: true, daysCheckedIn: 8 });
    const sevenOnly = scattered.slice(0, 7);
    expect(computeInsight(sevenOnly, TODAY)).toMatchObject({ seeDoctor: false, daysCheckedIn: 7, signs: { shortSleep: 7 } });
  });

  it('no check-ins at all: nothing to say', () => {
    expect(computeInsight([], TODAY)).toEqual({ seeDoctor: false, signs: { lowMood: 0, shortSleep: 0, poorAppetite: 0 }, daysCheckedIn: 0, nudges: [] });
  });
});

describe('nudges: water (8+ glasses) and meals (5+) on average over the last week', () => {
  it('no nudge when she drank 8 glasses and ate 5 meals a day', () => {
    expect(computeInsight(lastDays(7, { waterGlasses: 8, meals: 5 }), TODAY).nudges).toEqual([]);
  });

  it('water under 8 glasses a day on average nudges water; meals under 5 nudge meals', () => {
    expect(computeInsight(lastDays(7, { waterGlasses: 7 }), TODAY).nudges).toEqual(['water']);
    expect(computeInsight(lastDays(7, { meals: 4 }), TODAY).nudges).toEqual(['meals']);
    expect(computeInsight(lastDays(7, { waterGlasses: 3, meals: 2 }), TODAY).nudges).toEqual(['water', 'meals']);
  });

  it('averages the week: one dry day among good ones is fine', () => {
    const week = [...lastDays(6, { waterGlasses: 10 }), fine(addDays(TODAY, -6), { waterGlasses: 2 })];
    expect(computeInsight(week, TODAY).nudges).toEqual([]); // (60 + 2) / 7 ≈ 8.9
  });

  it('only the last 7 days count: a dry week before that does not nudge', () => {
    const records = [...lastDays(7, { waterGlasses: 9, meals: 6 }), ...lastDays(7, { waterGlasses: 1, meals: 1 }, 7)];
    expect(computeInsight(records, TODAY).nudges).toEqual([]);
    const flipped = [...lastDays(7, { waterGlasses: 1, meals: 1 }), ...lastDays(7, { waterGlasses: 12, meals: 8 }, 7)];
    expect(computeInsight(flipped, TODAY).nudges).toEqual(['water', 'meals']);
  });

  it('days she left water or meals blank are not counted as zero', () => {
    const records = [...lastDays(3, { waterGlasses: 9, meals: 6 }), ...lastDays(4, { waterGlasses: null, meals: null }, 3)];
    expect(computeInsight(records, TODAY).nudges).toEqual([]);
    expect(computeInsight(lastDays(7, { waterGlasses: null, meals: null }), TODAY).nudges).toEqual([]);
  });
});

describe('suggestionFor: the chore her summary offers the circle', () => {
  const day = { sleepHours: 7, meals: 6, waterGlasses: 9, appetite: 4 };
  it('short sleep (under 5 h) asks for a night shift, before anything else', () => {
    expect(suggestionFor({ ...day, sleepHours: 3 })).toBe('night-shift');
    expect(suggestionFor({ ...day, sleepHours: 4.9, meals: 1, waterGlasses: 1 })).toBe('night-shift');
    expect(suggestionFor({ ...day, sleepHours: 5 })).not.toBe('night-shift');
  });
  it('few meals (under 4) or poor appetite (≤ 2) ask for a small meal', () => {
    expect(suggestionFor({ ...day, meals: 3 })).toBe('small-meal');
    expect(suggestionFor({ ...day, appetite: 2 })).toBe('small-meal');
    expect(suggestionFor({ ...day, meals: 4 })).toBe('hold-baby-nap');
  });
  it('little water (under 6 glasses) asks for water at each feed', () => {
    expect(suggestionFor({ ...day, waterGlasses: 5 })).toBe('water-at-feed');
    expect(suggestionFor({ ...day, waterGlasses: 6 })).toBe('hold-baby-nap');
  });
  it('otherwise someone holds the baby while she naps; blanks are not read as zero', () => {
    expect(suggestionFor(day)).toBe('hold-baby-nap');
    expect(suggestionFor({ ...day, meals: null, waterGlasses: null })).toBe('hold-baby-nap');
  });
  it('every suggestion is a ready-made chore the circle can add in one tap', () => {
    const days = [day, { ...day, sleepHours: 2 }, { ...day, meals: 1 }, { ...day, waterGlasses: 1 }];
    for (const d of days) expect(findTemplate(suggestionFor(d)!), String(suggestionFor(d))).toBeDefined();
  });
});
