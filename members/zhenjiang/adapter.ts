/**
 * Zhenjiang adapter: an OData client. Lists follow `@odata.nextLink` to the end, lookups are one
 * `$filter=Id in (…)` query per kind, writes are OData POST/PATCH with OData JSON errors.
 */
import type { ApplicationRecord, ApplicationStatus, ChallengeRecord, ChallengeStatus, EntityKind, NewApplication, NewChallenge, RecordByKind } from '../../schema/contract.js';
import type { AdapterFactory, CityAdapter, ListResult, LookupResult } from '../../adapters/kit/adapter.js';
import { refusalCodes, refusalError, type PlatformError } from '../../adapters/kit/errors.js';
import { PlatformHttpClient, type PlatformResponse } from '../../adapters/kit/http.js';
import { orderedLookup } from '../../adapters/kit/lookup.js';
import { chunk, collectPages, mapWithConcurrency } from '../../adapters/kit/paginate.js';
import { SnapshotChangeTracker } from '../../adapters/kit/snapshot-changes.js';
import { admitAll, answeredApplication, answeredRecord } from '../../adapters/kit/validate.js';
import { markedApplication, markedChallenge } from '../../adapters/kit/write-marker.js';
import { ENTITY_SETS, READER, newApplicationBody, newChallengeBody, statusCode, stringLiteral, type ODataEntity } from './dialect.js';

/** Ids per `Id in (…)` query: the service's page cap, so each query is answered in one page. */
const LOOKUP_CHUNK = 50;
const LOOKUP_CONCURRENCY = 4;

interface ODataCollection {
  value?: unknown;
  '@odata.nextLink'?: unknown;
}

interface ODataErrorBody {
  error?: { code?: unknown; message?: unknown };
}

const REJECTION_REASONS = refusalCodes({
  ResourceNotFound: 'NOT_FOUND',
  ChallengeClosed: 'CHALLENGE_NOT_OPEN',
  DuplicateApplication: 'DUPLICATE_APPLICATION',
  InvalidInput: 'INVALID',
});

/** Statuses with an OData error body that the write methods translate themselves. */
const WRITE_ERROR_STATUSES = [400, 404, 409] as const;

