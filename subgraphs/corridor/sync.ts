/**
 * The sync loop that keeps the read index fresh: every interval it pulls each member's change
 * feed from its city subgraph (signed, incremental from the stored cursor) and applies it in one
 * transaction. Members sync independently: one failing or slow member only marks itself.
 */
import { Pool, request } from 'undici';
import type { ChangeBatch } from '../../adapters/kit/adapter.js';
import type { Member } from '../../schema/registry.js';
import { CHANGE_FEED_PATH } from '../city/subgraph.js';
import { SIGNATURE_HEADER, signRequest } from '../signing.js';
import type { CitySyncState, ReadIndex } from './read-index/store.js';

export interface SyncTarget {
  member: Member;
  /** Base URL of the member's city subgraph, e.g. `http://127.0.0.1:4202`. */
  subgraphUrl: string;
}

export interface CorridorSyncOptions {
  index: ReadIndex;
  targets: readonly SyncTarget[];
  secret: string;
  intervalMs: number;
  /** Longest a member's feed call may take before it counts as failed. */
  timeoutMs?: number;
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

function describeFailure(slug: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.startsWith(`${slug}`) ? message : `${slug} city subgraph: ${message}`;
}

export class CorridorSync {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private readonly pools = new Map<string, Pool>();
  private readonly clock: () => Date;

  constructor(private readonly options: CorridorSyncOptions) {
    if (!(options.intervalMs > 0)) throw new TypeError(`intervalMs must be positive, got ${options.intervalMs}`);
    if (!options.secret) throw new TypeError('secret must be a non-empty string');
    this.clock = options.clock ?? (() => new Date());
    for (const target of options.targets) this.pools.set(target.member.slug, new Pool(new URL(target.subgraphUrl).origin, { connections: 2 }));
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
    await Promise.all([...this.pools.values()].map((pool) => pool.close()));
  }

  private async syncMember(target: SyncTarget): Promise<void> {
    const { index } = this.options;
    const slug = target.member.slug;
    const previous = index.syncState(slug);
    const attemptAt = this.clock().toISOString();
    try {
      const batch = await this.fetchChanges(target, previous.cursor);
      index.apply(slug, batch);
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

  private async fetchChanges(target: SyncTarget, cursor: string | null): Promise<ChangeBatch> {
    const path = `${new URL(target.subgraphUrl).pathname.replace(/\/$/, '')}${CHANGE_FEED_PATH}${cursor ? `?cursor=${encodeURIComponent(cursor)}` : ''}`;
    const timeout = this.options.timeoutMs ?? 60_000;
    const response = await request(`${new URL(target.subgraphUrl).origin}${path}`, {
      dispatcher: this.pools.get(target.member.slug),
      headers: { [SIGNATURE_HEADER]: signRequest(this.options.secret, 'GET', path) },
      headersTimeout: timeout,
      bodyTimeout: timeout,
    });
    const body = (await response.body.json()) as ChangeBatch & { error?: { code: string; message: string } };
    if (response.statusCode !== 200) {
      throw new Error(`${target.member.slug} change feed answered ${response.statusCode}: ${body.error?.message ?? 'no detail'}`);
    }
    return body;
  }
}
