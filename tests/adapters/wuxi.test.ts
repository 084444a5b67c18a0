import { describe, expect, it } from 'vitest';
import { ENTITY_KINDS, type CarrierRecord, type NewChallenge } from '../../schema/contract.js';
import { getMember } from '../../schema/registry.js';
import { createAdapter } from '../../members/wuxi/adapter.js';
import { buildMemberDataset } from '../../sandbox/dataset/index.js';
import { adapterForFile, failure, localId, standInForFile } from './harness.js';

const member = getMember('wuxi');
// More than one page of 100 per kind.
const dataset = buildMemberDataset('wuxi', { perKind: 230 });
const SERVICE_ROUTE = 'POST /ws/KjyService';

const running = standInForFile('wuxi', dataset);
const adapter = adapterForFile(() => createAdapter({ member, baseUrl: running.url }));

const calls = () => running.stats().byRoute[SERVICE_ROUTE] ?? 0;

describe('wuxi adapter (SOAP XML)', () => {
  it.each(ENTITY_KINDS)('pages through every %s to PageCount, exactly as the dataset holds it', async (kind) => {
    const before = calls();
    const { records, quarantined } = await adapter.list(kind);
    expect(quarantined).toEqual([]);
    expect(records).toEqual(dataset[kind]);
    expect(calls() - before).toBe(Math.ceil(dataset[kind].length / 100));
  });

  it('reads CDATA, entity escapes and one-element lists back to the exact text', async () => {
    const base = dataset.carrier[0]!;
    const stored = running.store.upsert('carrier', {
      ...base,
      name: '"芯"&<光> 互连 ]]> 研究院',
      address: '无锡市新吴区\n菱湖大道 111 号',
      industries: ['INTEGRATED_CIRCUITS'],
      services: ['流片 & 测试 <MPW>'],
      tags: ["O'Neil&Co"],
      url: `${base.url}?from=corridor&lang=zh`,
      contact: { name: null, phone: '0510-81234567', email: null },
    } satisfies CarrierRecord);
    const { records } = await adapter.lookup('carrier', [localId(stored)]);
    expect(records).toEqual([stored]);
  });

  it('looks up a batch with one GetRecords call, in the order asked, reporting unknown ids', async () => {
    const wanted = [localId(dataset.policy[150]!), 'WX-NOPE', localId(dataset.policy[2]!)];
    const before = calls();
    const result = await adapter.lookup('policy', wanted);
    expect(calls() - before).toBe(1);
    expect(result.records).toEqual([dataset.policy[150], null, dataset.policy[2]]);
    expect(result.missing).toEqual(['WX-NOPE']);
  });

  it('quarantines malformed records with the field named, keeping the rest', async () => {
    running.faults.update({ malformedFraction: 0.25 });
    try {
      const { records, quarantined } = await adapter.list('challenge');
      expect(quarantined.length).toBeGreaterThan(0);
      expect(records.length + quarantined.length).toBe(dataset.challenge.length);
      expect(quarantined.every((q) => q.reason.includes('Reward') && q.localId !== null)).toBe(true);
    } finally {
      running.faults.reset();
    }
  });

  it('publishes CDATA text and exact 万元 amounts, and turns Fault reason codes into rejections', async () => {
    const input: NewChallenge = {
      title: '晶圆级封装翘曲控制 & 可靠性 <量产>',
      description: '第一段。\n第二段："关键"指标见附件。',
      publisher: '无锡中微高科电子有限公司',
      publisherKind: 'ENTERPRISE',
      industries: ['INTEGRATED_CIRCUITS'],
      technicalField: '先进封装',
      rewardYuan: 1_234_567,
      deadline: '2099-03-31',
      requirements: '翘曲<50 μm；良率≥99.5%',
      tags: ['晶圆级封装'],
    };
    const challenge = await adapter.createChallenge(input);
    expect(challenge).toMatchObject({ ...input, city: 'wuxi', status: 'OPEN', applicationCount: 0 });

    const applicant = {
      challengeId: challenge.id,
      applicantOrganization: '江南大学',
      applicantCity: 'wuxi',
      proposal: '基于仿真的翘曲预测 & 工艺窗口优化',
      contact: { name: '陈老师', phone: '0510-85912345', email: null },
    };
    const application = await adapter.submitApplication(localId(challenge), applicant);
    expect(application).toMatchObject({ ...applicant, status: 'SUBMITTED' });
    expect(await failure(adapter.submitApplication(localId(challenge), applicant))).toMatchObject({
      code: 'PLATFORM_REJECTED',
      reason: 'DUPLICATE_APPLICATION',
    });
    expect(await failure(adapter.setApplicationStatus('WX-APP-NOPE', 'REJECTED'))).toMatchObject({ code: 'PLATFORM_REJECTED', reason: 'NOT_FOUND' });
  });
});
