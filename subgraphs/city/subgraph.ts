/**
 * The city subgraph factory: turns (registry entry + adapter) into a running Federation 2
 * subgraph. Every member runs this same code; only its adapter differs. Beside GraphQL it serves
 * two internal endpoints for the corridor: the change feed, and routed writes (with the lookup of
 * a write by idempotency key). Everything but `/health` must be signed by the hub.
 */
import { ApolloServer } from '@apollo/server';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import type { ChangeBatch, CityAdapter } from '../../adapters/kit/adapter.js';
import { parseGlobalId } from '../../schema/contract.js';
import { catalogueError, isCatalogueCode, userError, type ErrorCode } from '../../schema/errors.js';
import type { Member } from '../../schema/registry.js';
import { DEFAULT_RESPONSE_CACHE_SECONDS, subgraphServerSettings, startGraphQLHttpServer, type PlainResponse, type PlainRoute, type RunningHttpServer } from '../http-server.js';
import { HubRequestGuard, type Identity } from '../identity.js';
import { OrganizationDirectory } from '../organizations.js';
import { authorisedCaller, checkedApplication, checkedChallenge, checkedChanges, isPublisher, requireApplicant, requirePublisher } from '../write-rules.js';
import { CHANGE_FEED_PATH, HEALTH_PATH, WRITES_PATH, type CityChangeFeed, type CityChangeFeedRefusal, type WireRefusal, type WriteOperation, type WriteRequest } from '../../schema/wire.js';
import { StaleDataReport, staleDataPlugin } from '../stale-data.js';
import { connectRedis } from '../redis.js';
import { MemoryEntityCache, type EntityCache, type EntityCacheLimits } from './entity-cache.js';
import { RedisEntityCache } from './entity-cache-redis.js';
import { createEntityLoaders } from './entity-loaders.js';
import { IdempotencyConflict, WriteOutbox, type OutboxDelivery } from './outbox.js';
import { citySubgraphResolvers, type CityContext } from './resolvers.js';
import { citySubgraphTypeDefs } from './sdl.js';
import { startOrUndo } from '../lifecycle.js';
import { describePlatformFailure } from './platform-failure.js';
import { metrics, sampleAtScrape, type MetricsAccess } from '../metrics.js';
import type { CircuitStateName } from '../../adapters/kit/circuit.js';

export interface CitySubgraphOptions {
  member: Member;
  adapter: CityAdapter;
  /** Secret shared by the hub's processes; every request but `/health` and `/metrics` must be signed with it. */
  hubSecret: string;
  /** The secret a rotation replaces, still accepted (HUB_SECRET_PREVIOUS). */
  previousHubSecret?: string;
  /** Who may read `/metrics` (open when omitted). */
  metrics?: MetricsAccess;
  /** Organisations by id, for records that name them only (none when omitted). */
  organizations?: OrganizationDirectory;
  /** The write outbox file (kept across restarts). */
  outboxPath: string;
  /** `postgres://…`: the outbox lives in this database instead, shared with the member's other replicas. */
  databaseUrl?: string | undefined;
  /** `redis://…`: the entity cache lives there, shared with the member's other replicas; in memory otherwise. */
  redisUrl?: string | undefined;
  /** How the outbox delivers writes (backoff, concurrency, how long accepting waits). */
  outbox?: Partial<OutboxDelivery>;
  /** How long records are served without asking the platform; the member's `freshnessSeconds` by default. */
  entityFreshnessMs?: number;
  /** How long records are kept to be served, marked stale, while the platform is down (24 h by default), and how many at most. */
  entityCache?: Partial<Pick<EntityCacheLimits, 'staleMaxMs' | 'maxRecords'>>;
  /** How long the gateway may reuse an anonymous answer (`Cache-Control: max-age`); 5 s by default. */
  responseCacheSeconds?: number;
  port?: number;
  host?: string;
}

export interface RunningCitySubgraph extends RunningHttpServer {
  member: Member;
  adapter: CityAdapter;
  outbox: WriteOutbox;
}

