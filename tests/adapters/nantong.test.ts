import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { AdapterOptions, CityAdapter } from '../../adapters/kit/adapter.js';
import { createAdapter } from '../../members/nantong/adapter.js';
import { getMember } from '../../schema/registry.js';
import { buildMemberDataset } from '../../sandbox/dataset/index.js';
import { startStandIn, type RunningStandIn } from '../../sandbox/kit/stand-in.js';
import { standIn } from '../../members/nantong/stand-in.js';
import { expectEveryKindListedAsIs, failure, localId } from './harness.js';

const member = getMember('nantong');
const credentials = { clientId: 'corridor-hub', clientSecret: 'nantong-sandbox-secret' };

describe('the Nantong adapter', () => {
  // Several cursor pages of 100 of every kind.
  const dataset = buildMemberDataset('nantong', { perKind: 230 });
  let platform: RunningStandIn;
  const opened: CityAdapter[] = [];

  function adapterWith(options: Partial<AdapterOptions> = {}): CityAdapter {
    const adapter = createAdapter({ member, baseUrl: platform.url, credentials, ...options });
    opened.push(adapter);
    return adapter;
  }

  const tokenCalls = () => platform.stats().byRoute['POST /oauth/token'] ?? 0;

  beforeAll(async () => {
    platform = await startStandIn({ member, dataset, dialect: standIn });
  });
  afterEach(() => {
    platform.faults.reset();
  });
  afterAll(async () => {
    await Promise.all(opened.map((adapter) => adapter.close()));
    await platform.close();
  });

  it('maps every record of every kind back to the canonical record, fen and UTC included', async () => {
    const adapter = adapterWith();
    await expectEveryKindListedAsIs(adapter, dataset);
  });

  it('lists across a token expiry without failing, renewing the token on the way', async () => {
    platform.faults.update({ tokenTtlSeconds: 1, latencyMs: 150 });
    const adapter = adapterWith();
    const before = tokenCalls();
    expect((await adapter.list('policy')).records).toEqual(dataset.policy);
    expect((await adapter.list('challenge')).records).toEqual(dataset.challenge);
    expect(tokenCalls() - before).toBeGreaterThanOrEqual(2);
  });

  it('shares one token request between concurrent callers', async () => {
    const adapter = adapterWith();
    const before = tokenCalls();
    const ids = dataset.carrier.slice(0, 10).map((c) => localId(c.id));
    const results = await Promise.all(ids.map((id) => adapter.lookup('carrier', [id])));
    expect(results.map((result) => result.records[0])).toEqual(dataset.carrier.slice(0, 10));
    expect(tokenCalls() - before).toBe(1);
  });

  it('renews a token the platform no longer knows and repeats the call once', async () => {
    const adapter = adapterWith();
    await adapter.probe();
    const port = new URL(platform.url).port;
    await platform.close();
    // The same platform, restarted: every token it issued before is gone.
    platform = await startStandIn({ member, dataset, dialect: standIn, port: Number(port) });
    const policy = dataset.policy[3]!;
    expect((await adapter.lookup('policy', [localId(policy.id)])).records).toEqual([policy]);
    expect(platform.stats().byRoute).toMatchObject({ 'POST /oauth/token': 1, 'GET /v2/policies/:id': 2 });
  });

  it('honours 429 + Retry-After through a burst over the rate limit', async () => {
    platform.faults.update({ rateLimit: { requests: 5, windowMs: 1_000 } });
    const adapter = adapterWith({ http: { retry: { maxRetries: 6 } } });
    const asked = dataset.challenge.slice(0, 12);
    const before = platform.stats().total;
    const result = await adapter.lookup('challenge', asked.map((c) => localId(c.id)));
    expect(result.records).toEqual(asked);
    // One token and twelve lookups, plus the calls the platform throttled and the adapter repeated.
    expect(platform.stats().total - before).toBeGreaterThan(13);
  });

  it('reports wrong client credentials as PLATFORM_UNAUTHORIZED', async () => {
    const adapter = adapterWith({ credentials: { clientId: 'corridor-hub', clientSecret: 'not-the-secret' } });
    const error = await failure(adapter.list('policy'));
    expect(error).toMatchObject({ code: 'PLATFORM_UNAUTHORIZED', status: 401, city: 'nantong' });
    expect(error.message).toContain('invalid_client');
  });

  it('refuses to start without client credentials', () => {
    expect(() => createAdapter({ member, baseUrl: platform.url })).toThrow(/clientId/);
  });
});
