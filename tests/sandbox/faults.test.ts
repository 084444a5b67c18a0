import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MEMBERS, getMember } from '../../schema/registry.js';
import { buildMemberDataset } from '../../sandbox/dataset/index.js';
import { StandInAdmin } from '../../sandbox/kit/admin-client.js';
import { startStandIn, type RunningStandIn } from '../../sandbox/kit/stand-in.js';
import { standInFor } from '../../sandbox/platforms/index.js';
import { startSandbox, type RunningSandbox } from '../../sandbox/stand-ins.js';

async function elapsedMs(call: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await call();
  return performance.now() - started;
}

const nativeCall = (url: string) => request(`${url}/any/native/route`).then(async (response) => {
  await response.body.dump();
  return response.statusCode;
});

describe('fault controls of the stand-in platforms', () => {
  let sandbox: RunningSandbox;

  beforeAll(async () => {
    sandbox = await startSandbox({ ports: 'ephemeral' });
  });
  afterAll(async () => {
    await sandbox.close();
  });

  it.each(MEMBERS.map((m) => m.slug))('%s drops every connection during an outage set over its admin API, and recovers', async (slug) => {
    const admin = new StandInAdmin(sandbox.urlOf(slug));
    await admin.setFaults({ outage: true });
    await expect(nativeCall(sandbox.urlOf(slug))).rejects.toThrow();
    await admin.resetFaults();
    await expect(nativeCall(sandbox.urlOf(slug))).resolves.toEqual(expect.any(Number));
  });

  it.each(MEMBERS.map((m) => m.slug))('%s answers every call with its own failure form at error rate 1', async (slug) => {
    const admin = new StandInAdmin(sandbox.urlOf(slug));
    await admin.setFaults({ errorRate: 1 });
    try {
      const response = await request(`${sandbox.urlOf(slug)}/any/native/route`);
      const body = await response.body.text();
      // Yangzhou reports failures as HTTP 200 with a non-zero code; everyone else with a 5xx.
      if (slug === 'yangzhou') expect(JSON.parse(body)).toMatchObject({ code: 50000 });
      else expect(response.statusCode).toBe(500);
    } finally {
      await admin.resetFaults();
    }
  });

  it('counts native calls per route and leaves admin calls out', async () => {
    const admin = new StandInAdmin(sandbox.urlOf('putuo'));
    await admin.resetStats();
    await nativeCall(sandbox.urlOf('putuo'));
    await nativeCall(sandbox.urlOf('putuo'));
    const stats = await admin.stats();
    expect(stats.total).toBe(2);
  });

  it('rejects an invalid fault setting with 400 naming the field', async () => {
    const response = await request(`${sandbox.urlOf('wuxi')}/__sandbox/faults`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ errorRate: 2 }),
    });
    expect(response.statusCode).toBe(400);
    expect(JSON.stringify(await response.body.json())).toContain('errorRate');
  });

  it('throttles a burst with 429 and Retry-After once a rate limit is set while running', async () => {
    const admin = new StandInAdmin(sandbox.urlOf('zhenjiang'));
    await admin.setFaults({ rateLimit: { requests: 3, windowMs: 60_000 } });
    try {
      const statuses: number[] = [];
      let retryAfter: string | undefined;
      for (let i = 0; i < 5; i++) {
        const response = await request(`${sandbox.urlOf('zhenjiang')}/odata/Policies?$top=1`);
        statuses.push(response.statusCode);
        if (response.statusCode === 429) retryAfter = String(response.headers['retry-after']);
        await response.body.dump();
      }
      expect(statuses).toEqual([200, 200, 200, 429, 429]);
      expect(Number(retryAfter)).toBeGreaterThanOrEqual(1);
    } finally {
      await admin.resetFaults();
    }
  });
});

describe('faults given at start', () => {
  let platform: RunningStandIn;

  beforeAll(async () => {
    const member = getMember('putuo');
    platform = await startStandIn({ member, dataset: buildMemberDataset('putuo'), dialect: standInFor('putuo'), faults: { latencyMs: 120, jitterMs: 20, malformedFraction: 0.5 } });
  });
  afterAll(async () => {
    await platform.close();
  });

  it('delays every native call by the latency, less at most the jitter', async () => {
    for (let i = 0; i < 3; i++) expect(await elapsedMs(() => nativeCall(platform.url))).toBeGreaterThanOrEqual(100 - 1);
  });

  it('serves the chosen fraction of records broken, the same records every time', async () => {
    const list = async () => {
      const response = await request(`${platform.url}/api/v1/policies?page=1&pageSize=100`);
      return ((await response.body.json()) as { items: { id: string; title?: string }[] }).items;
    };
    const first = await list();
    const broken = first.filter((item) => !item.title).map((item) => item.id);
    expect(broken.length).toBeGreaterThan(0);
    expect(broken.length).toBeLessThan(first.length);
    expect((await list()).filter((item) => !item.title).map((item) => item.id)).toEqual(broken);
  });

  it('returns to its start-up faults on an admin reset, not to none', async () => {
    const admin = new StandInAdmin(platform.url);
    await admin.setFaults({ latencyMs: 0, outage: true });
    expect(await admin.resetFaults()).toMatchObject({ latencyMs: 120, jitterMs: 20, malformedFraction: 0.5, outage: false });
  });
});
