/**
 * Hive Gateway's configuration: what serving the corridor's supergraph on Hive Gateway takes, for
 * the benchmark's peers and the second router of the end-to-end read suite
 * (tests/e2e/routers.ts). Hive Gateway reads this file because it is started from bench/peer
 * (bench/peer/hive-gateway.ts). It keeps our gateway's contract with the subgraphs and its
 * callers, so both serve the same answers at the same cost per subgraph fetch:
 *
 * - every subgraph request is signed exactly as our gateway signs it (subgraphs/signing.ts, the
 *   same code and secret), one HMAC per fetch, so the peer is let through the trust boundary;
 * - the caller's Accept-Language reaches the subgraphs, which label values in that language;
 * - the members' `staleData` answer extensions are gathered into the client's answer, as our
 *   gateway does (subgraphs/stale-data.ts);
 * - answers are kept in Hive Gateway's own response cache for as long as every subgraph that
 *   contributed allows (its Cache-Control), per language, for anonymous callers only: our
 *   gateway's rule, so with the subgraphs' caching on both reuse answers alike and with it off
 *   neither does.
 *
 * `PEER_QUERY_PLANNER=rust` plans with Hive Router's Rust query planner
 * (@graphql-hive/router-runtime) instead of Hive Gateway's JavaScript one. It is loaded here
 * rather than with the CLI's `--hive-router-runtime`, which falls back to the JavaScript planner
 * with only a warning when the package cannot be loaded.
 */
import { createHash } from 'node:crypto';
import { LANGUAGE_HEADER, SIGNATURE_HEADER, STALE_DATA_EXTENSION } from '../../schema/wire.js';
import { preferredLanguage } from '../../subgraphs/language.js';
import { signRequest } from '../../subgraphs/signing.js';
import { StaleDataReport } from '../../subgraphs/stale-data.js';
import { QUERY_PLAN_HEADER, QUERY_PLANNER_VARIABLE, type QueryPlanner } from './settings.js';

/** The parts of Hive Gateway's plugin payloads used here (its types live in the peer's own install). */
interface FetchPayload {
  url: string;
  options: { method?: string; body?: unknown; headers?: Record<string, string> | Headers };
  setOptions(options: FetchPayload['options']): void;
  fetchFn: (...args: unknown[]) => Promise<Response>;
  setFetchFn(fetchFn: FetchPayload['fetchFn']): void;
}
interface SubgraphResult {
  extensions?: Record<string, unknown>;
}
interface SubgraphExecutePayload {
  executionRequest: { context?: object };
}
interface ExecutePayload {
  args: { contextValue: object };
}
interface ExecuteDonePayload {
  result: SubgraphResult | AsyncIterable<unknown>;
  setResult(result: SubgraphResult): void;
}
interface CacheKeyParameters {
  documentString: string;
  variableValues?: Record<string, unknown>;
  operationName?: string | null;
  request: Request;
}
interface ClientRequest {
  request: Request;
}

const hubSecret = process.env['HUB_SECRET'];
if (!hubSecret) throw new Error('HUB_SECRET is not set: the peer signs subgraph requests with the secret of the corridor it fronts');
const queryPlanner = (process.env[QUERY_PLANNER_VARIABLE] ?? 'javascript') as QueryPlanner;
if (queryPlanner !== 'javascript' && queryPlanner !== 'rust') throw new Error(`${QUERY_PLANNER_VARIABLE} must be javascript or rust, not ${queryPlanner}`);
/** A package of the peer's own install, which the product's type check does not see: imported by a name it cannot follow. */
const fromPeerInstall = (packageName: string) => import(packageName);
const routerRuntime = queryPlanner === 'rust' ? await fromPeerInstall('@graphql-hive/router-runtime') : undefined;
const { default: InMemoryLRUCache } = await fromPeerInstall('@graphql-mesh/cache-inmemory-lru');

/**
 * Keys the response cache's storage holds. Hive Gateway's default storage keeps 1,000, and its
 * response cache writes two keys for each entity of an answer beside the answer (to invalidate it
 * when a mutation touches the entity): a 50-record list page takes about 120, so the
 * benchmark's few hundred distinct answers would evict each other. Our gateway's cache holds
 * about 30 MB; this holds every answer of the benchmark's workloads, a few MB.
 */
