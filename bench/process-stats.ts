/**
 * CPU time and memory of another process, read from Linux's /proc, so the gateway under test is
 * measured from outside: nothing in its code is changed or loaded to observe it.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';

export interface ProcessSample {
  /** When the sample was taken (performance.now() of this process), ms. */
  atMs: number;
  /** User + system CPU time the process has used since it started, seconds. */
  cpuSeconds: number;
  /** Resident set size now, bytes. */
  rssBytes: number;
  /** Peak resident set size (VmHWM) since start or the last `resetPeakRss`, bytes. */
  peakRssBytes: number;
}

/** Kernel clock ticks per second, the unit of utime/stime in /proc/<pid>/stat. */
const CLOCK_TICKS_PER_SECOND = (() => {
  try {
    const ticks = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());
    return Number.isInteger(ticks) && ticks > 0 ? ticks : 100;
  } catch {
    return 100;
  }
})();

function statusField(status: string, name: string): number {
  const match = new RegExp(`^${name}:\\s+(\\d+) kB$`, 'm').exec(status);
  if (!match) throw new Error(`/proc status has no ${name}`);
  return Number(match[1]) * 1024;
}

export function sampleProcess(pid: number): ProcessSample {
  const atMs = performance.now();
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The command name (field 2) may contain spaces and parentheses: count fields after its last ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // fields[0] is field 3 (state), so utime (field 14) and stime (field 15) are at 11 and 12.
  const ticks = Number(fields[11]) + Number(fields[12]);
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return {
    atMs,
    cpuSeconds: ticks / CLOCK_TICKS_PER_SECOND,
    rssBytes: statusField(status, 'VmRSS'),
    peakRssBytes: statusField(status, 'VmHWM'),
  };
}

/**
 * Resets VmHWM to the current RSS (`echo 5 > /proc/<pid>/clear_refs`, Linux ≥ 4.0), so each
 * cell reports its own peak while the gateway keeps running between cells. False when the
 * kernel or permissions refuse: the peak then counts from the process's start.
 */
export function resetPeakRss(pid: number): boolean {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}

/** CPU used between two samples as a share of one core, in percent (can exceed 100). */
export function cpuPercent(before: ProcessSample, after: ProcessSample): number {
  const wallSeconds = (after.atMs - before.atMs) / 1000;
  return wallSeconds > 0 ? ((after.cpuSeconds - before.cpuSeconds) / wallSeconds) * 100 : 0;
}

/**
 * Waits until every process is quiet (below `idlePercent` of a core over one interval), at most
 * `timeoutMs`: work a previous cell left queued must not be billed to the next one.
 * Returns how long it waited, and whether the processes did become quiet.
 */
export async function waitUntilIdle(pids: readonly number[], options: { idlePercent: number; intervalMs: number; timeoutMs: number }): Promise<{ waitedMs: number; idle: boolean }> {
  const started = performance.now();
  let before = pids.map(sampleProcess);
  while (performance.now() - started < options.timeoutMs) {
    await new Promise((resolve) => setTimeout(resolve, options.intervalMs));
    const after = pids.map(sampleProcess);
    const busiest = Math.max(...after.map((sample, i) => cpuPercent(before[i]!, sample)));
    if (busiest < options.idlePercent) return { waitedMs: performance.now() - started, idle: true };
    before = after;
  }
  return { waitedMs: performance.now() - started, idle: false };
}

/** Process ids of a process's children, from /proc (empty once it has exited). */
function childrenOf(pid: number): number[] {
  try {
    const tasks = readdirSync(`/proc/${pid}/task`);
    return tasks.flatMap((task) => readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').split(' ').filter(Boolean).map(Number));
  } catch {
    return [];
  }
}

/**
 * Resident memory of a process and all its descendants, bytes: a part started through a launcher
 * (`tsx` runs the script in a child node) is measured whole.
 */
export function treeRssBytes(pid: number): number {
  const withDescendants = (parent: number): number[] => [parent, ...childrenOf(parent).flatMap(withDescendants)];
  let total = 0;
  for (const member of withDescendants(pid)) {
    try {
      total += sampleProcess(member).rssBytes;
    } catch {
      // exited between listing and reading
    }
  }
  return total;
}
