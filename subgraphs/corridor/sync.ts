/**
 * The sync loop that keeps the read index fresh: every interval it pulls each member's change
 * feed from its city subgraph (signed, incremental from the stored cursor) and applies it in one
 * transaction. Members sync independently: one failing or slow member only marks itself.
 */
import { CHANGE_FEED_PATH, type CityChangeFeed } from '../city/subgraph.js';
import { log } from '../log.js';
import { CityUnreachable, type CityClient, type SyncTarget } from './city-client.js';
import type { CitySyncState, ReadIndex } from './read-index/store.js';

export interface CorridorSyncOptions {
  index: ReadIndex;
  targets: readonly SyncTarget[];
  cities: CityClient;
  intervalMs: number;
  clock?: () => Date;
}

export type CityState = 'UP' | 'DEGRADED' | 'DOWN';

/** Consecutive failed syncs after which a member is DOWN rather than DEGRADED. */
const DOWN_AFTER_FAILURES = 3;

export function cityState(state: CitySyncState, intervalMs: number, now: Date): CityState {
  if (state.consecutiveFailures >= DOWN_AFTER_FAILURES) return 'DOWN';
  if (state.lastSuccessAt === null) return state.consecutiveFailures > 0 ? 'DOWN' : 'DEGRADED';
  if (state.consecutiveFailures > 0) return 'DEGRADED';
  const lagMs = now.getTime() - Date.parse(state.lastSuccessAt);
  return lagMs > 3 * intervalMs ? 'DEGRADED' : 'UP';
}

/** A failed change feed whose answer says why, in the city subgraph's words (never the platform's body). */
class ChangeFeedRefused extends Error {}

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

  get intervalMs(): number {
    return this.options.intervalMs;
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

  private async syncMember(target: SyncTarget): Promise<void> {
    const { index } = this.options;
    const slug = target.member.slug;
    const previous = index.syncState(slug);
    const attemptAt = this.clock().toISOString();
    try {
      const fetchStartedAt = performance.now();
      const batch = await this.fetchChanges(target, previous.cursor);
      index.apply(slug, batch, fetchStartedAt);
      index.saveSyncState({
        ...previous,
        cursor: batch.cursor,
        lastAttemptAt: attemptAt,
        lastSuccessAt: this.clock().toISOString(),
        lastError: null,
        consecutiveFailures: 0,
        quarantined: batch.quarantined.length,
      });
    } catch (error) {
      index.saveSyncState({
        ...previous,
        lastAttemptAt: attemptAt,
        lastError: describeFailure(slug, error),
        consecutiveFailures: previous.consecutiveFailures + 1,
      });
    }
  }

  private async fetchChanges(target: SyncTarget, cursor: string | null): Promise<CityChangeFeed> {
    const slug = target.member.slug;
    const answer = await this.options.cities.call<CityChangeFeed & { error?: { code: string; message: string } }>(
      slug,
      'GET',
      `${CHANGE_FEED_PATH}${cursor ? `?cursor=${encodeURIComponent(cursor)}` : ''}`,
    );
    if (answer.status === 502 && answer.body.error?.code === 'CITY_UNAVAILABLE') throw new ChangeFeedRefused(answer.body.error.message.slice(0, 200));
    if (answer.status !== 200) throw new ChangeFeedRefused(`change feed answered HTTP ${answer.status}`);
    return answer.body;
  }
}
