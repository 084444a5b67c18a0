/**
 * The whole corridor on one machine: the nine stand-in platforms, the nine city subgraphs, the
 * corridor subgraph and the gateway, each a real HTTP server on loopback. `npm start` runs it
 * on each part's own fixed port; tests and benchmarks run it on free ports.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { adapterFactoryFor } from '../adapters/index.js';
import type { AdapterOptions } from '../adapters/kit/adapter.js';
import { ApiKeys } from '../gateway/api-keys.js';
import { corsOriginsFrom } from '../gateway/config.js';
import { SUPERGRAPH_PATH } from '../schema/wire.js';
import { startGateway, type RunningGateway } from '../gateway/server.js';
import { MEMBERS, type Member } from '../schema/registry.js';
import { startOrUndo } from '../subgraphs/lifecycle.js';
import { randomHubSecret } from '../subgraphs/signing.js';
import { startCitySubgraph, type CitySubgraphOptions, type RunningCitySubgraph } from '../subgraphs/city/subgraph.js';
import { CORRIDOR_DEFAULT_PORT } from '../schema/wire.js';
import { startCorridorSubgraph, type RunningCorridorSubgraph } from '../subgraphs/corridor/subgraph.js';
import { startSandbox, type RunningSandbox, type SandboxOptions } from './stand-ins.js';
import { sandboxFactsFor } from './platforms/index.js';
import { demoApiKeyEntries, demoOrganizationDirectory } from './identities.js';

/** A rate no test or local session reaches. */
const UNTHROTTLED_RATE = { perMinute: 1_000_000, burst: 100_000 };

export interface LocalCorridorOptions {
  /** `fixed` (the default): each part's own port (gateway on `gatewayPort`); `ephemeral`: free ports, for tests. */
  ports?: 'fixed' | 'ephemeral';
  gatewayPort?: number;
  dataset?: SandboxOptions['dataset'];
  /**
   * Stand-in platforms another local corridor started: this one then runs as a second set of
   * replicas (gateway, corridor, city subgraphs) in front of the same platforms, and leaves them
   * running when closed.
   */
  sandbox?: RunningSandbox;
  faults?: SandboxOptions['faults'];
  /** Folder of the read index and the outboxes (kept across runs); a fresh temporary folder when omitted. */
  dataFolder?: string;
  /** Folder of the stand-in platforms' data files; `platforms/` in `dataFolder` when omitted. */
  platformDataFolder?: string;
  /** `postgres://…`: the city subgraphs' outboxes live in this database instead of `dataFolder`. */
  databaseUrl?: string | undefined;
  /** `redis://…`: the gateway's response cache and rate limits and the city subgraphs' entity caches live there. */
  redisUrl?: string | undefined;
  /** How the city subgraphs' outboxes deliver writes (retry backoff, concurrency, accept wait). */
  outbox?: CitySubgraphOptions['outbox'];
  /** How long the city subgraphs serve records without asking their platforms (each member's own by default). */
  entityFreshnessMs?: number;
  /** How long the gateway may reuse anonymous answers (0: never); 5 s by default. */
  responseCacheSeconds?: number;
  syncIntervalMs?: number;
  subgraphTimeoutMs?: number;
  /** Timeouts and retries of the adapters' platform connections. */
  platformHttp?: AdapterOptions['http'];
  /** The secret every part signs and checks internal calls with; a fresh random one per run when omitted. */
  hubSecret?: string;
}

export interface LocalCorridor {
  sandbox: RunningSandbox;
  cities: ReadonlyMap<string, RunningCitySubgraph>;
  corridor: RunningCorridorSubgraph;
  gateway: RunningGateway;
  /** The gateway's GraphQL endpoint (the same across gateway restarts). */
  graphqlUrl: string;
  /** The secret the parts share (to sign a request to a subgraph as the hub would). */
  hubSecret: string;
  /** Stops a member's city subgraph and starts it again on the same port with the same outbox. */
  restartCity(slug: string): Promise<void>;
  /** Stops the gateway and starts it again on the same port. */
  restartGateway(): Promise<void>;
  close(): Promise<void>;
}

