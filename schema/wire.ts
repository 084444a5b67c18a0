/**
 * The wire contract between the hub's processes: the gateway, the corridor subgraph and the city
 * subgraphs. Each runs on its own and may be deployed apart, so what one sends and another reads
 * (paths, headers, the change feed, routed writes, the subgraphs' names and their members' type
 * names) is defined here once, and no process imports another's code to learn it.
 */
import { fileURLToPath } from 'node:url';
import type { ChangeBatch } from '../adapters/kit/adapter.js';
import type { CircuitSnapshot } from '../adapters/kit/circuit.js';
import type { QuarantinedRecord } from '../adapters/kit/validate.js';
import type { ApplicationRecord, ApplicationStatus, ChallengeChanges, ChallengeRecord, EntityKind, NewApplication, NewChallenge } from './contract.js';
import type { ErrorCode, WriteFailureReason } from './errors.js';
import type { Member } from './registry.js';

// ── Where each process listens ──────────────────────────────────────────────────────────────

/** GraphQL, on every subgraph and on the gateway. */
export const GRAPHQL_PATH = '/graphql';
/** Liveness and readiness, the one path that needs no credentials at all. */
export const HEALTH_PATH = '/health';
/**
 * Prometheus metrics on every process; not signed (Prometheus cannot sign), guarded by the
 * operator's bearer token instead (subgraphs/metrics.ts).
 */
export const METRICS_PATH = '/metrics';
/** A city subgraph's change feed, which the corridor's read index syncs from (GET, `?cursor=`). */
export const CHANGE_FEED_PATH = '/internal/changes';
/** A city subgraph's routed writes: POST a WriteRequest; GET `?idempotencyKey=&fingerprint=` looks one up. */
export const WRITES_PATH = '/internal/writes';

/** The corridor subgraph's name in the supergraph; members use their slugs. */
export const CORRIDOR_SUBGRAPH = 'corridor';
export const CORRIDOR_DEFAULT_PORT = 4300;

/** The composed supergraph the gateway serves (written by `npm run compose`). */
export const SUPERGRAPH_PATH = fileURLToPath(new URL('./supergraph.graphql', import.meta.url));

/** The variable that tells the gateway and the corridor where a member's city subgraph is. */
export function citySubgraphUrlVariable(member: Pick<Member, 'slug'>): string {
  return `CITY_${member.slug.toUpperCase()}_SUBGRAPH_URL`;
}

/** `CITY_<SLUG>_SUBGRAPH_URL`, or the member's city subgraph on loopback: its base URL, without a path. */
export function citySubgraphUrl(member: Member, env: NodeJS.ProcessEnv = process.env): string {
  return env[citySubgraphUrlVariable(member)] ?? `http://127.0.0.1:${member.subgraphPort}`;
}

// ── Headers and extensions ──────────────────────────────────────────────────────────────────

/** The hub's HMAC signature over a request (subgraphs/signing.ts). */
export const SIGNATURE_HEADER = 'x-corridor-signature';
/** The caller's identity, covered by the signature (subgraphs/identity.ts). */
export const IDENTITY_HEADER = 'x-corridor-identity';
/**
 * The caller's language, as the gateway chose it from the caller's own `Accept-Language`
 * (subgraphs/language.ts) and passes it on: `zh` or `en`. Not signed: it changes labels, never
 * what a caller may see.
 */
export const LANGUAGE_HEADER = 'accept-language';
/** The response extension listing the stale copies an answer served, in subgraph answers and the gateway's. */
export const STALE_DATA_EXTENSION = 'staleData';

/** One member's entry in STALE_DATA_EXTENSION. */
export interface StaleDataEntry {
  city: string;
  /** Whole seconds since the oldest served copy was seen on the platform, rounded up: never 0 for a stale copy. */
  ageSeconds: number;
}

/** The body of an internal endpoint's refusal (4xx/5xx). */
export interface WireRefusal {
  error: { code: ErrorCode; message: string; field?: string };
}

// ── Member types ────────────────────────────────────────────────────────────────────────────

