/**
 * Yangzhou (扬州市) adapter: the `{ code, msg, data }` envelope, where every failure — even
 * "internal error" and "rate limited" — is HTTP 200 with `code ≠ 0`. The http kit's retry only
 * sees HTTP statuses (it decides before the body is read), so this adapter reads the envelope
 * itself: 42900 is retried here (bounded, honouring Retry-After, reads only), other codes become
 * typed PlatformErrors.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { ApplicationRecord, ApplicationStatus, ChallengeChanges, ChallengeRecord, ChallengeStatus, EntityKind, NewApplication, NewChallenge, RecordByKind } from '../../schema/contract.js';
import type { AdapterFactory, AdapterOptions, CityAdapter, ListResult, LookupResult } from '../../adapters/kit/adapter.js';
import { PlatformError, refusalCodes, refusalError } from '../../adapters/kit/errors.js';
import { DEFAULT_RETRY_POLICY, type PlatformRequest, type RetryPolicy } from '../../adapters/kit/http.js';
import { collectPages } from '../../adapters/kit/paginate.js';
import { isNativeRecord, isNativeRecordList, type NativeRecord } from '../../adapters/kit/parse.js';
import { PlatformAdapter } from '../../adapters/kit/platform-adapter.js';
import { markedApplication, markedChallenge } from '../../adapters/kit/write-marker.js';
import { DIALECT } from './dialect.js';

/** The platform's own maximum `size`. */
const PAGE_SIZE = 100;

const SUCCESS = 0;
const RATE_LIMITED = 42900;
/** Codes with which Yangzhou refuses a write (or a follow-up read) on its merits. */
const REJECTION_REASONS = refusalCodes({
  40001: 'INVALID',
  40401: 'NOT_FOUND',
  40901: 'DUPLICATE_APPLICATION',
  40902: 'CHALLENGE_NOT_OPEN',
  42201: 'INVALID',
});

interface Envelope {
  code: number;
  msg: string;
  data: unknown;
}

interface CallOptions {
  query?: PlatformRequest['query'];
  body?: unknown;
  /** A read may be repeated, after 42900 or an HTTP failure; a write never is (the outbox redelivers it). */
  idempotent: boolean;
  /** Whether a 4xxxx code is the platform refusing our request on its merits (PLATFORM_REJECTED). */
  refusals: boolean;
}

function isEnvelope(value: unknown): value is Envelope {
  return isNativeRecord(value) && typeof value.code === 'number' && 'data' in value;
}

class YangzhouAdapter extends PlatformAdapter<NativeRecord> implements CityAdapter {
  readonly capabilities = { batchLookup: true };
  private readonly retry: RetryPolicy;

  constructor(options: AdapterOptions) {
    super(options, DIALECT);
    this.retry = { ...DEFAULT_RETRY_POLICY, ...options.http?.retry };
  }

  async list<K extends EntityKind>(kind: K): Promise<ListResult<RecordByKind[K]>> {
    let received = 0;
    const natives = await collectPages<NativeRecord, number>(this.city, 1, async (current = 1) => {
      const { list, total } = await this.readPage(`/openapi/${kind}/page`, { current, size: PAGE_SIZE });
      received += list.length;
      return { items: list, next: list.length > 0 && received < total ? current + 1 : undefined };
    });
    return this.admit(kind, natives);
  }

  async lookup<K extends EntityKind>(kind: K, localIds: readonly string[]): Promise<LookupResult<RecordByKind[K]>> {
    const path = `/openapi/${kind}/batchGet`;
    const data = await this.call('POST', path, { body: { ids: [...new Set(localIds)] }, idempotent: true, refusals: false });
    if (!isNativeRecordList(data)) throw this.http.badResponse(`${path} answered without a record list`);
    return this.lookedUp(kind, localIds, data);
  }

  async createChallenge(input: NewChallenge): Promise<ChallengeRecord> {
    const native = await this.write('/openapi/challenge/create', DIALECT.newChallenge(markedChallenge(input)));
    return this.challengeOf(native);
  }

  async submitApplication(challengeLocalId: string, input: NewApplication): Promise<ApplicationRecord> {
    const native = await this.write('/openapi/challenge/apply', DIALECT.newApplication(markedApplication(input), challengeLocalId));
    return this.applicationOf(native);
  }

