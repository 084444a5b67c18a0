import { request } from 'undici';
import { describe, expect, it } from 'vitest';
import { ENTITY_KINDS, parseGlobalId, type AnyRecord, type ChallengeRecord } from '../../schema/contract.js';
import { MEMBERS } from '../../schema/registry.js';
import { buildCorridorDataset } from '../../sandbox/dataset/index.js';
import { recordText } from '../../subgraphs/corridor/read-index/store.js';
import { eventually, query, type GraphQLResponse } from './helpers.js';
import { QUERY_PLAN_HEADER } from '../../bench/peer/settings.js';
import { corridorBehindEveryRouter, HIVE_RUST, OURS, ROUTERS } from './routers.js';

const dataset = buildCorridorDataset();
const members = [...dataset.values()];
const allChallenges = members.flatMap((member) => member.challenge);
const SYNC_INTERVAL_MS = 400;
/** Short, so a platform outage shows once the records seen before it are no longer fresh. */
const ENTITY_FRESHNESS_MS = 300;
/** SQLite's order of ids: by code unit, not by locale. */
const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const setup = corridorBehindEveryRouter({
  ports: 'ephemeral',
  syncIntervalMs: SYNC_INTERVAL_MS,
  entityFreshnessMs: ENTITY_FRESHNESS_MS,
  // Every answer fresh: these tests watch data change underneath.
  responseCacheSeconds: 0,
  subgraphTimeoutMs: 3_000,
  // A platform back from an outage is called again within half a second of its circuit opening.
  platformHttp: { retry: { maxRetries: 0 }, breaker: { cooldownMs: 500 } },
});

const CHALLENGE_PAGE = `query ($filter: ChallengeFilter, $orderBy: ChallengeOrder, $first: Int, $after: String) {
  challenges(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id title deadline status reward { yuan } city { slug nameZh } } }
  }
}`;

async function allChallengeIds(graphqlUrl: string, filter: Record<string, unknown>, orderBy: string): Promise<string[]> {
  const ids: string[] = [];
  let after: string | null = null;
  for (let page = 0; page < 50; page++) {
    const result: GraphQLResponse = await query(graphqlUrl, CHALLENGE_PAGE, { filter, orderBy, first: 37, after });
    expect(result.errors).toBeUndefined();
    const connection: { edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } = result.data!['challenges'];
    ids.push(...connection.edges.map((edge) => edge.node.id));
    if (!connection.pageInfo.hasNextPage) return ids;
    after = connection.pageInfo.endCursor;
  }
  throw new Error('pagination did not end');
}

