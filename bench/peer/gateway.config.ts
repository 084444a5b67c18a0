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
// A variable module name: the package is in the peer's own install, which the product's type check does not see.
const routerRuntimePackage = '@graphql-hive/router-runtime';
const routerRuntime = queryPlanner === 'rust' ? await import(routerRuntimePackage) : undefined;

function plainHeaders(headers: FetchPayload['options']['headers']): Record<string, string> {
  return headers instanceof Headers ? Object.fromEntries(headers.entries()) : { ...headers };
}

/**
 * Apollo Server subgraphs say an answer may not be reused with `Cache-Control: no-store` (a
 * stale copy, an identified caller, caching off); Hive Gateway's response cache only lowers an
 * answer's lifetime by a `max-age`. The subgraph answer is handed on with the same meaning in
 * the form it reads.
 */
function withNoStoreAsMaxAgeZero(response: Response): Response {
  const cacheControl = response.headers.get('cache-control') ?? '';
  if (!/\bno-store\b/.test(cacheControl) || /\bmax-age=/.test(cacheControl)) return response;
  const headers = new Headers(response.headers);
  headers.set('cache-control', `${cacheControl}, max-age=0`);
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

/** The stale copies each client operation was served, gathered from its subgraph answers. */
const staleDataByContext = new WeakMap<object, StaleDataReport>();

export const gatewayConfig = {
  ...(routerRuntime ? { unifiedGraphHandler: routerRuntime.unifiedGraphHandler } : {}),
  propagateHeaders: {
    fromClientToSubgraphs: ({ request }: ClientRequest) => ({ [LANGUAGE_HEADER]: request.headers.get(LANGUAGE_HEADER) }),
  },
  responseCaching: {
    // One cache for every anonymous caller, as ours; its answers differ by language only.
    session: () => null,
    enabled: (request: Request) => !request.headers.has('authorization'),
    buildResponseCacheKey: ({ documentString, variableValues, operationName, request }: CacheKeyParameters) =>
      createHash('sha256')
        .update(JSON.stringify([documentString, operationName ?? '', variableValues ?? {}, preferredLanguage(request.headers.get(LANGUAGE_HEADER) ?? undefined)]))
        .digest('hex'),
  },
  plugins: () => [
    {
      onFetch({ url, options, setOptions, fetchFn, setFetchFn }: FetchPayload) {
        const target = new URL(url);
        const body = typeof options.body === 'string' ? options.body : '';
        const signature = signRequest(hubSecret, { method: options.method ?? 'GET', pathWithQuery: `${target.pathname}${target.search}`, body, identity: undefined });
        setOptions({ ...options, headers: { ...plainHeaders(options.headers), [SIGNATURE_HEADER]: signature } });
        setFetchFn(async (...args) => withNoStoreAsMaxAgeZero(await fetchFn(...args)));
      },
    },
    {
      onSubgraphExecute({ executionRequest }: SubgraphExecutePayload) {
        const context = executionRequest.context;
        if (!context) return undefined;
        return ({ result }: { result: SubgraphResult | AsyncIterable<unknown> }) => {
          if (Symbol.asyncIterator in result) return;
          const report = staleDataByContext.get(context) ?? new StaleDataReport();
          report.merge(result.extensions?.[STALE_DATA_EXTENSION]);
          if (!report.isEmpty) staleDataByContext.set(context, report);
        };
      },
      onExecute({ args }: ExecutePayload) {
        return {
          onExecuteDone({ result, setResult }: ExecuteDonePayload) {
            const report = staleDataByContext.get(args.contextValue);
            if (!report || Symbol.asyncIterator in result) return;
            setResult({ ...result, extensions: { ...result.extensions, [STALE_DATA_EXTENSION]: report.entries() } });
          },
        };
      },
    },
    ...(routerRuntime ? [routerRuntime.useQueryPlan({ expose: (request: Request) => request.headers.has(QUERY_PLAN_HEADER) })] : []),
  ],
};
