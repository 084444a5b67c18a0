/**
 * Taizhou (泰州市) adapter: the platform's NDJSON change feed is both the list (a full snapshot)
 * and the change source (increments after a `since` token, deletions as tombstones). A token the
 * platform no longer knows (410 Gone) means a full resync. Lookups are one call per id.
 */
import { ENTITY_KINDS, globalId, type AnyRecord, type ApplicationRecord, type ApplicationStatus, type ChallengeChanges, type ChallengeRecord, type ChallengeStatus, type EntityKind, type NewApplication, type NewChallenge, type RecordByKind } from '../../schema/contract.js';
import type { AdapterFactory, ChangeBatch, CityAdapter, ListResult, LookupResult } from '../../adapters/kit/adapter.js';
import { snakeCase } from '../../adapters/kit/dialect.js';
import { refusalCodes } from '../../adapters/kit/errors.js';
import { PARALLEL_LOOKUPS, type PlatformMethod } from '../../adapters/kit/http.js';
import { collectPages, mapWithConcurrency } from '../../adapters/kit/paginate.js';
import { isNativeRecord, type NativeRecord } from '../../adapters/kit/parse.js';
import { PlatformAdapter, callJson, stringAt, type JsonRefusals } from '../../adapters/kit/platform-adapter.js';
import { Quarantine } from '../../adapters/kit/validate.js';
import { markedApplication, markedChallenge } from '../../adapters/kit/write-marker.js';
import { DIALECT } from './dialect.js';

/** Feed lines per answer; the platform allows up to 5,000. */
const FEED_LIMIT = 1_000;
/**
 * A snapshot paged while the platform changes answers 410 on its continuation token; it is
 * restarted, but not forever.
 */
const SNAPSHOT_ATTEMPTS = 3;

/** Taizhou refuses a write on its merits with 400/404/409 and `{ code, message }`. */
const REFUSALS: JsonRefusals = {
  statuses: [400, 404, 409],
  codes: refusalCodes({ RECORD_NOT_FOUND: 'NOT_FOUND', CHALLENGE_NOT_OPEN: 'CHALLENGE_NOT_OPEN', DUPLICATE_APPLICATION: 'DUPLICATE_APPLICATION', INVALID_INPUT: 'INVALID' }),
  read: (body) => ({ code: stringAt(body, 'code'), message: stringAt(body, 'message') }),
};

type FeedEntry =
  | { op: 'upsert'; kind: EntityKind; record: NativeRecord }
  | { op: 'delete'; kind: EntityKind; localId: string };

interface FeedPage {
  entries: FeedEntry[];
  since: string;
  more: boolean;
}

/** What the feed said from one starting point to its end. */
interface FeedRead {
  /** True when it is a full snapshot (asked for, or forced by 410 Gone). */
  reset: boolean;
  entries: FeedEntry[];
  /** The token to continue from next time. */
  since: string;
}

/** The feed answered 410 Gone: the token is unknown or expired. */
class FeedGone extends Error {}

/** The feed's `type` and the lookup path's name of each kind: the kind in snake_case, like every name on this platform. */
const KIND_OF_TYPE: ReadonlyMap<unknown, EntityKind> = new Map(ENTITY_KINDS.map((kind) => [snakeCase(kind), kind]));

class TaizhouAdapter extends PlatformAdapter<NativeRecord> implements CityAdapter {
  readonly capabilities = { batchLookup: false };

  async list<K extends EntityKind>(kind: K): Promise<ListResult<RecordByKind[K]>> {
    const { entries } = await this.read(null);
    const natives = entries.flatMap((entry) => (entry.op === 'upsert' && entry.kind === kind ? [entry.record] : []));
    return this.admit(kind, natives);
  }

  async lookup<K extends EntityKind>(kind: K, localIds: readonly string[]): Promise<LookupResult<RecordByKind[K]>> {
    const found = await mapWithConcurrency([...new Set(localIds)], PARALLEL_LOOKUPS, async (localId) => {
      const response = await this.http.request('GET', `/records/${snakeCase(kind)}/${encodeURIComponent(localId)}`, { acceptStatuses: [404] });
      return response.status === 404 ? [] : [this.http.parseJson<NativeRecord>(response)];
    });
    return this.lookedUp(kind, localIds, found.flat());
  }

  override async changes(cursor: string | null): Promise<ChangeBatch> {
    const { reset, entries, since } = await this.read(cursor);
    // A record changed again while the feed was paged shows up twice: its last line wins.
    const latest = new Map<string, FeedEntry>();
    entries.forEach((entry, index) => {
      const id = entry.op === 'upsert' ? DIALECT.reader.localIdOf(entry.record) : entry.localId;
      latest.set(id === null ? `#${index}` : `${entry.kind}:${id}`, entry);
    });
    const quarantine = new Quarantine(this.member);
    const upserts: AnyRecord[] = [];
    const deletions: ChangeBatch['deletions'] = [];
    for (const entry of latest.values()) {
      if (entry.op === 'delete') deletions.push({ kind: entry.kind, id: globalId(this.city, entry.kind, entry.localId) });
      else {
        const record = quarantine.admit(entry.kind, DIALECT.reader.localIdOf(entry.record), () => DIALECT.reader.records[entry.kind](this.city, entry.record));
        if (record) upserts.push(record);
      }
    }
    return { cursor: since, reset, upserts, deletions, quarantined: quarantine.records };
  }

