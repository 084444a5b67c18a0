/**
 * Putuo (上海市普陀区) adapter: REST JSON under `/api/v1`, page/pageSize paging to the end,
 * batch lookup with `?ids=`, snapshot diffs for change detection.
 */
import type { ApplicationRecord, ApplicationStatus, ChallengeRecord, ChallengeStatus, EntityKind, NewApplication, NewChallenge, RecordByKind } from '../../schema/contract.js';
import type { Member } from '../../schema/registry.js';
import type { AdapterFactory, AdapterOptions, CityAdapter, ListResult, LookupResult } from '../kit/adapter.js';
import { PlatformError, type PlatformErrorDetails } from '../kit/errors.js';
import { PlatformHttpClient, type PlatformRequest } from '../kit/http.js';
import { orderedLookup } from '../kit/lookup.js';
import { collectPages } from '../kit/paginate.js';
import { MappingError } from '../kit/parse.js';
import { SnapshotChangeTracker } from '../kit/snapshot-changes.js';
import { Quarantine, checkApplication } from '../kit/validate.js';
import { localIdOf, newApplicationBody, newChallengeBody, statusLabel, toApplication, toRecord, type NativeRecord } from './mapping.js';

const COLLECTIONS: Record<EntityKind, string> = { policy: 'policies', carrier: 'carriers', challenge: 'challenges' };
/** The platform's own maximum page size. */
const PAGE_SIZE = 100;
/** The platform refuses more ids than this in one `?ids=` (the URL would grow unbounded). */
const IDS_PER_LOOKUP = 100;

/** Statuses Putuo uses to refuse a write on its merits; anything else is a platform failure. */
const REJECTION_STATUSES = [404, 409, 422] as const;
const REJECTION_REASONS: Record<string, NonNullable<PlatformErrorDetails['reason']>> = {
  RESOURCE_NOT_FOUND: 'NOT_FOUND',
  CHALLENGE_CLOSED: 'CHALLENGE_NOT_OPEN',
  ALREADY_APPLIED: 'DUPLICATE_APPLICATION',
  VALIDATION_FAILED: 'INVALID',
};

interface NativePage {
  items: NativeRecord[];
  page: number;
  pageSize: number;
  total: number;
}

function isRecordList(value: unknown): value is NativeRecord[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'object' && item !== null && !Array.isArray(item));
}

class PutuoAdapter implements CityAdapter {
  readonly member: Member;
  readonly capabilities = { batchLookup: true, incrementalChanges: false };
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
    const quarantine = new Quarantine(this.city);
    const records = this.admitAll(kind, natives, quarantine);
    return { records, quarantined: quarantine.records };
  }

  async lookup<K extends EntityKind>(kind: K, localIds: readonly string[]): Promise<LookupResult<RecordByKind[K]>> {
    const distinct = [...new Set(localIds)];
    const chunks: string[][] = [];
    for (let start = 0; start < distinct.length; start += IDS_PER_LOOKUP) chunks.push(distinct.slice(start, start + IDS_PER_LOOKUP));
    const pages = await Promise.all(chunks.map((ids) => this.readItems(`/api/v1/${COLLECTIONS[kind]}`, { ids: ids.join(',') })));
    const quarantine = new Quarantine(this.city);
    return orderedLookup(localIds, this.admitAll(kind, pages.flat(), quarantine), quarantine.records);
  }

  changes(cursor: string | null) {
    return this.tracker.changes(cursor);
  }

  async createChallenge(input: NewChallenge): Promise<ChallengeRecord> {
    const native = await this.write('POST', '/api/v1/challenges', newChallengeBody(input));
    return this.strictChallenge(native);
  }

  async submitApplication(challengeLocalId: string, input: NewApplication): Promise<ApplicationRecord> {
    const native = await this.write('POST', `/api/v1/challenges/${encodeURIComponent(challengeLocalId)}/applications`, newApplicationBody(input));
    return this.strictApplication(native);
  }

  async listApplications(challengeLocalId: string): Promise<ApplicationRecord[]> {
    const body = await this.write('GET', `/api/v1/challenges/${encodeURIComponent(challengeLocalId)}/applications`);
    if (!isRecordList(body.items)) throw this.http.badResponse('applications answer has no items list');
    return body.items.map((native) => this.strictApplication(native));
  }

  async setApplicationStatus(applicationLocalId: string, status: ApplicationStatus): Promise<ApplicationRecord> {
    const native = await this.write('PATCH', `/api/v1/applications/${encodeURIComponent(applicationLocalId)}`, { status: statusLabel.application(status) });
    return this.strictApplication(native);
  }

  async setChallengeStatus(challengeLocalId: string, status: ChallengeStatus): Promise<ChallengeRecord> {
    const native = await this.write('PATCH', `/api/v1/challenges/${encodeURIComponent(challengeLocalId)}`, { status: statusLabel.challenge(status) });
    return this.strictChallenge(native);
  }

  async probe(): Promise<void> {
    await this.readPage('policy', 1, 1);
  }

  close(): Promise<void> {
    return this.http.close();
  }

  private async readPage(kind: EntityKind, page: number, pageSize: number): Promise<NativePage> {
    const path = `/api/v1/${COLLECTIONS[kind]}`;
    const { data } = await this.http.json<Partial<NativePage>>('GET', path, { query: { page, pageSize } });
    if (!isRecordList(data.items) || typeof data.page !== 'number' || typeof data.pageSize !== 'number' || typeof data.total !== 'number') {
      throw this.http.badResponse(`${path} answered without items/page/pageSize/total`);
    }
    return data as NativePage;
  }

  private async readItems(path: string, query: PlatformRequest['query']): Promise<NativeRecord[]> {
    const { data } = await this.http.json<{ items?: unknown }>('GET', path, { query });
    if (!isRecordList(data.items)) throw this.http.badResponse(`${path} answered without an items list`);
    return data.items;
  }

  private admitAll<K extends EntityKind>(kind: K, natives: NativeRecord[], quarantine: Quarantine): RecordByKind[K][] {
    return natives.flatMap((native) => quarantine.admit(kind, localIdOf(native), () => toRecord(kind, this.city, native)) ?? []);
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
    const error = (data.error ?? {}) as { code?: unknown; message?: unknown };
    const reason = typeof error.code === 'string' ? REJECTION_REASONS[error.code] : undefined;
    if (!reason) throw this.http.badResponse(`${path} answered ${response.status} without a known error code`, response.url);
    const message = typeof error.message === 'string' ? error.message : `refused (${error.code})`;
    throw new PlatformError('PLATFORM_REJECTED', message, { city: this.city, status: response.status, url: response.url, reason });
  }

  private strictChallenge(native: NativeRecord): ChallengeRecord {
    const quarantine = new Quarantine(this.city);
    const record = quarantine.admit('challenge', localIdOf(native), () => toRecord('challenge', this.city, native));
    if (!record) throw this.http.badResponse(`challenge answer does not fit the contract: ${quarantine.records[0]?.reason}`);
    return record;
  }

  private strictApplication(native: NativeRecord): ApplicationRecord {
    try {
      return checkApplication(toApplication(this.city, native));
    } catch (error) {
      if (error instanceof MappingError) throw this.http.badResponse(error.message);
      throw error;
    }
  }
}

export const createAdapter: AdapterFactory = (options) => new PutuoAdapter(options);
