import 'server-only';
import { getDatabase } from '@/db/client';

type Check = 'ok' | 'down';

/** Liveness and readiness share one probe: the database (and Redis, when configured). */
export async function checkHealth(): Promise<{ status: 'ok' | 'down'; db: Check; redis?: Check }> {
  let db: Check = 'down';
  try {
    const database = await getDatabase();
    await Promise.race([database.ping(), new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 2000))]);
    db = 'ok';
  } catch {
    db = 'down';
  }
  const probe = (globalThis as { __villageRedisPing?: () => Promise<void> }).__villageRedisPing;
  let redis: Check | undefined;
  if (probe) {
    try {
      await probe();
      redis = 'ok';
    } catch {
      redis = 'down';
    }
  }
  const status = db === 'ok' && redis !== 'down' ? 'ok' : 'down';
  return { status, db, ...(redis ? { redis } : {}) };
}
