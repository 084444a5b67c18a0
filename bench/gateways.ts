/**
 * The processes the benchmark starts: the subgraph host (bench/subgraphs-host.ts: platforms,
 * city subgraphs, corridor subgraph) and the gateways under test, each gateway in its own
 * process so /proc shows its CPU time and memory alone.
 *
 * Every gateway serves the same supergraph: a temporary copy of schema/supergraph.graphql whose
 * `@join__graph(url:)` values point at the host's ports. The host runs on free ports rather than
 * the registry's defaults (4300, 4201–4209) so a corridor started with `npm start` on the same
 * machine neither breaks the benchmark nor gets measured by it; ours additionally gets the URLs
 * through its documented environment variables.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { request } from 'undici';
import { randomHubSecret } from '../subgraphs/signing.js';
import { freePort, logTail, startGatewayProcess, stopChild, type GatewayProcess } from './gateway-process.js';
import { CONTROL_ROUTES, HOST_READY_PREFIX, type HostReady, type PlatformStats } from './host-protocol.js';
import { hiveGatewayInstalled, hiveGatewayLabel, startHiveGateway, supergraphPointingAt } from './peer/hive-gateway.js';
import type { QueryPlanner } from './peer/settings.js';

export const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));

/**
 * Ours through tsx; ours compiled (`npm run build`, dist/) on plain node; Hive Gateway with its
 * JavaScript query planner; Hive Gateway with Hive Router's Rust planner.
 */
export const GATEWAY_NAMES = ['ours', 'ours-compiled', 'peer', 'peer-rust'] as const;
export type GatewayName = (typeof GATEWAY_NAMES)[number];
type PeerName = Exclude<GatewayName, 'ours' | 'ours-compiled'>;

const PEER_PLANNERS: Readonly<Record<PeerName, QueryPlanner>> = { peer: 'javascript', 'peer-rust': 'rust' };
/** Our gateway as `npm run build` compiles it. */
const COMPILED_GATEWAY = join(REPO_ROOT, 'dist', 'gateway', 'index.js');

export interface GatewayUnderTest extends GatewayProcess {
  name: GatewayName;
  /** e.g. "ours (Apollo Gateway 2.14)". */
  label: string;
}

/**
 * The secret of this run: the subgraph host checks every request with it, and every gateway
 * signs with it (ours natively, the peers through their plugin in bench/peer/gateway.config.ts).
 */
const HUB_SECRET = randomHubSecret();

/** Where child processes write their own output, kept for a look when something fails. */
export const LOG_FOLDER = mkdtempSync(join(tmpdir(), 'corridor-bench-logs-'));

const logPath = (name: string) => join(LOG_FOLDER, `${name}.log`);

// ---------------------------------------------------------------------------------------------
// The subgraph host
// ---------------------------------------------------------------------------------------------

export class SubgraphHost {
  private constructor(
    private readonly child: ChildProcess,
    readonly ready: HostReady,
  ) {}

  get pid(): number {
    return this.child.pid!;
  }

  /** Starts the host and resolves when its first sync is done (10,000 per kind takes minutes). */
  static async start(options: { perKind: number | null; caches: boolean; timeoutMs: number }): Promise<SubgraphHost> {
    const args = [
      '--import',
      'tsx',
      'bench/subgraphs-host.ts',
      ...(options.perKind === null ? [] : ['--per-kind', String(options.perKind)]),
      ...(options.caches ? [] : ['--no-caches']),
    ];
    const hostLog = logPath(`subgraphs-host-${options.perKind ?? 'default'}`);
    const stderr = openSync(hostLog, 'a');
    const child = spawn(process.execPath, args, { cwd: REPO_ROOT, env: { ...process.env, HUB_SECRET }, stdio: ['pipe', 'pipe', stderr] });
    closeSync(stderr);
    try {
      const ready = await new Promise<HostReady>((resolve, reject) => {
        let buffered = '';
        const timer = setTimeout(() => reject(new Error(`the subgraph host was not ready within ${options.timeoutMs} ms`)), options.timeoutMs);
        child.stdout!.setEncoding('utf8');
        child.stdout!.on('data', (chunk: string) => {
          buffered += chunk;
          const lines = buffered.split('\n');
          buffered = lines.pop()!;
          for (const line of lines) {
            if (!line.startsWith(HOST_READY_PREFIX)) continue;
            clearTimeout(timer);
            resolve(JSON.parse(line.slice(HOST_READY_PREFIX.length)) as HostReady);
          }
        });
        child.once('exit', (code, signal) => {
          clearTimeout(timer);
          reject(new Error(`the subgraph host exited (${signal ?? code}) before it was ready:\n${logTail(hostLog)}`));
        });
      });
      // Keep draining stdout so the child never blocks on a full pipe.
      child.stdout!.resume();
      return new SubgraphHost(child, ready);
    } catch (error) {
      await stopChild(child);
      throw error;
    }
  }

