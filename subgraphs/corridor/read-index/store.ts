/**
 * The corridor's read index: an embedded SQLite file holding every member's records in the
 * columns lists, facets, search and matching need, plus each member's sync state. It is a cache
 * of the members' platforms, rebuilt from their change feeds; it never holds the only copy.
 */
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { ENTITY_KINDS, globalId, type AnyRecord, type ChallengeRecord, type EntityKind } from '../../../schema/contract.js';
import type { ApplicationView, CircuitSnapshot, QuarantinedRecord } from '../../../schema/wire.js';
import { KIND_COLUMNS, indexRow, recordText, titleOf } from './kinds.js';
import { indexTokens } from './text.js';

export { recordText, titleOf };

export interface IndexedChange {
  reset: boolean;
  upserts: AnyRecord[];
  deletions: { kind: EntityKind; id: string }[];
  /**
   * Records the member's platform now sends in a form that does not fit the contract. They leave
   * the index (as a deletion would) so totalCount, facets and search count only records the
   * member can serve; a record readable again comes back as an upsert.
   */
  quarantined?: readonly QuarantinedRecord[];
  /** Applications routed through the hub (the corridor knows no others). */
  applications?: ApplicationView[];
  applicationDeletions?: string[];
}

/** A record a member's platform sent that does not fit the contract, as City.status lists it. */
export interface QuarantineEntry {
  kind: EntityKind;
  /** The platform's id, when it could be read. */
  nativeId: string | null;
  reason: string;
  /** When the corridor first saw it quarantined (ISO-8601). */
  since: string;
}

export interface CitySyncState {
  city: string;
  cursor: string | null;
  lastSuccessAt: string | null;
  lastAttemptAt: string | null;
  lastError: string | null;
  consecutiveFailures: number;
  /** How many records are quarantined. */
  quarantined: number;
  /** The first of them (bounded), with reasons. */
  quarantinedRecords: QuarantineEntry[];
  /** The platform's circuit as the city subgraph last reported it; null before its first report. */
  circuit: CircuitSnapshot | null;
}

/**
 * Bumped whenever SCHEMA changes. The index is a cache of the members' platforms: a file of
 * another version is emptied and rebuilt from the change feeds on the next sync.
 */
const SCHEMA_VERSION = 7;
/** Every table any version of the schema had. */
const TABLES = ['records', 'record_bodies', 'record_text', 'record_vocabulary', 'applications', 'city_state', 'record_labels'];

