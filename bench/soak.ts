/**
 * `npm run bench:soak -- --minutes N`: the corridor as separate processes under a steady mix of
 * reads at about 80 % of its measured peak plus a trickle of writes, with a fault put on a random
 * member every 30 s (and the previous one lifted). Prints per minute the requests, errors by
 * code, p50/p99 and each process's memory; at the end, what became of every write: accepted,
 * delivered, failed, still pending, duplicated on its platform.
 *
 * Options: --minutes N (10), --fault-every S (30), --write-every S (2), --rate R (reads per
 * second; measured when omitted), --seed N (1).
 */
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { Pool } from 'undici';
import type { FaultSettings } from '../sandbox/kit/faults.js';
import { buildCorridorDataset } from '../sandbox/dataset/index.js';
import { DEMO_ORGANIZATIONS } from '../sandbox/identities.js';
import { MEMBERS } from '../schema/registry.js';
import { startSeparateCorridor, type ProcessName, type SeparateCorridor } from '../tests/processes/harness.js';
import { quantile, runLoad } from './load.js';
import { treeRssBytes } from './process-stats.js';
import { buildWorkloads } from './workloads.js';

const { values } = parseArgs({
  options: {
    minutes: { type: 'string', default: '10' },
    'fault-every': { type: 'string', default: '30' },
    'write-every': { type: 'string', default: '2' },
    rate: { type: 'string' },
    seed: { type: 'string', default: '1' },
  },
});

function positive(name: string, raw: string | undefined): number {
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) {
    console.error(`--${name} must be a positive number, got "${raw}"`);
    process.exit(2);
  }
  return value;
}

const minutes = positive('minutes', values.minutes);
const faultEveryMs = positive('fault-every', values['fault-every']) * 1000;
const writeEveryMs = positive('write-every', values['write-every']) * 1000;
const share = 0.8;
/** Requests allowed in flight before the generator counts a send as shed (the corridor fell behind). */
const MAX_IN_FLIGHT = 256;

/** A small deterministic generator (mulberry32), so two runs with one seed toggle the same faults. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const draw = random(positive('seed', values.seed));
const pick = <T>(items: readonly T[]): T => items[Math.floor(draw() * items.length)]!;

/** The faults the soak puts on a member, each for one period. */
const FAULTS: readonly { name: string; settings: Partial<FaultSettings> }[] = [
  { name: 'outage', settings: { outage: true } },
  { name: 'slower than the timeout', settings: { latencyMs: 8_000 } },
  { name: '50 % errors', settings: { errorRate: 0.5 } },
  { name: '10 % malformed records', settings: { malformedFraction: 0.1 } },
];

const PUBLISHERS = DEMO_ORGANIZATIONS.filter((organization) => organization.identity.roles.includes('PUBLISHER'));
const PUBLISH = `mutation ($input: PublishChallengeInput!, $key: String!) {
  publishChallenge(input: $input, idempotencyKey: $key) { receipt { state } }
}`;
const RECEIPT = `query ($city: ID!, $key: String!) { writeReceipt(city: $city, idempotencyKey: $key) { state lastError } }`;
const TITLES = `query ($after: String) {
  challenges(first: 100, after: $after, filter: { text: "浸润测试" }) { pageInfo { hasNextPage endCursor } edges { node { title } } }
}`;

interface GraphQLAnswer {
  status: number;
  body?: { data?: Record<string, any> | null; errors?: { message?: string; extensions?: { code?: string } }[] };
}

class Minute {
  requests = 0;
  shed = 0;
  readonly latencies: number[] = [];
  readonly errors = new Map<string, number>();

  count(answer: GraphQLAnswer, latencyMs: number): void {
    this.requests++;
    this.latencies.push(latencyMs);
    const codes = answer.status === 200 ? (answer.body?.errors ?? []).map((error) => error.extensions?.code ?? 'NO_CODE') : [`HTTP_${answer.status}`];
    for (const code of new Set(codes)) this.errors.set(code, (this.errors.get(code) ?? 0) + 1);
  }
}

async function post(pool: Pool, body: string, headers: Record<string, string> = {}): Promise<GraphQLAnswer> {
  try {
    const response = await pool.request({ path: '/graphql', method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body, headersTimeout: 30_000, bodyTimeout: 30_000 });
    const text = await response.body.text();
    try {
      return { status: response.statusCode, body: JSON.parse(text) };
    } catch {
      return { status: response.statusCode };
    }
  } catch {
    return { status: 0 };
  }
}

const megabytes = (bytes: number) => Math.round(bytes / 1024 / 1024);

function memoryOf(corridor: SeparateCorridor, names: readonly ProcessName[]): Map<ProcessName, number> {
  return new Map(names.map((name) => [name, treeRssBytes(corridor.pid(name)!)]));
}

const corridor = await startSeparateCorridor({ env: { SYNC_INTERVAL_MS: '5000', OUTBOX_RETRY_MS: '1000' } });
const stop = async () => {
  await corridor.close();
  process.exit(130);
};
process.on('SIGINT', stop);

