/**
 * The adapter seam: the one interface an ops engineer implements to bring a member's platform
 * into the corridor. Everything above it (the city subgraph, the conformance kit, the corridor
 * sync) is written against this interface only.
 *
 * Ids: adapters take and return the platform's own ids (`localId`) in arguments, and global ids
 * (`<slug>:<kind>:<localId>`) in records.
 */
import type {
  AnyRecord,
  ApplicationRecord,
  ApplicationStatus,
  ChallengeRecord,
  ChallengeStatus,
  ChallengeChanges,
  EntityKind,
  NewApplication,
  NewChallenge,
  RecordByKind,
} from '../../schema/contract.js';
import type { Member } from '../../schema/registry.js';
import type { CircuitSnapshot } from './circuit.js';
import type { PlatformHttpOptions } from './http.js';
import type { QuarantinedRecord } from './validate.js';

export interface AdapterOptions {
  member: Member;
  /** Where the platform's native API lives; the stand-in's URL in the sandbox. */
  baseUrl: string;
  /** Platform credentials (e.g. `clientId`, `clientSecret`), from the environment. */
  credentials?: Readonly<Record<string, string>>;
  /** Timeouts, pool size, retry policy and circuit breaker for the platform connection. */
  http?: Omit<PlatformHttpOptions, 'city' | 'baseUrl'>;
}

export interface ListResult<R> {
  /** Every valid record, each exactly once, in the platform's order. */
  records: R[];
  /** Records that did not fit the contract, with reasons. */
  quarantined: QuarantinedRecord[];
}

export interface LookupResult<R> {
  /** One entry per requested id, in the order asked; null where missing or quarantined. */
  records: (R | null)[];
  /** Requested ids the platform does not have. */
  missing: string[];
  quarantined: QuarantinedRecord[];
}

export interface ChangeBatch {
  /** Opaque; pass it to the next `changes` call. */
  cursor: string;
  /** True when the batch is a full snapshot: the consumer replaces all it holds for this member. */
  reset: boolean;
  upserts: AnyRecord[];
  deletions: { kind: EntityKind; id: string }[];
  quarantined: QuarantinedRecord[];
}

export interface AdapterCapabilities {
  /** Lookup of many ids is one platform call (per kind). */
  batchLookup: boolean;
}

export interface CityAdapter {
  readonly member: Member;
  readonly capabilities: AdapterCapabilities;

  /** Every record of a kind, following the platform's pagination to the end. */
  list<K extends EntityKind>(kind: K): Promise<ListResult<RecordByKind[K]>>;
  /** Records by platform id, order preserved, missing ids reported. */
  lookup<K extends EntityKind>(kind: K, localIds: readonly string[]): Promise<LookupResult<RecordByKind[K]>>;
  /** What changed since `cursor` (null: everything), deletions included. */
  changes(cursor: string | null): Promise<ChangeBatch>;

  /** 我要发榜: creates a challenge on the platform. */
  createChallenge(input: NewChallenge): Promise<ChallengeRecord>;
  /** 我要揭榜: submits an application to an open challenge. */
  submitApplication(challengeLocalId: string, input: NewApplication): Promise<ApplicationRecord>;
  listApplications(challengeLocalId: string): Promise<ApplicationRecord[]>;
  setApplicationStatus(applicationLocalId: string, status: ApplicationStatus): Promise<ApplicationRecord>;
  setChallengeStatus(challengeLocalId: string, status: ChallengeStatus): Promise<ChallengeRecord>;
  /** The publisher's edits of its challenge, or the managers it assigns: only the fields given change. */
  updateChallenge(challengeLocalId: string, changes: ChallengeChanges): Promise<ChallengeRecord>;

  /** A cheap call proving the platform answers; throws a PlatformError when it does not. */
  probe(): Promise<void>;
  /** The state of the breaker every call to the platform passes (PlatformHttpClient.circuit). */
  circuit(): CircuitSnapshot;
  /** Closes sockets and timers. */
  close(): Promise<void>;
}

/** What `adapters/<slug>/index.ts` exports as `createAdapter`. */
export type AdapterFactory = (options: AdapterOptions) => CityAdapter;
