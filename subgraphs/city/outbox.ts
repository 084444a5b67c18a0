/**
 * The member's write outbox. Every routed write is recorded here (in a database file) before the
 * platform is called, keyed by organisation and idempotency key: the same key returns the same
 * outcome and never writes twice. A scheduler delivers what is pending: writes about different
 * records concurrently (a bounded number at once), writes about the same record in the order
 * accepted, each retried with exponential backoff and jitter until the platform takes it or it
 * fails for good (a refusal, or answers that cannot be read, a bounded number of times). Its
 * timer always re-arms, so nothing but `close()` stops delivery. Creates carry a write marker, so
 * a retry after a lost answer adopts what the platform made instead of making it twice. A
 * delivered write's record is looked up again when its receipt is read (at most every few
 * seconds), so a receipt says when the platform no longer has what it made. Nothing here is lost
 * when the process restarts. Writes live in an OutboxStore (outbox-store.ts): a SQLite file, or
 * PostgreSQL shared by replicas, which then deliver each write once between them.
 */
import { randomUUID } from 'node:crypto';
import type { CityAdapter } from '../../adapters/kit/adapter.js';
import { PlatformError } from '../../adapters/kit/errors.js';
import { UnreadableAnswer, type QuarantinedRecord } from '../../adapters/kit/validate.js';
import { findMarkedApplication, findMarkedChallenge, writeMarkerOf, type MarkedLookup } from '../../adapters/kit/write-marker.js';
import { globalId, parseGlobalId, type AnyRecord, type ChallengeRecord, type EntityKind } from '../../schema/contract.js';
import { recordUrl } from '../../schema/member-links.js';
import type { Member } from '../../schema/registry.js';
import { WRITE_FAILURE_REASONS } from '../../schema/errors.js';
import { beijingDateTime } from '../../schema/scalars.js';
import type { Identity } from '../identity.js';
import { log } from '../log.js';
import { metrics } from '../metrics.js';
import { detached, inSpan } from '../tracing.js';
import type { ApplicationView, WriteFailure, WriteOperation, WriteOutcome, WriteRequest } from '../../schema/wire.js';
import { recordKeyOf, type OutboxStore, type OutboxStoreLocation, type WriteRow } from './outbox-store.js';
import { PostgresOutboxStore } from './outbox-store-postgres.js';
import { SqliteOutboxStore } from './outbox-store-sqlite.js';
import { describePlatformFailure } from './platform-failure.js';

/** How the outbox delivers; every field has a default (DEFAULT_OUTBOX_DELIVERY). */
export interface OutboxDelivery {
  /** Wait before the first retry of a failed attempt; it doubles with every further attempt. */
  initialRetryMs: number;
  /** Longest wait between two attempts of one write. */
  maxRetryMs: number;
  /** Writes about different records delivered at once. */
  concurrency: number;
  /** How long accepting a write waits for its first delivery before answering PENDING. */
  acceptWaitMs: number;
  /** Answers that cannot be read a write may get before it is FAILED. */
  maxUnreadableAnswers: number;
}

/** Writes that make a new platform record, as opposed to changing one. */
const CREATES: ReadonlySet<WriteOperation['operation']> = new Set(['publishChallenge', 'applyToChallenge']);

export const DEFAULT_OUTBOX_DELIVERY: OutboxDelivery = { initialRetryMs: 1_000, maxRetryMs: 60_000, concurrency: 4, acceptWaitMs: 2_000, maxUnreadableAnswers: 3 };

export interface WriteOutboxOptions extends OutboxStoreLocation {
  member: Member;
  adapter: CityAdapter;
  delivery?: Partial<OutboxDelivery>;
  /** Told the platform's records after each delivery, so readers see them before the next sync. */
  onDelivered?: (records: AnyRecord[]) => void;
  clock?: () => Date;
  /** Draws the backoff jitter, in [0, 1). */
  random?: () => number;
}

/** What the outbox adds to the member's change feed since a position. */
export interface OutboxChanges {
  position: number;
  upserts: AnyRecord[];
  deletions: { kind: EntityKind; id: string }[];
  applications: ApplicationView[];
  applicationDeletions: string[];
}

