/** The gateway's configuration from the environment (documented in the README). */
import { MEMBERS } from '../schema/registry.js';
import { citySubgraphUrl } from '../subgraphs/corridor/config.js';
import { CORRIDOR_SUBGRAPH, SUPERGRAPH_PATH } from './supergraph.js';
import { hubSecretFrom } from '../subgraphs/signing.js';
import { ApiKeys } from './api-keys.js';
import type { GatewayOptions } from './server.js';

function positiveInteger(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a positive integer, got "${raw}"`);
  return value;
}

export function gatewayConfigFromEnv(env: NodeJS.ProcessEnv = process.env): GatewayOptions {
  const keyFile = env['API_KEYS_FILE'];
  return {
    apiKeys: keyFile ? ApiKeys.fromFile(keyFile) : new ApiKeys([]),
    requireApiKey: env['REQUIRE_API_KEY'] === 'true',
    hubSecret: hubSecretFrom(env),
    supergraphPath: env['SUPERGRAPH_PATH'] ?? SUPERGRAPH_PATH,
    subgraphUrls: {
      ...(env['CORRIDOR_SUBGRAPH_URL'] && { [CORRIDOR_SUBGRAPH]: env['CORRIDOR_SUBGRAPH_URL'] }),
      ...Object.fromEntries(MEMBERS.filter((m) => env[`CITY_${m.slug.toUpperCase()}_SUBGRAPH_URL`]).map((m) => [m.slug, citySubgraphUrl(m, env)])),
    },
    subgraphTimeoutMs: positiveInteger(env, 'SUBGRAPH_TIMEOUT_MS', 5_000),
    supergraphPollMs: positiveInteger(env, 'SUPERGRAPH_POLL_MS', 2_000),
    port: positiveInteger(env, 'PORT', 4000),
    host: env['HOST'] ?? '127.0.0.1',
  };
}
