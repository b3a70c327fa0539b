/**
 * The Redis the multi-instance tests use (TEST_REDIS_URL, default the machine's), and whether it
 * answers. Without it those tests are reported as skipped, loudly; with REQUIRE_REDIS=1 (CI) a
 * missing Redis fails instead.
 */
import { Redis } from 'ioredis';

export const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

export async function requireRedisOrWarn(what: string): Promise<boolean> {
  const probe = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null, connectTimeout: 1000 });
  let reachable = false;
  try {
    await probe.connect();
    await probe.ping();
    reachable = true;
  } catch {
    reachable = false;
  } finally {
    probe.disconnect();
  }
  if (!reachable) {
    if (process.env.REQUIRE_REDIS === '1') throw new Error(`REQUIRE_REDIS=1 but Redis is not reachable at ${REDIS_URL}`);
    console.warn(`\n*** Redis is not reachable at ${REDIS_URL}: ${what} are SKIPPED. Start redis-server (apt-get install redis-server) to run them. ***\n`);
  }
  return reachable;
}
