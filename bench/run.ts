/**
 * The corridor benchmark: our gateway and two peer Federation 2 gateways (Hive Gateway with its
 * JavaScript query planner, and with Hive Router's Rust planner) in front of the same subgraphs,
 * under the same front-end workloads, alternating per cell, with the subgraphs' caching off or
 * on for all of them alike. Starts everything it measures, runs bounded in time, prints one
 * table. See bench/README.md.
 *
 *   npm run bench                       # full run (both datasets, 0 and 30 ms platforms, caches off)
 *   npm run bench -- --quick            # smoke run: short cells, default dataset only
 *   npm run bench -- --only mixed --caches off,on --latency 0,30 --duration 3   # like for like, caches off and on
 *   npm run bench -- --only list,search --gateways ours --datasets 10k --latency 30 --duration 10
 */
import { cpus, loadavg, totalmem } from 'node:os';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { buildCorridorDataset } from '../sandbox/dataset/index.js';
import { GATEWAY_NAMES, LOG_FOLDER, SubgraphHost, gatewayAvailable, startGateway, supergraphFor, temporaryFolder, type GatewayName, type GatewayUnderTest } from './gateways.js';
import { PEER_INSTALL_COMMAND } from './peer/hive-gateway.js';
import type { PlatformStats } from './host-protocol.js';
import { quantile, runLoad } from './load.js';
import { cpuPercent, resetPeakRss, sampleProcess, waitUntilIdle, type ProcessSample } from './process-stats.js';
import { buildWorkloads, WORKLOAD_IDS, type GraphQLRequest, type Workload, type WorkloadId } from './workloads.js';

// ---------------------------------------------------------------------------------------------
// Options
// ---------------------------------------------------------------------------------------------

const USAGE = `npm run bench -- [options]
  --quick                 short cells (1 s warm-up, 2 s measured), default dataset only
  --duration <s>          measured seconds per cell (default 5)
  --warm-up <s>           warm-up seconds per cell (default 1)
  --rounds <n>            times each cell is run, the gateways alternating round after round;
                          the ratios are then the median over rounds, with their range (default 1)
  --concurrency <n>       requests in flight (default 16)
  --only <w,...>          workloads: ${WORKLOAD_IDS.join(',')} (default all)
  --gateways <g,...>      ${GATEWAY_NAMES.join(',')} (default all that are there): ours through
                          tsx, ours compiled (after npm run build), Hive Gateway (peer), Hive
                          Gateway with the Rust planner (peer-rust); the peers need their install
  --datasets <d,...>      default,10k (records per kind per member; default both)
  --latency <ms,...>      added platform latency, jitter ± a third of it (default 0,30)
  --caches <mode,...>     off (default): city subgraphs look every record up on its platform and
                          no subgraph answer may be cached by a gateway; on: the product's
                          defaults (entity cache, 60 s; answers cacheable for 5 s, which every
                          gateway's response cache honours); off,on: both, one host each`;

const { values: flags } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    duration: { type: 'string' },
    'warm-up': { type: 'string' },
    rounds: { type: 'string', default: '1' },
    concurrency: { type: 'string', default: '16' },
    only: { type: 'string' },
    gateways: { type: 'string' },
    datasets: { type: 'string' },
    latency: { type: 'string', default: '0,30' },
    caches: { type: 'string', default: 'off' },
    help: { type: 'boolean', default: false },
  },
});
if (flags.help) {
  console.log(USAGE);
  process.exit(0);
}

function positiveNumber(name: string, raw: string): number {
  const value = Number(raw);
  if (!(Number.isFinite(value) && value > 0)) throw new Error(`--${name} needs a positive number, got "${raw}"\n${USAGE}`);
  return value;
}

function list<T extends string>(name: string, raw: string, allowed: readonly T[]): T[] {
  const values = raw.split(',').map((value) => value.trim()).filter(Boolean);
  const unknown = values.filter((value) => !allowed.includes(value as T));
  if (unknown.length || values.length === 0) throw new Error(`--${name}: unknown ${unknown.join(', ') || '(empty)'}; choose from ${allowed.join(', ')}`);
  return [...new Set(values)] as T[];
}

