/**
 * A write's provisional `pending-…` copy and its delivered record are never listed together.
 *
 * The race: a corridor sync reads the member's outbox while a write is accepted but not yet
 * delivered, so the index gets the provisional copy from the change feed; the delivery then ends
 * within the accept wait and the write router records the delivered record. Before the router
 * dropped the provisional copy when it settled the outcome, both were listed until the next sync.
 *
 * The race is forced, not hoped for: the owning platform holds the write's first native call for
 * HELD_MS (a latency fault set only until that call has arrived), and the corridor syncs inside
 * that window. The test checks it did, so it cannot pass by missing the window.
 *
 * A write that answered PENDING (the platform down) is delivered later by the outbox alone; the
 * router learns it from a receipt or a replay, and then puts the delivered record in the
 * provisional copy's place without waiting for the next sync.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseGlobalId } from '../../schema/contract.js';
import { demoKey } from '../../sandbox/identities.js';
import { startLocalCorridor, type LocalCorridor } from '../../sandbox/local-corridor.js';
import { eventually, query, type GraphQLResponse } from './helpers.js';

const NANJING = { authorization: `Bearer ${demoKey('org-nanjing-zijinshan')}` };
const SUZHOU = { authorization: `Bearer ${demoKey('org-suzhou-nano-packaging')}` };

/** How long the platform holds the write's first call: the window the sync must fall in. */
const HELD_MS = 2_000;
/** Longer than HELD_MS, shorter than the router's write timeout (3.5 s): the held write answers DELIVERED. */
const ACCEPT_WAIT_MS = 3_000;

let corridor: LocalCorridor;

beforeAll(async () => {
  corridor = await startLocalCorridor({
    ports: 'ephemeral',
    // No sync of its own: the test decides when the corridor syncs.
    syncIntervalMs: 3_600_000,
    responseCacheSeconds: 0,
    outbox: { acceptWaitMs: ACCEPT_WAIT_MS, initialRetryMs: 100, maxRetryMs: 400 },
    // A platform back from an outage is called again within half a second.
    platformHttp: { retry: { maxRetries: 0 }, breaker: { cooldownMs: 500 } },
  });
});
afterAll(async () => {
  await corridor?.close();
});

const APPLY = `mutation ($input: ApplyToChallengeInput!, $key: String!) { applyToChallenge(idempotencyKey: $key, input: $input) { receipt { state } application { id } } }`;

const applicationTo = (challengeId: string) => ({ challengeId, proposal: '采用晶圆级扇出封装与低损耗介质集成天线阵列，18个月完成样片与测试验证。', contact: { name: '陈工', phone: '0512-65880000' } });

/** An open Nanjing challenge the Suzhou applicant has not applied to (an organisation applies once). */
async function openNanjingChallenge(): Promise<string> {
  const open = await query(corridor.graphqlUrl, `{ challenges(filter: { cities: ["nanjing"], statuses: [OPEN] }, first: 10) { edges { node { id } } } }`);
  const applied = await query(corridor.graphqlUrl, `{ myApplications { challenge { id } } }`, {}, SUZHOU);
  const appliedTo = new Set((applied.data!['myApplications'] as { challenge: { id: string } }[]).map((application) => application.challenge.id));
  return (open.data!['challenges'].edges as { node: { id: string } }[]).map((edge) => edge.node.id).find((id) => !appliedTo.has(id) && !isProvisional(id))!;
}

/** The Suzhou applicant's applications to one challenge, as myApplications lists them. */
async function applicationsTo(challengeId: string): Promise<string[]> {
  const mine = await query(corridor.graphqlUrl, `{ myApplications { id challenge { id } } }`, {}, SUZHOU);
  return (mine.data!['myApplications'] as { id: string; challenge: { id: string } }[]).filter((application) => application.challenge.id === challengeId).map((application) => application.id);
}

const isProvisional = (id: string) => parseGlobalId(id)!.localId.startsWith('pending-');

/** Native calls that are not reads, so far, on the member's stand-in platform. */
function nativeWrites(slug: string): number {
  const { byRoute } = corridor.sandbox.platforms.get(slug)!.stats();
  return Object.entries(byRoute).reduce((sum, [route, count]) => (route.startsWith('GET ') ? sum : sum + count), 0);
}

/**
 * Sends a write to Nanjing, syncs the corridor while Nanjing's platform holds the write's first
 * call, and calls `observe` after that sync, after the write's answer, and after the next sync.
 */
async function syncBetweenAcceptAndDelivery(send: () => Promise<GraphQLResponse>, observe: (moment: string) => Promise<void>): Promise<GraphQLResponse> {
  const nanjing = corridor.sandbox.platforms.get('nanjing')!;
  const writesBefore = nativeWrites('nanjing');
  nanjing.faults.update({ latencyMs: HELD_MS, jitterMs: 0 });
  let answered = false;
  const answer = send().finally(() => {
    answered = true;
  });
  try {
    await eventually(async () => nativeWrites('nanjing') > writesBefore, 100, 20);
  } finally {
    nanjing.faults.reset();
  }
  await corridor.corridor.sync.syncAll();
  expect(answered, 'the sync must run while the write is accepted but not delivered').toBe(false);
  await observe('after a sync while the write was being delivered');
  const result = await answer;
  await observe('after the write was answered');
  await corridor.corridor.sync.syncAll();
  await observe('after the next sync');
  return result;
}

