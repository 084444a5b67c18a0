import { request } from 'undici';
import { describe, expect, it } from 'vitest';
import type { CarrierLevel } from '../../schema/contract.js';
import { getMember } from '../../schema/registry.js';
import { buildMemberDataset } from '../../sandbox/dataset/index.js';
import { localId, requestJson, standInForFile } from './harness.js';

const GRADES: Record<CarrierLevel, string> = { NATIONAL: 'STATE', PROVINCIAL: 'PROVINCE', MUNICIPAL: 'CITY', DISTRICT: 'DISTRICT', OTHER: 'OTHER' };

const PUBLISH = `mutation($input: PublishDemandInput!) {
  publishDemand(input: $input) { demand { id title status applicationCount rewardWan publisher { name type typeOther } industries industryOther labels } userErrors { code message } }
}`;
const APPLY = `mutation($input: ApplyForDemandInput!) {
  applyForDemand(input: $input) { application { id demandId applicantOrg state contact { person phone email } } userErrors { code message } }
}`;

const newDemand = {
  title: '生物药连续流纯化工艺开发',
  description: '单抗下游纯化由批次工艺转为连续流工艺，收率提升10%以上。',
  publisher: { name: '苏州某生物制药有限公司', type: 'OTHER', typeOther: '新型研发企业' },
  industries: ['BIOPHARMA', 'AI'],
  technicalField: '生物工艺',
  rewardWan: 250,
  deadline: '2099-06-30',
  requirements: '具备GMP中试条件',
  labels: ['揭榜挂帅'],
};