/**
 * How long an attempt holds its write: far longer than a platform call with its retries takes, so
 * only a replica that stopped mid-attempt lets the hold run out (another replica then retries,
 * looking for the write's marker first).
 */
const ATTEMPT_HOLD_MS = 120_000;

/** A delivered write's record is looked up again on its platform at most this often… */
const RECORD_CHECK_INTERVAL_MS = 5_000;
/** …and reading the receipt waits this long for that lookup before answering with what the last one found. */
const RECORD_CHECK_WAIT_MS = 1_000;

/** The record a delivered write made or changed, as the platform knows it. */
type WrittenRecord = { kind: 'challenge'; localId: string } | { kind: 'application'; localId: string; challengeLocalId: string };

function writtenRecordOf(row: WriteRow): WrittenRecord | undefined {
  const localIdIn = (json: string | null) => (json ? parseGlobalId((JSON.parse(json) as { id: string }).id)?.localId : undefined);
  const challengeLocalId = localIdIn(row.challenge);
  const operation = (JSON.parse(row.request) as WriteOperation).operation;
  if (operation === 'publishChallenge' || operation === 'closeChallenge' || operation === 'startReview' || operation === 'updateChallenge') return challengeLocalId ? { kind: 'challenge', localId: challengeLocalId } : undefined;
  const localId = localIdIn(row.application);
  return localId && challengeLocalId ? { kind: 'application', localId, challengeLocalId } : undefined;
}

/** A marked create found on the platform whose record does not fit the contract. */
class QuarantinedOnPlatform extends Error {
  constructor(readonly quarantined: QuarantinedRecord) {
    super(`the platform holds the write as ${quarantined.localId ?? 'a record'}, quarantined: ${quarantined.reason}`);
  }
}

export class IdempotencyConflict extends Error {}

/** Opens the store a configuration names: PostgreSQL when given a URL, the SQLite file otherwise. */
function openOutboxStore(location: OutboxStoreLocation): Promise<OutboxStore> | OutboxStore {
  return location.databaseUrl ? PostgresOutboxStore.open(location.member.slug, location.databaseUrl) : new SqliteOutboxStore(location.databasePath);
}

export class WriteOutbox {
  private readonly clock: () => Date;
  private readonly random: () => number;
  private readonly delivery: OutboxDelivery;
  /** Attempts in flight, by the record key they hold. */
  private readonly inFlight = new Map<string, Promise<void>>();
  /** Callers waiting for a write's attempt to end, by seq. */
  private readonly waiters = new Map<number, Set<() => void>>();
  /** Lookups of delivered writes' records in flight, by seq. */
  private readonly recordChecks = new Map<number, Promise<void>>();
  /** The scheduling round running now; a round asked for meanwhile runs after it. */
  private round: Promise<void> | undefined;
  private roundAgain = false;
  private timer: NodeJS.Timeout | undefined;
  private started = false;
  private closed = false;

  /** Checks the delivery settings, then opens the store. */
  static async open(options: WriteOutboxOptions): Promise<WriteOutbox> {
    const delivery = { ...DEFAULT_OUTBOX_DELIVERY, ...options.delivery };
    for (const [name, value] of Object.entries(delivery)) {
      const least = name === 'acceptWaitMs' ? 0 : 1;
      if (!Number.isInteger(value) || value < least) throw new TypeError(`delivery.${name} must be an integer >= ${least}, got ${value}`);
    }
    if (delivery.maxRetryMs < delivery.initialRetryMs) throw new TypeError('delivery.maxRetryMs must not be below delivery.initialRetryMs');
    return new WriteOutbox(options, delivery, await openOutboxStore(options));
  }

  private constructor(
    private readonly options: WriteOutboxOptions,
    delivery: OutboxDelivery,
    private readonly store: OutboxStore,
  ) {
    this.delivery = delivery;
    this.clock = options.clock ?? (() => new Date());
    this.random = options.random ?? Math.random;
  }

  private get slug(): string {
    return this.options.member.slug;
  }

  /** Starts delivering what is pending, including writes kept before a restart. */
  start(): void {
    this.started = true;
    this.pump();
  }