const RESPONSE_CACHE_KEYS = 100_000;

function plainHeaders(headers: FetchPayload['options']['headers']): Record<string, string> {
  return headers instanceof Headers ? Object.fromEntries(headers.entries()) : { ...headers };
}

/** Signs every subgraph request as our gateway does: method, path, body, no identity (the peer serves anonymous reads). */
const signingPlugin = {
  onFetch({ url, options, setOptions }: FetchPayload) {
    const target = new URL(url);
    const body = typeof options.body === 'string' ? options.body : '';
    const signature = signRequest(hubSecret, { method: options.method ?? 'GET', pathWithQuery: `${target.pathname}${target.search}`, body, identity: undefined });
    setOptions({ ...options, headers: { ...plainHeaders(options.headers), [SIGNATURE_HEADER]: signature } });
  },
};

/**
 * Apollo Server subgraphs say an answer may not be reused with `Cache-Control: no-store` (a
 * stale copy, caching off); Hive Gateway's response cache only lowers an answer's lifetime by a
 * `max-age`, and without one keeps it for ever. Each subgraph answer is handed on with the same
 * meaning in the form it reads.
 */
const noStoreAsMaxAgeZeroPlugin = {
  onFetch({ fetchFn, setFetchFn }: FetchPayload) {
    setFetchFn(async (...args) => {
      const response = await fetchFn(...args);
      const cacheControl = response.headers.get('cache-control') ?? '';
      if (!/\bno-store\b/.test(cacheControl) || /\bmax-age=/.test(cacheControl)) return response;
      const headers = new Headers(response.headers);
      headers.set('cache-control', `${cacheControl}, max-age=0`);
      return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
    });
  },
};

/** Gathers the members' `staleData` extensions of one operation's subgraph answers into the client's answer, as our gateway does. */
function staleDataPlugin() {
  const reports = new WeakMap<object, StaleDataReport>();
  return {
    onSubgraphExecute({ executionRequest }: SubgraphExecutePayload) {
      const context = executionRequest.context;
      if (!context) return undefined;
      return ({ result }: { result: SubgraphResult | AsyncIterable<unknown> }) => {
        if (Symbol.asyncIterator in result) return;
        const report = reports.get(context) ?? new StaleDataReport();
        report.merge(result.extensions?.[STALE_DATA_EXTENSION]);
        if (!report.isEmpty) reports.set(context, report);
      };
    },
    onExecute({ args }: ExecutePayload) {
      return {
        onExecuteDone({ result, setResult }: ExecuteDonePayload) {
          const report = reports.get(args.contextValue);
          if (!report || Symbol.asyncIterator in result) return;
          setResult({ ...result, extensions: { ...result.extensions, [STALE_DATA_EXTENSION]: report.entries() } });
        },
      };
    },
  };
}

export const gatewayConfig = {
  ...(routerRuntime ? { unifiedGraphHandler: routerRuntime.unifiedGraphHandler } : {}),
  cache: new InMemoryLRUCache({ max: RESPONSE_CACHE_KEYS }),
  propagateHeaders: {
    fromClientToSubgraphs: ({ request }: ClientRequest) => ({ [LANGUAGE_HEADER]: request.headers.get(LANGUAGE_HEADER) }),
  },
  responseCaching: {
    // One cache shared by every anonymous caller, as ours, whose answers differ by language only;
    // a caller presenting a key is never answered from it, nor adds to it.
    session: () => null,
    enabled: (request: Request) => !request.headers.has('authorization'),
    buildResponseCacheKey: ({ documentString, variableValues, operationName, request }: CacheKeyParameters) =>
      createHash('sha256')
        .update(JSON.stringify([documentString, operationName ?? '', variableValues ?? {}, preferredLanguage(request.headers.get(LANGUAGE_HEADER) ?? undefined)]))
        .digest('hex'),
  },
  plugins: () => [
    signingPlugin,
    noStoreAsMaxAgeZeroPlugin,
    staleDataPlugin(),
    ...(routerRuntime ? [routerRuntime.useQueryPlan({ expose: (request: Request) => request.headers.has(QUERY_PLAN_HEADER) })] : []),
  ],
};
