/**
 * Writes on the corridor as separate processes, through the gateway, while platforms and city
 * subgraphs fail: a healthy burst is delivered at once, a write accepted during an outage is
 * delivered once by itself, a write whose record does not fit the contract fails for good without
 * holding up the next, a slow platform still gets a receipt, and a city subgraph SIGKILLed in the
 * middle of a burst loses nothing and creates nothing twice.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { splitWriteMarker } from '../../adapters/kit/write-marker.js';
import { demoKey } from '../../sandbox/identities.js';
import { eventually, query, type GraphQLResponse } from '../e2e/helpers.js';
import { startSeparateCorridor, type SeparateCorridor } from './harness.js';

let corridor: SeparateCorridor;

beforeAll(async () => {
  corridor = await startSeparateCorridor();
}, 120_000);

afterAll(async () => {
  await corridor?.close();
});

/** Demo publishers, each of its own member. */
const PUBLISHERS = {
  nanjing: { authorization: `Bearer ${demoKey('org-nanjing-zijinshan')}` },
  suzhou: { authorization: `Bearer ${demoKey('org-suzhou-nano-packaging')}` },
  wuxi: { authorization: `Bearer ${demoKey('org-wuxi-zhongwei')}` },
  putuo: { authorization: `Bearer ${demoKey('org-putuo-chemical')}` },
} as const;
type PublishingMember = keyof typeof PUBLISHERS;

const PUBLISH = `mutation ($input: PublishChallengeInput!, $key: String!) {
  publishChallenge(input: $input, idempotencyKey: $key) { receipt { state attempts lastError } challenge { id } }
}`;
const RECEIPT = `query ($city: ID!, $key: String!) { writeReceipt(city: $city, idempotencyKey: $key) { state attempts lastError nextAttemptAt } }`;

interface Write {
  city: PublishingMember;
  key: string;
  title: string;
}

function write(city: PublishingMember, scenario: string, label: string, index: number): Write {
  // Titles differ in their leading words, so no two share what a platform's search would match.
  return { city, key: `${scenario}-${city}-${index}`, title: `${label}第${index + 1}号${city}揭榜攻关任务储能材料验证` };
}

function publish({ city, key, title }: Write): Promise<GraphQLResponse> {
  const input = {
    city,
    title,
    description: '面向长时储能的固态电解质界面稳定性验证，完成中试线上千次循环测试。',
    publisherKind: 'ENTERPRISE',
    industries: ['NEW_ENERGY'],
    technicalField: '储能材料',
    rewardYuan: 800_000,
    deadline: '2028-06-30',
    requirements: '具备中试验证条件',
    tags: ['揭榜挂帅'],
  };
  return query(corridor.graphqlUrl, PUBLISH, { input, key }, PUBLISHERS[city]);
}

const stateOf = (answer: GraphQLResponse): string | undefined => answer.data?.['publishChallenge']?.receipt?.state;

async function receiptOf({ city, key }: Write): Promise<{ state: string; attempts: number; lastError: string | null; nextAttemptAt: string | null } | null> {
  return (await query(corridor.graphqlUrl, RECEIPT, { city, key }, PUBLISHERS[city])).data?.['writeReceipt'] ?? null;
}

/** How many challenges the member's platform holds with this title (the hub's write marker aside). */
async function onPlatform(city: PublishingMember, title: string): Promise<number> {
  const challenges = await corridor.platform(city).list('challenge');
  return challenges.filter((challenge) => splitWriteMarker(challenge.title).text === title).length;
}

async function allDelivered(writes: readonly Write[]): Promise<boolean> {
  const receipts = await Promise.all(writes.map(receiptOf));
  return receipts.every((receipt) => receipt?.state === 'DELIVERED');
}

