/**
 * The corridor subgraph: the hub's own subgraph over the read index, with the sync loop that
 * keeps the index fresh.
 */
import { ApolloServer } from '@apollo/server';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { Member } from '../../schema/registry.js';
import { HEALTH_PATH, LANGUAGE_HEADER } from '../../schema/wire.js';
import { DEFAULT_RESPONSE_CACHE_SECONDS, startGraphQLHttpServer, subgraphServerSettings, type RunningHttpServer } from '../http-server.js';
import { ReadIndex } from './read-index/store.js';
import { HubRequestGuard } from '../identity.js';
import { OrganizationDirectory } from '../organizations.js';
import { corridorContext, corridorResolvers, type CorridorContext, type CorridorResolverOptions } from './resolvers.js';
import { DEFAULT_CITY_WRITE_TIMEOUT_MS, WriteRouter } from './write-router.js';
import { corridorSubgraphTypeDefs } from './sdl.js';
import { CityClient, type SyncTarget } from './city-client.js';
import { CorridorSync, cityState, sampleSyncState } from './sync.js';
import { startOrUndo } from '../lifecycle.js';
import { preferredLanguage } from '../language.js';
import { vocabulariesOf } from './labels.js';
import { sampleAtScrape, type MetricsAccess } from '../metrics.js';

export interface CorridorSubgraphOptions {
  members: readonly Member[];
  /** The read index file (created when missing), or `:memory:`. */
  databasePath: string;
  /** Each member's city subgraph. */
  targets: readonly SyncTarget[];
  /** Secret shared by the hub's processes: signs calls to the cities; every request but `/health` and `/metrics` must be signed with it. */
  hubSecret: string;
  /** The secret a rotation replaces, still accepted (HUB_SECRET_PREVIOUS). */
  previousHubSecret?: string;
  /** Who may read `/metrics` (open when omitted). */
  metrics?: MetricsAccess;
  /** Organisations by id, for records that name them only (none when omitted). */
  organizations?: OrganizationDirectory;
  syncIntervalMs: number;
  /** Longest a change-feed call to a member's city subgraph may take. */
  cityTimeoutMs?: number;
  /**
   * Longest one write call to a city subgraph may take (DEFAULT_CITY_WRITE_TIMEOUT_MS). A city
   * answers a kept write within its accept wait, so this stays below the gateway's subgraph timeout.
   */
  cityWriteTimeoutMs?: number;
  /** How long the gateway may reuse an anonymous answer (`Cache-Control: max-age`); 5 s by default. */
  responseCacheSeconds?: number;
  port?: number;
  host?: string;
}

export interface RunningCorridorSubgraph extends RunningHttpServer {
  index: ReadIndex;
  sync: CorridorSync;
}

export function buildCorridorSchema(options: Omit<CorridorResolverOptions, 'vocabularies'>) {
  const typeDefs = corridorSubgraphTypeDefs(options.members);
  return buildSubgraphSchema({ typeDefs, resolvers: corridorResolvers({ ...options, vocabularies: vocabulariesOf(typeDefs) }) });
}

/** Starts serving at once; the first sync runs in the background (`sync.syncAll()` awaits one). */
export function startCorridorSubgraph(options: CorridorSubgraphOptions): Promise<RunningCorridorSubgraph> {
  return startOrUndo(async (opened) => {
    const index = opened(new ReadIndex(options.databasePath));
    const cities = opened(new CityClient(options.targets, options.hubSecret, options.cityTimeoutMs ?? 30_000));
    const sync = new CorridorSync({ index, targets: options.targets, cities, intervalMs: options.syncIntervalMs });
    const writes = new WriteRouter(index, options.members, cities, options.organizations ?? new OrganizationDirectory([]), options.cityWriteTimeoutMs ?? DEFAULT_CITY_WRITE_TIMEOUT_MS);
    const guard = new HubRequestGuard(options.hubSecret, { previousSecret: options.previousHubSecret });
    const apollo = new ApolloServer<CorridorContext>({
      schema: buildCorridorSchema({ index, members: options.members, syncIntervalMs: options.syncIntervalMs, writes }),
      ...subgraphServerSettings(options.responseCacheSeconds ?? DEFAULT_RESPONSE_CACHE_SECONDS, 'corridor'),
    });
    const server = await startGraphQLHttpServer({
      service: 'corridor',
      apollo,
      metrics: options.metrics,
      guard: (request, pathWithQuery, body) => guard.check(request, pathWithQuery, body),
      context: async (request) => corridorContext(guard.callerOf(request), preferredLanguage(request.headers[LANGUAGE_HEADER])),
      routes: {
        [HEALTH_PATH]: async () => {
          const now = new Date();
          const members = options.members.map((member) => ({ city: member.slug, state: cityState(index.syncState(member.slug), options.syncIntervalMs, now) }));
          return { status: 200, body: { members } };
        },
      },
      port: options.port,
      host: options.host,
    });
    void sync.start();
    const startedAt = new Date();
    const stopSampling = sampleAtScrape(() => sampleSyncState(index, options.members, options.syncIntervalMs, startedAt));
    return {
      ...server,
      index,
      sync,
      close: async () => {
        stopSampling();
        await sync.close();
        await server.close();
        await cities.close();
        index.close();
      },
    };
  });
}
