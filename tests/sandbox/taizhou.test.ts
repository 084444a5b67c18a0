import { request } from 'undici';
import { beforeAll, describe, expect, it } from 'vitest';
import { ENTITY_KINDS, globalId, type EntityKind } from '../../schema/contract.js';
import { getMember } from '../../schema/registry.js';
import { buildMemberDataset } from '../../sandbox/dataset/index.js';
import { StandInAdmin } from '../../sandbox/kit/admin-client.js';
import { startStandIn } from '../../sandbox/kit/stand-in.js';
import { standIn } from '../../members/taizhou/stand-in.js';
import { localId, requestJson, standInForFile } from './harness.js';

interface FeedAnswer {
  status: number;
  contentType: string | undefined;
  lines: any[];
  checkpoint: { op: 'checkpoint'; since: string; more: boolean };
}

const newChallenge = {
  title: '光伏组件回收中银浆高效分离',
  description: '退役光伏组件中银的回收率需提升至95%以上。',
  publisher: '泰州某新能源科技有限公司',
  publisher_kind: '企业',
  industries: ['新能源', '新材料'],
  technical_field: '资源循环',
  reward_yuan: 600_000,
  deadline: '2099-03-31',
  requirements: '具备湿法冶金中试条件',
  tags: ['揭榜挂帅'],
};

/** Every kind's `type` in the feed and in the lookup path. */
const FEED_TYPES: Record<EntityKind, string> = {
  policy: 'policy',
  carrier: 'carrier',
  challenge: 'challenge',
  financeProduct: 'finance_product',
  talentService: 'talent_service',
  achievement: 'achievement',
  cooperation: 'cooperation',
  technologyManager: 'technology_manager',
  consortium: 'consortium',
};