describe('writes on separate processes under faults', () => {
  it('answers almost every write of a healthy burst DELIVERED, each created once', async () => {
    const members = Object.keys(PUBLISHERS) as PublishingMember[];
    const burst = members.flatMap((city) => Array.from({ length: 10 }, (_, index) => write(city, 'healthy-burst', '常态并发', index)));
    const answers = await Promise.all(burst.map(publish));
    expect(answers.flatMap((answer) => answer.errors ?? [])).toEqual([]);
    const delivered = answers.filter((answer) => stateOf(answer) === 'DELIVERED').length;
    expect(delivered / burst.length).toBeGreaterThanOrEqual(0.9);
    await eventually(() => allDelivered(burst), 60, 500);
    for (const each of burst) expect(await onPlatform(each.city, each.title)).toBe(1);
  }, 60_000);

  it('keeps a write made during an outage and delivers it once by itself when the outage is lifted', async () => {
    const during = write('suzhou', 'during-outage', '断线期间', 0);
    await corridor.platform('suzhou').setFaults({ outage: true });
    try {
      const answer = await publish(during);
      expect(answer.errors).toBeUndefined();
      expect(stateOf(answer)).toBe('PENDING');
      await eventually(async () => ((await receiptOf(during))?.attempts ?? 0) >= 2, 60, 500);
      expect(await receiptOf(during)).toMatchObject({ state: 'PENDING', lastError: 'suzhou platform could not be reached' });
    } finally {
      await corridor.platform('suzhou').resetFaults();
    }
    await eventually(async () => (await receiptOf(during))?.state === 'DELIVERED', 60, 500);
    expect(await onPlatform('suzhou', during.title)).toBe(1);
  }, 90_000);

  it('fails a write whose record does not fit the contract for good, and the next write goes on', async () => {
    const poison = write('putuo', 'unreadable', '无法解析', 0);
    await corridor.platform('putuo').setFaults({ malformedFraction: 1 });
    try {
      // Failed at once (its first answer), or on a later attempt while it was pending.
      const answer = await publish(poison);
      if (answer.errors) expect(answer.errors[0]?.extensions?.['code']).toBe('WRITE_FAILED');
      else expect(stateOf(answer)).toBe('PENDING');
      await eventually(async () => (await receiptOf(poison))?.state === 'FAILED', 60, 500);
    } finally {
      await corridor.platform('putuo').resetFaults();
    }
    const failed = await receiptOf(poison);
    expect(failed?.lastError).toMatch(/fit the contract/);
    expect(failed?.nextAttemptAt).toBeNull();
    // The platform made the record once; retries adopted it instead of creating more.
    expect(await onPlatform('putuo', poison.title)).toBe(1);

    const next = write('putuo', 'after-poison', '随后写入', 0);
    const answer = await publish(next);
    expect(answer.errors).toBeUndefined();
    await eventually(async () => (await receiptOf(next))?.state === 'DELIVERED', 30, 500);
    expect((await receiptOf(poison))?.state).toBe('FAILED');
  }, 90_000);

  it('answers a write to a platform slower than the write timeout with its receipt, then delivers it once', async () => {
    const slow = write('wuxi', 'slow-platform', '平台缓慢', 0);
    // Longer than CITY_WRITE_TIMEOUT_MS (3.5 s) and than the gateway's wait for a subgraph.
    await corridor.platform('wuxi').setFaults({ latencyMs: 8_000 });
    const startedAt = Date.now();
    try {
      const answer = await publish(slow);
      expect(answer.errors).toBeUndefined();
      expect(stateOf(answer)).toBe('PENDING');
      // The hub's own attempt is still waiting on the platform; the record appears only once the platform has applied it.
      await eventually(async () => ((await receiptOf(slow))?.attempts ?? 0) >= 1 && Date.now() - startedAt > 9_000, 60, 500);
    } finally {
      await corridor.platform('wuxi').resetFaults();
    }
    await eventually(async () => (await receiptOf(slow))?.state === 'DELIVERED', 90, 500);
    expect(await onPlatform('wuxi', slow.title)).toBe(1);
  }, 120_000);

  it('loses nothing and creates nothing twice when a city subgraph is SIGKILLed in a burst of writes', async () => {
    const burst = Array.from({ length: 24 }, (_, index) => write('nanjing', 'sigkill-burst', '强制终止', index));
    // Slow enough that the kill lands while deliveries are in flight.
    await corridor.platform('nanjing').setFaults({ latencyMs: 300 });
    const answered = Promise.all(burst.map(publish));
    await new Promise((resolve) => setTimeout(resolve, 500));
    await corridor.kill('city:nanjing', 'SIGKILL');
    const firstAnswers = await answered;
    // The kill landed while the burst was being delivered: not every write had reached the platform.
    expect(firstAnswers.filter((answer) => stateOf(answer) === 'DELIVERED').length).toBeLessThan(burst.length);
    await corridor.start('city:nanjing');
    await corridor.platform('nanjing').resetFaults();

    // A write answered with a receipt was accepted; one answered with an error was not, and its client retries.
    const accepted = burst.filter((_, index) => stateOf(firstAnswers[index]!) !== undefined);
    const refused = burst.filter((_, index) => stateOf(firstAnswers[index]!) === undefined);
    for (const index of burst.keys()) {
      if (stateOf(firstAnswers[index]!) === undefined) expect(firstAnswers[index]!.errors?.[0]?.extensions?.['code']).toBe('CITY_UNAVAILABLE');
    }
    const retried = await Promise.all(refused.map(publish));
    expect(retried.flatMap((answer) => answer.errors ?? [])).toEqual([]);
    await eventually(() => allDelivered(burst), 90, 500);
    expect(accepted.length + refused.length).toBe(burst.length);
    for (const each of burst) expect(await onPlatform('nanjing', each.title)).toBe(1);

    // Every client repeating its write with the same key changes nothing.
    const repeated = await Promise.all(burst.map(publish));
    expect(repeated.map(stateOf)).toEqual(burst.map(() => 'DELIVERED'));
    for (const each of burst) expect(await onPlatform('nanjing', each.title)).toBe(1);
  }, 180_000);
});
