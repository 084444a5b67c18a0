/**
 * A stand-in platform's own database: one member's records, its challenge applications and a
 * change log. The seeded dataset is where every start begins; what changed since (records made,
 * edited or deleted, applications, the id counters and the log) is kept in a JSON file when the
 * store is given one, so a restarted platform still serves what it made and never hands out an
 * id twice. Without a file it lives in memory only.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import {
  globalId,
  parseGlobalId,
  type ApplicationRecord,
  type ApplicationStatus,
  type ChallengeChanges,
  type ChallengeRecord,
  type ChallengeStatus,
  type EntityKind,
  type NewApplication,
  type NewChallenge,
  type RecordByKind,
} from '../../schema/contract.js';
import type { Member } from '../../schema/registry.js';
import { beijingDateTime } from '../../schema/scalars.js';
import { everyKind, recordsOfEveryKind, type MemberDataset } from '../dataset/index.js';

export interface ChangeEntry {
  /** Position in the change log, strictly increasing from 1. */
  sequence: number;
  kind: EntityKind;
  localId: string;
  operation: 'upsert' | 'delete';
  at: string;
}

/** What a platform starts from: its member's seeded records of every kind. */
export type PlatformDataset = MemberDataset;

/** Why a native write was refused; dialects translate it into their own error form. */
export class PlatformRejection extends Error {
  constructor(
    readonly reason: 'NOT_FOUND' | 'CHALLENGE_NOT_OPEN' | 'DUPLICATE_APPLICATION' | 'INVALID',
    message: string,
  ) {
    super(message);
  }
}

export { beijingDateTime };

export function localIdOf(record: { id: string }): string {
  const parts = parseGlobalId(record.id);
  if (!parts) throw new Error(`Record id "${record.id}" is not a global id`);
  return parts.localId;
}

export interface PlatformStoreOptions {
  clock?: () => Date;
  /** The file that keeps what changed since the dataset (created with its folder); memory only when omitted. */
  dataFile?: string;
  /** Told after every write made through the native API (not the admin API's edits). */
  onNativeWrite?: () => void;
}

/** What the data file holds: everything that differs from the seeded dataset. */
interface SavedChanges {
  member: string;
  nextChallengeNumber: number;
  nextApplicationNumber: number;
  sequence: number;
  /** The latest change of each record, oldest first. */
  log: ChangeEntry[];
  /** The current state of every record the log says was upserted, in the platform's order. */
  records: PlatformDataset;
  applications: ApplicationRecord[];
}

const logKey = (kind: EntityKind, localId: string) => `${kind}:${localId}`;

type Tables = { [K in EntityKind]: Map<string, RecordByKind[K]> };

export class PlatformStore {
  private readonly tables: Tables;
  private readonly applications = new Map<string, ApplicationRecord>();
  /**
   * The latest change of each record, in the order made. Older changes of a record are dropped:
   * every reader asks for changes after a position, and the latest one answers that alone.
   */
  private readonly log = new Map<string, ChangeEntry>();
  private sequence = 0;
  private nextChallengeNumber = 1;
  private nextApplicationNumber = 1;
  private readonly clock: () => Date;

  constructor(
    readonly member: Member,
    dataset: PlatformDataset,
    private readonly options: PlatformStoreOptions = {},
  ) {
    this.clock = options.clock ?? (() => new Date());
    this.tables = everyKind((kind) => new Map(dataset[kind].map((record) => [localIdOf(record), record]))) as Tables;
    if (options.dataFile) this.load(options.dataFile);
  }

  /** Records of a kind in the platform's natural order (insertion order). */
  list<K extends EntityKind>(kind: K): RecordByKind[K][] {
    return [...this.tables[kind].values()] as RecordByKind[K][];
  }

  count(kind: EntityKind): number {
    return this.tables[kind].size;
  }

  get<K extends EntityKind>(kind: K, localId: string): RecordByKind[K] | undefined {
    return this.tables[kind].get(localId) as RecordByKind[K] | undefined;
  }