export const createAdapter: AdapterFactory = (options) => {
  const { member } = options;
  const city = member.slug;
  const http = new PlatformHttpClient({ ...options.http, city, baseUrl: options.baseUrl });
  const serviceRoot = `${http.baseUrl}/odata/`;
  const origin = new URL(serviceRoot).origin;

  async function fetchAll<K extends EntityKind>(kind: K, query: string): Promise<ListResult<RecordByKind[K]>> {
    const first = `/odata/${ENTITY_SETS[kind]}${query ? `?${query}` : ''}`;
    const entities = await collectPages<ODataEntity, string>(city, first, async (path) => {
      const { data } = await http.json<ODataCollection>('GET', path!, { headers: { accept: 'application/json' } });
      if (!Array.isArray(data.value)) throw http.badResponse(`${ENTITY_SETS[kind]} answered without a "value" array`, path);
      return { items: data.value as ODataEntity[], next: nextLinkOf(data['@odata.nextLink']) };
    });
    return admitAll(city, kind, entities, READER);
  }

  /** A nextLink may be relative to the service root; one pointing at another host is not followed. */
  function nextLinkOf(raw: unknown): string | undefined {
    if (raw === undefined || raw === null) return undefined;
    if (typeof raw !== 'string') throw http.badResponse('@odata.nextLink is not a string');
    const next = new URL(raw, serviceRoot);
    if (next.origin !== origin) throw http.badResponse(`@odata.nextLink points to another host (${next.origin})`);
    return next.href;
  }

  function rejection(response: PlatformResponse): PlatformError {
    const body = http.parseJson<ODataErrorBody>(response);
    const code = typeof body.error?.code === 'string' ? body.error.code : undefined;
    const message = typeof body.error?.message === 'string' ? body.error.message : `answered ${response.status}`;
    return refusalError(REJECTION_REASONS, code, message, { city, status: response.status, url: response.url });
  }

  async function call(method: 'GET' | 'POST' | 'PATCH', path: string, body?: ODataEntity): Promise<ODataEntity & ODataCollection> {
    const response = await http.request(method, path, {
      headers: {
        accept: 'application/json',
        ...(body !== undefined && { 'content-type': 'application/json' }),
        // PATCH answers 204 without the entity unless asked for it.
        ...(method === 'PATCH' && { prefer: 'return=representation' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
      acceptStatuses: WRITE_ERROR_STATUSES,
    });
    if (response.status >= 400) throw rejection(response);
    if (response.status === 204) throw http.badResponse(`${method} ${path} answered 204 although the entity was asked for`, response.url);
    return http.parseJson<ODataEntity & ODataCollection>(response);
  }

  const admitChallenge = (entity: ODataEntity): ChallengeRecord => answeredRecord(city, 'challenge', entity, READER);
  const toApplication = (entity: ODataEntity): ApplicationRecord => answeredApplication(city, entity, READER);

  const challengePath = (localId: string) => `/odata/Challenges(${encodeURIComponent(stringLiteral(localId))})`;

  const list = <K extends EntityKind>(kind: K) => fetchAll(kind, '');
  const tracker = new SnapshotChangeTracker(city, list);

  const adapter: CityAdapter = {
    member,
    capabilities: { batchLookup: true, incrementalChanges: false },

    list,

    async lookup<K extends EntityKind>(kind: K, localIds: readonly string[]): Promise<LookupResult<RecordByKind[K]>> {
      const batches = chunk([...new Set(localIds)], LOOKUP_CHUNK);
      const results = await mapWithConcurrency(batches, LOOKUP_CONCURRENCY, (ids) =>
        fetchAll(kind, `$filter=${encodeURIComponent(`Id in (${ids.map(stringLiteral).join(',')})`)}`),
      );
      return orderedLookup(localIds, results.flatMap((r) => r.records), results.flatMap((r) => r.quarantined));
    },

    changes: (cursor) => tracker.changes(cursor),

    async createChallenge(input: NewChallenge): Promise<ChallengeRecord> {
      return admitChallenge(await call('POST', '/odata/Challenges', newChallengeBody(markedChallenge(input))));
    },

    async submitApplication(challengeLocalId: string, input: NewApplication): Promise<ApplicationRecord> {
      return toApplication(await call('POST', `${challengePath(challengeLocalId)}/Applications`, newApplicationBody(markedApplication(input))));
    },

    async listApplications(challengeLocalId: string): Promise<ApplicationRecord[]> {
      const page = await call('GET', `${challengePath(challengeLocalId)}/Applications`);
      if (!Array.isArray(page.value)) throw http.badResponse('Applications answered without a "value" array');
      return (page.value as ODataEntity[]).map(toApplication);
    },

    async setApplicationStatus(applicationLocalId: string, status: ApplicationStatus): Promise<ApplicationRecord> {
      const path = `/odata/Applications(${encodeURIComponent(stringLiteral(applicationLocalId))})`;
      return toApplication(await call('PATCH', path, { StatusCode: statusCode.application(status) }));
    },

    async setChallengeStatus(challengeLocalId: string, status: ChallengeStatus): Promise<ChallengeRecord> {
      return admitChallenge(await call('PATCH', challengePath(challengeLocalId), { StatusCode: statusCode.challenge(status) }));
    },

    async probe(): Promise<void> {
      const { data } = await http.json<ODataCollection>('GET', '/odata', { headers: { accept: 'application/json' } });
      if (!Array.isArray(data.value)) throw http.badResponse('the service document has no "value" array');
    },

    circuit: () => http.circuit.snapshot(),

    close: () => http.close(),
  };
  return adapter;
};
