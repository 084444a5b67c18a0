/**
 * Changzhou adapter: reads the open-data exports (one GBK CSV per kind, whole file, no paging,
 * no lookup by id) with conditional GETs, keeping the parsed export per etag so an unchanged
 * file costs a 304 and no body. Writes go to the platform's JSON API.
 */
import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import type { AnyRecord, ApplicationRecord, ApplicationStatus, ChallengeChanges, ChallengeRecord, ChallengeStatus, EntityKind, NewApplication, NewChallenge, RecordByKind } from '../../schema/contract.js';
import type { AdapterFactory, CityAdapter, ListResult, LookupResult } from '../../adapters/kit/adapter.js';
import { PlatformError, refusalCodes } from '../../adapters/kit/errors.js';
import type { PlatformMethod, PlatformResponse } from '../../adapters/kit/http.js';
import { orderedLookup } from '../../adapters/kit/lookup.js';
import { isNativeRecord, type NativeRecord } from '../../adapters/kit/parse.js';
import { PlatformAdapter, callJson, stringAt, type JsonRefusals } from '../../adapters/kit/platform-adapter.js';
import { markedApplication, markedChallenge } from '../../adapters/kit/write-marker.js';
import { DIALECT } from './dialect.js';

/** The export file of each kind. */
const EXPORT_FILES: Readonly<Record<EntityKind, string>> = {
  policy: 'policies.csv',
  carrier: 'carriers.csv',
  challenge: 'challenges.csv',
  financeProduct: 'finance-products.csv',
  talentService: 'talent-services.csv',
  achievement: 'achievements.csv',
  cooperation: 'cooperation.csv',
  technologyManager: 'tech-managers.csv',
  consortium: 'consortia.csv',
};

/** What the exports are in when the platform does not say. */
const DEFAULT_CHARSET = 'gbk';
/**
 * GBK-family labels are decoded as GB18030: every GBK byte sequence means the same there, and the
 * characters GBK lacks (the ² of m²) arrive in its four-byte form (WHATWG Encoding does the same).
 */
const GBK_FAMILY = new Set(['gbk', 'gb2312', 'gb18030', 'cp936', 'x-gbk']);

/** The API refuses a write on its merits with 400/404/409/422 and `{ errcode, errmsg }`. */
const REFUSALS: JsonRefusals = {
  statuses: [400, 404, 409, 422],
  codes: refusalCodes({ RECORD_NOT_FOUND: 'NOT_FOUND', CHALLENGE_CLOSED: 'CHALLENGE_NOT_OPEN', ALREADY_APPLIED: 'DUPLICATE_APPLICATION', INVALID_FIELD: 'INVALID' }),
  read: (body) => ({ code: stringAt(body, 'errcode'), message: stringAt(body, 'errmsg') }),
};

