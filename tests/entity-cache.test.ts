/**
 * The entity cache's bounds, in memory and in Redis (when REDIS_URL names a server): fresh, then
 * stale up to its maximum age, at most its size, and never a record the platform disowned.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import type { AnyRecord } from '../schema/contract.js';
import { connectRedis, type SharedRedis } from '../subgraphs/redis.js';
import { MemoryEntityCache, type EntityCache, type EntityCacheLimits } from '../subgraphs/city/entity-cache.js';
import { RedisEntityCache } from '../subgraphs/city/entity-cache-redis.js';
import { REDIS_URL, titled } from './storage/backends.js';

const record = (localId: string) => ({ id: `putuo:policy:${localId}` }) as AnyRecord;
type Limits = Pick<EntityCacheLimits, 'freshnessMs'> & Partial<EntityCacheLimits>;

let redis: SharedRedis | undefined;
afterAll(async () => redis?.close());

const BACKENDS: { name: string; available: boolean; open(limits: Limits, now: () => number): Promise<EntityCache> }[] = [
  { name: 'memory', available: true, open: async (limits, now) => new MemoryEntityCache(limits, now) },
  {
    name: titled('Redis', { REDIS_URL }),
    available: REDIS_URL !== undefined,
    // Each test caches under a member name of its own, so tests never see each other's copies.
    open: async (limits, now) => new RedisEntityCache(limits, (redis ??= await connectRedis(REDIS_URL!)).client, `putuo-${randomUUID()}`, now),
  },
];

describe.each(BACKENDS)('the entity cache in $name', (backend) => {
  async function cacheAt(limits: Limits) {
    const clock = { now: 0 };
    return { cache: await backend.open(limits, () => clock.now), clock };
  }

  it.skipIf(!backend.available)('serves a record fresh within its window, then only as a stale copy with its age, then not at all', async () => {
    const { cache, clock } = await cacheAt({ freshnessMs: 1_000, staleMaxMs: 10_000 });
    await cache.store([record('A')]);
    clock.now = 1_000;
    expect(await cache.fresh('putuo:policy:A')).toEqual(record('A'));
    clock.now = 1_001;
    expect(await cache.fresh('putuo:policy:A')).toBeUndefined();
    expect(await cache.stale('putuo:policy:A')).toEqual({ record: record('A'), ageMs: 1_001 });
    clock.now = 10_001;
    expect(await cache.stale('putuo:policy:A')).toBeUndefined();
  });

  it.skipIf(!backend.available)('keeps at most maxRecords, dropping the ones stored longest ago', async () => {
    const { cache, clock } = await cacheAt({ freshnessMs: 1_000, maxRecords: 2 });
    await cache.store([record('A'), record('B')]);
    clock.now = 10;
    await cache.store([record('A')]);
    await cache.store([record('C')]);
    expect(await cache.stale('putuo:policy:B')).toBeUndefined();
    expect(await cache.fresh('putuo:policy:A')).toBeDefined();
    expect(await cache.fresh('putuo:policy:C')).toBeDefined();
  });

  it.skipIf(!backend.available)('forgets records a change batch deletes or reports quarantined, and everything on a reset', async () => {
    const { cache } = await cacheAt({ freshnessMs: 1_000 });
    await cache.store([record('A'), record('B'), record('C')]);
    await cache.apply({ reset: false, upserts: [], deletions: [{ id: 'putuo:policy:A' }], quarantined: [{ city: 'putuo', kind: 'policy', localId: 'B', reason: 'title: required text is missing' }] });
    expect(await cache.stale('putuo:policy:A')).toBeUndefined();
    expect(await cache.stale('putuo:policy:B')).toBeUndefined();
    expect(await cache.fresh('putuo:policy:C')).toBeDefined();
    await cache.apply({ reset: true, upserts: [record('D')], deletions: [] });
    expect(await cache.stale('putuo:policy:C')).toBeUndefined();
    expect(await cache.fresh('putuo:policy:D')).toBeDefined();
  });

  it.skipIf(!backend.available)('keeps nothing when freshness is 0, and refuses a maximum stale age below the freshness window', async () => {
    const { cache } = await cacheAt({ freshnessMs: 0 });
    await cache.store([record('A')]);
    expect(await cache.stale('putuo:policy:A')).toBeUndefined();
    await expect(backend.open({ freshnessMs: 5_000, staleMaxMs: 1_000 }, () => 0)).rejects.toThrow(/staleMaxMs/);
  });
});

describe(titled('two replicas sharing one Redis entity cache', { REDIS_URL }), () => {
  it.skipIf(!REDIS_URL)('serves through one replica what the other stored, and forgets it for both', async () => {
    const client = (redis ??= await connectRedis(REDIS_URL!)).client;
    const member = `putuo-${randomUUID()}`;
    const [first, second] = [new RedisEntityCache({ freshnessMs: 60_000 }, client, member), new RedisEntityCache({ freshnessMs: 60_000 }, client, member)];
    await first.store([record('A')]);
    expect(await second.fresh('putuo:policy:A')).toEqual(record('A'));
    await second.forget(['putuo:policy:A']);
    expect(await first.stale('putuo:policy:A')).toBeUndefined();
  });
});
