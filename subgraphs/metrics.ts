/**
 * The hub's Prometheus metrics (prom-client), every one of them named here once, served at
 * `/metrics` by every process: the gateway, the corridor subgraph and each city subgraph. Series
 * are labelled by the part that records them (`service`: `gateway`, `corridor`, `city:<slug>`) or
 * by member (`city`), so the whole local corridor in one process still tells its parts apart.
 *
 * Counters and histograms move as work is done; the gauges that describe state (circuits,
 * outboxes, sync) are read from their owners at each scrape (`sampleAtScrape`), so they are never
 * stale and vanish with the part that owned them.
 *
 * Access (`METRICS_TOKEN`): with a token, `/metrics` answers only `Authorization: Bearer <token>`
 * (what Prometheus sends with `authorization.credentials_file`); without one it is open outside
 * production and not served in production, where the subgraphs' ports would otherwise expose it
 * beside their signed paths.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { ApolloServerPlugin, BaseContext, GraphQLRequestContextWillSendResponse } from '@apollo/server';
import type { ErrorCode } from '../schema/errors.js';

export const metricsRegistry = new Registry();
// Node's own (CPU, memory, event-loop lag, GC) under their standard names, once per process.
collectDefaultMetrics({ register: metricsRegistry });

/** Seconds; from a cached answer (a few ms) to the gateway's subgraph timeout (5 s) and past it. */
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

const registers = [metricsRegistry];