  /** Stops the scheduler and waits for attempts in flight; safe to call twice. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    clearTimeout(this.timer);
    await Promise.all([this.round, ...this.inFlight.values(), ...this.recordChecks.values()]);
    for (const wake of [...this.waiters.values()].flatMap((set) => [...set])) wake();
    await this.store.close();
  }

  /**
   * The outcome recorded for an organisation's idempotency key, if any; throws IdempotencyConflict
   * when the key was used for a request with another fingerprint.
   */
  async find(organizationId: string, idempotencyKey: string, fingerprint?: string): Promise<WriteOutcome | undefined> {
    const row = await this.rowByKey(organizationId, idempotencyKey, fingerprint);
    return row && this.outcome(row);
  }

  /**
   * `find` for a receipt being read: a delivered write whose record was not looked up in the last
   * few seconds is looked up again first (waiting a moment at most), so the receipt says when the
   * platform no longer has the record. A platform that cannot be asked leaves the receipt as it was.
   */
  async findChecked(organizationId: string, idempotencyKey: string, fingerprint?: string): Promise<WriteOutcome | undefined> {
    const row = await this.rowByKey(organizationId, idempotencyKey, fingerprint);
    if (!row) return undefined;
    if (row.state === 'DELIVERED' && row.record_checked_at + RECORD_CHECK_INTERVAL_MS <= this.clock().getTime()) {
      await Promise.race([this.checkRecord(row), new Promise((resolve) => setTimeout(resolve, RECORD_CHECK_WAIT_MS).unref())]);
    }
    return this.outcome(await this.row(row.seq));
  }

  private async rowByKey(organizationId: string, idempotencyKey: string, fingerprint: string | undefined): Promise<WriteRow | undefined> {
    const row = await this.store.byKey(organizationId, idempotencyKey);
    if (row && fingerprint !== undefined && row.request_hash !== fingerprint) {
      throw new IdempotencyConflict(`idempotency key "${idempotencyKey}" was already used for a different request`);
    }
    return row;
  }

  /** Looks a delivered write's record up on the platform and records whether it is still there. */
  private checkRecord(row: WriteRow): Promise<void> {
    const running = this.recordChecks.get(row.seq);
    if (running || this.closed) return running ?? Promise.resolve();
    const record = writtenRecordOf(row);
    if (!record) return Promise.resolve();
    // Stamped before asking, so a platform that does not answer is not asked on every read.
    const check = this.store
      .update(row.seq, { record_checked_at: this.clock().getTime() })
      .then(() => this.platformHas(record))
      .then(async (present) => {
        if (this.closed) return;
        if (!present) {
          await this.store.update(row.seq, { record_missing: 1, last_error: `${this.slug} platform no longer has the record ${record.localId}` });
        } else if (row.record_missing) {
          await this.store.update(row.seq, { record_missing: 0, last_error: null });
        }
      })
      .catch((error: unknown) => log.warn({ city: this.slug, seq: row.seq, err: error }, "could not look a delivered write's record up again"))
      .finally(() => this.recordChecks.delete(row.seq));
    this.recordChecks.set(row.seq, check);
    return check;
  }

  private async platformHas(record: WrittenRecord): Promise<boolean> {
    const { adapter } = this.options;
    if (record.kind === 'challenge') return !(await adapter.lookup('challenge', [record.localId])).missing.includes(record.localId);
    try {
      return (await adapter.listApplications(record.challengeLocalId)).some((application) => parseGlobalId(application.id)?.localId === record.localId);
    } catch (error) {
      // The challenge went, and its applications with it.
      if (error instanceof PlatformError && error.code === 'PLATFORM_REJECTED' && error.reason === 'NOT_FOUND') return false;
      throw error;
    }
  }

