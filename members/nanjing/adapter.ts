/**
 * Nanjing (南京市) adapter: pinyin-keyed REST JSON, `pageNo`/`pageSize` paging counted against
 * `totalCount`, one detail call per id (no batch lookup), snapshot diffs for change detection.
 */
import type { ApplicationRecord, ApplicationStatus, ChallengeRecord, ChallengeStatus, EntityKind, NewApplication, NewChallenge, RecordByKind } from '../../schema/contract.js';
import type { Member } from '../../schema/registry.js';
import type { AdapterFactory, AdapterOptions, CityAdapter, ListResult, LookupResult } from '../../adapters/kit/adapter.js';
import { refusalCodes, refusalError } from '../../adapters/kit/errors.js';
import { PlatformHttpClient, type PlatformRequest, PARALLEL_LOOKUPS } from '../../adapters/kit/http.js';
import { orderedLookup } from '../../adapters/kit/lookup.js';
import { collectPages, mapWithConcurrency } from '../../adapters/kit/paginate.js';
import { isNativeRecord, isNativeRecordList, type NativeRecord } from '../../adapters/kit/parse.js';
import { SnapshotChangeTracker } from '../../adapters/kit/snapshot-changes.js';
import { admitAll, answeredApplication, answeredRecord } from '../../adapters/kit/validate.js';
import { markedApplication, markedChallenge } from '../../adapters/kit/write-marker.js';
import { READER, applicationStatusBody, challengeStatusBody, newApplicationBody, newChallengeBody } from './dialect.js';

/** Path segment of each kind: 政策, 载体, 揭榜挂帅. */
const SEGMENTS: Record<EntityKind, string> = { policy: 'zc', carrier: 'zt', challenge: 'jbgs' };
/** Nanjing quietly cuts larger pages to 50, so progress is counted in rows, not pages. */
const PAGE_SIZE = 50;

/** Nanjing tells its refusals apart by HTTP status only; the errMsg is free Chinese text. */
const REJECTION_REASONS = refusalCodes({
  400: 'INVALID',
  404: 'NOT_FOUND',
  409: 'DUPLICATE_APPLICATION',
  410: 'CHALLENGE_NOT_OPEN',
});
const REJECTION_STATUSES = [...REJECTION_REASONS.keys()].map(Number);

interface NativeRows {
  rows: NativeRecord[];
  totalCount: number;
}

class NanjingAdapter implements CityAdapter {
  readonly member: Member;
  readonly capabilities = { batchLookup: false };
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
    return admitAll(this.city, kind, natives, READER);
  }

  async lookup<K extends EntityKind>(kind: K, localIds: readonly string[]): Promise<LookupResult<RecordByKind[K]>> {
    const distinct = [...new Set(localIds)];
    const natives = await mapWithConcurrency(distinct, PARALLEL_LOOKUPS, (id) => this.readDetail(kind, id));
    const { records, quarantined } = admitAll(this.city, kind, natives.filter((native) => native !== null), READER);
    return orderedLookup(localIds, records, quarantined);
  }

  changes(cursor: string | null) {
    return this.tracker.changes(cursor);
  }

  async createChallenge(input: NewChallenge): Promise<ChallengeRecord> {
    const native = await this.writeData('POST', '/api/jbgs/fb', { body: newChallengeBody(markedChallenge(input)) });
    return answeredRecord(this.city, 'challenge', native, READER);
  }

  async submitApplication(challengeLocalId: string, input: NewApplication): Promise<ApplicationRecord> {
    const native = await this.writeData('POST', '/api/jbgs/jb', { body: newApplicationBody(challengeLocalId, markedApplication(input)) });
    return answeredApplication(this.city, native, READER);
  }

  async listApplications(challengeLocalId: string): Promise<ApplicationRecord[]> {
    const body = await this.write('GET', '/api/jbgs/sqlb', { query: { bdid: challengeLocalId } });
    if (!isNativeRecordList(body.rows)) throw this.http.badResponse('/api/jbgs/sqlb answered without rows');
    return body.rows.map((native) => answeredApplication(this.city, native, READER));
  }

  async setApplicationStatus(applicationLocalId: string, status: ApplicationStatus): Promise<ApplicationRecord> {
    const native = await this.writeData('POST', '/api/jbgs/sqzt', { body: applicationStatusBody(applicationLocalId, status) });
    return answeredApplication(this.city, native, READER);
  }

  async setChallengeStatus(challengeLocalId: string, status: ChallengeStatus): Promise<ChallengeRecord> {
    const native = await this.writeData('POST', '/api/jbgs/bdzt', { body: challengeStatusBody(challengeLocalId, status) });
    return answeredRecord(this.city, 'challenge', native, READER);
  }

  async probe(): Promise<void> {
    await this.readRows('/api/zc/list', { pageNo: 1, pageSize: 1 });
  }

  circuit() {
    return this.http.circuit.snapshot();
  }

  close(): Promise<void> {
    return this.http.close();
  }

  private async readRows(path: string, query: PlatformRequest['query']): Promise<NativeRows> {
    const { data } = await this.http.json<Partial<NativeRows>>('GET', path, { query });
    if (!isNativeRecordList(data.rows) || typeof data.totalCount !== 'number') throw this.http.badResponse(`${path} answered without rows/totalCount`);
    return data as NativeRows;
  }

  /** One record by id; null when the platform says it does not exist (404). */
  private async readDetail(kind: EntityKind, id: string): Promise<NativeRecord | null> {
    const path = `/api/${SEGMENTS[kind]}/detail`;
    const response = await this.http.request('GET', path, { query: { id }, acceptStatuses: [404] });
    if (response.status === 404) return null;
    const body = this.http.parseJson<{ data?: unknown }>(response);
    if (!isNativeRecord(body.data)) throw this.http.badResponse(`${path} answered without data`, response.url);
    return body.data;
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
    if (!REJECTION_STATUSES.includes(response.status)) return data;
    const message = typeof data.errMsg === 'string' ? data.errMsg : `refused (${response.status})`;
    throw refusalError(REJECTION_REASONS, response.status, message, { city: this.city, status: response.status, url: response.url });
  }

  private async writeData(method: 'POST', path: string, options: { body: NativeRecord }): Promise<NativeRecord> {
    const body = await this.write(method, path, options);
    if (!isNativeRecord(body.data)) throw this.http.badResponse(`${path} answered without data`);
    return body.data;
  }
}

export const createAdapter: AdapterFactory = (options) => new NanjingAdapter(options);
