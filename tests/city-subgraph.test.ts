import { closeSync, existsSync, mkdtempSync, openSync, readdirSync, readlinkSync, rmSync } from 'node:fs';
import { connect, createServer, type AddressInfo, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adapterFactoryFor } from '../adapters/index.js';
import { ENTITY_KINDS, parseGlobalId } from '../schema/contract.js';
import { getMember } from '../schema/registry.js';
import { buildMemberDataset, type MemberDataset } from '../sandbox/dataset/index.js';
import { startStandIn, type RunningStandIn } from '../sandbox/kit/stand-in.js';
import { sandboxFactsFor, standInFor } from '../sandbox/platforms/index.js';
import { CHANGE_FEED_PATH } from '../schema/wire.js';
import { startCitySubgraph, type RunningCitySubgraph } from '../subgraphs/city/subgraph.js';
import { eventually } from './e2e/helpers.js';
import { hubRequest } from './trust/hub-request.js';

const SECRET = 'test-city-subgraph-secret';

async function startCity(slug: string) {
  const member = getMember(slug);
  const dataset = buildMemberDataset(slug);
  const platform = await startStandIn({ member, dataset, dialect: standInFor(slug) });
  const subgraph = await startCitySubgraph({
    member,
    adapter: adapterFactoryFor(slug)({ member, baseUrl: platform.url, credentials: sandboxFactsFor(member.slug).credentials, http: { retry: { maxRetries: 0 } } }),
    hubSecret: SECRET,
    outboxPath: ':memory:',
    entityFreshnessMs: 60_000,
  });
  return { dataset, platform, subgraph };
}

/** A GraphQL request signed as the gateway signs it. */
async function graphql(url: string, query: string, variables: Record<string, unknown> = {}) {
  const answer = await hubRequest(SECRET, `${url}/graphql`, { body: { query, variables } });
  return answer.body as { data?: Record<string, unknown>; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

const entities = (fragment: string) => `query ($representations: [_Any!]!) { _entities(representations: $representations) { ${fragment} } }`;
const PUTUO_CHALLENGES = entities('... on PutuoChallenge { id title reward { yuan wan currency } deadline city { slug } }');
const NANJING_POLICIES = entities('... on NanjingPolicy { id title status maxSupport { wan } }');

describe('a city subgraph', () => {
  let putuo: { dataset: MemberDataset; platform: RunningStandIn; subgraph: RunningCitySubgraph };

  beforeAll(async () => {
    putuo = await startCity('putuo');
  });
  afterAll(async () => {
    await putuo.subgraph.close();
    await putuo.platform.close();
  });

  it('hydrates 50 references with duplicates through one platform batch call', async () => {
    const unique = putuo.dataset.challenge.slice(0, 25);
    const representations = [...unique, ...unique].map((challenge) => ({ __typename: 'PutuoChallenge', id: challenge.id }));
    const before = putuo.platform.stats().total;
    const result = await graphql(putuo.subgraph.url, PUTUO_CHALLENGES, { representations });
    expect(result.errors).toBeUndefined();
    expect(putuo.platform.stats().total - before).toBe(1);
    const entities = result.data!['_entities'] as { id: string; title: string; reward: { yuan: number; wan: number } | null; city: { slug: string } }[];
    expect(entities).toHaveLength(50);
    expect(entities.map((entity) => entity.id)).toEqual(representations.map((r) => r.id));
    const first = unique[0]!;
    expect(entities[0]).toEqual({
      id: first.id,
      title: first.title,
      reward: first.rewardYuan === null ? null : { yuan: first.rewardYuan, wan: first.rewardYuan / 10_000, currency: 'CNY' },
      deadline: first.deadline,
      city: { slug: 'putuo' },
    });
  });

  it('answers an id the platform does not have with null and NOT_FOUND naming the member and the id', async () => {
    const result = await graphql(putuo.subgraph.url, PUTUO_CHALLENGES, { representations: [{ __typename: 'PutuoChallenge', id: 'putuo:challenge:NO-SUCH' }] });
    expect(result.data).toEqual({ _entities: [null] });
    expect(result.errors).toHaveLength(1);
    expect(result.errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND', city: 'putuo', id: 'putuo:challenge:NO-SUCH' });
  });

  it('serves records it saw within the freshness window without calling the platform, even during an outage', async () => {
    const seen = putuo.dataset.challenge.slice(0, 3).map((challenge) => ({ __typename: 'PutuoChallenge', id: challenge.id }));
    putuo.platform.faults.update({ outage: true });
    try {
      const before = putuo.platform.stats().total;
      const result = await graphql(putuo.subgraph.url, PUTUO_CHALLENGES, { representations: seen });
      expect(result.errors).toBeUndefined();
      expect((result.data!['_entities'] as { id: string }[]).map((entity) => entity.id)).toEqual(seen.map((r) => r.id));
      expect(putuo.platform.stats().total - before).toBe(0);
    } finally {
      putuo.platform.faults.reset();
    }
  });

  it('names the member with CITY_UNAVAILABLE when its platform is down and the record was not seen recently', async () => {
    putuo.platform.faults.update({ outage: true });
    try {
      const unseen = putuo.dataset.challenge.at(-1)!;
      const result = await graphql(putuo.subgraph.url, PUTUO_CHALLENGES, { representations: [{ __typename: 'PutuoChallenge', id: unseen.id }] });
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'CITY_UNAVAILABLE', city: 'putuo', platformCode: 'PLATFORM_UNAVAILABLE' });
    } finally {
      putuo.platform.faults.reset();
    }
  });

  it('refuses change-feed requests without a valid signature', async () => {
    const unsigned = await request(`${putuo.subgraph.url}${CHANGE_FEED_PATH}`);
    expect(unsigned.statusCode).toBe(401);
    expect(await unsigned.body.json()).toMatchObject({ errors: [{ extensions: { code: 'UNSIGNED_REQUEST' } }] });
    const forged = await hubRequest('another-secret-of-16+', `${putuo.subgraph.url}${CHANGE_FEED_PATH}`);
    expect(forged.status).toBe(401);
  });

  it('serves its change feed to a signed request', async () => {
    const response = await hubRequest(SECRET, `${putuo.subgraph.url}${CHANGE_FEED_PATH}`);
    expect(response.status).toBe(200);
    const batch = response.body as { reset: boolean; upserts: { id: string }[]; cursor: string };
    expect(batch.reset).toBe(true);
    expect(batch.upserts).toHaveLength(ENTITY_KINDS.reduce((sum, kind) => sum + putuo.dataset[kind].length, 0));
    expect(batch.cursor).toEqual(expect.any(String));
  });

  it('reports its platform reachable on /health, and unreachable during an outage', async () => {
    const up = await request(`${putuo.subgraph.url}/health`);
    expect(up.statusCode).toBe(200);
    expect(await up.body.json()).toMatchObject({ city: 'putuo', platform: 'reachable' });
    putuo.platform.faults.update({ outage: true });
    try {
      const down = await request(`${putuo.subgraph.url}/health`);
      expect(down.statusCode).toBe(503);
      expect(await down.body.json()).toMatchObject({ city: 'putuo', platform: 'unreachable' });
    } finally {
      putuo.platform.faults.reset();
    }
  });
});

describe('a city subgraph over a platform without batch lookup', () => {
  it('de-duplicates references so each record costs at most one platform call', async () => {
    const nanjing = await startCity('nanjing');
    try {
      const unique = nanjing.dataset.policy.slice(0, 10);
      const representations = [...unique, ...unique, ...unique].map((policy) => ({ __typename: 'NanjingPolicy', id: policy.id }));
      const before = nanjing.platform.stats().total;
      const result = await graphql(nanjing.subgraph.url, NANJING_POLICIES, { representations });
      expect(result.errors).toBeUndefined();
      expect(nanjing.platform.stats().total - before).toBe(unique.length);
      expect((result.data!['_entities'] as { id: string }[]).map((e) => parseGlobalId(e.id)!.city)).toEqual(representations.map(() => 'nanjing'));
    } finally {
      await nanjing.subgraph.close();
      await nanjing.platform.close();
    }
  });
});

/** Files this process holds open under `folder` (Linux: /proc/self/fd). */
function openFilesUnder(folder: string): string[] {
  return readdirSync('/proc/self/fd').flatMap((fd) => {
    try {
      const target = readlinkSync(`/proc/self/fd/${fd}`);
      return target.startsWith(folder) ? [target] : [];
    } catch {
      return []; // the descriptor readdir itself used, closed by now
    }
  });
}

/** A TCP relay in front of `target` that counts the connections open through it. */
async function countingRelay(target: URL): Promise<{ url: string; openConnections: () => number; close: () => Promise<void> }> {
  const open = new Set<Socket>();
  const relay = createServer((client) => {
    open.add(client);
    const upstream = connect(Number(target.port), target.hostname);
    client.pipe(upstream).pipe(client);
    const end = () => {
      open.delete(client);
      client.destroy();
      upstream.destroy();
    };
    for (const socket of [client, upstream]) socket.on('close', end).on('error', end);
  });
  await new Promise<void>((resolve) => relay.listen(0, '127.0.0.1', resolve));
  const { port } = relay.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    openConnections: () => open.size,
    close: async () => {
      for (const socket of open) socket.destroy();
      await new Promise<void>((resolve) => relay.close(() => resolve()));
    },
  };
}

