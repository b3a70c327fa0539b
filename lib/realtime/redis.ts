import { Redis } from 'ioredis';
import { createAdapter } from '@socket.io/redis-streams-adapter';
import { decode as msgpackDecode } from '@msgpack/msgpack';
import { sharedRestore, StreamTail } from './stream-recovery';

/** The adapter's own key prefix for persisted sessions (its default). */
const SESSION_KEY_PREFIX = 'sio:session:';

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
  const streamName = opts.streamName ?? 'village';
  const streams = createAdapter(client, { streamName, maxLen: 50_000, sessionKeyPrefix: SESSION_KEY_PREFIX });
  // Sessions are restored from one shared read of the stream (lib/realtime/stream-recovery.ts).
  const tail = new StreamTail(client, streamName);
  // Socket.IO calls it with `new`: a plain function that returns the adapter, as createAdapter's own.
  const adapter = function (nsp: { name: string }) {
    const instance = (streams as (nsp: unknown) => { restoreSession: unknown; constructor: unknown })(nsp);
    const decode = (instance.constructor as { decode: (raw: unknown) => never }).decode;
    instance.restoreSession = sharedRestore({
      client,
      tail,
      streamName,
      nsp: nsp.name,
      sessionKeyPrefix: SESSION_KEY_PREFIX,
      decode: (raw) => decode(raw),
      decodeSession: (raw) => msgpackDecode(Buffer.from(raw, 'base64')) as never,
    });
    return instance;
  };
  return {
    client,
    tail,
    adapter: adapter as unknown as ReturnType<typeof createAdapter>,
    async close() {
      delete holder.__villageRedisPing;
      await client.quit().catch(() => client.disconnect());
    },
  };
}