interface FeedCursor {
  platform: string | null;
  outbox: number;
}

function decodeFeedCursor(raw: string | null): FeedCursor {
  if (raw) {
    try {
      const parsed = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as FeedCursor;
      if (typeof parsed.outbox === 'number') return parsed;
    } catch {
      // an unknown cursor means: start over
    }
  }
  return { platform: null, outbox: 0 };
}

const refused = (status: number, code: ErrorCode, message: string): PlainResponse => ({ status, body: { error: { code, message } } satisfies WireRefusal });

/**
 * Most representations one `_entities` request may carry. Above the largest page of every list
 * the gateway plans (100 records, or cost-limited nested matches), far below what would let one
 * request queue thousands of platform lookups.
 */
export const MAX_REPRESENTATIONS = 1_000;

export function buildCitySchema(member: Member, adapter: CityAdapter, outbox: WriteOutbox, organizations: OrganizationDirectory) {
  const schema = buildSubgraphSchema({ typeDefs: citySubgraphTypeDefs(member), resolvers: citySubgraphResolvers({ member, adapter, outbox, organizations }) });
  capRepresentations(schema);
  return schema;
}

/** Refuses an `_entities` request over MAX_REPRESENTATIONS before any record is looked up. */
function capRepresentations(schema: GraphQLSchema): void {
  const entities = schema.getQueryType()?.getFields()['_entities'];
  const resolve = entities?.resolve;
  if (!entities || !resolve) throw new Error('the city schema has no _entities resolver to cap');
  entities.resolve = (source, args: { representations: unknown[] }, context, info) => {
    if (args.representations.length > MAX_REPRESENTATIONS) {
      throw catalogueError('TOO_MANY_REPRESENTATIONS', `At most ${MAX_REPRESENTATIONS} records can be fetched from a member at once, got ${args.representations.length}`, { limit: MAX_REPRESENTATIONS });
    }
    return resolve(source, args, context, info);
  };
}

function changeFeedRoute(adapter: CityAdapter, outbox: WriteOutbox, cache: EntityCache): PlainRoute {
  return async (_request, url) => {
    const cursor = decodeFeedCursor(url.searchParams.get('cursor'));
    let platform: ChangeBatch;
    try {
      platform = await adapter.changes(cursor.platform);
    } catch (error) {
      const refusal: CityChangeFeedRefusal = { error: { code: 'CITY_UNAVAILABLE', message: describePlatformFailure(adapter.member.slug, error) }, circuit: adapter.circuit() };
      return { status: 502, body: refusal };
    }
    await cache.apply(platform);
    // A reset replaces everything the corridor holds for the member, so it needs every write again.
    const writes = await outbox.changesSince(platform.reset ? 0 : cursor.outbox);
    const feed: CityChangeFeed = {
      ...platform,
      cursor: Buffer.from(JSON.stringify({ platform: platform.cursor, outbox: writes.position } satisfies FeedCursor)).toString('base64url'),
      upserts: [...platform.upserts, ...writes.upserts],
      deletions: [...platform.deletions, ...writes.deletions],
      applications: writes.applications,
      applicationDeletions: writes.applicationDeletions,
      circuit: adapter.circuit(),
    };
    return { status: 200, body: feed };
  };
}

/**
 * A write as it reaches the member, checked again by the rules the corridor applied
 * (write-rules.ts: role, member city, reward, deadline, text, ownership by organisation id), so
 * a write arriving by any path gets the same answer. Returns the write as the rules clean it.
 */
