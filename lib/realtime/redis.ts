import { Redis } from 'ioredis';
import { createAdapter } from '@socket.io/redis-streams-adapter';

/**
 * With REDIS_URL, Socket.IO instances share events through one Redis stream (the streams
 * adapter keeps connection-state recovery working across instances; plain pub/sub does not).
 * Also registers the Redis probe that /api/ready uses.
 */
export async function connectRedisAdapter(url: string, opts: { streamName?: string } = {}) {
  const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 2, enableOfflineQueue: true });
  await client.connect();
  await client.ping();
  const holder = globalThis as { __villageRedisPing?: () => Promise<void> };
  holder.__villageRedisPing = async () => {
    await Promise.race([client.ping(), new Promise((_, reject) => setTimeout(() => reject(new Error('redis timeout')), 2000))]);
  };
  return {
    client,
    adapter: createAdapter(client, { streamName: opts.streamName ?? 'village', maxLen: 50_000 }),
    async close() {
      delete holder.__villageRedisPing;
      await client.quit().catch(() => client.disconnect());
    },
  };
}
