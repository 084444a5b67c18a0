/**
 * The outbox in an embedded SQLite file, the default. One process owns the file (SQLite's WAL
 * needs one host, and the hub runs one city subgraph per file), so a claim found when the file is
 * opened was left by a process that stopped mid-attempt and is released at once.
 */
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { WriteOperation } from '../../schema/wire.js';
import { recordKeyOf, writeColumns, type NewWrite, type OutboxStore, type ScheduledWrite, type WriteChanges, type WriteRow } from './outbox-store.js';

const COLUMNS = writeColumns('INTEGER');
const SCHEMA = `
CREATE TABLE IF NOT EXISTS writes (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  ${COLUMNS.map((column) => column.join(' ')).join(',\n  ')},
  UNIQUE (organization_id, idempotency_key)
);
CREATE INDEX IF NOT EXISTS writes_pending ON writes (state, seq);
CREATE INDEX IF NOT EXISTS writes_changed ON writes (changed_at);
`;

/** The next feed position, computed in the statement that takes it (one writer: nothing can come between). */
const NEXT_CHANGE = '(SELECT COALESCE(MAX(changed_at), 0) + 1 FROM writes)';

export class SqliteOutboxStore implements OutboxStore {
  private readonly db: Database.Database;

  constructor(databasePath: string) {
    if (databasePath !== ':memory:') mkdirSync(dirname(databasePath), { recursive: true });
    this.db = new Database(databasePath);
    try {
      this.db.pragma('journal_mode = WAL');
      this.db.exec(SCHEMA);
      this.migrate();
      this.db.exec('UPDATE writes SET claimed_until = 0 WHERE claimed_until > 0');
    } catch (error) {
      this.db.close();
      throw error;
    }
  }

  async byKey(organizationId: string, idempotencyKey: string): Promise<WriteRow | undefined> {
    return this.db.prepare('SELECT * FROM writes WHERE organization_id = ? AND idempotency_key = ?').get(organizationId, idempotencyKey) as WriteRow | undefined;
  }

  async bySeq(seq: number): Promise<WriteRow | undefined> {
    return this.db.prepare('SELECT * FROM writes WHERE seq = ?').get(seq) as WriteRow | undefined;
  }

  async insert(write: NewWrite, recordKeyFor: (seq: number) => string): Promise<number | undefined> {
    const { lastInsertRowid, changes } = this.db
      .prepare(
        `INSERT INTO writes (organization_id, idempotency_key, request, request_hash, state, accepted_at, challenge, application, provisional_ids, next_attempt_at, changed_at)
         VALUES (@organization_id, @idempotency_key, @request, @request_hash, 'PENDING', @accepted_at, @challenge, @application, @provisional_ids, @next_attempt_at, ${NEXT_CHANGE})
         ON CONFLICT DO NOTHING`,
      )
      .run(write);
    if (changes === 0) return undefined;
    const seq = Number(lastInsertRowid);
    this.db.prepare('UPDATE writes SET record_key = ? WHERE seq = ?').run(recordKeyFor(seq), seq);
    return seq;
  }

  async pending(): Promise<ScheduledWrite[]> {
    return this.db.prepare(`SELECT seq, record_key, next_attempt_at, claimed_until FROM writes WHERE state = 'PENDING' ORDER BY seq`).all() as ScheduledWrite[];
  }

  async claim(seq: number, now: number, nextAttemptAt: number, claimedUntil: number): Promise<WriteRow | undefined> {
    return this.db
      .prepare(
        `UPDATE writes SET attempts = attempts + 1, next_attempt_at = ?, claimed_until = ?
         WHERE seq = ? AND state = 'PENDING' AND next_attempt_at <= ? AND claimed_until <= ? RETURNING *`,
      )
      .get(nextAttemptAt, claimedUntil, seq, now, now) as WriteRow | undefined;
  }

  async update(seq: number, changes: WriteChanges, feedChange = false): Promise<void> {
    const columns = Object.keys(changes);
    const assignments = [...columns.map((column) => `${column} = @${column}`), ...(feedChange ? [`changed_at = ${NEXT_CHANGE}`] : [])];
    this.db.prepare(`UPDATE writes SET ${assignments.join(', ')} WHERE seq = @seq`).run({ ...changes, seq });
  }

  async provisionalChallenge(id: string): Promise<string | undefined> {
    const row = this.db.prepare(`SELECT challenge FROM writes WHERE state = 'PENDING' AND json_extract(challenge, '$.id') = ?`).get(id) as { challenge: string } | undefined;
    return row?.challenge;
  }

  async pendingApplicationsFor(challengeId: string): Promise<string[]> {
    const rows = this.db
      .prepare(`SELECT application FROM writes WHERE state = 'PENDING' AND application IS NOT NULL AND json_extract(application, '$.challengeId') = ? AND json_extract(application, '$.id') LIKE '%:pending-%' ORDER BY seq`)
      .all(challengeId) as { application: string }[];
    return rows.map((row) => row.application);
  }

  async changedSince(position: number): Promise<WriteRow[]> {
    return this.db.prepare('SELECT * FROM writes WHERE changed_at > ? ORDER BY changed_at').all(position) as WriteRow[];
  }

  async close(): Promise<void> {
    this.db.close();
  }

  /** Brings an outbox file made by an earlier version up to this schema. */
  private migrate(): void {
    const present = new Set((this.db.prepare(`SELECT name FROM pragma_table_info('writes')`).all() as { name: string }[]).map((column) => column.name));
    for (const [name, definition] of COLUMNS) if (!present.has(name)) this.db.exec(`ALTER TABLE writes ADD COLUMN ${name} ${definition}`);
    const unkeyed = this.db.prepare(`SELECT seq, request FROM writes WHERE record_key IS NULL`).all() as Pick<WriteRow, 'seq' | 'request'>[];
    const setKey = this.db.prepare('UPDATE writes SET record_key = ? WHERE seq = ?');
    for (const { seq, request } of unkeyed) setKey.run(recordKeyOf(JSON.parse(request) as WriteOperation, seq), seq);
  }
}
