/**
 * Nantong (南通市) adapter: REST JSON under `/v2` behind OAuth2 client credentials. Every call
 * carries a bearer token from TokenSource; a 401 renews the token once and repeats the call.
 * Cursor pages are followed to the end, lookups are one call per id, snapshot diffs find changes,
 * and the http kit honours the platform's 429 + Retry-After.
 */
import type { ApplicationRecord, ApplicationStatus, ChallengeRecord, ChallengeStatus, EntityKind, NewApplication, NewChallenge, RecordByKind } from '../../schema/contract.js';
import type { Member } from '../../schema/registry.js';
import type { AdapterFactory, AdapterOptions, CityAdapter, ListResult, LookupResult } from '../../adapters/kit/adapter.js';
import { PlatformError, refusalCodes, refusalError } from '../../adapters/kit/errors.js';
import { PlatformHttpClient, type PlatformRequest, type PlatformResponse, PARALLEL_LOOKUPS } from '../../adapters/kit/http.js';
import { orderedLookup } from '../../adapters/kit/lookup.js';
import { collectPages, mapWithConcurrency } from '../../adapters/kit/paginate.js';
import { isNativeRecordList, type NativeRecord } from '../../adapters/kit/parse.js';
import { SnapshotChangeTracker } from '../../adapters/kit/snapshot-changes.js';
import { admitAll, answeredApplication, answeredRecord } from '../../adapters/kit/validate.js';
import { markedApplication, markedChallenge } from '../../adapters/kit/write-marker.js';
import { READER, newApplicationBody, newChallengeBody, statusCode } from './dialect.js';
import { TokenSource, type ClientCredentials } from './token.js';

const COLLECTIONS: Record<EntityKind, string> = { policy: 'policies', carrier: 'carriers', challenge: 'challenges' };
/** Nantong's largest page. */
const PAGE_SIZE = 100;

/** Statuses Nantong uses to refuse a write on its merits; anything else is a platform failure. */
const REJECTION_STATUSES = [404, 409, 422] as const;
const REJECTION_REASONS = refusalCodes({
  not_found: 'NOT_FOUND',
  challenge_not_open: 'CHALLENGE_NOT_OPEN',
  duplicate_application: 'DUPLICATE_APPLICATION',
  invalid_request: 'INVALID',
});

type Method = 'GET' | 'POST' | 'PATCH';

function credentialsFrom(options: AdapterOptions): ClientCredentials {
  const clientId = options.credentials?.['clientId'];
  const clientSecret = options.credentials?.['clientSecret'];
  if (!clientId || !clientSecret) throw new TypeError(`${options.member.slug}: credentials.clientId and credentials.clientSecret are required (OAuth2 client credentials)`);
  return { clientId, clientSecret };
}

class NantongAdapter implements CityAdapter {
  readonly member: Member;
  readonly capabilities = { batchLookup: false };
  private readonly http: PlatformHttpClient;
  private readonly tokens: TokenSource;
  private readonly tracker: SnapshotChangeTracker;

  constructor(options: AdapterOptions) {
    this.member = options.member;
    const credentials = credentialsFrom(options);
    this.http = new PlatformHttpClient({ ...options.http, city: options.member.slug, baseUrl: options.baseUrl });
    this.tokens = new TokenSource(this.http, credentials);
    this.tracker = new SnapshotChangeTracker(options.member.slug, (kind) => this.list(kind));
  }

  private get city(): string {
    return this.member.slug;
  }

  async list<K extends EntityKind>(kind: K): Promise<ListResult<RecordByKind[K]>> {
    const path = `/v2/${COLLECTIONS[kind]}`;
    const natives = await collectPages<NativeRecord, string>(this.city, undefined, async (cursor) => {
      const body = await this.json('GET', path, { query: { limit: PAGE_SIZE, cursor } });
      if (!isNativeRecordList(body.data) || (body.next_cursor !== null && typeof body.next_cursor !== 'string')) {
        throw this.http.badResponse(`${path} answered without data/next_cursor`);
      }
      return { items: body.data, next: body.next_cursor ?? undefined };
    });
    return admitAll(this.city, kind, natives, READER);
  }

