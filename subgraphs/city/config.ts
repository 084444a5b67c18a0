/**
 * A city subgraph's configuration from the environment (documented in the README), validated
 * before anything starts so a typo fails at boot with the variable's name.
 */
import type { AdapterOptions } from '../../adapters/kit/adapter.js';
import { DEFAULT_BREAKER_POLICY } from '../../adapters/kit/circuit.js';
import { importMemberModule } from '../../schema/member-folders.js';
import { withDeploymentLinks } from '../../schema/member-links.js';
import { platformCredentialsVariable, platformUrlVariable, type Member } from '../../schema/member.js';
import type { StandInModule } from '../../sandbox/kit/stand-in.js';
import { DEFAULT_RESPONSE_CACHE_SECONDS } from '../http-server.js';
import { OrganizationDirectory } from '../organizations.js';
import { metricsAccessFromEnv, type MetricsAccess } from '../metrics.js';
import { hubSecretFrom, previousHubSecretFrom } from '../signing.js';
import { DEFAULT_ENTITY_CACHE_MAX_RECORDS, DEFAULT_ENTITY_STALE_MAX_MS, type EntityCacheLimits } from './entity-cache.js';
import { DEFAULT_OUTBOX_DELIVERY, type OutboxDelivery } from './outbox.js';

export interface CityProcessConfig {
  member: Member;
  port: number;
  host: string;
  adapter: AdapterOptions;
  hubSecret: string;
  previousHubSecret: string | undefined;
  metrics: MetricsAccess;
  organizations: OrganizationDirectory;
  outboxPath: string;
  /** `DATABASE_URL`: the outbox on PostgreSQL, shared by the member's replicas; the SQLite file at `outboxPath` otherwise. */
  databaseUrl: string | undefined;
  /** `REDIS_URL`: the entity cache in Redis, shared by the member's replicas; in memory otherwise. */
  redisUrl: string | undefined;
  outbox: OutboxDelivery;
  entityFreshnessMs: number;
  entityCache: Pick<EntityCacheLimits, 'staleMaxMs' | 'maxRecords'>;
  responseCacheSeconds: number;
}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min = 0): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) throw new Error(`${name} must be an integer >= ${min}, got "${raw}"`);
  return value;
}

function credentialsFrom(member: Member, env: NodeJS.ProcessEnv): Record<string, string> | undefined {
  const name = platformCredentialsVariable(member);
  const raw = env[name];
  if (raw === undefined) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    parsed = undefined;
  }
  if (!parsed || typeof parsed !== 'object' || !Object.values(parsed).every((v) => typeof v === 'string')) {
    throw new Error(`${name} must be a JSON object of strings, e.g. {"clientId":"…","clientSecret":"…"}`);
  }
  const credentials = parsed as Record<string, string>;
  const absent = member.platformCredentials.filter((key) => !credentials[key]);
  if (absent.length) throw new Error(`${name} has no ${absent.join(', ')}: ${member.slug}'s platform asks for ${member.platformCredentials.join(', ')}`);
  return credentials;
}

type PlatformConnection = Pick<AdapterOptions, 'baseUrl' | 'credentials'>;

/**
 * Where the member's platform is and how to sign in: from the environment. In production both
 * must be there, or the process refuses to start naming the variable; elsewhere what is not set
 * falls back to the member's stand-in (its sandbox port and credentials).
 */
