import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { request, type Dispatcher } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENTITY_KINDS, type NewChallenge } from '../../schema/contract.js';
import { getMember } from '../../schema/registry.js';
import { createAdapter } from '../../members/changzhou/adapter.js';
import { buildMemberDataset } from '../../sandbox/dataset/index.js';
import { adapterForFile, failure, localId, standInForFile } from './harness.js';

const member = getMember('changzhou');
const dataset = buildMemberDataset('changzhou');

interface Exchange {
  method: string;
  path: string;
  ifNoneMatch: string | undefined;
  status: number;
  bodyBytes: number;
}

/** Connection-level headers a proxy must not forward. */
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'upgrade', 'host', 'content-length']);
const forwardable = (headers: IncomingHttpHeaders | Record<string, string | string[] | undefined>) =>
  Object.fromEntries(Object.entries(headers).filter(([name, value]) => value !== undefined && !HOP_BY_HOP.has(name))) as Record<string, string | string[]>;

/**
 * A loopback proxy in front of the stand-in that records what actually crossed the wire, so the
 * test can see a 304 arrive without a body.
 */
async function startRecordingProxy(target: string): Promise<{ url: string; exchanges: Exchange[]; close(): Promise<void> }> {
  const exchanges: Exchange[] = [];
  const server: Server = createServer(async (incoming, outgoing) => {
    const chunks: Buffer[] = [];
    for await (const chunk of incoming) chunks.push(chunk as Buffer);
    const upstream = await request(`${target}${incoming.url}`, {
      method: incoming.method as Dispatcher.HttpMethod,
      headers: forwardable(incoming.headers),
      body: chunks.length > 0 ? Buffer.concat(chunks) : undefined,
    });
    const body = Buffer.from(await upstream.body.arrayBuffer());
    exchanges.push({
      method: incoming.method!,
      path: incoming.url!,
      ifNoneMatch: incoming.headers['if-none-match'],
      status: upstream.statusCode,
      bodyBytes: body.length,
    });
    outgoing.writeHead(upstream.statusCode, forwardable(upstream.headers));
    outgoing.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    exchanges,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

const running = standInForFile('changzhou', dataset);
let proxy: Awaited<ReturnType<typeof startRecordingProxy>>;
beforeAll(async () => {
  proxy = await startRecordingProxy(running.url);
});
afterAll(async () => {
  await proxy.close();
});
const adapter = adapterForFile(() => createAdapter({ member, baseUrl: proxy.url }));

const downloadsOf = (file: string) => proxy.exchanges.filter((exchange) => exchange.path === `/opendata/${file}`);

describe('changzhou adapter (GBK CSV exports)', () => {
  it.each(ENTITY_KINDS)('decodes the GBK export of %s into exactly the dataset records', async (kind) => {
    const { records, quarantined } = await adapter.list(kind);
    expect(quarantined).toEqual([]);
    expect(records).toEqual(dataset[kind]);
  });

  it('asks again with If-None-Match and reuses the parsed export when the platform answers 304 without a body', async () => {
    const fresh = createAdapter({ member, baseUrl: proxy.url });
    try {
      const before = downloadsOf('carriers.csv').length;
      const first = await fresh.list('carrier');
      const second = await fresh.list('carrier');
      expect(second).toEqual(first);
      expect(second.records).toEqual(dataset.carrier);
      const [download, revalidation] = downloadsOf('carriers.csv').slice(before);
      expect(download).toMatchObject({ ifNoneMatch: undefined, status: 200 });
      expect(download!.bodyBytes).toBeGreaterThan(0);
      expect(revalidation).toMatchObject({ ifNoneMatch: expect.stringMatching(/^".+"$/), status: 304, bodyBytes: 0 });
    } finally {
      await fresh.close();
    }
  });

  it('looks up ids in the downloaded export: one conditional call per kind, order kept, unknown ids missing', async () => {
    const before = downloadsOf('challenges.csv').length;
    const result = await adapter.lookup('challenge', [localId(dataset.challenge[5]!), 'CZ-NOPE', localId(dataset.challenge[0]!)]);
    expect(result.records).toEqual([dataset.challenge[5], null, dataset.challenge[0]]);
    expect(result.missing).toEqual(['CZ-NOPE']);
    expect(downloadsOf('challenges.csv').slice(before)).toMatchObject([{ status: 304, bodyBytes: 0 }]);
  });

  it('downloads again once the export changes, and sees the change', async () => {
    const edited = running.store.upsert('policy', { ...dataset.policy[0]!, summary: '修订后的摘要，\n新增"第二款"。' });
    const before = downloadsOf('policies.csv').length;
    const { records } = await adapter.lookup('policy', [localId(edited)]);
    expect(records).toEqual([edited]);
    expect(downloadsOf('policies.csv').slice(before)).toMatchObject([{ status: 200 }]);
  });

  it('quarantines rows with a prose area, keeping the row id', async () => {
    running.faults.update({ malformedFraction: 0.3 });
    try {
      const { records, quarantined } = await adapter.list('carrier');
      expect(quarantined.length).toBeGreaterThan(0);
      expect(records.length + quarantined.length).toBe(dataset.carrier.length);
      expect(quarantined[0]).toMatchObject({ localId: expect.stringMatching(/^CZ-/), reason: expect.stringContaining('总面积') });
    } finally {
      running.faults.reset();
    }
  });

  it('writes through the JSON API in export columns and maps {errcode} refusals to rejections', async () => {
    const input: NewChallenge = {
      title: '光伏组件回收中银浆的低成本提取工艺',
      description: '退役组件年增量大，\n需经济可行的回收路线。',
      publisher: '常州某光伏科技有限公司',
      publisherKind: 'ENTERPRISE',
      industries: ['NEW_ENERGY', 'NEW_MATERIALS'],
      technicalField: '资源循环利用',
      rewardYuan: 1_005_000,
      deadline: '2099-12-01',
      requirements: '银回收率≥95%, 成本<"现有工艺"的60%',
      tags: ['绿色低碳', '循环经济'],
    };
    const challenge = await adapter.createChallenge(input);
    expect(challenge).toMatchObject({ ...input, city: 'changzhou', status: 'OPEN', applicationCount: 0 });

    const applicant = {
      challengeId: challenge.id,
      applicantOrganization: '常州大学',
      applicantCity: 'changzhou',
      proposal: '湿法冶金＋电沉积联合工艺',
      contact: { name: '赵老师', phone: '0519-86330000', email: null },
    };
    const application = await adapter.submitApplication(localId(challenge), applicant);
    expect(application).toMatchObject({ ...applicant, status: 'SUBMITTED' });
    expect(await failure(adapter.submitApplication(localId(challenge), applicant))).toMatchObject({
      code: 'PLATFORM_REJECTED',
      reason: 'DUPLICATE_APPLICATION',
      status: 409,
    });
  });
});
