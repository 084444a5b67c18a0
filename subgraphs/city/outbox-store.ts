/**
 * Where a member's write outbox keeps its writes: an embedded SQLite file by default, or a
 * PostgreSQL database (`DATABASE_URL`) that several replicas of the member's city subgraph share.
 * The outbox (outbox.ts) holds every rule; a store only reads and changes rows, and offers the
 * two operations replicas need to agree on: stamping a change position that readers of the feed
 * see in order, and claiming a due write so that one replica alone delivers it.
 */
import type { Member } from '../../schema/registry.js';
import type { WriteOperation, WriteReceipt } from '../../schema/wire.js';

/** A write as stored: JSON documents kept as text, times as epoch milliseconds. */
export interface WriteRow {
  seq: number;
  organization_id: string;
  idempotency_key: string;
  request: string;
  request_hash: string;
  state: WriteReceipt['state'];
  accepted_at: string;
  delivered_at: string | null;
  attempts: number;
  last_error: string | null;
  failure: string | null;
  challenge: string | null;
  application: string | null;
  provisional_ids: string;
  /** The write's position in the member's change feed, strictly increasing. */
  changed_at: number;
  /** Writes with the same key reach the platform in the order accepted. */
  record_key: string | null;
  /** When the next attempt is due. */
  next_attempt_at: number;
  unreadable_answers: number;
  /** 1 when a delivered write's record was looked up again and the platform no longer had it. */
  record_missing: number;
  /** When that lookup last ran. */
  record_checked_at: number;
  /** Until when a replica's attempt holds the write; another replica may take it over afterwards. */
  claimed_until: number;
}

/**
 * Every column after `seq`, as both backends declare it; EPOCH is the type of epoch milliseconds
 * and feed positions (INTEGER on SQLite, BIGINT on PostgreSQL). Columns added since the first
 * outbox files carry a default, so an older file gains them when opened.
 */
const WRITE_COLUMNS: Readonly<Record<Exclude<keyof WriteRow, 'seq'>, string>> = {
  organization_id: 'TEXT NOT NULL',
  idempotency_key: 'TEXT NOT NULL',
  request: 'TEXT NOT NULL',
  request_hash: 'TEXT NOT NULL',
  state: 'TEXT NOT NULL',
  accepted_at: 'TEXT NOT NULL',
  delivered_at: 'TEXT',
  attempts: 'INTEGER NOT NULL DEFAULT 0',
  last_error: 'TEXT',
  failure: 'TEXT',
  challenge: 'TEXT',
  application: 'TEXT',
  provisional_ids: "TEXT NOT NULL DEFAULT '[]'",
  changed_at: 'EPOCH NOT NULL',
  record_key: 'TEXT',
  next_attempt_at: 'EPOCH NOT NULL DEFAULT 0',
  unreadable_answers: 'INTEGER NOT NULL DEFAULT 0',
  record_missing: 'INTEGER NOT NULL DEFAULT 0',
  record_checked_at: 'EPOCH NOT NULL DEFAULT 0',
  claimed_until: 'EPOCH NOT NULL DEFAULT 0',
};

/** The column definitions for a backend, `name TYPE …` each. */
export function writeColumns(epochType: 'INTEGER' | 'BIGINT'): [name: string, definition: string][] {
  return Object.entries(WRITE_COLUMNS).map(([name, definition]) => [name, definition.replace('EPOCH', epochType)]);
}

export type NewWrite = Pick<WriteRow, 'organization_id' | 'idempotency_key' | 'request' | 'request_hash' | 'accepted_at' | 'challenge' | 'application' | 'provisional_ids' | 'next_attempt_at'>;
/** What a write's delivery changes; `seq`, its key and request never change. */
export type WriteChanges = Partial<Pick<WriteRow, 'state' | 'delivered_at' | 'last_error' | 'failure' | 'challenge' | 'application' | 'unreadable_answers' | 'record_missing' | 'record_checked_at' | 'claimed_until'>>;
export type ScheduledWrite = Pick<WriteRow, 'seq' | 'record_key' | 'next_attempt_at' | 'claimed_until'>;

export interface OutboxStore {
  byKey(organizationId: string, idempotencyKey: string): Promise<WriteRow | undefined>;
  bySeq(seq: number): Promise<WriteRow | undefined>;
  /**
   * Records a PENDING write at the next change position, then gives it the record key
   * `recordKeyOf(seq)`; undefined when a concurrent request with the same key was recorded first.
   */
  insert(write: NewWrite, recordKeyOf: (seq: number) => string): Promise<number | undefined>;
  /** Every PENDING write, oldest first. */
  pending(): Promise<ScheduledWrite[]>;
  /**
   * Takes a due, unclaimed PENDING write for one attempt: counts the attempt, sets when the next
   * one is due and holds the write until `claimedUntil`. Undefined when the write is no longer
   * due, delivered or held by another attempt (another replica's), so no write goes out twice.
   */
  claim(seq: number, now: number, nextAttemptAt: number, claimedUntil: number): Promise<WriteRow | undefined>;
  /** Changes a write; `feedChange` also moves it to the next change position, so the feed tells readers. */
  update(seq: number, changes: WriteChanges, feedChange?: boolean): Promise<void>;
  /** The pending challenge with this global id, as JSON. */
  provisionalChallenge(id: string): Promise<string | undefined>;
  /** Applications to a challenge recorded but not yet on the platform, as JSON, oldest first. */
  pendingApplicationsFor(challengeId: string): Promise<string[]>;
  /** Writes changed after a feed position, in feed order. */
  changedSince(position: number): Promise<WriteRow[]>;
  close(): Promise<void>;
}

/**
 * The record a write is about: follow-ups of one challenge (applications, reviews, award, close)
 * share its id and go out in order; a new challenge is about nothing else yet.
 */
export function recordKeyOf(write: WriteOperation, seq: number): string {
  return write.operation === 'publishChallenge' ? `new-challenge:${seq}` : write.challenge.id;
}

export interface OutboxStoreLocation {
  member: Member;
  /** The SQLite file (created with its folder) or `:memory:`; used when no `databaseUrl` is given. */
  databasePath: string;
  /** `postgres://…`: the outbox lives in this database, shared by every replica of the member. */
  databaseUrl?: string | undefined;
}
