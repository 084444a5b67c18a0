import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { splitWriteMarker } from '../../adapters/kit/write-marker.js';
import { parseGlobalId } from '../../schema/contract.js';
import { demoKey } from '../../sandbox/identities.js';
import { startLocalCorridor, type LocalCorridor } from '../../sandbox/local-corridor.js';
import { eventually, query, type GraphQLResponse } from './helpers.js';

const NANJING = { authorization: `Bearer ${demoKey('org-nanjing-zijinshan')}` };
const SUZHOU = { authorization: `Bearer ${demoKey('org-suzhou-nano-packaging')}` };
const WUXI = { authorization: `Bearer ${demoKey('org-wuxi-zhongwei')}` };
const READER = { authorization: `Bearer ${demoKey('org-changzhou-reader')}` };

const PUBLISH = `mutation ($input: PublishChallengeInput!, $key: String!) {
  publishChallenge(input: $input, idempotencyKey: $key) {
    receipt { state idempotencyKey city { slug } attempts lastError }
    challenge { id ... on Challenge { title publisher status city { slug } } }
  }
}`;
const APPLY = `mutation ($input: ApplyToChallengeInput!, $key: String!) {
  applyToChallenge(input: $input, idempotencyKey: $key) {
    receipt { state }
    application { id status delivery applicantOrganization applicantCity { slug } challenge { id } }
  }
}`;
const AWARD = `mutation ($input: AwardChallengeInput!, $key: String!) {
  awardChallenge(input: $input, idempotencyKey: $key) { receipt { state } challenge { id ... on Challenge { status } } }
}`;

function challengeInput(overrides: Record<string, unknown> = {}) {
  return {
    city: 'nanjing',
    title: '面向6G的太赫兹片上天线封装集成技术攻关',
    description: '研制工作频段 220–330GHz 的片上天线与封装一体化方案，插损与辐射效率达到国际先进水平。',
    publisherKind: 'RESEARCH_INSTITUTE',
    industries: ['INTEGRATED_CIRCUITS', 'CYBERSECURITY'],
    technicalField: '射频集成电路',
    rewardYuan: 3_000_000,
    deadline: '2028-03-31',
    requirements: '具备太赫兹测试平台；近三年承担过相关国家级项目',
    tags: ['揭榜挂帅', '沿沪宁'],
    ...overrides,
  };
}

const application = (challengeId: string) => ({
  challengeId,
  proposal: '采用晶圆级扇出封装与低损耗介质集成天线阵列，18个月完成样片与测试验证。',
  contact: { name: '陈工', phone: '0512-65880000', email: 'chen@example.com' },
});

function errorOf(result: GraphQLResponse) {
  expect(result.errors, JSON.stringify(result.data)).toBeDefined();
  return result.errors![0]!;
}

let corridor: LocalCorridor;

beforeAll(async () => {
  corridor = await startLocalCorridor({
    ports: 'ephemeral',
    syncIntervalMs: 300,
    outbox: { initialRetryMs: 100, maxRetryMs: 400 },
    responseCacheSeconds: 0,
    // A platform back from an outage is called again within half a second.
    platformHttp: { retry: { maxRetries: 0 }, breaker: { cooldownMs: 500 } },
  });
});
afterAll(async () => {
  await corridor?.close();
});

