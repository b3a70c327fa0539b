import 'server-only';
import type { z } from 'zod';
import { redirect, unstable_rethrow } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getDb, type Db } from '@/db/client';
import type { Viewer } from '@/lib/accounts/viewer';
import { getViewer } from '@/lib/auth/viewer';
import { AppError } from './errors';

/** What every server action hands back to `useActionState`. Messages are already translated. */
export interface ActionState<D = unknown> {
  status: 'idle' | 'success' | 'error';
  /** Form-level message (success or error). */
  message?: string;
  /** First problem per field, keyed by the field's name. */
  fields?: Record<string, string>;
  /** What was typed, so the form can show it again after an error. Never passwords. */
  values?: Record<string, string>;
  data?: D;
  /** Facts a domain error carries for the client, e.g. who holds a chore (`holder`). */
  details?: Record<string, unknown>;
}

export const initialActionState: ActionState<never> = { status: 'idle' };

interface Args<S extends z.ZodType, V> {
  db: Db;
  viewer: V;
  input: z.output<S>;
  formData: FormData;
}

interface Options {
  /** Translation key of the message shown on success. */
  success?: string;
  /** Fields never echoed back (passwords). */
  secret?: string[];
}

type Action<D> = (prev: ActionState<D>, formData: FormData) => Promise<ActionState<D>>;
type Translate = Awaited<ReturnType<typeof getTranslations>>;

interface LooseIssue {
  code: string;
  path: PropertyKey[];
  minimum?: number | bigint;
  maximum?: number | bigint;
  format?: string;
}

/**
 * FormData → plain object for zod. Empty inputs count as "not given", so optional fields stay
 * optional and required ones fail as required. Next's own `$ACTION_…` entries are dropped.
 */
function formToObject(formData: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith('$ACTION') || typeof value !== 'string' || value === '') continue;
    out[key] = value;
  }
  return out;
}

function echoValues(formData: FormData, secret: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith('$ACTION') || typeof value !== 'string' || secret.includes(key)) continue;
    out[key] = value;
  }
  return out;
}

/** A zod issue in the reader's language: a field-specific text when we have one, else a generic one. */
function issueMessage(t: Translate, issue: LooseIssue): string {
  const field = issue.path.map(String).join('.') || 'form';
  let kind: string;
  switch (issue.code) {
    case 'invalid_type':
      kind = 'required';
      break;
    case 'too_small':
      kind = Number(issue.minimum) <= 1 ? 'required' : 'too_short';
      break;
    case 'too_big':
      kind = 'too_long';
      break;
    case 'invalid_format':
      kind = issue.format === 'email' ? 'email' : 'format';
      break;
    case 'invalid_value':
      kind = 'choose';
      break;
    default:
      kind = 'invalid';
  }
  const specific = `validation.fields.${field}.${kind}`;
  if (t.has(specific)) return t(specific);
  return t(`validation.${kind}`, { minimum: Number(issue.minimum ?? 0), maximum: Number(issue.maximum ?? 0) });
}

async function errorState<D>(err: unknown, values: Record<string, string>): Promise<ActionState<D>> {
  const t = await getTranslations();
  if (err instanceof AppError) {
    const known = t.has(`errors.${err.code}`);
    if (!known || err.code === 'internal') console.error(err);
    const message = known ? t(`errors.${err.code}`) : t('errors.internal');
    const fields: Record<string, string> = {};
    for (const name of Object.keys(err.fields ?? {})) {
      const key = `fieldErrors.${err.code}.${name}`;
      fields[name] = t.has(key) ? t(key) : message;
    }
    return { status: 'error', message, fields, values, ...(err.details ? { details: err.details } : {}) };
  }
  console.error(err);
  return { status: 'error', message: t('errors.internal'), values };
}

function build<V, S extends z.ZodType, D>(
  requireSession: boolean,
  schema: S,
  handler: (args: Args<S, V>) => Promise<D>,
  opts: Options,
): Action<D> {
  const secret = opts.secret ?? ['password'];
  return async (_prev, formData) => {
    const viewer = await getViewer();
    // Every exported action is a public POST: no session, no work.
    if (requireSession && !viewer) redirect('/sign-in');
    const values = echoValues(formData, secret);
    const parsed = schema.safeParse(formToObject(formData));
    if (!parsed.success) {
      const t = await getTranslations();
      const fields: Record<string, string> = {};
      for (const issue of parsed.error.issues as LooseIssue[]) {
        const name = issue.path.map(String).join('.') || 'form';
        fields[name] ??= issueMessage(t, issue);
      }
      return { status: 'error', message: t('validation.summary'), fields, values };
    }
    try {
      const data = await handler({ db: await getDb(), viewer: viewer as V, input: parsed.data, formData });
      const message = opts.success ? (await getTranslations())(opts.success) : undefined;
      return { status: 'success', message, data };
    } catch (err) {
      // redirect() and notFound() travel as exceptions: let Next handle them.
      unstable_rethrow(err);
      return errorState<D>(err, values);
    }
  };
}

/** A server action for signed-in people: reads the session, parses the form, maps errors. */
export function authedAction<S extends z.ZodType, D = void>(schema: S, handler: (args: Args<S, Viewer>) => Promise<D>, opts: Options = {}) {
  return build<Viewer, S, D>(true, schema, handler, opts);
}

/** A server action anyone may use (sign-up, sign-in, language); `viewer` is null when signed out. */
export function publicAction<S extends z.ZodType, D = void>(schema: S, handler: (args: Args<S, Viewer | null>) => Promise<D>, opts: Options = {}) {
  return build<Viewer | null, S, D>(false, schema, handler, opts);
}
