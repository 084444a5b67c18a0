/**
 * Nanjing (南京市) adapter: pinyin-keyed REST JSON, `pageNo`/`pageSize` paging counted against
 * `totalCount`, one detail call per id (no batch lookup), snapshot diffs for change detection.
 */
import type { ApplicationRecord, ApplicationStatus, ChallengeRecord, ChallengeStatus, EntityKind, NewApplication, NewChallenge, RecordByKind } from '../../schema/contract.js';
import type { Member } from '../../schema/registry.js';
import type { AdapterFactory, AdapterOptions, CityAdapter, ListResult, LookupResult } from '../kit/adapter.js';
import { PlatformError, type PlatformErrorDetails } from '../kit/errors.js';
import { PlatformHttpClient, type PlatformRequest } from '../kit/http.js';
import { orderedLookup } from '../kit/lookup.js';
import { collectPages, mapWithConcurrency } from '../kit/paginate.js';
import { MappingError } from '../kit/parse.js';
import { SnapshotChangeTracker } from '../kit/snapshot-changes.js';
import { Quarantine, checkApplication } from '../kit/validate.js';
import {
  applicationStatusBody,
  challengeStatusBody,
  localIdOf,
  newApplicationBody,
  newChallengeBody,
  toApplication,
  toRecord,
  type NativeRecord,
} from './mapping.js';

/** Path segment of each kind: 政策, 载体, 揭榜挂帅. */
const SEGMENTS: Record<EntityKind, string> = { policy: 'zc', carrier: 'zt', challenge: 'jbgs' };
/** Nanjing quietly cuts larger pages to 50, so progress is counted in rows, not pages. */
const PAGE_SIZE = 50;
/** Detail calls in flight at once during a lookup. */
const LOOKUP_CONCURRENCY = 8;

/** Nanjing tells its refusals apart by HTTP status only; the errMsg is free Chinese text. */
const REJECTION_REASONS: Record<number, NonNullable<PlatformErrorDetails['reason']>> = {
  400: 'INVALID',
  404: 'NOT_FOUND',
  409: 'DUPLICATE_APPLICATION',
  410: 'CHALLENGE_NOT_OPEN',
};
const REJECTION_STATUSES = Object.keys(REJECTION_REASONS).map(Number);

interface NativeRows {
  rows: NativeRecord[];
  totalCount: number;
}

function isRecordList(value: unknown): value is NativeRecord[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'object' && item !== null && !Array.isArray(item));
}

function isRecord(value: unknown): value is NativeRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