function headerValue(headers: PlatformResponse['headers'], name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

const challengePath = (localId: string) => `/api/challenges/${encodeURIComponent(localId)}`;

class ChangzhouAdapter extends PlatformAdapter<NativeRecord> implements CityAdapter {
  // One download per kind answers any number of ids.
  readonly capabilities = { batchLookup: true };
  /** The last export of each kind, mapped, under the etag it was served with. */
  private readonly exports = new Map<EntityKind, { etag: string; result: ListResult<AnyRecord> }>();

  // Callers own what they get; the cached export stays as the platform sent it.
  async list<K extends EntityKind>(kind: K): Promise<ListResult<RecordByKind[K]>> {
    return structuredClone(await this.currentExport(kind));
  }

  async lookup<K extends EntityKind>(kind: K, localIds: readonly string[]): Promise<LookupResult<RecordByKind[K]>> {
    if (localIds.length === 0) return { records: [], missing: [], quarantined: [] };
    const { records, quarantined } = await this.currentExport(kind);
    const requested = new Set(localIds);
    return structuredClone(orderedLookup(localIds, records, quarantined.filter((q) => q.localId !== null && requested.has(q.localId))));
  }

  async createChallenge(input: NewChallenge): Promise<ChallengeRecord> {
    return this.challengeIn('POST', '/api/challenges', DIALECT.newChallenge(markedChallenge(input)));
  }

  async submitApplication(challengeLocalId: string, input: NewApplication): Promise<ApplicationRecord> {
    return this.applicationIn('POST', `${challengePath(challengeLocalId)}/applications`, DIALECT.newApplication(markedApplication(input), challengeLocalId));
  }

  async listApplications(challengeLocalId: string): Promise<ApplicationRecord[]> {
    const path = `${challengePath(challengeLocalId)}/applications`;
    const data = await this.api('GET', path);
    if (!Array.isArray(data)) throw this.http.badResponse(`${path} answered without a data list`);
    return data.map((row) => this.applicationOf(this.rowOf(path, row), `${path} answer`));
  }

  async setApplicationStatus(applicationLocalId: string, status: ApplicationStatus): Promise<ApplicationRecord> {
    return this.applicationIn('PATCH', `/api/applications/${encodeURIComponent(applicationLocalId)}`, DIALECT.status('application', status));
  }

  async setChallengeStatus(challengeLocalId: string, status: ChallengeStatus): Promise<ChallengeRecord> {
    return this.challengeIn('PATCH', challengePath(challengeLocalId), DIALECT.status('challenge', status));
  }

  /** The same PATCH takes a publisher's edits, in the export's columns. */
  async updateChallenge(challengeLocalId: string, changes: ChallengeChanges): Promise<ChallengeRecord> {
    return this.challengeIn('PATCH', challengePath(challengeLocalId), DIALECT.challengeChanges(changes));
  }

  async probe(): Promise<void> {
    const { data } = await this.http.json<{ files?: unknown }>('GET', '/opendata/manifest.json');
    if (!Array.isArray(data.files)) throw this.http.badResponse('manifest.json lists no files');
  }

  /** The current export of a kind, revalidated; shared with the cache, so callers get copies. */
  private async currentExport<K extends EntityKind>(kind: K): Promise<ListResult<RecordByKind[K]>> {
    const cached = this.exports.get(kind);
    const response = await this.http.request('GET', `/opendata/${EXPORT_FILES[kind]}`, {
      headers: { accept: 'text/csv', ...(cached && { 'if-none-match': cached.etag }) },
      acceptStatuses: [304],
    });
    let result: ListResult<AnyRecord>;
    if (response.status === 304) {
      if (!cached) throw this.http.badResponse(`${EXPORT_FILES[kind]} answered 304 to an unconditional request`, response.url);
      result = cached.result;
    } else {
      result = this.readExport(kind, response);
      const etag = headerValue(response.headers, 'etag');
      if (etag) this.exports.set(kind, { etag, result });
      else this.exports.delete(kind);
    }
    return result as ListResult<RecordByKind[K]>;
  }

  private readExport<K extends EntityKind>(kind: K, response: PlatformResponse): ListResult<RecordByKind[K]> {
    const csv = this.decode(response);
    let table: string[][];
    try {
      table = parse(csv, { skip_empty_lines: true }) as string[][];
    } catch (cause) {
      throw new PlatformError('PLATFORM_BAD_RESPONSE', `${EXPORT_FILES[kind]} is not valid CSV: ${(cause as Error).message}`, { city: this.city, url: response.url, cause });
    }
    const [header = [], ...lines] = table;
    const absent = DIALECT.paths(kind).filter((column) => !header.includes(column));
    if (absent.length > 0) throw this.http.badResponse(`${EXPORT_FILES[kind]} lacks the columns ${absent.join(', ')}`, response.url);
    return this.admit(kind, lines.map((cells): NativeRecord => Object.fromEntries(header.map((column, index) => [column, cells[index]]))));
  }

  private decode(response: PlatformResponse): string {
    const contentType = headerValue(response.headers, 'content-type') ?? '';
    const declared = (/charset=("?)([\w-]+)\1/i.exec(contentType)?.[2] ?? DEFAULT_CHARSET).toLowerCase();
    const charset = GBK_FAMILY.has(declared) ? 'gb18030' : declared;
    if (!iconv.encodingExists(charset)) throw this.http.badResponse(`export is in an unknown charset "${declared}"`, response.url);
    return iconv.decode(response.body, charset);
  }

  /** The API's `data`, after its refusals became PLATFORM_REJECTED. */
  private async api(method: PlatformMethod, path: string, body?: NativeRecord): Promise<unknown> {
    const payload = await callJson(this.http, REFUSALS, method, path, { body, headers: body === undefined ? {} : { 'content-type': 'application/json; charset=utf-8' } });
    return isNativeRecord(payload) ? payload.data : undefined;
  }

  private rowOf(path: string, data: unknown): NativeRecord {
    if (!isNativeRecord(data)) throw this.http.badResponse(`${path} answered without a data row`);
    return data;
  }

  private async challengeIn(method: PlatformMethod, path: string, body: NativeRecord): Promise<ChallengeRecord> {
    return this.challengeOf(this.rowOf(path, await this.api(method, path, body)), `${path} answer`);
  }

  private async applicationIn(method: PlatformMethod, path: string, body: NativeRecord): Promise<ApplicationRecord> {
    return this.applicationOf(this.rowOf(path, await this.api(method, path, body)), `${path} answer`);
  }
}

export const createAdapter: AdapterFactory = (options) => new ChangzhouAdapter(options, DIALECT);
