/**
 * The corridor as a deployment runs it: the stand-in platforms, the nine city subgraphs, the
 * corridor subgraph and the gateway, each its own operating-system process started from its own
 * entry point (`sandbox/cli.ts`, `subgraphs/city/index.ts`, `subgraphs/corridor/index.ts`,
 * `gateway/index.ts`) and configured only through the environment, as the README documents it.
 * A test can therefore kill one process (SIGKILL included), start it again on the same port and
 * files, call a subgraph directly as an outsider would, and steer the platforms' faults over
 * their admin API.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { request } from 'undici';
import { MEMBERS, type Member } from '../../schema/registry.js';
import { StandInAdmin } from '../../sandbox/kit/admin-client.js';
import { demoApiKeyEntries } from '../../sandbox/identities.js';

const REPOSITORY = resolve(import.meta.dirname, '../..');
/**
 * Node itself with tsx's loader, not the tsx command: the command runs the script in a child
 * process of its own, so a SIGKILL sent to it would leave the real process running, orphaned.
 */
const NODE_WITH_TSX = [process.execPath, '--import', 'tsx'] as const;
/** Lines of each process's output kept for the failure message of a test. */
const KEPT_OUTPUT_LINES = 200;

/** A rate no test reaches: the edge's own tests set small rates. */
const UNTHROTTLED = { perMinute: '1000000', burst: '100000' };

export type ProcessName = 'platforms' | 'corridor' | 'gateway' | `city:${string}`;

export interface SeparateCorridorOptions {
  /** Variables every process gets, after the harness's own (short intervals, for one). */
  env?: Record<string, string>;
  /** Variables of one process only. */
  envOf?: Partial<Record<ProcessName, Record<string, string>>>;
  /** Arguments of `sandbox/cli.ts` (e.g. `['--latency', '30']`). */
  platformArgs?: string[];
  /** How long to wait for each process to answer its health check. */
  startTimeoutMs?: number;
}

export interface SeparateCorridor {
  /** The gateway's GraphQL endpoint. */
  graphqlUrl: string;
  gatewayUrl: string;
  corridorUrl: string;
  /** Base URL of a member's city subgraph (serves `/graphql`, `/health`, `/internal/…`). */
  cityUrl(slug: string): string;
  /** Base URL of a member's stand-in platform. */
  platformUrl(slug: string): string;
  /** The admin API of a member's stand-in platform (faults, call counts, records). */
  platform(slug: string): StandInAdmin;
  /** The secret the processes share. */
  hubSecret: string;
  /** Where the processes keep their files (read index, outboxes, key file). */
  dataFolder: string;
  /** Sends a signal to a process and waits until it has exited. */
  kill(name: ProcessName, signal?: NodeJS.Signals): Promise<void>;
  /** Starts a stopped process again, same port, same files, and waits until it is healthy. */
  start(name: ProcessName): Promise<void>;
  /** `kill` with SIGTERM, then `start`. */
  restart(name: ProcessName): Promise<void>;
  /** Operating-system process id of a running process. */
  pid(name: ProcessName): number | undefined;
  /** The last lines a process printed, for diagnosis. */
  output(name: ProcessName): string;
  close(): Promise<void>;
}

interface Supervised {
  name: ProcessName;
  script: string;
  args: string[];
  env: Record<string, string>;
  healthUrls: string[];
  child?: ChildProcess;
  exited?: Promise<void>;
  lines: string[];
}

/**
 * Loopback ports below the kernel's ephemeral range (32768 and up), free when chosen and held open
 * together so no two are the same. Servers that other tests start on port 0 get ephemeral ports,
 * so none of them can take a port between its choosing here and a child process binding it.
 */
const PORT_RANGE = { from: 20_000, to: 32_000 };

function listenOn(port: number): Promise<ReturnType<typeof createServer> | undefined> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(undefined));
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

async function freePorts(count: number): Promise<number[]> {
  const held: ReturnType<typeof createServer>[] = [];
  for (let attempt = 0; held.length < count && attempt < count * 20; attempt++) {
    const server = await listenOn(PORT_RANGE.from + Math.floor(Math.random() * (PORT_RANGE.to - PORT_RANGE.from)));
    if (server) held.push(server);
  }
  if (held.length < count) throw new Error(`found only ${held.length} of ${count} free ports in ${PORT_RANGE.from}–${PORT_RANGE.to}`);
  const ports = held.map((server) => (server.address() as { port: number }).port);
  await Promise.all(held.map((server) => new Promise((closed) => server.close(closed))));
  return ports;
}