  /**
   * Records a write and hands it to the scheduler, then waits a short bounded time
   * (`acceptWaitMs`) for its first attempt: the answer is DELIVERED when the platform was quick,
   * PENDING otherwise, and the write is kept either way. Returns the recorded outcome when the
   * key was seen before; throws IdempotencyConflict when that key carried a different request.
   */
  async submit(identity: Identity, request: WriteRequest): Promise<WriteOutcome> {
    const requestJson = JSON.stringify(request.write);
    const hash = request.fingerprint;
    const existing = await this.find(identity.organizationId, request.idempotencyKey, hash);
    if (existing) return existing;
    const now = this.clock();
    const provisional = this.provisional(request.write, now);
    const seq = await this.store.insert(
      {
        organization_id: identity.organizationId,
        idempotency_key: request.idempotencyKey,
        request: requestJson,
        request_hash: hash,
        accepted_at: beijingDateTime(now),
        challenge: provisional.challenge ? JSON.stringify(provisional.challenge) : null,
        application: provisional.application ? JSON.stringify(provisional.application) : null,
        provisional_ids: JSON.stringify(provisional.ids),
        next_attempt_at: now.getTime(),
      },
      (seq) => recordKeyOf(request.write, seq),
    );
    if (seq === undefined) return this.submit(identity, request); // a concurrent request with the same key won the insert
    const attemptEnded = this.attemptEnd(seq, this.delivery.acceptWaitMs);
    if (this.started) this.pump();
    await attemptEnded;
    return this.outcome(await this.row(seq));
  }

  /** How many writes wait for their platform, and when the oldest of them was accepted (null when none waits). */
  async pendingStats(): Promise<{ count: number; oldestAcceptedAt: Date | null }> {
    const pending = await this.store.pending();
    const oldest = pending[0] && (await this.store.bySeq(pending[0].seq));
    return { count: pending.length, oldestAcceptedAt: oldest ? new Date(oldest.accepted_at) : null };
  }

  /** A pending challenge shown before its platform has it. */
  async provisionalChallenge(id: string): Promise<ChallengeRecord | undefined> {
    const challenge = await this.store.provisionalChallenge(id);
    return challenge === undefined ? undefined : (JSON.parse(challenge) as ChallengeRecord);
  }

  /** Applications to a challenge accepted by the hub but not yet on the platform. */
  async pendingApplicationsFor(challengeId: string): Promise<ApplicationView[]> {
    return (await this.store.pendingApplicationsFor(challengeId)).map((application) => JSON.parse(application) as ApplicationView);
  }

  /** Records and applications changed by writes after `position` (0: every write). */
  async changesSince(position: number): Promise<OutboxChanges> {
    const rows = await this.store.changedSince(position);
    const changes: OutboxChanges = { position, upserts: [], deletions: [], applications: [], applicationDeletions: [] };
    for (const row of rows) {
      changes.position = Math.max(changes.position, row.changed_at);
      const provisionalIds = JSON.parse(row.provisional_ids) as string[];
      const challenge = row.challenge ? (JSON.parse(row.challenge) as ChallengeRecord) : null;
      const application = row.application ? (JSON.parse(row.application) as ApplicationView) : null;
      // A record its platform no longer has is not shown again from here; the platform's own feed tells the corridor it went.
      if (row.state === 'PENDING' || (row.state === 'DELIVERED' && !row.record_missing)) {
        if (challenge) changes.upserts.push(challenge);
        if (application) changes.applications.push(application);
      }
      if (row.state !== 'PENDING') {
        for (const id of provisionalIds) {
          const kind = parseGlobalId(id)?.kind;
          if (kind === 'application') changes.applicationDeletions.push(id);
          else if (kind) changes.deletions.push({ kind, id });
        }
      }
    }
    return changes;
  }

  /**
   * Asks for a scheduling round: one runs at a time, and one asked for while another runs follows
   * it, so every accepted write and every ended attempt is seen by a round.
   */
  private pump(): void {
    if (this.closed) return;
    if (this.round) {
      this.roundAgain = true;
      return;
    }
    this.round = this.scheduleRound().finally(() => {
      this.round = undefined;
      if (this.roundAgain) {
        this.roundAgain = false;
        this.pump();
      }
    });
  }