  async createChallenge(input: NewChallenge): Promise<ChallengeRecord> {
    return this.challengeOf(await this.write('POST', '/challenges', DIALECT.newChallenge(markedChallenge(input))));
  }

  async submitApplication(challengeLocalId: string, input: NewApplication): Promise<ApplicationRecord> {
    const native = await this.write('POST', `/challenges/${encodeURIComponent(challengeLocalId)}/applications`, DIALECT.newApplication(markedApplication(input), challengeLocalId));
    return this.applicationOf(native);
  }

  async listApplications(challengeLocalId: string): Promise<ApplicationRecord[]> {
    const answer = await this.write('GET', `/challenges/${encodeURIComponent(challengeLocalId)}/applications`);
    if (!Array.isArray(answer) || !answer.every(isNativeRecord)) throw this.http.badResponse('applications answer is not a list of objects');
    return answer.map((native) => this.applicationOf(native));
  }

  async setApplicationStatus(applicationLocalId: string, status: ApplicationStatus): Promise<ApplicationRecord> {
    const native = await this.write('PUT', `/applications/${encodeURIComponent(applicationLocalId)}/status`, DIALECT.status('application', status));
    return this.applicationOf(native);
  }

  async setChallengeStatus(challengeLocalId: string, status: ChallengeStatus): Promise<ChallengeRecord> {
    return this.challengeOf(await this.write('PUT', `/challenges/${encodeURIComponent(challengeLocalId)}/status`, DIALECT.status('challenge', status)));
  }

  async updateChallenge(challengeLocalId: string, changes: ChallengeChanges): Promise<ChallengeRecord> {
    return this.challengeOf(await this.write('PATCH', `/challenges/${encodeURIComponent(challengeLocalId)}`, DIALECT.challengeChanges(changes)));
  }

  async probe(): Promise<void> {
    await this.readPage(undefined, 1);
  }

  /** The feed from `since` (null: a snapshot) to its end; 410 Gone turns it into a snapshot. */
  private async read(since: string | null): Promise<FeedRead> {
    for (let attempt = 0; attempt < SNAPSHOT_ATTEMPTS; attempt++) {
      const start = attempt === 0 ? since : null;
      let last = '';
      try {
        const entries = await collectPages<FeedEntry, string>(this.city, start ?? undefined, async (token) => {
          const page = await this.readPage(token, FEED_LIMIT);
          last = page.since;
          return { items: page.entries, next: page.more ? page.since : undefined };
        });
        return { reset: start === null, entries, since: last };
      } catch (error) {
        if (!(error instanceof FeedGone)) throw error;
      }
    }
    throw this.http.badResponse(`the feed answered 410 Gone to ${SNAPSHOT_ATTEMPTS} fresh snapshots in a row`);
  }

  private async readPage(since: string | undefined, limit: number): Promise<FeedPage> {
    const response = await this.http.request('GET', '/feed', { query: { since, limit }, headers: { accept: 'application/x-ndjson' }, acceptStatuses: [410] });
    if (response.status === 410) throw new FeedGone();
    const lines = response.body.toString('utf8').split('\n').filter((line) => line.trim() !== '');
    const parsed = lines.map((line, index) => {
      try {
        return JSON.parse(line) as unknown;
      } catch {
        throw this.http.badResponse(`feed line ${index + 1} is not JSON`, response.url);
      }
    });
    const checkpoint = parsed.pop();
    if (!isNativeRecord(checkpoint) || checkpoint.op !== 'checkpoint' || typeof checkpoint.since !== 'string' || typeof checkpoint.more !== 'boolean') {
      throw this.http.badResponse('feed answer does not end with a checkpoint line', response.url);
    }
    const entries = parsed.map((line, index): FeedEntry => {
      const kind = isNativeRecord(line) ? KIND_OF_TYPE.get(line.type) : undefined;
      if (isNativeRecord(line) && kind !== undefined) {
        if (line.op === 'upsert' && isNativeRecord(line.record)) return { op: 'upsert', kind, record: line.record };
        if (line.op === 'delete' && typeof line.id === 'string') return { op: 'delete', kind, localId: line.id };
      }
      throw this.http.badResponse(`feed line ${index + 1} is neither an upsert nor a tombstone`, response.url);
    });
    return { entries, since: checkpoint.since, more: checkpoint.more };
  }

  /** A write or follow-up call. */
  private write(method: PlatformMethod, path: string, body?: NativeRecord): Promise<unknown> {
    return callJson(this.http, REFUSALS, method, path, { body });
  }

  protected override challengeOf(native: unknown): ChallengeRecord {
    if (!isNativeRecord(native)) throw this.http.badResponse('challenge answer is not an object');
    return super.challengeOf(native);
  }

  protected override applicationOf(native: unknown): ApplicationRecord {
    if (!isNativeRecord(native)) throw this.http.badResponse('application answer is not an object');
    return super.applicationOf(native);
  }
}

export const createAdapter: AdapterFactory = (options) => new TaizhouAdapter(options, DIALECT);
