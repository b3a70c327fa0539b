/**
 * The production API router (lib/http/api-router.ts) over a real HTTP server: the route modules in
 * app/api answer through it exactly as the contract says — status, error codes, JSON bodies,
 * security headers, gzip — and whatever it does not know is left to the fallback (Next).
 */
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { resetEnv } from '@/lib/env';
import { createApiRouter, matchRoute, scanRoutes } from '@/lib/http/api-router';
import { setupTestDatabase } from '../helpers/db';
import { family, type Family } from '../helpers/village';

setupTestDatabase({ beforeAll, afterAll, beforeEach });
const appDir = path.join(process.cwd(), 'app');

let server: Server;
let base: string;
const errors: unknown[] = [];

beforeAll(async () => {
  process.env.RATE_LIMITS = 'off';
  resetEnv();
  const router = createApiRouter({ appDir, compress: true, onError: (err) => errors.push(err) });
  server = createServer((req, res) => {
    if (router.serve(req, res)) return;
    res.writeHead(418, { 'content-type': 'text/plain' });
    res.end('fallback');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

/** A raw request, so that gzip is seen as sent (fetch would undo it). */
function raw(method: string, url: string, headers: Record<string, string> = {}, body?: string) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>((resolve, reject) => {
    const req = request(base + url, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    if (body !== undefined) req.write(body);
    req.end();
  });
}

describe('the route table', () => {
  const routes = scanRoutes(path.join(appDir, 'api', 'v1'), ['api', 'v1']);

  it('finds the API routes and leaves catch-alls to Next', () => {
    expect(routes.length).toBeGreaterThan(60);
    expect(matchRoute(routes, '/api/v1/circles')?.route.file).toMatch(/v1\/circles\/route\.ts$/);
    const all = [...routes, ...scanRoutes(path.join(appDir, 'api'), ['api'])];
    expect(matchRoute(all, '/api/auth/session')).toBeNull();
  });

  it('prefers a static segment to a dynamic one, as Next does', () => {
    expect(matchRoute(routes, '/api/v1/questions/similar')?.route.file).toMatch(/questions\/similar\/route\.ts$/);
    expect(matchRoute(routes, '/api/v1/posts/preview')?.route.file).toMatch(/posts\/preview\/route\.ts$/);
    const byId = matchRoute(routes, '/api/v1/questions/abc');
    expect(byId?.route.file).toMatch(/questions\/\[id\]\/route\.ts$/);
    expect(byId?.params).toEqual({ id: 'abc' });
  });

  it('decodes dynamic segments and names every one', () => {
    const m = matchRoute(routes, '/api/v1/answers/a%20b/suggestions/2/chore');
    expect(m?.params).toEqual({ id: 'a b', index: '2' });
    expect(matchRoute(routes, '/api/v1/questions/%E0%A4%A')).toBeNull();
    expect(matchRoute(routes, '/api/v1/nothing-here')).toBeNull();
  });
});

describe(`the API through the router (${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  let f: Family;
  beforeEach(async () => {
    f = await family();
    errors.length = 0;
  });

  it('an anonymous caller gets 401 with the contract’s error body and the security headers', async () => {
    const res = await fetch(`${base}/api/v1/circles/${f.circle.id}/chores`);
    expect(res.status).toBe(401);
    expect((await res.json()).error.code).toBe('unauthenticated');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('a stranger is refused, a member reads the board, and a POST body arrives', async () => {
    const strangerRes = await fetch(`${base}/api/v1/circles/${f.circle.id}/chores`, { headers: { cookie: f.stranger.cookie } });
    expect(strangerRes.status).toBe(404);

    const created = await fetch(`${base}/api/v1/circles/${f.circle.id}/chores`, {
      method: 'POST',
      headers: { cookie: f.partner.cookie, 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'Nấu cháo cá', category: 'meals' }),
    });
    expect(created.status).toBe(201);
    const chore = await created.json();
    expect(chore.title).toBe('Nấu cháo cá');

    const board = await fetch(`${base}/api/v1/circles/${f.circle.id}/chores`, { headers: { cookie: f.mother.cookie } });
    expect(board.status).toBe(200);
    expect((await board.json()).items.map((c: { id: string }) => c.id)).toEqual([chore.id]);

    const claim = await fetch(`${base}/api/v1/chores/${chore.id}/claim`, { method: 'POST', headers: { cookie: f.grandma.cookie } });
    expect(claim.status).toBe(200);
    const again = await fetch(`${base}/api/v1/chores/${chore.id}/claim`, { method: 'POST', headers: { cookie: f.partner.cookie } });
    expect(again.status).toBe(409);
    expect((await again.json()).error.code).toBe('chore_taken');
    expect(errors).toEqual([]);
  });

  it('bad JSON is a 400 and loses nothing; a method the route lacks is a 405 with Allow', async () => {
    const bad = await raw('POST', `/api/v1/circles/${f.circle.id}/chores`, { cookie: f.partner.cookie, 'content-type': 'application/json' }, '{"title": ');
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body.toString()).error.code).toBe('invalid_json');
    const board = await fetch(`${base}/api/v1/circles/${f.circle.id}/chores`, { headers: { cookie: f.mother.cookie } });
    expect((await board.json()).items).toEqual([]);

    const wrong = await raw('PATCH', `/api/v1/circles/${f.circle.id}/chores`, { cookie: f.partner.cookie });
    expect(wrong.status).toBe(405);
    expect(String(wrong.headers.allow).split(', ').sort()).toEqual(['GET', 'POST']);
  });

  it('compresses a large answer for a client that accepts gzip, and not for one that does not', async () => {
    for (let i = 0; i < 12; i++) {
      const res = await fetch(`${base}/api/v1/circles/${f.circle.id}/chores`, {
        method: 'POST',
        headers: { cookie: f.partner.cookie, 'content-type': 'application/json' },
        body: JSON.stringify({ title: `Việc nhà số ${i}`, category: 'cleaning', notes: 'Giặt và phơi quần áo của bé' }),
      });
      expect(res.status).toBe(201);
    }
    const url = `/api/v1/circles/${f.circle.id}/chores`;
    const zipped = await raw('GET', url, { cookie: f.mother.cookie, 'accept-encoding': 'gzip, br' });
    expect(zipped.status).toBe(200);
    expect(zipped.headers['content-encoding']).toBe('gzip');
    const plain = await raw('GET', url, { cookie: f.mother.cookie });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(zipped.body.length).toBeLessThan(plain.body.length / 2);
    const unzipped = JSON.parse(gunzipSync(zipped.body).toString());
    expect(unzipped.items).toHaveLength(12);
    expect(JSON.parse(plain.body.toString()).items.map((c: { id: string }) => c.id)).toEqual(unzipped.items.map((c: { id: string }) => c.id));
  });

  it('leaves paths it does not know, HEAD and Auth.js to the fallback', async () => {
    expect((await raw('GET', '/api/v1/nothing-here')).status).toBe(418);
    expect((await raw('GET', '/api/auth/session')).status).toBe(418);
    expect((await raw('HEAD', '/api/health')).status).toBe(418);
    expect((await raw('GET', '/groups')).status).toBe(418);
    const health = await raw('GET', '/api/health');
    expect(health.status).toBe(200);
    expect(JSON.parse(health.body.toString()).status).toBe('ok');
  });
});