  /**
   * One scheduling round: starts every due write whose record has no earlier write pending or in
   * flight (here or on another replica), up to `concurrency`, and arms the timer for the next due
   * write. A write another replica holds is looked at again after `initialRetryMs`, so follow-ups
   * of its record are not kept waiting long. A failing round is logged and re-armed, and a sweep
   * every `maxRetryMs` runs even when nothing seems due, so delivery cannot stall.
   */
  private async scheduleRound(): Promise<void> {
    clearTimeout(this.timer);
    const now = this.clock().getTime();
    let wakeAt = now + this.delivery.maxRetryMs;
    try {
      const heldKeys = new Set(this.inFlight.keys());
      for (const { seq, record_key: key, next_attempt_at: dueAt, claimed_until: heldUntil } of await this.store.pending()) {
        if (key === null || heldKeys.has(key)) continue;
        heldKeys.add(key); // later writes about this record wait for this one
        if (heldUntil > now) {
          wakeAt = Math.min(wakeAt, heldUntil, now + this.delivery.initialRetryMs);
          continue;
        }
        if (dueAt > now) {
          wakeAt = Math.min(wakeAt, dueAt);
          continue;
        }
        if (this.inFlight.size >= this.delivery.concurrency) break; // the next attempt to end runs another round
        this.launch(seq, key);
      }
    } catch (error) {
      log.error({ city: this.slug, err: error }, 'outbox scheduling round failed; retrying');
      wakeAt = now + this.delivery.initialRetryMs;
    }
    if (this.closed) return;
    // A round the timer starts belongs to no request, even when a request's write armed it.
    this.timer = detached(() => setTimeout(() => this.pump(), Math.max(0, wakeAt - now)));
    this.timer.unref();
  }

  /**
   * Starts one attempt in a span of its own: within the trace of the request that accepted the
   * write when that request's round starts it, a trace of its own when a later round does.
   */
  private launch(seq: number, key: string): void {
    const run = inSpan('outbox delivery', { attributes: { 'hub.city': this.slug, 'hub.outbox.seq': seq } }, () => this.attempt(seq))
      .catch((error: unknown) => log.error({ city: this.slug, seq, err: error }, 'outbox delivery attempt failed unexpectedly'))
      .finally(() =>
        detached(() => {
          this.inFlight.delete(key);
          for (const wake of this.waiters.get(seq) ?? []) wake();
          this.pump();
        }),
      );
    this.inFlight.set(key, run);
  }

  /** Resolves when the write's next attempt ends, or after `waitMs`, whichever comes first. */
  private attemptEnd(seq: number, waitMs: number): Promise<void> {
    return new Promise((resolve) => {
      const waiting = this.waiters.get(seq) ?? new Set<() => void>();
      this.waiters.set(seq, waiting);
      const wake = () => {
        clearTimeout(timeout);
        waiting.delete(wake);
        if (waiting.size === 0) this.waiters.delete(seq);
        resolve();
      };
      const timeout = setTimeout(wake, waitMs);
      waiting.add(wake);
    });
  }

  /** The wait before attempt `attempts + 1`: doubling from `initialRetryMs` up to `maxRetryMs`, the upper half jittered. */
  private backoffMs(attempts: number): number {
    const { initialRetryMs, maxRetryMs } = this.delivery;
    const ceiling = Math.min(maxRetryMs, initialRetryMs * 2 ** Math.min(attempts - 1, 30));
    return Math.round(ceiling / 2 + (this.random() * ceiling) / 2);
  }