describe('the Suzhou stand-in (its own GraphQL API, Relay cursors, nodes(ids:), userErrors)', () => {
  // More than one capped page of every kind, so the cap and the cursors both show.
  const dataset = buildMemberDataset('suzhou', { perKind: 120 });
  const platform = standInForFile('suzhou', dataset);

  const graphql = (method: 'GET' | 'POST', query: string, variables: Record<string, unknown> = {}) =>
    method === 'GET'
      ? requestJson('GET', `${platform.url}/graphql?${new URLSearchParams({ query, variables: JSON.stringify(variables) })}`)
      : requestJson('POST', `${platform.url}/graphql`, { query, variables });

  it('visits every record exactly once by following endCursor, with opaque base64 cursors', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 50; page++) {
      const { json } = await graphql('GET', 'query($after: String) { carriers(first: 17, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } } }', { after });
      const connection = json.data.carriers;
      expect(connection.totalCount).toBe(dataset.carrier.length);
      for (const edge of connection.edges) {
        expect(edge.cursor).toMatch(/^[A-Za-z0-9+/]+=*$/);
        seen.push(edge.node.id);
      }
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect(seen).toEqual(dataset.carrier.map((c) => localId(c.id)));
  });

  it('serves the new kinds as types and connections of its own, with its enums, 万元 and the cities\' Chinese names', async () => {
    const { json } = await graphql('GET', '{ techBrokers(first: 3) { totalCount edges { node { id name employer specialties qualifications bio } } } }');
    expect(json.data.techBrokers.totalCount).toBe(dataset.technologyManager.length);
    const broker = dataset.technologyManager[0]!;
    expect(json.data.techBrokers.edges[0].node).toEqual({
      id: localId(broker.id),
      name: broker.name,
      employer: broker.organization,
      specialties: broker.technicalFields,
      qualifications: broker.certifications,
      bio: broker.profile,
    });

    const negotiable = dataset.achievement.find((achievement) => achievement.askingPriceYuan === null && achievement.maturity === 'PILOT')!;
    const project = dataset.cooperation[0]!;
    const { json: looked } = await graphql(
      'GET',
      'query($ids: [ID!]!) { nodes(ids: $ids) { __typename ... on TechAchievement { stage askingPriceWan } ... on CooperationProject { cities } } }',
      { ids: [localId(negotiable.id), localId(project.id)] },
    );
    expect(looked.data.nodes).toEqual([
      { __typename: 'TechAchievement', stage: 'PILOT', askingPriceWan: null },
      { __typename: 'CooperationProject', cities: project.members.map((slug) => getMember(slug).nameZh) },
    ]);
  });

  it('caps first at 100 and says there is more', async () => {
    const { json } = await graphql('GET', '{ policies(first: 500) { pageInfo { hasNextPage } edges { node { id } } } }');
    expect(json.data.policies.edges).toHaveLength(100);
    expect(json.data.policies.pageInfo.hasNextPage).toBe(true);
  });

  it('answers an invalid after cursor with a GraphQL error and no data', async () => {
    const { status, json } = await graphql('GET', '{ demands(first: 5, after: "not-a-cursor") { totalCount } }');
    expect(status).toBe(200);
    expect(json.data).toBeNull();
    expect(json.errors).toEqual([expect.objectContaining({ message: expect.stringContaining('not a valid cursor'), extensions: { code: 'BAD_USER_INPUT' } })]);
  });

  it('looks up several ids of any kind in one query, in order, with null for unknown ids', async () => {
    const policy = localId(dataset.policy[5]!.id);
    const carrier = localId(dataset.carrier[2]!.id);
    const { json } = await graphql('GET', 'query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }', { ids: [carrier, 'NO-SUCH-ID', policy, carrier] });
    expect(json.data.nodes).toEqual([
      { __typename: 'Carrier', id: carrier },
      null,
      { __typename: 'Policy', id: policy },
      { __typename: 'Carrier', id: carrier },
    ]);
  });

  it('speaks its own enum codes with the platform label beside OTHER, money in 万元 and ISO dates', async () => {
    const withCeiling = dataset.policy.find((p) => p.maxSupportYuan !== null && p.categories.includes('OTHER'))!;
    const { json } = await graphql('GET', 'query($ids: [ID!]!) { nodes(ids: $ids) { ... on Policy { themes themeOther maxSupportWan issuedOn updatedAt labels } } }', { ids: [localId(withCeiling.id)] });
    const [native] = json.data.nodes;
    expect(native.themes).toContain('OTHER');
    expect(native.themeOther).toBe(withCeiling.tags[0]);
    expect(native.maxSupportWan * 10_000).toBeCloseTo(withCeiling.maxSupportYuan!, 6);
    expect(native).toMatchObject({ issuedOn: withCeiling.publishedOn, updatedAt: withCeiling.sourceUpdatedAt, labels: withCeiling.tags });

    const carrier = dataset.carrier[0]!;
    const answer = await graphql('GET', 'query($ids: [ID!]!) { nodes(ids: $ids) { ... on Carrier { grade gradeOther vacantArea coordinates { latitude longitude } } } }', { ids: [localId(carrier.id)] });
    expect(answer.json.data.nodes[0]).toEqual({
      grade: GRADES[carrier.level],
      gradeOther: carrier.level === 'OTHER' ? carrier.tags[0] : null,
      vacantArea: carrier.freeArea,
      coordinates: { latitude: carrier.location.lat, longitude: carrier.location.lng },
    });
  });

  it('refuses a mutation sent by GET with 405', async () => {
    const { status, json } = await graphql('GET', PUBLISH, { input: newDemand });
    expect(status).toBe(405);
    expect(json.errors[0].message).toContain('POST');
  });

  it('publishes a demand, takes an application, lists it and follows it up', async () => {
    const published = await graphql('POST', PUBLISH, { input: newDemand });
    expect(published.json.data.publishDemand.userErrors).toEqual([]);
    const demand = published.json.data.publishDemand.demand;
    expect(demand).toMatchObject({
      title: newDemand.title,
      status: 'SOLICITING',
      applicationCount: 0,
      rewardWan: 250,
      publisher: newDemand.publisher,
      industries: ['BIOPHARMA', 'AI'],
      industryOther: null,
    });
    // The OTHER label written beside the code is kept first among the demand's labels.
    expect(demand.labels).toEqual(['新型研发企业', '揭榜挂帅']);

    const applied = await graphql('POST', APPLY, {
      input: { demandId: demand.id, applicantOrg: '南通某生物技术研究院', applicantCity: 'nantong', proposal: '多柱连续层析方案。', contact: { person: '陈工', phone: null, email: 'chen@example.com' } },
    });
    const application = applied.json.data.applyForDemand.application;
    expect(application).toMatchObject({ demandId: demand.id, state: 'SUBMITTED', contact: { person: '陈工', phone: null, email: 'chen@example.com' } });

    const listed = await graphql('GET', 'query($id: ID!) { node(id: $id) { ... on Demand { applicationCount applications { id } } } }', { id: demand.id });
    expect(listed.json.data.node).toEqual({ applicationCount: 1, applications: [{ id: application.id }] });

    const selected = await graphql('POST', 'mutation($input: UpdateApplicationStateInput!) { updateApplicationState(input: $input) { application { state } userErrors { code } } }', {
      input: { applicationId: application.id, state: 'SELECTED' },
    });
    expect(selected.json.data.updateApplicationState).toEqual({ application: { state: 'SELECTED' }, userErrors: [] });

    const matched = await graphql('POST', 'mutation($input: UpdateDemandStatusInput!) { updateDemandStatus(input: $input) { demand { status } userErrors { code } } }', {
      input: { demandId: demand.id, status: 'MATCHED' },
    });
    expect(matched.json.data.updateDemandStatus).toEqual({ demand: { status: 'MATCHED' }, userErrors: [] });

    const late = await graphql('POST', APPLY, {
      input: { demandId: demand.id, applicantOrg: '另一家研究院', applicantCity: 'wuxi', proposal: '方案', contact: {} },
    });
    expect(late.json.data.applyForDemand).toEqual({ application: null, userErrors: [{ code: 'DEMAND_NOT_OPEN', message: expect.stringContaining('not open') }] });
  });

  it('reports a write on an unknown demand as a NOT_FOUND userError, not a GraphQL error', async () => {
    const { status, json } = await graphql('POST', APPLY, {
      input: { demandId: 'NO-SUCH-DEMAND', applicantOrg: '某企业', applicantCity: 'suzhou', proposal: '方案', contact: {} },
    });
    expect(status).toBe(200);
    expect(json.errors).toBeUndefined();
    expect(json.data.applyForDemand.userErrors).toEqual([{ code: 'NOT_FOUND', message: expect.stringContaining('NO-SUCH-DEMAND') }]);
  });

  it('serves malformed records with an empty title or name while the id stays readable', async () => {
    platform.faults.update({ malformedFraction: 0.25 });
    const broken = dataset.policy.find((p) => platform.faults.isMalformed(p.id))!;
    const { json } = await graphql('GET', 'query($ids: [ID!]!) { nodes(ids: $ids) { ... on Policy { id title } } }', { ids: [localId(broken.id)] });
    expect(json.data.nodes[0]).toEqual({ id: localId(broken.id), title: '' });
  });

  it('answers injected failures in GraphQL error form with the harness status', async () => {
    platform.faults.update({ errorRate: 1 });
    const failed = await graphql('GET', '{ policies(first: 1) { totalCount } }');
    expect(failed.status).toBe(500);
    expect(failed.json).toEqual({ errors: [{ message: expect.any(String), extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });

    platform.faults.update({ errorRate: 0, rateLimit: { requests: 1, windowMs: 60_000 } });
    await graphql('GET', '{ policies(first: 1) { totalCount } }');
    const limited = await request(`${platform.url}/graphql?query=${encodeURIComponent('{ policies(first: 1) { totalCount } }')}`);
    expect(limited.statusCode).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(await limited.body.json()).toEqual({ errors: [{ message: expect.any(String), extensions: { code: 'RATE_LIMITED' } }] });
  });
});
