/**
 * The city subgraph factory: turns (registry entry + adapter) into a running Federation 2
 * subgraph. Every member runs this same code; only its adapter differs.
 */
import { ApolloServer } from '@apollo/server';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { IncomingMessage } from 'node:http';
import type { CityAdapter } from '../../adapters/kit/adapter.js';
import type { Member } from '../../schema/registry.js';
import { startGraphQLHttpServer, type PlainRoute, type RunningHttpServer } from '../http-server.js';
import { SIGNATURE_HEADER, signatureProblem } from '../signing.js';
import { createEntityLoaders } from './entity-loaders.js';
import { citySubgraphResolvers, type CityContext } from './resolvers.js';
import { citySubgraphTypeDefs } from './sdl.js';

/** Path of the internal change feed the corridor index syncs from. */
export const CHANGE_FEED_PATH = '/internal/changes';

export interface CitySubgraphOptions {
  member: Member;
  adapter: CityAdapter;
  /** Shared secret the corridor signs change-feed requests with. */
  changeFeedSecret: string;
  port?: number;
  host?: string;
}

export interface RunningCitySubgraph extends RunningHttpServer {
  member: Member;
  adapter: CityAdapter;
}

export function buildCitySchema(member: Member) {
  return buildSubgraphSchema({ typeDefs: citySubgraphTypeDefs(member), resolvers: citySubgraphResolvers(member) });
}

function changeFeedRoute(adapter: CityAdapter, secret: string): PlainRoute {
  return async (request: IncomingMessage, url: URL) => {
    const problem = signatureProblem(secret, request.headers[SIGNATURE_HEADER] as string | undefined, request.method ?? 'GET', `${url.pathname}${url.search}`);
    if (problem) return { status: 401, body: { error: { code: 'UNSIGNED_REQUEST', message: problem } } };
    try {
      return { status: 200, body: await adapter.changes(url.searchParams.get('cursor')) };
    } catch (error) {
      return { status: 502, body: { error: { code: 'CITY_UNAVAILABLE', message: error instanceof Error ? error.message : String(error) } } };
    }
  };
}

function healthRoute(member: Member, adapter: CityAdapter): PlainRoute {
  return async () => {
    const started = performance.now();
    try {
      await adapter.probe();
      return { status: 200, body: { city: member.slug, platform: 'reachable', latencyMs: Math.round(performance.now() - started) } };
    } catch (error) {
      return { status: 503, body: { city: member.slug, platform: 'unreachable', error: error instanceof Error ? error.message : String(error) } };
    }
  };
}

export async function startCitySubgraph(options: CitySubgraphOptions): Promise<RunningCitySubgraph> {
  if (!options.changeFeedSecret) throw new TypeError('changeFeedSecret must be a non-empty string');
  const { member, adapter } = options;
  const apollo = new ApolloServer<CityContext>({ schema: buildCitySchema(member) });
  const server = await startGraphQLHttpServer({
    apollo,
    context: async () => ({ loaders: createEntityLoaders(adapter) }),
    routes: { '/health': healthRoute(member, adapter), [CHANGE_FEED_PATH]: changeFeedRoute(adapter, options.changeFeedSecret) },
    port: options.port,
    host: options.host,
  });
  return {
    ...server,
    member,
    adapter,
    close: async () => {
      await server.close();
      await adapter.close();
    },
  };
}
