/**
 * The fault matrix on one long-running corridor of separate processes: for each kind of fault,
 * queries through the gateway while it lasts (the corridor answers, the faulted member is named,
 * no node goes missing without an error), then the fault is lifted and the corridor must recover
 * by itself within a bound. Nothing is restarted unless the scenario is a restart.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MEMBERS } from '../../schema/registry.js';
import { eventually, query, type GraphQLResponse } from '../e2e/helpers.js';
import { startSeparateCorridor, type SeparateCorridor } from './harness.js';

let corridor: SeparateCorridor;

/** Short windows, so each recovery happens within the test's bounds by the same timers production runs. */
const TIMERS = {
  ENTITY_FRESHNESS_MS: '1000',
  RESPONSE_CACHE_SECONDS: '0',
  PLATFORM_TIMEOUT_MS: '1500',
  PLATFORM_RETRIES: '1',
  PLATFORM_BREAKER_FAILURES: '3',
  PLATFORM_BREAKER_COOLDOWN_MS: '2000',
};

beforeAll(async () => {
  corridor = await startSeparateCorridor({ env: TIMERS });
  await eventually(everyMemberUp, 120, 500);
}, 180_000);

afterAll(async () => {
  await corridor?.close();
});

const STATUS = `{ cities { slug status { state lastError quarantinedRecords circuit { state } quarantined { kind nativeId reason } } } }`;
const CHALLENGES_OF = `query ($city: ID!) {
  challenges(first: 100, filter: { cities: [$city] }) { totalCount edges { node { id ... on Challenge { title city { slug } } } } }
}`;

interface CityStatus {
  slug: string;
  status: { state: string; lastError: string | null; quarantinedRecords: number; circuit: { state: string }; quarantined: { kind: string; nativeId: string; reason: string }[] };
}

async function statusOf(slug: string): Promise<CityStatus['status'] | undefined> {
  const { data } = await query<{ cities: CityStatus[] }>(corridor.graphqlUrl, STATUS);
  return data?.cities.find((city) => city.slug === slug)?.status;
}

async function everyMemberUp(): Promise<boolean> {
  const { data } = await query<{ cities: CityStatus[] }>(corridor.graphqlUrl, STATUS);
  return data?.cities.length === MEMBERS.length && data.cities.every((city) => city.status.state === 'UP');
}

interface ChallengePage {
  challenges: { totalCount: number; edges: { node: { id: string; title: string } | null }[] };
}

const challengesOf = (slug: string) => query<ChallengePage>(corridor.graphqlUrl, CHALLENGES_OF, { city: slug });

/** Who an error or a stale-data entry names. */
const namedCity = (extensions: Record<string, unknown> | undefined) => extensions?.['city'];
const staleMembers = (answer: GraphQLResponse) =>
  (((answer as { extensions?: { staleData?: { city: string }[] } }).extensions?.staleData) ?? []).map((entry) => entry.city);

/**
 * What a caller may rely on during a fault: the corridor answers the list, every node it cannot
 * serve has an error naming the member, and a problem is never silent (an error or a stale-data
 * note names the member whenever a node is missing or old).
 */
function expectHonestPage(answer: GraphQLResponse<ChallengePage>, slug: string): void {
  expect(answer.data?.challenges, JSON.stringify(answer.errors)).toBeTruthy();
  const edges = answer.data!.challenges.edges;
  edges.forEach((edge, index) => {
    if (edge.node !== null) return;
    const named = (answer.errors ?? []).filter((error) => error.path?.join('.').startsWith(`challenges.edges.${index}`));
    expect(named.length, `edge ${index} is null without an error`).toBeGreaterThan(0);
    for (const error of named) expect(namedCity(error.extensions) ?? error.message).toContain(slug);
  });
  for (const error of answer.errors ?? []) expect(namedCity(error.extensions) ?? error.message).toContain(slug);
}

/** Fully served again: every node there, no error, nothing stale. */
async function servedAgain(slug: string): Promise<boolean> {
  const answer = await challengesOf(slug);
  const edges = answer.data?.challenges.edges ?? [];
  return answer.errors === undefined && edges.length > 0 && edges.every((edge) => edge.node !== null) && !staleMembers(answer).includes(slug);
}

/** Calls started during the fault may still fail after it is lifted and trip the breaker once more: recovery is all three at once. */
async function recovers(slug: string): Promise<void> {
  await eventually(async () => {
    const status = await statusOf(slug);
    return status?.state === 'UP' && status.circuit.state === 'CLOSED' && (await servedAgain(slug));
  }, 120, 500);
}