describe('a sync between a write being accepted and being delivered', () => {
  it('leaves exactly one copy of a new application in myApplications at every moment', async () => {
    const challengeId = await openNanjingChallenge();
    const seen: string[][] = [];
    const result = await syncBetweenAcceptAndDelivery(
      () => query(corridor.graphqlUrl, APPLY, { input: applicationTo(challengeId), key: 'race-apply-sz-0001' }, SUZHOU),
      async (moment) => {
        const copies = await applicationsTo(challengeId);
        seen.push(copies);
        expect(copies, moment).toHaveLength(1);
      },
    );
    expect(result.data!['applyToChallenge'].receipt.state).toBe('DELIVERED');
    const deliveredId: string = result.data!['applyToChallenge'].application.id;
    expect(isProvisional(deliveredId)).toBe(false);
    // The sync showed the provisional copy; from the answer on only the delivered record is listed.
    expect(isProvisional(seen[0]![0]!)).toBe(true);
    expect(seen.slice(1)).toEqual([[deliveredId], [deliveredId]]);
  });

  it('leaves exactly one copy of a new challenge in the corridor list at every moment', async () => {
    const title = '高可靠车规级碳化硅功率模块封装工艺攻关';
    const listed = async () =>
      ((await query(corridor.graphqlUrl, `{ challenges(filter: { text: "车规级碳化硅功率模块" }) { totalCount edges { node { id } } } }`)).data!['challenges'] as {
        totalCount: number;
        edges: { node: { id: string } }[];
      });
    const result = await syncBetweenAcceptAndDelivery(
      () =>
        query(
          corridor.graphqlUrl,
          `mutation ($input: PublishChallengeInput!) { publishChallenge(idempotencyKey: "race-publish-nj-0001", input: $input) { receipt { state } challenge { id } } }`,
          {
            input: {
              city: 'nanjing', title, description: '面向新能源汽车主驱逆变器的碳化硅功率模块，完成双面散热封装与功率循环验证。', publisherKind: 'RESEARCH_INSTITUTE',
              industries: ['INTELLIGENT_VEHICLES'], technicalField: '功率半导体封装', rewardYuan: 2_000_000, deadline: '2028-06-30', requirements: '具备车规级可靠性试验条件',
            },
          },
          NANJING,
        ),
      async (moment) => {
        const page = await listed();
        expect(page.edges, moment).toHaveLength(1);
        expect(page.totalCount, moment).toBe(1);
      },
    );
    expect(result.data!['publishChallenge'].receipt.state).toBe('DELIVERED');
    const deliveredId: string = result.data!['publishChallenge'].challenge.id;
    expect((await listed()).edges).toEqual([{ node: { id: deliveredId } }]);
  });
});

describe('a write delivered by the outbox after it answered PENDING', () => {
  it('lists one copy throughout, the delivered record as soon as a receipt shows the delivery', async () => {
    const challengeId = await openNanjingChallenge();
    const key = 'outage-apply-sz-0001';
    const nanjing = corridor.sandbox.platforms.get('nanjing')!;
    const oneCopy = async (moment: string) => {
      const copies = await applicationsTo(challengeId);
      expect(copies, moment).toHaveLength(1);
      return copies[0]!;
    };
    nanjing.faults.update({ outage: true });
    try {
      const pending = await query(corridor.graphqlUrl, APPLY, { input: applicationTo(challengeId), key }, SUZHOU);
      expect(pending.errors).toBeUndefined();
      expect(pending.data!['applyToChallenge'].receipt.state).toBe('PENDING');
      expect(await oneCopy('when accepted')).toBe(pending.data!['applyToChallenge'].application.id);
      // Nanjing's change feed fails while its platform is down; the other members sync.
      await corridor.corridor.sync.syncAll();
      expect(isProvisional(await oneCopy('after a sync during the outage'))).toBe(true);
    } finally {
      nanjing.faults.reset();
    }
    const RECEIPT = `query ($key: String!) { writeReceipt(city: "nanjing", idempotencyKey: $key) { state } }`;
    await eventually(async () => {
      const state = (await query(corridor.graphqlUrl, RECEIPT, { key }, SUZHOU)).data?.['writeReceipt']?.state;
      await oneCopy('while the outbox delivers');
      return state === 'DELIVERED';
    });
    // No sync has run since the delivery: the receipt put the delivered record in place.
    const delivered = await oneCopy('once the receipt shows the delivery');
    expect(isProvisional(delivered)).toBe(false);
    await corridor.corridor.sync.syncAll();
    expect(await oneCopy('after the next sync')).toBe(delivered);
  });
});
