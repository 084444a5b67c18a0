/**
 * Putuo (上海市普陀区) adapter: REST JSON under `/api/v1`, page/pageSize paging to the end,
 * batch lookup with `?ids=`, snapshot diffs for change detection.
 */
import type { ApplicationRecord, ApplicationStatus, ChallengeRecord, ChallengeStatus, EntityKind, NewApplication, NewChallenge, RecordByKind } from '../../schema/contract.js';
import type { Member } from '../../schema/registry.js';
import type { AdapterFactory, AdapterOptions, CityAdapter, ListResult, LookupResult } from '../../adapters/kit/adapter.js';
import { refusalCodes, refusalError } from '../../adapters/kit/errors.js';
import { PlatformHttpClient, type PlatformRequest } from '../../adapters/kit/http.js';
import { orderedLookup } from '../../adapters/kit/lookup.js';
import { chunk, collectPages } from '../../adapters/kit/paginate.js';
import { isNativeRecord, isNativeRecordList, type NativeRecord } from '../../adapters/kit/parse.js';
import { SnapshotChangeTracker } from '../../adapters/kit/snapshot-changes.js';
import { admitAll, answeredApplication, answeredRecord } from '../../adapters/kit/validate.js';
import { markedApplication, markedChallenge } from '../../adapters/kit/write-marker.js';
import { READER, newApplicationBody, newChallengeBody, statusLabel } from './dialect.js';

const COLLECTIONS: Record<EntityKind, string> = { policy: 'policies', carrier: 'carriers', challenge: 'challenges' };
/** The platform's own maximum page size. */
const PAGE_SIZE = 100;
/** The platform refuses more ids than this in one `?ids=` (the URL would grow unbounded). */
const IDS_PER_LOOKUP = 100;

/** Statuses Putuo uses to refuse a write on its merits; anything else is a platform failure. */
const REJECTION_STATUSES = [404, 409, 422] as const;
const REJECTION_REASONS = refusalCodes({
  RESOURCE_NOT_FOUND: 'NOT_FOUND',
  CHALLENGE_CLOSED: 'CHALLENGE_NOT_OPEN',
  ALREADY_APPLIED: 'DUPLICATE_APPLICATION',
  VALIDATION_FAILED: 'INVALID',
});

interface NativePage {
  items: NativeRecord[];
  page: number;
  pageSize: number;
  total: number;
}

class PutuoAdapter implements CityAdapter {
  readonly member: Member;
  readonly capabilities = { batchLookup: true };
  private readonly http: PlatformHttpClient;
  private readonly tracker: SnapshotChangeTracker;

  constructor(options: AdapterOptions) {
    this.member = options.member;
    this.http = new PlatformHttpClient({ ...options.http, city: options.member.slug, baseUrl: options.baseUrl });
    this.tracker = new SnapshotChangeTracker(options.member.slug, (kind) => this.list(kind));
  }

  private get city(): string {
    return this.member.slug;
  }

  async list<K extends EntityKind>(kind: K): Promise<ListResult<RecordByKind[K]>> {
    const natives = await collectPages<NativeRecord, number>(this.city, 1, async (page = 1) => {
      const body = await this.readPage(kind, page, PAGE_SIZE);
      const more = body.items.length > 0 && body.page * body.pageSize < body.total;
      return { items: body.items, next: more ? page + 1 : undefined };
    });
    return admitAll(this.city, kind, natives, READER);
  }

  async lookup<K extends EntityKind>(kind: K, localIds: readonly string[]): Promise<LookupResult<RecordByKind[K]>> {
    const batches = chunk([...new Set(localIds)], IDS_PER_LOOKUP);
    const pages = await Promise.all(batches.map((ids) => this.readItems(`/api/v1/${COLLECTIONS[kind]}`, { ids: ids.join(',') })));
    const { records, quarantined } = admitAll(this.city, kind, pages.flat(), READER);
    return orderedLookup(localIds, records, quarantined);
  }

  changes(cursor: string | null) {
    return this.tracker.changes(cursor);
  }

  async createChallenge(input: NewChallenge): Promise<ChallengeRecord> {
    const native = await this.write('POST', '/api/v1/challenges', newChallengeBody(markedChallenge(input)));
    return answeredRecord(this.city, 'challenge', native, READER);
  }

  async submitApplication(challengeLocalId: string, input: NewApplication): Promise<ApplicationRecord> {
    const native = await this.write('POST', `/api/v1/challenges/${encodeURIComponent(challengeLocalId)}/applications`, newApplicationBody(markedApplication(input)));
    return answeredApplication(this.city, native, READER);
  }

  async listApplications(challengeLocalId: string): Promise<ApplicationRecord[]> {
    const body = await this.write('GET', `/api/v1/challenges/${encodeURIComponent(challengeLocalId)}/applications`);
    if (!isNativeRecordList(body.items)) throw this.http.badResponse('applications answer has no items list');
    return body.items.map((native) => answeredApplication(this.city, native, READER));
  }

  async setApplicationStatus(applicationLocalId: string, status: ApplicationStatus): Promise<ApplicationRecord> {
    const native = await this.write('PATCH', `/api/v1/applications/${encodeURIComponent(applicationLocalId)}`, { status: statusLabel.application(status) });
    return answeredApplication(this.city, native, READER);
  }

  async setChallengeStatus(challengeLocalId: string, status: ChallengeStatus): Promise<ChallengeRecord> {
    const native = await this.write('PATCH', `/api/v1/challenges/${encodeURIComponent(challengeLocalId)}`, { status: statusLabel.challenge(status) });
    return answeredRecord(this.city, 'challenge', native, READER);
  }

  async probe(): Promise<void> {
    await this.readPage('policy', 1, 1);
  }

  circuit() {
    return this.http.circuit.snapshot();
  }

  close(): Promise<void> {
    return this.http.close();
  }

  private async readPage(kind: EntityKind, page: number, pageSize: number): Promise<NativePage> {
    const path = `/api/v1/${COLLECTIONS[kind]}`;
    const { data } = await this.http.json<Partial<NativePage>>('GET', path, { query: { page, pageSize } });
    if (!isNativeRecordList(data.items) || typeof data.page !== 'number' || typeof data.pageSize !== 'number' || typeof data.total !== 'number') {
      throw this.http.badResponse(`${path} answered without items/page/pageSize/total`);
    }
    return data as NativePage;
  }

  private async readItems(path: string, query: PlatformRequest['query']): Promise<NativeRecord[]> {
    const { data } = await this.http.json<{ items?: unknown }>('GET', path, { query });
    if (!isNativeRecordList(data.items)) throw this.http.badResponse(`${path} answered without an items list`);
    return data.items;
  }

  /** A write or follow-up call: Putuo's refusals become PLATFORM_REJECTED with our reason. */
  private async write(method: 'GET' | 'POST' | 'PATCH', path: string, body?: NativeRecord): Promise<NativeRecord> {
    const response = await this.http.request(method, path, {
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      acceptStatuses: REJECTION_STATUSES,
    });
    const data = this.http.parseJson<NativeRecord>(response);
    if (response.status < 300) return data;
    const error = isNativeRecord(data.error) ? data.error : {};
    const code = typeof error.code === 'string' ? error.code : undefined;
    const message = typeof error.message === 'string' ? error.message : `answered ${response.status}`;
    throw refusalError(REJECTION_REASONS, code, message, { city: this.city, status: response.status, url: response.url });
  }
}

export const createAdapter: AdapterFactory = (options) => new PutuoAdapter(options);
