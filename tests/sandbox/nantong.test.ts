import { setTimeout as sleep } from 'node:timers/promises';
import { request } from 'undici';
import { describe, expect, it } from 'vitest';
import { buildMemberDataset } from '../../sandbox/dataset/index.js';
import { localId, requestJson, standInForFile } from './harness.js';
const CLIENT = { client_id: 'corridor-hub', client_secret: 'nantong-sandbox-secret' };

const newChallenge = {
  title: '海工装备用高强耐蚀钢焊接工艺',
  description: '深远海风电导管架用钢焊接接头低温韧性不足。',
  publisher: { name: '南通某海洋工程装备有限公司', type: '企业' },
  industries: ['新材料', '智能制造'],
  technical_field: '焊接工艺',
  reward_fen: 120_000_000,
  deadline: '2099-09-30',
  requirements: '具备焊接工艺评定能力',
  labels: ['揭榜挂帅'],
};

describe('the Nantong stand-in (OAuth2 client credentials, cursor pages, 429 + Retry-After)', () => {
  const dataset = buildMemberDataset('nantong');
  const platform = standInForFile('nantong', dataset);

  async function tokenFor(credentials: Record<string, string> = CLIENT): Promise<{ status: number; json: any }> {
    const response = await request(`${platform.url}/oauth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'client_credentials', ...credentials }).toString(),
    });
    return { status: response.statusCode, json: await response.body.json() };
  }

  async function accessToken(): Promise<string> {
    return (await tokenFor()).json.access_token;
  }

  async function call(method: 'GET' | 'POST' | 'PATCH', path: string, options: { token?: string; body?: unknown } = {}) {
    const token = options.token ?? (await accessToken());
    return requestJson(method, `${platform.url}${path}`, options.body, { authorization: `Bearer ${token}` });
  }

  it('issues a bearer token to the configured client, living tokenTtlSeconds', async () => {
    platform.faults.update({ tokenTtlSeconds: 120 });
    const { status, json } = await tokenFor();
    expect(status).toBe(200);
    expect(json).toEqual({ access_token: expect.any(String), token_type: 'Bearer', expires_in: 120 });
  });

  it('refuses wrong client credentials with 401 invalid_client', async () => {
    const { status, json } = await tokenFor({ client_id: 'corridor-hub', client_secret: 'wrong' });
    expect(status).toBe(401);
    expect(json).toEqual({ error: 'invalid_client', error_description: expect.any(String) });
  });

  it('refuses a call without a token or with an unknown one with 401 invalid_token', async () => {
    const anonymous = await request(`${platform.url}/v2/policies`);
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.headers['www-authenticate']).toContain('invalid_token');
    expect(await anonymous.body.json()).toMatchObject({ error: 'invalid_token' });

    const forged = await call('GET', '/v2/policies', { token: 'forged-token' });
    expect(forged.status).toBe(401);
    expect(forged.json).toEqual({ error: 'invalid_token', error_description: 'the access token is unknown' });
  });

  it('refuses a token once it has expired', async () => {
    platform.faults.update({ tokenTtlSeconds: 1 });
    const token = await accessToken();
    expect((await call('GET', '/v2/policies?limit=1', { token })).status).toBe(200);
    await sleep(1_100);
    const expired = await call('GET', '/v2/policies?limit=1', { token });
    expect(expired.status).toBe(401);
    expect(expired.json).toEqual({ error: 'invalid_token', error_description: 'the access token expired' });
  });

  it('pages by opaque cursor until next_cursor is null, each record once', async () => {
    const token = await accessToken();
    const seen: string[] = [];
    let cursor: string | null = null;
    for (let page = 0; page < 50; page++) {
      const query: string = cursor === null ? '' : `&cursor=${encodeURIComponent(cursor)}`;
      const { json } = await call('GET', `/v2/challenges?limit=9${query}`, { token });
      seen.push(...json.data.map((item: { id: string }) => item.id));
      cursor = json.next_cursor;
      if (cursor === null) break;
    }
    expect(seen).toEqual(dataset.challenge.map((c) => localId(c.id)));
  });

  it('refuses a cursor it did not issue with 400 invalid_cursor', async () => {
    const { status, json } = await call('GET', '/v2/policies?cursor=bm9wZQ');
    expect(status).toBe(400);
    expect(json).toMatchObject({ error: 'invalid_cursor' });
  });

  it('looks up one record per call and answers 404 not_found for an unknown id', async () => {
    const token = await accessToken();
    const carrier = dataset.carrier[4]!;
    const found = await call('GET', `/v2/carriers/${localId(carrier.id)}`, { token });
    expect(found.status).toBe(200);
    expect(found.json.id).toBe(localId(carrier.id));
    const missing = await call('GET', '/v2/carriers/NO-SUCH-ID', { token });
    expect(missing).toMatchObject({ status: 404, json: { error: 'not_found' } });
  });

  it('writes snake_case nested fields, UTC timestamps, money in fen and lower-case statuses', async () => {
    const challenge = dataset.challenge.find((c) => c.rewardYuan !== null)!;
    const { json } = await call('GET', `/v2/challenges/${localId(challenge.id)}`);
    expect(json).toMatchObject({
      title: challenge.title,
      publisher: { name: challenge.publisher },
      technical_field: challenge.technicalField,
      reward_fen: challenge.rewardYuan! * 100,
      status: challenge.status.toLowerCase(),
      published_on: challenge.publishedOn,
      application_count: challenge.applicationCount,
      labels: challenge.tags,
    });
    expect(json.updated_at).toMatch(/Z$/);
    expect(new Date(json.updated_at).getTime()).toBe(new Date(challenge.sourceUpdatedAt).getTime());

    const carrier = dataset.carrier[0]!;
    const native = (await call('GET', `/v2/carriers/${localId(carrier.id)}`)).json;
    expect(native).toMatchObject({
      carrier_name: carrier.name,
      address: { full: carrier.address, district: carrier.district },
      geo: carrier.location,
      area_sqm: { total: carrier.floorArea, vacant: carrier.freeArea },
      contact: { person: carrier.contact.name, tel: carrier.contact.phone, email: carrier.contact.email },
    });
  });

  it('answers a burst over the rate limit with 429, Retry-After and its error JSON', async () => {
    const token = await accessToken();
    platform.faults.update({ rateLimit: { requests: 3, windowMs: 60_000 } });
    const answers = await Promise.all(Array.from({ length: 6 }, () => call('GET', '/v2/policies?limit=1', { token })));
    const limited = answers.filter((answer) => answer.status === 429);
    expect(limited).toHaveLength(3);
    for (const answer of limited) {
      expect(Number(answer.headers['retry-after'])).toBeGreaterThan(0);
      expect(answer.json).toEqual({ error: 'rate_limited', error_description: expect.any(String) });
    }
  });

  it('creates a challenge, takes an application, lists it and follows both up', async () => {
    const token = await accessToken();
    const created = await call('POST', '/v2/challenges', { token, body: newChallenge });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ ...newChallenge, status: 'open', application_count: 0 });

    const id = created.json.id as string;
    const application = {
      applicant: { organization: '苏州某焊接研究所', city: 'suzhou' },
      proposal: '窄间隙激光-电弧复合焊。',
      contact: { person: '周工', tel: null, email: 'zhou@example.com' },
    };
    const applied = await call('POST', `/v2/challenges/${id}/applications`, { token, body: application });
    expect(applied.status).toBe(201);
    expect(applied.json).toMatchObject({ ...application, challenge_id: id, status: 'submitted', submitted_at: expect.stringMatching(/Z$/) });

    const duplicate = await call('POST', `/v2/challenges/${id}/applications`, { token, body: application });
    expect(duplicate).toMatchObject({ status: 409, json: { error: 'duplicate_application' } });

    const listed = await call('GET', `/v2/challenges/${id}/applications`, { token });
    expect(listed.json.data.map((a: { id: string }) => a.id)).toEqual([applied.json.id]);

    const reviewed = await call('PATCH', `/v2/applications/${applied.json.id}`, { token, body: { status: 'under_review' } });
    expect(reviewed.json.status).toBe('under_review');
    const closed = await call('PATCH', `/v2/challenges/${id}`, { token, body: { status: 'closed' } });
    expect(closed.json).toMatchObject({ status: 'closed', application_count: 1 });

    const late = await call('POST', `/v2/challenges/${id}/applications`, { token, body: { ...application, applicant: { organization: '另一家企业', city: 'wuxi' } } });
    expect(late).toMatchObject({ status: 409, json: { error: 'challenge_not_open', error_description: expect.any(String) } });
  });

  it('refuses writes on unknown ids with 404 and an unknown status with 422', async () => {
    const token = await accessToken();
    const unknown = await call('POST', '/v2/challenges/NO-SUCH-CHALLENGE/applications', {
      token,
      body: { applicant: { organization: '某企业', city: 'nantong' }, proposal: '方案', contact: { person: null, tel: null, email: null } },
    });
    expect(unknown).toMatchObject({ status: 404, json: { error: 'not_found' } });
    const badStatus = await call('PATCH', `/v2/challenges/${localId(dataset.challenge[0]!.id)}`, { token, body: { status: '已关闭' } });
    expect(badStatus).toMatchObject({ status: 422, json: { error: 'invalid_request' } });
  });

  it('serves malformed records with an impossible updated_at while the id stays readable', async () => {
    platform.faults.update({ malformedFraction: 0.25 });
    const broken = dataset.policy.find((p) => platform.faults.isMalformed(p.id))!;
    const { json } = await call('GET', `/v2/policies/${localId(broken.id)}`);
    expect(json.id).toBe(localId(broken.id));
    expect(json.updated_at).toBe('2025-13-45T25:61:00Z');
  });
});