async function platformConnectionFrom(member: Member, env: NodeJS.ProcessEnv): Promise<PlatformConnection> {
  const urlName = platformUrlVariable(member);
  const baseUrl = env[urlName] || undefined;
  if (baseUrl !== undefined && !URL.canParse(baseUrl)) throw new Error(`${urlName} must be a URL, e.g. https://kjy.example.gov.cn, got "${baseUrl}"`);
  const credentials = credentialsFrom(member, env);
  const credentialsMissing = member.platformCredentials.length > 0 && credentials === undefined;
  if (env['NODE_ENV'] === 'production') {
    if (baseUrl === undefined) throw new Error(`${urlName} is not set: in production (NODE_ENV=production) the ${member.slug} city subgraph calls the member's real platform, never its stand-in`);
    if (credentialsMissing) {
      throw new Error(`${platformCredentialsVariable(member)} is not set: ${member.slug}'s platform asks for ${member.platformCredentials.join(', ')} (a JSON object of strings)`);
    }
    return { baseUrl, credentials };
  }
  if (baseUrl !== undefined && !credentialsMissing) return { baseUrl, credentials };
  // Only a development run reaches the sandbox's code, and only this member's stand-in.
  const { sandbox } = await importMemberModule<StandInModule>(member.slug, 'stand-in', ['sandbox']);
  return {
    baseUrl: baseUrl ?? `http://127.0.0.1:${sandbox.port}`,
    credentials: credentials ?? (sandbox.credentials && { ...sandbox.credentials }),
  };
}

export async function cityConfigFromEnv(registryMember: Member, env: NodeJS.ProcessEnv = process.env): Promise<CityProcessConfig> {
  const member = withDeploymentLinks(registryMember, env);
  const platform = await platformConnectionFrom(member, env);
  const entityFreshnessMs = integer(env, 'ENTITY_FRESHNESS_MS', member.freshnessSeconds * 1000);
  return {
    member,
    port: integer(env, 'PORT', member.subgraphPort),
    host: env['HOST'] ?? '127.0.0.1',
    hubSecret: hubSecretFrom(env),
    previousHubSecret: previousHubSecretFrom(env),
    metrics: metricsAccessFromEnv(env),
    organizations: OrganizationDirectory.fromEnv(env),
    outboxPath: env['CITY_OUTBOX_DB'] ?? `.data/${member.slug}-outbox.db`,
    databaseUrl: env['DATABASE_URL'] || undefined,
    redisUrl: env['REDIS_URL'] || undefined,
    outbox: {
      initialRetryMs: integer(env, 'OUTBOX_RETRY_MS', DEFAULT_OUTBOX_DELIVERY.initialRetryMs, 1),
      maxRetryMs: integer(env, 'OUTBOX_MAX_RETRY_MS', DEFAULT_OUTBOX_DELIVERY.maxRetryMs, 1),
      concurrency: integer(env, 'OUTBOX_CONCURRENCY', DEFAULT_OUTBOX_DELIVERY.concurrency, 1),
      acceptWaitMs: integer(env, 'OUTBOX_ACCEPT_WAIT_MS', DEFAULT_OUTBOX_DELIVERY.acceptWaitMs),
      maxUnreadableAnswers: integer(env, 'OUTBOX_MAX_UNREADABLE_ANSWERS', DEFAULT_OUTBOX_DELIVERY.maxUnreadableAnswers, 1),
    },
    entityFreshnessMs,
    entityCache: {
      staleMaxMs: integer(env, 'ENTITY_STALE_MAX_MS', Math.max(DEFAULT_ENTITY_STALE_MAX_MS, entityFreshnessMs), entityFreshnessMs),
      maxRecords: integer(env, 'ENTITY_CACHE_MAX_RECORDS', DEFAULT_ENTITY_CACHE_MAX_RECORDS, 1),
    },
    responseCacheSeconds: integer(env, 'RESPONSE_CACHE_SECONDS', DEFAULT_RESPONSE_CACHE_SECONDS),
    adapter: {
      member,
      ...platform,
      http: {
        connectTimeoutMs: integer(env, 'PLATFORM_CONNECT_TIMEOUT_MS', 2_000, 1),
        headersTimeoutMs: integer(env, 'PLATFORM_TIMEOUT_MS', 5_000, 1),
        bodyTimeoutMs: integer(env, 'PLATFORM_BODY_TIMEOUT_MS', 15_000, 1),
        retry: { maxRetries: integer(env, 'PLATFORM_RETRIES', 2) },
        breaker: {
          failures: integer(env, 'PLATFORM_BREAKER_FAILURES', DEFAULT_BREAKER_POLICY.failures, 1),
          cooldownMs: integer(env, 'PLATFORM_BREAKER_COOLDOWN_MS', DEFAULT_BREAKER_POLICY.cooldownMs, 1),
        },
      },
    },
  };
}
