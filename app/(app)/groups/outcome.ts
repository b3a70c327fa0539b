import 'server-only';
import { AppError } from '@/lib/http/errors';

/**
 * Refusals the groups pages explain in their own words, with the facts they need (the nudge's
 * findings, how long slow mode lasts). They come back as data, so the composer can offer the
 * next step instead of a generic error; anything else fails the action as usual.
 */
const EXPLAINED = [
  'comparison_nudge',
  'word_blocked',
  'silenced',
  'slow_mode',
  'alias_taken',
  'alias_required',
  'alias_private',
  'validation',
  'forbidden',
  'not_found',
  'already_flagged',
] as const;

export type RefusalCode = (typeof EXPLAINED)[number];

export interface Refusal {
  ok: false;
  code: RefusalCode;
  /** Fields the refusal is about, e.g. `alias`. */
  fields: string[];
  details: Record<string, unknown>;
}

export type Outcome<T> = { ok: true; value: T } | Refusal;

export const refuse = (code: RefusalCode, fields: string[] = [], details: Record<string, unknown> = {}): Refusal => ({ ok: false, code, fields, details });

export async function outcome<T>(run: () => Promise<T>): Promise<Outcome<T>> {
  try {
    return { ok: true, value: await run() };
  } catch (err) {
    if (!(err instanceof AppError) || !(EXPLAINED as readonly string[]).includes(err.code)) throw err;
    const fields = Object.keys(err.fields ?? {});
    // The domain's only validation refusal with an `alias` field: the name gives her away.
    if (err.code === 'validation' && fields.includes('alias')) return refuse('alias_private', ['alias']);
    return refuse(err.code as RefusalCode, fields, err.details ?? {});
  }
}
