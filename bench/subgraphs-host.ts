/**
 * Everything the gateway under test talks to, in one process: the nine stand-in platforms, the
 * nine city subgraphs and the corridor subgraph (with its read index), all on loopback ports
 * picked by the OS. The gateway itself is NOT started here: the benchmark runs each gateway in
 * its own process so its CPU time and memory can be read from /proc without the subgraphs'.
 *
 *   npx tsx bench/subgraphs-host.ts [--per-kind 10000] [--sync-interval-ms 1800000] [--no-caches]
 *
 * `--no-caches` turns off what the subgraphs cache or let the gateway cache: the city subgraphs'
 * entity cache (every record is looked up on its platform) and the `Cache-Control: max-age` of
 * every subgraph's answers (so the gateway's response cache stores nothing). Without it they
 * run with the product's defaults.
 *
 * When the first sync of the read index is done it prints one line on stdout, HOST_READY_PREFIX
 * and a `HostReady` JSON, and serves a small control API on its own loopback port
 * (CONTROL_ROUTES in bench/host-protocol.ts; `SubgraphHost` in bench/gateways.ts is the client):
 * platform latency and jitter for every member, and platform call counts.
 * Its subgraphs check every request's signature with HUB_SECRET, as in a deployment.
 * It exits when its stdin closes (the benchmark ended or died) or on SIGTERM/SIGINT.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { adapterFactoryFor } from '../adapters/index.js';
import { startSandbox } from '../sandbox/stand-ins.js';
import { sandboxFactsFor } from '../sandbox/platforms/index.js';
import { MEMBERS } from '../schema/registry.js';
import { hubSecretFrom } from '../subgraphs/signing.js';
import { demoOrganizationDirectory } from '../sandbox/identities.js';
import { startCitySubgraph, type RunningCitySubgraph } from '../subgraphs/city/subgraph.js';
import { startCorridorSubgraph } from '../subgraphs/corridor/subgraph.js';
import { CONTROL_ROUTES, HOST_READY_PREFIX, type HostReady, type PlatformStats } from './host-protocol.js';

const { values: args } = parseArgs({
  options: {
    'per-kind': { type: 'string' },
    // Long by default: a sync during a measurement would add its platform calls and CPU to it.
    'sync-interval-ms': { type: 'string', default: String(30 * 60_000) },
    'no-caches': { type: 'boolean', default: false },
  },
});
const perKind = args['per-kind'] === undefined ? null : Number(args['per-kind']);
if (perKind !== null && !(Number.isInteger(perKind) && perKind > 0)) throw new Error(`--per-kind needs a positive integer, got "${args['per-kind']}"`);
const syncIntervalMs = Number(args['sync-interval-ms']);
if (!(Number.isInteger(syncIntervalMs) && syncIntervalMs > 0)) throw new Error(`--sync-interval-ms needs a positive integer, got "${args['sync-interval-ms']}"`);
/** Spread into the subgraphs' options: zeroes with --no-caches, nothing (the defaults) without. */
const cacheOptions = args['no-caches'] ? { entityFreshnessMs: 0, responseCacheSeconds: 0 } : {};

/** The benchmark gives the host and both gateways one secret for the run (bench/gateways.ts). */
const hubSecret = hubSecretFrom(process.env);
const organizations = demoOrganizationDirectory();

const processStarted = performance.now();
const temporaryFolder = mkdtempSync(join(tmpdir(), 'corridor-bench-'));
const sandbox = await startSandbox({ ports: 'ephemeral', ...(perKind !== null && { dataset: { perKind } }) });

const cities = new Map<string, RunningCitySubgraph>();
for (const member of MEMBERS) {
  const adapter = adapterFactoryFor(member.slug)({ member, baseUrl: sandbox.urlOf(member.slug), credentials: sandboxFactsFor(member.slug).credentials });
  const outboxPath = join(temporaryFolder, `${member.slug}-outbox.db`);
  cities.set(member.slug, await startCitySubgraph({ member, adapter, hubSecret, organizations, outboxPath, ...cacheOptions, port: 0 }));
}

