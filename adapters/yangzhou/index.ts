/**
 * Yangzhou (扬州市) adapter: the `{ code, msg, data }` envelope, where every failure — even
 * "internal error" and "rate limited" — is HTTP 200 with `code ≠ 0`. The http kit's retry only
 * sees HTTP statuses, so this adapter reads the envelope itself: 42900 is retried here (bounded,
 * honouring Retry-After, reads only), other codes become typed PlatformErrors.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { ApplicationRecord, ApplicationStatus, ChallengeRecord, ChallengeStatus, EntityKind, NewApplication, NewChallenge, RecordByKind } from '../../schema/contract.js';
import type { Member } from '../../schema/registry.js';
import type { AdapterFactory, AdapterOptions, CityAdapter, ListResult, LookupResult } from '../kit/adapter.js';
import { PlatformError, type PlatformErrorDetails } from '../kit/errors.js';
import { DEFAULT_RETRY_POLICY, PlatformHttpClient, type PlatformRequest, type RetryPolicy } from '../kit/http.js';
import { orderedLookup } from '../kit/lookup.js';
import { collectPages } from '../kit/paginate.js';
import { MappingError } from '../kit/parse.js';
import { SnapshotChangeTracker } from '../kit/snapshot-changes.js';
import { Quarantine, checkApplication } from '../kit/validate.js';
import { localIdOf, newApplicationBody, newChallengeBody, statusLabel, toApplication, toRecord, type NativeRecord } from './mapping.js';

/** The platform's own maximum `size`. */
const PAGE_SIZE = 100;

const SUCCESS = 0;
const RATE_LIMITED = 42900;
/** Codes with which Yangzhou refuses a write (or a follow-up read) on its merits. */
const REJECTION_REASONS: Record<number, NonNullable<PlatformErrorDetails['reason']>> = {
  40001: 'INVALID',
  40401: 'NOT_FOUND',
  40901: 'DUPLICATE_APPLICATION',
  40902: 'CHALLENGE_NOT_OPEN',
  42201: 'INVALID',
};

interface Envelope {
  code: number;
  msg: string;
  data: unknown;
}

interface CallOptions {
  query?: PlatformRequest['query'];
  body?: unknown;
  /** A read may be repeated after 42900; a write is never repeated (the outbox redelivers it). */
  retryRateLimit: boolean;
  /** Whether a 4xxxx code is the platform refusing our request on its merits (PLATFORM_REJECTED). */
  refusals: boolean;
}

function isRecord(value: unknown): value is NativeRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isRecordList(value: unknown): value is NativeRecord[] {
  return Array.isArray(value) && value.every(isRecord);
}

function isEnvelope(value: unknown): value is Envelope {
  return isRecord(value) && typeof value.code === 'number' && 'data' in value;
}

class YangzhouAdapter implements CityAdapter {
  readonly member: Member;
  readonly capabilities = { batchLookup: true, incrementalChanges: false };
  private readonly http: PlatformHttpClient;
  private readonly retry: RetryPolicy;
  private readonly tracker: SnapshotChangeTracker;

  constructor(options: AdapterOptions) {
    this.member = options.member;
    this.http = new PlatformHttpClient({ ...options.http, city: options.member.slug, baseUrl: options.baseUrl });
    this.retry = { ...DEFAULT_RETRY_POLICY, ...options.http?.retry };
    this.tracker = new SnapshotChangeTracker(options.member.slug, (kind) => this.list(kind));
  }

  private get city(): string {
    return this.member.slug;
  }

  async list<K extends EntityKind>(kind: K): Promise<ListResult<RecordByKind[K]>> {
    let received = 0;
    const natives = await collectPages<NativeRecord, number>(this.city, 1, async (current = 1) => {
      const { list, total } = await this.readPage(`/openapi/${kind}/page`, { current, size: PAGE_SIZE });
      received += list.length;
      return { items: list, next: list.length > 0 && received < total ? current + 1 : undefined };
    });
    const quarantine = new Quarantine(this.city);
    return { records: this.admitAll(kind, natives, quarantine), quarantined: quarantine.records };
  }

  async lookup<K extends EntityKind>(kind: K, localIds: readonly string[]): Promise<LookupResult<RecordByKind[K]>> {
    const path = `/openapi/${kind}/batchGet`;
    const data = await this.call('POST', path, { body: { ids: [...new Set(localIds)] }, retryRateLimit: true, refusals: false });
    if (!isRecordList(data)) throw this.http.badResponse(`${path} answered without a record list`);
    const quarantine = new Quarantine(this.city);
    return orderedLookup(localIds, this.admitAll(kind, data, quarantine), quarantine.records);
  }

  changes(cursor: string | null) {
    return this.tracker.changes(cursor);
  }

