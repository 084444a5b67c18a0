/**
 * Every gap in an answer is named: a record its platform sends unreadable, a record the platform
 * no longer has, a member that cannot be reached; an answer from records past their freshness
 * says how old they are; and totalCount agrees with the edges served once the sync has run.
 * Through every router (routers.ts) in front of the local corridor, faults set over the
 * stand-ins' admin API.
 */
import { request } from 'undici';
import { afterAll, describe, expect, it } from 'vitest';
import { StandInAdmin } from '../../sandbox/kit/admin-client.js';
import { expectHonest, post, type Answer } from '../errors/http.js';
import { eventually } from './helpers.js';
import { corridorBehindEveryRouter, ROUTERS } from './routers.js';

/** Long enough for the routers' 1 s response cache to be on, short enough to wait out. */
const FRESHNESS_MS = 1_500;
const MEMBER = 'putuo';

const setup = corridorBehindEveryRouter({
  ports: 'ephemeral',
  entityFreshnessMs: FRESHNESS_MS,
  // A failed platform call fails at once: each request sees the fault as set.
  platformHttp: { retry: { maxRetries: 0 } },
});
const putuo = () => new StandInAdmin(setup.corridor().sandbox.urlOf(MEMBER));

// Registered after the corridor's own afterAll, so it runs before the corridor closes.
afterAll(async () => {
  await putuo().resetFaults();
});

const POLICIES = `{ policies(filter: { cities: ["${MEMBER}"] }, first: 100) { totalCount edges { node { id title } } } }`;

interface PolicyPage {
  totalCount: number;
  nodes: ({ id: string; title: string } | null)[];
}

async function policies(graphqlUrl: string): Promise<{ answer: Answer; page: PolicyPage }> {
  const answer = await post(graphqlUrl, POLICIES);
  expectHonest(answer);
  const connection = answer.data!['policies'];
  return { answer, page: { totalCount: connection.totalCount, nodes: connection.edges.map((edge: { node: unknown }) => edge.node) } };
}

/** Waits until every record cached by the last sync or lookup is past its freshness window. */
const outlastFreshness = () => new Promise((resolve) => setTimeout(resolve, FRESHNESS_MS + 200));

/** The errors of an answer, by the index of the edge whose node they are about. */
function errorsByEdge(answer: Answer): Map<number, NonNullable<Answer['errors']>[number]> {
  const byEdge = new Map<number, NonNullable<Answer['errors']>[number]>();
  for (const error of answer.errors ?? []) {
    const [field, edges, index, node] = error.path ?? [];
    if (field === 'policies' && edges === 'edges' && typeof index === 'number' && node === 'node') byEdge.set(index, error);
  }
  return byEdge;
}

/** The members an answer names as served from stale copies. */
const staleData = (answer: Answer) => answer.extensions?.staleData;

