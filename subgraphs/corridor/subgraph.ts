/**
 * The corridor subgraph: the hub's own subgraph over the read index, with the sync loop that
 * keeps the index fresh.
 */
import { ApolloServer } from '@apollo/server';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { Member } from '../../schema/registry.js';
import { startGraphQLHttpServer, type RunningHttpServer } from '../http-server.js';
import { ReadIndex } from './read-index/store.js';
import { corridorContext, corridorResolvers, type CorridorContext } from './resolvers.js';
import { corridorSubgraphTypeDefs } from './sdl.js';
import { CorridorSync, cityState, type SyncTarget } from './sync.js';

export interface CorridorSubgraphOptions {
  members: readonly Member[];
  /** The read index file (created when missing), or `:memory:`. */
  databasePath: string;
  /** Each member's city subgraph. */
  targets: readonly SyncTarget[];
  changeFeedSecret: string;
  syncIntervalMs: number;
  port?: number;
  host?: string;
}

export interface RunningCorridorSubgraph extends RunningHttpServer {
  index: ReadIndex;
  sync: CorridorSync;
}

export function buildCorridorSchema(index: ReadIndex, members: readonly Member[], syncIntervalMs: number) {
  return buildSubgraphSchema({ typeDefs: corridorSubgraphTypeDefs(members), resolvers: corridorResolvers({ index, members, syncIntervalMs }) });
}

/** Starts serving at once; the first sync runs in the background (`sync.syncAll()` awaits one). */
export async function startCorridorSubgraph(options: CorridorSubgraphOptions): Promise<RunningCorridorSubgraph> {
  const index = new ReadIndex(options.databasePath);
  const sync = new CorridorSync({ index, targets: options.targets, secret: options.changeFeedSecret, intervalMs: options.syncIntervalMs });
  const apollo = new ApolloServer<CorridorContext>({ schema: buildCorridorSchema(index, options.members, options.syncIntervalMs) });
  const server = await startGraphQLHttpServer({
    apollo,
    context: async () => corridorContext(),
    routes: {
      '/health': async () => {
        const now = new Date();
        const members = options.members.map((member) => ({ city: member.slug, state: cityState(index.syncState(member.slug), options.syncIntervalMs, now) }));
        return { status: 200, body: { members } };
      },
    },
    port: options.port,
    host: options.host,
  });
  void sync.start();
  return {
    ...server,
    index,
    sync,
    close: async () => {
      await sync.close();
      await server.close();
      index.close();
    },
  };
}
