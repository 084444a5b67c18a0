/**
 * Per-request entity loading: DataLoader batches every reference the gateway sends in one
 * operation into one adapter lookup per kind and de-duplicates ids (the gateway does not).
 */
import DataLoader from 'dataloader';
import { GraphQLError } from 'graphql';
import type { CityAdapter } from '../../adapters/kit/adapter.js';
import { PlatformError } from '../../adapters/kit/errors.js';
import type { EntityKind, RecordByKind } from '../../schema/contract.js';

export type EntityLoaders = { [K in EntityKind]: DataLoader<string, RecordByKind[K] | null> };

/** The GraphQL error a client sees when a member's platform fails a read. */
export function cityUnavailable(city: string, error: unknown): GraphQLError {
  const platformCode = error instanceof PlatformError ? error.code : 'PLATFORM_UNAVAILABLE';
  const message = error instanceof Error ? error.message : String(error);
  return new GraphQLError(`${city} is unavailable: ${message.replace(new RegExp(`^${city}: `), '')}`, {
    extensions: { code: 'CITY_UNAVAILABLE', city, platformCode },
  });
}

function loaderFor<K extends EntityKind>(adapter: CityAdapter, kind: K): DataLoader<string, RecordByKind[K] | null> {
  return new DataLoader<string, RecordByKind[K] | null>(
    async (localIds) => {
      try {
        return (await adapter.lookup(kind, localIds)).records;
      } catch (error) {
        const failure = cityUnavailable(adapter.member.slug, error);
        return localIds.map(() => failure);
      }
    },
    { maxBatchSize: 500 },
  );
}

export function createEntityLoaders(adapter: CityAdapter): EntityLoaders {
  return { policy: loaderFor(adapter, 'policy'), carrier: loaderFor(adapter, 'carrier'), challenge: loaderFor(adapter, 'challenge') };
}
