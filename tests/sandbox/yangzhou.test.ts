import { describe, expect, it } from 'vitest';
import { buildMemberDataset } from '../../sandbox/dataset/index.js';
import { localId, requestJson, standInForFile } from './harness.js';

const newChallenge = {
  challengeName: '车规级激光雷达降本',
  content: '将激光雷达成本降至 2000 元以内。',
  publisherName: '扬州某汽车零部件有限公司',
  publisherType: '企业',
  industryNames: ['智能汽车'],
  techField: '环境感知',
  rewardAmount: 2_000_000,
  deadline: '2099-12-31',
  requirement: '具备车规认证经验',
  tags: ['揭榜挂帅'],
};

interface Envelope {
  code: number;
  msg: string;
  data: any;
}

describe('the Yangzhou stand-in ({ code, msg, data } envelope, failures as HTTP 200)', () => {
  const dataset = buildMemberDataset('yangzhou');
  const platform = standInForFile('yangzhou', dataset);

  /** Every answer of this platform is HTTP 200; the envelope's code tells success from failure. */
  async function call(method: 'GET' | 'POST', path: string, body?: unknown): Promise<Envelope & { retryAfter?: string }> {
    const { status, headers, json } = await requestJson(method, `${platform.url}${path}`, body);
    expect(status).toBe(200);
    const retryAfter = headers['retry-after'];
    return { ...(json as Envelope), ...(typeof retryAfter === 'string' ? { retryAfter } : {}) };
  }

  it('pages with current/size inside data: { list, total }', async () => {
    const answer = await call('GET', '/openapi/policy/page?current=2&size=4');
    expect(answer).toMatchObject({ code: 0, data: { total: dataset.policy.length } });
    expect(answer.data.list.map((item: { id: string }) => item.id)).toEqual(dataset.policy.slice(4, 8).map((p) => localId(p.id)));
  });

  it('writes YYYY-MM-DD dates, epoch-millisecond update times and whole yuan', async () => {
    const challenge = dataset.challenge[0]!;
    const answer = await call('GET', `/openapi/challenge/detail?id=${encodeURIComponent(localId(challenge.id))}`);
    expect(answer.data).toMatchObject({
      id: localId(challenge.id),
      challengeName: challenge.title,
      deadline: challenge.deadline,
      publishDate: challenge.publishedOn,
      rewardAmount: challenge.rewardYuan,
      updateTime: Date.parse(challenge.sourceUpdatedAt),
    });
  });

  it('looks up several ids with one batchGet, leaving unknown ids out', async () => {
    const ids = [dataset.carrier[5]!, dataset.carrier[2]!].map((c) => localId(c.id));
    const answer = await call('POST', '/openapi/carrier/batchGet', { ids: [ids[0], 'NO-SUCH-ID', ids[1]] });
    expect(answer.code).toBe(0);
    expect(answer.data.map((item: { id: string }) => item.id)).toEqual(ids);
  });

  it('answers an unknown id with HTTP 200 and code 40401', async () => {
    const answer = await call('GET', '/openapi/policy/detail?id=NO-SUCH-ID');
    expect(answer).toMatchObject({ code: 40401, data: null });
    expect(answer.msg).toMatch(/不存在/);
  });

  it('answers an injected platform error with HTTP 200 and code 50000', async () => {
    platform.faults.update({ errorRate: 1 });
    const answer = await call('GET', '/openapi/policy/page?current=1&size=1');
    expect(answer).toMatchObject({ code: 50000, data: null });
  });

  it('answers a rate limit with HTTP 200, code 42900 and the Retry-After header', async () => {
    platform.faults.update({ rateLimit: { requests: 1, windowMs: 60_000 } });
    await call('GET', '/openapi/policy/page?current=1&size=1');
    const limited = await call('GET', '/openapi/policy/page?current=1&size=1');
    expect(limited).toMatchObject({ code: 42900, data: null });
    expect(Number(limited.retryAfter)).toBeGreaterThan(0);
  });

  it('publishes a challenge, takes an application and follows both up', async () => {
    const created = await call('POST', '/openapi/challenge/create', newChallenge);
    expect(created).toMatchObject({ code: 0, data: { ...newChallenge, status: '揭榜中', applyCount: 0 } });
    const challengeId = created.data.id as string;

    const applied = await call('POST', '/openapi/challenge/apply', {
      challengeId,
      applicantOrg: '常州某光电研究院',
      applicantCity: 'changzhou',
      proposal: '采用 MEMS 振镜方案。',
      contactName: '陈工',
      contactPhone: '0519-88889999',
      contactEmail: null,
    });
    expect(applied).toMatchObject({ code: 0, data: { challengeId, applicantCity: 'changzhou', status: '已提交', contactEmail: null } });

    const listed = await call('GET', `/openapi/challenge/applications?challengeId=${challengeId}`);
    expect(listed.data).toMatchObject({ total: 1, list: [{ id: applied.data.id }] });

    const duplicate = await call('POST', '/openapi/challenge/apply', { challengeId, applicantOrg: '常州某光电研究院', applicantCity: 'changzhou', proposal: '再次提交' });
    expect(duplicate).toMatchObject({ code: 40901, data: null });

    const rejected = await call('POST', '/openapi/application/updateStatus', { id: applied.data.id, status: '未中榜' });
    expect(rejected.data.status).toBe('未中榜');
    const closed = await call('POST', '/openapi/challenge/updateStatus', { id: challengeId, status: '已关闭' });
    expect(closed.data).toMatchObject({ status: '已关闭', applyCount: 1 });
    const late = await call('POST', '/openapi/challenge/apply', { challengeId, applicantOrg: '另一家单位', applicantCity: 'taizhou', proposal: '方案' });
    expect(late).toMatchObject({ code: 40902, data: null });
  });

  it('refuses an invalid write with code 42201', async () => {
    const answer = await call('POST', '/openapi/challenge/create', { ...newChallenge, challengeName: '' });
    expect(answer).toMatchObject({ code: 42201, data: null });
  });

  it('serves a malformed policy with a zero publish date and its id intact', async () => {
    platform.faults.update({ malformedFraction: 0.5 });
    const broken = dataset.policy.find((policy) => platform.faults.isMalformed(policy.id))!;
    const answer = await call('POST', '/openapi/policy/batchGet', { ids: [localId(broken.id)] });
    expect(answer.data[0]).toMatchObject({ id: localId(broken.id), policyName: broken.title, publishDate: '0000-00-00' });
  });
});
