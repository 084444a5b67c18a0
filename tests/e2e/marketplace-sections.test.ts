/**
 * The marketplace's six sections and three lists through the gateway: every kind as a list with
 * its filters, facets and paging, the links between kinds, matching across them, the one map,
 * and the publisher's own side — against the default dataset over loopback.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENTITY_KINDS, type EntityKind, type RecordByKind } from '../../schema/contract.js';
import { MEMBERS } from '../../schema/registry.js';
import { buildCorridorDataset } from '../../sandbox/dataset/index.js';
import { demoKey } from '../../sandbox/identities.js';
import { startLocalCorridor, type LocalCorridor } from '../../sandbox/local-corridor.js';
import { eventually, query, type GraphQLResponse } from './helpers.js';

const dataset = buildCorridorDataset();
const all = <K extends EntityKind>(kind: K): RecordByKind[K][] => [...dataset.values()].flatMap((member) => member[kind]);
const WUXI = { authorization: `Bearer ${demoKey('org-wuxi-zhongwei')}` };

/** Each kind's list field, as the API names it. */
const LIST_FIELD: Record<EntityKind, string> = {
  policy: 'policies',
  carrier: 'carriers',
  challenge: 'challenges',
  financeProduct: 'financeProducts',
  talentService: 'talentServices',
  achievement: 'achievements',
  cooperation: 'cooperationItems',
  technologyManager: 'technologyManagers',
  consortium: 'consortia',
};
const NEW_KINDS = ['financeProduct', 'talentService', 'achievement', 'cooperation', 'technologyManager', 'consortium'] as const;

let corridor: LocalCorridor;

beforeAll(async () => {
  corridor = await startLocalCorridor({ ports: 'ephemeral', syncIntervalMs: 300, outbox: { initialRetryMs: 100, maxRetryMs: 400 }, responseCacheSeconds: 0 });
}, 120_000);
afterAll(async () => {
  await corridor?.close();
});

function ok<T = Record<string, any>>(result: GraphQLResponse<T>): T {
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data!;
}

async function listIds(field: string, filter: Record<string, unknown> = {}): Promise<{ ids: string[]; totalCount: number }> {
  const ids: string[] = [];
  let after: string | null = null;
  let totalCount = -1;
  for (let page = 0; page < 60; page++) {
    const data: Record<string, any> = ok(await query(corridor.graphqlUrl, `query ($filter: ${filterType(field)}, $after: String) { ${field}(filter: $filter, first: 50, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`, { filter, after }));
    const connection: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: { id: string } }[] } = data[field];
    totalCount = connection.totalCount;
    ids.push(...connection.edges.map((edge) => edge.node.id));
    if (!connection.pageInfo.hasNextPage) return { ids, totalCount };
    after = connection.pageInfo.endCursor;
  }
  throw new Error(`${field} did not end`);
}

function filterType(field: string): string {
  const kind = (Object.keys(LIST_FIELD) as EntityKind[]).find((candidate) => LIST_FIELD[candidate] === field)!;
  return `${kind[0]!.toUpperCase()}${kind.slice(1)}Filter`;
}

