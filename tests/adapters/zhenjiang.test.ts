import { describe, expect, it } from 'vitest';
import { ENTITY_KINDS, type NewChallenge } from '../../schema/contract.js';
import { getMember } from '../../schema/registry.js';
import { createAdapter } from '../../members/zhenjiang/adapter.js';
import { buildMemberDataset } from '../../sandbox/dataset/index.js';
import { adapterForFile, failure, localId, standInForFile } from './harness.js';

const member = getMember('zhenjiang');
// Larger than one capped page (50) per kind, so listings follow nextLinks.
const dataset = buildMemberDataset('zhenjiang', { perKind: 120 });
const ENTITY_ROUTE = 'GET /odata/:segment';

const running = standInForFile('zhenjiang', dataset);
const adapter = adapterForFile(() => createAdapter({ member, baseUrl: running.url }));

describe('zhenjiang adapter (OData)', () => {
  it.each(ENTITY_KINDS)('lists every %s across nextLink pages exactly as the dataset holds it', async (kind) => {
    const before = running.stats().byRoute[ENTITY_ROUTE] ?? 0;
    const { records, quarantined } = await adapter.list(kind);
    expect(quarantined).toEqual([]);
    expect(records).toEqual(dataset[kind]);
    expect((running.stats().byRoute[ENTITY_ROUTE] ?? 0) - before).toBe(Math.ceil(dataset[kind].length / 50));
  });

  it('looks up ids with one `Id in (…)` query, in the order asked, reporting the missing ones', async () => {
    const wanted = [localId(dataset.carrier[7]!), 'ZJ-NOPE', localId(dataset.carrier[1]!), "it's-missing"];
    const before = running.stats().byRoute[ENTITY_ROUTE] ?? 0;
    const result = await adapter.lookup('carrier', wanted);
    expect(running.stats().byRoute[ENTITY_ROUTE]! - before).toBe(1);
    expect(result.records).toEqual([dataset.carrier[7], null, dataset.carrier[1], null]);
    expect(result.missing).toEqual(['ZJ-NOPE', "it's-missing"]);
  });

  it('splits lookups beyond one page into page-sized `in` queries', async () => {
    const wanted = dataset.policy.slice(0, 70).map(localId).reverse();
    const before = running.stats().byRoute[ENTITY_ROUTE] ?? 0;
    const result = await adapter.lookup('policy', wanted);
    expect(running.stats().byRoute[ENTITY_ROUTE]! - before).toBe(2);
    expect(result.records).toEqual(dataset.policy.slice(0, 70).reverse());
  });

  it('quarantines a record served with an impossible date, naming the property', async () => {
    running.faults.update({ malformedFraction: 0.3 });
    try {
      const { records, quarantined } = await adapter.list('policy');
      expect(quarantined.length).toBeGreaterThan(0);
      expect(records.length + quarantined.length).toBe(dataset.policy.length);
      expect(quarantined[0]).toMatchObject({ kind: 'policy', localId: expect.any(String), reason: expect.stringContaining('PublishedOn') });
    } finally {
      running.faults.reset();
    }
  });

  it('publishes with platform codes (OTHER as QT, 面议 as null), reviews via PATCH and maps a duplicate to a rejection', async () => {
    const input: NewChallenge = {
      title: '低空飞行器适航审定辅助工具',
      description: '需要一套适航符合性验证的数字化工具。\n支持多机型。',
      publisher: '镇江低空经济产业联盟',
      publisherKind: 'OTHER',
      industries: ['LOW_ALTITUDE_ECONOMY', 'INTELLIGENT_MANUFACTURING'],
      technicalField: '适航审定',
      rewardYuan: null,
      deadline: '2099-06-30',
      requirements: "满足CCAR-92部要求，覆盖率>95%，O'Brien格式报告",
      tags: ['产业联盟'],
    };
    const challenge = await adapter.createChallenge(input);
    expect(challenge).toMatchObject({ ...input, city: 'zhenjiang', status: 'OPEN', applicationCount: 0 });

    const applicant = {
      challengeId: challenge.id,
      applicantOrganization: '江苏科技大学',
      applicantCity: 'zhenjiang',
      proposal: '基于模型的适航符合性验证平台',
      contact: { name: '李老师', phone: null, email: 'li@just.edu.cn' },
    };
    const application = await adapter.submitApplication(localId(challenge), applicant);
    expect(application).toMatchObject({ ...applicant, status: 'SUBMITTED' });
    const duplicate = await failure(adapter.submitApplication(localId(challenge), applicant));
    expect(duplicate).toMatchObject({ code: 'PLATFORM_REJECTED', reason: 'DUPLICATE_APPLICATION', status: 409 });

    // PATCH answers 204 unless asked for the entity; the adapter asks, so it gets the record back.
    expect(await adapter.setApplicationStatus(localId(application), 'UNDER_REVIEW')).toEqual({ ...application, status: 'UNDER_REVIEW' });
  });
});