describe.each(ROUTERS)('the corridor through %s', (router) => {
  const graphqlUrl = () => setup.graphqlUrl(router);

  it('lists challenges from every member with facet counts per member', async () => {
    const result = await query(
      graphqlUrl(),
      `{ challenges(first: 100) { totalCount facets { cities { city { slug } count } } edges { node { id title city { slug } } } } }`,
    );
    expect(result.errors).toBeUndefined();
    const challenges = result.data!['challenges'];
    expect(challenges.totalCount).toBe(allChallenges.length);
    const perCity = Object.fromEntries(challenges.facets.cities.map((f: { city: { slug: string }; count: number }) => [f.city.slug, f.count]));
    expect(perCity).toEqual(Object.fromEntries(MEMBERS.map((m) => [m.slug, dataset.get(m.slug)!.challenge.length])));
    expect(challenges.edges.every((edge: { node: { title: string } }) => edge.node.title.length > 0)).toBe(true);
  });

  it('pages a filtered, ordered list with cursors in exactly the order the dataset gives', async () => {
    const filter = { statuses: ['OPEN'], industries: ['INTEGRATED_CIRCUITS', 'NEW_MATERIALS'] };
    const expected = allChallenges
      .filter((c) => c.status === 'OPEN' && c.industries.some((i) => filter.industries.includes(i)))
      .sort((a, b) => byCode(a.deadline, b.deadline) || byCode(a.id, b.id))
      .map((c) => c.id);
    expect(expected.length).toBeGreaterThan(37);
    expect(await allChallengeIds(graphqlUrl(), filter, 'DEADLINE_SOONEST')).toEqual(expected);
  });

  it('filters by reward range and orders by reward, negotiable rewards excluded', async () => {
    const expected = allChallenges
      .filter((c): c is ChallengeRecord & { rewardYuan: number } => c.rewardYuan !== null && c.rewardYuan >= 1_000_000 && c.rewardYuan <= 5_000_000)
      .sort((a, b) => b.rewardYuan - a.rewardYuan || byCode(b.id, a.id))
      .map((c) => c.id);
    expect(await allChallengeIds(graphqlUrl(), { reward: { minYuan: 1_000_000, maxYuan: 5_000_000 } }, 'REWARD')).toEqual(expected);
  });

  it('counts facets for the filtered set', async () => {
    const result = await query(graphqlUrl(), `{ carriers(filter: { cities: ["suzhou", "nanjing"] }, first: 1) { totalCount facets { kinds { kind count } levels { level count } } } }`);
    const carriers = [...dataset.get('suzhou')!.carrier, ...dataset.get('nanjing')!.carrier];
    expect(result.data!['carriers'].totalCount).toBe(carriers.length);
    const kinds = Object.fromEntries(result.data!['carriers'].facets.kinds.map((f: { kind: string; count: number }) => [f.kind, f.count]));
    const expectedKinds: Record<string, number> = {};
    for (const carrier of carriers) expectedKinds[carrier.kind] = (expectedKinds[carrier.kind] ?? 0) + 1;
    expect(kinds).toEqual(expectedKinds);
  });

  it('finds carriers near a point, nearest first, with distances', async () => {
    const result = await query(
      graphqlUrl(),
      `{ carriers(filter: { near: { center: { lat: 31.2990, lng: 120.5853 }, radiusKm: 10 } }, orderBy: DISTANCE, first: 100) { totalCount edges { distanceKm node { city { slug } } } } }`,
    );
    const edges = result.data!['carriers'].edges as { distanceKm: number; node: { city: { slug: string } } }[];
    expect(edges.length).toBeGreaterThan(0);
    expect(edges.every((edge) => edge.distanceKm <= 10)).toBe(true);
    expect(edges.map((edge) => edge.distanceKm)).toEqual([...edges.map((edge) => edge.distanceKm)].sort((a, b) => a - b));
  });

  it.each(['芯片', '人才公寓', '机器人'])('finds every record mentioning %s with a Chinese search', async (text) => {
    const expected = members.flatMap((member) => ENTITY_KINDS.flatMap((kind): AnyRecord[] => member[kind])).filter((record) => recordText(record).includes(text)).map((r) => r.id);
    expect(expected.length).toBeGreaterThan(0);
    const found: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 20; page++) {
      const result: GraphQLResponse = await query(
        graphqlUrl(),
        `query ($text: String!, $after: String) { search(text: $text, first: 100, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { kind snippet node { id } } } }`,
        { text, after },
      );
      expect(result.errors).toBeUndefined();
      const search: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { snippet: string; node: { id: string } }[] } = result.data!['search'];
      expect(search.totalCount).toBe(expected.length);
      for (const edge of search.edges) expect(edge.snippet).toContain(`【${text}】`);
      found.push(...search.edges.map((edge) => edge.node.id));
      if (!search.pageInfo.hasNextPage) break;
      after = search.pageInfo.endCursor;
    }
    expect(found.sort()).toEqual(expected.sort());
  });

  it('refuses a one-character search with BAD_USER_INPUT', async () => {
    const result = await query(graphqlUrl(), `{ search(text: "芯") { totalCount } }`);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'text' });
  });

  it('matches a challenge with carriers from other members, saying why', async () => {
    const challenge = dataset.get('wuxi')!.challenge.find((c) => c.industries.includes('INTEGRATED_CIRCUITS'))!;
    const result = await query(
      graphqlUrl(),
      `query ($id: ID!) { node(id: $id) { ... on Challenge { title matchingCarriers(first: 10) { score distanceKm reasons { kind detail } carrier { id name industries city { slug } } } } } }`,
      { id: challenge.id },
    );
    expect(result.errors).toBeUndefined();
    const matches = result.data!['node'].matchingCarriers as { score: number; reasons: { kind: string }[]; carrier: { city: { slug: string }; industries: string[] } }[];
    expect(matches).toHaveLength(10);
    expect(matches.some((match) => match.carrier.city.slug !== 'wuxi')).toBe(true);
    for (const match of matches) {
      expect(match.carrier.industries.some((industry) => challenge.industries.includes(industry as never))).toBe(true);
      expect(match.reasons.map((reason) => reason.kind)).toContain('SHARED_INDUSTRY');
    }
    expect(matches.map((m) => m.score)).toEqual([...matches.map((m) => m.score)].sort((a, b) => b - a));
  });

  it('resolves node(id:) for a record of every member', async () => {
    for (const member of MEMBERS) {
      const policy = dataset.get(member.slug)!.policy[0]!;
      const result = await query(graphqlUrl(), `query ($id: ID!) { node(id: $id) { id ... on Policy { title city { slug } } } }`, { id: policy.id });
      expect(result).toEqual({ data: { node: { id: policy.id, title: policy.title, city: { slug: member.slug } } } });
    }
  });

  it('answers an id its member does not have with null and NOT_FOUND naming the member, for every member', async () => {
    for (const member of MEMBERS) {
      const id = `${member.slug}:policy:NO-SUCH-RECORD-1`;
      const result = await query(graphqlUrl(), `query ($id: ID!) { node(id: $id) { id } }`, { id });
      expect(result.data).toEqual({ node: null });
      expect(result.errors).toHaveLength(1);
      expect(result.errors![0]).toMatchObject({ path: ['node'], extensions: { code: 'NOT_FOUND', city: member.slug, id } });
    }
  });

  it('rejects a malformed global id with INVALID_ID', async () => {
    const result = await query(graphqlUrl(), `{ node(id: "not-an-id") { id } }`);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_ID' });
  });

  it('returns every member when a platform is down, the down member from its last copies marked stale', async () => {
    const nanjing = setup.corridor().sandbox.platforms.get('nanjing')!;
    nanjing.faults.update({ outage: true });
    try {
      await new Promise((resolve) => setTimeout(resolve, ENTITY_FRESHNESS_MS + 100));
      const result = await query(graphqlUrl(), `{ challenges(first: 100, orderBy: NEWEST) { edges { node { id title } } } }`);
      const nodes = result.data!['challenges'].edges.map((edge: { node: { id: string } | null }) => edge.node);
      const present = nodes.filter(Boolean).map((node: { id: string }) => parseGlobalId(node.id)!.city);
      expect(result.errors).toBeUndefined();
      expect(nodes.every((node: unknown) => node !== null)).toBe(true);
      expect(new Set(present).has('nanjing')).toBe(true);
      expect(result.extensions?.staleData?.map((entry) => entry.city)).toEqual(['nanjing']);
    } finally {
      nanjing.faults.reset();
    }
  });

  it('marks a member DOWN on City.status after repeated failed syncs, naming the failure, and UP again after recovery', async () => {
    const zhenjiang = setup.corridor().sandbox.platforms.get('zhenjiang')!;
    const STATUS = `{ city(slug: "zhenjiang") { status { state lastError lagSeconds } counts { challenges } } }`;
    zhenjiang.faults.update({ outage: true });
    try {
      await eventually(async () => (await query(graphqlUrl(), STATUS)).data?.['city'].status.state === 'DOWN');
      const down = (await query(graphqlUrl(), STATUS)).data!['city'];
      expect(down.status.lastError).toContain('zhenjiang');
      expect(down.counts.challenges).toBe(dataset.get('zhenjiang')!.challenge.length);
    } finally {
      zhenjiang.faults.reset();
    }
    await eventually(async () => (await query(graphqlUrl(), STATUS)).data?.['city'].status.state === 'UP');
  });

  it('shows a record changed or deleted on a platform within one sync interval', async () => {
    const putuo = setup.corridor().sandbox.platforms.get('putuo')!;
    const edited = dataset.get('putuo')!.challenge[0]!;
    const removed = dataset.get('putuo')!.challenge[1]!;
    const CHANGES = `{ search(text: "灵巧手触觉", kinds: [CHALLENGE]) { edges { node { id } } } city(slug: "putuo") { counts { challenges } } }`;
    const shows = async (editedFound: boolean, challengeCount: number) => {
      const result = await query(graphqlUrl(), CHANGES);
      return (
        result.data?.['search'].edges.some((edge: { node: { id: string } }) => edge.node.id === edited.id) === editedFound &&
        result.data?.['city'].counts.challenges === challengeCount
      );
    };
    putuo.store.upsert('challenge', { ...edited, title: '（更新）具身智能机器人灵巧手触觉传感攻关' });
    putuo.store.remove('challenge', parseGlobalId(removed.id)!.localId);
    try {
      await eventually(() => shows(true, dataset.get('putuo')!.challenge.length - 1));
      const status = await query(graphqlUrl(), `{ city(slug: "putuo") { status { state lagSeconds lastError } } }`);
      expect(status.data!['city'].status).toMatchObject({ state: 'UP', lastError: null });
    } finally {
      // Put back as the dataset has them: the next router's run of this suite reads the same records.
      putuo.store.upsert('challenge', edited);
      putuo.store.upsert('challenge', removed);
    }
    await eventually(() => shows(false, dataset.get('putuo')!.challenge.length));
  });
});