/** `default` → the default dataset; `10k` or `10000` → that many records per kind per member. */
function datasetSize(raw: string): number | null {
  if (raw === 'default') return null;
  const match = /^(\d+)(k?)$/.exec(raw);
  if (!match) throw new Error(`--datasets: "${raw}" is neither "default" nor a size like 10k or 2000`);
  return Number(match[1]) * (match[2] ? 1000 : 1);
}

const settings = {
  warmUpMs: positiveNumber('warm-up', flags['warm-up'] ?? '1') * 1000,
  durationMs: positiveNumber('duration', flags.duration ?? (flags.quick ? '2' : '5')) * 1000,
  concurrency: Math.round(positiveNumber('concurrency', flags.concurrency)),
  rounds: Math.round(positiveNumber('rounds', flags.rounds)),
  workloads: flags.only ? list('only', flags.only, WORKLOAD_IDS) : [...WORKLOAD_IDS],
  datasets: (flags.datasets ?? (flags.quick ? 'default' : 'default,10k')).split(',').map((raw) => datasetSize(raw.trim())),
  latencies: flags.latency.split(',').map((raw) => {
    const value = Number(raw);
    if (!(Number.isFinite(value) && value >= 0)) throw new Error(`--latency: "${raw}" is not a number of milliseconds`);
    return value;
  }),
};
const cacheModes = list('caches', flags.caches, ['off', 'on'] as const);
type CacheMode = (typeof cacheModes)[number];
const requestedGateways: GatewayName[] = flags.gateways ? list('gateways', flags.gateways, GATEWAY_NAMES) : [...GATEWAY_NAMES];
const missingGateways = requestedGateways.filter((name) => !gatewayAvailable(name));
const gatewayNames = requestedGateways.filter((name) => gatewayAvailable(name));
if (gatewayNames.length === 0) throw new Error(`no gateway to measure: install the peers with \`${PEER_INSTALL_COMMAND}\` or add ours to --gateways`);

/** Jitter is a third of the latency: 30 ms platforms answer in 30 ± 10 ms. */
const jitterFor = (latencyMs: number) => Math.round(latencyMs / 3);
/** Bounds: a cell may send at most this many requests, and waits at most this long for quiet. */
const MAX_REQUESTS_PER_CELL = 200_000;
const SETTLE_TIMEOUT_MS = 30_000;
/** The longest rate-limit window of the stand-in platforms (Nantong: 200 calls per second). */
const RATE_LIMIT_WINDOW_MS = 1_100;
const DRAIN_TIMEOUT_MS = 30_000;
const HOST_START_TIMEOUT_MS = 8 * 60_000;
/** Requests of each measured workload every gateway sends before the first cell (see primeHost), and the longest that may take. */
const PRIME_REQUESTS = 200;
const PRIME_TIMEOUT_MS = 3 * 60_000;

// ---------------------------------------------------------------------------------------------
// Cells
// ---------------------------------------------------------------------------------------------