const SCHEMA = `
CREATE TABLE IF NOT EXISTS records (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  city TEXT NOT NULL,
  kind TEXT NOT NULL,
  published_on TEXT,
  effective_start TEXT,
  expires_on TEXT,
  deadline TEXT,
  status TEXT,
  subkind TEXT,
  level TEXT,
  publisher_kind TEXT,
  amount_yuan INTEGER,
  lat REAL,
  lng REAL,
  measure REAL,
  members TEXT,
  consortium_code TEXT,
  title TEXT NOT NULL,
  url TEXT NOT NULL,
  industry_mask INTEGER NOT NULL,
  category_mask INTEGER NOT NULL,
  updated_at TEXT NOT NULL
);
-- Whole records live apart from the columns lists filter on, so counting and facets scan a
-- narrow table instead of every record's JSON.
CREATE TABLE IF NOT EXISTS record_bodies (
  seq INTEGER PRIMARY KEY,
  body TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS records_kind_published ON records (kind, published_on, id);
CREATE INDEX IF NOT EXISTS records_kind_city ON records (kind, city);
CREATE INDEX IF NOT EXISTS records_kind_deadline ON records (kind, deadline, id);
CREATE INDEX IF NOT EXISTS records_kind_updated ON records (kind, updated_at, id);
CREATE INDEX IF NOT EXISTS records_kind_status_deadline ON records (kind, status, deadline, id);
-- Covers every filter and facet column: counts and facets read this index, never the table.
CREATE INDEX IF NOT EXISTS records_kind_filters ON records (kind, status, industry_mask, city, published_on, deadline, amount_yuan,
  publisher_kind, category_mask, subkind, level, effective_start, expires_on, measure, lat, lng, updated_at);
CREATE INDEX IF NOT EXISTS records_by_consortium ON records (consortium_code, kind);
CREATE VIRTUAL TABLE IF NOT EXISTS record_text USING fts5(tokens, tokenize = 'unicode61 remove_diacritics 0');
CREATE VIRTUAL TABLE IF NOT EXISTS record_vocabulary USING fts5vocab(record_text, 'row');
CREATE TABLE IF NOT EXISTS applications (
  id TEXT PRIMARY KEY,
  challenge_id TEXT NOT NULL,
  applicant TEXT NOT NULL,
  submitted_at TEXT NOT NULL,
  body TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS applications_by_applicant ON applications (applicant, submitted_at);
CREATE TABLE IF NOT EXISTS city_state (
  city TEXT PRIMARY KEY,
  cursor TEXT,
  last_success_at TEXT,
  last_attempt_at TEXT,
  last_error TEXT,
  consecutive_failures INTEGER NOT NULL DEFAULT 0,
  quarantined INTEGER NOT NULL DEFAULT 0,
  -- JSON: QuarantineEntry[] and CircuitSnapshot (null before the first report)
  quarantined_records TEXT NOT NULL DEFAULT '[]',
  circuit TEXT
);
`;

/** Great-circle distance in kilometres. */
export function distanceKm(lat1: number, lng1: number, lat2: number, lng2: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLng = (lng2 - lng1) * rad;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLng / 2) ** 2;
  return 6371.0088 * 2 * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** The columns an upsert writes besides id and kind. */
const ROW_COLUMNS = ['city', ...KIND_COLUMNS, 'title', 'url', 'industry_mask', 'updated_at'];

/** Distinct query texts kept prepared; past this the set starts over (shapes are few in practice). */
const MAX_PREPARED_QUERIES = 1_000;
/** Answers kept per index version; the oldest is dropped first. */
const MAX_REMEMBERED_ANSWERS = 5_000;

export class ReadIndex {
  readonly db: Database.Database;
  private readonly statements;
  /** Bumped on every change; answers remembered under one version are never served after it. */
  private writeVersion = 0;
  private readonly answers = new Map<string, unknown>();
  private answersVersion = 0;
  /**
   * When each record was last changed by a write the hub routed (performance.now()). A sync batch
   * fetched before that moment must not overwrite it with the older state it read.
   */
  private readonly routedAt = new Map<string, number>();
  private readonly queries = new Map<string, Database.Statement>();

