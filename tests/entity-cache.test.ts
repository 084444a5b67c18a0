/** The entity cache's bounds: fresh, then stale up to its maximum age, at most its size, and never a record the platform disowned. */
import { describe, expect, it } from 'vitest';
import type { AnyRecord } from '../schema/contract.js';
import { EntityCache } from '../subgraphs/city/entity-cache.js';

const record = (localId: string) => ({ id: `putuo:policy:${localId}` }) as AnyRecord;

function cacheAt(limits: ConstructorParameters<typeof EntityCache>[0]) {
  const clock = { now: 0 };
  return { cache: new EntityCache(limits, () => clock.now), clock };
}

describe('the entity cache', () => {
  it('serves a record fresh within its window, then only as a stale copy with its age, then not at all', () => {
    const { cache, clock } = cacheAt({ freshnessMs: 1_000, staleMaxMs: 10_000 });
    cache.store([record('A')]);
    clock.now = 1_000;
    expect(cache.fresh('putuo:policy:A')).toEqual(record('A'));
    clock.now = 1_001;
    expect(cache.fresh('putuo:policy:A')).toBeUndefined();
    expect(cache.stale('putuo:policy:A')).toEqual({ record: record('A'), ageMs: 1_001 });
    clock.now = 10_001;
    expect(cache.stale('putuo:policy:A')).toBeUndefined();
  });

  it('keeps at most maxRecords, dropping the ones stored longest ago', () => {
    const { cache, clock } = cacheAt({ freshnessMs: 1_000, maxRecords: 2 });
    cache.store([record('A'), record('B')]);
    clock.now = 10;
    cache.store([record('A')]);
    cache.store([record('C')]);
    expect(cache.stale('putuo:policy:B')).toBeUndefined();
    expect(cache.fresh('putuo:policy:A')).toBeDefined();
    expect(cache.fresh('putuo:policy:C')).toBeDefined();
  });

  it('forgets records a change batch deletes or reports quarantined', () => {
    const { cache } = cacheAt({ freshnessMs: 1_000 });
    cache.store([record('A'), record('B'), record('C')]);
    cache.apply({ reset: false, upserts: [], deletions: [{ id: 'putuo:policy:A' }], quarantined: [{ city: 'putuo', kind: 'policy', localId: 'B', reason: 'title: required text is missing' }] });
    expect(cache.stale('putuo:policy:A')).toBeUndefined();
    expect(cache.stale('putuo:policy:B')).toBeUndefined();
    expect(cache.fresh('putuo:policy:C')).toBeDefined();
  });

  it('keeps nothing when freshness is 0, and refuses a maximum stale age below the freshness window', () => {
    const { cache } = cacheAt({ freshnessMs: 0 });
    cache.store([record('A')]);
    expect(cache.stale('putuo:policy:A')).toBeUndefined();
    expect(() => new EntityCache({ freshnessMs: 5_000, staleMaxMs: 1_000 })).toThrow(/staleMaxMs/);
  });
});