function recheckedWrite(member: Member, caller: Identity, write: WriteOperation, organizations: OrganizationDirectory): WriteOperation {
  const ownRecord = (id: string, field: string) => {
    if (parseGlobalId(id)?.city !== member.slug) throw userError('INVALID_ID', field, `"${id}" is not a record of ${member.slug}`);
  };
  switch (write.operation) {
    case 'publishChallenge':
      authorisedCaller(caller, 'PUBLISHER');
      return { ...write, challenge: checkedChallenge(caller, { ...write.challenge, city: member.slug }) };
    case 'applyToChallenge':
      authorisedCaller(caller, 'APPLICANT');
      ownRecord(write.challenge.id, 'input.challengeId');
      if (isPublisher(caller, write.challenge, organizations)) throw userError('FORBIDDEN', 'input.challengeId', 'An organisation cannot apply to its own challenge');
      return { ...write, application: checkedApplication(caller, { ...write.application, challengeId: write.challenge.id }) };
    case 'setApplicationStatus':
      ownRecord(write.application.id, 'input.applicationId');
      if (write.status === 'WITHDRAWN') {
        authorisedCaller(caller, 'APPLICANT');
        requireApplicant(caller, write.application, organizations);
      } else {
        authorisedCaller(caller, 'PUBLISHER');
        requirePublisher(caller, write.challenge, organizations);
      }
      return write;
    case 'awardChallenge':
    case 'startReview':
    case 'closeChallenge':
      authorisedCaller(caller, 'PUBLISHER');
      ownRecord(write.challenge.id, 'input.challengeId');
      requirePublisher(caller, write.challenge, organizations);
      return write;
    case 'updateChallenge': {
      authorisedCaller(caller, 'PUBLISHER');
      ownRecord(write.challenge.id, 'input.challengeId');
      requirePublisher(caller, write.challenge, organizations);
      // The managers are the corridor's to check (it holds them); the rest is checked here again.
      const { technologyManagerIds, ...edits } = write.changes;
      const checked = Object.keys(edits).length > 0 ? checkedChanges(edits) : {};
      return { ...write, changes: { ...checked, ...(technologyManagerIds && { technologyManagerIds }) } };
    }
  }
}

function writesRoute(member: Member, outbox: WriteOutbox, guard: HubRequestGuard, organizations: OrganizationDirectory): PlainRoute {
  return async (request, url, body) => {
    const caller = guard.callerOf(request);
    if (!caller) return refused(401, 'UNAUTHENTICATED', 'Writes need the identity of an organisation');
    try {
      if (request.method === 'GET') {
        const key = url.searchParams.get('idempotencyKey') ?? '';
        const found = await outbox.findChecked(caller.organizationId, key, url.searchParams.get('fingerprint') ?? undefined);
        return found ? { status: 200, body: found } : refused(404, 'NOT_FOUND', `no write with idempotency key "${key}"`);
      }
      const submitted = JSON.parse(body) as WriteRequest;
      // A key seen before answers with its recorded outcome, even if the rules would now refuse it (a deadline since passed).
      const earlier = await outbox.find(caller.organizationId, submitted.idempotencyKey, submitted.fingerprint);
      if (earlier) return { status: 200, body: earlier };
      const write = recheckedWrite(member, caller, submitted.write, organizations);
      return { status: 200, body: await outbox.submit(caller, { ...submitted, write }) };
    } catch (error) {
      if (error instanceof IdempotencyConflict) return refused(409, 'IDEMPOTENCY_KEY_REUSED', error.message);
      const { code, field } = error instanceof GraphQLError ? error.extensions : {};
      if (error instanceof GraphQLError && isCatalogueCode(code)) {
        return { status: 422, body: { error: { code, message: error.message, ...(typeof field === 'string' && { field }) } } satisfies WireRefusal };
      }
      throw error;
    }
  };
}

/**
 * `/health`: the platform probed (503 while it cannot be reached). `/health?scope=process`: the
 * subgraph itself, without asking the platform, for an orchestrator's liveness and readiness
 * probes: a member whose platform is down still serves its last copies and keeps writes, so its
 * subgraph must neither be restarted nor taken out of service for it.
 */
function healthRoute(member: Member, adapter: CityAdapter): PlainRoute {
  return async (_request, url) => {
    if (url.searchParams.get('scope') === 'process') return { status: 200, body: { city: member.slug, process: 'serving', circuit: adapter.circuit() } };
    const started = performance.now();
    try {
      await adapter.probe();
      return { status: 200, body: { city: member.slug, platform: 'reachable', latencyMs: Math.round(performance.now() - started), circuit: adapter.circuit() } };
    } catch (error) {
      return { status: 503, body: { city: member.slug, platform: 'unreachable', error: describePlatformFailure(member.slug, error), circuit: adapter.circuit() } };
    }
  };
}

