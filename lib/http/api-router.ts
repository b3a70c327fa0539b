import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { gzip as gzipCallback } from 'node:zlib';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { SECURITY_HEADERS } from './security-headers';

/**
 * The JSON API served straight from the route modules in `app/api`, without Next's request
 * pipeline. The route files stay the single definition of every endpoint (Next builds and serves
 * them in development, and tests call them directly); in production server.ts answers `/api/v1/*`,
 * `/api/health` and `/api/ready` through this table instead. Next's routing, React runtime and
 * per-request bookkeeping cost about 1 ms of CPU per call before our handler runs — more than
 * the handler itself for most reads (docs/PERFORMANCE.md, "Scale").
 *
 * Anything the table does not know (another path, a catch-all like `/api/auth/[...nextauth]`,
 * HEAD, OPTIONS) goes to Next, so its answers stay Next's; a method the route does not export
 * gets 405 with `Allow`, as Next answers.
 */

type Handler = (req: Request, ctx: { params: Promise<Record<string, string>> }) => Response | Promise<Response>;
type RouteModule = Partial<Record<(typeof METHODS)[number], Handler>>;

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

interface Route {
  /** Path segments; `null` is a dynamic segment whose name is in `names`. */
  segments: (string | null)[];
  names: string[];
  file: string;
  module?: Promise<RouteModule>;
}

export interface ApiRouter {
  /** Answers the request and returns true, or returns false and leaves it untouched. */
  serve(req: IncomingMessage, res: ServerResponse): boolean;
  routes: number;
}

/** Every `route.ts` under `dir`, as a route whose path starts with `prefix`. Catch-alls are left to Next. */
export function scanRoutes(dir: string, prefix: string[]): Route[] {
  const out: Route[] = [];
  const walk = (abs: string, segs: string[]) => {
    for (const entry of fs.readdirSync(abs, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(path.join(abs, entry.name), [...segs, entry.name]);
      else if (entry.name === 'route.ts') {
        if (segs.some((s) => s.startsWith('[...') || s.startsWith('[[') || s.startsWith('(') || s.startsWith('@'))) continue;
        const names: string[] = [];
        const segments = [...prefix, ...segs].map((s) => {
          const m = /^\[([A-Za-z0-9_]+)\]$/.exec(s);
          if (!m) return s;
          names.push(m[1]);
          return null;
        });
        out.push({ segments, names, file: path.join(abs, entry.name) });
      }
    }
  };
  if (fs.existsSync(dir)) walk(dir, []);
  return out;
}

/**
 * The route for a path, as Next picks it: a static segment beats a dynamic one at the same depth
 * (`/questions/similar` before `/questions/[id]`). Percent-escapes in dynamic segments are decoded;
 * a malformed escape matches nothing.
 */
export function matchRoute(routes: Route[], pathname: string): { route: Route; params: Record<string, string> } | null {
  const parts = pathname.split('/').filter(Boolean);
  let best: { route: Route; score: string } | null = null;
  for (const route of routes) {
    if (route.segments.length !== parts.length) continue;
    let score = '';
    let ok = true;
    for (let i = 0; i < parts.length; i++) {
      const seg = route.segments[i];
      if (seg === null) score += '0';
      else if (seg === parts[i]) score += '1';
      else {
        ok = false;
        break;
      }
    }
    if (ok && (!best || score > best.score)) best = { route, score };
  }
  if (!best) return null;
  const params: Record<string, string> = {};
  let n = 0;
  try {
    best.route.segments.forEach((seg, i) => {
      if (seg === null) params[best.route.names[n++]] = decodeURIComponent(parts[i]);
    });
  } catch {
    return null;
  }
  return { route: best.route, params };
}

const gzip = promisify(gzipCallback);
/** Below this a gzip header costs more than it saves. */
const GZIP_MIN_BYTES = 1024;

function toRequest(req: IncomingMessage, url: string): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined || name.startsWith(':')) continue;
    if (Array.isArray(value)) for (const v of value) headers.append(name, v);
    else headers.set(name, value);
  }
  const method = req.method ?? 'GET';
  const hasBody = method !== 'GET' && method !== 'HEAD';
  return new Request(url, {
    method,
    headers,
    body: hasBody ? (Readable.toWeb(req) as ReadableStream<Uint8Array>) : undefined,
    // Required by undici for a streamed body.
    ...(hasBody ? { duplex: 'half' } : {}),
  } as RequestInit);
}

async function send(req: IncomingMessage, res: ServerResponse, response: Response, compress: boolean) {
  for (const h of SECURITY_HEADERS) res.setHeader(h.key, h.value);
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie') res.setHeader(name, value);
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length) res.setHeader('set-cookie', cookies);
  if (!response.headers.has('cache-control')) res.setHeader('cache-control', 'no-store');
  let body = response.body ? Buffer.from(await response.arrayBuffer()) : null;
  if (body && compress && body.length >= GZIP_MIN_BYTES && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
    body = await gzip(body, { level: 6 });
    res.setHeader('content-encoding', 'gzip');
    res.setHeader('vary', 'Accept-Encoding');
  }
  if (body) res.setHeader('content-length', body.length);
  res.writeHead(response.status);
  res.end(body ?? undefined);
}

/**
 * A router over `app/api/v1` plus `/api/health` and `/api/ready`. Route modules load on first
 * use (`load` is the module loader: tsx's import in server.ts). `compress: false` leaves gzip to
 * a proxy in front (nginx), which spends its own CPU instead of the instance's.
 */
export function createApiRouter(opts: {
  appDir: string;
  compress: boolean;
  onError: (err: unknown) => void;
  load?: (file: string) => Promise<RouteModule>;
}): ApiRouter {
  const load = opts.load ?? ((file: string) => import(pathToFileURL(file).href) as Promise<RouteModule>);
  const apiDir = path.join(opts.appDir, 'api');
  const routes = [
    ...scanRoutes(path.join(apiDir, 'v1'), ['api', 'v1']),
    ...scanRoutes(path.join(apiDir, 'health'), ['api', 'health']),
    ...scanRoutes(path.join(apiDir, 'ready'), ['api', 'ready']),
  ];
  return {
    routes: routes.length,
    serve(req, res) {
      const method = req.method ?? 'GET';
      if (!(METHODS as readonly string[]).includes(method)) return false;
      const rawUrl = req.url ?? '/';
      if (!rawUrl.startsWith('/api/')) return false;
      const q = rawUrl.indexOf('?');
      const pathname = q === -1 ? rawUrl : rawUrl.slice(0, q);
      const match = matchRoute(routes, pathname);
      if (!match) return false;
      const route = match.route;
      route.module ??= load(route.file);
      void (async () => {
        try {
          const mod = await route.module!;
          const handler = mod[method as (typeof METHODS)[number]];
          if (!handler) {
            res.writeHead(405, { allow: METHODS.filter((m) => mod[m]).join(', '), 'cache-control': 'no-store' });
            res.end();
            return;
          }
          const host = String(req.headers.host ?? 'localhost');
          const response = await handler(toRequest(req, `http://${host}${rawUrl}`), { params: Promise.resolve(match.params) });
          await send(req, res, response, opts.compress);
        } catch (err) {
          opts.onError(err);
          if (!res.headersSent) {
            res.writeHead(500, { 'content-type': 'application/json', 'cache-control': 'no-store' });
            res.end(JSON.stringify({ error: { code: 'internal', message: 'Something went wrong on our side. Please try again.' } }));
          } else res.destroy();
        }
      })();
      return true;
    },
  };
}