export const metrics = {
  graphqlRequests: new Counter({
    name: 'hub_graphql_requests_total',
    help: 'GraphQL operations answered, by part, operation name and outcome (success, partial, error, refused).',
    labelNames: ['service', 'operation', 'outcome'] as const,
    registers,
  }),
  graphqlDuration: new Histogram({
    name: 'hub_graphql_request_duration_seconds',
    help: 'Time from a GraphQL request received to its answer sent, by part and operation name.',
    labelNames: ['service', 'operation'] as const,
    buckets: LATENCY_BUCKETS,
    registers,
  }),
  httpRequests: new Counter({
    name: 'hub_http_requests_total',
    help: 'HTTP requests answered, by part, route (graphql, health, metrics, internal paths, other) and status class.',
    labelNames: ['service', 'route', 'status'] as const,
    registers,
  }),
  refusals: new Counter({
    name: 'hub_refusals_total',
    help: 'Requests refused before they ran, by part and code: operation limits, rate limits, body size and media type, unsigned internal calls.',
    labelNames: ['service', 'code'] as const,
    registers,
  }),
  subgraphFetches: new Counter({
    name: 'hub_subgraph_fetches_total',
    help: "The gateway's fetches from subgraphs, by subgraph and outcome (success, caller_error, timeout, unreachable, server_error, unreadable).",
    labelNames: ['subgraph', 'outcome'] as const,
    registers,
  }),
  subgraphFetchDuration: new Histogram({
    name: 'hub_subgraph_fetch_duration_seconds',
    help: "Duration of the gateway's fetches from subgraphs.",
    labelNames: ['subgraph'] as const,
    buckets: LATENCY_BUCKETS,
    registers,
  }),
  platformCalls: new Counter({
    name: 'hub_platform_calls_total',
    help: "HTTP exchanges with a member's platform, by member, native route and outcome (success or the PLATFORM_* code); undici's retries are inside one exchange.",
    labelNames: ['city', 'route', 'outcome'] as const,
    registers,
  }),
  platformCallDuration: new Histogram({
    name: 'hub_platform_call_duration_seconds',
    help: "Duration of HTTP exchanges with a member's platform, retries included.",
    labelNames: ['city', 'route'] as const,
    buckets: LATENCY_BUCKETS,
    registers,
  }),
  circuitState: new Gauge({
    name: 'hub_platform_circuit_state',
    help: "A member platform's circuit breaker: 0 closed, 1 half-open (a probe is out), 2 open.",
    labelNames: ['city'] as const,
    registers,
  }),
  circuitFailures: new Gauge({
    name: 'hub_platform_circuit_consecutive_failures',
    help: "Consecutive outage-type failures counted by a member platform's breaker.",
    labelNames: ['city'] as const,
    registers,
  }),
  cacheLookups: new Counter({
    name: 'hub_cache_lookups_total',
    help: "Cache lookups by part, cache (response: the gateway's anonymous answers; entity: a city subgraph's records) and result (hit, miss).",
    labelNames: ['service', 'cache', 'result'] as const,
    registers,
  }),
  outboxPending: new Gauge({
    name: 'hub_outbox_pending_writes',
    help: "Writes a member's outbox holds that its platform has not taken yet.",
    labelNames: ['city'] as const,
    registers,
  }),
  outboxOldestPendingAge: new Gauge({
    name: 'hub_outbox_oldest_pending_age_seconds',
    help: "Age of the oldest write still pending in a member's outbox; 0 when none is.",
    labelNames: ['city'] as const,
    registers,
  }),
  outboxDeliveries: new Counter({
    name: 'hub_outbox_deliveries_total',
    help: "Delivery attempts of a member's outbox, by outcome (delivered, retry, failed).",
    labelNames: ['city', 'outcome'] as const,
    registers,
  }),
  syncRuns: new Counter({
    name: 'hub_sync_runs_total',
    help: "The corridor's syncs of a member's change feed, by outcome (success, failure).",
    labelNames: ['city', 'outcome'] as const,
    registers,
  }),
  syncRecords: new Counter({
    name: 'hub_sync_records_total',
    help: "Records the corridor's syncs applied to the read index, by member and change (upsert, deletion).",
    labelNames: ['city', 'change'] as const,
    registers,
  }),
  syncLag: new Gauge({
    name: 'hub_sync_lag_seconds',
    help: "Seconds since a member's last successful sync (since the corridor started, when it has none).",
    labelNames: ['city'] as const,
    registers,
  }),
  syncLastSuccess: new Gauge({
    name: 'hub_sync_last_success_timestamp_seconds',
    help: "Unix time of a member's last successful sync; absent before the first.",
    labelNames: ['city'] as const,
    registers,
  }),
  syncInterval: new Gauge({
    name: 'hub_sync_interval_seconds',
    help: "The corridor's sync interval (SYNC_INTERVAL_MS), for alerts on lag measured in intervals.",
    registers,
  }),
  memberState: new Gauge({
    name: 'hub_member_state',
    help: "1 for a member's current state (UP, DEGRADED, DOWN) as City.status reports it, 0 for the others.",
    labelNames: ['city', 'state'] as const,
    registers,
  }),
  indexRecords: new Gauge({
    name: 'hub_index_records',
    help: "Records of a member in the corridor's read index, by kind.",
    labelNames: ['city', 'kind'] as const,
    registers,
  }),
  quarantinedRecords: new Gauge({
    name: 'hub_quarantined_records',
    help: "Records a member's platform sends in a form that does not fit the contract, as of its last sync.",
    labelNames: ['city'] as const,
    registers,
  }),
};

/** Gauges that owners set at each scrape: cleared first, so a part that stopped leaves no series behind. */
const SAMPLED_GAUGES = [
  metrics.circuitState,
  metrics.circuitFailures,
  metrics.outboxPending,
  metrics.outboxOldestPendingAge,
  metrics.syncLag,
  metrics.syncLastSuccess,
  metrics.syncInterval,
  metrics.memberState,
  metrics.indexRecords,
  metrics.quarantinedRecords,
];
const samplers = new Set<() => void | Promise<void>>();

/** Runs `sample` (which sets its gauges) before every scrape, until the returned function is called. */
export function sampleAtScrape(sample: () => void | Promise<void>): () => void {
  samplers.add(sample);
  return () => samplers.delete(sample);
}

/** The exposition text of every metric, with the sampled gauges read now. */
export async function scrape(): Promise<string> {
  for (const gauge of SAMPLED_GAUGES) gauge.reset();
  await Promise.all([...samplers].map((sample) => sample()));
  return metricsRegistry.metrics();
}

export const METRICS_CONTENT_TYPE = metricsRegistry.contentType;