  /** Inserts or replaces a record (an edit made on the platform itself) and logs the change. */
  upsert<K extends EntityKind>(kind: K, record: RecordByKind[K]): RecordByKind[K] {
    const stamped = this.put(kind, record);
    this.save();
    return stamped;
  }

  /** Deletes a record; returns false when it did not exist. */
  remove(kind: EntityKind, localId: string): boolean {
    if (!this.tables[kind].delete(localId)) return false;
    this.append(kind, localId, 'delete');
    this.save();
    return true;
  }

  /** The sequence of the newest change, 0 when nothing changed since the dataset. */
  get headSequence(): number {
    return this.sequence;
  }

  /** Changes after `sequence`, oldest first, compacted to the latest change per record. */
  changesSince(sequence: number): ChangeEntry[] {
    return [...this.log.values()].filter((entry) => entry.sequence > sequence);
  }

  createChallenge(input: NewChallenge): ChallengeRecord {
    if (!input.title.trim()) throw new PlatformRejection('INVALID', 'title is required');
    const now = this.clock();
    const localId = `${this.member.slug.slice(0, 2).toUpperCase()}-NEW-${String(this.nextChallengeNumber++).padStart(6, '0')}`;
    const record: ChallengeRecord = {
      ...input,
      id: globalId(this.member.slug, 'challenge', localId),
      city: this.member.slug,
      url: `${this.member.portalUrl}/challenges/${localId}`,
      status: 'OPEN',
      applicationCount: 0,
      // A consortium and technology managers are assigned on the platform later, never at publishing.
      consortiumCode: null,
      technologyManagerIds: [],
      publishedOn: beijingDateTime(now).slice(0, 10),
      sourceUpdatedAt: beijingDateTime(now),
    };
    return this.nativeWrite(() => this.put('challenge', record));
  }

  submitApplication(challengeLocalId: string, input: NewApplication): ApplicationRecord {
    const challenge = this.get('challenge', challengeLocalId);
    if (!challenge) throw new PlatformRejection('NOT_FOUND', `challenge ${challengeLocalId} does not exist`);
    const today = beijingDateTime(this.clock()).slice(0, 10);
    if (challenge.status !== 'OPEN' || challenge.deadline < today) {
      throw new PlatformRejection('CHALLENGE_NOT_OPEN', `challenge ${challengeLocalId} is not open for applications`);
    }
    const duplicate = [...this.applications.values()].some(
      (a) => a.challengeId === challenge.id && a.applicantOrganization === input.applicantOrganization && a.status !== 'WITHDRAWN',
    );
    if (duplicate) {
      throw new PlatformRejection('DUPLICATE_APPLICATION', `${input.applicantOrganization} has already applied to ${challengeLocalId}`);
    }
    const localId = `${this.member.slug.slice(0, 2).toUpperCase()}-APP-${String(this.nextApplicationNumber++).padStart(6, '0')}`;
    const application: ApplicationRecord = {
      ...input,
      challengeId: challenge.id,
      id: globalId(this.member.slug, 'application', localId),
      status: 'SUBMITTED',
      submittedAt: beijingDateTime(this.clock()),
    };
    return this.nativeWrite(() => {
      this.applications.set(localId, application);
      this.put('challenge', { ...challenge, applicationCount: challenge.applicationCount + 1 });
      return application;
    });
  }

  applicationsOf(challengeLocalId: string): ApplicationRecord[] {
    const challengeId = globalId(this.member.slug, 'challenge', challengeLocalId);
    return [...this.applications.values()].filter((a) => a.challengeId === challengeId);
  }

  getApplication(localId: string): ApplicationRecord | undefined {
    return this.applications.get(localId);
  }

  setApplicationStatus(localId: string, status: ApplicationStatus): ApplicationRecord {
    const application = this.applications.get(localId);
    if (!application) throw new PlatformRejection('NOT_FOUND', `application ${localId} does not exist`);
    const updated = { ...application, status };
    return this.nativeWrite(() => {
      this.applications.set(localId, updated);
      return updated;
    });
  }

