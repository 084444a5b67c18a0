import { describe, expect, it } from 'vitest';
import { createAdapter } from '../../members/putuo/adapter.js';
import type { NewChallenge } from '../../schema/contract.js';
import { getMember } from '../../schema/registry.js';
import { buildMemberDataset } from '../../sandbox/dataset/index.js';
import { adapterForFile, expectEveryKindListedAsIs, failure, localId, standInForFile } from './harness.js';

const member = getMember('putuo');

const challenge: NewChallenge = {
  title: '城市地理信息实景三维建模',
  description: '厘米级实景三维模型自动化生产。',
  publisher: '上海某测绘行业协会',
  publisherKind: 'OTHER',
  industries: ['GEOSPATIAL'],
  technicalField: '实景三维',
  rewardYuan: 300_000,
  deadline: '2099-06-30',
  requirements: '具备甲级测绘资质',
  tags: ['行业协会', '场景开放'],
};

describe('the Putuo adapter', () => {
  // Enough records for several pages of 100.
  const dataset = buildMemberDataset('putuo', { perKind: 230 });
  const platform = standInForFile('putuo', dataset);
  const adapter = adapterForFile(() => createAdapter({ member, baseUrl: platform.url }));

  it('maps every record of every kind back to the canonical record', async () => {
    await expectEveryKindListedAsIs(adapter, dataset);
  });

  it('pages at the platform maximum of 100 until page × pageSize reaches total', async () => {
    const before = platform.stats().byRoute['GET /api/v1/carriers'] ?? 0;
    await adapter.list('carrier');
    const calls = (platform.stats().byRoute['GET /api/v1/carriers'] ?? 0) - before;
    expect(calls).toBe(3);
  });

  it('splits a lookup of more than 100 ids into ?ids= calls of at most 100', async () => {
    const known = dataset.policy.slice(0, 3).map((p) => localId(p.id));
    const unknown = Array.from({ length: 140 }, (_, i) => `NO-SUCH-${i}`);
    const before = platform.stats().total;
    const result = await adapter.lookup('policy', [...known, ...unknown]);
    expect(platform.stats().total - before).toBe(2);
    expect(result.records.slice(0, 3)).toEqual(dataset.policy.slice(0, 3));
    expect(result.missing).toEqual(unknown);
  });

  it('keeps an OTHER publisher type as its label in tags through a write', async () => {
    const created = await adapter.createChallenge(challenge);
    expect(created).toMatchObject({ publisherKind: 'OTHER', tags: ['行业协会', '场景开放'], rewardYuan: 300_000, status: 'OPEN' });
    expect(platform.store.get('challenge', localId(created.id))).toMatchObject({ publisherKind: 'OTHER', tags: ['行业协会', '场景开放'] });
  });

  it('turns ALREADY_APPLIED and VALIDATION_FAILED into PLATFORM_REJECTED reasons', async () => {
    const created = await adapter.createChallenge({ ...challenge, title: '重复揭榜校验' });
    const application = {
      challengeId: created.id,
      applicantOrganization: '泰州某测绘院',
      applicantCity: 'taizhou',
      proposal: '倾斜摄影与激光点云融合。',
      contact: { name: null, phone: null, email: null },
    };
    await adapter.submitApplication(localId(created.id), application);
    expect(await failure(adapter.submitApplication(localId(created.id), application))).toMatchObject({
      code: 'PLATFORM_REJECTED',
      reason: 'DUPLICATE_APPLICATION',
      status: 409,
    });
    expect(await failure(adapter.createChallenge({ ...challenge, title: ' ' }))).toMatchObject({ code: 'PLATFORM_REJECTED', reason: 'INVALID', status: 422 });
  });
});
