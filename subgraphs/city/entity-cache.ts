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

export class EntityCache {
  /** In the order stored (a re-stored record moves to the end), so the first entry is the oldest. */
  private readonly entries = new Map<string, { record: AnyRecord; storedAt: number }>();
  private readonly limits: EntityCacheLimits;

  constructor(
    limits: Pick<EntityCacheLimits, 'freshnessMs'> & Partial<EntityCacheLimits>,
    private readonly now: () => number = () => performance.now(),
  ) {
    const { freshnessMs } = limits;
    const staleMaxMs = limits.staleMaxMs ?? Math.max(DEFAULT_ENTITY_STALE_MAX_MS, freshnessMs);
    const maxRecords = limits.maxRecords ?? DEFAULT_ENTITY_CACHE_MAX_RECORDS;
    this.limits = { freshnessMs, staleMaxMs, maxRecords };
    if (!(freshnessMs >= 0)) throw new TypeError(`freshnessMs must be >= 0, got ${freshnessMs}`);
    if (!(staleMaxMs >= freshnessMs)) throw new TypeError(`staleMaxMs must be >= freshnessMs (${freshnessMs}), got ${staleMaxMs}`);
    if (!(Number.isInteger(maxRecords) && maxRecords > 0)) throw new TypeError(`maxRecords must be a positive integer, got ${maxRecords}`);
  }

  /** A record stored within the freshness window, by global id. */
  fresh(id: string): AnyRecord | undefined {
    const copy = this.stale(id);
    return copy && copy.ageMs <= this.limits.freshnessMs ? copy.record : undefined;
  }

  /** The last copy of a record, however old, within the maximum stale age. */
  stale(id: string): StaleCopy | undefined {
    const entry = this.entries.get(id);
    if (!entry) return undefined;
    const ageMs = this.now() - entry.storedAt;
    if (ageMs <= this.limits.staleMaxMs) return { record: entry.record, ageMs };
    this.entries.delete(id);
    return undefined;
  }

  store(records: readonly AnyRecord[]): void {
    if (this.limits.freshnessMs === 0) return;
    const storedAt = this.now();
    for (const record of records) {
      this.entries.delete(record.id);
      this.entries.set(record.id, { record, storedAt });
    }
    for (const id of this.entries.keys()) {
      if (this.entries.size <= this.limits.maxRecords) break;
      this.entries.delete(id);
    }
  }

  /** Drops records that must not be served any more, however recently seen (gone from the platform, or unreadable there). */
  forget(ids: Iterable<string>): void {
    for (const id of ids) this.entries.delete(id);
  }

  /** Applies a change-feed batch: a reset replaces everything, deletions and quarantined records are forgotten. */
  apply(change: CacheableChange): void {
    if (change.reset) this.entries.clear();
    this.store(change.upserts);
    this.forget(change.deletions.map((deletion) => deletion.id));
    this.forget((change.quarantined ?? []).flatMap((record) => (record.localId === null ? [] : [globalId(record.city, record.kind, record.localId)])));
  }
}
