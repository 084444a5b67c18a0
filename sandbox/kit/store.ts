/**
 * A stand-in platform's own database: one member's records, its challenge applications and a
 * change log. Held in memory: a stand-in restarts from the dataset, like a demo platform reset.
 */
import {
  globalId,
  parseGlobalId,
  type ApplicationRecord,
  type ApplicationStatus,
  type ChallengeRecord,
  type ChallengeStatus,
  type EntityKind,
  type NewApplication,
  type NewChallenge,
  type RecordByKind,
} from '../../schema/contract.js';
import type { Member } from '../../schema/registry.js';
import { beijingDateTime } from '../../schema/scalars.js';

export interface ChangeEntry {
  /** Position in the change log, strictly increasing from 1. */
  sequence: number;
  kind: EntityKind;
  localId: string;
  operation: 'upsert' | 'delete';
  at: string;
}

export interface PlatformDataset {
  policies: RecordByKind['policy'][];
  carriers: RecordByKind['carrier'][];
  challenges: RecordByKind['challenge'][];
}

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

export class PlatformStore {
  private readonly tables: { [K in EntityKind]: Map<string, RecordByKind[K]> };
  private readonly applications = new Map<string, ApplicationRecord>();
  private readonly log: ChangeEntry[] = [];
  private nextChallengeNumber = 1;
  private nextApplicationNumber = 1;

  constructor(
    readonly member: Member,
    dataset: PlatformDataset,
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.tables = {
      policy: new Map(dataset.policies.map((r) => [localIdOf(r), r])),
      carrier: new Map(dataset.carriers.map((r) => [localIdOf(r), r])),
      challenge: new Map(dataset.challenges.map((r) => [localIdOf(r), r])),
    };
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
    const stamped = { ...record, sourceUpdatedAt: beijingDateTime(this.clock()) };
    (this.tables[kind] as Map<string, RecordByKind[K]>).set(localIdOf(record), stamped);
    this.append(kind, localIdOf(record), 'upsert');
    return stamped;
  }

  /** Deletes a record; returns false when it did not exist. */
  remove(kind: EntityKind, localId: string): boolean {
    if (!this.tables[kind].delete(localId)) return false;
    this.append(kind, localId, 'delete');
    return true;
  }

  /** The sequence of the newest change, 0 when nothing changed since start. */
  get headSequence(): number {
    return this.log.length === 0 ? 0 : this.log[this.log.length - 1]!.sequence;
  }

  /** Changes after `sequence`, oldest first, compacted to the latest change per record. */
  changesSince(sequence: number): ChangeEntry[] {
    const latest = new Map<string, ChangeEntry>();
    for (const entry of this.log) {
      if (entry.sequence > sequence) latest.set(`${entry.kind}:${entry.localId}`, entry);
    }
    return [...latest.values()].sort((a, b) => a.sequence - b.sequence);
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
      publishedOn: beijingDateTime(now).slice(0, 10),
      sourceUpdatedAt: beijingDateTime(now),
    };
    return this.upsert('challenge', record);
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
    this.applications.set(localId, application);
    this.upsert('challenge', { ...challenge, applicationCount: challenge.applicationCount + 1 });
    return application;
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
    this.applications.set(localId, updated);
    return updated;
  }

  setChallengeStatus(localId: string, status: ChallengeStatus): ChallengeRecord {
    const challenge = this.get('challenge', localId);
    if (!challenge) throw new PlatformRejection('NOT_FOUND', `challenge ${localId} does not exist`);
    return this.upsert('challenge', { ...challenge, status });
  }

  private append(kind: EntityKind, localId: string, operation: ChangeEntry['operation']): void {
    this.log.push({ sequence: this.headSequence + 1, kind, localId, operation, at: beijingDateTime(this.clock()) });
  }
}