  /** A publisher's edits; a platform takes them while the challenge is open only. */
  updateChallenge(localId: string, changes: ChallengeChanges): ChallengeRecord {
    const challenge = this.get('challenge', localId);
    if (!challenge) throw new PlatformRejection('NOT_FOUND', `challenge ${localId} does not exist`);
    if (challenge.status !== 'OPEN') throw new PlatformRejection('CHALLENGE_NOT_OPEN', `challenge ${localId} is ${challenge.status}; only an open challenge is edited`);
    return this.nativeWrite(() => this.put('challenge', { ...challenge, ...changes }));
  }

  setChallengeStatus(localId: string, status: ChallengeStatus): ChallengeRecord {
    const challenge = this.get('challenge', localId);
    if (!challenge) throw new PlatformRejection('NOT_FOUND', `challenge ${localId} does not exist`);
    return this.nativeWrite(() => this.put('challenge', { ...challenge, status }));
  }

  /** Applies a write made through the native API, keeps it, then tells whoever listens. */
  private nativeWrite<T>(apply: () => T): T {
    const result = apply();
    this.save();
    this.options.onNativeWrite?.();
    return result;
  }

  private put<K extends EntityKind>(kind: K, record: RecordByKind[K]): RecordByKind[K] {
    const stamped = { ...record, sourceUpdatedAt: beijingDateTime(this.clock()) };
    (this.tables[kind] as Map<string, RecordByKind[K]>).set(localIdOf(record), stamped);
    this.append(kind, localIdOf(record), 'upsert');
    return stamped;
  }

  private append(kind: EntityKind, localId: string, operation: ChangeEntry['operation']): void {
    const key = logKey(kind, localId);
    this.log.delete(key); // re-inserted last: the map stays in the order of each record's latest change
    this.log.set(key, { sequence: ++this.sequence, kind, localId, operation, at: beijingDateTime(this.clock()) });
  }

  /** Writes the changes to a temporary file and renames it over the data file, so a crash leaves the old or the new file whole. */
  private save(): void {
    const file = this.options.dataFile;
    if (!file) return;
    const upserted = <K extends EntityKind>(kind: K) => this.list(kind).filter((record) => this.log.get(logKey(kind, localIdOf(record)))?.operation === 'upsert');
    const changes: SavedChanges = {
      member: this.member.slug,
      nextChallengeNumber: this.nextChallengeNumber,
      nextApplicationNumber: this.nextApplicationNumber,
      sequence: this.sequence,
      log: [...this.log.values()],
      records: recordsOfEveryKind(upserted),
      applications: [...this.applications.values()],
    };
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(changes));
    renameSync(temporary, file);
  }

  /** Lays the changes a data file keeps over the dataset; a missing file is a first start. */
  private load(file: string): void {
    mkdirSync(dirname(file), { recursive: true });
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw error;
    }
    let saved: SavedChanges;
    try {
      saved = JSON.parse(text) as SavedChanges;
    } catch {
      throw new Error(`The platform data file ${file} is not valid JSON; remove it to start ${this.member.slug} from its dataset`);
    }
    if (saved.member !== this.member.slug) throw new Error(`The platform data file ${file} belongs to "${saved.member}", not "${this.member.slug}"`);
    for (const kind of Object.keys(this.tables) as EntityKind[]) {
      // A file saved before a kind existed has no list for it.
      for (const record of saved.records[kind] ?? []) (this.tables[kind] as Map<string, RecordByKind[EntityKind]>).set(localIdOf(record), record);
    }
    for (const entry of saved.log) {
      if (entry.operation === 'delete') this.tables[entry.kind].delete(entry.localId);
      this.log.set(logKey(entry.kind, entry.localId), entry);
    }
    for (const application of saved.applications) this.applications.set(localIdOf(application), application);
    this.sequence = saved.sequence;
    this.nextChallengeNumber = saved.nextChallengeNumber;
    this.nextApplicationNumber = saved.nextApplicationNumber;
  }
}
