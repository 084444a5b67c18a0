/**
 * The whole corridor on one machine: the nine stand-in platforms, the nine city subgraphs, the
 * corridor subgraph and the gateway, each a real HTTP server on loopback. `npm start` runs it
 * on the registry's fixed ports; tests and benchmarks run it on free ports.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { adapterFactoryFor } from '../adapters/index.js';
import type { AdapterOptions } from '../adapters/kit/adapter.js';
import { SUPERGRAPH_PATH } from '../gateway/supergraph.js';
import { startGateway, type RunningGateway } from '../gateway/server.js';
import { MEMBERS } from '../schema/registry.js';
import { DEVELOPMENT_CHANGE_FEED_SECRET } from '../subgraphs/city/config.js';
import { startCitySubgraph, type RunningCitySubgraph } from '../subgraphs/city/subgraph.js';
import { CORRIDOR_DEFAULT_PORT } from '../subgraphs/corridor/config.js';
import { startCorridorSubgraph, type RunningCorridorSubgraph } from '../subgraphs/corridor/subgraph.js';
import { startSandbox, type RunningSandbox, type SandboxOptions } from './corridor.js';

export interface LocalCorridorOptions {
  /** `registry`: fixed ports (gateway on `gatewayPort`); `ephemeral`: free ports, for tests. */
  ports?: 'registry' | 'ephemeral';
  gatewayPort?: number;
  dataset?: SandboxOptions['dataset'];
  faults?: SandboxOptions['faults'];
  /** The read index file; a fresh temporary file when omitted. */
  databasePath?: string;
  syncIntervalMs?: number;
  subgraphTimeoutMs?: number;
  /** Timeouts and retries of the adapters' platform connections. */
  platformHttp?: AdapterOptions['http'];
}

export interface LocalCorridor {
  sandbox: RunningSandbox;
  cities: ReadonlyMap<string, RunningCitySubgraph>;
  corridor: RunningCorridorSubgraph;
  gateway: RunningGateway;
  /** The gateway's GraphQL endpoint. */
  graphqlUrl: string;
  close(): Promise<void>;
}

export async function startLocalCorridor(options: LocalCorridorOptions = {}): Promise<LocalCorridor> {
  const fixedPorts = options.ports !== 'ephemeral';
  const temporaryFolder = options.databasePath ? undefined : mkdtempSync(join(tmpdir(), 'corridor-'));
  const databasePath = options.databasePath ?? join(temporaryFolder!, 'corridor.db');
  const sandbox = await startSandbox({ ports: options.ports, dataset: options.dataset, faults: options.faults });

  const cities = new Map<string, RunningCitySubgraph>();
  for (const member of MEMBERS) {
    const adapter = adapterFactoryFor(member.slug)({
      member,
      baseUrl: sandbox.urlOf(member.slug),
      credentials: member.sandboxCredentials,
      http: options.platformHttp,
    });
    cities.set(
      member.slug,
      await startCitySubgraph({ member, adapter, changeFeedSecret: DEVELOPMENT_CHANGE_FEED_SECRET, port: fixedPorts ? member.subgraphPort : 0 }),
    );
  }

  const corridor = await startCorridorSubgraph({
    members: MEMBERS,
    databasePath,
    targets: MEMBERS.map((member) => ({ member, subgraphUrl: cities.get(member.slug)!.url })),
    changeFeedSecret: DEVELOPMENT_CHANGE_FEED_SECRET,
    syncIntervalMs: options.syncIntervalMs ?? 30_000,
    port: fixedPorts ? CORRIDOR_DEFAULT_PORT : 0,
  });
  await corridor.sync.syncAll();

  const gateway = await startGateway({
    supergraphPath: SUPERGRAPH_PATH,
    subgraphUrls: { corridor: corridor.url, ...Object.fromEntries([...cities].map(([slug, city]) => [slug, city.url])) },
    subgraphTimeoutMs: options.subgraphTimeoutMs ?? 5_000,
    supergraphPollMs: 2_000,
    port: fixedPorts ? (options.gatewayPort ?? 4000) : 0,
  });

  return {
    sandbox,
    cities,
    corridor,
    gateway,
    graphqlUrl: `${gateway.url}/graphql`,
    close: async () => {
      await gateway.close();
      await corridor.close();
      await Promise.all([...cities.values()].map((city) => city.close()));
      await sandbox.close();
      if (temporaryFolder) rmSync(temporaryFolder, { recursive: true, force: true });
    },
  };
}
