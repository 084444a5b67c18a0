/**
 * A minimal Node HTTP integration for Apollo Server (its documented `executeHTTPGraphQLRequest`
 * seam), so a subgraph can serve GraphQL at `/graphql` beside a few plain routes (health,
 * internal feeds) without a web framework. Every request is served inside a span of the trace its
 * `traceparent` names (or a new one), counted in the metrics, and logged in one line with that
 * trace id when it is answered; every server also serves `/metrics`.
 */
import { HeaderMap, type ApolloServer, type ApolloServerOptions, type BaseContext } from '@apollo/server';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { cacheControlFromInfo } from '@apollo/cache-control-types';
import type { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolveInfo } from 'graphql';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ErrorCode } from '../schema/errors.js';
import { GRAPHQL_PATH, HEALTH_PATH, METRICS_PATH } from '../schema/wire.js';
import { formatErrorFor } from './error-format.js';
import { log } from './log.js';
import { METRICS_CONTENT_TYPE, metrics, metricsRefusal, requestMetricsPlugin, scrape, type MetricsAccess } from './metrics.js';
import { activeTraceIds, inSpan, incomingContext, markFailed } from './tracing.js';

/** The resolver map `buildSubgraphSchema` takes (its type is not exported by name). */
export type SubgraphResolvers = NonNullable<Extract<Parameters<typeof buildSubgraphSchema>[0], { typeDefs: unknown }>['resolvers']>;

/**
 * Apollo Server settings every subgraph of the hub uses: no inline tracing (nothing here reports
 * to Apollo Studio, and it costs time per request), no signal handlers of its own (each process
 * closes its servers itself, in order), no stack traces in answers (clients get codes), and a
 * `Cache-Control: max-age` on answers, which the gateway's response cache honours for anonymous
 * reads (0 turns caching off). Errors are formatted by `formatErrorFor`: catalogue codes pass,
 * anything unexpected is masked with a reference to its log line.
 */
export function subgraphServerSettings(cacheSeconds: number, service: string) {
  if (!(Number.isInteger(cacheSeconds) && cacheSeconds >= 0)) throw new TypeError(`cacheSeconds must be a whole number >= 0, got ${cacheSeconds}`);
  return {
    plugins: [ApolloServerPluginInlineTraceDisabled(), ApolloServerPluginCacheControl({ defaultMaxAge: cacheSeconds }), requestMetricsPlugin(service)],
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: false,
    formatError: formatErrorFor('subgraph'),
  } satisfies Partial<ApolloServerOptions<BaseContext>>;
}

/** How long anonymous answers may be reused by default, in seconds. */
export const DEFAULT_RESPONSE_CACHE_SECONDS = 5;

/** Marks a field's answer as the caller's own: never shared from a cache. */
export function callerSpecific(info: GraphQLResolveInfo): void {
  cacheControlFromInfo(info).setCacheHint({ maxAge: 0, scope: 'PRIVATE' });
}

/** Marks a field's answer as one no cache may keep (it was served from a stale copy). */
export function uncacheable(info: GraphQLResolveInfo): void {
  cacheControlFromInfo(info).setCacheHint({ maxAge: 0 });
}

export interface PlainResponse {
  status: number;
  /** Sent as JSON, unless `contentType` is given and the body is text or bytes. */
  body: unknown;
  contentType?: string;
  /** Extra response headers (e.g. caching of static assets). */
  headers?: Record<string, string>;
}

/** A refusal made before a request is read (a rate limit), with the code it is counted under. */
export interface AdmitRefusal extends PlainResponse {
  code: ErrorCode;
}

/** A plain route: gets the request, its URL and its body (empty for GET), answers JSON or, with a content type, raw text. */
export type PlainRoute = (request: IncomingMessage, url: URL, body: string) => Promise<PlainResponse>;

/**
 * Checks a request once its body is read (the hub's signatures): a message refuses it with 401
 * and code UNSIGNED_REQUEST. Given the raw path with query as sent, so it sees what was signed.
 */
export type RequestGuard = (request: IncomingMessage, pathWithQuery: string, body: string) => string | undefined;

