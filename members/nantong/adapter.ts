/**
 * Nantong (南通市) adapter: REST JSON under `/v2` behind OAuth2 client credentials. Every call
 * carries a bearer token from TokenSource; a 401 renews the token once and repeats the call.
 * Cursor pages are followed to the end, lookups are one call per id, snapshot diffs find changes,
 * and the http kit honours the platform's 429 + Retry-After.
 */
import type { ApplicationRecord, ApplicationStatus, ChallengeChanges, ChallengeRecord, ChallengeStatus, EntityKind, NewApplication, NewChallenge, RecordByKind } from '../../schema/contract.js';
import type { AdapterFactory, AdapterOptions, CityAdapter, ListResult, LookupResult } from '../../adapters/kit/adapter.js';
import { PlatformError, refusalCodes } from '../../adapters/kit/errors.js';
import { PARALLEL_LOOKUPS, type PlatformMethod, type PlatformRequest, type PlatformResponse } from '../../adapters/kit/http.js';
import { collectPages, mapWithConcurrency } from '../../adapters/kit/paginate.js';
import { isNativeRecordList, type NativeRecord } from '../../adapters/kit/parse.js';
import { PlatformAdapter, callJson, stringAt, type JsonRefusals } from '../../adapters/kit/platform-adapter.js';
import { markedApplication, markedChallenge } from '../../adapters/kit/write-marker.js';
import { DIALECT } from './dialect.js';
import { TokenSource, type ClientCredentials } from './token.js';

const COLLECTIONS: Record<EntityKind, string> = {
  policy: 'policies',
  carrier: 'carriers',
  challenge: 'challenges',
  financeProduct: 'finance_products',
  talentService: 'talent_services',
  achievement: 'achievements',
  cooperation: 'cooperation_items',
  technologyManager: 'technology_managers',
  consortium: 'consortia',
};
/** Nantong's largest page. */
const PAGE_SIZE = 100;

/** Nantong refuses a write on its merits with 404/409/422 and `{ error, error_description }`. */
const REFUSALS: JsonRefusals = {
  statuses: [404, 409, 422],
  codes: refusalCodes({ not_found: 'NOT_FOUND', challenge_not_open: 'CHALLENGE_NOT_OPEN', duplicate_application: 'DUPLICATE_APPLICATION', invalid_request: 'INVALID' }),
  read: (body) => ({ code: stringAt(body, 'error'), message: stringAt(body, 'error_description') }),
};

function credentialsFrom(options: AdapterOptions): ClientCredentials {
  const clientId = options.credentials?.['clientId'];
  const clientSecret = options.credentials?.['clientSecret'];
  if (!clientId || !clientSecret) throw new TypeError(`${options.member.slug}: credentials.clientId and credentials.clientSecret are required (OAuth2 client credentials)`);
  return { clientId, clientSecret };
}

class NantongAdapter extends PlatformAdapter<NativeRecord> implements CityAdapter {
  readonly capabilities = { batchLookup: false };
  private readonly tokens: TokenSource;

  constructor(options: AdapterOptions) {
    const credentials = credentialsFrom(options);
    super(options, DIALECT);
    this.tokens = new TokenSource(this.http, credentials);
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
    return this.admit(kind, natives);
  }

  async lookup<K extends EntityKind>(kind: K, localIds: readonly string[]): Promise<LookupResult<RecordByKind[K]>> {
    const found = await mapWithConcurrency([...new Set(localIds)], PARALLEL_LOOKUPS, async (localId) => {
      const response = await this.call('GET', `/v2/${COLLECTIONS[kind]}/${encodeURIComponent(localId)}`, { acceptStatuses: [404] });
      return response.status === 404 ? [] : [this.http.parseJson<NativeRecord>(response)];
    });
    return this.lookedUp(kind, localIds, found.flat());
  }

  async createChallenge(input: NewChallenge): Promise<ChallengeRecord> {
    const native = await this.write('POST', '/v2/challenges', DIALECT.newChallenge(markedChallenge(input)));
    return this.challengeOf(native);
  }

  async submitApplication(challengeLocalId: string, input: NewApplication): Promise<ApplicationRecord> {
    const native = await this.write('POST', `/v2/challenges/${encodeURIComponent(challengeLocalId)}/applications`, DIALECT.newApplication(markedApplication(input), challengeLocalId));
    return this.applicationOf(native);
  }

  async listApplications(challengeLocalId: string): Promise<ApplicationRecord[]> {
    const body = await this.write('GET', `/v2/challenges/${encodeURIComponent(challengeLocalId)}/applications`);
    if (!isNativeRecordList(body.data)) throw this.http.badResponse('applications answer has no data list');
    return body.data.map((native) => this.applicationOf(native));
  }

  async setApplicationStatus(applicationLocalId: string, status: ApplicationStatus): Promise<ApplicationRecord> {
    const native = await this.write('PATCH', `/v2/applications/${encodeURIComponent(applicationLocalId)}`, DIALECT.status('application', status));
    return this.applicationOf(native);
  }

  async setChallengeStatus(challengeLocalId: string, status: ChallengeStatus): Promise<ChallengeRecord> {
    return this.updateChallengeWith(challengeLocalId, DIALECT.status('challenge', status));
  }

  async updateChallenge(challengeLocalId: string, changes: ChallengeChanges): Promise<ChallengeRecord> {
    return this.updateChallengeWith(challengeLocalId, DIALECT.challengeChanges(changes));
  }

  /** One PATCH takes a status or edits. */
  private async updateChallengeWith(challengeLocalId: string, body: NativeRecord): Promise<ChallengeRecord> {
    return this.challengeOf(await this.write('PATCH', `/v2/challenges/${encodeURIComponent(challengeLocalId)}`, body));
  }

  async probe(): Promise<void> {
    await this.json('GET', '/v2/policies', { query: { limit: 1 } });
  }

  /**
   * One authorised call. A 401 means the token died between our check and the platform's (or the
   * platform forgot it): renew once and repeat; a second 401 is PLATFORM_UNAUTHORIZED.
   */
  private async call(method: PlatformMethod, path: string, request: PlatformRequest = {}): Promise<PlatformResponse> {
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

  private async json(method: PlatformMethod, path: string, request: PlatformRequest = {}): Promise<NativeRecord> {
    return this.http.parseJson<NativeRecord>(await this.call(method, path, { ...request, headers: { accept: 'application/json', ...request.headers } }));
  }

  /** A write or follow-up call, authorised. */
  private async write(method: PlatformMethod, path: string, body?: NativeRecord): Promise<NativeRecord> {
    return (await callJson(this.http, REFUSALS, method, path, { body }, (...args) => this.call(...args))) as NativeRecord;
  }
}

export const createAdapter: AdapterFactory = (options) => new NantongAdapter(options);
