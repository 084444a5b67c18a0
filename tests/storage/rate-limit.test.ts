/**
 * The gateway's rate limits in memory and in Redis (when REDIS_URL names a server): a bucket
 * admits its burst, then refuses with a wait; in Redis, two gateways draw from one bucket.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { memoryRateLimitStore, RateLimiter, redisRateLimitStore, type RateLimitStore } from '../../gateway/rate-limit.js';
import { connectRedis, type SharedRedis } from '../../subgraphs/redis.js';
import { REDIS_URL, titled } from './backends.js';

const RATE = { perMinute: 60, burst: 3 };

let redis: SharedRedis | undefined;
afterAll(async () => redis?.close());
const redisStore = async () => redisRateLimitStore((redis ??= await connectRedis(REDIS_URL!)).client);

const BACKENDS: { name: string; available: boolean; store(): Promise<RateLimitStore> }[] = [
  { name: 'memory', available: true, store: async () => memoryRateLimitStore },
  { name: titled('Redis', { REDIS_URL }), available: REDIS_URL !== undefined, store: redisStore },
];

describe.each(BACKENDS)('rate limits in $name', (backend) => {
  it.skipIf(!backend.available)('admits a burst, then refuses with the wait until the bucket refills', async () => {
    const limiter = new RateLimiter(await backend.store());
    // A caller of its own, so runs against one Redis never share a bucket.
    const caller = `key:${randomUUID()}`;
    for (let n = 0; n < RATE.burst; n++) expect(await limiter.take(caller, RATE)).toEqual({ allowed: true });
    const refused = await limiter.take(caller, RATE);
    expect(refused.allowed).toBe(false);
    expect(refused.allowed === false && refused.retryAfterSeconds).toBeGreaterThanOrEqual(1);
  });
});

describe(titled('two gateways sharing one Redis', { REDIS_URL }), () => {
  it.skipIf(!REDIS_URL)('draws one bucket for a caller, whichever gateway its requests reach', async () => {
    const [first, second] = [new RateLimiter(await redisStore()), new RateLimiter(await redisStore())];
    const caller = `key:${randomUUID()}`;
    for (let n = 0; n < RATE.burst; n++) expect(await (n % 2 ? second : first).take(caller, RATE)).toEqual({ allowed: true });
    expect((await first.take(caller, RATE)).allowed).toBe(false);
    expect((await second.take(caller, RATE)).allowed).toBe(false);
  });
});
