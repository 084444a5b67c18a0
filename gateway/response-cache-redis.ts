/**
 * The gateway's response cache in Redis (`REDIS_URL`), so every gateway replica answers from the
 * answers any of them cached. It is the key-value cache Apollo's response-cache plugin takes;
 * entries expire with the answer's own max-age. A Redis that fails is a miss, never a failed
 * request.
 */
import type responseCachePlugin from '@apollo/server-plugin-response-cache';
import type { Redis } from 'ioredis';
import { log } from '../subgraphs/log.js';

type ResponseCache = NonNullable<NonNullable<Parameters<typeof responseCachePlugin>[0]>['cache']>;

const PREFIX = 'hub:response:';

export function redisResponseCache(client: Redis): ResponseCache {
  const tolerant = async <T>(what: string, work: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await work();
    } catch (error) {
      log.warn({ err: error }, `response cache ${what} failed in Redis; treated as a miss`);
      return undefined;
    }
  };
  return {
    get: async (key) => (await tolerant('read', () => client.get(PREFIX + key))) ?? undefined,
    set: async (key, value, options) => {
      const ttlSeconds = options?.ttl;
      await tolerant('write', () => (ttlSeconds ? client.set(PREFIX + key, value, 'PX', Math.ceil(ttlSeconds * 1000)) : client.set(PREFIX + key, value)));
    },
    delete: async (key) => {
      await tolerant('delete', () => client.del(PREFIX + key));
    },
  };
}