const syncStarted = performance.now();
const corridor = await startCorridorSubgraph({
  members: MEMBERS,
  databasePath: join(temporaryFolder, 'corridor.db'),
  targets: MEMBERS.map((member) => ({ member, subgraphUrl: cities.get(member.slug)!.url })),
  hubSecret,
  organizations,
  syncIntervalMs,
  ...(args['no-caches'] && { responseCacheSeconds: 0 }),
  port: 0,
});
// The subgraph starts its first sync itself; this joins it rather than starting a second one.
await corridor.sync.syncAll();
const firstSyncMs = performance.now() - syncStarted;

const syncErrors: Record<string, string> = {};
for (const member of MEMBERS) {
  const state = corridor.index.syncState(member.slug);
  if (state.lastError !== null) syncErrors[member.slug] = state.lastError;
}

function platformStats(): PlatformStats {
  return Object.fromEntries([...sandbox.platforms].map(([slug, platform]) => [slug, platform.stats()]));
}

/** Stand-ins can only be read, not reset, in process: counting starts from this snapshot. */
let baseline: PlatformStats = platformStats();

function statsSinceBaseline(): PlatformStats {
  const now = platformStats();
  return Object.fromEntries(
    Object.entries(now).map(([slug, stats]) => {
      const before = baseline[slug] ?? { total: 0, byRoute: {} };
      const byRoute: Record<string, number> = {};
      for (const [route, count] of Object.entries(stats.byRoute)) {
        const delta = count - (before.byRoute[route] ?? 0);
        if (delta > 0) byRoute[route] = delta;
      }
      return [slug, { total: stats.total - before.total, byRoute }];
    }),
  );
}

async function readJson(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return chunks.length === 0 ? {} : JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

function send(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(JSON.stringify(body));
}

const control = createServer((request, response) => {
  const route = `${request.method} ${request.url}`;
  (async () => {
    if (route === `PATCH ${CONTROL_ROUTES.faults}`) {
      const { latencyMs, jitterMs } = (await readJson(request)) as { latencyMs?: number; jitterMs?: number };
      // Only latency and jitter: each platform keeps its own default behaviour (Nantong's rate limit).
      const applied = Object.fromEntries([...sandbox.platforms].map(([slug, platform]) => [slug, platform.faults.update({ latencyMs, jitterMs })]));
      return send(response, 200, applied);
    }
    if (route === `POST ${CONTROL_ROUTES.resetStats}`) {
      baseline = platformStats();
      return send(response, 200, { reset: true });
    }
    if (route === `GET ${CONTROL_ROUTES.stats}`) return send(response, 200, statsSinceBaseline());
    return send(response, 404, { error: `no route ${route}` });
  })().catch((error: unknown) => send(response, 500, { error: error instanceof Error ? error.message : String(error) }));
});
await new Promise<void>((resolve) => control.listen(0, '127.0.0.1', resolve));

let closing: Promise<void> | undefined;
function shutdown(): Promise<void> {
  closing ??= (async () => {
    control.close();
    await corridor.close();
    await Promise.all([...cities.values()].map((city) => city.close()));
    await sandbox.close();
    rmSync(temporaryFolder, { recursive: true, force: true });
  })();
  return closing;
}
// The benchmark holds our stdin open for as long as it needs us; EOF means it is gone.
process.stdin.on('end', () => void shutdown().then(() => process.exit(0)));
process.stdin.resume();
process.on('SIGTERM', () => void shutdown().then(() => process.exit(0)));
process.on('SIGINT', () => void shutdown().then(() => process.exit(0)));

const ready: HostReady = {
  corridorUrl: corridor.url,
  cityUrls: Object.fromEntries([...cities].map(([slug, city]) => [slug, city.url])),
  controlUrl: `http://127.0.0.1:${(control.address() as AddressInfo).port}`,
  perKind,
  firstSyncMs: Math.round(firstSyncMs),
  startupMs: Math.round(performance.now() - processStarted),
  syncErrors,
};
process.stdout.write(`${HOST_READY_PREFIX}${JSON.stringify(ready)}\n`);
