/**
 * A member's records as last seen. The change feed fills it (every sync lists what changed, or
 * everything for platforms without a feed), as do lookups and delivered writes; a list page of
 * the corridor then costs the platform nothing for records seen within the freshness window.
 * Past that window a record is kept, up to a maximum stale age, for one purpose: to be served,
 * marked stale, while its platform cannot answer. The cache holds a bounded number of records;
 * the ones stored longest ago are dropped first.
 */
import type { QuarantinedRecord } from '../../adapters/kit/validate.js';
import { globalId, type AnyRecord } from '../../schema/contract.js';

export interface CacheableChange {
  reset: boolean;
  upserts: AnyRecord[];
  deletions: { id: string }[];
  /** Records the platform now sends in a form that does not fit the contract: their last copy is no longer served. */
  quarantined?: readonly QuarantinedRecord[];
}

export interface EntityCacheLimits {
  /** How long a record is served without asking the platform; 0 disables the cache. */
  freshnessMs: number;
  /** How long after it was seen a record may still be served while its platform is down. */
  staleMaxMs: number;
  /** Most records kept. */
  maxRecords: number;
}

/** A day: a member down overnight still shows what it last had, marked with its age. */
export const DEFAULT_ENTITY_STALE_MAX_MS = 24 * 60 * 60 * 1000;
/** Ten times a member's records at the largest dataset the sandbox scales to (10,000 per kind). */
export const DEFAULT_ENTITY_CACHE_MAX_RECORDS = 300_000;

export interface StaleCopy {
  record: AnyRecord;
  ageMs: number;
}

/** Checks the limits and fills in the defaults. */
function entityCacheLimits(limits: Pick<EntityCacheLimits, 'freshnessMs'> & Partial<EntityCacheLimits>): EntityCacheLimits {
  const { freshnessMs } = limits;
  const staleMaxMs = limits.staleMaxMs ?? Math.max(DEFAULT_ENTITY_STALE_MAX_MS, freshnessMs);
  const maxRecords = limits.maxRecords ?? DEFAULT_ENTITY_CACHE_MAX_RECORDS;
  if (!(freshnessMs >= 0)) throw new TypeError(`freshnessMs must be >= 0, got ${freshnessMs}`);
  if (!(staleMaxMs >= freshnessMs)) throw new TypeError(`staleMaxMs must be >= freshnessMs (${freshnessMs}), got ${staleMaxMs}`);
  if (!(Number.isInteger(maxRecords) && maxRecords > 0)) throw new TypeError(`maxRecords must be a positive integer, got ${maxRecords}`);
  return { freshnessMs, staleMaxMs, maxRecords };
}

/**
 * The cache's rules, over a place that keeps copies: this process's memory (MemoryEntityCache),
 * or Redis shared by the member's replicas (RedisEntityCache, `REDIS_URL`).
 */
export abstract class EntityCache {
  protected readonly limits: EntityCacheLimits;

  constructor(
    limits: Pick<EntityCacheLimits, 'freshnessMs'> & Partial<EntityCacheLimits>,
    protected readonly now: () => number,
  ) {
    this.limits = entityCacheLimits(limits);
  }

  /** The last copy of a record, however old, within the maximum stale age. */
  abstract stale(id: string): Promise<StaleCopy | undefined>;
  /** Keeps copies of records seen now; the oldest go past `maxRecords`. */
  protected abstract keep(records: readonly AnyRecord[], storedAt: number): Promise<void>;
  /** Drops records that must not be served any more, however recently seen (gone from the platform, or unreadable there). */
  abstract forget(ids: Iterable<string>): Promise<void>;
  protected abstract clear(): Promise<void>;

  /** A record stored within the freshness window, by global id. */
  async fresh(id: string): Promise<AnyRecord | undefined> {
    const copy = await this.stale(id);
    return copy && copy.ageMs <= this.limits.freshnessMs ? copy.record : undefined;
  }

  async store(records: readonly AnyRecord[]): Promise<void> {
    if (this.limits.freshnessMs === 0 || records.length === 0) return;
    await this.keep(records, this.now());
  }

  /** Applies a change-feed batch: a reset replaces everything, deletions and quarantined records are forgotten. */
  async apply(change: CacheableChange): Promise<void> {
    if (change.reset) await this.clear();
    await this.store(change.upserts);
    await this.forget(change.deletions.map((deletion) => deletion.id));
    await this.forget((change.quarantined ?? []).flatMap((record) => (record.localId === null ? [] : [globalId(record.city, record.kind, record.localId)])));
  }
}

/** The cache in this process's memory: one replica's own. */
export class MemoryEntityCache extends EntityCache {
  /** In the order stored (a re-stored record moves to the end), so the first entry is the oldest. */
  private readonly entries = new Map<string, { record: AnyRecord; storedAt: number }>();

  constructor(limits: Pick<EntityCacheLimits, 'freshnessMs'> & Partial<EntityCacheLimits>, now: () => number = () => performance.now()) {
    super(limits, now);
  }

  async stale(id: string): Promise<StaleCopy | undefined> {
    const entry = this.entries.get(id);
    if (!entry) return undefined;
    const ageMs = this.now() - entry.storedAt;
    if (ageMs <= this.limits.staleMaxMs) return { record: entry.record, ageMs };
    this.entries.delete(id);
    return undefined;
  }

  protected async keep(records: readonly AnyRecord[], storedAt: number): Promise<void> {
    for (const record of records) {
      this.entries.delete(record.id);
      this.entries.set(record.id, { record, storedAt });
    }
    for (const id of this.entries.keys()) {
      if (this.entries.size <= this.limits.maxRecords) break;
      this.entries.delete(id);
    }
  }

  async forget(ids: Iterable<string>): Promise<void> {
    for (const id of ids) this.entries.delete(id);
  }

  protected async clear(): Promise<void> {
    this.entries.clear();
  }
}
