import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildOpenApiDocument } from '@/lib/openapi';

/** Every route handler under app/api, as an OpenAPI path with its methods. */
function routesOnDisk(dir = path.join(process.cwd(), 'app', 'api')): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...routesOnDisk(full));
    else if (name === 'route.ts') out.push(full);
  }
  return out;
}

const toOpenApiPath = (file: string) =>
  '/' +
  path
    .relative(path.join(process.cwd(), 'app'), path.dirname(file))
    .split(path.sep)
    .map((seg) => seg.replace(/^\[(\w+)\]$/, '{$1}'))
    .join('/');

describe('the OpenAPI document', () => {
  const doc = buildOpenApiDocument();

  it('describes every JSON API route that exists (auth and the document itself aside)', () => {
    const missing = routesOnDisk()
      .map(toOpenApiPath)
      .filter((p) => p.startsWith('/api/v1/') || p === '/api/health' || p === '/api/ready')
      .filter((p) => p !== '/api/v1/openapi.json' && !doc.paths[p]);
    expect(missing).toEqual([]);
  });

  it('keeps the contract paths of PRODUCT.md', () => {
    for (const p of [
      '/api/v1/register',
      '/api/v1/me',
      '/api/v1/circles',
      '/api/v1/circles/{id}',
      '/api/v1/circles/{id}/invitations',
      '/api/v1/invitations/{code}/accept',
      '/api/v1/circles/{id}/chores',
      '/api/v1/chores/{id}/claim',
      '/api/v1/circles/{id}/encouragements',
      '/api/v1/circles/{id}/support-requests',
      '/api/v1/checkins',
      '/api/v1/me/export',
      '/api/v1/notifications',
      '/api/v1/notifications/read',
    ]) {
      expect(doc.paths[p], p).toBeDefined();
    }
  });

  it('lists the live events with their payloads', () => {
    expect(Object.keys(doc['x-socket-events'])).toEqual(
      expect.arrayContaining(['circle:member_joined', 'circle:member_left', 'chore:created', 'chore:updated', 'encouragement:created', 'support:requested', 'support:answered', 'notification:created']),
    );
  });
});