  /** Sets the added latency and jitter of every member's platform. */
  async setPlatformLatency(latencyMs: number, jitterMs: number): Promise<void> {
    await this.control('PATCH', CONTROL_ROUTES.faults, { latencyMs, jitterMs });
  }

  /** Platform calls per member and route since the last `resetPlatformStats`. */
  platformStats(): Promise<PlatformStats> {
    return this.control('GET', CONTROL_ROUTES.stats);
  }

  async resetPlatformStats(): Promise<void> {
    await this.control('POST', CONTROL_ROUTES.resetStats);
  }

  async close(): Promise<void> {
    // EOF on stdin is the host's cue to close its servers and remove its read index file.
    this.child.stdin!.end();
    const exited = new Promise<void>((resolve) => (this.child.exitCode !== null ? resolve() : this.child.once('exit', () => resolve())));
    const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 15_000).unref());
    if ((await Promise.race([exited, timeout])) === 'timeout') await stopChild(this.child);
  }

  private async control<T>(method: 'GET' | 'PATCH' | 'POST', path: string, body?: unknown): Promise<T> {
    const response = await request(`${this.ready.controlUrl}${path}`, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const payload = (await response.body.json()) as T;
    if (response.statusCode !== 200) throw new Error(`subgraph host ${method} ${path}: ${response.statusCode} ${JSON.stringify(payload)}`);
    return payload;
  }
}

// ---------------------------------------------------------------------------------------------
// The gateways under test
// ---------------------------------------------------------------------------------------------

/** Writes the committed supergraph with every subgraph URL pointed at the host; returns its path. */
export function supergraphFor(host: HostReady, folder: string): string {
  return supergraphPointingAt({ corridor: host.corridorUrl, ...host.cityUrls }, folder);
}

/** Whether a gateway can be measured here: the compiled one needs `npm run build`, the peers their own install (npm run bench:peer:install). */
export function gatewayAvailable(name: GatewayName): boolean {
  if (name === 'ours') return true;
  if (name === 'ours-compiled') return existsSync(COMPILED_GATEWAY);
  return hiveGatewayInstalled();
}

function ourVersion(): string {
  return (JSON.parse(readFileSync(join(REPO_ROOT, 'node_modules', '@apollo', 'gateway', 'package.json'), 'utf8')) as { version: string }).version;
}

/** Ours, the same configuration through tsx or compiled: only how the code is loaded differs. */
async function startOurGateway(name: 'ours' | 'ours-compiled', host: HostReady, supergraphPath: string): Promise<GatewayUnderTest> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    HUB_SECRET,
    PORT: String(port),
    HOST: '127.0.0.1',
    SUPERGRAPH_PATH: supergraphPath,
    CORRIDOR_SUBGRAPH_URL: host.corridorUrl,
    // The load generator is one anonymous address sending thousands of requests: measure, do not throttle.
    RATE_LIMIT_ANONYMOUS_PER_MINUTE: '100000000',
    RATE_LIMIT_ANONYMOUS_BURST: '1000000',
    ...Object.fromEntries(Object.entries(host.cityUrls).map(([slug, url]) => [`CITY_${slug.toUpperCase()}_SUBGRAPH_URL`, url])),
  };
  const args = name === 'ours' ? ['--import', 'tsx', 'gateway/index.ts'] : [COMPILED_GATEWAY];
  const running = await startGatewayProcess({ args, cwd: REPO_ROOT, env, port, logPath: logPath(`gateway-${name}-${port}`) });
  return { ...running, name, label: `${name} (Apollo Gateway ${ourVersion()}, ${name === 'ours' ? 'through tsx' : 'compiled, plain node'})` };
}

async function startPeerGateway(name: PeerName, supergraphPath: string): Promise<GatewayUnderTest> {
  const port = await freePort();
  const planner = PEER_PLANNERS[name];
  const running = await startHiveGateway({ supergraphPath, hubSecret: HUB_SECRET, planner, port, logPath: logPath(`gateway-${name}-${port}`) });
  return { ...running, name, label: `${name} (${hiveGatewayLabel(planner)})` };
}

export function startGateway(name: GatewayName, host: HostReady, supergraphPath: string): Promise<GatewayUnderTest> {
  return name === 'ours' || name === 'ours-compiled' ? startOurGateway(name, host, supergraphPath) : startPeerGateway(name, supergraphPath);
}

/** A temporary folder for one host's supergraph copy, removed by the returned function. */
export function temporaryFolder(prefix: string): { path: string; remove(): void } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}
