/**
 * The page's GraphQL client: Apollo Client 3 with a normalised cache, set up as every client of
 * the corridor needs it (web/README.md says why for each):
 * - `possibleTypes` generated from the supergraph, so fragments on `Policy`, `Carrier`,
 *   `Challenge` or `Node` match each member's own types (`NanjingPolicy` …);
 * - `City` is keyed by `slug` (it has no `id`); a receipt by its member and idempotency key;
 * - `errorPolicy: 'all'` everywhere: a member that is down nulls its own records and adds an
 *   error naming it, and the page keeps every other member's data instead of failing whole.
 */
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, makeVar } from '@apollo/client';
import { GRAPHQL_PATH } from './config';
import possibleTypes from './gql/possible-types';

const API_KEY_STORAGE = 'corridor.apiKey';

/** The signed-in organisation's API key (kept for the browser tab only), or null. */
export const apiKeyVar = makeVar<string | null>(sessionStorage.getItem(API_KEY_STORAGE));

/** One member's records served from its city subgraph's last copy, from the answer's `extensions.staleData`. */
export interface StaleCopy {
  city: string;
  ageSeconds: number;
  /** When the page last got an answer saying so (ms since epoch). */
  seenAt: number;
}

/** The latest stale-copy notice per member. */
export const staleCopiesVar = makeVar<ReadonlyMap<string, StaleCopy>>(new Map());

const authorization = new ApolloLink((operation, forward) => {
  const key = apiKeyVar();
  if (key) operation.setContext(({ headers = {} }: { headers?: Record<string, string> }) => ({ headers: { ...headers, authorization: `Bearer ${key}` } }));
  return forward(operation);
});

/** Apollo hands `extensions` to no hook, so the stale-copy notices are lifted off each answer here. */
const staleData = new ApolloLink((operation, forward) =>
  forward(operation).map((result) => {
    const entries = result.extensions?.['staleData'];
    if (Array.isArray(entries) && entries.length > 0) {
      const next = new Map(staleCopiesVar());
      for (const entry of entries as { city: string; ageSeconds: number }[]) next.set(entry.city, { ...entry, seenAt: Date.now() });
      staleCopiesVar(next);
    }
    return result;
  }),
);

export function createCache(): InMemoryCache {
  return new InMemoryCache({
    possibleTypes: possibleTypes.possibleTypes,
    typePolicies: {
      City: { keyFields: ['slug'] },
      // Objects without identity that several queries ask different fields of: merge, never replace.
      CityStatus: { merge: true },
      EntityCounts: { merge: true },
      WriteReceipt: { keyFields: ['idempotencyKey', 'city', ['slug']] },
    },
  });
}

export const apolloClient = new ApolloClient({
  link: ApolloLink.from([authorization, staleData, new HttpLink({ uri: GRAPHQL_PATH })]),
  cache: createCache(),
  defaultOptions: {
    watchQuery: { errorPolicy: 'all' },
    query: { errorPolicy: 'all' },
    mutate: { errorPolicy: 'all' },
  },
});

/** Signs in (or out, with null): what the cache holds for one caller is not shown to the next. */
export async function switchApiKey(key: string | null): Promise<void> {
  if (key) sessionStorage.setItem(API_KEY_STORAGE, key);
  else sessionStorage.removeItem(API_KEY_STORAGE);
  apiKeyVar(key);
  await apolloClient.resetStore();
}
