/**
 * Changzhou adapter: reads the open-data exports (one GBK CSV per kind, whole file, no paging,
 * no lookup by id) with conditional GETs, keeping the parsed export per etag so an unchanged
 * file costs a 304 and no body. Writes go to the platform's JSON API.
 */
import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import type { AnyRecord, ApplicationRecord, ApplicationStatus, ChallengeRecord, ChallengeStatus, EntityKind, NewApplication, NewChallenge, RecordByKind } from '../../schema/contract.js';
import type { Member } from '../../schema/registry.js';
import type { AdapterFactory, AdapterOptions, CityAdapter, ListResult, LookupResult } from '../../adapters/kit/adapter.js';
import { PlatformError, refusalCodes, refusalError } from '../../adapters/kit/errors.js';
import { PlatformHttpClient, type PlatformResponse } from '../../adapters/kit/http.js';
import { orderedLookup } from '../../adapters/kit/lookup.js';
import { isNativeRecord } from '../../adapters/kit/parse.js';
import { SnapshotChangeTracker } from '../../adapters/kit/snapshot-changes.js';
import { admitAll, answeredApplication, answeredRecord } from '../../adapters/kit/validate.js';
import { markedApplication, markedChallenge } from '../../adapters/kit/write-marker.js';
import { EXPORTS, READER, applicationRow, challengeRow, statusRow, type Row } from './dialect.js';

/** What the exports are in when the platform does not say. */
const DEFAULT_CHARSET = 'gbk';
/**
 * GBK-family labels are decoded as GB18030: every GBK byte sequence means the same there, and the
 * characters GBK lacks (the ² of m²) arrive in its four-byte form (WHATWG Encoding does the same).
 */
const GBK_FAMILY = new Set(['gbk', 'gb2312', 'gb18030', 'cp936', 'x-gbk']);

const REJECTION_REASONS = refusalCodes({
  RECORD_NOT_FOUND: 'NOT_FOUND',
  CHALLENGE_CLOSED: 'CHALLENGE_NOT_OPEN',
  ALREADY_APPLIED: 'DUPLICATE_APPLICATION',
  INVALID_FIELD: 'INVALID',
});

/** Statuses whose `{errcode, errmsg}` body the write methods translate themselves. */
const API_ERROR_STATUSES = [400, 404, 409, 422] as const;

const challengePath = (localId: string) => `/api/challenges/${encodeURIComponent(localId)}`;