interface CellResult {
  dataset: string;
  caches: CacheMode;
  latencyMs: number;
  concurrency: number;
  workload: WorkloadId;
  gateway: GatewayName;
  /** Which run of this cell, from 1 (see --rounds). */
  round: number;
  completed: number;
  errors: number;
  /** True when the figures cover the whole run (warm-up to last answer), not just the window. */
  wholeRun: boolean;
  errorSamples: string[];
  throughput: number;
  p50: number;
  p95: number;
  p99: number;
  cpuPercent: number;
  /** CPU of the subgraph host (platforms, city subgraphs, corridor) in the same window. */
  hostCpuPercent: number;
  peakRssMb: number;
  peakRssSinceStart: boolean;
  /** Platform calls over the whole cell (warm-up, window, drain) … */
  platformCalls: PlatformStats;
  /** … and the requests sent in it, each of them answered before the calls were read. */
  issued: number;
  platformCallsPerOp: number;
  /** True when requests had to be aborted after the drain bound: calls per op is then approximate. */
  callsApproximate: boolean;
  settledMs: number;
  truncated: boolean;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The same dataset, caches, platforms, workload and concurrency: one cell, whichever gateway and round. */
const sameCell = (a: CellResult, b: CellResult) =>
  a.dataset === b.dataset && a.caches === b.caches && a.latencyMs === b.latencyMs && a.workload === b.workload && a.concurrency === b.concurrency;

/** The gateway's CPU time per answer in the window, ms: its own cost, which other work on the machine moves least. */
const cpuMsPerRequest = (cell: CellResult) => (cell.cpuPercent * 10) / cell.throughput;

const datasetLabel = (perKind: number | null) => (perKind === null ? 'default' : perKind % 1000 === 0 ? `${perKind / 1000}k` : String(perKind));
const log = (line: string) => process.stderr.write(`${line}\n`);
const fixed = (value: number, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : '—');

async function runCell(
  host: SubgraphHost,
  gateway: GatewayUnderTest,
  workload: Workload,
  context: { dataset: string; caches: CacheMode; latencyMs: number; concurrency: number; round: number },
): Promise<CellResult> {
  // Work left queued by the previous cell must not be billed to this one, nor its use of a
  // platform's rate limit (Nantong's counts calls per one-second window): idle, then a window more.
  const settled = await waitUntilIdle([host.pid, gateway.pid], { idlePercent: 10, intervalMs: 200, timeoutMs: SETTLE_TIMEOUT_MS });
  await new Promise((resolve) => setTimeout(resolve, RATE_LIMIT_WINDOW_MS));
  const peakReset = resetPeakRss(gateway.pid);
  const samples: { gateway: ProcessSample; host: ProcessSample }[] = [];
  const sample = () => {
    samples.push({ gateway: sampleProcess(gateway.pid), host: sampleProcess(host.pid) });
  };
  // Counted over the whole cell, which ends only when every request sent has been answered.
  await host.resetPlatformStats();
  const result = await runLoad({
    url: gateway.graphqlUrl,
    concurrency: context.concurrency,
    warmUpMs: settings.warmUpMs,
    durationMs: settings.durationMs,
    maxRequests: MAX_REQUESTS_PER_CELL,
    drainTimeoutMs: DRAIN_TIMEOUT_MS,
    body: (i) => JSON.stringify(workload.request(i)),
    atWindowStart: sample,
    atWindowEnd: sample,
  });
  const platformCalls = await host.platformStats();
  const totalCalls = Object.values(platformCalls).reduce((sum, stats) => sum + stats.total, 0);
  const [before, after] = samples as [(typeof samples)[0], (typeof samples)[0]];
  // Fewer answers in the window than requests in flight: latencies exceed the window, so the
  // window alone says little; the whole run (warm-up to last answer) is reported instead.
  const wholeRun = result.completed < context.concurrency;
  const counted = wholeRun
    ? { completed: result.wholeRun.answered, errors: result.wholeRun.errors, throughput: result.wholeRun.throughputPerSecond, latencies: result.wholeRun.latenciesMs }
    : { completed: result.completed, errors: result.errors, throughput: result.throughputPerSecond, latencies: result.latenciesMs };
  return {
    ...context,
    workload: workload.id,
    gateway: gateway.name,
    completed: counted.completed,
    errors: counted.errors,
    errorSamples: result.errorSamples,
    throughput: counted.throughput,
    p50: quantile(counted.latencies, 0.5),
    p95: quantile(counted.latencies, 0.95),
    p99: quantile(counted.latencies, 0.99),
    wholeRun,
    cpuPercent: cpuPercent(before.gateway, after.gateway),
    hostCpuPercent: cpuPercent(before.host, after.host),
    peakRssMb: after.gateway.peakRssBytes / 1024 / 1024,
    peakRssSinceStart: !peakReset,
    platformCalls,
    issued: result.issued,
    platformCallsPerOp: result.issued > 0 ? totalCalls / result.issued : Number.NaN,
    callsApproximate: !result.drained,
    settledMs: settled.waitedMs,
    truncated: result.truncated,
  };
}

/** Sends the first requests of each workload to every gateway and compares the data they answer. */
async function compareAnswers(gateways: readonly GatewayUnderTest[], workloads: readonly Workload[]): Promise<string[]> {
  if (gateways.length < 2) return [];
  const differences: string[] = [];
  const ask = async (gateway: GatewayUnderTest, request: GraphQLRequest) => {
    const response = await fetch(gateway.graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(request) });
    return (await response.json()) as { data?: unknown; errors?: unknown };
  };
  for (const workload of workloads.filter((w) => w.id !== 'mixed')) {
    for (let i = 0; i < 3; i++) {
      const request = workload.request(i);
      const answers = await Promise.all(gateways.map((gateway) => ask(gateway, request)));
      const texts = answers.map((answer) => JSON.stringify(answer.data ?? null));
      if (new Set(texts).size > 1 || answers.some((answer) => answer.errors)) {
        differences.push(`${workload.id} #${i}: ${gateways.map((g, k) => `${g.name} ${texts[k]!.slice(0, 120)}${answers[k]!.errors ? ` errors ${JSON.stringify(answers[k]!.errors).slice(0, 160)}` : ''}`).join(' | ')}`);
      }
    }
  }
  return differences;
}