/** Reads a front-end makes: the README's examples, labels in English, a list page's sidebar, a record of every kind by id, what a caller gets wrong. */
const SAME_READS: { read: string; document: string; headers?: Record<string, string> }[] = [
  {
    read: 'a filtered, ordered challenge page',
    document: `{ challenges(filter: { statuses: [OPEN], industries: [INTEGRATED_CIRCUITS], reward: { minYuan: 2000000 } }, orderBy: REWARD, first: 2) {
      totalCount edges { node { title publisher reward { wan } deadline city { nameZh } } } pageInfo { hasNextPage endCursor } } }`,
  },
  { read: 'a list page with its facets', document: `{ challenges(first: 20) { totalCount facets { cities { city { slug } count } industries { industry count } statuses { status count } } edges { node { id title city { slug } } } } }` },
  { read: 'a Chinese search', document: `{ search(text: "人才公寓", kinds: [POLICY], first: 5) { totalCount edges { score snippet node { id ... on Policy { title issuer status city { nameZh } } } } } }` },
  {
    read: 'a challenge with its cross-member matches',
    document: `{ node(id: "wuxi:challenge:WX-G-000001") { ... on Challenge { title reward { wan } matchingCarriers(first: 3) { score distanceKm reasons { kind detail } carrier { name kind city { nameZh } } } } } }`,
  },
  {
    read: 'labels in the language of Accept-Language',
    document: `{ city(slug: "wuxi") { nameEn province } vocabularies(names: ["ChallengeStatus"]) { values { value label } } node(id: "wuxi:challenge:WX-G-000001") { ... on Challenge { matchingCarriers(first: 1) { reasons { kind detail } } } } }`,
    headers: { 'accept-language': 'en-US,en;q=0.9' },
  },
  { read: 'carriers near a point', document: `{ carriers(filter: { near: { center: { lat: 31.2990, lng: 120.5853 }, radiusKm: 10 } }, orderBy: DISTANCE, first: 10) { totalCount edges { distanceKm node { id name city { slug } } } } }` },
  { read: "every member's status", document: `{ cities { slug nameZh status { state lastError circuit { state consecutiveFailures } quarantinedRecords } counts { policies carriers challenges } } }` },
  {
    read: 'records of every kind by id, and one that does not exist',
    document: `{ policy: node(id: "nanjing:policy:NJ-P-000001") { id ... on Policy { title city { slug } } }
      carrier: node(id: "suzhou:carrier:SZ-C-000001") { id ... on Carrier { name kind } }
      missing: node(id: "taizhou:policy:NO-SUCH-RECORD-1") { id } }`,
  },
  { read: 'a malformed global id', document: `{ node(id: "not-an-id") { id } }` },
];