  /** `path` is a file (created with its folder) or `:memory:`. */
  constructor(path: string) {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    this.db = new Database(path);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.function('distance_km', { deterministic: true }, (lat1, lng1, lat2, lng2) =>
      lat1 === null || lng1 === null ? null : distanceKm(Number(lat1), Number(lng1), Number(lat2), Number(lng2)),
    );
    if (this.db.pragma('user_version', { simple: true }) !== SCHEMA_VERSION) {
      for (const table of TABLES) this.db.exec(`DROP TABLE IF EXISTS ${table}`);
      this.db.pragma(`user_version = ${SCHEMA_VERSION}`);
    }
    this.db.exec(SCHEMA);
    this.statements = {
      seqOf: this.db.prepare<[string], { seq: number }>('SELECT seq FROM records WHERE id = ?'),
      insert: this.db.prepare(`INSERT INTO records (id, kind, ${ROW_COLUMNS.join(', ')}) VALUES (@id, @kind, ${ROW_COLUMNS.map((column) => `@${column}`).join(', ')})
        ON CONFLICT (id) DO UPDATE SET ${ROW_COLUMNS.map((column) => `${column} = excluded.${column}`).join(', ')}
        RETURNING seq`),
      deleteText: this.db.prepare('DELETE FROM record_text WHERE rowid = ?'),
      insertText: this.db.prepare('INSERT INTO record_text (rowid, tokens) VALUES (?, ?)'),
      deleteRecord: this.db.prepare('DELETE FROM records WHERE seq = ?'),
      seqsOfCity: this.db.prepare<[string], { seq: number; id: string }>('SELECT seq, id FROM records WHERE city = ?'),
      body: this.db.prepare<[string], { body: string }>('SELECT b.body AS body FROM records r JOIN record_bodies b ON b.seq = r.seq WHERE r.id = ?'),
      saveBody: this.db.prepare('INSERT INTO record_bodies (seq, body) VALUES (?, ?) ON CONFLICT (seq) DO UPDATE SET body = excluded.body'),
      deleteBody: this.db.prepare('DELETE FROM record_bodies WHERE seq = ?'),
      state: this.db.prepare<[string], Record<string, unknown>>('SELECT * FROM city_state WHERE city = ?'),
      saveState: this.db.prepare(`INSERT INTO city_state (city, cursor, last_success_at, last_attempt_at, last_error, consecutive_failures, quarantined, quarantined_records, circuit)
        VALUES (@city, @cursor, @lastSuccessAt, @lastAttemptAt, @lastError, @consecutiveFailures, @quarantined, @quarantinedRecords, @circuit)
        ON CONFLICT (city) DO UPDATE SET cursor = excluded.cursor, last_success_at = excluded.last_success_at, last_attempt_at = excluded.last_attempt_at,
          last_error = excluded.last_error, consecutive_failures = excluded.consecutive_failures, quarantined = excluded.quarantined,
          quarantined_records = excluded.quarantined_records, circuit = excluded.circuit`),
      upsertApplication: this.db.prepare(
        `INSERT INTO applications (id, challenge_id, applicant, submitted_at, body) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET challenge_id = excluded.challenge_id, applicant = excluded.applicant, submitted_at = excluded.submitted_at, body = excluded.body`,
      ),
      deleteApplication: this.db.prepare('DELETE FROM applications WHERE id = ?'),
      application: this.db.prepare<[string], { body: string }>('SELECT body FROM applications WHERE id = ?'),
      applicationsOf: this.db.prepare<[string], { body: string }>('SELECT body FROM applications WHERE applicant = ? ORDER BY submitted_at DESC, id'),
      publishedBy: this.db.prepare<[string], { body: string }>(
        `SELECT b.body AS body FROM records r JOIN record_bodies b ON b.seq = r.seq
         WHERE r.kind = 'challenge' AND json_extract(b.body, '$.publisher') = ? ORDER BY r.published_on DESC, r.id DESC`,
      ),
      citing: this.db.prepare<[string, string, number], { id: string }>(
        `SELECT id FROM records WHERE consortium_code = ? AND kind = ? ORDER BY COALESCE(published_on, '0000-01-01') DESC, id LIMIT ?`,
      ),
      counts: this.db.prepare<[string], { kind: string; open: number; total: number }>(
        `SELECT kind, COUNT(*) AS total, SUM(CASE WHEN status = 'OPEN' THEN 1 ELSE 0 END) AS open FROM records WHERE city = ? GROUP BY kind`,
      ),
    };
  }

  /** The rows of a read query with these parameters, remembered for the current index version. */
  rows<T>(sql: string, params: readonly unknown[]): T[] {
    return this.remember(`${sql}\u0000${JSON.stringify(params)}`, () => this.query(sql).all(...params) as T[]);
  }