/**
 * Every cell sends its workload's requests from the first one on, and the corridor subgraph
 * remembers what it computed for them (a challenge's matches, a filter's facets). Whichever
 * gateway ran first would pay for computing them all, so before the first cell each gateway in
 * turn sends the first requests of every measured workload: the subgraphs then start every cell
 * alike, and each gateway has planned each operation once.
 */
async function primeHost(gateways: readonly GatewayUnderTest[], workloads: readonly Workload[]): Promise<void> {
  for (const gateway of gateways) {
    for (const workload of workloads) {
      await runLoad({
        url: gateway.graphqlUrl,
        concurrency: settings.concurrency,
        // The request bound ends the run, not the clock: the warm-up is only its time limit.
        warmUpMs: PRIME_TIMEOUT_MS,
        durationMs: 1,
        maxRequests: PRIME_REQUESTS,
        drainTimeoutMs: DRAIN_TIMEOUT_MS,
        body: (i) => JSON.stringify(workload.request(i)),
      });
    }
  }
}

// ---------------------------------------------------------------------------------------------
// The run
// ---------------------------------------------------------------------------------------------

const runStarted = performance.now();
/** Other work on the machine skews every figure; the report says how busy it was. */
const loadAtStart = loadavg()[0]!;
const results: CellResult[] = [];
const setupNotes: string[] = [];
const gatewayLabels = new Map<GatewayName, string>();

if (missingGateways.length) log(`Not there, not measured: ${missingGateways.join(', ')} (ours-compiled needs npm run build, the peers ${PEER_INSTALL_COMMAND})`);
log(
  `cells: ${settings.workloads.length} workloads × ${settings.latencies.length} latencies × ${settings.datasets.length} datasets × ${cacheModes.length} cache modes × ${gatewayNames.length} gateways × ${settings.rounds} rounds, ` +
    `${settings.warmUpMs / 1000} s warm-up + ${settings.durationMs / 1000} s each; logs in ${LOG_FOLDER}`,
);

