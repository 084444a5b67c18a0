import { describe, expect, it } from 'vitest';
import { createAdapter } from '../../members/suzhou/adapter.js';
import type { NewChallenge } from '../../schema/contract.js';
import { getMember } from '../../schema/registry.js';
import { buildMemberDataset } from '../../sandbox/dataset/index.js';
import { adapterForFile, expectEveryKindListedAsIs, failure, localId, standInForFile } from './harness.js';

const member = getMember('suzhou');

const challenge: NewChallenge = {
  title: '纳米压印光刻胶国产化',
  description: '面向AR光波导的纳米压印胶，分辨率优于50nm。',
  publisher: '苏州某光电产业联盟',
  publisherKind: 'OTHER',
  industries: ['NEW_MATERIALS', 'INTEGRATED_CIRCUITS'],
  technicalField: '微纳制造',
  rewardYuan: 2_345_678,
  deadline: '2099-10-31',
  requirements: '具备洁净室与压印设备',
  tags: ['产业联盟', '揭榜挂帅'],
};

describe('the Suzhou adapter', () => {
  // Several pages of 100 of every kind.
  const dataset = buildMemberDataset('suzhou', { perKind: 230 });
  const platform = standInForFile('suzhou', dataset);
  const adapter = adapterForFile(() => createAdapter({ member, baseUrl: platform.url }));

  const calls = (route: 'GET /graphql' | 'POST /graphql') => platform.stats().byRoute[route] ?? 0;

  it('maps every record of every kind back to the canonical record, codes and 万元 included', async () => {
    await expectEveryKindListedAsIs(adapter, dataset);
  });

  it('follows the Relay connection in GET queries of first: 100 until hasNextPage is false', async () => {
    const before = calls('GET /graphql');
    await adapter.list('carrier');
    expect(calls('GET /graphql') - before).toBe(3);
  });

  it('looks up with nodes(ids:) in one query, treating an id of another kind as missing', async () => {
    const carrier = localId(dataset.carrier[9]!.id);
    const policies = [dataset.policy[4]!, dataset.policy[0]!];
    const before = platform.stats().total;
    const result = await adapter.lookup('policy', [localId(policies[0]!.id), carrier, localId(policies[1]!.id)]);
    expect(platform.stats().total - before).toBe(1);
    expect(result.records).toEqual([policies[0], null, policies[1]]);
    expect(result.missing).toEqual([carrier]);
  });

  it('keeps an OTHER publisher as its label through publishDemand and converts the reward to 万元 and back', async () => {
    const created = await adapter.createChallenge(challenge);
    expect(created).toMatchObject({ ...challenge, status: 'OPEN', applicationCount: 0 });
    expect(platform.store.get('challenge', localId(created.id))).toMatchObject({ publisherKind: 'OTHER', rewardYuan: 2_345_678, tags: ['产业联盟', '揭榜挂帅'] });
  });

  it('turns userErrors into PLATFORM_REJECTED with the reason', async () => {
    const created = await adapter.createChallenge({ ...challenge, title: '重复揭榜校验' });
    const application = {
      challengeId: created.id,
      applicantOrganization: '无锡某微纳研究院',
      applicantCity: 'wuxi',
      proposal: '紫外固化体系配方。',
      contact: { name: null, phone: null, email: null },
    };
    await adapter.submitApplication(localId(created.id), application);
    expect(await failure(adapter.submitApplication(localId(created.id), application))).toMatchObject({ code: 'PLATFORM_REJECTED', reason: 'DUPLICATE_APPLICATION', city: 'suzhou' });
    expect(await failure(adapter.createChallenge({ ...challenge, title: ' ' }))).toMatchObject({ code: 'PLATFORM_REJECTED', reason: 'INVALID' });
    expect(await failure(adapter.listApplications('NO-SUCH-DEMAND'))).toMatchObject({ code: 'PLATFORM_REJECTED', reason: 'NOT_FOUND' });
  });

  it('retries a failing query but sends a failing mutation only once', async () => {
    const impatient = createAdapter({ member, baseUrl: platform.url, http: { retry: { maxRetries: 2, minTimeoutMs: 1, maxTimeoutMs: 5 } } });
    try {
      platform.faults.update({ errorRate: 1 });
      const gets = calls('GET /graphql');
      expect((await failure(impatient.probe())).code).toBe('PLATFORM_BAD_RESPONSE');
      expect(calls('GET /graphql') - gets).toBe(3);

      const posts = calls('POST /graphql');
      expect((await failure(impatient.createChallenge(challenge))).code).toBe('PLATFORM_BAD_RESPONSE');
      expect(calls('POST /graphql') - posts).toBe(1);
    } finally {
      await impatient.close();
    }
  });
});