describe('a city subgraph whose port is taken', () => {
  it.skipIf(!existsSync('/proc/self/fd'))('fails to start, leaving neither its outbox file nor its platform connections open', async () => {
    const member = getMember('putuo');
    const platform = await startStandIn({ member, dataset: buildMemberDataset('putuo'), dialect: standInFor('putuo') });
    const relay = await countingRelay(new URL(platform.url));
    const occupant = createServer();
    await new Promise<void>((resolve) => occupant.listen(0, '127.0.0.1', resolve));
    const folder = mkdtempSync(join(tmpdir(), 'city-port-taken-'));
    try {
      // The check sees a file held open in the folder, so an empty answer below means something.
      const probeFile = openSync(join(folder, 'held-open'), 'w');
      expect(openFilesUnder(folder)).toHaveLength(1);
      closeSync(probeFile);

      const adapter = adapterFactoryFor('putuo')({ member, baseUrl: relay.url, credentials: sandboxFactsFor(member.slug).credentials, http: { retry: { maxRetries: 0 } } });
      await adapter.probe();
      expect(relay.openConnections()).toBeGreaterThan(0);
      const start = startCitySubgraph({ member, adapter, hubSecret: SECRET, outboxPath: join(folder, 'outbox.db'), port: (occupant.address() as AddressInfo).port });
      await expect(start).rejects.toThrow(/EADDRINUSE/);
      expect(openFilesUnder(folder)).toEqual([]);
      await eventually(async () => relay.openConnections() === 0);
    } finally {
      await new Promise<void>((resolve) => occupant.close(() => resolve()));
      await relay.close();
      await platform.close();
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
