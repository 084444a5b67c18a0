/**
 * Writes whose answers the platform loses, on the corridor as separate processes: the platform
 * applies the write and drops the connection, the hub retries, finds the write's marker and adopts
 * the record instead of making it twice. The platforms keep their records across a restart (no id
 * comes back), and a receipt says when its record is gone from the platform.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adapterFactoryFor } from '../../adapters/index.js';
import type { CityAdapter } from '../../adapters/kit/adapter.js';
import { parseGlobalId } from '../../schema/contract.js';
import { getMember } from '../../schema/registry.js';
import { demoKey } from '../../sandbox/identities.js';
import { sandboxFactsFor } from '../../sandbox/platforms/index.js';
import { eventually, query } from '../e2e/helpers.js';
import { startSeparateCorridor, type SeparateCorridor } from './harness.js';

const NANJING = { authorization: `Bearer ${demoKey('org-nanjing-zijinshan')}` };
const WUXI = { authorization: `Bearer ${demoKey('org-wuxi-zhongwei')}` };
const WUXI_ORGANIZATION = '无锡中微高科电子有限公司';

const PUBLISH = `mutation ($input: PublishChallengeInput!, $key: String!) {
  publishChallenge(input: $input, idempotencyKey: $key) { receipt { state attempts } challenge { id } }
}`;
const APPLY = `mutation ($input: ApplyToChallengeInput!, $key: String!) {
  applyToChallenge(input: $input, idempotencyKey: $key) { receipt { state attempts } application { id } }
}`;
const RECEIPT = `query ($key: String!) { writeReceipt(city: "nanjing", idempotencyKey: $key) { state attempts lastError recordMissing } }`;
const NODE = `query ($id: ID!) { node(id: $id) { id } }`;

const challengeInput = (title: string) => ({
  city: 'nanjing',
  title,
  description: '平台丢失应答后，枢纽应找回已建记录而不是重复创建。',
  publisherKind: 'RESEARCH_INSTITUTE',
  industries: ['INTEGRATED_CIRCUITS'],
  technicalField: '射频集成电路',
  rewardYuan: 1_000_000,
  deadline: '2028-03-31',
  requirements: '具备流片经验',
  tags: ['揭榜挂帅'],
});

const localIdOf = (id: string) => parseGlobalId(id)!.localId;

let corridor: SeparateCorridor;
let nanjing: CityAdapter;

beforeAll(async () => {
  corridor = await startSeparateCorridor({ env: { OUTBOX_MAX_RETRY_MS: '2000' } });
  const member = getMember('nanjing');
  nanjing = adapterFactoryFor('nanjing')({ member, baseUrl: corridor.platformUrl('nanjing'), credentials: sandboxFactsFor(member.slug).credentials });
  await eventually(async () => (await query(corridor.graphqlUrl, `{ city(slug: "nanjing") { status { state } } }`)).data?.['city']?.status.state === 'UP', 120, 500);
}, 180_000);

afterAll(async () => {
  await nanjing?.close();
  await corridor?.close();
});

describe('writes whose answers the platform loses', () => {
  const receiptOf = async (key: string, headers: Record<string, string>) => (await query(corridor.graphqlUrl, RECEIPT, { key }, headers)).data?.['writeReceipt'];
  const deliveredReceipt = async (key: string, headers: Record<string, string>) => {
    await eventually(async () => (await receiptOf(key, headers))?.state === 'DELIVERED', 60, 500);
    return receiptOf(key, headers);
  };
  const challengesTitled = async (title: string) => (await nanjing.list('challenge')).records.filter((challenge) => challenge.title === title);
  const platformHasChallenge = async (localId: string) => (await nanjing.lookup('challenge', [localId])).missing.length === 0;

  /** Publishes in Nanjing and waits until delivered; the platform's own id of the challenge. */
  const publishDelivered = async (title: string, key: string) => {
    const published = await query(corridor.graphqlUrl, PUBLISH, { input: challengeInput(title), key }, NANJING);
    expect(published.errors).toBeUndefined();
    await deliveredReceipt(key, NANJING);
    const replayed = await query(corridor.graphqlUrl, PUBLISH, { input: challengeInput(title), key }, NANJING);
    return localIdOf(replayed.data!['publishChallenge'].challenge.id as string);
  };

  let lostChallenge: string;
  let lostApplication: string;

  it('adopts a challenge the platform made but did not answer for, instead of making it twice', async () => {
    const title = '丢失应答后的榜单只应存在一份';
    await corridor.platform('nanjing').setFaults({ lostAnswers: 1 });
    lostChallenge = await publishDelivered(title, 'lost-answer-publish-01');

    const receipt = await receiptOf('lost-answer-publish-01', NANJING);
    // The first attempt's answer was lost; a later one found the marked record.
    expect(receipt).toMatchObject({ state: 'DELIVERED', lastError: null, recordMissing: false });
    expect(receipt.attempts).toBeGreaterThanOrEqual(2);
    expect((await corridor.platform('nanjing').faults()).lostAnswers).toBe(0);
    expect((await challengesTitled(title)).map((challenge) => localIdOf(challenge.id))).toEqual([lostChallenge]);
  }, 60_000);

  it('adopts an application the platform took but did not answer for', async () => {
    const challengeId = `nanjing:challenge:${lostChallenge}`;
    // The corridor takes applications to challenges it has indexed.
    await eventually(async () => (await query(corridor.graphqlUrl, NODE, { id: challengeId })).data?.['node']?.id === challengeId, 60, 500);
    await corridor.platform('nanjing').setFaults({ lostAnswers: 1 });
    const input = { challengeId, proposal: '采用低损耗介质集成方案，12个月完成验证。', contact: { name: '陈工', phone: '0510-85880000', email: null } };
    const applied = await query(corridor.graphqlUrl, APPLY, { input, key: 'lost-answer-apply-01' }, WUXI);
    expect(applied.errors).toBeUndefined();

    const receipt = await deliveredReceipt('lost-answer-apply-01', WUXI);
    expect(receipt).toMatchObject({ state: 'DELIVERED', lastError: null, recordMissing: false });
    expect(receipt.attempts).toBeGreaterThanOrEqual(2);
    const applications = (await nanjing.listApplications(lostChallenge)).filter((application) => application.applicantOrganization === WUXI_ORGANIZATION);
    expect(applications).toHaveLength(1);
    lostApplication = localIdOf(applications[0]!.id);
  }, 60_000);

  it('still has the delivered records after the platforms restart, and gives the next challenge a new id', async () => {
    await corridor.restart('platforms');
    expect(await platformHasChallenge(lostChallenge)).toBe(true);
    expect((await nanjing.listApplications(lostChallenge)).map((application) => localIdOf(application.id))).toEqual([lostApplication]);
    expect(await receiptOf('lost-answer-publish-01', NANJING)).toMatchObject({ state: 'DELIVERED', recordMissing: false });
    expect(await receiptOf('lost-answer-apply-01', WUXI)).toMatchObject({ state: 'DELIVERED', recordMissing: false });

    const title = '平台重启后发布的榜单';
    const next = await publishDelivered(title, 'after-restart-publish-01');
    expect(next).not.toBe(lostChallenge);
    expect((await challengesTitled(title)).map((challenge) => localIdOf(challenge.id))).toEqual([next]);
    expect(await platformHasChallenge(lostChallenge)).toBe(true);
  }, 120_000);

  it('says on the receipts when the platform no longer has the record a write made', async () => {
    await corridor.platform('nanjing').remove('challenge', lostChallenge);
    // Receipts look their record up again at most every few seconds.
    await eventually(async () => (await receiptOf('lost-answer-publish-01', NANJING))?.recordMissing === true, 40, 500);
    expect(await receiptOf('lost-answer-publish-01', NANJING)).toMatchObject({
      state: 'DELIVERED',
      recordMissing: true,
      lastError: `nanjing platform no longer has the record ${lostChallenge}`,
    });
    // The application went with its challenge.
    await eventually(async () => (await receiptOf('lost-answer-apply-01', WUXI))?.recordMissing === true, 40, 500);
    expect(await receiptOf('lost-answer-apply-01', WUXI)).toMatchObject({ lastError: `nanjing platform no longer has the record ${lostApplication}` });
    expect(await receiptOf('after-restart-publish-01', NANJING)).toMatchObject({ state: 'DELIVERED', recordMissing: false, lastError: null });
  }, 60_000);
});