  /**
   * The answer to a read query, computed once per index version. List pages, counts, facets,
   * searches and matches repeat far more often than the index changes (a sync with no changes
   * keeps the version), so repeated questions cost a map lookup.
   */
  remember<T>(key: string, compute: () => T): T {
    if (this.answersVersion !== this.writeVersion) {
      this.answers.clear();
      this.answersVersion = this.writeVersion;
    }
    if (this.answers.has(key)) return this.answers.get(key) as T;
    if (this.answers.size >= MAX_REMEMBERED_ANSWERS) this.answers.delete(this.answers.keys().next().value!);
    const answer = compute();
    this.answers.set(key, answer);
    return answer;
  }

  /**
   * A prepared statement for a query the read side builds, prepared once per distinct text:
   * list, facet and search queries come in a bounded number of shapes.
   */
  query(sql: string): Database.Statement {
    let statement = this.queries.get(sql);
    if (!statement) {
      if (this.queries.size >= MAX_PREPARED_QUERIES) this.queries.clear();
      statement = this.db.prepare(sql);
      this.queries.set(sql, statement);
    }
    return statement;
  }

  /**
   * Applies one member's change batch atomically; a reset replaces everything held for the member.
   * `fetchStartedAt` (performance.now() when the batch was requested) keeps records that routed
   * writes changed since then.
   */
  apply(city: string, change: IndexedChange, fetchStartedAt: number = Number.POSITIVE_INFINITY): void {
    const newer = new Set([...this.routedAt].filter(([, at]) => at > fetchStartedAt).map(([id]) => id));
    const quarantinedIds = (change.quarantined ?? []).flatMap((record) => (record.localId === null ? [] : [globalId(record.city, record.kind, record.localId)]));
    this.db.transaction(() => {
      if (change.reset) {
        for (const { seq, id } of this.statements.seqsOfCity.all(city)) if (!newer.has(id)) this.removeSeq(seq);
      }
      for (const record of change.upserts) if (!newer.has(record.id)) this.upsertOne(record);
      for (const id of [...change.deletions.map((deletion) => deletion.id), ...quarantinedIds]) {
        if (newer.has(id)) continue;
        const existing = this.statements.seqOf.get(id);
        if (existing) this.removeSeq(existing.seq);
      }
      for (const application of change.applications ?? []) if (!newer.has(application.id)) this.upsertApplicationRow(application);
      for (const id of change.applicationDeletions ?? []) this.statements.deleteApplication.run(id);
    })();
    const changed = change.reset || change.upserts.length > 0 || change.deletions.length > 0 || quarantinedIds.length > 0 || (change.applications?.length ?? 0) > 0 || (change.applicationDeletions?.length ?? 0) > 0;
    if (changed) this.writeVersion += 1;
    this.forgetRoutedBefore(city, fetchStartedAt);
  }

  /** Records an application the hub routed. */
  upsertApplication(application: ApplicationView): void {
    this.upsertApplicationRow(application);
    this.routedAt.set(application.id, performance.now());
    this.writeVersion += 1;
  }

  /**
   * Removes a settled write's provisional `pending-…` copies (records or applications) and guards
   * their ids as a routed write's, so a sync batch fetched while the write was pending cannot
   * bring them back. Returns whether the index held any of them.
   */
  dropProvisional(ids: readonly string[]): boolean {
    let held = false;
    this.db.transaction(() => {
      for (const id of ids) {
        const record = this.statements.seqOf.get(id);
        if (record) this.removeSeq(record.seq);
        const application = this.statements.deleteApplication.run(id).changes > 0;
        held ||= record !== undefined || application;
      }
    })();
    const now = performance.now();
    for (const id of ids) this.routedAt.set(id, now);
    if (held) this.writeVersion += 1;
    return held;
  }

  /** Once a member's batch fetched after a routed write is applied, that write's guard is no longer needed. */
  private forgetRoutedBefore(city: string, fetchStartedAt: number): void {
    for (const [id, at] of this.routedAt) if (at < fetchStartedAt && id.startsWith(`${city}:`)) this.routedAt.delete(id);
  }

