/**
 * The city subgraph factory: turns (registry entry + adapter) into a running Federation 2
 * subgraph. Every member runs this same code; only its adapter differs. Beside GraphQL it serves
 * three internal, signed endpoints for the corridor: the change feed, routed writes, and the
 * lookup of a write by idempotency key.
 */
import { ApolloServer } from '@apollo/server';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { IncomingMessage } from 'node:http';
import type { ChangeBatch, CityAdapter } from '../../adapters/kit/adapter.js';
import type { Member } from '../../schema/registry.js';
import { DEFAULT_RESPONSE_CACHE_SECONDS, readBody, subgraphServerSettings, startGraphQLHttpServer, type PlainResponse, type PlainRoute, type RunningHttpServer } from '../http-server.js';
import { IDENTITY_HEADER, identityFromHeader, type Identity } from '../identity.js';
import { SIGNATURE_HEADER, signatureProblem } from '../signing.js';
import { IDEMPOTENCY_KEY_REUSED, WRITES_PATH, type ApplicationView, type WriteRequest } from '../write-protocol.js';
import { EntityCache } from './entity-cache.js';
import { createEntityLoaders } from './entity-loaders.js';
import { IdempotencyConflict, WriteOutbox, type OutboxDelivery } from './outbox.js';
import { citySubgraphResolvers, type CityContext } from './resolvers.js';
import { citySubgraphTypeDefs } from './sdl.js';
import { describePlatformFailure } from './platform-failure.js';

/** Path of the internal change feed the corridor index syncs from. */
export const CHANGE_FEED_PATH = '/internal/changes';

/** A member's change feed: its platform's changes plus what its outbox changed. */
export interface CityChangeFeed extends ChangeBatch {
  applications: ApplicationView[];
  applicationDeletions: string[];
}

export interface CitySubgraphOptions {
  member: Member;
  adapter: CityAdapter;
  /** Secret shared by the hub's processes; signs internal calls and identities. */
  hubSecret: string;
  /** The write outbox file (kept across restarts). */
  outboxPath: string;
  /** How the outbox delivers writes (backoff, concurrency, how long accepting waits). */
  outbox?: Partial<OutboxDelivery>;
  /** How long records are served without asking the platform; the member's `freshnessSeconds` by default. */
  entityFreshnessMs?: number;
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

const refused = (status: number, code: string, message: string): PlainResponse => ({ status, body: { error: { code, message } } });

/** Checks a request's signature and the identity it carries; returns the identity or the refusal. */
function signedCaller(secret: string, request: IncomingMessage, url: URL, body: string): Identity | PlainResponse {
  const problem = signatureProblem(secret, request.headers[SIGNATURE_HEADER] as string | undefined, request.method ?? 'GET', `${url.pathname}${url.search}`, body);
  if (problem) return refused(401, 'UNSIGNED_REQUEST', problem);
  const identity = identityFromHeader(secret, request.headers[IDENTITY_HEADER]);
  if (identity === undefined) return refused(401, 'UNAUTHENTICATED', 'writes need the identity of an organisation');
  if ('problem' in identity) return refused(401, 'UNAUTHENTICATED', identity.problem);
  return identity;
}

export function buildCitySchema(member: Member, adapter: CityAdapter, outbox: WriteOutbox) {
  return buildSubgraphSchema({ typeDefs: citySubgraphTypeDefs(member), resolvers: citySubgraphResolvers({ member, adapter, outbox }) });
}

function changeFeedRoute(adapter: CityAdapter, outbox: WriteOutbox, cache: EntityCache, secret: string): PlainRoute {
  return async (request, url) => {
    const problem = signatureProblem(secret, request.headers[SIGNATURE_HEADER] as string | undefined, request.method ?? 'GET', `${url.pathname}${url.search}`);
    if (problem) return refused(401, 'UNSIGNED_REQUEST', problem);
    const cursor = decodeFeedCursor(url.searchParams.get('cursor'));
    let platform: ChangeBatch;
    try {
      platform = await adapter.changes(cursor.platform);
    } catch (error) {
      return refused(502, 'CITY_UNAVAILABLE', describePlatformFailure(adapter.member.slug, error));
    }
    cache.apply(platform);
    // A reset replaces everything the corridor holds for the member, so it needs every write again.
    const writes = outbox.changesSince(platform.reset ? 0 : cursor.outbox);
    const feed: CityChangeFeed = {
      ...platform,
      cursor: Buffer.from(JSON.stringify({ platform: platform.cursor, outbox: writes.position } satisfies FeedCursor)).toString('base64url'),
      upserts: [...platform.upserts, ...writes.upserts],
      deletions: [...platform.deletions, ...writes.deletions],
      applications: writes.applications,
      applicationDeletions: writes.applicationDeletions,
    };
    return { status: 200, body: feed };
  };
}

function writesRoute(outbox: WriteOutbox, secret: string): PlainRoute {
  return async (request, url) => {
    const body = request.method === 'POST' ? await readBody(request) : '';
    const caller = signedCaller(secret, request, url, body);
    if ('status' in caller) return caller;
    try {
      if (request.method === 'GET') {
        const key = url.searchParams.get('idempotencyKey') ?? '';
        const found = outbox.find(caller.organizationId, key, url.searchParams.get('fingerprint') ?? undefined);
        return found ? { status: 200, body: found } : refused(404, 'NOT_FOUND', `no write with idempotency key "${key}"`);
      }
      return { status: 200, body: await outbox.submit(caller, JSON.parse(body) as WriteRequest) };
    } catch (error) {
      if (error instanceof IdempotencyConflict) return refused(409, IDEMPOTENCY_KEY_REUSED, error.message);
      throw error;
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
      return { status: 503, body: { city: member.slug, platform: 'unreachable', error: describePlatformFailure(member.slug, error) } };
    }
  };
}

export async function startCitySubgraph(options: CitySubgraphOptions): Promise<RunningCitySubgraph> {
  if (!options.hubSecret) throw new TypeError('hubSecret must be a non-empty string');
  const { member, adapter, hubSecret } = options;
  const freshnessMs = options.entityFreshnessMs ?? member.freshnessSeconds * 1000;
  // Answers are never reused longer than the member's records may be stale.
  const cacheSeconds = Math.min(options.responseCacheSeconds ?? DEFAULT_RESPONSE_CACHE_SECONDS, Math.floor(freshnessMs / 1000));
  const cache = new EntityCache(freshnessMs);
  const outbox = new WriteOutbox({
    member,
    adapter,
    databasePath: options.outboxPath,
    delivery: options.outbox,
    onDelivered: (records) => cache.store(records),
  });
  const apollo = new ApolloServer<CityContext>({ schema: buildCitySchema(member, adapter, outbox), ...subgraphServerSettings(cacheSeconds) });
  const server = await startGraphQLHttpServer({
    apollo,
    context: async (request) => {
      const identity = identityFromHeader(hubSecret, request.headers[IDENTITY_HEADER]);
      return { loaders: createEntityLoaders(adapter, cache), identity: identity && !('problem' in identity) ? identity : undefined };
    },
    routes: {
      '/health': healthRoute(member, adapter),
      [CHANGE_FEED_PATH]: changeFeedRoute(adapter, outbox, cache, hubSecret),
      [WRITES_PATH]: writesRoute(outbox, hubSecret),
    },
    port: options.port,
    host: options.host,
  });
  outbox.start();
  return {
    ...server,
    member,
    adapter,
    outbox,
    close: async () => {
      await server.close();
      await outbox.close();
      await adapter.close();
    },
  };
}
