import 'server-only';
import { sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { rateLimits } from '@/db/schema';
import { getEnv, parseLimit, type Env } from '@/lib/env';
import { AppError } from '@/lib/http/errors';

export type LimitName = 'RATE_LIMIT_SIGNIN_EMAIL' | 'RATE_LIMIT_SIGNIN_IP' | 'RATE_LIMIT_SIGNUP_IP' | 'RATE_LIMIT_INVITES_USER';

function limitFor(name: LimitName, env: Env = getEnv()) {
  if (env.RATE_LIMITS === 'off') return null;
  return parseLimit(env[name]);
}

/**
 * Counts one hit against `key` in a fixed window and reports whether it is over the limit.
 * One statement, so concurrent hits on any instance are counted exactly.
 */
export async function hit(db: Db, name: LimitName, key: string): Promise<{ over: boolean; retryAfterSeconds: number }> {
  const limit = limitFor(name);
  if (!limit) return { over: false, retryAfterSeconds: 0 };
  const fullKey = `${name}:${key}`;
  const windowSql = sql`make_interval(secs => ${limit.windowMs / 1000})`;
  const [row] = await db
    .insert(rateLimits)
    .values({ key: fullKey, windowStart: sql`now()`, count: 1 })
    .onConflictDoUpdate({
      target: rateLimits.key,
      set: {
        count: sql`case when ${rateLimits.windowStart} <= now() - ${windowSql} then 1 else ${rateLimits.count} + 1 end`,
        windowStart: sql`case when ${rateLimits.windowStart} <= now() - ${windowSql} then now() else ${rateLimits.windowStart} end`,
      },
    })
    .returning({ count: rateLimits.count, windowStart: rateLimits.windowStart });
  const retryAfterSeconds = Math.max(1, Math.ceil((row.windowStart.getTime() + limit.windowMs - Date.now()) / 1000));
  return { over: row.count > limit.max, retryAfterSeconds };
}

export async function clearLimit(db: Db, name: LimitName, key: string) {
  await db.delete(rateLimits).where(sql`${rateLimits.key} = ${`${name}:${key}`}`);
}

/** Takes back one hit (an attempt that turned out fine), within the current window. */
export async function refundHit(db: Db, name: LimitName, key: string) {
  if (!limitFor(name)) return;
  await db
    .update(rateLimits)
    .set({ count: sql`greatest(${rateLimits.count} - 1, 0)` })
    .where(sql`${rateLimits.key} = ${`${name}:${key}`}`);
}

/** Counts a hit and throws 429 when over the limit. */
export async function enforce(db: Db, name: LimitName, key: string, message: string) {
  const result = await hit(db, name, key);
  if (result.over) throw new AppError('rate_limited', message, undefined, result.retryAfterSeconds);
}
