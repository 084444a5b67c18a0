/**
 * Template (模板市) adapter: JSON:API under `/api`, `page[size]` paging along `links.next`, batch
 * lookup with `filter[id]=a,b`, writes as `{ data: { type, attributes } }`, snapshot diffs for
 * change detection.
 */
import type { ApplicationRecord, ApplicationStatus, ChallengeChanges, ChallengeRecord, ChallengeStatus, EntityKind, NewApplication, NewChallenge, RecordByKind } from '../../schema/contract.js';
import type { AdapterFactory, CityAdapter, ListResult, LookupResult } from '../../adapters/kit/adapter.js';
import { refusalCodes } from '../../adapters/kit/errors.js';
import type { PlatformMethod } from '../../adapters/kit/http.js';
import { chunk, collectPages } from '../../adapters/kit/paginate.js';
import { isNativeRecord, isNativeRecordList, type NativeRecord } from '../../adapters/kit/parse.js';
import { PlatformAdapter, callJson, stringAt, type JsonRefusals } from '../../adapters/kit/platform-adapter.js';
import { markedApplication, markedChallenge } from '../../adapters/kit/write-marker.js';
import { DIALECT } from './dialect.js';

const TYPES: Record<EntityKind, string> = {
  policy: 'policies',
  carrier: 'carriers',
  challenge: 'challenges',
  financeProduct: 'finance-products',
  talentService: 'talent-services',
  achievement: 'achievements',
  cooperation: 'cooperation-items',
  technologyManager: 'technology-managers',
  consortium: 'consortia',
};
/** The platform's own maximum page size, and the most ids one `filter[id]` takes. */
const PAGE_SIZE = 100;
const JSON_API = { accept: 'application/vnd.api+json', 'content-type': 'application/vnd.api+json' };

/** Template refuses on the merits with 404/409/422 and `{ errors: [{ code, detail }] }`. */
const REFUSALS: JsonRefusals = {
  statuses: [404, 409, 422],
  codes: refusalCodes({ 'not-found': 'NOT_FOUND', 'challenge-closed': 'CHALLENGE_NOT_OPEN', 'already-applied': 'DUPLICATE_APPLICATION', invalid: 'INVALID' }),
  read: (body) => ({ code: stringAt(body, 'errors', '0', 'code'), message: stringAt(body, 'errors', '0', 'detail') }),
};

class TemplateAdapter extends PlatformAdapter<NativeRecord> implements CityAdapter {
  readonly capabilities = { batchLookup: true };

  async list<K extends EntityKind>(kind: K): Promise<ListResult<RecordByKind[K]>> {
    const resources = await collectPages<NativeRecord, string>(this.city, `/api/${TYPES[kind]}?page[size]=${PAGE_SIZE}`, async (path) => {
      const document = await this.call('GET', path!);
      return { items: this.resources(document), next: stringAt(document, 'links', 'next') };
    });
    return this.admit(kind, resources);
  }

  async lookup<K extends EntityKind>(kind: K, localIds: readonly string[]): Promise<LookupResult<RecordByKind[K]>> {
    const batches = chunk([...new Set(localIds)], PAGE_SIZE);
    const documents = await Promise.all(batches.map((ids) => this.call('GET', `/api/${TYPES[kind]}?filter[id]=${ids.map(encodeURIComponent).join(',')}`)));
    return this.lookedUp(kind, localIds, documents.flatMap((document) => this.resources(document)));
  }

  async createChallenge(input: NewChallenge): Promise<ChallengeRecord> {
    return this.challengeOf(await this.write('POST', '/api/challenges', 'challenges', DIALECT.newChallenge(markedChallenge(input))));
  }

  async submitApplication(challengeLocalId: string, input: NewApplication): Promise<ApplicationRecord> {
    const path = `/api/challenges/${encodeURIComponent(challengeLocalId)}/applications`;
    return this.applicationOf(await this.write('POST', path, 'applications', DIALECT.newApplication(markedApplication(input), challengeLocalId)));
  }

  async listApplications(challengeLocalId: string): Promise<ApplicationRecord[]> {
    const document = await this.call('GET', `/api/challenges/${encodeURIComponent(challengeLocalId)}/applications`);
    return this.resources(document).map((resource) => this.applicationOf(resource));
  }

  async setApplicationStatus(applicationLocalId: string, status: ApplicationStatus): Promise<ApplicationRecord> {
    const path = `/api/applications/${encodeURIComponent(applicationLocalId)}`;
    return this.applicationOf(await this.write('PATCH', path, 'applications', DIALECT.status('application', status)));
  }

  async setChallengeStatus(challengeLocalId: string, status: ChallengeStatus): Promise<ChallengeRecord> {
    return this.updateChallengeWith(challengeLocalId, DIALECT.status('challenge', status));
  }

  async updateChallenge(challengeLocalId: string, changes: ChallengeChanges): Promise<ChallengeRecord> {
    return this.updateChallengeWith(challengeLocalId, DIALECT.challengeChanges(changes));
  }

  /** One PATCH of the resource's attributes takes a status or edits. */
  private async updateChallengeWith(challengeLocalId: string, attributes: NativeRecord): Promise<ChallengeRecord> {
    return this.challengeOf(await this.write('PATCH', `/api/challenges/${encodeURIComponent(challengeLocalId)}`, 'challenges', attributes));
  }

  async probe(): Promise<void> {
    await this.call('GET', '/api/policies?page[size]=1');
  }

  private call(method: PlatformMethod, path: string, body?: unknown): Promise<unknown> {
    return callJson(this.http, REFUSALS, method, path, { body, headers: JSON_API });
  }

  /** A write of one resource's attributes; the answer is the resource. */
  private async write(method: 'POST' | 'PATCH', path: string, type: string, attributes: NativeRecord): Promise<NativeRecord> {
    const document = await this.call(method, path, { data: { type, attributes } });
    if (!isNativeRecord(document) || !isNativeRecord(document.data)) throw this.http.badResponse(`${path} answered without a resource`);
    return document.data;
  }

  private resources(document: unknown): NativeRecord[] {
    if (!isNativeRecord(document) || !isNativeRecordList(document.data)) throw this.http.badResponse('the answer has no data list of resources');
    return document.data;
  }
}

export const createAdapter: AdapterFactory = (options) => new TemplateAdapter(options, DIALECT);
