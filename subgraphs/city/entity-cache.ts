/**
 * A member's records as last seen, kept for as long as the member's data may be served stale.
 * The change feed fills it (every sync lists what changed, or everything for platforms without
 * a feed), as do lookups and delivered writes; a list page of the corridor then costs the
 * platform nothing for records seen within the freshness window.
 */
import type { AnyRecord } from '../../schema/contract.js';

export interface CacheableChange {
  reset: boolean;
  upserts: AnyRecord[];
  deletions: { id: string }[];
}

export class EntityCache {
  private readonly entries = new Map<string, { record: AnyRecord; storedAt: number }>();

  /** `freshnessMs` 0 disables the cache: every lookup goes to the platform. */
  constructor(
    private readonly freshnessMs: number,
    private readonly now: () => number = () => performance.now(),
  ) {
    if (!(freshnessMs >= 0)) throw new TypeError(`freshnessMs must be >= 0, got ${freshnessMs}`);
  }

  /** A record stored within the freshness window, by global id. */
  fresh(id: string): AnyRecord | undefined {
    const entry = this.entries.get(id);
    if (!entry) return undefined;
    if (this.now() - entry.storedAt <= this.freshnessMs) return entry.record;
    this.entries.delete(id);
    return undefined;
  }

  store(records: readonly AnyRecord[]): void {
    if (this.freshnessMs === 0) return;
    const storedAt = this.now();
    for (const record of records) this.entries.set(record.id, { record, storedAt });
  }

  /** Applies a change-feed batch: a reset replaces everything, deletions are forgotten. */
  apply(change: CacheableChange): void {
    if (change.reset) this.entries.clear();
    this.store(change.upserts);
    for (const deletion of change.deletions) this.entries.delete(deletion.id);
  }

  get size(): number {
    return this.entries.size;
  }
}