describe.each(ROUTERS)('through %s', (router) => {
  const graphqlUrl = () => setup.graphqlUrl(router);

  describe('a member sending records that do not fit the contract', () => {
    it('names each unservable node with RECORD_QUARANTINED, and totalCount counts only servable records after the sync', async () => {
      const healthy = await policies(graphqlUrl());
      expect(healthy.answer.errors).toBeUndefined();
      const everyPolicy = healthy.page.totalCount;

      await putuo().setFaults({ malformedFraction: 0.2 });
      try {
        await outlastFreshness();
        const { answer, page } = await policies(graphqlUrl());
        const nullIndexes = page.nodes.flatMap((node, index) => (node === null ? [index] : []));
        expect(nullIndexes.length, 'some records are served broken').toBeGreaterThan(0);
        expect(nullIndexes.length).toBeLessThan(page.nodes.length);
        const byEdge = errorsByEdge(answer);
        expect([...byEdge.keys()].sort((a, b) => a - b)).toEqual(nullIndexes);
        expect(answer.errors).toHaveLength(nullIndexes.length);
        for (const index of nullIndexes) {
          const error = byEdge.get(index)!;
          expect(error.extensions).toMatchObject({ code: 'RECORD_QUARANTINED', city: MEMBER, id: expect.stringMatching(/^putuo:policy:/) });
          expect(String(error.extensions!['reason']).length).toBeGreaterThan(0);
          expect(error.message).toContain(MEMBER);
        }
        // Until the sync has seen them, the index still counts the quarantined records.
        expect(page.totalCount).toBe(everyPolicy);

        await setup.corridor().corridor.sync.syncAll();
        const synced = await policies(graphqlUrl());
        expect(synced.answer.errors).toBeUndefined();
        expect(synced.page.nodes.every((node) => node !== null)).toBe(true);
        expect(synced.page.totalCount).toBe(synced.page.nodes.length);
        expect(synced.page.totalCount).toBe(everyPolicy - nullIndexes.length);
        // Asked for by id once the index has dropped it, a quarantined record still says why.
        const quarantinedId = String(byEdge.get(nullIndexes[0]!)!.extensions!['id']);
        const byId = await post(graphqlUrl(), `query ($id: ID!) { node(id: $id) { id } }`, { id: quarantinedId });
        expect(byId.data).toEqual({ node: null });
        expect(byId.errors?.[0]?.extensions).toMatchObject({ code: 'RECORD_QUARANTINED', city: MEMBER, id: quarantinedId, reason: expect.any(String) });
      } finally {
        await putuo().resetFaults();
      }

      // Readable again: the next sync counts and serves them all (once the gateway's 1 s answer to the last read has expired).
      await setup.corridor().corridor.sync.syncAll();
      await eventually(async () => (await policies(graphqlUrl())).page.totalCount === everyPolicy);
      const recovered = await policies(graphqlUrl());
      expect(recovered.answer.errors).toBeUndefined();
      expect(recovered.page.nodes).toHaveLength(everyPolicy);
      expect(recovered.page.nodes.every((node) => node !== null)).toBe(true);
    });
  });

  describe('a member whose platform goes down', () => {
    it('serves the records it saw before, saying how old they are, and fresh answers again once the platform is back', async () => {
      const healthy = await policies(graphqlUrl());
      expect(staleData(healthy.answer)).toBeUndefined();
      await outlastFreshness();

      await putuo().setFaults({ outage: true });
      try {
        const response = await request(graphqlUrl(), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: POLICIES }) });
        const answer = { status: response.statusCode, contentType: String(response.headers['content-type']), ...((await response.body.json()) as object) } as Answer;
        expectHonest(answer);
        expect(answer.errors).toBeUndefined();
        expect(answer.data!['policies'].edges.map((edge: { node: unknown }) => edge.node)).toEqual(healthy.page.nodes);
        const stale = staleData(answer);
        expect(stale).toHaveLength(1);
        expect(stale![0]).toEqual({ city: MEMBER, ageSeconds: expect.any(Number) });
        expect(stale![0]!.ageSeconds).toBeGreaterThan(0);
        // An answer with stale data is not kept for anyone else.
        expect(String(response.headers['cache-control'] ?? '')).not.toMatch(/max-age=[1-9]/);
        const again = await post(graphqlUrl(), POLICIES);
        expect(staleData(again)).toEqual([{ city: MEMBER, ageSeconds: expect.any(Number) }]);
      } finally {
        await putuo().resetFaults();
      }

      await eventually(async () => {
        const answer = await post(graphqlUrl(), POLICIES);
        return staleData(answer) === undefined && answer.errors === undefined;
      });
      expect((await policies(graphqlUrl())).page.nodes).toEqual(healthy.page.nodes);
    });

    it('names the member with CITY_UNAVAILABLE for records it holds no copy of (its city subgraph restarted during the outage)', async () => {
      await putuo().setFaults({ outage: true });
      try {
        await setup.corridor().restartCity(MEMBER);
        // The gateway's answer to the last healthy read expires well within this.
        await outlastFreshness();
        const { answer, page } = await policies(graphqlUrl());
        expect(page.nodes.length).toBeGreaterThan(0);
        expect(page.nodes.every((node) => node === null)).toBe(true);
        const byEdge = errorsByEdge(answer);
        expect(byEdge.size).toBe(page.nodes.length);
        for (const error of byEdge.values()) expect(error.extensions).toMatchObject({ code: 'CITY_UNAVAILABLE', city: MEMBER });
        expect(staleData(answer)).toBeUndefined();
      } finally {
        await putuo().resetFaults();
      }
      await eventually(async () => (await post(graphqlUrl(), POLICIES)).errors === undefined);
    });
  });

  describe('a record its platform no longer has', () => {
    it('is null with NOT_FOUND naming the member and the id until the sync removes it from the list', async () => {
      const before = await policies(graphqlUrl());
      const gone = before.page.nodes[0]!;
      const { removed } = await putuo().remove('policy', gone.id.split(':')[2]!);
      expect(removed).toBe(true);
      await outlastFreshness();

      const { answer, page } = await policies(graphqlUrl());
      const index = page.nodes.findIndex((node) => node === null);
      expect(page.nodes.filter((node) => node === null)).toHaveLength(1);
      expect(answer.errors).toHaveLength(1);
      expect(errorsByEdge(answer).get(index)!.extensions).toMatchObject({ code: 'NOT_FOUND', city: MEMBER, id: gone.id });

      await setup.corridor().corridor.sync.syncAll();
      await eventually(async () => (await policies(graphqlUrl())).page.totalCount === before.page.totalCount - 1);
      const synced = await policies(graphqlUrl());
      expect(synced.answer.errors).toBeUndefined();
      expect(synced.page.nodes.map((node) => node!.id)).not.toContain(gone.id);
    });
  });
});
