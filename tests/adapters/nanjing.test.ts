import { describe, expect, it } from 'vitest';
import { createAdapter } from '../../members/nanjing/adapter.js';
import type { NewChallenge } from '../../schema/contract.js';
import { getMember } from '../../schema/registry.js';
import { buildMemberDataset } from '../../sandbox/dataset/index.js';
import { adapterForFile, expectEveryKindListedAsIs, failure, localId, standInForFile } from './harness.js';

const member = getMember('nanjing');

const negotiable: NewChallenge = {
  title: '量子密钥分发城域网组网',
  description: '城域网内 50 个节点的 QKD 组网方案。',
  publisher: '南京某网络安全有限公司',
  publisherKind: 'ENTERPRISE',
  industries: ['CYBERSECURITY'],
  technicalField: '量子通信',
  rewardYuan: null,
  deadline: '2099-03-06',
  requirements: '具备商用密码资质',
  tags: [],
};

describe('the Nanjing adapter', () => {
  // Enough records for several pages of 50.
  const dataset = buildMemberDataset('nanjing', { perKind: 120 });
  const platform = standInForFile('nanjing', dataset);
  const adapter = adapterForFile(() => createAdapter({ member, baseUrl: platform.url }));

  it('maps every pinyin-keyed record of every kind back to the canonical record', async () => {
    await expectEveryKindListedAsIs(adapter, dataset);
  });

  it('pages by pageNo until the rows received reach totalCount', async () => {
    const before = platform.stats().byRoute['GET /api/zc/list'] ?? 0;
    const { records } = await adapter.list('policy');
    expect(records).toHaveLength(120);
    expect((platform.stats().byRoute['GET /api/zc/list'] ?? 0) - before).toBe(3);
  });

  it('looks records up with one detail call per distinct id', async () => {
    const asked = [dataset.challenge[2]!, dataset.challenge[0]!].map((c) => localId(c.id));
    const before = platform.stats().byRoute['GET /api/jbgs/detail'] ?? 0;
    const result = await adapter.lookup('challenge', [asked[0]!, 'NO-SUCH-ID', asked[1]!, asked[0]!]);
    expect((platform.stats().byRoute['GET /api/jbgs/detail'] ?? 0) - before).toBe(3);
    expect(result.records).toEqual([dataset.challenge[2], null, dataset.challenge[0], dataset.challenge[2]]);
    expect(result.missing).toEqual(['NO-SUCH-ID']);
  });

  it('publishes a negotiable reward as 面议 and reads it back as null', async () => {
    const created = await adapter.createChallenge(negotiable);
    expect(created).toMatchObject({ ...negotiable, rewardYuan: null, deadline: '2099-03-06' });
    expect(platform.store.get('challenge', localId(created.id))?.rewardYuan).toBeNull();
  });

  it('sends the applicant city by its Chinese name and reads it back as the member slug', async () => {
    const created = await adapter.createChallenge({ ...negotiable, title: '揭榜城市映射' });
    const application = await adapter.submitApplication(localId(created.id), {
      challengeId: created.id,
      applicantOrganization: '镇江某信息安全研究院',
      applicantCity: 'zhenjiang',
      proposal: '基于可信中继的组网方案。',
      contact: { name: '赵工', phone: null, email: null },
    });
    expect(application).toMatchObject({ applicantCity: 'zhenjiang', contact: { name: '赵工', phone: null, email: null } });
    expect(platform.store.applicationsOf(localId(created.id))[0]?.applicantCity).toBe('zhenjiang');
  });

  it('tells refusals apart by HTTP status: 409 duplicate, 400 invalid', async () => {
    const created = await adapter.createChallenge({ ...negotiable, title: '重复揭榜校验' });
    const application = {
      challengeId: created.id,
      applicantOrganization: '常州某软件公司',
      applicantCity: 'changzhou',
      proposal: '方案。',
      contact: { name: null, phone: null, email: null },
    };
    await adapter.submitApplication(localId(created.id), application);
    expect(await failure(adapter.submitApplication(localId(created.id), application))).toMatchObject({
      code: 'PLATFORM_REJECTED',
      reason: 'DUPLICATE_APPLICATION',
      status: 409,
    });
    expect(await failure(adapter.createChallenge({ ...negotiable, title: '' }))).toMatchObject({ code: 'PLATFORM_REJECTED', reason: 'INVALID', status: 400 });
  });
});