/** Requests whose only field fails with the caller's error, so the answer has no data. */
const REFUSED_READS: { read: string; document: string }[] = [
  { read: 'a one-character search', document: `{ search(text: "芯") { totalCount } }` },
  { read: 'a vocabulary that does not exist', document: `{ vocabularies(names: ["Industry", "Colour"]) { name } }` },
];

describe.runIf(ROUTERS.includes(HIVE_RUST))('every router answers alike', () => {
  it.each(SAME_READS)('$read', async ({ document, headers }) => {
    const [ours, ...others] = await Promise.all(ROUTERS.map((router) => query(setup.graphqlUrl(router), document, {}, headers)));
    expect(ours!.data).toBeTruthy();
    for (const other of others) expect(other).toStrictEqual(ours);
  });

  // The one difference: Hive Router's runtime (1.4.23) leaves `data` out of an answer whose only
  // field failed, where the GraphQL spec and our gateway answer `"data": null`. The errors are
  // the same, code, path and words.
  it.each(REFUSED_READS)('$read: the same errors; data null through ours, absent through the Rust planner', async ({ document }) => {
    const ours = await query(setup.graphqlUrl(OURS), document);
    const hive = await query(setup.graphqlUrl(HIVE_RUST), document);
    expect(ours).toStrictEqual({ errors: [expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) })], data: null });
    expect(hive).toStrictEqual({ errors: ours.errors });
  });

  it('plans through Hive Gateway with Hive Router\'s Rust query planner, not its JavaScript one', async () => {
    const answer = await query(setup.graphqlUrl(HIVE_RUST), `{ challenges(first: 1) { edges { node { id title } } } }`, {}, { [QUERY_PLAN_HEADER]: 'yes' });
    expect(answer.extensions?.['queryPlan']).toMatchObject({ kind: 'QueryPlan' });
  });
});

// The IDE and the health endpoint are our gateway's own, beside the supergraph: another router has its own.
describe('our gateway itself', () => {
  it('serves its GraphQL IDE and every script it needs from the gateway itself', async () => {
    const page = await request(`${setup.corridor().gateway.url}/graphiql`);
    const html = await page.body.text();
    expect(page.headers['content-type']).toContain('text/html');
    const scripts = [...html.matchAll(/(?:src|href)="(\/ide\/[^"]+)"/g)].map((match) => match[1]!);
    expect(scripts).toEqual(['/ide/graphiql.css', '/ide/react.js', '/ide/react-dom.js', '/ide/graphiql.js']);
    for (const script of scripts) {
      const asset = await request(`${setup.corridor().gateway.url}${script}`);
      expect(asset.statusCode, script).toBe(200);
      expect((await asset.body.arrayBuffer()).byteLength, script).toBeGreaterThan(1_000);
    }
  });

  it('reports ready on /health once the supergraph is loaded', async () => {
    const health = await request(`${setup.corridor().gateway.url}/health`);
    expect(health.statusCode).toBe(200);
    expect(await health.body.json()).toEqual({ status: 'ready' });
  });
});