export interface GraphQLHttpServerOptions<Context extends BaseContext> {
  /** The part this server is (`gateway`, `corridor`, `city:<slug>`): in its metrics, spans and log lines. */
  service: string;
  apollo: ApolloServer<Context>;
  context: (request: IncomingMessage) => Promise<Context>;
  /** Exact paths (e.g. `/health`) answered outside GraphQL. */
  routes?: Readonly<Record<string, PlainRoute>>;
  /** Answers GET requests for any other path but GraphQL's (the gateway's web page and its files); 404 without it. */
  fallback?: PlainRoute;
  /** Largest GraphQL request body accepted; bigger ones get 413 without being read. */
  maxBodyBytes?: number;
  /** Browser origins allowed to call `/graphql` (CORS); none when omitted. */
  cors?: CorsPolicy;
  /** Runs before a GraphQL request's body is read (rate limits): an answer refuses the request. */
  admit?: (request: IncomingMessage) => Promise<AdmitRefusal | undefined>;
  /** Checks every request except `/health` and `/metrics`, before any route or GraphQL sees it. */
  guard?: RequestGuard;
  /** Who may read `/metrics` (open when omitted). */
  metrics?: MetricsAccess;
  port?: number;
  host?: string;
}

/** A subgraph's body limit: the gateway sends whole entity batches, far larger than any client request. */
export const DEFAULT_SUBGRAPH_MAX_BODY_BYTES = 16 * 1024 * 1024;

/**
 * Which origins may call from a browser: exact origins (`https://hub.example.cn`), a port
 * wildcard (`http://localhost:*`), or `*` for any origin.
 */
export class CorsPolicy {
  /** Headers a browser may send: the key, JSON bodies, and Apollo's CSRF preflight header. */
  static readonly ALLOWED_HEADERS = 'authorization, content-type, x-api-key, apollo-require-preflight, x-apollo-operation-name';
  /** Response headers a browser script may read: the rate limiter's. */
  static readonly EXPOSED_HEADERS = 'retry-after';
  static readonly MAX_AGE_SECONDS = 600;
  private readonly patterns: readonly RegExp[];

  constructor(readonly origins: readonly string[]) {
    this.patterns = origins.map((origin) => {
      if (origin === '*') return /^.*$/;
      if (!/^https?:\/\/[^/\s*:]+(:(\d+|\*))?$/.test(origin)) throw new TypeError(`CORS origin must be *, or scheme://host[:port|:*] without a path, got "${origin}"`);
      const escaped = origin.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/:\*$/, '(:\\d+)?');
      return new RegExp(`^${escaped}$`);
    });
  }

  allows(origin: string): boolean {
    return this.patterns.some((pattern) => pattern.test(origin));
  }
}

/** A GraphQL-shaped error body for refusals made before Apollo sees the request. */
export function graphQLErrorBody(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
  return { errors: [{ message, extensions: { code, ...extensions } }] as const };
}

export interface RunningHttpServer {
  /** Base URL, e.g. `http://127.0.0.1:4201`; GraphQL is at `${url}/graphql`. */
  url: string;
  close(): Promise<void>;
}

/** A request body over its limit; the rest of the stream was not read. */
export class PayloadTooLargeError extends Error {
  constructor(readonly maxBytes: number) {
    super(`The request body is larger than ${maxBytes} bytes`);
  }
}

/** The whole request body as text, refused with PayloadTooLargeError once it exceeds `maxBytes`. */
export async function readBody(request: IncomingMessage, maxBytes = DEFAULT_SUBGRAPH_MAX_BODY_BYTES): Promise<string> {
  if (Number(request.headers['content-length'] ?? 0) > maxBytes) throw new PayloadTooLargeError(maxBytes);
  const chunks: Buffer[] = [];
  let received = 0;
  for await (const chunk of request) {
    received += (chunk as Buffer).length;
    // Leaving the loop stops reading; the answer closes the connection so the rest is never buffered.
    if (received > maxBytes) throw new PayloadTooLargeError(maxBytes);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Content types a GraphQL POST may have (GraphQL over HTTP: application/json). */
function isJsonContentType(contentType: string | undefined): boolean {
  return contentType?.split(';')[0]!.trim().toLowerCase() === 'application/json';
}

/** Paths that need no hub signature: probes, and the scrape, which has its own token. */
const UNSIGNED_PATHS: ReadonlySet<string> = new Set([HEALTH_PATH, METRICS_PATH]);

/** The route a request is counted under: a path the server serves, or `other` (so unknown paths add no series). */
function routeLabel(pathname: string, routes: Readonly<Record<string, PlainRoute>> | undefined): string {
  return pathname === GRAPHQL_PATH || pathname === METRICS_PATH || Object.hasOwn(routes ?? {}, pathname) ? pathname : 'other';
}

function sendJson(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), ...headers });
  response.end(text);
}

