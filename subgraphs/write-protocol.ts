/**
 * The internal write protocol between the corridor subgraph (which validates and routes) and a
 * member's city subgraph (which delivers to its platform, durably). Requests travel as signed
 * HTTP with the caller's signed identity; they are never part of the public schema.
 */
import type { ApplicationRecord, ApplicationStatus, ChallengeRecord, NewApplication, NewChallenge } from '../schema/contract.js';

export const WRITES_PATH = '/internal/writes';

export type WriteState = 'PENDING' | 'DELIVERED' | 'FAILED';

/** An application as the hub shows it: the platform's record plus whether it has reached the platform. */
export type ApplicationView = ApplicationRecord & { delivery: WriteState };

export type WriteOperation =
  | { operation: 'publishChallenge'; challenge: NewChallenge }
  | { operation: 'applyToChallenge'; challenge: ChallengeRecord; application: NewApplication }
  | { operation: 'setApplicationStatus'; challenge: ChallengeRecord; application: ApplicationView; status: ApplicationStatus }
  | { operation: 'awardChallenge'; challenge: ChallengeRecord; application: ApplicationView }
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
  reason: 'NOT_FOUND' | 'CHALLENGE_NOT_OPEN' | 'DUPLICATE_APPLICATION' | 'INVALID' | 'UNREADABLE';
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
}

/** Answer of the write endpoint when the same key was used for a different request. */
export const IDEMPOTENCY_KEY_REUSED = 'IDEMPOTENCY_KEY_REUSED';
