import { describe, expect, it } from 'vitest';
import { createAdapter } from '../../members/taizhou/adapter.js';
import { ENTITY_KINDS, globalId, type NewChallenge } from '../../schema/contract.js';
import { getMember } from '../../schema/registry.js';
import { buildMemberDataset } from '../../sandbox/dataset/index.js';
import { startStandIn } from '../../sandbox/kit/stand-in.js';
import { standIn } from '../../members/taizhou/stand-in.js';
import { adapterForFile, localId, standInForFile } from './harness.js';

const member = getMember('taizhou');

const challenge: NewChallenge = {
  title: '氢燃料电池双极板涂层耐久性',
  description: '金属双极板涂层在动态工况下寿命需达到2万小时。',
  publisher: '泰州某氢能装备有限公司',
  publisherKind: 'ENTERPRISE',
  industries: ['NEW_ENERGY'],
  technicalField: '表面工程',
  rewardYuan: null,
  deadline: '2099-08-31',
  requirements: '具备加速老化测试平台',
  tags: ['揭榜挂帅'],
};

describe('the Taizhou adapter', () => {
  // More feed lines than one answer of 1,000 holds.
  const dataset = buildMemberDataset('taizhou', { perKind: 400 });
  const platform = standInForFile('taizhou', dataset);
  const adapter = adapterForFile(() => createAdapter({ member, baseUrl: platform.url }));

  const feedCalls = () => platform.stats().byRoute['GET /feed'] ?? 0;

  const recordCount = () => ENTITY_KINDS.reduce((total, kind) => total + platform.store.count(kind), 0);

  it('lists each kind from the snapshot feed, paged by checkpoint, equal to the canonical records', async () => {
    const before = feedCalls();
    expect((await adapter.list('policy')).records).toEqual(dataset.policy);
    // The adapter asks for 1,000 lines per answer.
    expect(feedCalls() - before).toBe(Math.ceil(recordCount() / 1_000));
    for (const kind of ENTITY_KINDS) expect((await adapter.list(kind)).records).toEqual(dataset[kind]);
  });

  it('reads creates, updates and deletes since its cursor as an increment with a tombstone', async () => {
    const snapshot = await adapter.changes(null);
    expect(snapshot.reset).toBe(true);

    const created = await adapter.createChallenge(challenge);
    const edited = { ...dataset.carrier[7]!, name: `${dataset.carrier[7]!.name}（扩建）` };
    platform.store.upsert('carrier', edited);
    const removed = dataset.policy[11]!;
    platform.store.remove('policy', localId(removed.id));

    const before = feedCalls();
    const increment = await adapter.changes(snapshot.cursor);
    expect(feedCalls() - before).toBe(1);
    expect(increment.reset).toBe(false);
    expect(increment.upserts).toEqual([created, { ...edited, sourceUpdatedAt: expect.any(String) }]);
    expect(increment.deletions).toEqual([{ kind: 'policy', id: removed.id }]);

    const quiet = await adapter.changes(increment.cursor);
    expect(quiet).toMatchObject({ reset: false, upserts: [], deletions: [], cursor: increment.cursor });
  });

  it('resyncs with a full snapshot when the platform answers 410 Gone to the cursor', async () => {
    const other = await startStandIn({ member, dataset, dialect: standIn });
    const stranger = createAdapter({ member, baseUrl: other.url });
    try {
      // A cursor from another run of the platform: its change log is not this one's.
      const { cursor: foreign } = await stranger.changes(null);
      const batch = await adapter.changes(foreign);
      expect(batch.reset).toBe(true);
      expect(batch.deletions).toEqual([]);
      expect(batch.upserts).toHaveLength(recordCount());
      expect(batch.upserts.some((record) => record.id === globalId('taizhou', 'policy', localId(dataset.policy[11]!.id)))).toBe(false);
    } finally {
      await stranger.close();
      await other.close();
    }
  });

  it('quarantines a malformed record in the change feed and still advances', async () => {
    const { cursor } = await adapter.changes(null);
    platform.faults.update({ malformedFraction: 1 });
    try {
      const touched = dataset.challenge[3]!;
      platform.store.upsert('challenge', touched);
      const batch = await adapter.changes(cursor);
      expect(batch).toMatchObject({ reset: false, upserts: [], deletions: [] });
      expect(batch.quarantined).toEqual([{ city: 'taizhou', kind: 'challenge', localId: localId(touched.id), reason: expect.stringContaining('title') }]);
    } finally {
      platform.faults.reset();
    }
  });

  it('looks up one record per call and reports unknown ids as missing', async () => {
    const asked = [dataset.carrier[2]!, dataset.carrier[0]!];
    const before = platform.stats().total;
    const result = await adapter.lookup('carrier', [localId(asked[0]!.id), 'NO-SUCH-ID', localId(asked[1]!.id), localId(asked[0]!.id)]);
    expect(platform.stats().total - before).toBe(3);
    expect(result.records).toEqual([asked[0], null, asked[1], asked[0]]);
    expect(result.missing).toEqual(['NO-SUCH-ID']);
  });
});