  async listApplications(challengeLocalId: string): Promise<ApplicationRecord[]> {
    const path = '/openapi/challenge/applications';
    const data = await this.call('GET', path, { query: { challengeId: challengeLocalId }, idempotent: true, refusals: true });
    if (!isNativeRecord(data) || !isNativeRecordList(data.list)) throw this.http.badResponse(`${path} answered without data.list`);
    return data.list.map((native) => this.applicationOf(native));
  }

  async setApplicationStatus(applicationLocalId: string, status: ApplicationStatus): Promise<ApplicationRecord> {
    const body = { id: applicationLocalId, ...DIALECT.status('application', status) };
    const native = await this.write('/openapi/application/updateStatus', body);
    return this.applicationOf(native);
  }

  async setChallengeStatus(challengeLocalId: string, status: ChallengeStatus): Promise<ChallengeRecord> {
    return this.challengeOf(await this.write('/openapi/challenge/updateStatus', { id: challengeLocalId, ...DIALECT.status('challenge', status) }));
  }

  async updateChallenge(challengeLocalId: string, changes: ChallengeChanges): Promise<ChallengeRecord> {
    return this.challengeOf(await this.write('/openapi/challenge/update', { id: challengeLocalId, ...DIALECT.challengeChanges(changes) }));
  }

  async probe(): Promise<void> {
    await this.readPage('/openapi/policy/page', { current: 1, size: 1 });
  }

  private async readPage(path: string, query: PlatformRequest['query']): Promise<{ list: NativeRecord[]; total: number }> {
    const data = await this.call('GET', path, { query, idempotent: true, refusals: false });
    if (!isNativeRecord(data) || !isNativeRecordList(data.list) || typeof data.total !== 'number') throw this.http.badResponse(`${path} answered without data.list/total`);
    return { list: data.list, total: data.total };
  }

  private async write(path: string, body: NativeRecord): Promise<NativeRecord> {
    const data = await this.call('POST', path, { body, idempotent: false, refusals: true });
    if (!isNativeRecord(data)) throw this.http.badResponse(`${path} answered without a record`);
    return data;
  }

  /**
   * One envelope call; returns `data` of a `code: 0` answer, throws a typed PlatformError
   * otherwise. The envelope is read under the breaker, retries and all, so an in-band failure
   * counts towards opening the circuit like an HTTP one.
   */
  private call(method: 'GET' | 'POST', path: string, options: CallOptions): Promise<unknown> {
    return this.http.exchange(async (send) => {
      for (let attempt = 0; ; attempt++) {
        const response = await send(method, path, {
          query: options.query,
          headers: options.body === undefined ? {} : { 'content-type': 'application/json' },
          body: options.body === undefined ? undefined : JSON.stringify(options.body),
          idempotent: options.idempotent,
        });
        const envelope = this.http.parseJson<unknown>(response);
        if (!isEnvelope(envelope)) throw this.http.badResponse(`${path} answered without the {code, msg, data} envelope`, response.url);
        if (envelope.code === SUCCESS) return envelope.data;
        if (envelope.code === RATE_LIMITED && options.idempotent && attempt < this.retry.maxRetries) {
          await sleep(this.retryDelay(response.headers['retry-after'], attempt));
          continue;
        }
        throw this.envelopeError(envelope, response.url, options.refusals);
      }
    });
  }

  /** undici's RetryAgent policy, applied to 42900: Retry-After when given, else exponential, both capped. */
  private retryDelay(retryAfter: string | string[] | undefined, attempt: number): number {
    const seconds = Number(Array.isArray(retryAfter) ? retryAfter[0] : retryAfter);
    const wanted = Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : this.retry.minTimeoutMs * 2 ** attempt;
    return Math.min(wanted, this.retry.maxTimeoutMs);
  }

  private envelopeError(envelope: Envelope, url: string, refusals: boolean): PlatformError {
    const details = { city: this.city, status: 200, url };
    if (envelope.code === RATE_LIMITED) return new PlatformError('PLATFORM_RATE_LIMITED', `still rate limited (code ${envelope.code}: ${envelope.msg})`, details);
    if (!refusals) return new PlatformError('PLATFORM_BAD_RESPONSE', `answered code ${envelope.code}: ${envelope.msg}`, details);
    return refusalError(REJECTION_REASONS, envelope.code, envelope.msg, details);
  }
}

export const createAdapter: AdapterFactory = (options) => new YangzhouAdapter(options);