function headerValue(headers: PlatformResponse['headers'], name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

class ChangzhouAdapter implements CityAdapter {
  readonly member: Member;
  // One download per kind answers any number of ids.
  readonly capabilities = { batchLookup: true };
  private readonly http: PlatformHttpClient;
  private readonly tracker: SnapshotChangeTracker;
  /** The last export of each kind, mapped, under the etag it was served with. */
  private readonly exports = new Map<EntityKind, { etag: string; result: ListResult<AnyRecord> }>();

  constructor(options: AdapterOptions) {
    this.member = options.member;
    this.http = new PlatformHttpClient({ ...options.http, city: options.member.slug, baseUrl: options.baseUrl });
    this.tracker = new SnapshotChangeTracker(options.member.slug, (kind) => this.list(kind));
  }

  private get city(): string {
    return this.member.slug;
  }

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

  changes(cursor: string | null) {
    return this.tracker.changes(cursor);
  }

  async createChallenge(input: NewChallenge): Promise<ChallengeRecord> {
    return this.challengeOf('/api/challenges', await this.api('POST', '/api/challenges', challengeRow(markedChallenge(input))));
  }

  async submitApplication(challengeLocalId: string, input: NewApplication): Promise<ApplicationRecord> {
    const path = `${challengePath(challengeLocalId)}/applications`;
    return this.applicationOf(path, await this.api('POST', path, applicationRow(markedApplication(input))));
  }

  async listApplications(challengeLocalId: string): Promise<ApplicationRecord[]> {
    const path = `${challengePath(challengeLocalId)}/applications`;
    const data = await this.api('GET', path);
    if (!Array.isArray(data)) throw this.http.badResponse(`${path} answered without a data list`);
    return data.map((row) => this.applicationOf(path, row));
  }

  async setApplicationStatus(applicationLocalId: string, status: ApplicationStatus): Promise<ApplicationRecord> {
    const path = `/api/applications/${encodeURIComponent(applicationLocalId)}`;
    return this.applicationOf(path, await this.api('PATCH', path, statusRow.application(status)));
  }

  async setChallengeStatus(challengeLocalId: string, status: ChallengeStatus): Promise<ChallengeRecord> {
    const path = challengePath(challengeLocalId);
    return this.challengeOf(path, await this.api('PATCH', path, statusRow.challenge(status)));
  }

  async probe(): Promise<void> {
    const { data } = await this.http.json<{ files?: unknown }>('GET', '/opendata/manifest.json');
    if (!Array.isArray(data.files)) throw this.http.badResponse('manifest.json lists no files');
  }

  circuit() {
    return this.http.circuit.snapshot();
  }

  close(): Promise<void> {
    return this.http.close();
  }

  private decode(response: PlatformResponse): string {
    const contentType = headerValue(response.headers, 'content-type') ?? '';
    const declared = (/charset=("?)([\w-]+)\1/i.exec(contentType)?.[2] ?? DEFAULT_CHARSET).toLowerCase();
    const charset = GBK_FAMILY.has(declared) ? 'gb18030' : declared;
    if (!iconv.encodingExists(charset)) throw this.http.badResponse(`export is in an unknown charset "${declared}"`, response.url);
    return iconv.decode(response.body, charset);
  }

  private readExport<K extends EntityKind>(kind: K, response: PlatformResponse): ListResult<RecordByKind[K]> {
    const csv = this.decode(response);
    let table: string[][];
    try {
      table = parse(csv, { skip_empty_lines: true }) as string[][];
    } catch (cause) {
      throw new PlatformError('PLATFORM_BAD_RESPONSE', `${EXPORTS[kind].file} is not valid CSV: ${(cause as Error).message}`, { city: this.city, url: response.url, cause });
    }
    const [header = [], ...lines] = table;
    const absent = EXPORTS[kind].columns.filter((column) => !header.includes(column));
    if (absent.length > 0) throw this.http.badResponse(`${EXPORTS[kind].file} lacks the columns ${absent.join(', ')}`, response.url);

    const rows = lines.map((cells): Row => Object.fromEntries(header.map((column, index) => [column, cells[index]])));
    return admitAll(this.city, kind, rows, READER);
  }

  /** The current export of a kind, revalidated; shared with the cache, so callers get copies. */
  private async currentExport<K extends EntityKind>(kind: K): Promise<ListResult<RecordByKind[K]>> {
    const cached = this.exports.get(kind);
    const response = await this.http.request('GET', `/opendata/${EXPORTS[kind].file}`, {
      headers: { accept: 'text/csv', ...(cached && { 'if-none-match': cached.etag }) },
      acceptStatuses: [304],
    });
    let result: ListResult<AnyRecord>;
    if (response.status === 304) {
      if (!cached) throw this.http.badResponse(`${EXPORTS[kind].file} answered 304 to an unconditional request`, response.url);
      result = cached.result;
    } else {
      result = this.readExport(kind, response);
      const etag = headerValue(response.headers, 'etag');
      if (etag) this.exports.set(kind, { etag, result });
      else this.exports.delete(kind);
    }
    return result as ListResult<RecordByKind[K]>;
  }

  private async api(method: 'GET' | 'POST' | 'PATCH', path: string, body?: Row): Promise<unknown> {
    const response = await this.http.request(method, path, {
      headers: { accept: 'application/json', ...(body !== undefined && { 'content-type': 'application/json; charset=utf-8' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
      acceptStatuses: API_ERROR_STATUSES,
    });
    const payload = this.http.parseJson<{ data?: unknown; errcode?: unknown; errmsg?: unknown }>(response);
    if (response.status < 400) return payload.data;
    const code = typeof payload.errcode === 'string' ? payload.errcode : undefined;
    const message = typeof payload.errmsg === 'string' ? payload.errmsg : `answered ${response.status}`;
    throw refusalError(REJECTION_REASONS, code, message, { city: this.city, status: response.status, url: response.url });
  }

  private rowOf(path: string, data: unknown): Row {
    if (!isNativeRecord(data)) throw this.http.badResponse(`${path} answered without a data row`);
    return data;
  }

  private challengeOf(path: string, data: unknown): ChallengeRecord {
    return answeredRecord(this.city, 'challenge', this.rowOf(path, data), READER, `${path} answer`);
  }

  private applicationOf(path: string, data: unknown): ApplicationRecord {
    return answeredApplication(this.city, this.rowOf(path, data), READER, `${path} answer`);
  }
}

export const createAdapter: AdapterFactory = (options) => new ChangzhouAdapter(options);
