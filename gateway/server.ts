/**
 * The gateway: a stock Apollo Gateway (query planner unchanged) on Apollo Server, serving the
 * committed supergraph and re-reading it when the file changes, with a health endpoint, the
 * corridor explorer page and a local GraphQL IDE. Its edge refuses what would cost the corridor too much before anything is
 * planned: rate limits before the body is read, body size and media type before parsing,
 * operation limits before planning.
 */
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import responseCachePlugin from '@apollo/server-plugin-response-cache';
import { readFileSync } from 'node:fs';
import { Agent } from 'undici';
import type { IncomingMessage } from 'node:http';
import { catalogueError } from '../schema/errors.js';
import type { Language } from '../schema/api-vocabularies.js';
import { CORRIDOR_SUBGRAPH, GRAPHQL_PATH, HEALTH_PATH, LANGUAGE_HEADER } from '../schema/wire.js';
import { CorsPolicy, graphQLErrorBody, startGraphQLHttpServer, type AdmitRefusal, type RunningHttpServer } from '../subgraphs/http-server.js';
import { formatErrorFor } from '../subgraphs/error-format.js';
import { preferredLanguage } from '../subgraphs/language.js';
import { startOrUndo } from '../subgraphs/lifecycle.js';
import { log } from '../subgraphs/log.js';
import { metrics, requestMetricsPlugin, type MetricsAccess } from '../subgraphs/metrics.js';
import type { Identity } from '../subgraphs/identity.js';
import { StaleDataReport, staleDataPlugin } from '../subgraphs/stale-data.js';
import { ApiKeys, presentedKey } from './api-keys.js';
import { IDE_ROUTES } from './ide.js';
import { DEFAULT_WEB_APP_FOLDER, webAppRoute } from './web-app.js';
import { DEFAULT_OPERATION_LIMITS, formatTokenLimitError, operationLimitsPlugin, type OperationLimits } from './limits.js';
import { connectRedis } from '../subgraphs/redis.js';
import { DEFAULT_ANONYMOUS_RATE, DEFAULT_KEY_RATE, memoryRateLimitStore, RateLimiter, redisRateLimitStore, type Rate, type RateLimitStore } from './rate-limit.js';
import { redisResponseCache } from './response-cache-redis.js';
import { SubgraphDataSource } from './subgraph-data-source.js';

export interface GatewayContext {
  identity: Identity | undefined;
  /** The members whose answers to this request were served from stale copies, and how old. */
  staleData: StaleDataReport;
  /** What this caller's operations may ask for: the gateway's limits, or its key's. */
  limits: OperationLimits;
  /** The language of labels, from the caller's Accept-Language; answers differ by it, so cached answers are kept per language. */
  language: Language;
}

/** The gateway's own body limit: a client operation with its variables, never an upload. */
export const DEFAULT_GATEWAY_MAX_BODY_BYTES = 256 * 1024;

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
  /** Operation limits for callers whose key sets none (DEFAULT_OPERATION_LIMITS when omitted). */
  limits?: OperationLimits;
  /** Whether `__schema`/`__type` are answered; when false, "Did you mean" suggestions are masked too. Default true. */
  introspection?: boolean;
  /** Largest request body (DEFAULT_GATEWAY_MAX_BODY_BYTES when omitted). */
  maxBodyBytes?: number;
  /** Browser origins allowed by CORS (see CorsPolicy); none when omitted. */
  corsOrigins?: readonly string[];
  /** Folder of the built explorer page, served at `/` (DEFAULT_WEB_APP_FOLDER when omitted). */
  webAppFolder?: string;
  /** Rates for anonymous callers (per client address) and for keys whose entry sets none. */
  rateLimits?: { anonymous: Rate; key: Rate };
  /** Where rate-limit counts live (Redis with `redisUrl`, memory otherwise). */
  rateLimitStore?: RateLimitStore;
  /** Who may read `/metrics` (open when omitted). */
  metrics?: MetricsAccess;
  /** `redis://…`: the response cache and the rate-limit counts live there, shared by every gateway replica. */
  redisUrl?: string | undefined;
  port?: number;
  host?: string;
}

