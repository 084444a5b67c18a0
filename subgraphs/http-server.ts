/**
 * A minimal Node HTTP integration for Apollo Server (its documented `executeHTTPGraphQLRequest`
 * seam), so a subgraph can serve GraphQL at `/graphql` beside a few plain routes (health,
 * internal feeds) without a web framework.
 */
import { HeaderMap, type ApolloServer, type ApolloServerOptions, type BaseContext } from '@apollo/server';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { cacheControlFromInfo } from '@apollo/cache-control-types';
import type { GraphQLResolveInfo } from 'graphql';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { formatErrorFor } from './error-format.js';

/**
 * Apollo Server settings every subgraph of the hub uses: no inline tracing (nothing here reports
 * to Apollo Studio, and it costs time per request), no signal handlers of its own (each process
 * closes its servers itself, in order), no stack traces in answers (clients get codes), and a
 * `Cache-Control: max-age` on answers, which the gateway's response cache honours for anonymous
 * reads (0 turns caching off). Errors are formatted by `formatErrorFor`: catalogue codes pass,
 * anything unexpected is masked with a reference to its log line.
 */
export function subgraphServerSettings(cacheSeconds: number) {
  if (!(Number.isInteger(cacheSeconds) && cacheSeconds >= 0)) throw new TypeError(`cacheSeconds must be a whole number >= 0, got ${cacheSeconds}`);
  return {
    plugins: [ApolloServerPluginInlineTraceDisabled(), ApolloServerPluginCacheControl({ defaultMaxAge: cacheSeconds })],
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

export interface PlainResponse {
  status: number;
  /** Sent as JSON, unless `contentType` is given and the body is text or bytes. */
  body: unknown;
  contentType?: string;
  /** Extra response headers (e.g. caching of static assets). */
  headers?: Record<string, string>;
}

/** A plain route: gets the request URL and headers, answers JSON or, with a content type, raw text. */
export type PlainRoute = (request: IncomingMessage, url: URL) => Promise<PlainResponse>;

export interface GraphQLHttpServerOptions<Context extends BaseContext> {
  apollo: ApolloServer<Context>;
  context: (request: IncomingMessage) => Promise<Context>;
  /** Exact paths (e.g. `/health`) answered outside GraphQL. */
  routes?: Readonly<Record<string, PlainRoute>>;
  port?: number;
  host?: string;
}

export interface RunningHttpServer {
  /** Base URL, e.g. `http://127.0.0.1:4201`; GraphQL is at `${url}/graphql`. */
  url: string;
  close(): Promise<void>;
}

/** The whole request body as text. */
export async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  response.end(text);
}

export async function startGraphQLHttpServer<Context extends BaseContext>(options: GraphQLHttpServerOptions<Context>): Promise<RunningHttpServer> {
  const { apollo } = options;
  await apollo.start();

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const route = options.routes?.[url.pathname];
    if (route) {
      const answer = await route(request, url);
      if (answer.contentType && (typeof answer.body === 'string' || Buffer.isBuffer(answer.body))) {
        response.writeHead(answer.status, { 'content-type': answer.contentType, ...answer.headers });
        response.end(answer.body);
        return;
      }
      return sendJson(response, answer.status, answer.body);
    }
    if (url.pathname !== '/graphql') return sendJson(response, 404, { error: `no route ${url.pathname}` });

    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(request.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const raw = request.method === 'POST' ? await readBody(request) : '';
    let body: unknown;
    try {
      body = raw && headers.get('content-type')?.includes('json') ? JSON.parse(raw) : raw;
    } catch {
      return sendJson(response, 400, { errors: [{ message: 'The request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }] });
    }
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: request.method?.toUpperCase() ?? 'GET', headers, search: url.search, body },
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

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) sendJson(response, 500, { error: error instanceof Error ? error.message : String(error) });
      else response.destroy();
    });
  });
  // Gateways keep connections to subgraphs open; outlive their idle timeout to avoid resets.
  server.keepAliveTimeout = 65_000;
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
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
