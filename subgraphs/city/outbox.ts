/**
 * The member's write outbox. Every routed write is recorded here (in a database file) before the
 * platform is called, keyed by organisation and idempotency key: the same key returns the same
 * outcome and never writes twice. When the platform is unreachable the write stays PENDING, is
 * shown provisionally, and a delivery loop retries it in order until the platform takes it or
 * refuses it for good. Nothing here is lost when the process restarts.
 */
import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { CityAdapter } from '../../adapters/kit/adapter.js';
import { PlatformError } from '../../adapters/kit/errors.js';
import { globalId, parseGlobalId, type AnyRecord, type ChallengeRecord, type EntityKind } from '../../schema/contract.js';
import type { Member } from '../../schema/registry.js';
import { beijingDateTime } from '../../schema/scalars.js';
import type { Identity } from '../identity.js';
import type { ApplicationView, WriteFailure, WriteOperation, WriteOutcome, WriteReceipt, WriteRequest } from '../write-protocol.js';

export interface WriteOutboxOptions {
  member: Member;
  adapter: CityAdapter;
  /** The outbox file (created with its folder) or `:memory:`. */
  databasePath: string;
  /** How often pending writes are retried. */
  retryIntervalMs: number;
  /** Told the platform's records after each delivery, so readers see them before the next sync. */
  onDelivered?: (records: AnyRecord[]) => void;
  clock?: () => Date;
}

/** What the outbox adds to the member's change feed since a position. */
export interface OutboxChanges {
  position: number;
  upserts: AnyRecord[];
  deletions: { kind: EntityKind; id: string }[];
  applications: ApplicationView[];
  applicationDeletions: string[];
}