for (const perKind of settings.datasets) {
  // Built once per dataset, while the first host builds its own copy and syncs: the bench process is idle meanwhile.
  let workloads: Map<WorkloadId, Workload> | undefined;
  for (const caches of cacheModes) {
    const dataset = datasetLabel(perKind);
    const tag = `[${dataset}, caches ${caches}]`;
    log(`\n${tag} starting the subgraph host${perKind === null ? '' : ` (${perKind} records per kind per member; the first sync takes a while)`} …`);
    // Off: every page costs its platform lookups and no gateway may reuse an answer, so the
    // federation path, the platform latency and platform calls show. On: the product's
    // defaults, where every gateway's response cache answers repeated pages from memory.
    const hostStarting = SubgraphHost.start({ perKind, caches: caches === 'on', timeoutMs: HOST_START_TIMEOUT_MS });
    workloads ??= buildWorkloads(buildCorridorDataset(perKind === null ? {} : { perKind }));
    const datasetWorkloads = workloads;
    const host = await hostStarting;
    const folder = temporaryFolder('corridor-bench-supergraph-');
    const gateways: GatewayUnderTest[] = [];
    try {
      const syncNote = `${tag} subgraph host ready in ${fixed(host.ready.startupMs / 1000)} s; first sync of the read index ${fixed(host.ready.firstSyncMs / 1000)} s`;
      setupNotes.push(syncNote);
      log(syncNote);
      for (const [member, error] of Object.entries(host.ready.syncErrors)) {
        const note = `${tag} WARNING: ${member} did not sync: ${error}`;
        setupNotes.push(note);
        log(note);
      }
      const supergraphPath = supergraphFor(host.ready, folder.path);
      for (const name of gatewayNames) {
        const started = performance.now();
        const gateway = await startGateway(name, host.ready, supergraphPath);
        gateways.push(gateway);
        gatewayLabels.set(name, gateway.label);
        log(`${tag} ${gateway.label} ready in ${fixed((performance.now() - started) / 1000)} s (pid ${gateway.pid})`);
      }
      const differences = await compareAnswers(gateways, [...datasetWorkloads.values()]);
      const comparison = differences.length
        ? `${tag} the gateways answered differently:\n  ${differences.join('\n  ')}`
        : gateways.length > 1
          ? `${tag} every gateway answered the first requests of every workload with identical data`
          : '';
      if (comparison) {
        setupNotes.push(comparison);
        log(comparison);
      }
      const primingStarted = performance.now();
      await primeHost(gateways, settings.workloads.map((id) => datasetWorkloads.get(id)!));
      log(`${tag} primed: ${PRIME_REQUESTS} requests of each workload through each gateway in ${fixed((performance.now() - primingStarted) / 1000)} s`);

      const runAndLog = async (gateway: GatewayUnderTest, id: WorkloadId, latencyMs: number, concurrency: number, round: number) => {
        const cell = await runCell(host, gateway, datasetWorkloads.get(id)!, { dataset, caches, latencyMs, concurrency, round });
        results.push(cell);
        log(
          `${tag} [${latencyMs} ms c=${concurrency} round ${round}] ${id.padEnd(6)} ${gateway.name.padEnd(9)} ${fixed(cell.throughput).padStart(8)} req/s  p50 ${fixed(cell.p50).padStart(7)} ms  ` +
            `p99 ${fixed(cell.p99).padStart(7)} ms  errors ${cell.errors}/${cell.completed}` +
            (cell.settledMs > 1000 ? `  (waited ${fixed(cell.settledMs / 1000)} s for the previous cell's backlog)` : '') +
            (cell.errorSamples.length ? `\n      e.g. ${cell.errorSamples[0]}` : ''),
        );
      };
      // Ours, peer, peer-rust, ours …, round after round: slow drift of the machine, and other
      // work on it, hits every gateway alike.
      const runRounds = async (id: WorkloadId, latencyMs: number, concurrency: number) => {
        for (let round = 1; round <= settings.rounds; round++) {
          for (const gateway of gateways) await runAndLog(gateway, id, latencyMs, concurrency, round);
        }
      };
      for (const latencyMs of settings.latencies) {
        await host.setPlatformLatency(latencyMs, jitterFor(latencyMs));
        for (const id of settings.workloads) await runRounds(id, latencyMs, settings.concurrency);
        // One page at a time: a page's own latency without queueing, with and without slow platforms.
        if (settings.workloads.includes('list') && settings.concurrency > 1) await runRounds('list', latencyMs, 1);
      }
    } finally {
      await Promise.all(gateways.map((gateway) => gateway.close()));
      await host.close();
      folder.remove();
    }
  }
}

// ---------------------------------------------------------------------------------------------
// The report
// ---------------------------------------------------------------------------------------------

