/** The gateway's configuration from the environment (documented in the README). */
import { resolve } from 'node:path';
import { MEMBERS } from '../schema/registry.js';
import { CORRIDOR_SUBGRAPH, SUPERGRAPH_PATH, citySubgraphUrl, citySubgraphUrlVariable } from '../schema/wire.js';
import { metricsAccessFromEnv } from '../subgraphs/metrics.js';
import { hubSecretFrom } from '../subgraphs/signing.js';
import { ApiKeys } from './api-keys.js';
import { DEFAULT_OPERATION_LIMITS, type OperationLimits } from './limits.js';
import { DEFAULT_ANONYMOUS_RATE, DEFAULT_KEY_RATE, type Rate } from './rate-limit.js';
import { DEFAULT_GATEWAY_MAX_BODY_BYTES, type GatewayOptions } from './server.js';

function positiveInteger(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a positive integer, got "${raw}"`);
  return value;
}

function flag(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (raw !== 'true' && raw !== 'false') throw new Error(`${name} must be true or false, got "${raw}"`);
  return raw === 'true';
}

/** Environment variable of each operation limit. */
const LIMIT_VARIABLES: Record<keyof OperationLimits, string> = {
  maxDepth: 'MAX_DEPTH',
  maxAliases: 'MAX_ALIASES',
  maxTokens: 'MAX_TOKENS',
  maxDirectives: 'MAX_DIRECTIVES',
  maxRootFields: 'MAX_ROOT_FIELDS',
  maxCost: 'MAX_COST',
  maxTextLength: 'MAX_TEXT_LENGTH',
};

/** Browsers on the developer's own machine, on any port, when CORS_ORIGINS is not set outside production. */
const DEVELOPMENT_CORS_ORIGINS = ['http://localhost:*', 'http://127.0.0.1:*'];

/** `CORS_ORIGINS` (comma-separated), or localhost origins outside production. */
export function corsOriginsFrom(env: NodeJS.ProcessEnv): string[] {
  const configured = env['CORS_ORIGINS'];
  if (configured === undefined) return env['NODE_ENV'] === 'production' ? [] : [...DEVELOPMENT_CORS_ORIGINS];
  return configured.split(',').map((origin) => origin.trim()).filter(Boolean);
}

function rate(env: NodeJS.ProcessEnv, prefix: string, fallback: Rate): Rate {
  return { perMinute: positiveInteger(env, `${prefix}_PER_MINUTE`, fallback.perMinute), burst: positiveInteger(env, `${prefix}_BURST`, fallback.burst) };
}

export function gatewayConfigFromEnv(env: NodeJS.ProcessEnv = process.env): GatewayOptions {
  const keyFile = env['API_KEYS_FILE'];
  const production = env['NODE_ENV'] === 'production';
  return {
    apiKeys: keyFile ? ApiKeys.fromFile(keyFile) : new ApiKeys([]),
    requireApiKey: env['REQUIRE_API_KEY'] === 'true',
    hubSecret: hubSecretFrom(env),
    supergraphPath: env['SUPERGRAPH_PATH'] ?? SUPERGRAPH_PATH,
    subgraphUrls: {
      ...(env['CORRIDOR_SUBGRAPH_URL'] && { [CORRIDOR_SUBGRAPH]: env['CORRIDOR_SUBGRAPH_URL'] }),
      ...Object.fromEntries(MEMBERS.filter((m) => env[citySubgraphUrlVariable(m)]).map((m) => [m.slug, citySubgraphUrl(m, env)])),
    },
    subgraphTimeoutMs: positiveInteger(env, 'SUBGRAPH_TIMEOUT_MS', 5_000),
    supergraphPollMs: positiveInteger(env, 'SUPERGRAPH_POLL_MS', 2_000),
    ...(env['WEB_APP_DIR'] && { webAppFolder: resolve(env['WEB_APP_DIR']) }),
    limits: Object.fromEntries(
      Object.entries(LIMIT_VARIABLES).map(([limit, variable]) => [limit, positiveInteger(env, variable, DEFAULT_OPERATION_LIMITS[limit as keyof OperationLimits])]),
    ) as OperationLimits,
    introspection: flag(env, 'INTROSPECTION', !production),
    maxBodyBytes: positiveInteger(env, 'MAX_BODY_BYTES', DEFAULT_GATEWAY_MAX_BODY_BYTES),
    corsOrigins: corsOriginsFrom(env),
    rateLimits: { anonymous: rate(env, 'RATE_LIMIT_ANONYMOUS', DEFAULT_ANONYMOUS_RATE), key: rate(env, 'RATE_LIMIT_KEY', DEFAULT_KEY_RATE) },
    metrics: metricsAccessFromEnv(env),
    redisUrl: env['REDIS_URL'] || undefined,
    port: positiveInteger(env, 'PORT', 4000),
    host: env['HOST'] ?? '127.0.0.1',
  };
}