async function answers(url: string): Promise<boolean> {
  try {
    const response = await request(url, { headersTimeout: 2_000, bodyTimeout: 2_000 });
    await response.body.dump();
    return response.statusCode < 500;
  } catch {
    return false;
  }
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** How a process that was meant to refuse its start ended: its exit code (null when it had to be killed) and what it printed. */
export interface EndedProcess {
  code: number | null;
  output: string;
}

/**
 * Runs one entry point (`subgraphs/city/index.ts` …) with only `env` besides PATH and HOME, and
 * waits for it to exit by itself: for starts that must be refused. One still running after
 * `timeoutMs` is killed and reported with code null.
 */
export function runUntilExit(script: string, args: readonly string[], env: Record<string, string>, timeoutMs = 30_000): Promise<EndedProcess> {
  const child = spawn(NODE_WITH_TSX[0], [...NODE_WITH_TSX.slice(1), script, ...args], {
    cwd: REPOSITORY,
    env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '', NODE_ENV: 'test', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const chunks: Buffer[] = [];
  child.stdout!.on('data', (chunk: Buffer) => chunks.push(chunk));
  child.stderr!.on('data', (chunk: Buffer) => chunks.push(chunk));
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  return new Promise((resolve) => {
    // 'close', not 'exit': by then everything the process printed has been read.
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code: signal ? null : code, output: Buffer.concat(chunks).toString('utf8') });
    });
  });
}