/** Starts every part; when one fails to start, the parts already started are closed again and the error rethrown. */
export function startLocalCorridor(options: LocalCorridorOptions = {}): Promise<LocalCorridor> {
  return startOrUndo(async (opened) => {
    const fixedPorts = options.ports !== 'ephemeral';
    const hubSecret = options.hubSecret ?? randomHubSecret();
    const organizations = demoOrganizationDirectory();
    const temporaryFolder = options.dataFolder ? undefined : mkdtempSync(join(tmpdir(), 'corridor-'));
    const removeTemporaryFolder = () => temporaryFolder && rmSync(temporaryFolder, { recursive: true, force: true });
    opened({ close: removeTemporaryFolder });
    const dataFolder = options.dataFolder ?? temporaryFolder!;
    const databasePath = join(dataFolder, 'corridor.db');
    const sandbox = options.sandbox ?? opened(await startSandbox({
      ports: options.ports,
      dataset: options.dataset,
      faults: options.faults,
      dataFolder: options.platformDataFolder ?? join(dataFolder, 'platforms'),
    }));

    const cities = new Map<string, RunningCitySubgraph>();
    const startCity = async (member: Member, port: number) => {
      const adapter = adapterFactoryFor(member.slug)({ member, baseUrl: sandbox.urlOf(member.slug), credentials: sandboxFactsFor(member.slug).credentials, http: options.platformHttp });
      const city = await startCitySubgraph({
        member,
        adapter,
        hubSecret,
        organizations,
        outboxPath: join(dataFolder, `${member.slug}-outbox.db`),
        databaseUrl: options.databaseUrl,
        redisUrl: options.redisUrl,
        outbox: options.outbox,
        entityFreshnessMs: options.entityFreshnessMs,
        responseCacheSeconds: options.responseCacheSeconds,
        port,
      });
      cities.set(member.slug, city);
      return city;
    };
    // Each city is closed through the map, so a restarted one is closed, not the one it replaced.
    const closeCities = () => Promise.all([...cities.values()].map((city) => city.close()));
    opened({ close: closeCities });
    for (const member of MEMBERS) await startCity(member, fixedPorts ? member.subgraphPort : 0);

    const corridor = opened(await startCorridorSubgraph({
      members: MEMBERS,
      databasePath,
      targets: MEMBERS.map((member) => ({ member, subgraphUrl: cities.get(member.slug)!.url })),
      hubSecret,
      organizations,
      syncIntervalMs: options.syncIntervalMs ?? 30_000,
      responseCacheSeconds: options.responseCacheSeconds,
      port: fixedPorts ? CORRIDOR_DEFAULT_PORT : 0,
    }));
    await corridor.sync.syncAll();

    const startLocalGateway = (port: number) =>
      startGateway({
        apiKeys: new ApiKeys(demoApiKeyEntries()),
        requireApiKey: false,
        hubSecret,
        supergraphPath: SUPERGRAPH_PATH,
        subgraphUrls: { corridor: corridor.url, ...Object.fromEntries([...cities].map(([slug, city]) => [slug, city.url])) },
        subgraphTimeoutMs: options.subgraphTimeoutMs ?? 5_000,
        supergraphPollMs: 2_000,
        // Tests and `npm start` send many requests from one address; the edge's own tests set small rates.
        rateLimits: { anonymous: UNTHROTTLED_RATE, key: UNTHROTTLED_RATE },
        corsOrigins: corsOriginsFrom(process.env),
        redisUrl: options.redisUrl,
        port,
      });
    let gateway = await startLocalGateway(fixedPorts ? (options.gatewayPort ?? 4000) : 0);
    const portOf = (url: string) => Number(new URL(url).port);

    return {
      sandbox,
      cities,
      corridor,
      get gateway() {
        return gateway;
      },
      graphqlUrl: `${gateway.url}/graphql`,
      hubSecret,
      restartCity: async (slug) => {
        const running = cities.get(slug);
        if (!running) throw new Error(`No city subgraph ${slug}`);
        await running.close();
        await startCity(running.member, portOf(running.url));
      },
      restartGateway: async () => {
        await gateway.close();
        gateway = await startLocalGateway(portOf(gateway.url));
      },
      close: async () => {
        await gateway.close();
        await corridor.close();
        await closeCities();
        await sandbox.close();
        removeTemporaryFolder();
      },
    };
  });
}
