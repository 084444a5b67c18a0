import { afterAll, describe, expect, it } from 'vitest';
import { createAdapter } from '../../members/yangzhou/adapter.js';
import type { AdapterOptions, CityAdapter } from '../../adapters/kit/adapter.js';
import type { NewChallenge } from '../../schema/contract.js';
import { getMember } from '../../schema/registry.js';
import { buildMemberDataset } from '../../sandbox/dataset/index.js';
import { adapterForFile, expectEveryKindListedAsIs, failure, localId, standInForFile } from './harness.js';

const member = getMember('yangzhou');

const challenge: NewChallenge = {
  title: '氢燃料电池电堆低温启动',
  description: '零下 30℃ 冷启动时间低于 30 秒。',
  publisher: '扬州某新能源汽车有限公司',
  publisherKind: 'ENTERPRISE',
  industries: ['NEW_ENERGY', 'INTELLIGENT_VEHICLES'],
  technicalField: '燃料电池',
  rewardYuan: 1_200_000,
  deadline: '2099-09-30',
  requirements: '具备电堆测试台架',
  tags: ['揭榜挂帅'],
};

describe('the Yangzhou adapter', () => {
  // Enough records for several pages of 100.
  const dataset = buildMemberDataset('yangzhou', { perKind: 230 });
  const platform = standInForFile('yangzhou', dataset);
  const adapter = adapterForFile(() => createAdapter({ member, baseUrl: platform.url }));
  const extra: CityAdapter[] = [];

  const adapterWith = (http: AdapterOptions['http']) => {
    const created = createAdapter({ member, baseUrl: platform.url, http });
    extra.push(created);
    return created;
  };

  afterAll(async () => {
    await Promise.all(extra.map((a) => a.close()));
  });

  it('maps every enveloped record of every kind back to the canonical record', async () => {
    await expectEveryKindListedAsIs(adapter, dataset);
  });

  it('turns an HTTP 200 envelope with code 50000 into PLATFORM_BAD_RESPONSE', async () => {
    platform.faults.update({ errorRate: 1 });
    const error = await failure(adapter.list('carrier'));
    expect(error).toMatchObject({ code: 'PLATFORM_BAD_RESPONSE', city: 'yangzhou', status: 200 });
    expect(error.message).toContain('50000');
  });

  it('opens its circuit on failures that arrive as HTTP 200 with code 50000, then calls the platform no more', async () => {
    const guarded = adapterWith({ retry: { maxRetries: 0 }, breaker: { failures: 2, cooldownMs: 60_000 } });
    platform.faults.update({ errorRate: 1 });
    for (let i = 0; i < 2; i++) expect(await failure(guarded.probe())).toMatchObject({ code: 'PLATFORM_BAD_RESPONSE', status: 200 });
    expect(guarded.circuit()).toMatchObject({ state: 'OPEN', consecutiveFailures: 2 });
    const before = platform.stats().total;
    expect(await failure(guarded.lookup('policy', ['any']))).toMatchObject({ code: 'PLATFORM_CIRCUIT_OPEN', city: 'yangzhou' });
    expect(platform.stats().total).toBe(before);
  });

  it('retries a read answered with code 42900 after the Retry-After the platform sent', async () => {
    platform.faults.update({ rateLimit: { requests: 1, windowMs: 200 } });
    const patient = adapterWith({ retry: { maxRetries: 2, minTimeoutMs: 10, maxTimeoutMs: 1_500 } });
    await patient.probe();
    const before = platform.stats().total;
    await expect(patient.probe()).resolves.toBeUndefined();
    expect(platform.stats().total - before).toBe(2);
  });

  it('never repeats a write answered with code 42900, reporting PLATFORM_RATE_LIMITED', async () => {
    platform.faults.update({ rateLimit: { requests: 1, windowMs: 60_000 } });
    await adapter.probe();
    const before = platform.stats().byRoute['POST /openapi/challenge/create'] ?? 0;
    expect(await failure(adapter.createChallenge(challenge))).toMatchObject({ code: 'PLATFORM_RATE_LIMITED', status: 200 });
    expect((platform.stats().byRoute['POST /openapi/challenge/create'] ?? 0) - before).toBe(1);
  });

  it('turns 4xxxx codes on writes and follow-ups into PLATFORM_REJECTED reasons', async () => {
    const created = await adapter.createChallenge(challenge);
    const application = {
      challengeId: created.id,
      applicantOrganization: '南通某氢能研究院',
      applicantCity: 'nantong',
      proposal: '自增湿膜电极方案。',
      contact: { name: null, phone: null, email: 'h2@example.com' },
    };
    await adapter.submitApplication(localId(created.id), application);
    expect(await failure(adapter.submitApplication(localId(created.id), application))).toMatchObject({ code: 'PLATFORM_REJECTED', reason: 'DUPLICATE_APPLICATION' });
    expect(await failure(adapter.createChallenge({ ...challenge, title: '' }))).toMatchObject({ code: 'PLATFORM_REJECTED', reason: 'INVALID' });
    expect(await failure(adapter.listApplications('NO-SUCH-CHALLENGE'))).toMatchObject({ code: 'PLATFORM_REJECTED', reason: 'NOT_FOUND' });
  });
});
