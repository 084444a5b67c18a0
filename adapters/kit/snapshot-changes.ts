/**
 * Change detection for platforms without a change feed: diff the full snapshot against the
 * previous one. The previous snapshot lives in memory; an unknown cursor (first call, a restart,
 * another consumer's cursor) gets a full snapshot with `reset: true`, which is always correct.
 */
import { createHash, randomUUID } from 'node:crypto';
import { ENTITY_KINDS, globalId, type AnyRecord, type EntityKind, type RecordByKind } from '../../schema/contract.js';
import type { ChangeBatch, ListResult } from './adapter.js';
import type { QuarantinedRecord } from './validate.js';

type Fingerprints = Map<string, { kind: EntityKind; hash: string }>;

/** The fingerprint of a record last seen unreadable (a real one is base64 of a SHA-1). */
const UNREADABLE = 'unreadable';

function fingerprint(record: AnyRecord): string {
  return createHash('sha1').update(JSON.stringify(record)).digest('base64');
}

export class SnapshotChangeTracker {
  private cursor: string | null = null;
  private previous: Fingerprints = new Map();
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
    // One kind after another, stopping at the first that fails: a platform that cannot answer
    // costs one failed call per sync, not one per kind at once (which alone would open its
    // circuit), and a fragile platform is never asked for every kind in the same moment.
    const lists: Awaited<ReturnType<typeof this.listAll>>[] = [];
    for (const kind of ENTITY_KINDS) lists.push(await this.listAll(kind));
    const records: AnyRecord[] = lists.flatMap((list) => list.records as AnyRecord[]);
    const quarantined: QuarantinedRecord[] = lists.flatMap((list) => list.quarantined);
    const current: Fingerprints = new Map();
    ENTITY_KINDS.forEach((kind, index) => {
      for (const record of lists[index]!.records) current.set(record.id, { kind, hash: fingerprint(record as AnyRecord) });
    });
    // A record unreadable this time is reported quarantined, not deleted: the platform still has
    // it. Its fingerprint is one no record has, so it is an upsert again once it reads well.
    for (const q of quarantined) {
      const id = q.localId === null ? undefined : globalId(this.city, q.kind, q.localId);
      if (id !== undefined && this.previous.has(id) && !current.has(id)) current.set(id, { kind: q.kind, hash: UNREADABLE });
    }

    const incremental = cursor !== null && cursor === this.cursor;
    const batch: ChangeBatch = incremental
      ? {
          cursor: '',
          reset: false,
          upserts: records.filter((record) => this.previous.get(record.id)?.hash !== current.get(record.id)?.hash),
          deletions: [...this.previous].filter(([id]) => !current.has(id)).map(([id, { kind }]) => ({ kind, id })),
          quarantined,
        }
      : { cursor: '', reset: true, upserts: records, deletions: [], quarantined };
    this.previous = current;
    this.cursor = `snapshot:${randomUUID()}`;
    batch.cursor = this.cursor;
    return batch;
  }
}
