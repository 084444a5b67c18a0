/**
 * Putuo (上海市普陀区) adapter: REST JSON under `/api/v1`, page/pageSize paging to the end,
 * batch lookup with `?ids=`, snapshot diffs for change detection.
 */
import type { ApplicationRecord, ApplicationStatus, ChallengeChanges, ChallengeRecord, ChallengeStatus, EntityKind, NewApplication, NewChallenge, RecordByKind } from '../../schema/contract.js';
import type { AdapterFactory, CityAdapter, ListResult, LookupResult } from '../../adapters/kit/adapter.js';
import { refusalCodes } from '../../adapters/kit/errors.js';
import type { PlatformMethod } from '../../adapters/kit/http.js';
import { chunk, collectPages } from '../../adapters/kit/paginate.js';
import { isNativeRecordList, type NativeRecord } from '../../adapters/kit/parse.js';
import { PlatformAdapter, callJson, stringAt, type JsonRefusals } from '../../adapters/kit/platform-adapter.js';
import { markedApplication, markedChallenge } from '../../adapters/kit/write-marker.js';
import { DIALECT } from './dialect.js';

const COLLECTIONS: Record<EntityKind, string> = {
  policy: 'policies',
  carrier: 'carriers',
  challenge: 'challenges',
  financeProduct: 'financeProducts',
  talentService: 'talentServices',
  achievement: 'achievements',
  cooperation: 'cooperationItems',
  technologyManager: 'technologyManagers',
  consortium: 'consortia',
};
/** The platform's own maximum page size. */
const PAGE_SIZE = 100;
/** The platform refuses more ids than this in one `?ids=` (the URL would grow unbounded). */
const IDS_PER_LOOKUP = 100;

/** Putuo refuses a write on its merits with 404/409/422 and `{ error: { code, message } }`. */
const REFUSALS: JsonRefusals = {
  statuses: [404, 409, 422],
  codes: refusalCodes({ RESOURCE_NOT_FOUND: 'NOT_FOUND', CHALLENGE_CLOSED: 'CHALLENGE_NOT_OPEN', ALREADY_APPLIED: 'DUPLICATE_APPLICATION', VALIDATION_FAILED: 'INVALID' }),
  read: (body) => ({ code: stringAt(body, 'error', 'code'), message: stringAt(body, 'error', 'message') }),
};

class PutuoAdapter extends PlatformAdapter<NativeRecord> implements CityAdapter {
  readonly capabilities = { batchLookup: true };

  async list<K extends EntityKind>(kind: K): Promise<ListResult<RecordByKind[K]>> {
    const natives = await collectPages<NativeRecord, number>(this.city, 1, async (page = 1) => {
      const body = await this.read(kind, { page, pageSize: PAGE_SIZE });
      if (typeof body.page !== 'number' || typeof body.pageSize !== 'number' || typeof body.total !== 'number') throw this.http.badResponse('page answered without page/pageSize/total');
      const more = body.items.length > 0 && body.page * body.pageSize < body.total;
      return { items: body.items, next: more ? page + 1 : undefined };
    });
    return this.admit(kind, natives);
  }

  async lookup<K extends EntityKind>(kind: K, localIds: readonly string[]): Promise<LookupResult<RecordByKind[K]>> {
    const pages = await Promise.all(chunk([...new Set(localIds)], IDS_PER_LOOKUP).map((ids) => this.read(kind, { ids: ids.join(',') })));
    return this.lookedUp(kind, localIds, pages.flatMap((page) => page.items));
  }

  async createChallenge(input: NewChallenge): Promise<ChallengeRecord> {
    return this.challengeOf(await this.write('POST', '/challenges', DIALECT.newChallenge(markedChallenge(input))));
  }

  async submitApplication(challengeLocalId: string, input: NewApplication): Promise<ApplicationRecord> {
    return this.applicationOf(await this.write('POST', `/challenges/${encodeURIComponent(challengeLocalId)}/applications`, DIALECT.newApplication(markedApplication(input), challengeLocalId)));
  }

  async listApplications(challengeLocalId: string): Promise<ApplicationRecord[]> {
    const body = await this.write('GET', `/challenges/${encodeURIComponent(challengeLocalId)}/applications`);
    if (!isNativeRecordList(body.items)) throw this.http.badResponse('applications answer has no items list');
    return body.items.map((native) => this.applicationOf(native));
  }

  async setApplicationStatus(applicationLocalId: string, status: ApplicationStatus): Promise<ApplicationRecord> {
    return this.applicationOf(await this.write('PATCH', `/applications/${encodeURIComponent(applicationLocalId)}`, DIALECT.status('application', status)));
  }

  async setChallengeStatus(challengeLocalId: string, status: ChallengeStatus): Promise<ChallengeRecord> {
    return this.updateChallengeWith(challengeLocalId, DIALECT.status('challenge', status));
  }

  async updateChallenge(challengeLocalId: string, changes: ChallengeChanges): Promise<ChallengeRecord> {
    return this.updateChallengeWith(challengeLocalId, DIALECT.challengeChanges(changes));
  }

  /** One PATCH takes a status or edits. */
  private async updateChallengeWith(challengeLocalId: string, body: NativeRecord): Promise<ChallengeRecord> {
    return this.challengeOf(await this.write('PATCH', `/challenges/${encodeURIComponent(challengeLocalId)}`, body));
  }

  async probe(): Promise<void> {
    await this.read('policy', { page: 1, pageSize: 1 });
  }

  /** A page or a batch of a kind: `{ items, page, pageSize, total }`. */
  private async read(kind: EntityKind, query: Record<string, string | number>): Promise<NativeRecord & { items: NativeRecord[] }> {
    const path = `/api/v1/${COLLECTIONS[kind]}`;
    const { data } = await this.http.json<NativeRecord>('GET', path, { query });
    if (!isNativeRecordList(data.items)) throw this.http.badResponse(`${path} answered without an items list`);
    return data as NativeRecord & { items: NativeRecord[] };
  }

  private async write(method: PlatformMethod, path: string, body?: NativeRecord): Promise<NativeRecord> {
    return (await callJson(this.http, REFUSALS, method, `/api/v1${path}`, { body })) as NativeRecord;
  }
}

export const createAdapter: AdapterFactory = (options) => new PutuoAdapter(options, DIALECT);