try {
  const pool = new Pool(new URL(corridor.graphqlUrl).origin, { connections: MAX_IN_FLIGHT, keepAliveTimeout: 30_000 });
  const processNames: ProcessName[] = ['gateway', 'corridor', 'platforms', ...MEMBERS.map((member) => `city:${member.slug}` as const)];
  for (let attempt = 0; attempt < 120; attempt++) {
    const answer = await post(pool, JSON.stringify({ query: '{ cities { status { state } } }' }));
    if (answer.body?.data?.['cities']?.every((city: { status: { state: string } }) => city.status.state === 'UP')) break;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }

  const workloads = buildWorkloads(buildCorridorDataset({}));
  const mixed = workloads.get('mixed')!;
  const body = (i: number) => JSON.stringify(mixed.request(i));
  let peak = values.rate === undefined ? undefined : positive('rate', values.rate) / share;
  if (peak === undefined) {
    const measured = await runLoad({ url: corridor.graphqlUrl, concurrency: 8, warmUpMs: 3_000, durationMs: 10_000, maxRequests: 1_000_000, drainTimeoutMs: 10_000, body });
    peak = measured.throughputPerSecond;
    console.log(`peak (mixed, 8 in flight, 10 s): ${peak.toFixed(1)} req/s, ${measured.errors} errors`);
  }
  const rate = peak * share;
  console.log(`soak: ${minutes} min, reads at ${rate.toFixed(1)} req/s (${share * 100} % of peak), a write every ${writeEveryMs / 1000} s, a fault every ${faultEveryMs / 1000} s\n`);
  console.log('min  requests  shed   p50 ms   p99 ms  errors by code                                  RSS MB (gateway corridor platforms cities max/sum)  fault');

  const runId = randomUUID().slice(0, 8);
  // `retried`: the answer to the same request sent again after the run, for writes first refused.
  const writes: { city: string; key: string; title: string; answer: string; body: string; retried?: string }[] = [];
  let faulted: { slug: string; name: string } | undefined;
  let current = new Minute();
  let inFlight = 0;
  let sent = 0;
  const memoryAtMinute: Map<ProcessName, number>[] = [];
  const started = performance.now();
  const endAt = started + minutes * 60_000;

  const readLoop = (async () => {
    while (performance.now() < endAt) {
      const due = started + (sent / rate) * 1000;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      const i = sent++;
      if (inFlight >= MAX_IN_FLIGHT) {
        current.shed++;
        continue;
      }
      inFlight++;
      const minute = current;
      const sentAt = performance.now();
      void post(pool, body(i)).then((answer) => {
        inFlight--;
        minute.count(answer, performance.now() - sentAt);
      });
    }
  })();

  const writeTimer = setInterval(() => {
    const publisher = pick(PUBLISHERS);
    const n = writes.length + 1;
    const title = `浸润测试榜单 ${runId} 第${n}号`;
    const key = `soak-${runId}-${n}`;
    const input = {
      city: publisher.identity.city,
      title,
      description: '长时间运行测试中发布的榜单，验证故障期间写入不丢失、不重复。',
      publisherKind: 'RESEARCH_INSTITUTE',
      industries: ['INTEGRATED_CIRCUITS'],
      technicalField: '可靠性测试',
      rewardYuan: 100_000,
      deadline: `${new Date().getUTCFullYear() + 1}-06-30`,
      requirements: '无特殊要求',
    };
    const record = { city: publisher.identity.city, key, title, answer: 'IN_FLIGHT', body: JSON.stringify({ query: PUBLISH, variables: { input, key } }) };
    writes.push(record);
    void post(pool, record.body, { authorization: `Bearer ${publisher.key}` }).then((answer) => {
      const error = answer.body?.errors?.[0];
      record.answer = answer.body?.data?.['publishChallenge']?.receipt?.state ?? (error ? `${error.extensions?.code}: ${error.message}` : `HTTP_${answer.status}`);
    });
  }, writeEveryMs);

  const faultTimer = setInterval(() => {
    void (async () => {
      if (faulted) await corridor.platform(faulted.slug).resetFaults();
      const slug = pick(MEMBERS).slug;
      const fault = pick(FAULTS);
      await corridor.platform(slug).setFaults(fault.settings);
      faulted = { slug, name: fault.name };
    })();
  }, faultEveryMs);

  const minuteTimer = setInterval(() => {
    const minute = current;
    current = new Minute();
    const memory = memoryOf(corridor, processNames);
    memoryAtMinute.push(memory);
    const latencies = Float64Array.from(minute.latencies).sort();
    const errors = [...minute.errors].map(([code, count]) => `${code} ${count}`).join(', ') || '—';
    const cities = MEMBERS.map((member) => memory.get(`city:${member.slug}`)!);
    const rss = `${megabytes(memory.get('gateway')!)} ${megabytes(memory.get('corridor')!)} ${megabytes(memory.get('platforms')!)} ${megabytes(Math.max(...cities))}/${megabytes(cities.reduce((a, b) => a + b, 0))}`;
    console.log(
      `${String(memoryAtMinute.length).padStart(3)}  ${String(minute.requests).padStart(8)}  ${String(minute.shed).padStart(4)}  ${quantile(latencies, 0.5).toFixed(1).padStart(7)}  ${quantile(latencies, 0.99).toFixed(1).padStart(7)}  ${errors.padEnd(46)}  ${rss.padEnd(49)}  ${faulted ? `${faulted.slug}: ${faulted.name}` : '—'}`,
    );
  }, 60_000);

  await readLoop;
  clearInterval(writeTimer);
  clearInterval(faultTimer);
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  clearInterval(minuteTimer);
  if (faulted) await corridor.platform(faulted.slug).resetFaults();

  // Every accepted write must reach its platform once the faults are lifted, with nothing restarted.
  const keyOf = (city: string) => PUBLISHERS.find((publisher) => publisher.identity.city === city)!.key;
  const isReceipt = (answer: string | undefined) => answer === 'DELIVERED' || answer === 'PENDING';
  // A refused write's client retries with the same key, as the error tells it to: the answer is
  // the write's recorded outcome when the member had kept it after all, or a new acceptance.
  for (const write of writes.filter((write) => !isReceipt(write.answer))) {
    const answer = await post(pool, write.body, { authorization: `Bearer ${keyOf(write.city)}` });
    write.retried = answer.body?.data?.['publishChallenge']?.receipt?.state ?? answer.body?.errors?.[0]?.extensions?.code ?? `HTTP_${answer.status}`;
  }
  const accepted = writes.filter((write) => isReceipt(write.answer) || isReceipt(write.retried));
  const finalState = new Map<string, string>();
  const settleBy = performance.now() + 5 * 60_000;
  while (performance.now() < settleBy) {
    for (const write of accepted.filter((write) => finalState.get(write.key) !== 'DELIVERED' && finalState.get(write.key) !== 'FAILED')) {
      const answer = await post(pool, JSON.stringify({ query: RECEIPT, variables: { city: write.city, key: write.key } }), { authorization: `Bearer ${keyOf(write.city)}` });
      finalState.set(write.key, answer.body?.data?.['writeReceipt']?.state ?? 'UNKNOWN');
    }
    if (accepted.every((write) => ['DELIVERED', 'FAILED'].includes(finalState.get(write.key) ?? ''))) break;
    await new Promise((resolve) => setTimeout(resolve, 2_000));
  }
  const delivered = accepted.filter((write) => finalState.get(write.key) === 'DELIVERED');

  // Duplicates show in the read index as two records with one title, once a sync has passed.
  const titles = new Map<string, number>();
  const indexedBy = performance.now() + 2 * 60_000;
  while (performance.now() < indexedBy) {
    titles.clear();
    let after: string | undefined;
    do {
      const answer = await post(pool, JSON.stringify({ query: TITLES, variables: { after } }));
      const page = answer.body?.data?.['challenges'];
      if (!page) break;
      for (const { node } of page.edges) if (node && String(node.title).includes(runId)) titles.set(node.title, (titles.get(node.title) ?? 0) + 1);
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : undefined;
    } while (after);
    if (delivered.every((write) => titles.has(write.title))) break;
    await new Promise((resolve) => setTimeout(resolve, 2_000));
  }

  const count = (answer: string) => writes.filter((write) => write.answer === answer).length;
  const refused = writes.filter((write) => !isReceipt(write.answer));
  const first = memoryAtMinute[Math.min(1, memoryAtMinute.length - 1)];
  const last = memoryAtMinute.at(-1);
  console.log(`\nwrites: ${writes.length} sent; answered DELIVERED ${count('DELIVERED')}, PENDING ${count('PENDING')}, refused ${refused.length} (${[...new Set(refused.map((w) => w.answer))].join(', ') || '—'})`);
  console.log(`refused writes retried with the same key: ${refused.filter((w) => isReceipt(w.retried)).length} answered with a receipt, ${refused.filter((w) => !isReceipt(w.retried)).length} refused again`);
  console.log(`accepted ${accepted.length}: delivered ${delivered.length}, failed ${accepted.filter((w) => finalState.get(w.key) === 'FAILED').length}, lost (still pending after 5 min) ${accepted.length - delivered.length - accepted.filter((w) => finalState.get(w.key) === 'FAILED').length}`);
  console.log(`in the index: ${titles.size} of ${delivered.length} delivered; duplicated ${[...titles.values()].filter((n) => n > 1).length}`);
  if (first && last) {
    console.log('memory, minute 2 → last (MB):');
    for (const name of processNames) {
      const before = first.get(name)!;
      const after = last.get(name)!;
      console.log(`  ${name.padEnd(16)} ${String(megabytes(before)).padStart(5)} → ${String(megabytes(after)).padStart(5)}  (${(((after - before) / before) * 100).toFixed(1)} %)`);
    }
  }
  await pool.close();
} finally {
  await corridor.close();
}