function table(header: string[], rows: string[][], leftColumns: number): string {
  const widths = header.map((cell, i) => Math.max(cell.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((cell, i) => (i < leftColumns ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

function cpuModel(): string {
  try {
    return /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? cpus()[0]?.model ?? 'unknown';
  } catch {
    return cpus()[0]?.model ?? 'unknown';
  }
}

const out: string[] = [];
out.push('');
out.push('Corridor hub benchmark');
out.push(`machine: ${cpus().length} CPUs (${cpuModel()}), ${fixed(totalmem() / 1024 ** 3, 0)} GiB, Node ${process.version}; load average ${fixed(loadAtStart, 2)} at start, ${fixed(loadavg()[0]!, 2)} at end`);
out.push(`gateways: ${[...gatewayLabels.values()].join('; ')}${missingGateways.length ? ` (not there: ${missingGateways.join(', ')})` : ''}`);
out.push(
  `cells: ${settings.concurrency} concurrent requests (conc), ${settings.warmUpMs / 1000} s warm-up + ${settings.durationMs / 1000} s measured, each run ${settings.rounds}× (rounds); ` +
    'platform = latency ± jitter added to every native platform call; list is also run one request at a time (conc 1); ' +
    'caches off: every record is looked up on its platform and no gateway may reuse an answer; ' +
    "caches on (the product's defaults): the city subgraphs' entity cache, and answers cacheable for 5 s, which every gateway's response cache honours " +
    "(ours: Apollo Server's; the peers: Hive Gateway's responseCaching, bench/peer/gateway.config.ts)",
);
out.push(...setupNotes);
out.push('');
out.push(
  table(
    ['dataset', 'caches', 'platform', 'workload', 'conc', 'round', 'gateway', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'errors', 'answers', 'CPU %', 'CPU ms/req', 'peak RSS MB', 'platform calls/op', 'host CPU %'],
    results.map((r) => [
      r.dataset,
      r.caches,
      r.latencyMs === 0 ? '0 ms' : `${r.latencyMs}±${jitterFor(r.latencyMs)} ms`,
      r.workload,
      String(r.concurrency),
      String(r.round),
      r.gateway,
      fixed(r.throughput),
      fixed(r.p50),
      fixed(r.p95),
      fixed(r.p99),
      String(r.errors),
      `${r.completed}${r.truncated ? '*' : ''}${r.wholeRun ? '§' : ''}`,
      fixed(r.cpuPercent, 0),
      fixed(cpuMsPerRequest(r), 2),
      `${fixed(r.peakRssMb, 0)}${r.peakRssSinceStart ? '†' : ''}`,
      `${r.callsApproximate ? '~' : ''}${fixed(r.platformCallsPerOp, 2)}`,
      fixed(r.hostCpuPercent, 0),
    ]),
    7,
  ),
);
if (results.some((r) => r.wholeRun)) {
  out.push('§ fewer answers than requests in flight arrived in the window (latencies longer than it): req/s, latencies and errors cover the whole cell, warm-up to last answer');
}
if (results.some((r) => r.truncated)) out.push(`* the cell reached its bound of ${MAX_REQUESTS_PER_CELL} requests before its time ran out`);
if (results.some((r) => r.peakRssSinceStart)) out.push('† peak since the gateway started: the kernel refused to reset VmHWM');
out.push(
  'answers: requests answered inside the measured window (req/s and latencies come from them). CPU %: the gateway process alone, user + system time / wall time of the window ' +
    '(100 = one core); CPU ms/req: that CPU time per answer in the window; host CPU %: the one process running every platform and subgraph. Peak RSS: the gateway\'s VmHWM during the cell. Platform calls/op: native ' +
    'platform calls during the whole cell / requests sent in it, all answered before counting (~: some had to be aborted, approximate).',
);

// Each gateway's cell over its rounds: the medians, and the highest peak memory.
if (settings.rounds > 1) {
  const firstRounds = results.filter((r) => r.round === 1);
  out.push('');
  out.push(
    table(
      ['dataset', 'caches', 'platform', 'workload', 'conc', 'gateway', 'req/s', 'p50 ms', 'CPU ms/req', 'peak RSS MB (lowest–highest)'],
      firstRounds.map((first) => {
        const rounds = results.filter((r) => r.gateway === first.gateway && sameCell(r, first));
        const peaks = rounds.map((r) => r.peakRssMb);
        return [
          first.dataset,
          first.caches,
          `${first.latencyMs} ms`,
          first.workload,
          String(first.concurrency),
          first.gateway,
          fixed(median(rounds.map((r) => r.throughput))),
          fixed(median(rounds.map((r) => r.p50))),
          fixed(median(rounds.map(cpuMsPerRequest)), 2),
          `${fixed(Math.min(...peaks), 0)}–${fixed(Math.max(...peaks), 0)}`,
        ];
      }),
      6,
    ),
  );
  out.push(`medians over ${settings.rounds} rounds of each gateway's cell`);
}

const errorLines = results.filter((r) => r.errors > 0).map((r) => `  ${r.dataset} caches ${r.caches} ${r.latencyMs} ms ${r.workload} ${r.gateway}: ${r.errors} of ${r.completed}, e.g. ${r.errorSamples.join(' / ')}`);
if (errorLines.length) out.push('', 'errors:', ...errorLines);

// Ours against each other gateway, cell by cell: the same dataset, caches, platforms, workload and
// concurrency, each round's ours against the same round's other, then the median over rounds.
const othersMeasured = gatewayNames.filter((name) => name !== 'ours');
const comparedCells = results.filter((r) => r.gateway === 'ours' && r.round === 1);
if (comparedCells.length && othersMeasured.length) {
  /** One figure of ours against another gateway's over every round: the median, and its range when there are several. */
  const ratioOverRounds = (cell: CellResult, otherName: GatewayName, figure: (ours: CellResult, other: CellResult) => number): string => {
    const pairs = results
      .filter((ours) => ours.gateway === 'ours' && sameCell(ours, cell))
      .flatMap((ours) => results.filter((other) => other.gateway === otherName && other.round === ours.round && sameCell(other, ours)).map((other) => ({ ours, other })));
    if (pairs.length === 0) return '—';
    const ratios = pairs.map(({ ours, other }) => figure(ours, other)).sort((a, b) => a - b);
    const wholeRun = pairs.some(({ ours, other }) => ours.wholeRun || other.wholeRun) ? '§' : '';
    const middle = fixed(median(ratios), 2);
    return ratios.length > 1 ? `${middle} (${fixed(ratios[0]!, 2)}–${fixed(ratios.at(-1)!, 2)})${wholeRun}` : `${middle}${wholeRun}`;
  };
  out.push('');
  out.push(
    table(
      [
        'dataset',
        'caches',
        'platform',
        'workload',
        'conc',
        ...othersMeasured.map((name) => `ours/${name} req/s`),
        ...othersMeasured.map((name) => `ours/${name} p50`),
        ...othersMeasured.map((name) => `ours/${name} CPU per request`),
      ],
      comparedCells.map((cell) => [
        cell.dataset,
        cell.caches,
        `${cell.latencyMs} ms`,
        cell.workload,
        String(cell.concurrency),
        ...othersMeasured.map((name) => ratioOverRounds(cell, name, (ours, other) => ours.throughput / other.throughput)),
        ...othersMeasured.map((name) => ratioOverRounds(cell, name, (ours, other) => ours.p50 / other.p50)),
        ...othersMeasured.map((name) => ratioOverRounds(cell, name, (ours, other) => cpuMsPerRequest(ours) / cpuMsPerRequest(other))),
      ]),
      5,
    ),
  );
  out.push(
    'ratios above 1 mean ours (through tsx) is faster (req/s) or slower (p50, CPU per request) than that gateway' +
      (settings.rounds > 1 ? `; the median of ${settings.rounds} rounds, their range in brackets` : '') +
      '. § a cell of the pair was reported over its whole run (see above): its CPU per request is only approximate.',
  );
}

// A list page against the slowest platform call it has to wait for.
const slowLatency = Math.max(...settings.latencies);
const listCells = results.filter((r) => r.workload === 'list' && r.latencyMs === slowLatency && slowLatency > 0);
if (listCells.length) {
  const jitter = jitterFor(slowLatency);
  const slowestCall = slowLatency + jitter;
  out.push('');
  out.push(`list page with ${slowLatency} ± ${jitter} ms platforms`);
  out.push(
    `  floor used: ${slowestCall} ms = ${slowLatency} ms + ${jitter} ms, the longest one platform call can take (each call's delay is uniform in ` +
      `[${slowLatency - jitter}, ${slowestCall}] ms). A page needs one corridor fetch (no platform call), then one _entities fetch per member in parallel, ` +
      `each waiting for its platform lookups, so it waits at least for the slowest of n parallel calls: on average ${slowLatency - jitter} + ${2 * jitter}·n/(n+1) ms, ` +
      `${slowestCall} ms at most. "without platforms" is the same page, one at a time, with platforms answering at once.`,
  );
  for (const cell of listCells) {
    const calls = cell.platformCallsPerOp;
    const expectedSlowest = slowLatency - jitter + (2 * jitter * calls) / (calls + 1);
    // Only one page at a time says what the platforms add; with many in flight queueing swamps it.
    const unloaded =
      cell.concurrency === 1
        ? results.find((r) => r.workload === 'list' && r.latencyMs === 0 && r.dataset === cell.dataset && r.caches === cell.caches && r.gateway === cell.gateway && r.concurrency === 1)
        : undefined;
    out.push(
      `  ${cell.dataset} caches ${cell.caches} ${cell.gateway} conc ${cell.concurrency}: p50 ${fixed(cell.p50)} ms = ${fixed(cell.p50 / slowestCall, 2)} × ${slowestCall} ms (${fixed(cell.p50 - slowestCall)} ms above)` +
        (unloaded ? `; without platforms ${fixed(unloaded.p50)} ms, so ${fixed(cell.p50 - unloaded.p50)} ms waiting on platforms` : '') +
        (calls < 0.05
          ? '; no platform calls (answered from a cache)'
          : `; ${fixed(calls, 1)} platform calls per page (slowest of that many in parallel: ${fixed(expectedSlowest)} ms on average)`),
    );
  }
  out.push('  at conc 16 the p50 is mostly queueing for the two cores; conc 1 shows what one page costs.');
  const listSettings = [...new Map(listCells.map((cell) => [`${cell.dataset} caches ${cell.caches}`, cell])).entries()];
  for (const [setting, example] of listSettings) {
    const cells = listCells.filter((c) => c.dataset === example.dataset && c.caches === example.caches).sort((a, b) => b.concurrency - a.concurrency);
    const routes = new Map<string, [string, string]>();
    for (const cell of cells) {
      for (const [member, stats] of Object.entries(cell.platformCalls)) {
        for (const route of Object.keys(stats.byRoute)) routes.set(`${member} ${route}`, [member, route]);
      }
    }
    if (routes.size === 0) continue;
    const rows = [...routes.values()].map(([member, route]) => [
      member,
      route,
      ...cells.map((cell) => fixed((cell.platformCalls[member]?.byRoute[route] ?? 0) / Math.max(1, cell.issued), 2)),
    ]);
    out.push('');
    out.push(
      `platform calls per list page, per member and native route (${setting}, ${slowLatency} ms platforms). A list page hydrates challenges only, so every call ` +
        'is for kind challenge. With many pages in flight a gateway that deduplicates identical subgraph requests in flight (the peers do by default) causes fewer:',
    );
    out.push(table(['member', 'route', ...cells.map((cell) => `${cell.gateway} conc ${cell.concurrency}`)], rows, 2));
  }
}

const wallSeconds = (performance.now() - runStarted) / 1000;
out.push('');
out.push(`wall time ${fixed(wallSeconds / 60, 1)} min (${fixed(wallSeconds, 0)} s)`);
console.log(out.join('\n'));