  async lookup<K extends EntityKind>(kind: K, localIds: readonly string[]): Promise<LookupResult<RecordByKind[K]>> {
    const found = await mapWithConcurrency([...new Set(localIds)], PARALLEL_LOOKUPS, async (localId) => {
      const response = await this.call('GET', `/v2/${COLLECTIONS[kind]}/${encodeURIComponent(localId)}`, { acceptStatuses: [404] });
      return response.status === 404 ? [] : [this.http.parseJson<NativeRecord>(response)];
    });
    const { records, quarantined } = admitAll(this.city, kind, found.flat(), READER);
    return orderedLookup(localIds, records, quarantined);
  }

  changes(cursor: string | null) {
    return this.tracker.changes(cursor);
  }

  async createChallenge(input: NewChallenge): Promise<ChallengeRecord> {
    const native = await this.write('POST', '/v2/challenges', newChallengeBody(markedChallenge(input)));
    return answeredRecord(this.city, 'challenge', native, READER);
  }

  async submitApplication(challengeLocalId: string, input: NewApplication): Promise<ApplicationRecord> {
    const native = await this.write('POST', `/v2/challenges/${encodeURIComponent(challengeLocalId)}/applications`, newApplicationBody(markedApplication(input)));
    return answeredApplication(this.city, native, READER);
  }

  async listApplications(challengeLocalId: string): Promise<ApplicationRecord[]> {
    const body = await this.write('GET', `/v2/challenges/${encodeURIComponent(challengeLocalId)}/applications`);
    if (!isNativeRecordList(body.data)) throw this.http.badResponse('applications answer has no data list');
    return body.data.map((native) => answeredApplication(this.city, native, READER));
  }

  async setApplicationStatus(applicationLocalId: string, status: ApplicationStatus): Promise<ApplicationRecord> {
    const native = await this.write('PATCH', `/v2/applications/${encodeURIComponent(applicationLocalId)}`, { status: statusCode(status) });
    return answeredApplication(this.city, native, READER);
  }

  async setChallengeStatus(challengeLocalId: string, status: ChallengeStatus): Promise<ChallengeRecord> {
    const native = await this.write('PATCH', `/v2/challenges/${encodeURIComponent(challengeLocalId)}`, { status: statusCode(status) });
    return answeredRecord(this.city, 'challenge', native, READER);
  }

  async probe(): Promise<void> {
    await this.json('GET', '/v2/policies', { query: { limit: 1 } });
  }

  circuit() {
    return this.http.circuit.snapshot();
  }

  close(): Promise<void> {
    return this.http.close();
  }

  /**
   * One authorised call. A 401 means the token died between our check and the platform's (or the
   * platform forgot it): renew once and repeat; a second 401 is PLATFORM_UNAUTHORIZED.
   */
  private async call(method: Method, path: string, request: PlatformRequest = {}): Promise<PlatformResponse> {
    const send = (token: string) => this.http.request(method, path, { ...request, headers: { ...request.headers, authorization: `Bearer ${token}` } });
    const token = await this.tokens.current();
    try {
      return await send(token);
    } catch (error) {
      if (!(error instanceof PlatformError && error.status === 401)) throw error;
      this.tokens.discard(token);
      return send(await this.tokens.current());
    }
  }

  private async json(method: Method, path: string, request: PlatformRequest = {}): Promise<NativeRecord> {
    return this.http.parseJson<NativeRecord>(await this.call(method, path, { ...request, headers: { accept: 'application/json', ...request.headers } }));
  }

  /** A write or follow-up call: Nantong's `{ error, error_description }` refusals become PLATFORM_REJECTED. */
  private async write(method: Method, path: string, body?: NativeRecord): Promise<NativeRecord> {
    const response = await this.call(method, path, {
      headers: body === undefined ? { accept: 'application/json' } : { 'content-type': 'application/json', accept: 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      acceptStatuses: REJECTION_STATUSES,
    });
    const data = this.http.parseJson<NativeRecord>(response);
    if (response.status < 300) return data;
    const code = typeof data.error === 'string' ? data.error : undefined;
    const message = typeof data.error_description === 'string' ? data.error_description : `answered ${response.status}`;
    throw refusalError(REJECTION_REASONS, code, message, { city: this.city, status: response.status, url: response.url });
  }
}

export const createAdapter: AdapterFactory = (options) => new NantongAdapter(options);