describe('the six sections and three lists, one corridor query each', () => {
  it.each(NEW_KINDS)('%s: every record once, paged to the end, as many as the dataset holds', async (kind) => {
    await eventually(async () => (await listIds(LIST_FIELD[kind])).totalCount === all(kind).length, 40, 300);
    const { ids, totalCount } = await listIds(LIST_FIELD[kind]);
    expect(totalCount).toBe(all(kind).length);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(all(kind).map((record) => record.id).sort());
  });

  it('counts the three lists as published: 311 resources, 298 demands, 196 cooperation items', async () => {
    const data = ok(await query(corridor.graphqlUrl, '{ carriers { totalCount } challenges { totalCount } cooperationItems { totalCount } technologyManagers { totalCount } }'));
    expect([data['carriers'].totalCount, data['challenges'].totalCount, data['cooperationItems'].totalCount, data['technologyManagers'].totalCount]).toEqual([311, 298, 196, 74]);
  });

  it('serves the two loans of the first corridor finance products with their banks', async () => {
    const data = ok(await query(corridor.graphqlUrl, `{ financeProducts(filter: { text: "沿沪宁" }, first: 50) { edges { node { name lender productKind servingMembers { slug } maxAmount { wan } url city { slug } } } } }`));
    const products = data['financeProducts'].edges.map((edge: { node: Record<string, unknown> }) => edge.node);
    expect(products).toEqual(expect.arrayContaining([expect.objectContaining({ name: '沿沪宁创新贷', lender: '上海银行' }), expect.objectContaining({ name: '沿沪宁产业创新贷', lender: '江苏银行' })]));
    const loan = products.find((product: { name: string }) => product.name === '沿沪宁创新贷');
    expect(loan.servingMembers.map((member: { slug: string }) => member.slug).sort()).toEqual(MEMBERS.map((member) => member.slug).sort());
    expect(loan.url).toMatch(/^https?:\/\//);
  });

  it('filters cooperation items by a member involved, and counts them by status', async () => {
    const involvingNantong = all('cooperation').filter((item) => item.members.includes('nantong'));
    const { totalCount } = await listIds('cooperationItems', { involving: ['nantong'] });
    expect(totalCount).toBe(involvingNantong.length);
    const data = ok(await query(corridor.graphqlUrl, '{ cooperationItems(first: 1) { facets { statuses { status count } cooperationKinds { cooperationKind count } cities { city { slug } count } } } }'));
    const statuses = data['cooperationItems'].facets.statuses as { status: string; count: number }[];
    expect(statuses.reduce((sum, bucket) => sum + bucket.count, 0)).toBe(196);
    for (const bucket of statuses) expect(bucket.count).toBe(all('cooperation').filter((item) => item.status === bucket.status).length);
  });

  it('filters achievements by readiness and transfer mode', async () => {
    const expected = all('achievement').filter((a) => a.trl !== null && a.trl >= 7 && a.transferModes.includes('LICENSE'));
    const { ids } = await listIds('achievements', { minTrl: 7, transferModes: ['LICENSE'] });
    expect([...ids].sort()).toEqual(expected.map((a) => a.id).sort());
    const refused = await query(corridor.graphqlUrl, '{ achievements(filter: { minTrl: 12 }) { totalCount } }');
    expect(refused.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });

  it('finds talent services near a point and orders them by distance', async () => {
    const centre = MEMBERS.find((member) => member.slug === 'putuo')!.centre;
    const data = ok(await query(corridor.graphqlUrl, `query ($c: GeoPointInput!) { talentServices(filter: { near: { center: $c, radiusKm: 30 } }, orderBy: DISTANCE, first: 100) { edges { distanceKm node { id serviceKind } } } }`, { c: centre }));
    const distances = data['talentServices'].edges.map((edge: { distanceKm: number }) => edge.distanceKm);
    expect(distances.length).toBeGreaterThan(0);
    expect([...distances].sort((a, b) => a - b)).toEqual(distances);
    expect(Math.max(...distances)).toBeLessThanOrEqual(30);
  });

  it('opens any record of any kind by id, with its place and how exact it is', async () => {
    for (const kind of ENTITY_KINDS) {
      const record = all(kind)[0]!;
      const data = ok(await query(corridor.graphqlUrl, `query ($id: ID!) { node(id: $id) { id __typename ... on ${interfaceOf(kind)} { url location { lat lng } locationPrecision } } }`, { id: record.id }));
      expect(data['node'].id).toBe(record.id);
      const exact = kind === 'carrier' || kind === 'talentService';
      expect(data['node'].locationPrecision).toBe(exact ? 'EXACT' : 'MEMBER_CENTRE');
    }
  });

  it('searches 成果 and finds achievements', async () => {
    const data = ok(await query(corridor.graphqlUrl, '{ search(text: "Chiplet", kinds: [ACHIEVEMENT, CONSORTIUM], first: 20) { totalCount edges { kind node { id } } } }'));
    const kinds = new Set(data['search'].edges.map((edge: { kind: string }) => edge.kind));
    expect(kinds).toEqual(new Set(['ACHIEVEMENT', 'CONSORTIUM']));
  });
});

function interfaceOf(kind: EntityKind): string {
  return `${kind[0]!.toUpperCase()}${kind.slice(1)}`;
}

describe('technology managers and consortia', () => {
  it('links a consortium to the challenges, achievements and cooperation items citing it, and back', async () => {
    const chiplet = all('consortium').find((consortium) => consortium.name.includes('Chiplet'))!;
    expect(chiplet.leadRole).toBe('ALLIANCE_LEADER');
    const data = ok(
      await query(
        corridor.graphqlUrl,
        `query ($code: String!) { consortium(code: $code) { id name leadOrganization leadRole partners members { slug } } }`,
        { code: chiplet.code },
      ),
    );
    expect(data['consortium']).toMatchObject({ name: chiplet.name, leadOrganization: chiplet.leadOrganization, leadRole: 'ALLIANCE_LEADER' });
    const linked = ok(
      await query(
        corridor.graphqlUrl,
        `query ($id: ID!) { node(id: $id) { ... on Consortium { achievements(first: 50) { id ... on Achievement { consortiumCode consortium { id } } } challenges(first: 50) { id } cooperationItems(first: 50) { id } } } }`,
        { id: chiplet.id },
      ),
    );
    const achievements = linked['node'].achievements as { id: string; consortiumCode: string; consortium: { id: string } }[];
    expect(achievements.map((a) => a.id).sort()).toEqual(all('achievement').filter((a) => a.consortiumCode === chiplet.code).map((a) => a.id).sort());
    for (const achievement of achievements) expect(achievement.consortium.id).toBe(chiplet.id);
    expect(linked['node'].challenges.length).toBe(all('challenge').filter((g) => g.consortiumCode === chiplet.code).length);
  });

  it("lists a challenge's assigned managers, and shows a manager's contact to identified callers only", async () => {
    const challenge = all('challenge').find((g) => g.technologyManagerIds.length > 0)!;
    const ask = `query ($id: ID!) { node(id: $id) { ... on Challenge { technologyManagers { id name contact { phone } } matchingTechnologyManagers(first: 3) { score reasons { kind } technologyManager { id } } matchingAchievements(first: 3) { score achievement { id } } } } }`;
    const anonymous = ok(await query(corridor.graphqlUrl, ask, { id: challenge.id }));
    expect(anonymous['node'].technologyManagers.map((m: { id: string }) => m.id).sort()).toEqual([...challenge.technologyManagerIds].sort());
    for (const manager of anonymous['node'].technologyManagers) expect(manager.contact).toBeNull();
    expect(anonymous['node'].matchingTechnologyManagers.length).toBeGreaterThan(0);
    const identified = ok(await query(corridor.graphqlUrl, ask, { id: challenge.id }, WUXI));
    expect(identified['node'].technologyManagers.some((m: { contact: { phone: string | null } | null }) => m.contact !== null)).toBe(true);
  });
});

describe('一图览全域: corridorMap', () => {
  const MAP = `query ($within: GeoBox, $zoom: Int, $kinds: [EntityKind!], $cities: [ID!]) {
    corridorMap(within: $within, zoom: $zoom, kinds: $kinds, cities: $cities) {
      totalCount pointsTruncated
      clusters { id count expansionZoom location { lat lng } countsByKind { kind count } }
      points { id kind title url locationPrecision city { slug } location { lat lng } }
    }
  }`;

  it('holds every record of the chosen kinds, as clusters and points, in one request', async () => {
    const data = ok(await query(corridor.graphqlUrl, MAP, { zoom: 6, kinds: ['CARRIER', 'CHALLENGE', 'COOPERATION'] }));
    const map = data['corridorMap'];
    const expected = all('carrier').length + all('challenge').length + all('cooperation').length;
    expect(map.totalCount).toBe(expected);
    const counted = map.clusters.reduce((sum: number, cluster: { count: number }) => sum + cluster.count, 0) + map.points.length;
    expect(counted).toBe(expected);
    for (const cluster of map.clusters) {
      expect(cluster.countsByKind.reduce((sum: number, entry: { count: number }) => sum + entry.count, 0)).toBe(cluster.count);
      expect(cluster.expansionZoom).toBeGreaterThan(6);
    }
  });

  it('splits clusters as the zoom grows, and a point carries its card and jump link', async () => {
    const far = ok(await query(corridor.graphqlUrl, MAP, { zoom: 4, kinds: ['CARRIER'] }))['corridorMap'];
    const near = ok(await query(corridor.graphqlUrl, MAP, { zoom: 17, kinds: ['CARRIER'] }))['corridorMap'];
    expect(far.clusters.length + far.points.length).toBeLessThan(near.clusters.length + near.points.length);
    const carrier = all('carrier')[0]!;
    const point = near.points.find((candidate: { id: string }) => candidate.id === carrier.id);
    expect(point).toMatchObject({ kind: 'CARRIER', title: carrier.name, url: carrier.url, locationPrecision: 'EXACT', location: carrier.location, city: { slug: carrier.city } });
  });

  it("puts records without a place at their member's centre and says so", async () => {
    const data = ok(await query(corridor.graphqlUrl, MAP, { zoom: 18, kinds: ['POLICY'], cities: ['zhenjiang'] }))['corridorMap'];
    const centre = MEMBERS.find((member) => member.slug === 'zhenjiang')!.centre;
    expect(data.totalCount).toBe(dataset.get('zhenjiang')!.policy.length);
    for (const point of data.points) expect(point).toMatchObject({ locationPrecision: 'MEMBER_CENTRE', location: centre });
  });

  it('narrows to a member and a viewport', async () => {
    const suzhou = ok(await query(corridor.graphqlUrl, MAP, { zoom: 8, kinds: ['CARRIER'], cities: ['suzhou'] }))['corridorMap'];
    expect(suzhou.totalCount).toBe(dataset.get('suzhou')!.carrier.length);
    const box = { south: 31.0, west: 120.3, north: 31.6, east: 121.0 };
    const boxed = ok(await query(corridor.graphqlUrl, MAP, { zoom: 18, kinds: ['CARRIER'], within: box }))['corridorMap'];
    const inside = all('carrier').filter((c) => c.location.lat >= box.south && c.location.lat <= box.north && c.location.lng >= box.west && c.location.lng <= box.east);
    expect(boxed.totalCount).toBe(inside.length);
  });

  it('refuses a zoom or a viewport that is not one, with the field named', async () => {
    for (const variables of [{ zoom: 42 }, { zoom: 3, within: { south: 32, west: 120, north: 31, east: 121 } }]) {
      const result = await query(corridor.graphqlUrl, MAP, variables);
      expect(result.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    }
  });
});

describe("the publisher's side", () => {
  it('lists its challenges, edits one, assigns it a technology manager and moves it into review, routed and idempotent', async () => {
    const published = ok(
      await query(
        corridor.graphqlUrl,
        `mutation ($input: PublishChallengeInput!) { publishChallenge(input: $input, idempotencyKey: "sections-publish-0001") { receipt { state } challenge { id } } }`,
        {
          input: {
            city: 'wuxi',
            title: 'Chiplet 互连可靠性加速评价方法攻关',
            description: '建立面向2.5D封装互连的热循环与电迁移加速评价方法，形成企业标准草案。',
            publisherKind: 'ENTERPRISE',
            industries: ['INTEGRATED_CIRCUITS'],
            technicalField: '先进封装',
            rewardYuan: 800_000,
            deadline: '2028-06-30',
            requirements: '具备可靠性实验室',
          },
        },
        WUXI,
      ),
    );
    expect(published['publishChallenge'].receipt.state).toBe('DELIVERED');
    const id = published['publishChallenge'].challenge.id as string;
    const mine = ok(await query(corridor.graphqlUrl, '{ myChallenges { id ... on Challenge { title status applicationCount applications { id } } } }', {}, WUXI));
    expect(mine['myChallenges'].map((challenge: { id: string }) => challenge.id)).toContain(id);
    const edit = `mutation ($id: ID!) { updateChallenge(input: { challengeId: $id, changes: { title: "Chiplet 互连可靠性加速评价方法联合攻关", rewardYuan: 1200000 } }, idempotencyKey: "sections-edit-0001") {
      receipt { state } challenge { id ... on Challenge { title reward { yuan } deadline } } } }`;
    const edited = ok(await query(corridor.graphqlUrl, edit, { id }, WUXI));
    expect(edited['updateChallenge']).toMatchObject({ receipt: { state: 'DELIVERED' }, challenge: { title: 'Chiplet 互连可靠性加速评价方法联合攻关', reward: { yuan: 1_200_000 }, deadline: '2028-06-30' } });
    const badEdit = await query(corridor.graphqlUrl, `mutation ($id: ID!) { updateChallenge(input: { challengeId: $id, changes: { rewardYuan: 5 } }, idempotencyKey: "sections-edit-0002") { receipt { state } } }`, { id }, WUXI);
    expect(badEdit.errors?.[0]?.extensions).toMatchObject({ code: 'REWARD_OUT_OF_RANGE', field: 'input.rewardYuan' });
    const manager = all('technologyManager').find((m) => m.industries.includes('INTEGRATED_CIRCUITS'))!;
    const assign = `mutation ($id: ID!, $manager: ID!) { assignTechnologyManager(input: { challengeId: $id, technologyManagerId: $manager }, idempotencyKey: "sections-assign-0001") {
      receipt { state } challenge { id ... on Challenge { technologyManagers { id name } } } } }`;
    const assigned = ok(await query(corridor.graphqlUrl, assign, { id, manager: manager.id }, WUXI));
    expect(assigned['assignTechnologyManager'].receipt.state).toBe('DELIVERED');
    expect(assigned['assignTechnologyManager'].challenge.technologyManagers).toEqual([{ id: manager.id, name: manager.name }]);
    const stranger = await query(corridor.graphqlUrl, assign, { id, manager: manager.id }, { authorization: `Bearer ${demoKey('org-nanjing-zijinshan')}` });
    expect(stranger.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    const review = `mutation ($id: ID!) { startReview(input: { challengeId: $id }, idempotencyKey: "sections-review-0001") { receipt { state } challenge { id ... on Challenge { status } } } }`;
    const first = ok(await query(corridor.graphqlUrl, review, { id }, WUXI));
    expect(first['startReview']).toMatchObject({ receipt: { state: 'DELIVERED' }, challenge: { status: 'UNDER_REVIEW' } });
    const again = ok(await query(corridor.graphqlUrl, review, { id }, WUXI));
    expect(again['startReview'].receipt.state).toBe('DELIVERED');
    const lateEdit = await query(corridor.graphqlUrl, edit.replace('sections-edit-0001', 'sections-edit-0003'), { id }, WUXI);
    expect(lateEdit.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_STATE', field: 'input.challengeId' });
    const anonymous = await query(corridor.graphqlUrl, '{ myChallenges { id } }');
    expect(anonymous.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
  });
});