const CIRCUIT_STATE_VALUES: Readonly<Record<CircuitStateName, number>> = { CLOSED: 0, HALF_OPEN: 1, OPEN: 2 };

/** The member's breaker and outbox as the gauges show them at a scrape. */
async function sampleCityState(member: Member, adapter: CityAdapter, outbox: WriteOutbox): Promise<void> {
  const city = member.slug;
  const circuit = adapter.circuit();
  metrics.circuitState.set({ city }, CIRCUIT_STATE_VALUES[circuit.state]);
  metrics.circuitFailures.set({ city }, circuit.consecutiveFailures);
  const pending = await outbox.pendingStats();
  metrics.outboxPending.set({ city }, pending.count);
  metrics.outboxOldestPendingAge.set({ city }, pending.oldestAcceptedAt ? Math.max(0, (Date.now() - pending.oldestAcceptedAt.getTime()) / 1000) : 0);
}

/** The subgraph owns the adapter it is given: it closes it on `close()`, and when the start fails. */
export function startCitySubgraph(options: CitySubgraphOptions): Promise<RunningCitySubgraph> {
  return startOrUndo(async (opened) => {
    const { member, hubSecret } = options;
    const adapter = opened(options.adapter);
    const freshnessMs = options.entityFreshnessMs ?? member.freshnessSeconds * 1000;
    // Answers are never reused longer than the member's records may be stale.
    const cacheSeconds = Math.min(options.responseCacheSeconds ?? DEFAULT_RESPONSE_CACHE_SECONDS, Math.floor(freshnessMs / 1000));
    const redis = options.redisUrl ? opened(await connectRedis(options.redisUrl)) : undefined;
    const limits = { ...options.entityCache, freshnessMs };
    const cache: EntityCache = redis ? new RedisEntityCache(limits, redis.client, member.slug) : new MemoryEntityCache(limits);
    const outbox = opened(
      await WriteOutbox.open({
        member,
        adapter,
        databasePath: options.outboxPath,
        databaseUrl: options.databaseUrl,
        delivery: options.outbox,
        // Neither cache throws (Redis failures are misses), so nothing waits on this.
        onDelivered: (records) => void cache.store(records),
      }),
    );
    const guard = new HubRequestGuard(hubSecret, { previousSecret: options.previousHubSecret });
    const organizations = options.organizations ?? new OrganizationDirectory([]);
    const service = `city:${member.slug}`;
    const settings = subgraphServerSettings(cacheSeconds, service);
    const apollo = new ApolloServer<CityContext>({
      schema: buildCitySchema(member, adapter, outbox, organizations),
      ...settings,
      plugins: [...settings.plugins, staleDataPlugin<CityContext>((context) => context.staleness)],
    });
    const server = await startGraphQLHttpServer({
      service,
      apollo,
      metrics: options.metrics,
      guard: (request, pathWithQuery, body) => guard.check(request, pathWithQuery, body),
      context: async (request) => {
        const staleness = new StaleDataReport();
        return { loaders: createEntityLoaders(adapter, cache, staleness), staleness, identity: guard.callerOf(request) };
      },
      routes: {
        [HEALTH_PATH]: healthRoute(member, adapter),
        [CHANGE_FEED_PATH]: changeFeedRoute(adapter, outbox, cache),
        [WRITES_PATH]: writesRoute(member, outbox, guard, organizations),
      },
      port: options.port,
      host: options.host,
    });
    outbox.start();
    const stopSampling = sampleAtScrape(() => sampleCityState(member, adapter, outbox));
    return {
      ...server,
      member,
      adapter,
      outbox,
      close: async () => {
        stopSampling();
        await server.close();
        await outbox.close();
        await redis?.close();
        await adapter.close();
      },
    };
  });
}
