/**
 * The sync loop that keeps the read index fresh: every interval it pulls each member's change
 * feed from its city subgraph (signed, incremental from the stored cursor) and applies it in one
 * transaction. Members sync independently: one failing or slow member only marks itself. Each
 * member's sync is a trace of its own, which the city subgraph's log lines of the feed carry.
 */
import { ENTITY_KINDS, globalId } from '../../schema/contract.js';
import { shownReason } from '../../schema/errors.js';
import { CHANGE_FEED_PATH, type CircuitSnapshot, type CityChangeFeed, type CityChangeFeedRefusal } from '../../schema/wire.js';
import { log } from '../log.js';
import { metrics } from '../metrics.js';
import { inSpan } from '../tracing.js';
import type { Member } from '../../schema/registry.js';
import { CityUnreachable, type CityClient, type SyncTarget } from './city-client.js';
import type { CitySyncState, QuarantineEntry, ReadIndex } from './read-index/store.js';

export interface CorridorSyncOptions {
  index: ReadIndex;
  targets: readonly SyncTarget[];
  cities: CityClient;
  intervalMs: number;
  clock?: () => Date;
}

export const CITY_STATES = ['UP', 'DEGRADED', 'DOWN'] as const;
export type CityState = (typeof CITY_STATES)[number];

/** Consecutive failed syncs after which a member is DOWN rather than DEGRADED. */
const DOWN_AFTER_FAILURES = 3;

export function cityState(state: CitySyncState, intervalMs: number, now: Date): CityState {
  if (state.consecutiveFailures >= DOWN_AFTER_FAILURES) return 'DOWN';
  if (state.lastSuccessAt === null) return state.consecutiveFailures > 0 ? 'DOWN' : 'DEGRADED';
  if (state.consecutiveFailures > 0) return 'DEGRADED';
  const lagMs = now.getTime() - Date.parse(state.lastSuccessAt);
  return lagMs > 3 * intervalMs ? 'DEGRADED' : 'UP';
}

/**
 * Each member's sync state as the gauges show it at a scrape: lag (from `since`, the corridor's
 * start, before a first success), last success, state, records in the index and quarantine.
 */
export function sampleSyncState(index: ReadIndex, members: readonly Member[], intervalMs: number, since: Date): void {
  const now = new Date();
  metrics.syncInterval.set(intervalMs / 1000);
  for (const { slug: city } of members) {
    const state = index.syncState(city);
    const lastSuccess = state.lastSuccessAt === null ? undefined : Date.parse(state.lastSuccessAt);
    metrics.syncLag.set({ city }, (now.getTime() - (lastSuccess ?? since.getTime())) / 1000);
    if (lastSuccess !== undefined) metrics.syncLastSuccess.set({ city }, lastSuccess / 1000);
    const current = cityState(state, intervalMs, now);
    for (const name of CITY_STATES) metrics.memberState.set({ city, state: name }, name === current ? 1 : 0);
    const { byKind } = index.counts(city);
    for (const kind of ENTITY_KINDS) metrics.indexRecords.set({ city, kind }, byKind[kind]);
    metrics.quarantinedRecords.set({ city }, state.quarantined);
  }
}

/** Quarantined records City.status lists per member; the count covers them all. */
export const MAX_LISTED_QUARANTINE = 100;

/** A failed change feed whose answer says why, in the city subgraph's words (never the platform's body). */
class ChangeFeedRefused extends Error {
  constructor(
    message: string,
    /** The platform's circuit as the failure left it, when the city subgraph said. */
    readonly circuit?: CircuitSnapshot,
  ) {
    super(message);
  }
}

/**
 * A member's quarantine after a batch: what the batch reports, plus, unless the batch replaces
 * everything (reset), what was quarantined before and the batch did not touch, since an
 * incremental feed reports a record only when it changes. An entry keeps the time it was first seen.
 */
function nextQuarantine(slug: string, previous: readonly QuarantineEntry[], batch: CityChangeFeed, now: string): QuarantineEntry[] {
  const idOf = (entry: Pick<QuarantineEntry, 'kind' | 'nativeId'>) => (entry.nativeId === null ? undefined : globalId(slug, entry.kind, entry.nativeId));
  const sinceOf = new Map(previous.map((entry) => [idOf(entry), entry.since]));
  const reported = batch.quarantined.map(({ kind, localId, reason }): QuarantineEntry => {
    const entry = { kind, nativeId: localId, reason: shownReason(reason) };
    return { ...entry, since: (localId !== null && sinceOf.get(idOf(entry))) || now };
  });
  if (batch.reset) return reported;
  const touched = new Set([...batch.upserts.map((record) => record.id), ...batch.deletions.map((deletion) => deletion.id), ...reported.map(idOf)]);
  // An entry without an id cannot be matched to a later batch; only the batch that reports it lists it.
  return [...reported, ...previous.filter((entry) => entry.nativeId !== null && !touched.has(idOf(entry)))];
}

