/**
 * Zhenjiang adapter: an OData client. Lists follow `@odata.nextLink` to the end, lookups are one
 * `$filter=Id in (…)` query per kind, writes are OData POST/PATCH with OData JSON errors.
 */
import type { ApplicationRecord, ApplicationStatus, ChallengeRecord, ChallengeStatus, EntityKind, NewApplication, NewChallenge, RecordByKind } from '../../schema/contract.js';
import type { Member } from '../../schema/registry.js';
import type { AdapterFactory, AdapterOptions, CityAdapter, ListResult, LookupResult } from '../../adapters/kit/adapter.js';
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

const challengePath = (localId: string) => `/odata/Challenges(${encodeURIComponent(stringLiteral(localId))})`;

class ZhenjiangAdapter implements CityAdapter {
  readonly member: Member;
  readonly capabilities = { batchLookup: true };
  private readonly http: PlatformHttpClient;
  private readonly serviceRoot: string;
  private readonly origin: string;
  private readonly tracker: SnapshotChangeTracker;

  constructor(options: AdapterOptions) {
    this.member = options.member;
    this.http = new PlatformHttpClient({ ...options.http, city: options.member.slug, baseUrl: options.baseUrl });
    this.serviceRoot = `${this.http.baseUrl}/odata/`;
    this.origin = new URL(this.serviceRoot).origin;
    this.tracker = new SnapshotChangeTracker(options.member.slug, (kind) => this.list(kind));
  }

  private get city(): string {
    return this.member.slug;
  }

  list<K extends EntityKind>(kind: K): Promise<ListResult<RecordByKind[K]>> {
    return this.fetchAll(kind, '');
  }

  async lookup<K extends EntityKind>(kind: K, localIds: readonly string[]): Promise<LookupResult<RecordByKind[K]>> {
    const batches = chunk([...new Set(localIds)], LOOKUP_CHUNK);
    const results = await mapWithConcurrency(batches, LOOKUP_CONCURRENCY, (ids) =>
      this.fetchAll(kind, `$filter=${encodeURIComponent(`Id in (${ids.map(stringLiteral).join(',')})`)}`),
    );
    return orderedLookup(localIds, results.flatMap((r) => r.records), results.flatMap((r) => r.quarantined));
  }

  changes(cursor: string | null) {
    return this.tracker.changes(cursor);
  }

  async createChallenge(input: NewChallenge): Promise<ChallengeRecord> {
    return this.admitChallenge(await this.call('POST', '/odata/Challenges', newChallengeBody(markedChallenge(input))));
  }

  async submitApplication(challengeLocalId: string, input: NewApplication): Promise<ApplicationRecord> {
    return this.toApplication(await this.call('POST', `${challengePath(challengeLocalId)}/Applications`, newApplicationBody(markedApplication(input))));
  }

  async listApplications(challengeLocalId: string): Promise<ApplicationRecord[]> {
    const page = await this.call('GET', `${challengePath(challengeLocalId)}/Applications`);
    if (!Array.isArray(page.value)) throw this.http.badResponse('Applications answered without a "value" array');
    return (page.value as ODataEntity[]).map((entity) => this.toApplication(entity));
  }

  async setApplicationStatus(applicationLocalId: string, status: ApplicationStatus): Promise<ApplicationRecord> {
    const path = `/odata/Applications(${encodeURIComponent(stringLiteral(applicationLocalId))})`;
    return this.toApplication(await this.call('PATCH', path, { StatusCode: statusCode.application(status) }));
  }

  async setChallengeStatus(challengeLocalId: string, status: ChallengeStatus): Promise<ChallengeRecord> {
    return this.admitChallenge(await this.call('PATCH', challengePath(challengeLocalId), { StatusCode: statusCode.challenge(status) }));
  }

  async probe(): Promise<void> {
    const { data } = await this.http.json<ODataCollection>('GET', '/odata', { headers: { accept: 'application/json' } });
    if (!Array.isArray(data.value)) throw this.http.badResponse('the service document has no "value" array');
  }

  circuit() {
    return this.http.circuit.snapshot();
  }

  close(): Promise<void> {
    return this.http.close();
  }

  private async fetchAll<K extends EntityKind>(kind: K, query: string): Promise<ListResult<RecordByKind[K]>> {
    const first = `/odata/${ENTITY_SETS[kind]}${query ? `?${query}` : ''}`;
    const entities = await collectPages<ODataEntity, string>(this.city, first, async (path) => {
      const { data } = await this.http.json<ODataCollection>('GET', path!, { headers: { accept: 'application/json' } });
      if (!Array.isArray(data.value)) throw this.http.badResponse(`${ENTITY_SETS[kind]} answered without a "value" array`, path);
      return { items: data.value as ODataEntity[], next: this.nextLinkOf(data['@odata.nextLink']) };
    });
    return admitAll(this.city, kind, entities, READER);
  }

  /** A nextLink may be relative to the service root; one pointing at another host is not followed. */
  private nextLinkOf(raw: unknown): string | undefined {
    if (raw === undefined || raw === null) return undefined;
    if (typeof raw !== 'string') throw this.http.badResponse('@odata.nextLink is not a string');
    const next = new URL(raw, this.serviceRoot);
    if (next.origin !== this.origin) throw this.http.badResponse(`@odata.nextLink points to another host (${next.origin})`);
    return next.href;
  }

  private rejection(response: PlatformResponse): PlatformError {
    const body = this.http.parseJson<ODataErrorBody>(response);
    const code = typeof body.error?.code === 'string' ? body.error.code : undefined;
    const message = typeof body.error?.message === 'string' ? body.error.message : `answered ${response.status}`;
    return refusalError(REJECTION_REASONS, code, message, { city: this.city, status: response.status, url: response.url });
  }

  private async call(method: 'GET' | 'POST' | 'PATCH', path: string, body?: ODataEntity): Promise<ODataEntity & ODataCollection> {
    const response = await this.http.request(method, path, {
      headers: {
        accept: 'application/json',
        ...(body !== undefined && { 'content-type': 'application/json' }),
        // PATCH answers 204 without the entity unless asked for it.
        ...(method === 'PATCH' && { prefer: 'return=representation' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
      acceptStatuses: WRITE_ERROR_STATUSES,
    });
    if (response.status >= 400) throw this.rejection(response);
    if (response.status === 204) throw this.http.badResponse(`${method} ${path} answered 204 although the entity was asked for`, response.url);
    return this.http.parseJson<ODataEntity & ODataCollection>(response);
  }

  private admitChallenge(entity: ODataEntity): ChallengeRecord {
    return answeredRecord(this.city, 'challenge', entity, READER);
  }

  private toApplication(entity: ODataEntity): ApplicationRecord {
    return answeredApplication(this.city, entity, READER);
  }
}

export const createAdapter: AdapterFactory = (options) => new ZhenjiangAdapter(options);
