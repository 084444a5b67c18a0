/**
 * Two of everything in front of one set of platforms: two gateways, two corridors and two
 * replicas of every city subgraph, the replicas sharing one PostgreSQL (their outboxes) and one
 * Redis (the response cache, rate limits and entity caches). A write through one stack is seen
 * through the other, and a client's retries spread over both stacks reach the platform once.
 * Each corridor keeps its own read index (the read index is not on PostgreSQL yet).
 */
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseGlobalId } from '../../schema/contract.js';
import { MEMBERS } from '../../schema/registry.js';
import { demoKey } from '../../sandbox/identities.js';
import { startLocalCorridor, type LocalCorridor } from '../../sandbox/local-corridor.js';
import { connectRedis } from '../../subgraphs/redis.js';
import { eventually, query } from '../e2e/helpers.js';
import { DATABASE_URL, freshDatabase, REDIS_URL, titled } from './backends.js';

const NANJING = { authorization: `Bearer ${demoKey('org-nanjing-zijinshan')}` };
const PUBLISH = `mutation ($input: PublishChallengeInput!, $key: String!) {
  publishChallenge(input: $input, idempotencyKey: $key) { receipt { state attempts } challenge { id } }
}`;
const RECEIPT = `query ($key: String!) { writeReceipt(city: "nanjing", idempotencyKey: $key) { state attempts } }`;

const challengeInput = (title: string) => ({
  city: 'nanjing',
  title,
  description: '研制工作频段 220–330GHz 的片上天线与封装一体化方案，插损与辐射效率达到国际先进水平。',
  publisherKind: 'RESEARCH_INSTITUTE',
  industries: ['INTEGRATED_CIRCUITS'],
  technicalField: '射频集成电路',
  rewardYuan: 3_000_000,
  deadline: '2028-03-31',
  requirements: '具备太赫兹测试平台',
  tags: ['揭榜挂帅'],
});

const available = DATABASE_URL !== undefined && REDIS_URL !== undefined;
let stacks: LocalCorridor[] = [];
let dropDatabase: (() => Promise<void>) | undefined;

/**
 * Drops what an earlier run left in Redis under the members' own names (its platforms made other
 * records under the same new ids) and cached answers; other suites cache under names of their own.
 */
async function forgetEarlierRuns(redisUrl: string): Promise<void> {
  const redis = await connectRedis(redisUrl);
  try {
    const patterns = ['hub:response:*', ...MEMBERS.flatMap((member) => [`hub:entity:${member.slug}:*`, `hub:entity-index:${member.slug}`])];
    for (const pattern of patterns) {
      for await (const keys of redis.client.scanStream({ match: pattern, count: 1_000 }) as AsyncIterable<string[]>) if (keys.length > 0) await redis.client.del(...keys);
    }
  } finally {
    await redis.close();
  }
}

beforeAll(async () => {
  if (!available) return;
  await forgetEarlierRuns(REDIS_URL!);
  const database = await freshDatabase(DATABASE_URL!);
  dropDatabase = database.drop;
  const shared = { ports: 'ephemeral', databaseUrl: database.url, redisUrl: REDIS_URL, syncIntervalMs: 300, outbox: { initialRetryMs: 100, maxRetryMs: 400 } } as const;
  const first = await startLocalCorridor(shared);
  stacks = [first, await startLocalCorridor({ ...shared, sandbox: first.sandbox })];
}, 120_000);
afterAll(async () => {
  // The second stack first: the first owns the platforms.
  for (const stack of [...stacks].reverse()) await stack.close();
  await dropDatabase?.();
});

const nanjingChallenges = () => stacks[0]!.sandbox.platforms.get('nanjing')!.store.count('challenge');

describe(titled('two stacks sharing one PostgreSQL and one Redis', { DATABASE_URL, REDIS_URL }), () => {
  it.skipIf(!available)('shows through the second stack a write made through the first, and a retry through it changes nothing', async () => {
    const [first, second] = stacks as [LocalCorridor, LocalCorridor];
    const title = '双副本验证：太赫兹片上天线封装集成技术攻关';
    const before = nanjingChallenges();
    const made = await query(first.graphqlUrl, PUBLISH, { input: challengeInput(title), key: 'replicas-publish-0001' }, NANJING);
    expect(made.errors).toBeUndefined();
    expect(made.data!['publishChallenge'].receipt).toEqual({ state: 'DELIVERED', attempts: 1 });
    const id: string = made.data!['publishChallenge'].challenge.id;

    const retried = await query(second.graphqlUrl, PUBLISH, { input: challengeInput(title), key: 'replicas-publish-0001' }, NANJING);
    expect(retried.data!['publishChallenge']).toEqual(made.data!['publishChallenge']);
    expect((await query(second.graphqlUrl, RECEIPT, { key: 'replicas-publish-0001' }, NANJING)).data!['writeReceipt']).toEqual({ state: 'DELIVERED', attempts: 1 });
    expect(nanjingChallenges()).toBe(before + 1);
    expect(stacks[0]!.sandbox.platforms.get('nanjing')!.store.get('challenge', parseGlobalId(id)!.localId)?.title).toContain(title);

    // The second corridor learns of it from its own replica's feed, which reads the shared outbox.
    await eventually(async () => {
      const listed = await query(second.graphqlUrl, `{ challenges(filter: { text: "双副本验证" }) { edges { node { id } } } }`, {}, NANJING);
      return listed.data?.['challenges'].edges.some((edge: { node: { id: string } }) => edge.node.id === id) ?? false;
    });
  });

  it.skipIf(!available)('delivers once a write sent through both stacks at the same moment', async () => {
    const before = nanjingChallenges();
    const answers = await Promise.all(
      stacks.flatMap((stack) => [1, 2].map(() => query(stack.graphqlUrl, PUBLISH, { input: challengeInput('双副本并发验证：高密度异构集成互连攻关'), key: 'replicas-publish-0002' }, NANJING))),
    );
    // Every answer is the one write, PENDING or DELIVERED by the time it was given, never tried twice.
    for (const answer of answers) expect(answer.data?.['publishChallenge'].receipt.attempts, JSON.stringify(answer)).toBeLessThanOrEqual(1);
    await eventually(async () => (await query(stacks[1]!.graphqlUrl, RECEIPT, { key: 'replicas-publish-0002' }, NANJING)).data?.['writeReceipt'].state === 'DELIVERED');
    const receipts = await Promise.all(stacks.map(async (stack) => (await query(stack.graphqlUrl, RECEIPT, { key: 'replicas-publish-0002' }, NANJING)).data?.['writeReceipt']));
    expect(receipts).toEqual([{ state: 'DELIVERED', attempts: 1 }, { state: 'DELIVERED', attempts: 1 }]);
    expect(nanjingChallenges()).toBe(before + 1);
  });

  it.skipIf(!available)('answers an anonymous read through the second gateway from what the first cached', async () => {
    const body = JSON.stringify({ query: '{ challenges(filter: { statuses: [OPEN] }, first: 3) { totalCount edges { node { id } } } }' });
    const post = async (stack: LocalCorridor) => {
      const response = await request(stack.graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      return { age: response.headers['age'], body: await response.body.json() };
    };
    const missed = await post(stacks[0]!);
    expect(missed.age).toBeUndefined();
    const shared = await post(stacks[1]!);
    expect(shared.age).toBeDefined();
    expect(shared.body).toEqual(missed.body);
  });
});
