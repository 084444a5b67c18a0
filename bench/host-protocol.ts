/**
 * What the subgraph host (bench/subgraphs-host.ts) and the benchmark say to each other. Kept
 * apart from the host script, which starts servers as soon as it is imported.
 */
import type { CallStats } from '../sandbox/kit/stand-in.js';

/** The host's one stdout line of its own starts with this; other stdout lines (Apollo's notices) are not. */
export const HOST_READY_PREFIX = 'BENCH_HOST_READY ';

/** What the host announces once it can be measured against. */
export interface HostReady {
  corridorUrl: string;
  /** City subgraph base URL by member slug. */
  cityUrls: Record<string, string>;
  /** Base URL of the host's control API. */
  controlUrl: string;
  /** Records per kind per member; null for the default dataset. */
  perKind: number | null;
  /** Wall time of the read index's first full sync, after every server was up. */
  firstSyncMs: number;
  /** Wall time from process start to ready (dataset build, servers, first sync). */
  startupMs: number;
  /** Members whose first sync failed, with the error: measurements of them would be meaningless. */
  syncErrors: Record<string, string>;
}

/** Platform calls by member slug: total and per native route (`GET /api/v1/challenges`). */
export type PlatformStats = Record<string, CallStats>;

/** The host's control API, relative to `controlUrl`. */
export const CONTROL_ROUTES = {
  /** PATCH {latencyMs, jitterMs}: applied to every member's platform. */
  faults: '/faults',
  /** POST: platform calls are counted from zero again. */
  resetStats: '/stats/reset',
  /** GET: PlatformStats since the last reset. */
  stats: '/stats',
} as const;
