/**
 * The Redis connection a process shares its caches and counters over (`REDIS_URL`). Commands
 * issued in one tick go out in one round trip (auto-pipelining), so looking up every reference of
 * a batch costs one exchange. A Redis that stops answering must not stall a request: commands
 * fail after a short timeout and callers treat a failure as a cache miss.
 */
import { Redis } from 'ioredis';

export interface SharedRedis {
  client: Redis;
  close(): Promise<void>;
}

/** Connects and waits until Redis answers, so a wrong URL fails the start rather than every request. */
export async function connectRedis(url: string): Promise<SharedRedis> {
  const client = new Redis(url, { enableAutoPipelining: true, commandTimeout: 1_000, maxRetriesPerRequest: 1, lazyConnect: true });
  try {
    await client.connect();
  } catch (error) {
    client.disconnect();
    throw error;
  }
  return {
    client,
    close: async () => {
      await client.quit().catch(() => client.disconnect());
    },
  };
}
