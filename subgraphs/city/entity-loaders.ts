/**
 * Per-request entity loading: DataLoader batches every reference the gateway sends in one
 * operation into one adapter lookup per kind and de-duplicates ids (the gateway does not);
 * records fresh in the member's entity cache cost no platform call at all.
 *
 * A reference that cannot be served is an error naming the member, never a silent null: the
 * platform no longer has the record (NOT_FOUND), sends it in a form that does not fit the
 * contract (RECORD_QUARANTINED), or cannot be asked (CITY_UNAVAILABLE). While the platform is
 * down, the last copy the cache holds is served instead, and the request's StaleDataReport
 * notes how old it is.
 */
import DataLoader from 'dataloader';
import { GraphQLError } from 'graphql';
import type { CityAdapter, LookupResult } from '../../adapters/kit/adapter.js';
import { isOutage, PlatformError } from '../../adapters/kit/errors.js';
import { ENTITY_KINDS, globalId, type EntityKind, type RecordByKind } from '../../schema/contract.js';
import { catalogueError, recordNotFound, recordQuarantined, type PlatformErrorCode } from '../../schema/errors.js';
import { log } from '../log.js';
import { metrics } from '../metrics.js';
import type { StaleDataReport } from '../stale-data.js';
import type { EntityCache } from './entity-cache.js';
import { describePlatformFailure } from './platform-failure.js';

export type EntityLoaders = { [K in EntityKind]: DataLoader<string, RecordByKind[K] | null> };

/** The GraphQL error a client sees when a member's platform fails a read. */
export function cityUnavailable(city: string, error: unknown): GraphQLError {
  const platformCode: PlatformErrorCode = error instanceof PlatformError ? error.code : 'PLATFORM_UNAVAILABLE';
  return catalogueError('CITY_UNAVAILABLE', `${city} is unavailable: ${describePlatformFailure(city, error)}`, { city, platformCode });
}

function quarantinedOnLookup(city: string, id: string, fullReason: string): GraphQLError {
  log.warn({ city, id, reason: fullReason }, 'record quarantined on lookup');
  return recordQuarantined(city, id, fullReason);
}

/** What a lookup answered for each asked id: the record, or the error saying why there is none. */
function lookedUp<R>(city: string, kind: EntityKind, localIds: readonly string[], result: LookupResult<R>): (R | GraphQLError)[] {
  const reasons = new Map(result.quarantined.flatMap((record) => (record.localId === null ? [] : [[record.localId, record.reason] as const])));
  return localIds.map((localId, index) => {
    const record = result.records[index];
    if (record) return record;
    const id = globalId(city, kind, localId);
    const reason = reasons.get(localId);
    return reason === undefined ? recordNotFound(city, id) : quarantinedOnLookup(city, id, reason);
  });
}

function loaderFor<K extends EntityKind>(adapter: CityAdapter, cache: EntityCache, staleness: StaleDataReport, kind: K): DataLoader<string, RecordByKind[K] | null> {
  const city = adapter.member.slug;
  type Answer = RecordByKind[K] | GraphQLError;
  return new DataLoader<string, RecordByKind[K] | null>(
    async (localIds) => {
      const idOf = (localId: string) => globalId(city, kind, localId);
      const answers = (await Promise.all(localIds.map((localId) => cache.fresh(idOf(localId))))) as (Answer | undefined)[];
      const missing = localIds.filter((_, index) => answers[index] === undefined);
      const service = `city:${city}`;
      metrics.cacheLookups.inc({ service, cache: 'entity', result: 'hit' }, localIds.length - missing.length);
      metrics.cacheLookups.inc({ service, cache: 'entity', result: 'miss' }, missing.length);
      if (missing.length === 0) return answers as Answer[];
      let fetched: Answer[];
      try {
        const result = await adapter.lookup(kind, missing);
        fetched = lookedUp(city, kind, missing, result);
        const found = fetched.filter((answer): answer is RecordByKind[K] => !(answer instanceof GraphQLError));
        await cache.store(found);
        await cache.forget(missing.filter((_, index) => fetched[index] instanceof GraphQLError).map(idOf));
      } catch (error) {
        let unavailable: GraphQLError | undefined;
        const copies = isOutage(error) ? await Promise.all(missing.map((localId) => cache.stale(idOf(localId)))) : [];
        fetched = missing.map((_, index) => {
          const copy = copies[index];
          if (!copy) return (unavailable ??= cityUnavailable(city, error));
          staleness.record(city, copy.ageMs);
          return copy.record as RecordByKind[K];
        });
      }
      let next = 0;
      return answers.map((answer) => answer ?? fetched[next++]!);
    },
    { maxBatchSize: 500 },
  );
}

export function createEntityLoaders(adapter: CityAdapter, cache: EntityCache, staleness: StaleDataReport): EntityLoaders {
  return Object.fromEntries(ENTITY_KINDS.map((kind) => [kind, loaderFor(adapter, cache, staleness, kind)])) as EntityLoaders;
}
