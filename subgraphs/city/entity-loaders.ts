/**
 * Per-request entity loading: DataLoader batches every reference the gateway sends in one
 * operation into one adapter lookup per kind and de-duplicates ids (the gateway does not);
 * records fresh in the member's entity cache cost no platform call at all.
 */
import DataLoader from 'dataloader';
import { GraphQLError } from 'graphql';
import type { CityAdapter } from '../../adapters/kit/adapter.js';
import { PlatformError } from '../../adapters/kit/errors.js';
import { globalId, type EntityKind, type RecordByKind } from '../../schema/contract.js';
import type { EntityCache } from './entity-cache.js';
import { describePlatformFailure } from './platform-failure.js';

export type EntityLoaders = { [K in EntityKind]: DataLoader<string, RecordByKind[K] | null> };

/** The GraphQL error a client sees when a member's platform fails a read. */
export function cityUnavailable(city: string, error: unknown): GraphQLError {
  const platformCode = error instanceof PlatformError ? error.code : 'PLATFORM_UNAVAILABLE';
  return new GraphQLError(`${city} is unavailable: ${describePlatformFailure(city, error)}`, {
    extensions: { code: 'CITY_UNAVAILABLE', city, platformCode },
  });
}

function loaderFor<K extends EntityKind>(adapter: CityAdapter, cache: EntityCache, kind: K): DataLoader<string, RecordByKind[K] | null> {
  const city = adapter.member.slug;
  return new DataLoader<string, RecordByKind[K] | null>(
    async (localIds) => {
      const cached = localIds.map((localId) => cache.fresh(globalId(city, kind, localId)) as RecordByKind[K] | undefined);
      const missing = localIds.filter((_, index) => cached[index] === undefined);
      if (missing.length === 0) return cached as RecordByKind[K][];
      try {
        const fetched = (await adapter.lookup(kind, missing)).records;
        cache.store(fetched.filter((record): record is RecordByKind[K] => record !== null));
        let next = 0;
        return cached.map((record) => record ?? fetched[next++] ?? null);
      } catch (error) {
        const failure = cityUnavailable(city, error);
        return localIds.map((_, index) => cached[index] ?? failure);
      }
    },
    { maxBatchSize: 500 },
  );
}

export function createEntityLoaders(adapter: CityAdapter, cache: EntityCache): EntityLoaders {
  return { policy: loaderFor(adapter, cache, 'policy'), carrier: loaderFor(adapter, cache, 'carrier'), challenge: loaderFor(adapter, cache, 'challenge') };
}