/** City.status.lastError: what failed, e.g. "nanjing platform timed out"; the full error goes to the log. */
function describeFailure(slug: string, error: unknown): string {
  if (error instanceof ChangeFeedRefused) return `${slug} ${error.message}`;
  log.warn({ city: slug, err: error }, 'sync of a member failed');
  // CityUnreachable keeps only undici's message, which says "Timeout" for both timeouts it has.
  if (error instanceof CityUnreachable) return `${slug} city subgraph ${/timeout/i.test(error.message) ? 'timed out' : 'could not be reached'}`;
  return `${slug} change feed could not be applied`;
}

export class CorridorSync {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private readonly clock: () => Date;

  constructor(private readonly options: CorridorSyncOptions) {
    if (!(options.intervalMs > 0)) throw new TypeError(`intervalMs must be positive, got ${options.intervalMs}`);
    this.clock = options.clock ?? (() => new Date());
  }

  /** Runs one sync of every member now (joining one already running) and resolves when all are done. */
  syncAll(): Promise<void> {
    this.running ??= Promise.all(this.options.targets.map((target) => this.syncMember(target))).then(
      () => {
        this.running = undefined;
      },
    );
    return this.running;
  }

  /** Syncs once now, then every interval until `close`. */
  async start(): Promise<void> {
    await this.syncAll();
    const tick = () => {
      this.timer = setTimeout(() => void this.syncAll().finally(() => this.timer && tick()), this.options.intervalMs);
      this.timer.unref();
    };
    tick();
  }

  async close(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.running;
  }

  private syncMember(target: SyncTarget): Promise<void> {
    return inSpan('corridor sync', { root: true, attributes: { 'hub.city': target.member.slug } }, () => this.syncMemberNow(target));
  }

  private async syncMemberNow(target: SyncTarget): Promise<void> {
    const { index } = this.options;
    const slug = target.member.slug;
    const previous = index.syncState(slug);
    const attemptAt = this.clock().toISOString();
    try {
      const fetchStartedAt = performance.now();
      const batch = await this.fetchChanges(target, previous.cursor);
      index.apply(slug, batch, fetchStartedAt);
      const quarantine = nextQuarantine(slug, previous.quarantinedRecords, batch, attemptAt);
      index.saveSyncState({
        ...previous,
        cursor: batch.cursor,
        lastAttemptAt: attemptAt,
        lastSuccessAt: this.clock().toISOString(),
        lastError: null,
        consecutiveFailures: 0,
        quarantined: quarantine.length,
        quarantinedRecords: quarantine.slice(0, MAX_LISTED_QUARANTINE),
        circuit: batch.circuit,
      });
      metrics.syncRuns.inc({ city: slug, outcome: 'success' });
      metrics.syncRecords.inc({ city: slug, change: 'upsert' }, batch.upserts.length);
      metrics.syncRecords.inc({ city: slug, change: 'deletion' }, batch.deletions.length);
    } catch (error) {
      metrics.syncRuns.inc({ city: slug, outcome: 'failure' });
      index.saveSyncState({
        ...previous,
        lastAttemptAt: attemptAt,
        lastError: describeFailure(slug, error),
        consecutiveFailures: previous.consecutiveFailures + 1,
        // A city subgraph that could not be asked leaves the last circuit it reported.
        circuit: (error instanceof ChangeFeedRefused && error.circuit) || previous.circuit,
      });
    }
  }

  private async fetchChanges(target: SyncTarget, cursor: string | null): Promise<CityChangeFeed> {
    const slug = target.member.slug;
    const answer = await this.options.cities.call<CityChangeFeed & Partial<CityChangeFeedRefusal>>(
      slug,
      'GET',
      `${CHANGE_FEED_PATH}${cursor ? `?cursor=${encodeURIComponent(cursor)}` : ''}`,
    );
    if (answer.status === 502 && answer.body.error?.code === 'CITY_UNAVAILABLE') throw new ChangeFeedRefused(answer.body.error.message.slice(0, 200), answer.body.circuit);
    if (answer.status !== 200) throw new ChangeFeedRefused(`change feed answered HTTP ${answer.status}`);
    return answer.body;
  }
}