export interface RunningGateway extends RunningHttpServer {
  gateway: ApolloGateway;
}

/** Starts the gateway; when the start fails (e.g. its port is taken), what it opened is closed again. */
export function startGateway(options: GatewayOptions): Promise<RunningGateway> {
  return startOrUndo(async (opened) => {
    if (!(options.subgraphTimeoutMs > 0)) throw new TypeError('subgraphTimeoutMs must be positive');
    const defaultLimits = options.limits ?? DEFAULT_OPERATION_LIMITS;
    const introspection = options.introspection ?? true;
    const rates = options.rateLimits ?? { anonymous: DEFAULT_ANONYMOUS_RATE, key: DEFAULT_KEY_RATE };
    const cors = options.corsOrigins && options.corsOrigins.length > 0 ? new CorsPolicy(options.corsOrigins) : undefined;
    const redis = options.redisUrl ? opened(await connectRedis(options.redisUrl)) : undefined;
    const rateLimiter = new RateLimiter(options.rateLimitStore ?? (redis ? redisRateLimitStore(redis.client) : memoryRateLimitStore));
    // The parser stops at the most tokens any caller may send, so no document costs more to parse
    // and validate than that; each caller's own token limit is checked after (operationLimitsPlugin).
    const tokenCeiling = Math.max(defaultLimits.maxTokens, ...options.apiKeys.holders.map((holder) => holder.limits?.maxTokens ?? 0));
    // graphql-armor masks "Did you mean …" suggestions, which would reveal the schema; its limits are
    // enforced per caller by operationLimitsPlugin instead of its static rules.
    const armor = new ApolloArmor({
      blockFieldSuggestion: { enabled: !introspection },
      maxTokens: { enabled: false },
      maxDepth: { enabled: false },
      maxAliases: { enabled: false },
      maxDirectives: { enabled: false },
      costLimit: { enabled: false },
    }).protect();
    // One keep-alive pool per subgraph origin, shared by every request: fan-out reuses sockets.
    const dispatcher = opened(new Agent({ connections: 64, keepAliveTimeout: 60_000 }));
    let supergraphLoaded = false;

    const gateway = new ApolloGateway({
      logger: log.child({ component: 'apollo-gateway' }),
      supergraphSdl: async ({ update }) => {
        let current = readFileSync(options.supergraphPath, 'utf8');
        const poll = setInterval(() => {
          const next = readFileSync(options.supergraphPath, 'utf8');
          if (next === current) return;
          try {
            update(next);
            current = next;
          } catch (error) {
            log.error({ supergraphPath: options.supergraphPath, err: error }, 'supergraph not applied');
          }
        }, options.supergraphPollMs);
        poll.unref();
        return { supergraphSdl: current, cleanup: async () => clearInterval(poll) };
      },
      buildService: ({ name, url }) => {
        const base = options.subgraphUrls[name];
        return new SubgraphDataSource({
          name,
          url: base ? `${base.replace(/\/$/, '')}${GRAPHQL_PATH}` : url!,
          timeoutMs: options.subgraphTimeoutMs,
          dispatcher,
          isCity: name !== CORRIDOR_SUBGRAPH,
          hubSecret: options.hubSecret,
        });
      },
    });
    // Apollo's own messages as JSON lines of the hub's log, like every other line.
    const apolloLog = log.child({ component: 'apollo' });
    gateway.onSchemaLoadOrUpdate(() => {
      supergraphLoaded = true;
    });

    // The landing page is the explorer at `/` and GraphiQL at `/graphiql` (both served locally); Apollo's own loads from a CDN.
    const maskUnexpected = formatErrorFor('gateway');
    const apollo = new ApolloServer<GatewayContext>({
      gateway,
      logger: apolloLog,
      // Refused per request by operationLimitsPlugin with its own code, rather than by Apollo's validation.
      introspection: true,
      csrfPrevention: true,
      parseOptions: { maxTokens: tokenCeiling },
      // The token ceiling's parse error gets its own code first; then anything unexpected is masked.
      formatError: (formatted, error) => maskUnexpected(formatTokenLimitError(tokenCeiling)(formatted, error), error),
      allowBatchedHttpRequests: false,
      stopOnTerminationSignals: false,
      includeStacktraceInErrorResponses: false,
      plugins: [
        ApolloServerPluginLandingPageDisabled(),
        requestMetricsPlugin<GatewayContext>('gateway'),
        // graphql-armor's typings name Apollo Server's CommonJS build; the plugin objects are the same.
        ...(armor.plugins as unknown as ApolloServerPlugin<GatewayContext>[]),
        operationLimitsPlugin<GatewayContext>({ limitsFor: (context) => context.limits, introspection }),
        // Anonymous reads are answered from cache for as long as every subgraph that contributed
        // allows (their Cache-Control max-age); an identified caller's answers are never shared.
        responseCachePlugin<GatewayContext>({
          shouldReadFromCache: async ({ contextValue }) => !contextValue.identity,
          shouldWriteToCache: async ({ contextValue }) => !contextValue.identity,
          extraCacheKeyData: async ({ contextValue }) => contextValue.language,
          ...(redis && { cache: redisResponseCache(redis.client) }),
        }),
        {
          // The response cache is consulted for anonymous queries only; it marks the answers it served.
          async requestDidStart({ contextValue }) {
            return {
              async willSendResponse({ operation, metrics: request }) {
                if (contextValue.identity || operation?.operation !== 'query') return;
                metrics.cacheLookups.inc({ service: 'gateway', cache: 'response', result: request.responseCacheHit ? 'hit' : 'miss' });
              },
            };
          },
        },
        {
          async requestDidStart({ contextValue }) {
            return {
              async willSendResponse({ overallCachePolicy }) {
                if (contextValue.identity) overallCachePolicy.restrict({ scope: 'PRIVATE' });
              },
            };
          },
        },
        // The member subgraphs' answers with stale copies are uncacheable (no max-age), so is the client's.
        staleDataPlugin<GatewayContext>((context) => context.staleData),
      ],
    });
    const unauthenticated = (message: string) => catalogueError('UNAUTHENTICATED', message, { http: { status: 401 } });
    const server = await startGraphQLHttpServer({
      service: 'gateway',
      apollo,
      context: async (request) => {
        const key = presentedKey(request.headers);
        const language = preferredLanguage(request.headers[LANGUAGE_HEADER]);
        if (key === undefined) {
          if (options.requireApiKey) throw unauthenticated('This corridor needs an API key: send Authorization: Bearer <key>');
          return { identity: undefined, limits: defaultLimits, staleData: new StaleDataReport(), language };
        }
        const holder = options.apiKeys.lookup(key);
        if (!holder) throw unauthenticated('The API key is not one this corridor issued');
        return { identity: holder.identity, limits: { ...defaultLimits, ...holder.limits }, staleData: new StaleDataReport(), language };
      },
      // A known key has its own bucket; anonymous callers, and unknown keys, share their address's.
      admit: async (request: IncomingMessage): Promise<AdmitRefusal | undefined> => {
        const key = presentedKey(request.headers);
        const holder = key === undefined ? undefined : options.apiKeys.lookup(key);
        const decision = holder
          ? await rateLimiter.take(`key:${holder.keySha256}`, holder.rateLimit ?? rates.key)
          : await rateLimiter.take(`address:${request.socket.remoteAddress ?? 'unknown'}`, rates.anonymous);
        if (decision.allowed) return undefined;
        const { retryAfterSeconds } = decision;
        return {
          code: 'RATE_LIMITED',
          status: 429,
          headers: { 'retry-after': String(retryAfterSeconds) },
          body: graphQLErrorBody('RATE_LIMITED', `Too many requests; retry in ${retryAfterSeconds} s`, { retryAfterSeconds }),
        };
      },
      maxBodyBytes: options.maxBodyBytes ?? DEFAULT_GATEWAY_MAX_BODY_BYTES,
      metrics: options.metrics,
      cors,
      fallback: webAppRoute(options.webAppFolder ?? DEFAULT_WEB_APP_FOLDER),
      routes: {
        ...IDE_ROUTES,
        [HEALTH_PATH]: async () =>
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
        await redis?.close();
      },
    };
  });
}
