/**
 * What every adapter has alike, so a member's adapter holds only the transport that really
 * differs (authentication, paging, envelope, batch lookup): the member and its http client with
 * the breaker, snapshot diffs for platforms without a change feed, and reading native answers
 * through the member's dialect into validated contract records.
 */
import type { ApplicationRecord, ChallengeRecord, EntityKind, RecordByKind } from '../../schema/contract.js';
import type { Member } from '../../schema/registry.js';
import type { AdapterCapabilities, AdapterOptions, ChangeBatch, CityAdapter, ListResult, LookupResult } from './adapter.js';
import type { Dialect } from './dialect.js';
import { refusalError, type RefusalCodes } from './errors.js';
import { PlatformHttpClient, type PlatformMethod, type PlatformRequest, type PlatformResponse, type SendToPlatform } from './http.js';
import { orderedLookup } from './lookup.js';
import { SnapshotChangeTracker } from './snapshot-changes.js';
import { admitAll, answeredApplication, answeredRecord } from './validate.js';

export abstract class PlatformAdapter<N> implements Partial<CityAdapter> {
  readonly member: Member;
  abstract readonly capabilities: AdapterCapabilities;
  protected readonly city: string;
  protected readonly http: PlatformHttpClient;
  private tracker: SnapshotChangeTracker | undefined;

  constructor(
    options: AdapterOptions,
    protected readonly dialect: Dialect<N>,
  ) {
    this.member = options.member;
    this.city = options.member.slug;
    this.http = new PlatformHttpClient({ ...options.http, city: this.city, baseUrl: options.baseUrl });
  }

  abstract list<K extends EntityKind>(kind: K): Promise<ListResult<RecordByKind[K]>>;

  /** Snapshot diffs; a platform with a change feed overrides this. */
  changes(cursor: string | null): Promise<ChangeBatch> {
    this.tracker ??= new SnapshotChangeTracker(this.city, (kind) => this.list(kind));
    return this.tracker.changes(cursor);
  }

  circuit() {
    return this.http.circuit.snapshot();
  }

  close(): Promise<void> {
    return this.http.close();
  }

  /** Native records of a kind, mapped and validated: the records that fit and the quarantine of the rest. */
  protected admit<K extends EntityKind>(kind: K, natives: readonly N[]): ListResult<RecordByKind[K]> {
    return admitAll(this.member, kind, natives, this.dialect.reader);
  }

  /** A lookup's answer: the records in the order asked, missing ids reported. */
  protected lookedUp<K extends EntityKind>(kind: K, localIds: readonly string[], natives: readonly N[]): LookupResult<RecordByKind[K]> {
    const { records, quarantined } = this.admit(kind, natives);
    return orderedLookup(localIds, records, quarantined);
  }

  /** The challenge a write answered with. */
  protected challengeOf(native: N, answer?: string): ChallengeRecord {
    return answeredRecord(this.member, 'challenge', native, this.dialect.reader, answer);
  }

  /** The application a write or a listing answered with. */
  protected applicationOf(native: N, answer?: string): ApplicationRecord {
    return answeredApplication(this.city, native, this.dialect.reader, answer);
  }
}

/** How a JSON platform refuses a call on its merits: the statuses it uses, its codes, and where its body says why. */
export interface JsonRefusals {
  statuses: readonly number[];
  codes: RefusalCodes;
  /** The refusal's code and message in the body (the code may be the status itself). */
  read(body: unknown, status: number): { code: string | number | undefined; message: unknown };
}

export interface JsonCall {
  query?: PlatformRequest['query'];
  headers?: Record<string, string>;
  /** Sent as JSON. */
  body?: unknown;
}

/**
 * One JSON call whose refusals arrive as documented statuses: returns the parsed body of a
 * success; a refusal becomes PLATFORM_REJECTED with our reason (or PLATFORM_BAD_RESPONSE for an
 * undocumented code). `send` is the http client's by default; an authorising one may be given.
 */
export async function callJson(
  http: PlatformHttpClient,
  refusals: JsonRefusals,
  method: PlatformMethod,
  path: string,
  call: JsonCall = {},
  send: SendToPlatform = (...args) => http.request(...args),
): Promise<unknown> {
  const response: PlatformResponse = await send(method, path, {
    query: call.query,
    headers: { accept: 'application/json', ...(call.body !== undefined && { 'content-type': 'application/json' }), ...call.headers },
    body: call.body === undefined ? undefined : JSON.stringify(call.body),
    acceptStatuses: refusals.statuses,
  });
  const data = http.parseJson<unknown>(response);
  if (!refusals.statuses.includes(response.status)) return data;
  const { code, message } = refusals.read(data, response.status);
  const text = typeof message === 'string' ? message : `answered ${response.status}`;
  throw refusalError(refusals.codes, code, text, { city: http.city, status: response.status, url: response.url });
}

/** A field of a refusal body, when it is a string. */
export function stringAt(body: unknown, ...path: string[]): string | undefined {
  let node: unknown = body;
  for (const key of path) node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[key] : undefined;
  return typeof node === 'string' ? node : undefined;
}