class NanjingAdapter implements CityAdapter {
  readonly member: Member;
  readonly capabilities = { batchLookup: false, incrementalChanges: false };
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
    let received = 0;
    const natives = await collectPages<NativeRecord, number>(this.city, 1, async (pageNo = 1) => {
      const { rows, totalCount } = await this.readRows(`/api/${SEGMENTS[kind]}/list`, { pageNo, pageSize: PAGE_SIZE });
      received += rows.length;
      return { items: rows, next: rows.length > 0 && received < totalCount ? pageNo + 1 : undefined };
    });
    const quarantine = new Quarantine(this.city);
    const records = natives.flatMap((native) => this.admit(kind, native, quarantine) ?? []);
    return { records, quarantined: quarantine.records };
  }

  async lookup<K extends EntityKind>(kind: K, localIds: readonly string[]): Promise<LookupResult<RecordByKind[K]>> {
    const distinct = [...new Set(localIds)];
    const natives = await mapWithConcurrency(distinct, LOOKUP_CONCURRENCY, (id) => this.readDetail(kind, id));
    const quarantine = new Quarantine(this.city);
    const found = natives.flatMap((native) => (native ? (this.admit(kind, native, quarantine) ?? []) : []));
    return orderedLookup(localIds, found, quarantine.records);
  }

  changes(cursor: string | null) {
    return this.tracker.changes(cursor);
  }

  async createChallenge(input: NewChallenge): Promise<ChallengeRecord> {
    return this.strictChallenge(await this.writeData('POST', '/api/jbgs/fb', { body: newChallengeBody(input) }));
  }

  async submitApplication(challengeLocalId: string, input: NewApplication): Promise<ApplicationRecord> {
    return this.strictApplication(await this.writeData('POST', '/api/jbgs/jb', { body: newApplicationBody(challengeLocalId, input) }));
  }

  async listApplications(challengeLocalId: string): Promise<ApplicationRecord[]> {
    const body = await this.write('GET', '/api/jbgs/sqlb', { query: { bdid: challengeLocalId } });
    if (!isRecordList(body.rows)) throw this.http.badResponse('/api/jbgs/sqlb answered without rows');
    return body.rows.map((native) => this.strictApplication(native));
  }

  async setApplicationStatus(applicationLocalId: string, status: ApplicationStatus): Promise<ApplicationRecord> {
    return this.strictApplication(await this.writeData('POST', '/api/jbgs/sqzt', { body: applicationStatusBody(applicationLocalId, status) }));
  }

  async setChallengeStatus(challengeLocalId: string, status: ChallengeStatus): Promise<ChallengeRecord> {
    return this.strictChallenge(await this.writeData('POST', '/api/jbgs/bdzt', { body: challengeStatusBody(challengeLocalId, status) }));
  }

  async probe(): Promise<void> {
    await this.readRows('/api/zc/list', { pageNo: 1, pageSize: 1 });
  }

  close(): Promise<void> {
    return this.http.close();
  }

  private async readRows(path: string, query: PlatformRequest['query']): Promise<NativeRows> {
    const { data } = await this.http.json<Partial<NativeRows>>('GET', path, { query });
    if (!isRecordList(data.rows) || typeof data.totalCount !== 'number') throw this.http.badResponse(`${path} answered without rows/totalCount`);
    return data as NativeRows;
  }

  /** One record by id; null when the platform says it does not exist (404). */
  private async readDetail(kind: EntityKind, id: string): Promise<NativeRecord | null> {
    const path = `/api/${SEGMENTS[kind]}/detail`;
    const response = await this.http.request('GET', path, { query: { id }, acceptStatuses: [404] });
    if (response.status === 404) return null;
    const body = this.http.parseJson<{ data?: unknown }>(response);
    if (!isRecord(body.data)) throw this.http.badResponse(`${path} answered without data`, response.url);
    return body.data;
  }

  private admit<K extends EntityKind>(kind: K, native: NativeRecord, quarantine: Quarantine): RecordByKind[K] | undefined {
    return quarantine.admit(kind, localIdOf(native), () => toRecord(kind, this.city, native));
  }

  /** A write or follow-up call: Nanjing's refusals become PLATFORM_REJECTED with our reason. */
  private async write(method: 'GET' | 'POST', path: string, options: { query?: PlatformRequest['query']; body?: NativeRecord }): Promise<NativeRecord> {
    const response = await this.http.request(method, path, {
      query: options.query,
      headers: options.body === undefined ? {} : { 'content-type': 'application/json' },
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      acceptStatuses: REJECTION_STATUSES,
    });
    const data = this.http.parseJson<NativeRecord>(response);
    const reason = REJECTION_REASONS[response.status];
    if (reason === undefined) return data;
    const message = typeof data.errMsg === 'string' ? data.errMsg : `refused (${response.status})`;
    throw new PlatformError('PLATFORM_REJECTED', message, { city: this.city, status: response.status, url: response.url, reason });
  }

  private async writeData(method: 'POST', path: string, options: { body: NativeRecord }): Promise<NativeRecord> {
    const body = await this.write(method, path, options);
    if (!isRecord(body.data)) throw this.http.badResponse(`${path} answered without data`);
    return body.data;
  }

  private strictChallenge(native: NativeRecord): ChallengeRecord {
    const quarantine = new Quarantine(this.city);
    const record = this.admit('challenge', native, quarantine);
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

export const createAdapter: AdapterFactory = (options) => new NanjingAdapter(options);