  /**
   * One delivery attempt. The write is claimed first (counted as tried, its next attempt
   * scheduled, held for this attempt), so a crash mid-call leaves it due later and marked as tried
   * (its retry then looks for the write's marker first), and no other replica attempts it
   * meanwhile. A write another replica claimed first is left to that replica.
   */
  private async attempt(seq: number): Promise<void> {
    const now = this.clock().getTime();
    const tried = await this.store.bySeq(seq);
    if (tried?.state !== 'PENDING') return;
    const row = await this.store.claim(seq, now, now + this.backoffMs(tried.attempts + 1), now + ATTEMPT_HOLD_MS);
    if (!row) return;
    const write = JSON.parse(row.request) as WriteOperation;
    try {
      const delivered = await this.deliver(write, row, row.attempts > 1);
      await this.store.update(
        seq,
        {
          state: 'DELIVERED',
          delivered_at: beijingDateTime(this.clock()),
          last_error: null,
          challenge: delivered.challenge ? JSON.stringify(delivered.challenge) : row.challenge,
          application: delivered.application ? JSON.stringify({ ...delivered.application, delivery: 'DELIVERED' }) : row.application,
          claimed_until: 0,
        },
        true,
      );
      metrics.outboxDeliveries.inc({ city: this.slug, outcome: 'delivered' });
      if (delivered.challenge) this.options.onDelivered?.([delivered.challenge]);
    } catch (error) {
      const failure = this.finalFailure(error, row, write);
      metrics.outboxDeliveries.inc({ city: this.slug, outcome: failure ? 'failed' : 'retry' });
      if (failure) {
        log.warn({ city: this.slug, seq, err: error }, 'write failed for good');
        await this.store.update(seq, { state: 'FAILED', failure: JSON.stringify(failure), last_error: `${this.slug}: ${failure.message}`, claimed_until: 0 }, true);
      } else {
        const unreadable = error instanceof UnreadableAnswer ? 1 : 0;
        const words = `${this.slug} ${describePlatformFailure(this.slug, error)}`;
        await this.store.update(seq, { last_error: words, unreadable_answers: row.unreadable_answers + unreadable, claimed_until: 0 });
      }
    }
  }

  /** The failure that ends a write, or undefined when it is worth another attempt. */
  private finalFailure(error: unknown, row: WriteRow, write: WriteOperation): WriteFailure | undefined {
    if (error instanceof PlatformError && error.code === 'PLATFORM_REJECTED') {
      const reason = error.reason ?? 'INVALID';
      return { reason, message: WRITE_FAILURE_REASONS[reason].meaning };
    }
    if (error instanceof QuarantinedOnPlatform) {
      const { localId, reason } = error.quarantined;
      const field = reason.split(':')[0]!.trim();
      return { reason: 'UNREADABLE', message: `the platform made it (${localId ?? 'id unreadable'}) but its record does not fit the contract (${field}); it is quarantined` };
    }
    // The platform answered the create, so it made the record: sending it again would make another.
    if (error instanceof UnreadableAnswer && CREATES.has(write.operation)) {
      return { reason: 'UNREADABLE', message: `the platform took it but its answer does not fit the contract (${error.field}); it is not sent again` };
    }
    if (error instanceof UnreadableAnswer && row.unreadable_answers + 1 >= this.delivery.maxUnreadableAnswers) {
      return { reason: 'UNREADABLE', message: `the platform's answers to it do not fit the contract (${error.field}), ${row.unreadable_answers + 1} times` };
    }
    return undefined;
  }

  /**
   * Sends a write to the platform. A create that was tried before first looks for its marker:
   * the earlier attempt may have reached the platform and lost only its answer.
   */
  private async deliver(write: WriteOperation, row: WriteRow, triedBefore: boolean): Promise<{ challenge?: ChallengeRecord; application?: ApplicationView }> {
    const { adapter } = this.options;
    const localId = (id: string) => parseGlobalId(id)!.localId;
    const marker = writeMarkerOf(row.organization_id, row.idempotency_key);
    const adopted = <R>(found: MarkedLookup<R>): R | undefined => {
      if (found && 'quarantined' in found) throw new QuarantinedOnPlatform(found.quarantined);
      return found?.record;
    };
    switch (write.operation) {
      // The platform keeps the organisation's name only; the hub's record keeps its id too.
      case 'publishChallenge': {
        const earlier = triedBefore ? adopted(await findMarkedChallenge(adapter, marker)) : undefined;
        const challenge = earlier ?? (await adapter.createChallenge({ ...write.challenge, writeMarker: marker }));
        return { challenge: { ...challenge, publisherOrganizationId: row.organization_id } };
      }
      case 'applyToChallenge': {
        const challengeLocalId = localId(write.challenge.id);
        const earlier = triedBefore ? adopted(await findMarkedApplication(adapter, challengeLocalId, marker)) : undefined;
        const application = earlier ?? (await adapter.submitApplication(challengeLocalId, { ...write.application, writeMarker: marker }));
        const challenge = row.challenge ? { ...(JSON.parse(row.challenge) as ChallengeRecord) } : undefined;
        return { application: { ...application, applicantOrganizationId: row.organization_id, delivery: 'DELIVERED' }, ...(challenge && { challenge }) };
      }
      case 'setApplicationStatus': {
        const application = await adapter.setApplicationStatus(localId(write.application.id), write.status);
        return { application: { ...application, delivery: 'DELIVERED' } };
      }
      case 'awardChallenge': {
        const application = await adapter.setApplicationStatus(localId(write.application.id), 'AWARDED');
        const challenge = await adapter.setChallengeStatus(localId(write.challenge.id), 'AWARDED');
        return { challenge, application: { ...application, delivery: 'DELIVERED' } };
      }
      case 'startReview':
        return { challenge: await adapter.setChallengeStatus(localId(write.challenge.id), 'UNDER_REVIEW') };
      case 'updateChallenge':
        return { challenge: await adapter.updateChallenge(localId(write.challenge.id), write.changes) };
      case 'closeChallenge':
        return { challenge: await adapter.setChallengeStatus(localId(write.challenge.id), 'CLOSED') };
    }
  }

