/**
 * The conformance kit: the behaviour every adapter must show against its platform, over real
 * HTTP. A member's adapter is ready for the corridor when this suite passes for its slug.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { adapterFactoryFor } from '../../adapters/index.js';
import type { AdapterOptions, CityAdapter } from '../../adapters/kit/adapter.js';
import { PlatformError, type PlatformErrorCode } from '../../adapters/kit/errors.js';
import { ENTITY_KINDS, globalId, parseGlobalId, type AnyRecord, type ChallengeRecord, type NewChallenge } from '../../schema/contract.js';
import { getMember } from '../../schema/registry.js';
import { buildMemberDataset, type MemberDataset } from '../../sandbox/dataset/index.js';
import type { FaultSettings } from '../../sandbox/kit/faults.js';
import { startStandIn, type RunningStandIn } from '../../sandbox/kit/stand-in.js';
import { sandboxFactsFor, standInFor } from '../../sandbox/platforms/index.js';

/**
 * Records of every kind the platform serves. The default dataset has only a few of some kinds
 * (one consortium, none at some members), too few for a quarter of them to be served broken or
 * for lookups to skip around; this many of every kind is more than any default size, so the
 * default dataset is a prefix of what the platform serves.
 */
const RECORDS_PER_KIND = 64;
const localIdOf = (id: string) => parseGlobalId(id)!.localId;

async function rejection(promise: Promise<unknown>): Promise<PlatformError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!(error instanceof PlatformError)) throw new Error(`expected a PlatformError, got ${String(error)}`);
  return error;
}

export function newChallengeFor(city: string): NewChallenge {
  return {
    title: '高精度晶圆级封装翘曲控制技术攻关',
    description: '面向Chiplet先进封装，攻克大尺寸晶圆翘曲 <50μm 的控制难题 & 提升良率。\n第二阶段需完成中试验证。',
    publisher: `${city}测试发榜企业有限公司`,
    publisherKind: 'ENTERPRISE',
    industries: ['INTEGRATED_CIRCUITS', 'NEW_MATERIALS'],
    technicalField: '先进封装',
    rewardYuan: 1_500_000,
    deadline: '2028-06-30',
    requirements: '具备晶圆级封装中试线；团队有相关项目经验',
    tags: ['揭榜挂帅'],
  };
}

