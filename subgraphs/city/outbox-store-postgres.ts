/**
 * The outbox on PostgreSQL (`DATABASE_URL`): one table for every member, a `member` column
 * keeping them apart, shared by every replica of a member's city subgraph. Two things make
 * replicas safe together. A due write is claimed by a conditional UPDATE of a row locked with
 * `FOR UPDATE SKIP LOCKED`, so one replica alone attempts it. Feed positions are stamped under a
 * per-member transaction advisory lock held until commit, so positions commit in the order they
 * are taken and a reader of the feed can never see position N+1 before N (a sequence would allow
 * that, and the corridor would skip N for good).
 */
import pg from 'pg';
import { writeColumns, type NewWrite, type OutboxStore, type ScheduledWrite, type WriteChanges, type WriteRow } from './outbox-store.js';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS city_outbox_writes (
  seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  member TEXT NOT NULL,
  ${writeColumns('BIGINT').map((column) => column.join(' ')).join(',\n  ')},
  UNIQUE (member, organization_id, idempotency_key)
);
CREATE INDEX IF NOT EXISTS city_outbox_writes_pending ON city_outbox_writes (member, state, seq);
CREATE INDEX IF NOT EXISTS city_outbox_writes_changed ON city_outbox_writes (member, changed_at);
`;

/** Every replica of every member creates the table at start; this lock keeps their CREATEs apart. */
const SCHEMA_LOCK = "pg_advisory_xact_lock(hashtext('city_outbox_writes schema'))";

/** Epoch milliseconds and seq are BIGINT; they stay far below 2^53, so they are read as numbers. */
const NUMBERS_AS_NUMBERS: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') => (oid === pg.types.builtins.INT8 ? Number : pg.types.getTypeParser(oid, format))) as pg.CustomTypesConfig['getTypeParser'],
};

export class PostgresOutboxStore implements OutboxStore {
  private constructor(
    private readonly member: string,
    private readonly pool: pg.Pool,
  ) {}

  static async open(member: string, databaseUrl: string): Promise<PostgresOutboxStore> {
    // A city subgraph's queries are short and few at once (delivery concurrency plus readers).
    const pool = new pg.Pool({ connectionString: databaseUrl, max: 4, types: NUMBERS_AS_NUMBERS });
    const store = new PostgresOutboxStore(member, pool);
    try {
      await store.transaction(async (client) => {
        await client.query(`SELECT ${SCHEMA_LOCK}`);
        await client.query(SCHEMA);
      });
    } catch (error) {
      await pool.end();
      throw error;
    }
    return store;
  }

  async byKey(organizationId: string, idempotencyKey: string): Promise<WriteRow | undefined> {
    return this.first<WriteRow>('SELECT * FROM city_outbox_writes WHERE member = $1 AND organization_id = $2 AND idempotency_key = $3', [this.member, organizationId, idempotencyKey]);
  }

  async bySeq(seq: number): Promise<WriteRow | undefined> {
    return this.first<WriteRow>('SELECT * FROM city_outbox_writes WHERE member = $1 AND seq = $2', [this.member, seq]);
  }

  async insert(write: NewWrite, recordKeyOf: (seq: number) => string): Promise<number | undefined> {
    const seq = await this.withFeedPosition(async (client, position) => {
      const { rows } = await client.query<{ seq: number }>(
        `INSERT INTO city_outbox_writes (member, organization_id, idempotency_key, request, request_hash, state, accepted_at, challenge, application, provisional_ids, next_attempt_at, changed_at)
         VALUES ($1, $2, $3, $4, $5, 'PENDING', $6, $7, $8, $9, $10, $11) ON CONFLICT DO NOTHING RETURNING seq`,
        [this.member, write.organization_id, write.idempotency_key, write.request, write.request_hash, write.accepted_at, write.challenge, write.application, write.provisional_ids, write.next_attempt_at, position],
      );
      return rows[0]?.seq;
    });
    if (seq !== undefined) await this.pool.query('UPDATE city_outbox_writes SET record_key = $1 WHERE seq = $2', [recordKeyOf(seq), seq]);
    return seq;
  }

  async pending(): Promise<ScheduledWrite[]> {
    const { rows } = await this.pool.query<ScheduledWrite>(`SELECT seq, record_key, next_attempt_at, claimed_until FROM city_outbox_writes WHERE member = $1 AND state = 'PENDING' ORDER BY seq`, [this.member]);
    return rows;
  }

  async claim(seq: number, now: number, nextAttemptAt: number, claimedUntil: number): Promise<WriteRow | undefined> {
    // A row another replica is claiming right now is skipped, not waited for: that replica takes it.
    return this.first<WriteRow>(
      `UPDATE city_outbox_writes SET attempts = attempts + 1, next_attempt_at = $3, claimed_until = $4
       WHERE seq = (SELECT seq FROM city_outbox_writes WHERE member = $1 AND seq = $2 AND state = 'PENDING' AND next_attempt_at <= $5 AND claimed_until <= $5 FOR UPDATE SKIP LOCKED)
       RETURNING *`,
      [this.member, seq, nextAttemptAt, claimedUntil, now],
    );
  }

  async update(seq: number, changes: WriteChanges, feedChange = false): Promise<void> {
    const columns = Object.keys(changes) as (keyof WriteChanges)[];
    const values: unknown[] = [this.member, seq, ...columns.map((column) => changes[column])];
    const assignments = columns.map((column, at) => `${column} = $${at + 3}`);
    if (!feedChange) {
      await this.pool.query(`UPDATE city_outbox_writes SET ${assignments.join(', ')} WHERE member = $1 AND seq = $2`, values);
      return;
    }
    await this.withFeedPosition((client, position) =>
      client.query(`UPDATE city_outbox_writes SET ${[...assignments, `changed_at = $${values.length + 1}`].join(', ')} WHERE member = $1 AND seq = $2`, [...values, position]),
    );
  }

  async provisionalChallenge(id: string): Promise<string | undefined> {
    const row = await this.first<{ challenge: string }>(`SELECT challenge FROM city_outbox_writes WHERE member = $1 AND state = 'PENDING' AND challenge::jsonb ->> 'id' = $2`, [this.member, id]);
    return row?.challenge;
  }

  async pendingApplicationsFor(challengeId: string): Promise<string[]> {
    const { rows } = await this.pool.query<{ application: string }>(
      `SELECT application FROM city_outbox_writes
       WHERE member = $1 AND state = 'PENDING' AND application IS NOT NULL AND application::jsonb ->> 'challengeId' = $2 AND application::jsonb ->> 'id' LIKE '%:pending-%' ORDER BY seq`,
      [this.member, challengeId],
    );
    return rows.map((row) => row.application);
  }

  async changedSince(position: number): Promise<WriteRow[]> {
    const { rows } = await this.pool.query<WriteRow>('SELECT * FROM city_outbox_writes WHERE member = $1 AND changed_at > $2 ORDER BY changed_at', [this.member, position]);
    return rows;
  }

  async close(): Promise<void> {
    await this.pool.end();
  }

  private async first<T extends pg.QueryResultRow>(sql: string, values: unknown[]): Promise<T | undefined> {
    return (await this.pool.query<T>(sql, values)).rows[0];
  }

  /** Runs `work` with the member's next feed position, committing before another replica can take the one after. */
  private withFeedPosition<T>(work: (client: pg.PoolClient, position: number) => Promise<T>): Promise<T> {
    return this.transaction(async (client) => {
      await client.query("SELECT pg_advisory_xact_lock(hashtext('city_outbox_writes feed:' || $1))", [this.member]);
      const { rows } = await client.query<{ position: number }>('SELECT COALESCE(MAX(changed_at), 0) + 1 AS position FROM city_outbox_writes WHERE member = $1', [this.member]);
      return work(client, rows[0]!.position);
    });
  }

  private async transaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    } finally {
      client.release();
    }
  }
}
