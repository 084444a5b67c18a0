/**
 * Change detection for platforms without a change feed: diff the full snapshot against the
 * previous one. The previous snapshot lives in memory; an unknown cursor (first call, a restart,
 * another consumer's cursor) gets a full snapshot with `reset: true`, which is always correct.
 */
import { createHash, randomUUID } from 'node:crypto';
import { ENTITY_KINDS, type AnyRecord, type EntityKind, type RecordByKind } from '../../schema/contract.js';
import type { ChangeBatch, ListResult } from './adapter.js';
import type { QuarantinedRecord } from './validate.js';

type Fingerprints = Map<string, { kind: EntityKind; hash: string }>;

function fingerprint(record: AnyRecord): string {
  return createHash('sha1').update(JSON.stringify(record)).digest('base64');
}

export class SnapshotChangeTracker {
  private cursor: string | null = null;
  private previous: Fingerprints = new Map();
  /** Ids quarantined by the previous snapshot. */
  private previouslyUnreadable = new Set<string>();
  private pending: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly city: string,
    private readonly listAll: <K extends EntityKind>(kind: K) => Promise<ListResult<RecordByKind[K]>>,
  ) {}

  changes(cursor: string | null): Promise<ChangeBatch> {
    // Serialised: two overlapping diffs against one baseline would both report the same changes.
    const run = this.pending.then(() => this.diff(cursor));
    this.pending = run.catch(() => undefined);
    return run;
  }

  private async diff(cursor: string | null): Promise<ChangeBatch> {
    const lists = await Promise.all(ENTITY_KINDS.map((kind) => this.listAll(kind)));
    const records: AnyRecord[] = lists.flatMap((list) => list.records as AnyRecord[]);
    const quarantined: QuarantinedRecord[] = lists.flatMap((list) => list.quarantined);
    const current: Fingerprints = new Map();
    ENTITY_KINDS.forEach((kind, index) => {
      for (const record of lists[index]!.records) current.set(record.id, { kind, hash: fingerprint(record as AnyRecord) });
    });
    // A record that is unreadable this time keeps its last good version rather than vanishing.
    const unreadable = new Set(quarantined.filter((q) => q.localId !== null).map((q) => `${this.city}:${q.kind}:${q.localId}`));
    for (const id of unreadable) {
      const last = this.previous.get(id);
      if (last && !current.has(id)) current.set(id, last);
    }

    const incremental = cursor !== null && cursor === this.cursor;
    const batch: ChangeBatch = incremental
      ? {
          cursor: '',
          reset: false,
          // A record readable again is sent even if unchanged, so a consumer knows its quarantine is over.
          upserts: records.filter((record) => this.previous.get(record.id)?.hash !== current.get(record.id)?.hash || this.previouslyUnreadable.has(record.id)),
          deletions: [...this.previous].filter(([id]) => !current.has(id)).map(([id, { kind }]) => ({ kind, id })),
          quarantined,
        }
      : { cursor: '', reset: true, upserts: records, deletions: [], quarantined };
    this.previous = current;
    this.previouslyUnreadable = unreadable;
    this.cursor = `snapshot:${randomUUID()}`;
    batch.cursor = this.cursor;
    return batch;
  }
}
