import { describe, expect, it } from 'vitest';
import { CARRIER_KIND, CHALLENGE_STATUS } from '../../schema/contract.js';
import { buildMemberDataset } from '../../sandbox/dataset/index.js';
import { localId, requestJson, standInForFile } from './harness.js';


const newChallenge = {
  title: '工业机器人关节减速器寿命提升',
  description: '谐波减速器寿命需提升至 2 万小时以上。',
  publisher: '上海某机器人有限公司',
  publisherType: '企业',
  industries: ['机器人与具身智能', '智能制造'],
  technicalField: '精密传动',
  reward: 800_000,
  deadline: '2099-12-31',
  requirements: '具备减速器台架测试能力',
  tags: ['揭榜挂帅'],
};

const application = {
  applicantOrganization: '南京某传动研究院',
  applicantCity: 'nanjing',
  proposal: '采用新型柔轮材料与表面强化工艺。',
  contact: { name: '李工', phone: '025-88886666', email: null },
};

describe('the Putuo stand-in (REST JSON, camelCase, page/pageSize, ?ids= batch lookup)', () => {
  const dataset = buildMemberDataset('putuo');
  const platform = standInForFile('putuo', dataset);
  const call = (method: 'GET' | 'POST' | 'PATCH', path: string, body?: unknown) => requestJson(method, `${platform.url}${path}`, body);

  it('pages 1-based and reports page, pageSize and total', async () => {
    const { status, json } = await call('GET', '/api/v1/policies?page=2&pageSize=3');
    expect(status).toBe(200);
    expect(json).toMatchObject({ page: 2, pageSize: 3, total: dataset.policy.length });
    expect(json.items.map((item: { id: string }) => item.id)).toEqual(dataset.policy.slice(3, 6).map((p) => localId(p.id)));
  });

  it('caps pageSize at 100 and says so in the answer', async () => {
    const { json } = await call('GET', '/api/v1/carriers?page=1&pageSize=500');
    expect(json.pageSize).toBe(100);
    expect(json.items).toHaveLength(Math.min(100, dataset.carrier.length));
  });

  it('refuses a page below 1 with 400 and the error JSON', async () => {
    const { status, json } = await call('GET', '/api/v1/policies?page=0');
    expect(status).toBe(400);
    expect(json).toEqual({ error: { code: 'BAD_REQUEST', message: expect.stringContaining('page') } });
  });

  it('looks up several ids in one call and leaves unknown ids out', async () => {
    const [first, second] = [dataset.challenge[4]!, dataset.challenge[1]!].map((c) => localId(c.id));
    const { status, json } = await call('GET', `/api/v1/challenges?ids=${first},NO-SUCH-ID,${second}`);
    expect(status).toBe(200);
    expect(json.items.map((item: { id: string }) => item.id)).toEqual([first, second]);
  });

  it('writes ISO-8601 dates, +08:00 date-times, yuan amounts and Chinese labels', async () => {
    const challenge = dataset.challenge[0]!;
    const carrier = dataset.carrier[0]!;
    const { json: challenges } = await call('GET', `/api/v1/challenges?ids=${localId(challenge.id)}`);
    const { json: carriers } = await call('GET', `/api/v1/carriers?ids=${localId(carrier.id)}`);
    expect(challenges.items[0]).toMatchObject({
      deadline: challenge.deadline,
      publishedOn: challenge.publishedOn,
      updatedAt: challenge.sourceUpdatedAt,
      reward: challenge.rewardYuan,
      status: CHALLENGE_STATUS.labels[challenge.status],
    });
    expect(challenges.items[0].deadline).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(challenges.items[0].updatedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/);
    expect(carriers.items[0].type).toBe(carrier.kind === 'OTHER' ? carrier.tags[0] : CARRIER_KIND.labels[carrier.kind]);
    expect(carriers.items[0].location).toEqual(carrier.location);
  });

  it('publishes a challenge, takes an application and follows both up', async () => {
    const created = await call('POST', '/api/v1/challenges', newChallenge);
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ ...newChallenge, status: '揭榜中', applicationCount: 0 });
    const id = created.json.id as string;

    const submitted = await call('POST', `/api/v1/challenges/${id}/applications`, application);
    expect(submitted.status).toBe(201);
    expect(submitted.json).toMatchObject({ ...application, challengeId: id, status: '已提交' });
    expect(submitted.json.submittedAt).toMatch(/\+08:00$/);

    const listed = await call('GET', `/api/v1/challenges/${id}/applications`);
    expect(listed.json.items.map((item: { id: string }) => item.id)).toEqual([submitted.json.id]);

    const awarded = await call('PATCH', `/api/v1/applications/${submitted.json.id}`, { status: '已中榜' });
    expect(awarded.json.status).toBe('已中榜');
    const closed = await call('PATCH', `/api/v1/challenges/${id}`, { status: '已关闭' });
    expect(closed.json).toMatchObject({ id, status: '已关闭', applicationCount: 1 });
  });

  it('refuses writes with 404, 409 and 422 and its own error codes', async () => {
    const { json: created } = await call('POST', '/api/v1/challenges', { ...newChallenge, title: '重复揭榜测试' });
    await call('POST', `/api/v1/challenges/${created.id}/applications`, application);

    const duplicate = await call('POST', `/api/v1/challenges/${created.id}/applications`, application);
    expect(duplicate.status).toBe(409);
    expect(duplicate.json.error.code).toBe('ALREADY_APPLIED');

    const unknown = await call('POST', '/api/v1/challenges/NO-SUCH-ID/applications', application);
    expect(unknown).toMatchObject({ status: 404, json: { error: { code: 'RESOURCE_NOT_FOUND' } } });

    await call('PATCH', `/api/v1/challenges/${created.id}`, { status: '已关闭' });
    const closed = await call('POST', `/api/v1/challenges/${created.id}/applications`, { ...application, applicantOrganization: '另一家单位' });
    expect(closed).toMatchObject({ status: 409, json: { error: { code: 'CHALLENGE_CLOSED' } } });

    const badStatus = await call('PATCH', `/api/v1/challenges/${created.id}`, { status: 'CLOSED' });
    expect(badStatus).toMatchObject({ status: 422, json: { error: { code: 'VALIDATION_FAILED' } } });
  });

  it('serves a malformed record without its title but with a readable id', async () => {
    platform.faults.update({ malformedFraction: 0.5 });
    const broken = dataset.policy.find((policy) => platform.faults.isMalformed(policy.id))!;
    const { json } = await call('GET', `/api/v1/policies?ids=${localId(broken.id)}`);
    expect(json.items[0].id).toBe(localId(broken.id));
    expect(json.items[0]).not.toHaveProperty('title');
    expect(json.items[0].issuer).toBe(broken.issuer);
  });
});
