/**
 * The routers the end-to-end read suite runs against, each in front of the same local corridor:
 * our gateway (started with the corridor, in the test's process) and Hive Gateway with Hive
 * Router's Rust query planner (a child process from bench/peer's own install, configured by
 * bench/peer/gateway.config.ts), both serving the committed supergraph, the Hive one through a
 * copy pointed at the corridor's subgraphs. A read must get the same answer through either.
 *
 * Hive Gateway is installed apart from the product (`npm run bench:peer:install`; `.ci/run` does
 * it). Where it is not installed the suite runs through our gateway alone and says so, except in
 * CI, where a missing second router is a failure.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { freePort } from '../../bench/gateway-process.js';
import { PEER_INSTALL_COMMAND, hiveGatewayInstalled, startHiveGateway, supergraphPointingAt } from '../../bench/peer/hive-gateway.js';
import { startLocalCorridor, type LocalCorridor, type LocalCorridorOptions } from '../../sandbox/local-corridor.js';

export type RouterName = 'Apollo Gateway (ours)' | 'Hive Gateway, Rust query planner';
export const OURS: RouterName = 'Apollo Gateway (ours)';
export const HIVE_RUST: RouterName = 'Hive Gateway, Rust query planner';

export interface Router {
  graphqlUrl: string;
  close(): Promise<void>;
}

/** Starts a router in front of a running corridor's subgraphs. */
export type RouterFactory = (corridor: LocalCorridor) => Promise<Router>;

// Started and stopped with the corridor itself.
const ourGateway: RouterFactory = async (corridor) => ({ graphqlUrl: corridor.graphqlUrl, close: async () => {} });

const hiveGatewayWithRustPlanner: RouterFactory = async (corridor) => {
  const folder = mkdtempSync(join(tmpdir(), 'corridor-hive-router-'));
  try {
    const subgraphUrls = { corridor: corridor.corridor.url, ...Object.fromEntries([...corridor.cities].map(([slug, city]) => [slug, city.url])) };
    const gateway = await startHiveGateway({
      supergraphPath: supergraphPointingAt(subgraphUrls, folder),
      hubSecret: corridor.hubSecret,
      planner: 'rust',
      port: await freePort(),
      logPath: join(folder, 'hive-gateway.log'),
    });
    return {
      graphqlUrl: gateway.graphqlUrl,
      close: async () => {
        await gateway.close();
        rmSync(folder, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(folder, { recursive: true, force: true });
    throw error;
  }
};

const hiveInstalled = hiveGatewayInstalled();
if (!hiveInstalled) {
  const missing = `Hive Gateway (the second router) is not installed: ${PEER_INSTALL_COMMAND}`;
  if (process.env['CI']) throw new Error(missing);
  console.warn(`${missing}; the end-to-end read suite runs through our gateway only`);
}

const FACTORIES: ReadonlyMap<RouterName, RouterFactory> = new Map([
  [OURS, ourGateway],
  ...(hiveInstalled ? [[HIVE_RUST, hiveGatewayWithRustPlanner] as const] : []),
]);

/** The routers every read test runs through, for `describe.each`. */
export const ROUTERS: readonly RouterName[] = [...FACTORIES.keys()];

export interface CorridorBehindRouters {
  corridor(): LocalCorridor;
  graphqlUrl(router: RouterName): string;
}

/**
 * Starts one local corridor for the test file and every router in front of it (beforeAll), and
 * stops them after (afterAll): the routers share the subgraphs, so a fault set on a platform
 * shows through each.
 */
export function corridorBehindEveryRouter(options: LocalCorridorOptions): CorridorBehindRouters {
  let corridor: LocalCorridor | undefined;
  const routers = new Map<RouterName, Router>();
  // The corridor, then a second router's process: twice the hookTimeout of vitest.config.ts.
  beforeAll(async () => {
    corridor = await startLocalCorridor(options);
    for (const [name, start] of FACTORIES) routers.set(name, await start(corridor));
  }, 120_000);
  afterAll(async () => {
    await Promise.all([...routers.values()].map((router) => router.close()));
    await corridor?.close();
  });
  return {
    corridor: () => corridor ?? raise('the corridor has not started'),
    graphqlUrl: (router) => routers.get(router)?.graphqlUrl ?? raise(`${router} has not started`),
  };
}

function raise(message: string): never {
  throw new Error(message);
}