describe('揭榜挂帅 through the gateway', () => {
  let challengeId: string;
  let applicationId: string;

  it('lets a Nanjing organisation publish in Nanjing, delivered to the Nanjing platform', async () => {
    const result = await query(corridor.graphqlUrl, PUBLISH, { input: challengeInput(), key: 'publish-6g-antenna-0001' }, NANJING);
    expect(result.errors).toBeUndefined();
    const payload = result.data!['publishChallenge'];
    expect(payload.receipt).toEqual({ state: 'DELIVERED', idempotencyKey: 'publish-6g-antenna-0001', city: { slug: 'nanjing' }, attempts: 1, lastError: null });
    expect(payload.challenge).toMatchObject({ title: challengeInput().title, publisher: '紫金山实验室', status: 'OPEN', city: { slug: 'nanjing' } });
    challengeId = payload.challenge.id;
    expect(parseGlobalId(challengeId)).toMatchObject({ city: 'nanjing', kind: 'challenge' });
    expect(corridor.sandbox.platforms.get('nanjing')!.store.get('challenge', parseGlobalId(challengeId)!.localId)).toBeDefined();
  });

  it('shows the new challenge in the corridor list at once, to a Suzhou organisation', async () => {
    const result = await query(corridor.graphqlUrl, `{ challenges(filter: { text: "太赫兹片上天线" }) { edges { node { id title } } } }`, {}, SUZHOU);
    expect(result.data!['challenges'].edges.map((edge: { node: { id: string } }) => edge.node.id)).toContain(challengeId);
  });

  it('lets a Suzhou organisation apply', async () => {
    const result = await query(corridor.graphqlUrl, APPLY, { input: application(challengeId), key: 'apply-6g-antenna-sz-01' }, SUZHOU);
    expect(result.errors).toBeUndefined();
    const payload = result.data!['applyToChallenge'];
    expect(payload.receipt.state).toBe('DELIVERED');
    expect(payload.application).toMatchObject({ status: 'SUBMITTED', delivery: 'DELIVERED', applicantOrganization: '苏州纳米先进封装研究院', applicantCity: { slug: 'suzhou' }, challenge: { id: challengeId } });
    applicationId = payload.application.id;
  });

  it('refuses a second application by the same organisation with ALREADY_APPLIED', async () => {
    const error = errorOf(await query(corridor.graphqlUrl, APPLY, { input: application(challengeId), key: 'apply-6g-antenna-sz-02' }, SUZHOU));
    expect(error.extensions).toMatchObject({ code: 'ALREADY_APPLIED', field: 'input.challengeId' });
  });

  it('shows the applications to the publisher only', async () => {
    const APPLICATIONS = `query ($id: ID!) { node(id: $id) { ... on Challenge { applications { id applicantOrganization status } } } }`;
    const publisher = await query(corridor.graphqlUrl, APPLICATIONS, { id: challengeId }, NANJING);
    expect(publisher.errors).toBeUndefined();
    expect(publisher.data!['node'].applications).toEqual([{ id: applicationId, applicantOrganization: '苏州纳米先进封装研究院', status: 'SUBMITTED' }]);
    const applicant = await query(corridor.graphqlUrl, APPLICATIONS, { id: challengeId }, SUZHOU);
    expect(applicant.data!['node'].applications).toBeNull();
    expect(errorOf(applicant).extensions).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('refuses a follow-up by an organisation acting for another with FORBIDDEN', async () => {
    const error = errorOf(await query(corridor.graphqlUrl, AWARD, { input: { challengeId, applicationId }, key: 'award-by-wuxi-0001' }, WUXI));
    expect(error.extensions).toMatchObject({ code: 'FORBIDDEN', field: 'input.challengeId' });
  });

  it('lets the publisher award the application, which the applicant then sees', async () => {
    const result = await query(corridor.graphqlUrl, AWARD, { input: { challengeId, applicationId }, key: 'award-6g-antenna-0001' }, NANJING);
    expect(result.errors).toBeUndefined();
    expect(result.data!['awardChallenge']).toEqual({ receipt: { state: 'DELIVERED' }, challenge: { id: challengeId, status: 'AWARDED' } });
    const mine = await query(corridor.graphqlUrl, `{ myApplications { id status delivery challenge { id ... on Challenge { status } } } }`, {}, SUZHOU);
    expect(mine.data!['myApplications']).toEqual([{ id: applicationId, status: 'AWARDED', delivery: 'DELIVERED', challenge: { id: challengeId, status: 'AWARDED' } }]);
  });

  it('answers a repeated request with the same idempotency key with the same result and creates nothing new', async () => {
    const nanjing = corridor.sandbox.platforms.get('nanjing')!;
    const before = nanjing.store.count('challenge');
    const again = await query(corridor.graphqlUrl, PUBLISH, { input: challengeInput(), key: 'publish-6g-antenna-0001' }, NANJING);
    expect(again.errors).toBeUndefined();
    expect(again.data!['publishChallenge'].challenge.id).toBe(challengeId);
    expect(nanjing.store.count('challenge')).toBe(before);
    const reused = errorOf(await query(corridor.graphqlUrl, PUBLISH, { input: challengeInput({ title: '另一个不同的榜单标题用于复用测试' }), key: 'publish-6g-antenna-0001' }, NANJING));
    expect(reused.extensions).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED', field: 'idempotencyKey' });
  });

  it('refuses to publish for another member city', async () => {
    const error = errorOf(await query(corridor.graphqlUrl, PUBLISH, { input: challengeInput({ city: 'suzhou' }), key: 'publish-in-suzhou-01' }, NANJING));
    expect(error.extensions).toMatchObject({ code: 'FORBIDDEN', field: 'input.city' });
  });

  it.each([
    ['a missing title', { title: '  ' }, 'BAD_USER_INPUT', 'input.title'],
    ['a deadline in the past', { deadline: '2024-01-01' }, 'DEADLINE_IN_PAST', 'input.deadline'],
    ['a reward out of range', { rewardYuan: 500 }, 'REWARD_OUT_OF_RANGE', 'input.rewardYuan'],
    ['no industry', { industries: [] }, 'BAD_USER_INPUT', 'input.industries'],
  ])('refuses a challenge with %s', async (_case, overrides, code, field) => {
    const error = errorOf(await query(corridor.graphqlUrl, PUBLISH, { input: challengeInput(overrides), key: `publish-invalid-${code}-${field}`.replace(/\./g, '-') }, NANJING));
    expect(error.extensions).toMatchObject({ code, field });
  });

  it('refuses an application to a closed challenge with CHALLENGE_NOT_OPEN', async () => {
    const error = errorOf(await query(corridor.graphqlUrl, APPLY, { input: application(challengeId), key: 'apply-awarded-000001' }, WUXI));
    expect(error.extensions).toMatchObject({ code: 'CHALLENGE_NOT_OPEN', field: 'input.challengeId' });
  });

  it('refuses writes without an API key, and any request with an unknown key', async () => {
    const anonymous = errorOf(await query(corridor.graphqlUrl, PUBLISH, { input: challengeInput(), key: 'publish-anonymous-01' }));
    expect(anonymous.extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
    const unknown = errorOf(await query(corridor.graphqlUrl, `{ cities { slug } }`, {}, { authorization: 'Bearer not-a-key' }));
    expect(unknown.extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('refuses a publish from an organisation without the PUBLISHER role', async () => {
    const error = errorOf(await query(corridor.graphqlUrl, PUBLISH, { input: challengeInput({ city: 'changzhou' }), key: 'publish-reader-0001' }, READER));
    expect(error.extensions).toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('a write while the owning platform is down', () => {
  const RECEIPT = `query ($key: String!) { writeReceipt(city: "nanjing", idempotencyKey: $key) { state attempts lastError nextAttemptAt deliveredAt } }`;
  const receiptOf = async (key: string) => (await query(corridor.graphqlUrl, RECEIPT, { key }, NANJING)).data?.['writeReceipt'];
  const countOnPlatform = (title: string) =>
    corridor.sandbox.platforms
      .get('nanjing')!
      .store.list('challenge')
      .filter((challenge) => splitWriteMarker(challenge.title).text === title).length;

  // Unreachable, or not called once its circuit has opened after the failures of the outage.
  const NANJING_DOWN = /^nanjing platform (could not be reached|circuit is open after \d+ consecutive failures; next probe in \d+ s)$/;

  it('is pending and shown at once, then delivered exactly once by itself when the outage is lifted, with no restart', async () => {
    const nanjing = corridor.sandbox.platforms.get('nanjing')!;
    const title = '宽禁带半导体功率器件可靠性加速试验方法攻关';
    nanjing.faults.update({ outage: true });
    try {
      const published = await query(corridor.graphqlUrl, PUBLISH, { input: challengeInput({ title }), key: 'publish-during-outage-01' }, NANJING);
      expect(published.errors).toBeUndefined();
      const pending = published.data!['publishChallenge'];
      expect(pending.receipt).toMatchObject({ state: 'PENDING', lastError: expect.stringMatching(NANJING_DOWN) });
      // Tried at least once while the caller waited (twice on a slow machine, where the accept wait spans a retry).
      expect(pending.receipt.attempts).toBeGreaterThanOrEqual(1);
      expect(pending.challenge).toMatchObject({ title, status: 'OPEN' });
      expect(parseGlobalId(pending.challenge.id)!.localId).toMatch(/^pending-/);
      const listed = await query(corridor.graphqlUrl, `{ challenges(filter: { text: "宽禁带半导体功率器件" }) { edges { node { id title } } } }`);
      expect(listed.data!['challenges'].edges).toContainEqual({ node: { id: pending.challenge.id, title } });
      // The outbox keeps retrying on its own while the platform is down, each attempt scheduled.
      await eventually(async () => ((await receiptOf('publish-during-outage-01'))?.attempts ?? 0) >= 3);
      const retrying = await receiptOf('publish-during-outage-01');
      expect(retrying).toMatchObject({ state: 'PENDING', lastError: expect.stringMatching(NANJING_DOWN), deliveredAt: null });
      expect(retrying.nextAttemptAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/);
      expect(countOnPlatform(title)).toBe(0);
    } finally {
      nanjing.faults.reset();
    }
    await eventually(async () => (await receiptOf('publish-during-outage-01'))?.state === 'DELIVERED');
    expect(await receiptOf('publish-during-outage-01')).toMatchObject({ state: 'DELIVERED', lastError: null, nextAttemptAt: null });
    expect(countOnPlatform(title)).toBe(1);

    const repeated = await query(corridor.graphqlUrl, PUBLISH, { input: challengeInput({ title }), key: 'publish-during-outage-01' }, NANJING);
    expect(repeated.data!['publishChallenge'].receipt.state).toBe('DELIVERED');
    const deliveredId: string = repeated.data!['publishChallenge'].challenge.id;
    expect(parseGlobalId(deliveredId)!.localId).not.toMatch(/^pending-/);
    expect(repeated.data!['publishChallenge'].challenge.title).toBe(title);
    await eventually(async () => {
      const list = await query(corridor.graphqlUrl, `{ challenges(filter: { text: "宽禁带半导体功率器件" }) { edges { node { id } } } }`);
      const ids = list.data?.['challenges'].edges.map((edge: { node: { id: string } }) => edge.node.id) ?? [];
      return ids.length === 1 && ids[0] === deliveredId;
    });
    expect(countOnPlatform(title)).toBe(1);
  });

  it('stays pending across restarts of the subgraph and the gateway, then is delivered exactly once', async () => {
    const nanjing = corridor.sandbox.platforms.get('nanjing')!;
    const title = '氮化镓射频器件热管理与封装可靠性攻关';
    nanjing.faults.update({ outage: true });
    try {
      const published = await query(corridor.graphqlUrl, PUBLISH, { input: challengeInput({ title }), key: 'publish-across-restart-01' }, NANJING);
      expect(published.data!['publishChallenge'].receipt.state).toBe('PENDING');
      await corridor.restartCity('nanjing');
      await corridor.restartGateway();
      expect(await receiptOf('publish-across-restart-01')).toMatchObject({ state: 'PENDING' });
      expect(countOnPlatform(title)).toBe(0);
    } finally {
      nanjing.faults.reset();
    }
    await eventually(async () => (await receiptOf('publish-across-restart-01'))?.state === 'DELIVERED');
    expect(countOnPlatform(title)).toBe(1);
  });
});
