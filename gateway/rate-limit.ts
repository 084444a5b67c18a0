/**
 * Rate limits per API key and, for anonymous callers, per client address: a token bucket of
 * `burst` requests refilled at `perMinute`, kept by rate-limiter-flexible. rate-limiter-flexible
 * counts points in fixed windows, so a bucket is a window of `burst` points lasting as long as
 * `burst` tokens take to refill: a caller may send `burst` at once and `perMinute` on average.
 * Where the counts live is a `RateLimitStore`: memory for one gateway process; several gateways
 * share theirs by a store built on `RateLimiterRedis` (the same `consume` interface).
 */
import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { z } from 'zod';

export const RateSchema = z
  .object({
    /** Sustained requests per minute. */
    perMinute: z.number().int().positive(),
    /** Requests that may arrive at once. */
    burst: z.number().int().positive(),
  })
  .strict();
export type Rate = z.infer<typeof RateSchema>;

export const DEFAULT_ANONYMOUS_RATE: Rate = { perMinute: 120, burst: 30 };
export const DEFAULT_KEY_RATE: Rate = { perMinute: 600, burst: 100 };

/** One bucket shape's counters, by caller key. */
export type RateLimitBucket = Pick<RateLimiterAbstract, 'consume'>;
/** Makes the counters for one bucket shape; `keyPrefix` keeps shapes apart in a shared store. */
export type RateLimitStore = (options: { points: number; durationSeconds: number; keyPrefix: string }) => RateLimitBucket;

export const memoryRateLimitStore: RateLimitStore = ({ points, durationSeconds, keyPrefix }) => new RateLimiterMemory({ points, duration: durationSeconds, keyPrefix });

/**
 * Counts in Redis, shared by every gateway replica, so a caller's rate is the same however its
 * requests are spread. While Redis fails, each gateway counts in its own memory instead, rather
 * than refusing everyone or admitting everyone.
 */
export function redisRateLimitStore(client: Redis): RateLimitStore {
  return ({ points, durationSeconds, keyPrefix }) =>
    new RateLimiterRedis({ storeClient: client, points, duration: durationSeconds, keyPrefix: `hub:${keyPrefix}`, insuranceLimiter: new RateLimiterMemory({ points, duration: durationSeconds, keyPrefix }) });
}

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export class RateLimiter {
  /** One bucket per distinct rate (the two defaults and any key's own). */
  private readonly buckets = new Map<string, RateLimitBucket>();

  constructor(private readonly store: RateLimitStore = memoryRateLimitStore) {}

  /** Takes one token from `caller`'s bucket at `rate`. */
  async take(caller: string, rate: Rate): Promise<RateDecision> {
    const shape = `${rate.perMinute}/${rate.burst}`;
    let bucket = this.buckets.get(shape);
    if (!bucket) {
      bucket = this.store({ points: rate.burst, durationSeconds: Math.max(1, Math.round((rate.burst * 60) / rate.perMinute)), keyPrefix: `rate:${shape}` });
      this.buckets.set(shape, bucket);
    }
    try {
      await bucket.consume(caller);
      return { allowed: true };
    } catch (rejection) {
      // rate-limiter-flexible rejects with a RateLimiterRes when the bucket is empty, with an Error when its store fails.
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) };
    }
  }
}