export async function startSeparateCorridor(options: SeparateCorridorOptions = {}): Promise<SeparateCorridor> {
  const dataFolder = mkdtempSync(join(tmpdir(), 'corridor-processes-'));
  const hubSecret = randomBytes(32).toString('hex');
  const keyFile = join(dataFolder, 'api-keys.json');
  writeFileSync(keyFile, JSON.stringify(demoApiKeyEntries()));

  const [gatewayPort, corridorPort, ...memberPorts] = await freePorts(2 + MEMBERS.length * 2);
  const platformPorts = new Map(MEMBERS.map((member, index) => [member.slug, memberPorts[index]!]));
  const cityPorts = new Map(MEMBERS.map((member, index) => [member.slug, memberPorts[MEMBERS.length + index]!]));
  const platformUrl = (slug: string) => `http://127.0.0.1:${platformPorts.get(slug)}`;
  const cityUrl = (slug: string) => `http://127.0.0.1:${cityPorts.get(slug)}`;
  const corridorUrl = `http://127.0.0.1:${corridorPort}`;
  const gatewayUrl = `http://127.0.0.1:${gatewayPort}`;
  const variable = (member: Member, what: string) => `CITY_${member.slug.toUpperCase()}_${what}`;

  const shared: Record<string, string> = {
    HUB_SECRET: hubSecret,
    // The API key file names every organisation with its id: what ownership checks compare.
    ORGANIZATIONS_FILE: keyFile,
    HOST: '127.0.0.1',
    SYNC_INTERVAL_MS: '1000',
    OUTBOX_RETRY_MS: '500',
    ...Object.fromEntries(MEMBERS.flatMap((member) => [
      [variable(member, 'PLATFORM_URL'), platformUrl(member.slug)],
      [variable(member, 'SUBGRAPH_URL'), cityUrl(member.slug)],
    ])),
    CORRIDOR_SUBGRAPH_URL: corridorUrl,
    ...options.env,
  };
  const processes = new Map<ProcessName, Supervised>();
  const define = (name: ProcessName, script: string, args: string[], env: Record<string, string>, healthUrls: string[]) =>
    processes.set(name, { name, script, args, env: { ...shared, ...env, ...options.envOf?.[name] }, healthUrls, lines: [] });

  define('platforms', 'sandbox/cli.ts', options.platformArgs ?? [], { SANDBOX_DATA_DIR: join(dataFolder, 'platforms') }, MEMBERS.map((member) => `${platformUrl(member.slug)}/__sandbox/stats`));
  for (const member of MEMBERS) {
    define(`city:${member.slug}`, 'subgraphs/city/index.ts', [member.slug], {
      PORT: String(cityPorts.get(member.slug)),
      CITY_OUTBOX_DB: join(dataFolder, `${member.slug}-outbox.db`),
    }, [`${cityUrl(member.slug)}/health`]);
  }
  define('corridor', 'subgraphs/corridor/index.ts', [], { PORT: String(corridorPort), CORRIDOR_DB: join(dataFolder, 'corridor.db') }, [`${corridorUrl}/health`]);
  define('gateway', 'gateway/index.ts', [], {
    PORT: String(gatewayPort),
    API_KEYS_FILE: keyFile,
    RATE_LIMIT_ANONYMOUS_PER_MINUTE: UNTHROTTLED.perMinute,
    RATE_LIMIT_ANONYMOUS_BURST: UNTHROTTLED.burst,
    RATE_LIMIT_KEY_PER_MINUTE: UNTHROTTLED.perMinute,
    RATE_LIMIT_KEY_BURST: UNTHROTTLED.burst,
  }, [`${gatewayUrl}/health`]);

  const startTimeoutMs = options.startTimeoutMs ?? 60_000;
  const supervised = (name: ProcessName) => {
    const found = processes.get(name);
    if (!found) throw new Error(`No process ${name}`);
    return found;
  };

  const launch = (managed: Supervised) => {
    const child = spawn(NODE_WITH_TSX[0], [...NODE_WITH_TSX.slice(1), managed.script, ...managed.args], {
      cwd: REPOSITORY,
      env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '', NODE_ENV: 'test', ...managed.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const keep = (chunk: Buffer) => {
      managed.lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      if (managed.lines.length > KEPT_OUTPUT_LINES) managed.lines.splice(0, managed.lines.length - KEPT_OUTPUT_LINES);
    };
    child.stdout!.on('data', keep);
    child.stderr!.on('data', keep);
    managed.child = child;
    managed.exited = new Promise((exited) => child.once('exit', () => exited()));
  };

  const waitHealthy = async (managed: Supervised) => {
    const deadline = Date.now() + startTimeoutMs;
    for (const url of managed.healthUrls) {
      while (!(await answers(url))) {
        if (managed.child?.exitCode !== null && managed.child?.exitCode !== undefined) {
          throw new Error(`${managed.name} exited with ${managed.child.exitCode}:\n${managed.lines.join('\n')}`);
        }
        if (Date.now() > deadline) throw new Error(`${managed.name} not healthy after ${startTimeoutMs} ms:\n${managed.lines.join('\n')}`);
        await pause(200);
      }
    }
    // A health answer from another process on the same port would not keep this one alive.
    await pause(100);
    if (managed.child?.exitCode !== null || managed.child?.signalCode !== null) throw new Error(`${managed.name} exited after starting:\n${managed.lines.join('\n')}`);
  };

  const start = async (name: ProcessName) => {
    const managed = supervised(name);
    if (managed.child && managed.child.exitCode === null && managed.child.signalCode === null) throw new Error(`${name} is already running`);
    launch(managed);
    await waitHealthy(managed);
  };

  const kill = async (name: ProcessName, signal: NodeJS.Signals = 'SIGTERM') => {
    const managed = supervised(name);
    if (!managed.child || managed.child.exitCode !== null || managed.child.signalCode !== null) return;
    managed.child.kill(signal);
    await managed.exited;
  };

  const stopAll = async () => {
    await Promise.all([...processes.keys()].map((name) => kill(name, 'SIGKILL')));
    rmSync(dataFolder, { recursive: true, force: true });
  };

  try {
    // Platforms first, then the cities (they probe their platforms), then the corridor (it syncs
    // the cities), then the gateway: the order a deployment brings them up in.
    await start('platforms');
    await Promise.all(MEMBERS.map((member) => start(`city:${member.slug}`)));
    await start('corridor');
    await start('gateway');
  } catch (error) {
    await stopAll();
    throw error;
  }

  return {
    graphqlUrl: `${gatewayUrl}/graphql`,
    gatewayUrl,
    corridorUrl,
    cityUrl,
    platformUrl,
    platform: (slug) => new StandInAdmin(platformUrl(slug)),
    hubSecret,
    dataFolder,
    kill,
    start,
    restart: async (name) => {
      await kill(name);
      await start(name);
    },
    pid: (name) => supervised(name).child?.pid,
    output: (name) => supervised(name).lines.join('\n'),
    close: stopAll,
  };
}
