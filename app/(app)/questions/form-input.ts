import { z } from 'zod';
import { answerInput, askQuestionInput, expertApplicationInput, expertDecisionInput, followupInput, suggestionChoreInput } from '@/lib/questions/input';
import { MAX_STEPS, PROFESSION_KEYS, TAGS } from './options';

/** Why a field was refused, in words the page turns into her language. */
export type Problem = 'required' | 'too_short' | 'too_long' | 'invalid';
export type Problems = Record<string, Problem>;

/** A field's first problem from zod's issues: `suggestions.1.title` → `too_long`. */
export function problemsOf(issues: z.core.$ZodIssue[]): Problems {
  const out: Problems = {};
  for (const issue of issues) {
    const key = issue.path.map(String).join('.') || 'form';
    if (out[key]) continue;
    const min = 'minimum' in issue ? Number(issue.minimum) : 0;
    out[key] =
      issue.code === 'too_small' ? (min <= 1 ? 'required' : 'too_short') : issue.code === 'too_big' ? 'too_long' : issue.code === 'invalid_type' ? 'required' : 'invalid';
  }
  return out;
}

/** Checked with the domain's own schema; refusals come back as data so the form keeps what she typed. */
export type Checked<T> = { ok: true; value: T } | { ok: false; problems: Problems };

export function check<S extends z.ZodType>(schema: S, input: unknown): Checked<z.output<S>> {
  const parsed = schema.safeParse(input);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, problems: problemsOf(parsed.error.issues) };
}

const text = z.string().optional();
const on = z.literal('on').optional();

/** The ask form is flat (FormData): a checkbox per topic (`tag_supply`…) and one for anonymity. */
export const askForm = z
  .object({ title: text, body: text, anonymous: on })
  .catchall(text)
  .transform((f) => {
    const tags = TAGS.filter((k) => f[`tag_${k}`] === 'on');
    // No topic picked: the domain files it under "other".
    return { title: f.title ?? '', body: f.body ?? '', anonymous: f.anonymous === 'on', ...(tags.length ? { tags } : {}) } as z.input<typeof askQuestionInput>;
  });

/** Steps for the family: `step0_title`, `step0_category`, `step0_at`…; a step without a title is left out. */
export const answerForm = z
  .object({ questionId: z.uuid(), body: text })
  .catchall(text)
  .transform((f) => {
    const steps = Array.from({ length: MAX_STEPS }, (_, i) => i).filter((i) => f[`step${i}_title`]?.trim());
    const suggestions = steps.map((i) => ({ title: f[`step${i}_title`] ?? '', category: f[`step${i}_category`] ?? 'other', at: f[`step${i}_at`] || null }));
    // `steps[k]` is the form row of suggestion k, so a problem lands on the row she filled in.
    return { questionId: f.questionId, steps, answer: { body: f.body ?? '', suggestions } as z.input<typeof answerInput> };
  });

export const followupForm = z
  .object({ questionId: z.uuid(), body: text })
  .transform((f) => ({ questionId: f.questionId, followup: { body: f.body ?? '' } as z.input<typeof followupInput> }));

export const answerIdForm = z.object({ answerId: z.uuid() });

export const suggestionForm = z.object({ answerId: z.uuid(), index: z.coerce.number().int().min(0).max(MAX_STEPS - 1) }).extend(suggestionChoreInput.shape);

export const applyForm = z
  .object({ profession: text, licenceNumber: text, workplace: text, lang_vi: on, lang_en: on })
  .transform(
    (f) =>
      ({
        profession: f.profession && (PROFESSION_KEYS as readonly string[]).includes(f.profession) ? f.profession : undefined,
        licenceNumber: f.licenceNumber ?? '',
        workplace: f.workplace ?? '',
        languages: [...(f.lang_vi === 'on' ? ['vi'] : []), ...(f.lang_en === 'on' ? ['en'] : [])],
      }) as z.input<typeof expertApplicationInput>,
  );

export const decisionForm = z
  .object({ userId: z.uuid(), action: z.enum(['verify', 'decline', 'revoke']), reason: text })
  .transform((f) => ({ userId: f.userId, decision: { action: f.action, reason: f.reason } as z.input<typeof expertDecisionInput> }));