/** Who may read `/metrics`: a bearer token, anyone (outside production) or no one (production without a token). */
export type MetricsAccess = { token: string } | 'open' | 'closed';

/** Shortest METRICS_TOKEN accepted: it guards what the hub's traffic looks like. */
const MIN_TOKEN_LENGTH = 16;

/** `METRICS_TOKEN`, or open outside production and closed in it. */
export function metricsAccessFromEnv(env: NodeJS.ProcessEnv): MetricsAccess {
  const token = env['METRICS_TOKEN'];
  if (token) {
    if (token.length < MIN_TOKEN_LENGTH) throw new Error(`METRICS_TOKEN must be at least ${MIN_TOKEN_LENGTH} characters long`);
    return { token };
  }
  return env['NODE_ENV'] === 'production' ? 'closed' : 'open';
}

const digest = (text: string) => createHash('sha256').update(text).digest();

/** Why a scrape is refused (code METRICS_UNAUTHORIZED), or undefined when it may read the metrics. */
export function metricsRefusal(access: MetricsAccess, request: IncomingMessage): string | undefined {
  if (access === 'open') return undefined;
  if (access === 'closed') return 'Metrics are not served: set METRICS_TOKEN and scrape with Authorization: Bearer <token>';
  const presented = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization?.trim() ?? '')?.[1];
  // Compared as digests, so neither the length nor the content leaks through timing.
  if (presented !== undefined && timingSafeEqual(digest(presented), digest(access.token))) return undefined;
  return 'Metrics need the bearer token the operator set (METRICS_TOKEN)';
}

/** Distinct operation names one part labels; past it new names count as `other`, so callers cannot grow the series without bound. */
const MAX_OPERATION_NAMES = 200;
const OPERATION_NAME = /^[_A-Za-z][_0-9A-Za-z]{0,99}$/;
const operationNames = new Map<string, Set<string>>();

function operationLabel(service: string, name: string | null | undefined): string {
  if (!name) return 'anonymous';
  if (!OPERATION_NAME.test(name)) return 'other';
  const seen = operationNames.get(service) ?? new Set<string>();
  operationNames.set(service, seen);
  if (seen.has(name)) return name;
  if (seen.size >= MAX_OPERATION_NAMES) return 'other';
  seen.add(name);
  return name;
}

/** The codes with which the gateway's edge refuses an operation before planning it (gateway/limits.ts). */
const OPERATION_REFUSALS: ReadonlySet<string> = new Set([
  'QUERY_TOO_COMPLEX',
  'QUERY_TOO_DEEP',
  'TOO_MANY_ALIASES',
  'TOO_MANY_TOKENS',
  'TOO_MANY_DIRECTIVES',
  'TOO_MANY_ROOT_FIELDS',
  'INTROSPECTION_DISABLED',
] satisfies ErrorCode[]);

function outcomeOf(context: GraphQLRequestContextWillSendResponse<BaseContext>): { outcome: string; refusal?: string } {
  const body = context.response.body;
  const result = body.kind === 'single' ? body.singleResult : body.initialResult;
  const errors = result.errors ?? [];
  if (errors.length === 0) return { outcome: 'success' };
  const refusal = errors.map((error) => error.extensions?.['code']).find((code): code is string => typeof code === 'string' && OPERATION_REFUSALS.has(code));
  if (refusal) return { outcome: 'refused', refusal };
  return { outcome: result.data ? 'partial' : 'error' };
}

/** Counts and times every GraphQL operation a part answers, and the operations its edge refuses. */
export function requestMetricsPlugin<Context extends BaseContext>(service: string): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      const startedAt = performance.now();
      return {
        async willSendResponse(context) {
          const operation = operationLabel(service, context.operationName ?? context.request.operationName);
          const { outcome, refusal } = outcomeOf(context as GraphQLRequestContextWillSendResponse<BaseContext>);
          metrics.graphqlRequests.inc({ service, operation, outcome });
          metrics.graphqlDuration.observe({ service, operation }, (performance.now() - startedAt) / 1000);
          if (refusal) metrics.refusals.inc({ service, code: refusal });
        },
      };
    },
  };
}
