/**
 * Nanjing (南京市) adapter: pinyin-keyed REST JSON, `pageNo`/`pageSize` paging counted against
 * `totalCount`, one detail call per id (no batch lookup), snapshot diffs for change detection.
 */
import type { ApplicationRecord, ApplicationStatus, ChallengeChanges, ChallengeRecord, ChallengeStatus, EntityKind, NewApplication, NewChallenge, RecordByKind } from '../../schema/contract.js';
import type { AdapterFactory, CityAdapter, ListResult, LookupResult } from '../../adapters/kit/adapter.js';
import { refusalCodes } from '../../adapters/kit/errors.js';
import { PARALLEL_LOOKUPS, type PlatformRequest } from '../../adapters/kit/http.js';
import { collectPages, mapWithConcurrency } from '../../adapters/kit/paginate.js';
import { isNativeRecord, isNativeRecordList, type NativeRecord } from '../../adapters/kit/parse.js';
import { PlatformAdapter, callJson, stringAt, type JsonCall, type JsonRefusals } from '../../adapters/kit/platform-adapter.js';
import { markedApplication, markedChallenge } from '../../adapters/kit/write-marker.js';
import { DIALECT } from './dialect.js';

/** Path segment of each kind: 政策, 载体, 揭榜挂帅, 金融产品, 人才服务, 科技成果, 合作清单, 技术经理人, 创新联合体. */
const SEGMENTS: Record<EntityKind, string> = {
  policy: 'zc',
  carrier: 'zt',
  challenge: 'jbgs',
  financeProduct: 'jrcp',
  talentService: 'rcfw',
  achievement: 'kjcg',
  cooperation: 'hzqd',
  technologyManager: 'jsjlr',
  consortium: 'cxlht',
};
/** Nanjing quietly cuts larger pages to 50, so progress is counted in rows, not pages. */
const PAGE_SIZE = 50;

/** Nanjing tells its refusals apart by HTTP status only; the errMsg is free Chinese text. */
const REFUSALS: JsonRefusals = {
  statuses: [400, 404, 409, 410],
  codes: refusalCodes({ 400: 'INVALID', 404: 'NOT_FOUND', 409: 'DUPLICATE_APPLICATION', 410: 'CHALLENGE_NOT_OPEN' }),
  read: (body, status) => ({ code: status, message: stringAt(body, 'errMsg') }),
};

interface NativeRows {
  rows: NativeRecord[];
  totalCount: number;
}

class NanjingAdapter extends PlatformAdapter<NativeRecord> implements CityAdapter {
  readonly capabilities = { batchLookup: false };

  async list<K extends EntityKind>(kind: K): Promise<ListResult<RecordByKind[K]>> {
    let received = 0;
    const natives = await collectPages<NativeRecord, number>(this.city, 1, async (pageNo = 1) => {
      const { rows, totalCount } = await this.readRows(`/api/${SEGMENTS[kind]}/list`, { pageNo, pageSize: PAGE_SIZE });
      received += rows.length;
      return { items: rows, next: rows.length > 0 && received < totalCount ? pageNo + 1 : undefined };
    });
    return this.admit(kind, natives);
  }

  async lookup<K extends EntityKind>(kind: K, localIds: readonly string[]): Promise<LookupResult<RecordByKind[K]>> {
    const distinct = [...new Set(localIds)];
    const natives = await mapWithConcurrency(distinct, PARALLEL_LOOKUPS, (id) => this.readDetail(kind, id));
    return this.lookedUp(kind, localIds, natives.filter((native) => native !== null));
  }

  async createChallenge(input: NewChallenge): Promise<ChallengeRecord> {
    const native = await this.writeData('POST', '/api/jbgs/fb', { body: DIALECT.newChallenge(markedChallenge(input)) });
    return this.challengeOf(native);
  }

  async submitApplication(challengeLocalId: string, input: NewApplication): Promise<ApplicationRecord> {
    const native = await this.writeData('POST', '/api/jbgs/jb', { body: DIALECT.newApplication(markedApplication(input), challengeLocalId) });
    return this.applicationOf(native);
  }

  async listApplications(challengeLocalId: string): Promise<ApplicationRecord[]> {
    const body = await this.write('GET', '/api/jbgs/sqlb', { query: { bdid: challengeLocalId } });
    if (!isNativeRecordList(body.rows)) throw this.http.badResponse('/api/jbgs/sqlb answered without rows');
    return body.rows.map((native) => this.applicationOf(native));
  }

  async setApplicationStatus(applicationLocalId: string, status: ApplicationStatus): Promise<ApplicationRecord> {
    const native = await this.writeData('POST', '/api/jbgs/sqzt', { body: { id: applicationLocalId, ...DIALECT.status('application', status) } });
    return this.applicationOf(native);
  }

  async setChallengeStatus(challengeLocalId: string, status: ChallengeStatus): Promise<ChallengeRecord> {
    const native = await this.writeData('POST', '/api/jbgs/bdzt', { body: { id: challengeLocalId, ...DIALECT.status('challenge', status) } });
    return this.challengeOf(native);
  }

  /** 修改榜单: the edited fields beside the id. */
  async updateChallenge(challengeLocalId: string, changes: ChallengeChanges): Promise<ChallengeRecord> {
    const native = await this.writeData('POST', '/api/jbgs/xg', { body: { id: challengeLocalId, ...DIALECT.challengeChanges(changes) } });
    return this.challengeOf(native);
  }

  async probe(): Promise<void> {
    await this.readRows('/api/zc/list', { pageNo: 1, pageSize: 1 });
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

  /** A write or follow-up call. */
  private async write(method: 'GET' | 'POST', path: string, call: JsonCall): Promise<NativeRecord> {
    const body = await callJson(this.http, REFUSALS, method, path, call);
    if (!isNativeRecord(body)) throw this.http.badResponse(`${path} answered without an object`);
    return body;
  }

  private async writeData(method: 'POST', path: string, call: { body: NativeRecord }): Promise<NativeRecord> {
    const body = await this.write(method, path, call);
    if (!isNativeRecord(body.data)) throw this.http.badResponse(`${path} answered without data`);
    return body.data;
  }
}

export const createAdapter: AdapterFactory = (options) => new NanjingAdapter(options, DIALECT);
