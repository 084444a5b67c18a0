/**
 * The entity cache in Redis (`REDIS_URL`), shared by every replica of a member's city subgraph, so
 * a record one replica fetched costs the platform nothing on the others. Each copy is a key that
 * Redis expires at the maximum stale age; a sorted set per member, scored by when each copy was
 * stored, finds the oldest when the cache is past `maxRecords` and everything on a reset. Ages
 * are wall-clock milliseconds, since the replicas share no monotonic clock. A Redis that fails
 * is a cache miss: the platform is asked, never the request failed.
 */
import type { Redis } from 'ioredis';
import type { AnyRecord } from '../../schema/contract.js';
import { log } from '../log.js';
import { EntityCache, type EntityCacheLimits, type StaleCopy } from './entity-cache.js';

export class RedisEntityCache extends EntityCache {
  constructor(
    limits: Pick<EntityCacheLimits, 'freshnessMs'> & Partial<EntityCacheLimits>,
    private readonly redis: Redis,
    /** The member whose records these are; its replicas share the cache, other members never see it. */
    private readonly member: string,
    now: () => number = Date.now,
  ) {
    super(limits, now);
  }

  async stale(id: string): Promise<StaleCopy | undefined> {
    const stored = await this.tolerant('read', () => this.redis.get(this.key(id)));
    if (!stored) return undefined;
    const { record, storedAt } = JSON.parse(stored) as { record: AnyRecord; storedAt: number };
    const ageMs = this.now() - storedAt;
    return ageMs <= this.limits.staleMaxMs ? { record, ageMs } : undefined;
  }

  protected async keep(records: readonly AnyRecord[], storedAt: number): Promise<void> {
    await this.tolerant('store', async () => {
      const batch = this.redis.multi();
      for (const record of records) {
        batch.set(this.key(record.id), JSON.stringify({ record, storedAt }), 'PX', this.limits.staleMaxMs);
        batch.zadd(this.index, storedAt, record.id);
      }
      await batch.exec();
      // Expired copies stay in the index until trimmed here; it is bounded by maxRecords all the same.
      const excess = (await this.redis.zcard(this.index)) - this.limits.maxRecords;
      if (excess > 0) await this.drop(await this.redis.zrange(this.index, '0', String(excess - 1)));
    });
  }

  async forget(ids: Iterable<string>): Promise<void> {
    await this.tolerant('forget', () => this.drop([...ids]));
  }

  protected async clear(): Promise<void> {
    await this.tolerant('clear', async () => this.drop(await this.redis.zrange(this.index, '0', '-1')));
  }

  private key(id: string): string {
    return `hub:entity:${this.member}:${id}`;
  }

  private get index(): string {
    return `hub:entity-index:${this.member}`;
  }

  private async drop(ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.redis
      .multi()
      .del(...ids.map((id) => this.key(id)))
      .zrem(this.index, ...ids)
      .exec();
  }

  private async tolerant<T>(what: string, work: () => Promise<T>): Promise<T | undefined> {
    try {
      return await work();
    } catch (error) {
      log.warn({ city: this.member, err: error }, `entity cache ${what} failed in Redis; treated as a miss`);
      return undefined;
    }
  }
}
