import 'server-only';
import { z } from 'zod';
import { getDb, type Db } from '@/db/client';
import type { Viewer } from '@/lib/accounts/viewer';
import { viewerFromHeaders } from '@/lib/auth/session';
import { AppError, fieldsFromIssues, unauthenticated } from './errors';
import { runIdempotent } from './idempotency';
import { clientIp } from './client-ip';

export { MAX_BODY_BYTES } from './limits';
import { MAX_BODY_BYTES } from './limits';

export interface Result {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

export const ok = (body: unknown, status = 200, headers?: Record<string, string>): Result => ({ status, body, headers });
export const noContent = (): Result => ({ status: 204, body: null });

interface Args<B, P, V, Q = Record<string, unknown>> {
  req: Request;
  db: Db;
  viewer: V;
  body: B;
  params: P;
  /** The query string, parsed with `opts.query` when given. */
  query: Q;
}

interface Options<BS extends z.ZodType | undefined, PS extends z.ZodType | undefined, QS extends z.ZodType | undefined = undefined> {
  body?: BS;
  params?: PS;
  query?: QS;
  /** POSTs that create something: a repeated Idempotency-Key returns the first result. */
  idempotent?: boolean;
}

type Infer<S> = S extends z.ZodType ? z.infer<S> : undefined;
type RouteContext = { params: Promise<Record<string, string | string[]>> };

export function errorResponse(err: unknown): Response {
  if (err instanceof AppError) {
    const headers: Record<string, string> = {};
    if (err.retryAfterSeconds) headers['Retry-After'] = String(err.retryAfterSeconds);
    return Response.json(err.toJSON(), { status: err.status, headers });
  }
  if (err instanceof z.ZodError) {
    return Response.json(new AppError('validation', 'Some fields need attention', fieldsFromIssues(err.issues)).toJSON(), { status: 400 });
  }
  console.error(err);
  return Response.json(new AppError('internal', 'Something went wrong on our side. Please try again.').toJSON(), { status: 500 });
}

async function readJson(req: Request): Promise<unknown> {
  const declared = Number(req.headers.get('content-length') ?? 0);
  if (declared > MAX_BODY_BYTES) throw new AppError('payload_too_large', 'The request body is larger than 1 MB');
  const text = await req.text();
  if (Buffer.byteLength(text) > MAX_BODY_BYTES) throw new AppError('payload_too_large', 'The request body is larger than 1 MB');
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError('invalid_json', 'The request body is not valid JSON');
  }
}

function toResponse(result: Result): Response {
  if (result.status === 204) return new Response(null, { status: 204, headers: result.headers });
  return Response.json(result.body, { status: result.status, headers: result.headers });
}

function build<V, BS extends z.ZodType | undefined, PS extends z.ZodType | undefined, QS extends z.ZodType | undefined>(
  requireAuth: boolean,
  opts: Options<BS, PS, QS>,
  handler: (args: Args<Infer<BS>, Infer<PS>, V, Infer<QS>>) => Promise<Result>,
) {
  return async (req: Request, ctx?: RouteContext): Promise<Response> => {
    try {
      const db = await getDb();
      const viewer = await viewerFromHeaders(db, req.headers);
      if (requireAuth && !viewer) throw unauthenticated();
      const rawParams = ctx ? await ctx.params : {};
      let params: unknown = rawParams;
      if (opts.params) {
        // A malformed id names nothing that exists: answer as for any unknown id.
        const parsed = opts.params.safeParse(rawParams);
        if (!parsed.success) throw new AppError('not_found', 'Not found');
        params = parsed.data;
      }
      let query: Record<string, unknown> = {};
      if (opts.query) {
        const parsed = opts.query.safeParse(Object.fromEntries(new URL(req.url).searchParams));
        if (!parsed.success) throw new AppError('validation', 'Some query parameters need attention', fieldsFromIssues(parsed.error.issues));
        query = parsed.data as Record<string, unknown>;
      }
      let body: unknown = undefined;
      if (opts.body) {
        const parsed = opts.body.safeParse(await readJson(req));
        if (!parsed.success) throw new AppError('validation', 'Some fields need attention', fieldsFromIssues(parsed.error.issues));
        body = parsed.data;
      }
      const run = () => handler({ req, db, viewer: viewer as V, body: body as Infer<BS>, params: params as Infer<PS>, query: query as Infer<QS> });
      const key = req.headers.get('idempotency-key');
      const result =
        opts.idempotent && key
          ? await runIdempotent(db, `${viewer?.id ?? `anonymous@${clientIp(req.headers)}`}:${req.method}:${new URL(req.url).pathname}`, key, run)
          : await run();
      return toResponse(result);
    } catch (err) {
      return errorResponse(err);
    }
  };
}

/** A route for signed-in users: anonymous callers get 401 before anything else runs. */
export function authedRoute<
  BS extends z.ZodType | undefined = undefined,
  PS extends z.ZodType | undefined = undefined,
  QS extends z.ZodType | undefined = undefined,
>(opts: Options<BS, PS, QS>, handler: (args: Args<Infer<BS>, Infer<PS>, Viewer, Infer<QS>>) => Promise<Result>) {
  return build<Viewer, BS, PS, QS>(true, opts, handler);
}

/** A route anyone may call; `viewer` is null when signed out. */
export function publicRoute<
  BS extends z.ZodType | undefined = undefined,
  PS extends z.ZodType | undefined = undefined,
  QS extends z.ZodType | undefined = undefined,
>(opts: Options<BS, PS, QS>, handler: (args: Args<Infer<BS>, Infer<PS>, Viewer | null, Infer<QS>>) => Promise<Result>) {
  return build<Viewer | null, BS, PS, QS>(false, opts, handler);
}
