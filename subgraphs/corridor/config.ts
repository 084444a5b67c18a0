/** The corridor subgraph's configuration from the environment (documented in the README). */
import { withDeploymentLinks } from '../../schema/member-links.js';
import { MEMBERS, type Member } from '../../schema/registry.js';
import { CORRIDOR_DEFAULT_PORT, citySubgraphUrl } from '../../schema/wire.js';
import { DEFAULT_RESPONSE_CACHE_SECONDS } from '../http-server.js';
import { OrganizationDirectory } from '../organizations.js';
import { metricsAccessFromEnv, type MetricsAccess } from '../metrics.js';
import { hubSecretFrom, previousHubSecretFrom } from '../signing.js';
import type { SyncTarget } from './city-client.js';
import { DEFAULT_CITY_WRITE_TIMEOUT_MS } from './write-router.js';

export interface CorridorProcessConfig {
  members: readonly Member[];
  port: number;
  host: string;
  databasePath: string;
  syncIntervalMs: number;
  hubSecret: string;
  previousHubSecret: string | undefined;
  metrics: MetricsAccess;
  organizations: OrganizationDirectory;
  targets: SyncTarget[];
  responseCacheSeconds: number;
  cityWriteTimeoutMs: number;
}

function positiveInteger(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a positive integer, got "${raw}"`);
  return value;
}

function wholeSeconds(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number of seconds, got "${raw}"`);
  return value;
}

export function corridorConfigFromEnv(env: NodeJS.ProcessEnv = process.env): CorridorProcessConfig {
  const members = MEMBERS.map((member) => withDeploymentLinks(member, env));
  return {
    members,
    port: positiveInteger(env, 'PORT', CORRIDOR_DEFAULT_PORT),
    host: env['HOST'] ?? '127.0.0.1',
    databasePath: env['CORRIDOR_DB'] ?? '.data/corridor.db',
    syncIntervalMs: positiveInteger(env, 'SYNC_INTERVAL_MS', 30_000),
    hubSecret: hubSecretFrom(env),
    previousHubSecret: previousHubSecretFrom(env),
    metrics: metricsAccessFromEnv(env),
    organizations: OrganizationDirectory.fromEnv(env),
    targets: members.map((member) => ({ member, subgraphUrl: citySubgraphUrl(member, env) })),
    responseCacheSeconds: wholeSeconds(env, 'RESPONSE_CACHE_SECONDS', DEFAULT_RESPONSE_CACHE_SECONDS),
    cityWriteTimeoutMs: positiveInteger(env, 'CITY_WRITE_TIMEOUT_MS', DEFAULT_CITY_WRITE_TIMEOUT_MS),
  };
}