/** The contract interface each member type implements. */
export const INTERFACE_OF: Readonly<Record<EntityKind, string>> = {
  policy: 'Policy',
  carrier: 'Carrier',
  challenge: 'Challenge',
  financeProduct: 'FinanceProduct',
  talentService: 'TalentService',
  achievement: 'Achievement',
  cooperation: 'Cooperation',
  technologyManager: 'TechnologyManager',
  consortium: 'Consortium',
};

/** `NanjingPolicy`, `PutuoCarrier` …: the member's GraphQL type for a kind, in every subgraph that names it. */
export function memberTypeName(member: Pick<Member, 'typePrefix'>, kind: EntityKind): string {
  return `${member.typePrefix}${INTERFACE_OF[kind]}`;
}

// ── The change feed (city subgraph → corridor) ──────────────────────────────────────────────

// The adapter kit's shapes that travel in the feed, named here so the corridor needs no adapter code.
export type { CircuitSnapshot, QuarantinedRecord };

/** A member's change feed: its platform's changes plus what its outbox changed, and its platform's circuit. */
export interface CityChangeFeed extends ChangeBatch {
  applications: ApplicationView[];
  applicationDeletions: string[];
  circuit: CircuitSnapshot;
}

/** The change feed's answer when the platform failed (HTTP 502): our words, and the circuit as the failure left it. */
export interface CityChangeFeedRefusal {
  error: { code: 'CITY_UNAVAILABLE'; message: string };
  circuit: CircuitSnapshot;
}

// ── Routed writes (corridor → city subgraph) ────────────────────────────────────────────────

export type WriteState = 'PENDING' | 'DELIVERED' | 'FAILED';

/** An application as the hub shows it: the platform's record plus whether it has reached the platform. */
export type ApplicationView = ApplicationRecord & { delivery: WriteState };

export type WriteOperation =
  | { operation: 'publishChallenge'; challenge: NewChallenge }
  | { operation: 'applyToChallenge'; challenge: ChallengeRecord; application: NewApplication }
  | { operation: 'setApplicationStatus'; challenge: ChallengeRecord; application: ApplicationView; status: ApplicationStatus }
  | { operation: 'awardChallenge'; challenge: ChallengeRecord; application: ApplicationView }
  | { operation: 'startReview'; challenge: ChallengeRecord }
  | { operation: 'updateChallenge'; challenge: ChallengeRecord; changes: ChallengeChanges }
  | { operation: 'closeChallenge'; challenge: ChallengeRecord };

export interface WriteRequest {
  idempotencyKey: string;
  /** Digest of what the client asked (operation and input): a reused key with another request is refused. */
  fingerprint: string;
  write: WriteOperation;
}

/** Why the platform refused a write for good; the corridor turns it into the client's error code. */
export interface WriteFailure {
  /** The platform's refusal, or UNREADABLE: it took the write but its record cannot be read into the contract. */
  reason: WriteFailureReason;
  /** In our words, for the caller. */
  message: string;
}

export interface WriteReceipt {
  idempotencyKey: string;
  organizationId: string;
  city: string;
  operation: WriteOperation['operation'];
  state: WriteState;
  acceptedAt: string;
  deliveredAt: string | null;
  attempts: number;
  /** The last delivery problem in our words (never the platform's message); the failure's words once FAILED. */
  lastError: string | null;
  /** When the next delivery attempt is due while PENDING; null otherwise. */
  nextAttemptAt: string | null;
  failure: WriteFailure | null;
  /** True when the write was delivered but its platform no longer has the record it made or changed (lastError names it). */
  recordMissing: boolean;
}

export interface WriteOutcome {
  receipt: WriteReceipt;
  /** The challenge as it now stands (provisional while the write is pending). */
  challenge: ChallengeRecord | null;
  /** The application as it now stands (provisional while the write is pending). */
  application: ApplicationView | null;
  /**
   * The global ids of the provisional `pending-…` copies the write was shown under while pending
   * (empty for a write that changes an existing record). Once the write is delivered or failed,
   * whoever holds those copies drops them: the delivered record replaces them.
   */
  provisionalIds: string[];
}