describe('the fault matrix on separate processes', () => {
  it('(a) one platform down: its member is named while the rest is served, and it comes back by itself', async () => {
    const before = (await challengesOf('nanjing')).data!.challenges.totalCount;
    await corridor.platform('nanjing').setFaults({ outage: true });
    try {
      await eventually(async () => (await statusOf('nanjing'))?.state === 'DOWN', 60, 500);
      const status = await statusOf('nanjing');
      expect(status?.lastError).toContain('nanjing');
      expectHonestPage(await challengesOf('nanjing'), 'nanjing');
      // Another member is untouched.
      expect(await servedAgain('suzhou')).toBe(true);
    } finally {
      await corridor.platform('nanjing').resetFaults();
    }
    await recovers('nanjing');
    expect((await challengesOf('nanjing')).data!.challenges.totalCount).toBe(before);
  }, 120_000);

  it('(b) one platform slower than the timeout: the breaker opens and requests stop reaching it, then a probe lets it back', async () => {
    await corridor.platform('wuxi').setFaults({ latencyMs: 4_000 });
    try {
      await eventually(async () => {
        await challengesOf('wuxi');
        return (await statusOf('wuxi'))?.circuit.state === 'OPEN';
      }, 60, 500);
      // While the breaker is open, reads answer without calling the platform.
      const calls = (await corridor.platform('wuxi').stats()).total;
      const during = await challengesOf('wuxi');
      expectHonestPage(during, 'wuxi');
      if ((await statusOf('wuxi'))?.circuit.state === 'OPEN') expect((await corridor.platform('wuxi').stats()).total).toBe(calls);
      const circuitErrors = (during.errors ?? []).filter((error) => error.extensions?.['platformCode'] === 'PLATFORM_CIRCUIT_OPEN');
      expect(circuitErrors.length > 0 || staleMembers(during).includes('wuxi') || during.data!.challenges.edges.every((edge) => edge.node !== null)).toBe(true);
    } finally {
      await corridor.platform('wuxi').resetFaults();
    }
    await recovers('wuxi');
  }, 120_000);

  it('(c) half the calls failing: whatever is missing is named, and it clears by itself', async () => {
    await corridor.platform('suzhou').setFaults({ errorRate: 0.5 });
    try {
      const callsBefore = (await corridor.platform('suzhou').stats()).total;
      for (let round = 0; round < 5; round++) {
        // Past the freshness window each round, so every round asks the faulty platform again.
        await new Promise((resolve) => setTimeout(resolve, 1_100));
        expectHonestPage(await challengesOf('suzhou'), 'suzhou');
      }
      expect((await corridor.platform('suzhou').stats()).total).toBeGreaterThan(callsBefore);
    } finally {
      await corridor.platform('suzhou').resetFaults();
    }
    await recovers('suzhou');
  }, 120_000);

  it('(d) a tenth of the records malformed: each is named as quarantined, listed on the status, and totalCount counts what is served', async () => {
    const before = (await challengesOf('changzhou')).data!.challenges.totalCount;
    await corridor.platform('changzhou').setFaults({ malformedFraction: 0.1 });
    try {
      await eventually(async () => ((await statusOf('changzhou'))?.quarantined.length ?? 0) > 0, 60, 500);
      const status = (await statusOf('changzhou'))!;
      expect(status.quarantinedRecords).toBe(status.quarantined.length);
      for (const record of status.quarantined) {
        expect(record.kind).toMatch(/^[A-Z_]+$/);
        expect(record.nativeId).not.toBe('');
        expect(record.reason).not.toBe('');
      }
      await eventually(async () => {
        const answer = await challengesOf('changzhou');
        expectHonestPage(answer, 'changzhou');
        const served = answer.data!.challenges.edges.filter((edge) => edge.node !== null).length;
        return answer.data!.challenges.totalCount === served && served < before;
      }, 60, 500);
    } finally {
      await corridor.platform('changzhou').resetFaults();
    }
    await recovers('changzhou');
    await eventually(async () => (await statusOf('changzhou'))?.quarantined.length === 0, 60, 500);
    expect((await challengesOf('changzhou')).data!.challenges.totalCount).toBe(before);
  }, 120_000);

  it("(e) Nantong's 429 storm and expiring tokens: served or named throughout, and clear by themselves", async () => {
    await corridor.platform('nantong').setFaults({ rateLimit: { requests: 2, windowMs: 1_000 }, tokenTtlSeconds: 1 });
    try {
      for (let round = 0; round < 5; round++) {
        expectHonestPage(await challengesOf('nantong'), 'nantong');
        await new Promise((resolve) => setTimeout(resolve, 600));
      }
    } finally {
      await corridor.platform('nantong').resetFaults();
    }
    await recovers('nantong');
  }, 120_000);

  it('(f) all nine platforms down: the corridor still answers from its index and names every member, then all come back', async () => {
    await Promise.all(MEMBERS.map((member) => corridor.platform(member.slug).setFaults({ outage: true })));
    try {
      await eventually(async () => {
        const { data } = await query<{ cities: CityStatus[] }>(corridor.graphqlUrl, STATUS);
        return data?.cities.every((city) => city.status.state === 'DOWN') ?? false;
      }, 60, 500);
      const listed = await query<{ challenges: { totalCount: number } }>(corridor.graphqlUrl, `{ challenges(first: 5) { totalCount edges { cursor } } }`);
      expect(listed.errors).toBeUndefined();
      expect(listed.data!.challenges.totalCount).toBeGreaterThan(0);
      for (const member of MEMBERS.slice(0, 3)) expectHonestPage(await challengesOf(member.slug), member.slug);
    } finally {
      await Promise.all(MEMBERS.map((member) => corridor.platform(member.slug).resetFaults()));
    }
    await eventually(everyMemberUp, 60, 500);
    for (const member of MEMBERS) await recovers(member.slug);
  }, 180_000);

  it('(g) a city subgraph SIGKILLed: its member is named while it is gone, and it serves again once started', async () => {
    await corridor.kill('city:yangzhou', 'SIGKILL');
    try {
      const during = await challengesOf('yangzhou');
      expect(during.data?.challenges).toBeTruthy();
      expect(during.errors?.length).toBeGreaterThan(0);
      for (const error of during.errors ?? []) expect(JSON.stringify(error)).toContain('yangzhou');
      expect(await servedAgain('zhenjiang')).toBe(true);
    } finally {
      await corridor.start('city:yangzhou');
    }
    await recovers('yangzhou');
  }, 120_000);

  it('(h) the gateway restarted: the corridor answers as before', async () => {
    const before = await query(corridor.graphqlUrl, `{ challenges(first: 3) { totalCount } }`);
    await corridor.restart('gateway');
    const after = await query(corridor.graphqlUrl, `{ challenges(first: 3) { totalCount } }`);
    expect(after).toEqual(before);
    await eventually(everyMemberUp, 60, 500);
  }, 120_000);
});
