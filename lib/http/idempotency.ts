import 'server-only';
import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { idempotencyKeys } from '@/db/schema';
import { AppError } from './errors';
import type { Result } from './route';

/**
 * Runs `fn` once per (scope, key). The key row is claimed before the work starts, so two
 * copies of the same request racing on two instances cannot both create something.
 */
export async function runIdempotent(db: Db, scope: string, key: string, fn: () => Promise<Result>): Promise<Result> {
  if (key.length > 200) throw new AppError('validation', 'Idempotency-Key is too long', { 'Idempotency-Key': ['At most 200 characters'] });
  const claimed = await db.insert(idempotencyKeys).values({ scope, key }).onConflictDoNothing().returning();
  if (!claimed[0]) {
    const [row] = await db.select().from(idempotencyKeys).where(and(eq(idempotencyKeys.scope, scope), eq(idempotencyKeys.key, key)));
    if (!row || row.status === null) throw new AppError('idempotency_in_progress', 'The same request is still being processed');
    return { status: row.status, body: row.body, headers: { 'Idempotent-Replayed': 'true' } };
  }
  try {
    const result = await fn();
    await db
      .update(idempotencyKeys)
      .set({ status: result.status, body: result.body as object })
      .where(and(eq(idempotencyKeys.scope, scope), eq(idempotencyKeys.key, key)));
    return result;
  } catch (err) {
    if (err instanceof AppError && err.status < 500 && err.code !== 'rate_limited') {
      await db
        .update(idempotencyKeys)
        .set({ status: err.status, body: err.toJSON() })
        .where(and(eq(idempotencyKeys.scope, scope), eq(idempotencyKeys.key, key), isNull(idempotencyKeys.status)));
    } else {
      await db.delete(idempotencyKeys).where(and(eq(idempotencyKeys.scope, scope), eq(idempotencyKeys.key, key)));
    }
    throw err;
  }
}