  async createChallenge(input: NewChallenge): Promise<ChallengeRecord> {
    return this.strictChallenge(await this.write('/openapi/challenge/create', newChallengeBody(input)));
  }

  async submitApplication(challengeLocalId: string, input: NewApplication): Promise<ApplicationRecord> {
    return this.strictApplication(await this.write('/openapi/challenge/apply', newApplicationBody(challengeLocalId, input)));
  }

  async listApplications(challengeLocalId: string): Promise<ApplicationRecord[]> {
    const path = '/openapi/challenge/applications';
    const data = await this.call('GET', path, { query: { challengeId: challengeLocalId }, retryRateLimit: true, refusals: true });
    if (!isRecord(data) || !isRecordList(data.list)) throw this.http.badResponse(`${path} answered without data.list`);
    return data.list.map((native) => this.strictApplication(native));
  }

  async setApplicationStatus(applicationLocalId: string, status: ApplicationStatus): Promise<ApplicationRecord> {
    const body = { id: applicationLocalId, status: statusLabel.application(status) };
    return this.strictApplication(await this.write('/openapi/application/updateStatus', body));
  }

  async setChallengeStatus(challengeLocalId: string, status: ChallengeStatus): Promise<ChallengeRecord> {
    const body = { id: challengeLocalId, status: statusLabel.challenge(status) };
    return this.strictChallenge(await this.write('/openapi/challenge/updateStatus', body));
  }

  async probe(): Promise<void> {
    await this.readPage('/openapi/policy/page', { current: 1, size: 1 });
  }

  close(): Promise<void> {
    return this.http.close();
  }

  private async readPage(path: string, query: PlatformRequest['query']): Promise<{ list: NativeRecord[]; total: number }> {
    const data = await this.call('GET', path, { query, retryRateLimit: true, refusals: false });
    if (!isRecord(data) || !isRecordList(data.list) || typeof data.total !== 'number') throw this.http.badResponse(`${path} answered without data.list/total`);
    return { list: data.list, total: data.total };
  }

  private async write(path: string, body: NativeRecord): Promise<NativeRecord> {
    const data = await this.call('POST', path, { body, retryRateLimit: false, refusals: true });
    if (!isRecord(data)) throw this.http.badResponse(`${path} answered without a record`);
    return data;
  }

  /** One envelope call; returns `data` of a `code: 0` answer, throws a typed PlatformError otherwise. */
  private async call(method: 'GET' | 'POST', path: string, options: CallOptions): Promise<unknown> {
    for (let attempt = 0; ; attempt++) {
      const response = await this.http.request(method, path, {
        query: options.query,
        headers: options.body === undefined ? {} : { 'content-type': 'application/json' },
        body: options.body === undefined ? undefined : JSON.stringify(options.body),
      });
      const envelope = this.http.parseJson<unknown>(response);
      if (!isEnvelope(envelope)) throw this.http.badResponse(`${path} answered without the {code, msg, data} envelope`, response.url);
      if (envelope.code === SUCCESS) return envelope.data;
      if (envelope.code === RATE_LIMITED && options.retryRateLimit && attempt < this.retry.maxRetries) {
        await sleep(this.retryDelay(response.headers['retry-after'], attempt));
        continue;
      }
      throw this.envelopeError(envelope, response.url, options.refusals);
    }
  }

  /** undici's RetryAgent policy, applied to 42900: Retry-After when given, else exponential, both capped. */
  private retryDelay(retryAfter: string | string[] | undefined, attempt: number): number {
    const seconds = Number(Array.isArray(retryAfter) ? retryAfter[0] : retryAfter);
    const wanted = Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : this.retry.minTimeoutMs * 2 ** attempt;
    return Math.min(wanted, this.retry.maxTimeoutMs);
  }

  private envelopeError(envelope: Envelope, url: string, refusals: boolean): PlatformError {
    const details = { city: this.city, status: 200, url };
    const message = `code ${envelope.code}: ${envelope.msg}`;
    if (envelope.code === RATE_LIMITED) return new PlatformError('PLATFORM_RATE_LIMITED', `still rate limited (${message})`, details);
    const reason = REJECTION_REASONS[envelope.code];
    if (refusals && reason) return new PlatformError('PLATFORM_REJECTED', message, { ...details, reason });
    return new PlatformError('PLATFORM_BAD_RESPONSE', `answered ${message}`, details);
  }

  private admitAll<K extends EntityKind>(kind: K, natives: NativeRecord[], quarantine: Quarantine): RecordByKind[K][] {
    return natives.flatMap((native) => quarantine.admit(kind, localIdOf(native), () => toRecord(kind, this.city, native)) ?? []);
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

export const createAdapter: AdapterFactory = (options) => new YangzhouAdapter(options);