  application(id: string): ApplicationView | undefined {
    const row = this.statements.application.get(id);
    return row && (JSON.parse(row.body) as ApplicationView);
  }

  /** An organisation's applications, newest first. */
  applicationsOf(organizationName: string): ApplicationView[] {
    return this.statements.applicationsOf.all(organizationName).map((row) => JSON.parse(row.body) as ApplicationView);
  }

  private upsertApplicationRow(application: ApplicationView): void {
    this.statements.upsertApplication.run(application.id, application.challengeId, application.applicantOrganization, application.submittedAt, JSON.stringify(application));
  }

  /** Inserts or replaces single records (a write the corridor routed, visible before the next sync). */
  upsert(records: AnyRecord[]): void {
    this.db.transaction(() => records.forEach((record) => this.upsertOne(record)))();
    this.writeVersion += 1;
  }

  get(id: string): AnyRecord | undefined {
    const row = this.statements.body.get(id);
    return row && (JSON.parse(row.body) as AnyRecord);
  }

  /** The challenges an organisation (by name, as platforms keep it) published, newest first. */
  challengesPublishedBy(organizationName: string): ChallengeRecord[] {
    return this.statements.publishedBy.all(organizationName).map((row) => JSON.parse(row.body) as ChallengeRecord);
  }

  /** Ids of the records of a kind citing a consortium's code, newest first (the consortium itself for kind `consortium`). */
  idsCiting(kind: EntityKind, consortiumCode: string, limit: number): string[] {
    return this.statements.citing.all(consortiumCode, kind, limit).map((row) => row.id);
  }

  has(id: string): boolean {
    return this.statements.seqOf.get(id) !== undefined;
  }

  /** How many records of each kind a member has, and how many of its challenges are open. */
  counts(city: string): { byKind: Record<EntityKind, number>; openChallenges: number } {
    const rows = this.statements.counts.all(city);
    const of = (kind: EntityKind) => rows.find((row) => row.kind === kind);
    return { byKind: Object.fromEntries(ENTITY_KINDS.map((kind) => [kind, of(kind)?.total ?? 0])) as Record<EntityKind, number>, openChallenges: of('challenge')?.open ?? 0 };
  }

  syncState(city: string): CitySyncState {
    const row = this.statements.state.get(city);
    return {
      city,
      cursor: (row?.['cursor'] as string | null) ?? null,
      lastSuccessAt: (row?.['last_success_at'] as string | null) ?? null,
      lastAttemptAt: (row?.['last_attempt_at'] as string | null) ?? null,
      lastError: (row?.['last_error'] as string | null) ?? null,
      consecutiveFailures: Number(row?.['consecutive_failures'] ?? 0),
      quarantined: Number(row?.['quarantined'] ?? 0),
      quarantinedRecords: JSON.parse((row?.['quarantined_records'] as string | undefined) ?? '[]') as QuarantineEntry[],
      circuit: row?.['circuit'] ? (JSON.parse(row['circuit'] as string) as CircuitSnapshot) : null,
    };
  }

  saveSyncState(state: CitySyncState): void {
    this.statements.saveState.run({ ...state, quarantinedRecords: JSON.stringify(state.quarantinedRecords), circuit: state.circuit && JSON.stringify(state.circuit) });
  }

  close(): void {
    this.db.close();
  }

  private upsertOne(record: AnyRecord): void {
    const { seq } = this.statements.insert.get(indexRow(record)) as { seq: number };
    this.statements.saveBody.run(seq, JSON.stringify(record));
    this.statements.deleteText.run(seq);
    // The title is indexed twice so that a match in it outranks one deep in the text.
    this.statements.insertText.run(seq, `${indexTokens(titleOf(record))} ${indexTokens(recordText(record))}`);
  }

  private removeSeq(seq: number): void {
    this.statements.deleteText.run(seq);
    this.statements.deleteBody.run(seq);
    this.statements.deleteRecord.run(seq);
  }
}
