/**
 * The processes the benchmark starts: the subgraph host (bench/subgraphs-host.ts: platforms,
 * city subgraphs, corridor subgraph) and the gateways under test, each gateway in its own
 * process so /proc shows its CPU time and memory alone.
 *
 * Both gateways serve the same supergraph: a temporary copy of schema/supergraph.graphql whose
 * `@join__graph(url:)` values point at the host's ports. The host runs on free ports rather than
 * the registry's defaults (4300, 4201–4209) so a corridor started with `npm start` on the same
 * machine neither breaks the benchmark nor gets measured by it; ours additionally gets the URLs
 * through its documented environment variables.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { request } from 'undici';
import { SUPERGRAPH_PATH } from '../schema/wire.js';
import { randomHubSecret } from '../subgraphs/signing.js';
import { CONTROL_ROUTES, HOST_READY_PREFIX, type HostReady, type PlatformStats } from './host-protocol.js';

export const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));
const PEER_ROOT = join(REPO_ROOT, 'bench', 'peer');
const PEER_BIN = join(PEER_ROOT, 'node_modules', '@graphql-hive', 'gateway', 'dist', 'bin.js');

export type GatewayName = 'ours' | 'peer';

export interface GatewayUnderTest {
  name: GatewayName;
  /** e.g. "Apollo Gateway 2.14 (ours)". */
  label: string;
  pid: number;
  /** The GraphQL endpoint. */
  graphqlUrl: string;
  close(): Promise<void>;
}

/**
 * The secret of this run: the subgraph host checks every request with it, and both gateways
 * sign with it (ours natively, the peer through its plugin in bench/peer/gateway.config.ts).
 */
const HUB_SECRET = randomHubSecret();

/** Where child processes write their own output, kept for a look when something fails. */
export const LOG_FOLDER = mkdtempSync(join(tmpdir(), 'corridor-bench-logs-'));

function logFile(name: string): number {
  return openSync(join(LOG_FOLDER, `${name}.log`), 'a');
}

/** The last lines a child wrote, to say why it failed without sending anyone to the log folder. */
function logTail(name: string, lines = 12): string {
  try {
    return readFileSync(join(LOG_FOLDER, `${name}.log`), 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no output)';
  }
}

/** Ends a child we started: politely, then by force after `graceMs`. */
async function stopChild(child: ChildProcess, graceMs = 5_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('could not find a free port');
  return address.port;
}

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
    const logName = `subgraphs-host-${options.perKind ?? 'default'}`;
    const stderr = logFile(logName);
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
          reject(new Error(`the subgraph host exited (${signal ?? code}) before it was ready:\n${logTail(logName)}`));
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
  const urls: Record<string, string> = { corridor: host.corridorUrl, ...host.cityUrls };
  const replaced = new Set<string>();
  const sdl = readFileSync(SUPERGRAPH_PATH, 'utf8').replace(/@join__graph\(name: "([^"]+)", url: "[^"]*"\)/g, (original, name: string) => {
    const base = urls[name];
    if (!base) return original;
    replaced.add(name);
    return `@join__graph(name: "${name}", url: "${base}/graphql")`;
  });
  const missing = Object.keys(urls).filter((name) => !replaced.has(name));
  if (missing.length) throw new Error(`the supergraph has no @join__graph for ${missing.join(', ')}`);
  const path = join(folder, 'supergraph.graphql');
  writeFileSync(path, sdl);
  return path;
}

export function peerInstalled(): boolean {
  return existsSync(PEER_BIN);
}

export function peerVersion(): string {
  return (JSON.parse(readFileSync(join(PEER_ROOT, 'node_modules', '@graphql-hive', 'gateway', 'package.json'), 'utf8')) as { version: string }).version;
}

function ourVersion(): string {
  return (JSON.parse(readFileSync(join(REPO_ROOT, 'node_modules', '@apollo', 'gateway', 'package.json'), 'utf8')) as { version: string }).version;
}

/** Polls a query that needs the supergraph loaded and a subgraph reachable, until it answers data. */
async function waitForGraphQL(url: string, child: ChildProcess, logName: string, timeoutMs: number): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  let last = 'no answer yet';
  while (performance.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the gateway exited with ${child.exitCode} while starting:\n${logTail(logName)}`);
    try {
      const response = await request(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ cities { slug } }' }),
        headersTimeout: 2_000,
        bodyTimeout: 2_000,
      });
      const text = await response.body.text();
      if (response.statusCode === 200 && text.includes('"putuo"')) return;
      last = `${response.statusCode} ${text.slice(0, 200)}`;
    } catch (error) {
      last = error instanceof Error ? error.message : String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the gateway at ${url} was not ready within ${timeoutMs} ms: ${last}`);
}

async function startGatewayProcess(
  name: GatewayName,
  label: string,
  command: { args: string[]; cwd: string; env: NodeJS.ProcessEnv },
  port: number,
): Promise<GatewayUnderTest> {
  const logName = `gateway-${name}-${port}`;
  const output = logFile(logName);
  // Spawned straight from node (not through npm or npx), so `pid` is the gateway itself.
  const child = spawn(process.execPath, command.args, { cwd: command.cwd, env: command.env, stdio: ['ignore', output, output] });
  closeSync(output);
  const graphqlUrl = `http://127.0.0.1:${port}/graphql`;
  try {
    await waitForGraphQL(graphqlUrl, child, logName, 60_000);
  } catch (error) {
    await stopChild(child);
    throw error;
  }
  return { name, label, pid: child.pid!, graphqlUrl, close: () => stopChild(child) };
}

export async function startOurGateway(host: HostReady, supergraphPath: string): Promise<GatewayUnderTest> {
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
  return startGatewayProcess('ours', `ours (Apollo Gateway ${ourVersion()})`, { args: ['--import', 'tsx', 'gateway/index.ts'], cwd: REPO_ROOT, env }, port);
}

export async function startPeerGateway(supergraphPath: string): Promise<GatewayUnderTest> {
  const port = await freePort();
  // --fork 1: one process, as ours is (more workers would hide CPU in children /proc does not sum).
  const args = [PEER_BIN, 'supergraph', supergraphPath, '--port', String(port), '--host', '127.0.0.1', '--fork', '1'];
  // Started from bench/peer so no gateway.config.* elsewhere is picked up.
  return startGatewayProcess('peer', `peer (Hive Gateway ${peerVersion()})`, { args, cwd: PEER_ROOT, env: { ...process.env, HUB_SECRET } }, port);
}

/** A temporary folder for one host's supergraph copy, removed by the returned function. */
export function temporaryFolder(prefix: string): { path: string; remove(): void } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}