interface WriteRow {
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
  changed_at: number;
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS writes (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  organization_id TEXT NOT NULL,
  idempotency_key TEXT NOT NULL,
  request TEXT NOT NULL,
  request_hash TEXT NOT NULL,
  state TEXT NOT NULL,
  accepted_at TEXT NOT NULL,
  delivered_at TEXT,
  attempts INTEGER NOT NULL DEFAULT 0,
  last_error TEXT,
  failure TEXT,
  challenge TEXT,
  application TEXT,
  provisional_ids TEXT NOT NULL DEFAULT '[]',
  changed_at INTEGER NOT NULL,
  UNIQUE (organization_id, idempotency_key)
);
CREATE INDEX IF NOT EXISTS writes_pending ON writes (state, seq);
CREATE INDEX IF NOT EXISTS writes_changed ON writes (changed_at);
`;

/** A platform answer that means "try again later" rather than "no". */
function isTransient(error: unknown): boolean {
  return !(error instanceof PlatformError) || error.code !== 'PLATFORM_REJECTED';
}

function failureOf(error: PlatformError): WriteFailure {
  return { reason: error.reason ?? 'INVALID', message: error.message };
}

export class IdempotencyConflict extends Error {}

export class WriteOutbox {
  private readonly db: Database.Database;
  private readonly clock: () => Date;
  private timer: NodeJS.Timeout | undefined;
  private delivering: Promise<void> | undefined;

  constructor(private readonly options: WriteOutboxOptions) {
    if (!(options.retryIntervalMs > 0)) throw new TypeError(`retryIntervalMs must be positive, got ${options.retryIntervalMs}`);
    if (options.databasePath !== ':memory:') mkdirSync(dirname(options.databasePath), { recursive: true });
    this.db = new Database(options.databasePath);
    this.db.pragma('journal_mode = WAL');
    this.db.exec(SCHEMA);
    this.clock = options.clock ?? (() => new Date());
  }

  private get slug(): string {
    return this.options.member.slug;
  }

  /** Starts retrying pending writes every interval. */
  start(): void {
    const tick = () => {
      this.timer = setTimeout(() => void this.deliverPending().finally(() => this.timer && tick()), this.options.retryIntervalMs);
      this.timer.unref();
    };
    tick();
  }

  async close(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.delivering;
    this.db.close();
  }

  /**
   * The outcome recorded for an organisation's idempotency key, if any; throws IdempotencyConflict
   * when the key was used for a request with another fingerprint.
   */
  find(organizationId: string, idempotencyKey: string, fingerprint?: string): WriteOutcome | undefined {
    const row = this.db.prepare('SELECT * FROM writes WHERE organization_id = ? AND idempotency_key = ?').get(organizationId, idempotencyKey) as WriteRow | undefined;
    if (row && fingerprint !== undefined && row.request_hash !== fingerprint) {
      throw new IdempotencyConflict(`idempotency key "${idempotencyKey}" was already used for a different request`);
    }
    return row && this.outcome(row);
  }

  /**
   * Records a write and tries it on the platform once. Returns the recorded outcome when the key
   * was seen before; throws IdempotencyConflict when that key carried a different request.
   */
  async submit(identity: Identity, request: WriteRequest): Promise<WriteOutcome> {
    const requestJson = JSON.stringify(request.write);
    const hash = request.fingerprint;
    const existing = this.find(identity.organizationId, request.idempotencyKey, hash);
    if (existing) return existing;
    const now = this.clock();
    const provisional = this.provisional(request.write, now);
    const seq = this.db
      .prepare(
        `INSERT INTO writes (organization_id, idempotency_key, request, request_hash, state, accepted_at, challenge, application, provisional_ids, changed_at)
         VALUES (?, ?, ?, ?, 'PENDING', ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
      )
      .run(
        identity.organizationId,
        request.idempotencyKey,
        requestJson,
        hash,
        beijingDateTime(now),
        provisional.challenge && JSON.stringify(provisional.challenge),
        provisional.application && JSON.stringify(provisional.application),
        JSON.stringify(provisional.ids),
        this.nextChange(),
      ).lastInsertRowid;
    if (!seq) return this.submit(identity, request); // a concurrent request with the same key won the insert
    // Deliver now only when nothing older waits: writes reach the platform in the order accepted.
    const older = this.db.prepare(`SELECT COUNT(*) AS n FROM writes WHERE state = 'PENDING' AND seq < ?`).get(seq) as { n: number };
    if (older.n === 0) await this.attempt(Number(seq));
    return this.outcome(this.row(Number(seq)));
  }

  /** A pending challenge shown before its platform has it. */
  provisionalChallenge(id: string): ChallengeRecord | undefined {
    const row = this.db.prepare(`SELECT challenge FROM writes WHERE state = 'PENDING' AND json_extract(challenge, '$.id') = ?`).get(id) as { challenge: string } | undefined;
    return row && (JSON.parse(row.challenge) as ChallengeRecord);
  }

  /** Applications to a challenge accepted by the hub but not yet on the platform. */
  pendingApplicationsFor(challengeId: string): ApplicationView[] {
    return (
      this.db
        .prepare(`SELECT application FROM writes WHERE state = 'PENDING' AND application IS NOT NULL AND json_extract(application, '$.challengeId') = ? AND json_extract(application, '$.id') LIKE '%:pending-%' ORDER BY seq`)
        .all(challengeId) as { application: string }[]
    ).map((row) => JSON.parse(row.application) as ApplicationView);
  }

  /** Records and applications changed by writes after `position` (0: every write). */
  changesSince(position: number): OutboxChanges {
    const rows = this.db.prepare('SELECT * FROM writes WHERE changed_at > ? ORDER BY changed_at').all(position) as WriteRow[];
    const changes: OutboxChanges = { position, upserts: [], deletions: [], applications: [], applicationDeletions: [] };
    for (const row of rows) {
      changes.position = Math.max(changes.position, row.changed_at);
      const provisionalIds = JSON.parse(row.provisional_ids) as string[];
      const challenge = row.challenge ? (JSON.parse(row.challenge) as ChallengeRecord) : null;
      const application = row.application ? (JSON.parse(row.application) as ApplicationView) : null;
      if (row.state === 'PENDING' || row.state === 'DELIVERED') {
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

  /** Retries pending writes in the order they were accepted, stopping at the first that cannot go yet. */
  deliverPending(): Promise<void> {
    this.delivering ??= (async () => {
      try {
        const pending = this.db.prepare(`SELECT seq FROM writes WHERE state = 'PENDING' ORDER BY seq`).all() as { seq: number }[];
        for (const { seq } of pending) if (!(await this.attempt(seq))) return;
      } finally {
        this.delivering = undefined;
      }
    })();
    return this.delivering;
  }

  /** One delivery attempt; true when the write is settled (delivered or refused for good). */
  private async attempt(seq: number): Promise<boolean> {
    const row = this.row(seq);
    if (row.state !== 'PENDING') return true;
    const write = JSON.parse(row.request) as WriteOperation;
    try {
      const delivered = await this.deliver(write, row);
      this.db
        .prepare(`UPDATE writes SET state = 'DELIVERED', delivered_at = ?, attempts = attempts + 1, last_error = NULL, challenge = ?, application = ?, changed_at = ? WHERE seq = ?`)
        .run(
          beijingDateTime(this.clock()),
          delivered.challenge ? JSON.stringify(delivered.challenge) : row.challenge,
          delivered.application ? JSON.stringify({ ...delivered.application, delivery: 'DELIVERED' }) : row.application,
          this.nextChange(),
          seq,
        );
      if (delivered.challenge) this.options.onDelivered?.([delivered.challenge]);
      return true;
    } catch (error) {
      if (isTransient(error)) {
        const message = error instanceof Error ? error.message : String(error);
        this.db.prepare('UPDATE writes SET attempts = attempts + 1, last_error = ? WHERE seq = ?').run(message, seq);
        return false;
      }
      this.db
        .prepare(`UPDATE writes SET state = 'FAILED', attempts = attempts + 1, failure = ?, last_error = ?, changed_at = ? WHERE seq = ?`)
        .run(JSON.stringify(failureOf(error as PlatformError)), (error as Error).message, this.nextChange(), seq);
      return true;
    }
  }

  private async deliver(write: WriteOperation, row: WriteRow): Promise<{ challenge?: ChallengeRecord; application?: ApplicationView }> {
    const { adapter } = this.options;
    const localId = (id: string) => parseGlobalId(id)!.localId;
    switch (write.operation) {
      // The platform keeps the organisation's name only; the hub's record keeps its id too.
      case 'publishChallenge':
        return { challenge: { ...(await adapter.createChallenge(write.challenge)), publisherOrganizationId: row.organization_id } };
      case 'applyToChallenge': {
        const application = await adapter.submitApplication(localId(write.challenge.id), write.application);
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
          url: `${this.options.member.portalUrl}/challenges/${localId}`,
          status: 'OPEN',
          applicationCount: 0,
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
      case 'closeChallenge':
        return { challenge: { ...write.challenge, status: 'CLOSED' }, ids: [] };
    }
  }

  private row(seq: number): WriteRow {
    return this.db.prepare('SELECT * FROM writes WHERE seq = ?').get(seq) as WriteRow;
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
        failure: row.failure ? (JSON.parse(row.failure) as WriteFailure) : null,
      },
      challenge: row.challenge ? (JSON.parse(row.challenge) as ChallengeRecord) : null,
      application: row.application ? (JSON.parse(row.application) as ApplicationView) : null,
    };
  }

  /** The next feed position: strictly increasing across restarts. */
  private nextChange(): number {
    const { last } = this.db.prepare('SELECT COALESCE(MAX(changed_at), 0) AS last FROM writes').get() as { last: number };
    return last + 1;
  }
}
