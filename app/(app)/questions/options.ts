import type { CHORE_CATEGORIES } from '@/db/schema/chores';
import type { PROFESSIONS, QUESTION_TAGS } from '@/db/schema/questions';
import type { TriageSign } from '@/lib/questions/triage';

// Spelled out here so the browser bundle carries no database schema; `satisfies` keeps them in step.
export const TAGS = ['supply', 'latch', 'pumping', 'nutrition', 'mood', 'pain_mastitis', 'baby_sleep', 'other'] as const satisfies readonly (typeof QUESTION_TAGS)[number][];
export const PROFESSION_KEYS = ['lactation_consultant', 'midwife', 'nurse', 'nutritionist', 'doctor'] as const satisfies readonly (typeof PROFESSIONS)[number][];
/** What an expert may suggest: every chore kind but a visit, which needs a day and time she sets herself. */
export const STEP_CATEGORIES = ['meals', 'water_snacks', 'baby_care', 'night_shift', 'laundry', 'cleaning', 'errands', 'other'] as const satisfies readonly (typeof CHORE_CATEGORIES)[number][];
export const SIGNS = ['mastitis', 'baby_dehydration', 'baby_lethargy', 'baby_fever', 'bleeding', 'self_harm', 'harm_baby'] as const satisfies readonly TriageSign[];

export type Tag = (typeof TAGS)[number];
export type Profession = (typeof PROFESSION_KEYS)[number];
export const MAX_TAGS = 3;
export const MAX_STEPS = 5;

export const isSign = (s: string): s is (typeof SIGNS)[number] => (SIGNS as readonly string[]).includes(s);
export const isTag = (s: string): s is Tag => (TAGS as readonly string[]).includes(s);
export const isProfession = (s: string): s is Profession => (PROFESSION_KEYS as readonly string[]).includes(s);