/** CORS headers for a request from an allowed origin; nothing for others (the browser then refuses). */
function applyCors(policy: CorsPolicy | undefined, request: IncomingMessage, response: ServerResponse): boolean {
  const origin = request.headers.origin;
  // Answers differ by origin (CORS) and by language (labels follow Accept-Language).
  response.setHeader('vary', 'Origin, Accept-Language');
  if (!policy || !origin || !policy.allows(origin)) return false;
  response.setHeader('access-control-allow-origin', origin);
  response.setHeader('access-control-expose-headers', CorsPolicy.EXPOSED_HEADERS);
  return true;
}

export async function startGraphQLHttpServer<Context extends BaseContext>(options: GraphQLHttpServerOptions<Context>): Promise<RunningHttpServer> {
  const { apollo, service } = options;
  const metricsAccess = options.metrics ?? 'open';
  /** Sends a refusal made before Apollo sees the request, counted by its code. */
  const refuse = (response: ServerResponse, status: number, body: ReturnType<typeof graphQLErrorBody>, headers: Record<string, string> = {}) => {
    metrics.refusals.inc({ service, code: body.errors[0].extensions.code });
    sendJson(response, status, body, headers);
  };
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_SUBGRAPH_MAX_BODY_BYTES;
  if (!(Number.isInteger(maxBodyBytes) && maxBodyBytes > 0)) throw new TypeError(`maxBodyBytes must be a positive integer, got ${maxBodyBytes}`);
  await apollo.start();

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const method = request.method?.toUpperCase() ?? 'GET';
    let body: string | undefined;
    const requestBody = async () => (body ??= method === 'GET' || method === 'HEAD' || method === 'OPTIONS' ? '' : await readBody(request, maxBodyBytes));
    // Load balancers and operators probe health without credentials, and Prometheus scrapes with its token.
    if (options.guard && !UNSIGNED_PATHS.has(url.pathname)) {
      const problem = options.guard(request, request.url ?? '/', await requestBody());
      if (problem) return refuse(response, 401, graphQLErrorBody('UNSIGNED_REQUEST', problem));
    }
    if (url.pathname === METRICS_PATH) {
      const problem = metricsRefusal(metricsAccess, request);
      if (problem) return refuse(response, 401, graphQLErrorBody('METRICS_UNAUTHORIZED', problem));
      const text = await scrape();
      response.writeHead(200, { 'content-type': METRICS_CONTENT_TYPE, 'content-length': Buffer.byteLength(text) });
      response.end(text);
      return;
    }
    const route = options.routes?.[url.pathname] ?? (url.pathname !== GRAPHQL_PATH && (method === 'GET' || method === 'HEAD') ? options.fallback : undefined);
    if (route) {
      const answer = await route(request, url, await requestBody());
      if (answer.contentType && (typeof answer.body === 'string' || Buffer.isBuffer(answer.body))) {
        response.writeHead(answer.status, { 'content-type': answer.contentType, ...answer.headers });
        response.end(answer.body);
        return;
      }
      return sendJson(response, answer.status, answer.body);
    }
    if (url.pathname !== GRAPHQL_PATH) return sendJson(response, 404, { error: `no route ${url.pathname}` });

    const corsAllowed = applyCors(options.cors, request, response);
    if (method === 'OPTIONS') {
      // A preflight: answered for allowed origins; others get no CORS headers, which the browser treats as a refusal.
      if (corsAllowed) {
        response.setHeader('access-control-allow-methods', 'GET, POST, OPTIONS');
        response.setHeader('access-control-allow-headers', CorsPolicy.ALLOWED_HEADERS);
        response.setHeader('access-control-max-age', String(CorsPolicy.MAX_AGE_SECONDS));
      }
      response.writeHead(204, { allow: 'GET, POST, OPTIONS' });
      response.end();
      return;
    }
    const refusal = await options.admit?.(request);
    if (refusal) {
      metrics.refusals.inc({ service, code: refusal.code });
      return sendJson(response, refusal.status, refusal.body, refusal.headers);
    }

    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(request.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    let parsedBody: unknown = '';
    if (method === 'POST') {
      if (!isJsonContentType(headers.get('content-type'))) {
        return refuse(response, 415, graphQLErrorBody('UNSUPPORTED_MEDIA_TYPE', 'Send GraphQL requests as POST with Content-Type: application/json'));
      }
      try {
        parsedBody = JSON.parse(await requestBody());
      } catch (error) {
        if (error instanceof PayloadTooLargeError) throw error;
        return refuse(response, 400, graphQLErrorBody('BAD_REQUEST', 'The request body is not valid JSON'));
      }
    }
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method, headers, search: url.search, body: parsedBody },
      context: () => options.context(request),
    });
    for (const [key, value] of result.headers) response.setHeader(key, value);
    response.statusCode = result.status ?? 200;
    if (result.body.kind === 'complete') {
      response.end(result.body.string);
      return;
    }
    for await (const chunk of result.body.asyncIterator) response.write(chunk);
    response.end();
  };

  const handleFailure = (response: ServerResponse, error: unknown) => {
    // Close rather than drain: reading the rest of an oversized body is what the limit prevents.
    if (error instanceof PayloadTooLargeError && !response.headersSent) {
      return refuse(response, 413, graphQLErrorBody('PAYLOAD_TOO_LARGE', error.message, { limit: maxBodyBytes }), { connection: 'close' });
    }
    log.error({ err: error, path: response.req.url?.split('?')[0] }, 'request failed unexpectedly');
    if (!response.headersSent) sendJson(response, 500, { error: 'Internal error' });
    else response.destroy();
  };

  /** Answers a request and counts it; resolves with its status once the answer has been sent. */
  const answer = async (request: IncomingMessage, response: ServerResponse, route: string): Promise<number> => {
    const answered = new Promise<void>((resolve) => response.once('close', () => resolve()));
    await handle(request, response).catch((error: unknown) => handleFailure(response, error));
    await answered;
    metrics.httpRequests.inc({ service, route, status: `${Math.floor(response.statusCode / 100)}xx` });
    return response.statusCode;
  };

  /**
   * One span per request (joining the caller's trace), its request id in the answer, one log line
   * when it is answered. Probes and scrapes come every few seconds and say nothing about callers:
   * they are counted only, neither traced nor logged.
   */
  const serve = async (request: IncomingMessage, response: ServerResponse) => {
    const method = request.method?.toUpperCase() ?? 'GET';
    const route = routeLabel(new URL(request.url ?? '/', 'http://localhost').pathname, options.routes);
    if (UNSIGNED_PATHS.has(route)) return void (await answer(request, response, route));
    const startedAt = performance.now();
    await inSpan(`${method} ${route}`, { kind: 'server', parent: incomingContext(request.headers), attributes: { 'http.request.method': method, 'http.route': route, 'hub.service': service } }, async (span) => {
      const requestId = activeTraceIds()?.traceId;
      if (requestId) response.setHeader('x-request-id', requestId);
      const status = await answer(request, response, route);
      span.setAttribute('http.response.status_code', status);
      if (status >= 500) markFailed(span, `HTTP ${status}`);
      log.info({ method, route, status, durationMs: Math.round(performance.now() - startedAt) }, 'request answered');
    });
  };

  const server = createServer((request, response) => void serve(request, response));
  // Gateways keep connections to subgraphs open; outlive their idle timeout to avoid resets.
  server.keepAliveTimeout = 65_000;
  const host = options.host ?? '127.0.0.1';
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 0, host, () => resolve());
    });
  } catch (error) {
    // A taken port: Apollo started (and, in the gateway, loads the supergraph); nothing would stop it.
    await apollo.stop();
    throw error;
  }
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://${host}:${port}`,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await apollo.stop();
    },
  };
}
