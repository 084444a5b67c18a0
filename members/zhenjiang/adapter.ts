/**
 * Zhenjiang adapter: an OData client. Lists follow `@odata.nextLink` to the end, lookups are one
 * `$filter=Id in (…)` query per kind, writes are OData POST/PATCH with OData JSON errors.
 */
import type { ApplicationRecord, ApplicationStatus, ChallengeChanges, ChallengeRecord, ChallengeStatus, EntityKind, NewApplication, NewChallenge, RecordByKind } from '../../schema/contract.js';
import type { AdapterFactory, AdapterOptions, CityAdapter, ListResult, LookupResult } from '../../adapters/kit/adapter.js';
import { refusalCodes } from '../../adapters/kit/errors.js';
import type { PlatformMethod } from '../../adapters/kit/http.js';
import { orderedLookup } from '../../adapters/kit/lookup.js';
import { chunk, collectPages, mapWithConcurrency } from '../../adapters/kit/paginate.js';
import { isNativeRecord, type NativeRecord } from '../../adapters/kit/parse.js';
import { PlatformAdapter, callJson, stringAt, type JsonRefusals } from '../../adapters/kit/platform-adapter.js';
import { markedApplication, markedChallenge } from '../../adapters/kit/write-marker.js';
import { DIALECT } from './dialect.js';

/** OData entity set of each kind. */
const ENTITY_SETS: Readonly<Record<EntityKind, string>> = {
  policy: 'Policies',
  carrier: 'Carriers',
  challenge: 'Challenges',
  financeProduct: 'FinanceProducts',
  talentService: 'TalentServices',
  achievement: 'Achievements',
  cooperation: 'CooperationItems',
  technologyManager: 'TechnologyManagers',
  consortium: 'Consortia',
};
/** Ids per `Id in (…)` query: the service's page cap, so each query is answered in one page. */
const LOOKUP_CHUNK = 50;
const LOOKUP_CONCURRENCY = 4;

/** Zhenjiang refuses a write on its merits with 400/404/409 and an OData error `{ error: { code, message } }`. */
const REFUSALS: JsonRefusals = {
  statuses: [400, 404, 409],
  codes: refusalCodes({ ResourceNotFound: 'NOT_FOUND', ChallengeClosed: 'CHALLENGE_NOT_OPEN', DuplicateApplication: 'DUPLICATE_APPLICATION', InvalidInput: 'INVALID' }),
  read: (body) => ({ code: stringAt(body, 'error', 'code'), message: stringAt(body, 'error', 'message') }),
};

/** `'O''Brien'`: an OData string literal. */
function stringLiteral(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

const entityPath = (set: string, localId: string) => `/odata/${set}(${encodeURIComponent(stringLiteral(localId))})`;

class ZhenjiangAdapter extends PlatformAdapter<NativeRecord> implements CityAdapter {
  readonly capabilities = { batchLookup: true };
  private readonly serviceRoot: string;

  constructor(options: AdapterOptions) {
    super(options, DIALECT);
    this.serviceRoot = `${this.http.baseUrl}/odata/`;
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

  async createChallenge(input: NewChallenge): Promise<ChallengeRecord> {
    return this.challengeOf(await this.call('POST', '/odata/Challenges', DIALECT.newChallenge(markedChallenge(input))));
  }

  async submitApplication(challengeLocalId: string, input: NewApplication): Promise<ApplicationRecord> {
    const path = `${entityPath('Challenges', challengeLocalId)}/Applications`;
    return this.applicationOf(await this.call('POST', path, DIALECT.newApplication(markedApplication(input), challengeLocalId)));
  }

  async listApplications(challengeLocalId: string): Promise<ApplicationRecord[]> {
    const page = await this.call('GET', `${entityPath('Challenges', challengeLocalId)}/Applications`);
    if (!Array.isArray(page.value) || !page.value.every(isNativeRecord)) throw this.http.badResponse('Applications answered without a "value" array');
    return page.value.map((entity) => this.applicationOf(entity));
  }

  async setApplicationStatus(applicationLocalId: string, status: ApplicationStatus): Promise<ApplicationRecord> {
    return this.applicationOf(await this.call('PATCH', entityPath('Applications', applicationLocalId), DIALECT.status('application', status)));
  }

  async setChallengeStatus(challengeLocalId: string, status: ChallengeStatus): Promise<ChallengeRecord> {
    return this.challengeOf(await this.call('PATCH', entityPath('Challenges', challengeLocalId), DIALECT.status('challenge', status)));
  }

  /** An OData PATCH of the entity takes the edited properties alone. */
  async updateChallenge(challengeLocalId: string, changes: ChallengeChanges): Promise<ChallengeRecord> {
    return this.challengeOf(await this.call('PATCH', entityPath('Challenges', challengeLocalId), DIALECT.challengeChanges(changes)));
  }

  async probe(): Promise<void> {
    const { data } = await this.http.json<NativeRecord>('GET', '/odata', { headers: { accept: 'application/json' } });
    if (!Array.isArray(data.value)) throw this.http.badResponse('the service document has no "value" array');
  }

  private async fetchAll<K extends EntityKind>(kind: K, query: string): Promise<ListResult<RecordByKind[K]>> {
    const first = `/odata/${ENTITY_SETS[kind]}${query ? `?${query}` : ''}`;
    const entities = await collectPages<NativeRecord, string>(this.city, first, async (path) => {
      const { data } = await this.http.json<NativeRecord>('GET', path!, { headers: { accept: 'application/json' } });
      if (!Array.isArray(data.value)) throw this.http.badResponse(`${ENTITY_SETS[kind]} answered without a "value" array`, path);
      return { items: data.value as NativeRecord[], next: this.nextLinkOf(data['@odata.nextLink']) };
    });
    return this.admit(kind, entities);
  }

  /** A nextLink may be relative to the service root; one pointing at another host is not followed. */
  private nextLinkOf(raw: unknown): string | undefined {
    if (raw === undefined || raw === null) return undefined;
    if (typeof raw !== 'string') throw this.http.badResponse('@odata.nextLink is not a string');
    const next = new URL(raw, this.serviceRoot);
    const origin = new URL(this.serviceRoot).origin;
    if (next.origin !== origin) throw this.http.badResponse(`@odata.nextLink points to another host (${next.origin})`);
    return next.href;
  }

  private async call(method: PlatformMethod, path: string, body?: NativeRecord): Promise<NativeRecord> {
    // PATCH answers 204 without the entity unless asked for it.
    const headers: Record<string, string> = method === 'PATCH' ? { prefer: 'return=representation' } : {};
    const answer = await callJson(this.http, REFUSALS, method, path, { body, headers }, async (...args) => {
      const response = await this.http.request(...args);
      if (response.status === 204) throw this.http.badResponse(`${method} ${path} answered 204 although the entity was asked for`, response.url);
      return response;
    });
    if (!isNativeRecord(answer)) throw this.http.badResponse(`${method} ${path} answered without an entity`);
    return answer;
  }
}

export const createAdapter: AdapterFactory = (options) => new ZhenjiangAdapter(options);
