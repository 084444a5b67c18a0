/**
 * A closed-loop load generator: a fixed number of workers, each sending its next request as soon
 * as the previous one is answered, over one undici Pool with a keep-alive connection per worker.
 *
 * Time runs in phases: a warm-up (JIT, query-plan caches, connection set-up), the measured
 * window, then a drain. A request counts in the window when its answer arrives inside it, so
 * throughput, latencies and whatever the caller samples at the window's edges (CPU time) describe
 * the same interval. After the window no new request is sent and those in flight are awaited (up
 * to a bound), so every request sent has finished when this returns: counters the caller reads
 * around the whole run (platform calls) divide exactly by `issued`.
 */
import { setMaxListeners } from 'node:events';
import { Pool } from 'undici';

export interface LoadOptions {
  /** The GraphQL endpoint, e.g. http://127.0.0.1:4000/graphql. */
  url: string;
  concurrency: number;
  warmUpMs: number;
  durationMs: number;
  /** Safety bound on requests sent in warm-up and window together. */
  maxRequests: number;
  /** Longest wait for the requests still in flight after the window; then they are aborted. */
  drainTimeoutMs: number;
  /** The body of the i-th request (i counts from 0 across both phases). */
  body(i: number): string;
  /** Sampled when the window opens and when it closes; the result is handed back. */
  atWindowStart?: () => Promise<void> | void;
  atWindowEnd?: () => Promise<void> | void;
}

export interface LoadResult {
  /** Answers received in the window, good or bad. */
  completed: number;
  /** Of those, non-200 answers, answers with GraphQL `errors` or without `data`, and failed requests. */
  errors: number;
  /** A few distinct error messages of the whole run, for the report. */
  errorSamples: string[];
  windowMs: number;
  throughputPerSecond: number;
  /** Latency of each answer in the window, ms, ascending. */
  latenciesMs: Float64Array;
  /** True when maxRequests ended the run before the window did. */
  truncated: boolean;
  /**
   * Every answer of the run, warm-up and drain included, from the first request sent to the last
   * answer: what is left to report when a system is so slow that hardly any answer lands inside
   * the window.
   */
  wholeRun: { answered: number; errors: number; wallMs: number; throughputPerSecond: number; latenciesMs: Float64Array };
  /** Requests sent in all phases; all of them finished unless `drained` is false. */
  issued: number;
  /** False when requests were still in flight after drainTimeoutMs and had to be aborted. */
  drained: boolean;
}

/** The q-quantile (0..1) of ascending values, nearest rank; NaN for none. */
export function quantile(sortedAscending: Float64Array, q: number): number {
  if (sortedAscending.length === 0) return Number.NaN;
  const rank = Math.min(sortedAscending.length - 1, Math.max(0, Math.ceil(q * sortedAscending.length) - 1));
  return sortedAscending[rank]!;
}

/** Why an answer is not a good one, or undefined when it is. */
function problemOf(status: number, text: string): string | undefined {
  if (status !== 200) return `HTTP ${status}: ${text.slice(0, 160)}`;
  let body: { data?: unknown; errors?: { message?: string; extensions?: { code?: string } }[] };
  try {
    body = JSON.parse(text);
  } catch {
    return `not JSON: ${text.slice(0, 160)}`;
  }
  if (body.errors?.length) {
    const first = body.errors[0]!;
    return `${first.extensions?.code ?? 'GRAPHQL_ERROR'}: ${String(first.message).slice(0, 160)}`;
  }
  if (body.data === undefined || body.data === null) return 'no data';
  return undefined;
}

const MAX_ERROR_SAMPLES = 5;

export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  if (!(options.concurrency >= 1)) throw new RangeError('concurrency must be at least 1');
  const target = new URL(options.url);
  const pool = new Pool(target.origin, { connections: options.concurrency, pipelining: 1, keepAliveTimeout: 30_000 });
  const inFlight = new AbortController();
  // Every request in flight listens on this one signal, undici with more than one listener each.
  setMaxListeners(options.concurrency * 4 + 10, inFlight.signal);

  const latencies: number[] = [];
  let errors = 0;
  const allLatencies: number[] = [];
  let allErrors = 0;
  let lastAnswerAt = 0;
  const errorSamples = new Set<string>();
  let issued = 0;
  let phase: 'warm-up' | 'window' | 'draining' | 'aborted' = 'warm-up';
  // A function, not a comparison inline: the phase changes while a request is awaited.
  const phaseNow = () => phase;
  let windowStart = 0;
  let windowEnd = 0;

  async function worker(): Promise<void> {
    while ((phaseNow() === 'warm-up' || phaseNow() === 'window') && issued < options.maxRequests) {
      const body = options.body(issued++);
      const started = performance.now();
      let problem: string | undefined;
      try {
        const response = await pool.request({
          path: target.pathname,
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/json' },
          body,
          signal: inFlight.signal,
          // Far beyond any window: a hung request is ended by the window's abort, not by these.
          headersTimeout: 120_000,
          bodyTimeout: 120_000,
        });
        problem = problemOf(response.statusCode, await response.body.text());
      } catch (error) {
        if (phaseNow() === 'aborted') return;
        problem = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      }
      const finished = performance.now();
      allLatencies.push(finished - started);
      lastAnswerAt = finished;
      if (problem !== undefined) {
        allErrors += 1;
        if (errorSamples.size < MAX_ERROR_SAMPLES) errorSamples.add(problem);
      }
      // Only answers that arrive inside the window count.
      if (phaseNow() !== 'window' || finished > windowEnd) continue;
      latencies.push(finished - started);
      if (problem !== undefined) errors += 1;
    }
  }

  const runStart = performance.now();
  const workers = Array.from({ length: options.concurrency }, () => worker());
  const allDone = Promise.all(workers).then(() => 'done' as const);
  const sleepOrDone = async (ms: number): Promise<'slept' | 'done'> => {
    let timer: NodeJS.Timeout | undefined;
    const slept = new Promise<'slept'>((resolve) => (timer = setTimeout(() => resolve('slept'), ms)));
    try {
      return await Promise.race([slept, allDone]);
    } finally {
      clearTimeout(timer);
    }
  };

  await sleepOrDone(options.warmUpMs);
  await options.atWindowStart?.();
  windowStart = performance.now();
  windowEnd = windowStart + options.durationMs;
  phase = 'window';
  await sleepOrDone(options.durationMs);
  const truncated = issued >= options.maxRequests && performance.now() < windowEnd;
  const closedAt = Math.min(performance.now(), windowEnd);
  await options.atWindowEnd?.();
  phase = 'draining';
  const drained = (await sleepOrDone(options.drainTimeoutMs)) === 'done';
  if (!drained) {
    phase = 'aborted';
    inFlight.abort();
    await allDone;
  }
  await pool.destroy();

  const windowMs = closedAt - windowStart;
  const sorted = Float64Array.from(latencies).sort();
  const wholeRunMs = Math.max(0, lastAnswerAt - runStart);
  return {
    completed: latencies.length,
    errors,
    errorSamples: [...errorSamples],
    windowMs,
    throughputPerSecond: windowMs > 0 ? (latencies.length / windowMs) * 1000 : 0,
    latenciesMs: sorted,
    truncated,
    wholeRun: {
      answered: allLatencies.length,
      errors: allErrors,
      wallMs: wholeRunMs,
      throughputPerSecond: wholeRunMs > 0 ? (allLatencies.length / wholeRunMs) * 1000 : 0,
      latenciesMs: Float64Array.from(allLatencies).sort(),
    },
    issued,
    drained,
  };
}