export function describeConformance(slug: string): void {
  const member = getMember(slug);

  describe(`${slug} adapter conformance`, () => {
    let dataset: MemberDataset;
    let platform: RunningStandIn;
    let adapter: CityAdapter;

    const adapterWith = (http: AdapterOptions['http']) =>
      adapterFactoryFor(slug)({ member, baseUrl: platform.url, credentials: sandboxFactsFor(member.slug).credentials, http });

    async function expectFailure(faults: Partial<FaultSettings>, code: PlatformErrorCode, http: AdapterOptions['http']) {
      platform.faults.update(faults);
      const impatient = adapterWith(http);
      try {
        // A rate limit lets the window's first calls through; spend them so the list meets the limit.
        if (faults.rateLimit) await impatient.probe().catch(() => undefined);
        const error = await rejection(impatient.list('policy'));
        expect(error.code).toBe(code);
        expect(error.city).toBe(slug);
      } finally {
        await impatient.close();
      }
    }

    beforeAll(async () => {
      dataset = buildMemberDataset(slug, { perKind: RECORDS_PER_KIND });
      platform = await startStandIn({ member, dataset, dialect: standInFor(slug) });
      adapter = adapterWith({});
    });
    afterEach(() => {
      platform.faults.reset();
    });
    afterAll(async () => {
      await adapter.close();
      await platform.close();
    });

    it.each(ENTITY_KINDS)('retrieves every %s exactly once, equal to the canonical record after mapping', async (kind) => {
      const result = await adapter.list(kind);
      expect(result.quarantined).toEqual([]);
      expect(result.records).toEqual(dataset[kind]);
    });

    it.each(ENTITY_KINDS)('quarantines malformed %s records with a reason and keeps the rest of the page', async (kind) => {
      platform.faults.update({ malformedFraction: 0.25 });
      const expected: readonly AnyRecord[] = dataset[kind];
      const broken = expected.filter((record) => platform.faults.isMalformed(record.id));
      expect(broken.length).toBeGreaterThan(0);
      const result = await adapter.list(kind);
      expect(result.records).toEqual(expected.filter((record) => !platform.faults.isMalformed(record.id)));
      expect(result.quarantined.map((q) => q.localId).sort()).toEqual(broken.map((r) => localIdOf(r.id)).sort());
      for (const entry of result.quarantined) {
        expect(entry).toMatchObject({ city: slug, kind });
        expect(entry.reason.length).toBeGreaterThan(3);
      }
    });

    it.each(ENTITY_KINDS)('looks %s records up in the order asked, reporting missing ids', async (kind) => {
      const records: readonly AnyRecord[] = dataset[kind];
      const asked = [records[3]!, records[0]!, records[7]!].map((r) => localIdOf(r.id));
      const result = await adapter.lookup(kind, [asked[0]!, 'NO-SUCH-ID', asked[1]!, asked[2]!, asked[1]!]);
      expect(result.records).toEqual([records[3], null, records[0], records[7], records[0]]);
      expect(result.missing).toEqual(['NO-SUCH-ID']);
    });

    it.each(ENTITY_KINDS)('looks up many %s records with one platform call when the dialect has batch lookup', async (kind) => {
      const asked = dataset[kind].slice(0, 20).map((r) => localIdOf(r.id));
      const before = platform.stats().total;
      const result = await adapter.lookup(kind, [...asked, ...asked]);
      const calls = platform.stats().total - before;
      expect(result.records.filter(Boolean)).toHaveLength(40);
      if (adapter.capabilities.batchLookup) expect(calls).toBe(1);
      else expect(calls).toBeLessThanOrEqual(asked.length * 2);
    });

    it('reports an unreachable platform as PLATFORM_UNAVAILABLE naming the member', async () => {
      await expectFailure({ outage: true }, 'PLATFORM_UNAVAILABLE', { retry: { maxRetries: 1, minTimeoutMs: 10, maxTimeoutMs: 20 } });
    });

    it('reports a platform slower than the timeout as PLATFORM_TIMEOUT', async () => {
      await expectFailure({ latencyMs: 2_000 }, 'PLATFORM_TIMEOUT', { headersTimeoutMs: 150, retry: { maxRetries: 0 } });
    });

    it('reports a platform that keeps answering 429 as PLATFORM_RATE_LIMITED after honouring Retry-After', async () => {
      await expectFailure({ rateLimit: { requests: 1, windowMs: 60_000 } }, 'PLATFORM_RATE_LIMITED', { retry: { maxRetries: 1, minTimeoutMs: 10, maxTimeoutMs: 50 } });
    });

    it('reports a platform failing every call as PLATFORM_BAD_RESPONSE', async () => {
      await expectFailure({ errorRate: 1 }, 'PLATFORM_BAD_RESPONSE', { retry: { maxRetries: 1, minTimeoutMs: 10, maxTimeoutMs: 20 } });
    });

    it('answers a probe while the platform is up and fails it during an outage', async () => {
      await expect(adapter.probe()).resolves.toBeUndefined();
      platform.faults.update({ outage: true });
      const patient = adapterWith({ retry: { maxRetries: 0 } });
      try {
        expect((await rejection(patient.probe())).code).toBe('PLATFORM_UNAVAILABLE');
      } finally {
        await patient.close();
      }
    });

    describe('writes', () => {
      let created: ChallengeRecord;

      beforeAll(async () => {
        created = await adapter.createChallenge(newChallengeFor(member.nameZh));
      });

      it('creates a challenge that the platform then serves', async () => {
        expect(created).toMatchObject({ ...newChallengeFor(member.nameZh), city: slug, status: 'OPEN', applicationCount: 0 });
        const found = await adapter.lookup('challenge', [localIdOf(created.id)]);
        expect(found.records[0]).toEqual(created);
      });

      it("edits an open challenge's fields and assigns technology managers, leaving the rest as it was", async () => {
        const managers = [globalId('putuo', 'technologyManager', 'PT-M-000001')];
        const edited = await adapter.updateChallenge(localIdOf(created.id), {
          title: `${created.title}（修订）`,
          rewardYuan: null,
          deadline: '2029-12-31',
          tags: ['揭榜挂帅', '修订'],
          technologyManagerIds: managers,
        });
        expect(edited).toEqual({ ...created, title: `${created.title}（修订）`, rewardYuan: null, deadline: '2029-12-31', tags: ['揭榜挂帅', '修订'], technologyManagerIds: managers, sourceUpdatedAt: edited.sourceUpdatedAt });
        const found = await adapter.lookup('challenge', [localIdOf(created.id)]);
        expect(found.records[0]).toEqual(edited);
        created = edited;
      });

      it('submits, lists and follows up an application', async () => {
        const application = await adapter.submitApplication(localIdOf(created.id), {
          challengeId: created.id,
          applicantOrganization: '苏州某先进封装研究院',
          applicantCity: 'suzhou',
          proposal: '采用临时键合与应力补偿层方案，12个月内完成验证。',
          contact: { name: '王工', phone: '0512-66668888', email: 'wang@example.com' },
        });
        expect(application).toMatchObject({ challengeId: created.id, status: 'SUBMITTED', applicantCity: 'suzhou' });
        expect((await adapter.listApplications(localIdOf(created.id))).map((a) => a.id)).toEqual([application.id]);
        const reviewed = await adapter.setApplicationStatus(localIdOf(application.id), 'AWARDED');
        expect(reviewed.status).toBe('AWARDED');
        const awarded = await adapter.setChallengeStatus(localIdOf(created.id), 'AWARDED');
        expect(awarded).toMatchObject({ id: created.id, status: 'AWARDED', applicationCount: 1 });
      });

      it('has the platform refuse an application to a challenge it does not have', async () => {
        const error = await rejection(
          adapter.submitApplication('NO-SUCH-CHALLENGE', {
            challengeId: globalId(slug, 'challenge', 'NO-SUCH-CHALLENGE'),
            applicantOrganization: '某企业',
            applicantCity: 'wuxi',
            proposal: '方案',
            contact: { name: null, phone: null, email: null },
          }),
        );
        expect(error).toMatchObject({ code: 'PLATFORM_REJECTED', reason: 'NOT_FOUND', city: slug });
      });

      it('has the platform refuse an application to a challenge that is not open', async () => {
        const error = await rejection(
          adapter.submitApplication(localIdOf(created.id), {
            challengeId: created.id,
            applicantOrganization: '另一家企业',
            applicantCity: 'nantong',
            proposal: '方案',
            contact: { name: null, phone: null, email: null },
          }),
        );
        expect(error).toMatchObject({ code: 'PLATFORM_REJECTED', reason: 'CHALLENGE_NOT_OPEN' });
      });

      it('has the platform refuse to edit a challenge that is not open', async () => {
        const error = await rejection(adapter.updateChallenge(localIdOf(created.id), { title: '已揭榜后的修改' }));
        expect(error).toMatchObject({ code: 'PLATFORM_REJECTED', reason: 'CHALLENGE_NOT_OPEN', city: slug });
      });
    });

    it('sees creates, updates and deletes as changes', async () => {
      const first = await adapter.changes(null);
      expect(first.reset).toBe(true);
      expect(first.upserts.length).toBe(ENTITY_KINDS.reduce((total, kind) => total + platform.store.count(kind), 0));

      const edited = { ...dataset.policy[1]!, title: `${dataset.policy[1]!.title}（修订）` };
      platform.store.upsert('policy', edited);
      const added = { ...dataset.carrier[0]!, id: globalId(slug, 'carrier', 'CONFORMANCE-NEW-1'), name: '新建测试载体' };
      platform.store.upsert('carrier', added);
      const removed = dataset.challenge[2]!;
      platform.store.remove('challenge', localIdOf(removed.id));

      const next = await adapter.changes(first.cursor);
      expect(next.reset).toBe(false);
      expect(next.upserts.map((r) => r.id).sort()).toEqual([edited.id, added.id].sort());
      expect(next.upserts.find((r) => r.id === edited.id)).toMatchObject({ title: edited.title });
      expect(next.deletions).toEqual([{ kind: 'challenge', id: removed.id }]);

      const quiet = await adapter.changes(next.cursor);
      expect(quiet).toMatchObject({ reset: false, upserts: [], deletions: [] });
    });
  });
}