describe('the Taizhou stand-in (NDJSON change feed with since tokens and tombstones)', () => {
  const member = getMember('taizhou');
  const dataset = buildMemberDataset('taizhou');
  const platform = standInForFile('taizhou', dataset);
  let admin: StandInAdmin;

  async function feed(query: Record<string, string | number> = {}, url = platform.url): Promise<FeedAnswer> {
    const search = new URLSearchParams(Object.entries(query).map(([key, value]): [string, string] => [key, String(value)]));
    const response = await request(`${url}/feed?${search}`);
    const text = await response.body.text();
    if (response.statusCode !== 200) return { status: response.statusCode, contentType: response.headers['content-type'] as string, lines: [JSON.parse(text)], checkpoint: undefined as never };
    const lines = text.trimEnd().split('\n').map((line) => JSON.parse(line));
    return { status: 200, contentType: response.headers['content-type'] as string, lines: lines.slice(0, -1), checkpoint: lines.at(-1) };
  }

  async function call(method: 'GET' | 'POST' | 'PUT', path: string, body?: unknown): Promise<{ status: number; json: any }> {
    const { status, json } = await requestJson(method, `${platform.url}${path}`, body);
    return { status, json };
  }

  beforeAll(() => {
    admin = new StandInAdmin(platform.url);
  });

  it('answers a full snapshot as NDJSON upserts of every record, ending in a checkpoint', async () => {
    const answer = await feed();
    expect(answer.status).toBe(200);
    expect(answer.contentType).toContain('application/x-ndjson');
    const expected = ENTITY_KINDS.flatMap((kind) => platform.store.list(kind).map((r) => [FEED_TYPES[kind], localId(r.id)]));
    expect(answer.lines.map((line) => [line.type, line.record.id])).toEqual(expected);
    expect(answer.lines.every((line) => line.op === 'upsert' && typeof line.seq === 'number')).toBe(true);
    expect(answer.checkpoint).toEqual({ op: 'checkpoint', since: expect.any(String), more: false });
  });

  it('writes flat snake_case records with ISO dates, yuan and Chinese labels', async () => {
    const carrier = dataset.carrier[0]!;
    const { json } = await call('GET', `/records/carrier/${localId(carrier.id)}`);
    expect(json).toMatchObject({
      id: localId(carrier.id),
      name: carrier.name,
      lat: carrier.location.lat,
      lng: carrier.location.lng,
      floor_area_sqm: carrier.floorArea,
      free_area_sqm: carrier.freeArea,
      contact_name: carrier.contact.name,
      contact_phone: carrier.contact.phone,
      contact_email: carrier.contact.email,
      updated_at: carrier.sourceUpdatedAt,
      tags: carrier.tags,
    });
    const challenge = dataset.challenge.find((c) => c.rewardYuan !== null)!;
    const native = (await call('GET', `/records/challenge/${localId(challenge.id)}`)).json;
    expect(native).toMatchObject({ reward_yuan: challenge.rewardYuan, deadline: challenge.deadline, application_count: challenge.applicationCount });
  });

  it('answers since a checkpoint with only the changes made after it, then nothing', async () => {
    const { checkpoint } = await feed();
    const edited = { ...dataset.policy[2]!, title: `${dataset.policy[2]!.title}（修订）` };
    platform.store.upsert('policy', edited);

    const changes = await feed({ since: checkpoint.since });
    expect(changes.lines).toEqual([{ op: 'upsert', type: 'policy', seq: platform.store.headSequence, record: expect.objectContaining({ id: localId(edited.id), title: edited.title }) }]);
    expect(changes.checkpoint.more).toBe(false);

    const quiet = await feed({ since: changes.checkpoint.since });
    expect(quiet.lines).toEqual([]);
    expect(quiet.checkpoint).toEqual({ op: 'checkpoint', since: changes.checkpoint.since, more: false });
  });

  it('reports a deletion as a tombstone with the record id', async () => {
    const { checkpoint } = await feed();
    const removed = dataset.carrier[5]!;
    expect(await admin.remove('carrier', localId(removed.id))).toEqual({ removed: true });

    const changes = await feed({ since: checkpoint.since });
    expect(changes.lines).toEqual([{ op: 'delete', type: 'carrier', seq: platform.store.headSequence, id: localId(removed.id) }]);
    expect((await feed()).lines.some((line) => line.record.id === localId(removed.id))).toBe(false);
  });

  it('pages with limit: more is true until the last page, and every record comes once', async () => {
    const seen: string[] = [];
    let since: string | undefined;
    let pages = 0;
    while (pages < 50) {
      pages += 1;
      const answer: FeedAnswer = await feed(since === undefined ? { limit: 10 } : { limit: 10, since });
      expect(answer.lines.length).toBeLessThanOrEqual(10);
      seen.push(...answer.lines.map((line) => `${line.type}:${line.record.id}`));
      since = answer.checkpoint.since;
      if (!answer.checkpoint.more) break;
    }
    const total = ENTITY_KINDS.reduce((sum, kind) => sum + platform.store.count(kind), 0);
    expect(pages).toBe(Math.ceil(total / 10));
    expect(new Set(seen).size).toBe(total);
    expect(seen).toHaveLength(total);

    for (const kind of ['policy', 'carrier', 'challenge'] as const) {
      platform.store.upsert(kind, platform.store.list(kind)[0]!);
    }
    const first = await feed({ since: since!, limit: 2 });
    expect(first.lines.map((line) => line.type)).toEqual(['policy', 'carrier']);
    expect(first.checkpoint.more).toBe(true);
    const rest = await feed({ since: first.checkpoint.since, limit: 2 });
    expect(rest.lines.map((line) => line.type)).toEqual(['challenge']);
    expect(rest.checkpoint.more).toBe(false);
  });

  it('answers 410 Gone to a token it never issued or issued in another run', async () => {
    const bogus = await feed({ since: 'not-a-token' });
    expect(bogus.status).toBe(410);
    expect(bogus.lines[0]).toEqual({ code: 'SINCE_EXPIRED', message: expect.any(String) });

    const other = await startStandIn({ member, dataset, dialect: standIn });
    try {
      const foreign = (await feed({}, other.url)).checkpoint.since;
      expect((await feed({ since: foreign })).status).toBe(410);
    } finally {
      await other.close();
    }
  });

  it('answers 410 Gone to a snapshot continuation once the platform changed under it', async () => {
    const first = await feed({ limit: 5 });
    expect(first.checkpoint.more).toBe(true);
    platform.store.upsert('challenge', platform.store.list('challenge')[0]!);
    expect((await feed({ since: first.checkpoint.since, limit: 5 })).status).toBe(410);
  });

  it('looks up one record by type and id and answers 404 for an unknown one', async () => {
    const policy = dataset.policy[0]!;
    expect((await call('GET', `/records/policy/${localId(policy.id)}`)).json).toMatchObject({ id: localId(policy.id), title: policy.title });
    expect(await call('GET', '/records/policy/NO-SUCH-ID')).toEqual({ status: 404, json: { code: 'RECORD_NOT_FOUND', message: expect.any(String) } });
    const product = dataset.financeProduct[0]!;
    expect((await call('GET', `/records/finance_product/${localId(product.id)}`)).json).toMatchObject({
      id: localId(product.id),
      min_amount_yuan: product.minAmountYuan,
      serving_cities: product.servingMembers.map((slug) => getMember(slug).nameZh),
    });
  });

  it('creates a challenge, takes an application, lists it and follows both up', async () => {
    const created = await call('POST', '/challenges', newChallenge);
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ ...newChallenge, status: '揭榜中', application_count: 0 });
    const id = created.json.id as string;

    const application = {
      applicant_organization: '常州某资源循环研究院',
      applicant_city: 'changzhou',
      proposal: '选择性浸出与电积回收。',
      contact_name: '吴工',
      contact_phone: '0519-88889999',
      contact_email: null,
    };
    const applied = await call('POST', `/challenges/${id}/applications`, application);
    expect(applied).toMatchObject({ status: 201, json: { ...application, challenge_id: id, status: '已提交' } });
    expect((await call('GET', `/challenges/${id}/applications`)).json.map((a: { id: string }) => a.id)).toEqual([applied.json.id]);

    expect((await call('PUT', `/applications/${applied.json.id}/status`, { status: '已中榜' })).json.status).toBe('已中榜');
    expect((await call('PUT', `/challenges/${id}/status`, { status: '已揭榜' })).json).toMatchObject({ status: '已揭榜', application_count: 1 });

    const late = await call('POST', `/challenges/${id}/applications`, { ...application, applicant_organization: '另一家企业' });
    expect(late).toEqual({ status: 409, json: { code: 'CHALLENGE_NOT_OPEN', message: expect.any(String) } });
    const inFeed = (await feed()).lines.find((line) => line.type === 'challenge' && line.record.id === id);
    expect(inFeed.record).toMatchObject({ status: '已揭榜', application_count: 1 });
  });

  it('refuses writes on unknown ids with 404 and an unknown status label with 400', async () => {
    const unknown = await call('POST', '/challenges/NO-SUCH-CHALLENGE/applications', {
      applicant_organization: '某企业', applicant_city: 'taizhou', proposal: '方案', contact_name: null, contact_phone: null, contact_email: null,
    });
    expect(unknown).toEqual({ status: 404, json: { code: 'RECORD_NOT_FOUND', message: expect.any(String) } });
    const badStatus = await call('PUT', `/challenges/${localId(dataset.challenge[0]!.id)}/status`, { status: 'closed' });
    expect(badStatus).toMatchObject({ status: 400, json: { code: 'INVALID_INPUT' } });
  });

  it('serves malformed records without their title while the id stays readable', async () => {
    platform.faults.update({ malformedFraction: 0.25 });
    const broken = dataset.challenge.find((c) => platform.faults.isMalformed(c.id))!;
    const line = (await feed()).lines.find((entry) => entry.type === 'challenge' && entry.record.id === localId(broken.id));
    expect(line.record).not.toHaveProperty('title');
    expect(line.record.description).toBe(broken.description);
    expect(globalId('taizhou', 'challenge', line.record.id)).toBe(broken.id);
  });
});
