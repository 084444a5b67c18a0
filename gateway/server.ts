/**
 * The gateway: a stock Apollo Gateway (query planner unchanged) on Apollo Server, serving the
 * committed supergraph and re-reading it when the file changes, with a health endpoint and a
 * local GraphQL IDE.
 */
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import responseCachePlugin from '@apollo/server-plugin-response-cache';
import { readFileSync } from 'node:fs';
import { Agent } from 'undici';
import { startGraphQLHttpServer, type RunningHttpServer } from '../subgraphs/http-server.js';
import { formatErrorFor } from '../subgraphs/error-format.js';
import { GraphQLError } from 'graphql';
import type { Identity } from '../subgraphs/identity.js';
import { ApiKeys, presentedKey } from './api-keys.js';
import { IDE_ROUTES } from './ide.js';
import { SubgraphDataSource } from './subgraph-data-source.js';
import { CORRIDOR_SUBGRAPH } from './supergraph.js';

export interface GatewayContext {
  identity: Identity | undefined;
}

export interface GatewayOptions {
  /** Keys of partner organisations. */
  apiKeys: ApiKeys;
  /** When true every request needs a key (production); otherwise reads are open and writes need one. */
  requireApiKey: boolean;
  /** Secret shared with the subgraphs; signs the identity passed to them. */
  hubSecret: string;
  supergraphPath: string;
  /** Base URL per subgraph name (`corridor`, member slugs); absent names keep the supergraph's URL. */
  subgraphUrls: Readonly<Record<string, string>>;
  /** Longest one subgraph fetch may take before its member is reported unavailable. */
  subgraphTimeoutMs: number;
  /** How often the supergraph file is checked for changes. */
  supergraphPollMs: number;
  port?: number;
  host?: string;
}

export interface RunningGateway extends RunningHttpServer {
  gateway: ApolloGateway;
}

export async function startGateway(options: GatewayOptions): Promise<RunningGateway> {
  if (!(options.subgraphTimeoutMs > 0)) throw new TypeError('subgraphTimeoutMs must be positive');
  // One keep-alive pool per subgraph origin, shared by every request: fan-out reuses sockets.
  const dispatcher = new Agent({ connections: 64, keepAliveTimeout: 60_000 });
  let supergraphLoaded = false;

  const gateway = new ApolloGateway({
    supergraphSdl: async ({ update }) => {
      let current = readFileSync(options.supergraphPath, 'utf8');
      const poll = setInterval(() => {
        const next = readFileSync(options.supergraphPath, 'utf8');
        if (next === current) return;
        try {
          update(next);
          current = next;
        } catch (error) {
          console.error(`supergraph at ${options.supergraphPath} not applied: ${error instanceof Error ? error.message : error}`);
        }
      }, options.supergraphPollMs);
      poll.unref();
      return { supergraphSdl: current, cleanup: async () => clearInterval(poll) };
    },
    buildService: ({ name, url }) => {
      const base = options.subgraphUrls[name];
      return new SubgraphDataSource({
        name,
        url: base ? `${base.replace(/\/$/, '')}/graphql` : url!,
        timeoutMs: options.subgraphTimeoutMs,
        dispatcher,
        isCity: name !== CORRIDOR_SUBGRAPH,
        hubSecret: options.hubSecret,
      });
    },
  });
  gateway.onSchemaLoadOrUpdate(() => {
    supergraphLoaded = true;
  });

  // The landing page is GraphiQL at `/` (served locally); Apollo's own loads from a CDN.
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    introspection: true,
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: false,
    formatError: formatErrorFor('gateway'),
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      // Anonymous reads are answered from cache for as long as every subgraph that contributed
      // allows (their Cache-Control max-age); an identified caller's answers are never shared.
      responseCachePlugin<GatewayContext>({
        shouldReadFromCache: async ({ contextValue }) => !contextValue.identity,
        shouldWriteToCache: async ({ contextValue }) => !contextValue.identity,
      }),
      {
        async requestDidStart({ contextValue }) {
          return {
            async willSendResponse({ overallCachePolicy }) {
              if (contextValue.identity) overallCachePolicy.restrict({ scope: 'PRIVATE' });
            },
          };
        },
      },
    ],
  });
  const unauthenticated = (message: string) => new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
  const server = await startGraphQLHttpServer({
    apollo,
    context: async (request) => {
      const key = presentedKey(request.headers);
      if (key === undefined) {
        if (options.requireApiKey) throw unauthenticated('This corridor needs an API key: send Authorization: Bearer <key>');
        return { identity: undefined };
      }
      const identity = options.apiKeys.identify(key);
      if (!identity) throw unauthenticated('The API key is not one this corridor issued');
      return { identity };
    },
    routes: {
      ...IDE_ROUTES,
      '/health': async () =>
        supergraphLoaded ? { status: 200, body: { status: 'ready' } } : { status: 503, body: { status: 'starting', reason: 'supergraph not loaded' } },
    },
    port: options.port,
    host: options.host,
  });
  return {
    ...server,
    gateway,
    close: async () => {
      await server.close();
      await dispatcher.close();
    },
  };
}