  /** What the hub shows for a write until its platform confirms it. */
  private provisional(write: WriteOperation, now: Date): { challenge?: ChallengeRecord; application?: ApplicationView; ids: string[] } {
    const stamp = beijingDateTime(now);
    switch (write.operation) {
      case 'publishChallenge': {
        const localId = `pending-${randomUUID()}`;
        const challenge: ChallengeRecord = {
          ...write.challenge,
          id: globalId(this.slug, 'challenge', localId),
          city: this.slug,
          url: recordUrl(this.options.member, 'challenge', localId),
          status: 'OPEN',
          applicationCount: 0,
          consortiumCode: null,
          technologyManagerIds: [],
          publishedOn: stamp.slice(0, 10),
          sourceUpdatedAt: stamp,
        };
        return { challenge, ids: [challenge.id] };
      }
      case 'applyToChallenge': {
        const application: ApplicationView = {
          ...write.application,
          id: globalId(this.slug, 'application', `pending-${randomUUID()}`),
          status: 'SUBMITTED',
          submittedAt: stamp,
          delivery: 'PENDING',
        };
        const challenge = { ...write.challenge, applicationCount: write.challenge.applicationCount + 1 };
        return { application, challenge, ids: [application.id] };
      }
      case 'setApplicationStatus':
        return { application: { ...write.application, status: write.status, delivery: 'PENDING' }, ids: [] };
      case 'awardChallenge':
        return { challenge: { ...write.challenge, status: 'AWARDED' }, application: { ...write.application, status: 'AWARDED', delivery: 'PENDING' }, ids: [] };
      case 'startReview':
        return { challenge: { ...write.challenge, status: 'UNDER_REVIEW' }, ids: [] };
      case 'updateChallenge':
        return { challenge: { ...write.challenge, ...write.changes }, ids: [] };
      case 'closeChallenge':
        return { challenge: { ...write.challenge, status: 'CLOSED' }, ids: [] };
    }
  }

  private async row(seq: number): Promise<WriteRow> {
    const row = await this.store.bySeq(seq);
    if (!row) throw new Error(`${this.slug} outbox has no write ${seq}`);
    return row;
  }

  private outcome(row: WriteRow): WriteOutcome {
    const write = JSON.parse(row.request) as WriteOperation;
    return {
      receipt: {
        idempotencyKey: row.idempotency_key,
        organizationId: row.organization_id,
        city: this.slug,
        operation: write.operation,
        state: row.state,
        acceptedAt: row.accepted_at,
        deliveredAt: row.delivered_at,
        attempts: row.attempts,
        lastError: row.last_error,
        nextAttemptAt: row.state === 'PENDING' && row.attempts > 0 ? beijingDateTime(new Date(row.next_attempt_at)) : null,
        failure: row.failure ? (JSON.parse(row.failure) as WriteFailure) : null,
        recordMissing: row.record_missing === 1,
      },
      challenge: row.challenge ? (JSON.parse(row.challenge) as ChallengeRecord) : null,
      application: row.application ? (JSON.parse(row.application) as ApplicationView) : null,
      provisionalIds: JSON.parse(row.provisional_ids) as string[],
    };
  }
}
