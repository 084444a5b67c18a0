/**
 * A city subgraph's configuration from the environment (documented in the README), validated
 * before anything starts so a typo fails at boot with the variable's name.
 */
import type { AdapterOptions } from '../../adapters/kit/adapter.js';
import { DEFAULT_BREAKER_POLICY } from '../../adapters/kit/circuit.js';
import { platformBaseUrl, type Member } from '../../schema/registry.js';
import { DEFAULT_RESPONSE_CACHE_SECONDS } from '../http-server.js';
import { OrganizationDirectory } from '../organizations.js';
import { hubSecretFrom } from '../signing.js';
import { DEFAULT_OUTBOX_DELIVERY, type OutboxDelivery } from './outbox.js';

export interface CityProcessConfig {
  member: Member;
  port: number;
  host: string;
  adapter: AdapterOptions;
  hubSecret: string;
  organizations: OrganizationDirectory;
  outboxPath: string;
  outbox: OutboxDelivery;
  entityFreshnessMs: number;
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
  const name = `CITY_${member.slug.toUpperCase()}_CREDENTIALS`;
  const raw = env[name];
  if (raw === undefined) return member.sandboxCredentials && { ...member.sandboxCredentials };
  try {
    const parsed: unknown = JSON.parse(raw);
    if (parsed && typeof parsed === 'object' && Object.values(parsed).every((v) => typeof v === 'string')) return parsed as Record<string, string>;
  } catch {
    // reported below
  }
  throw new Error(`${name} must be a JSON object of strings, e.g. {"clientId":"…","clientSecret":"…"}`);
}

export function cityConfigFromEnv(member: Member, env: NodeJS.ProcessEnv = process.env): CityProcessConfig {
  return {
    member,
    port: integer(env, 'PORT', member.subgraphPort),
    host: env['HOST'] ?? '127.0.0.1',
    hubSecret: hubSecretFrom(env),
    organizations: OrganizationDirectory.fromEnv(env),
    outboxPath: env['CITY_OUTBOX_DB'] ?? `.data/${member.slug}-outbox.db`,
    outbox: {
      initialRetryMs: integer(env, 'OUTBOX_RETRY_MS', DEFAULT_OUTBOX_DELIVERY.initialRetryMs, 1),
      maxRetryMs: integer(env, 'OUTBOX_MAX_RETRY_MS', DEFAULT_OUTBOX_DELIVERY.maxRetryMs, 1),
      concurrency: integer(env, 'OUTBOX_CONCURRENCY', DEFAULT_OUTBOX_DELIVERY.concurrency, 1),
      acceptWaitMs: integer(env, 'OUTBOX_ACCEPT_WAIT_MS', DEFAULT_OUTBOX_DELIVERY.acceptWaitMs),
      maxUnreadableAnswers: integer(env, 'OUTBOX_MAX_UNREADABLE_ANSWERS', DEFAULT_OUTBOX_DELIVERY.maxUnreadableAnswers, 1),
    },
    entityFreshnessMs: integer(env, 'ENTITY_FRESHNESS_MS', member.freshnessSeconds * 1000),
    responseCacheSeconds: integer(env, 'RESPONSE_CACHE_SECONDS', DEFAULT_RESPONSE_CACHE_SECONDS),
    adapter: {
      member,
      baseUrl: platformBaseUrl(member, env),
      credentials: credentialsFrom(member, env),
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
