/**
 * Operation limits at the gateway's edge, over real HTTP: each refusal is a 400 with its own
 * code, reaches no subgraph, and the next ordinary query is answered.
 */
import { parse, getOperationAST } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256 } from '../../gateway/api-keys.js';
import { estimateCost } from '../../gateway/cost.js';
import { DEFAULT_OPERATION_LIMITS } from '../../gateway/limits.js';
import { buildWorkloads, WORKLOAD_IDS } from '../../bench/workloads.js';
import { buildCorridorDataset } from '../../sandbox/dataset/index.js';
import { startLocalCorridor, type LocalCorridor } from '../../sandbox/local-corridor.js';
import { codeOf, post, startEdgeGateway, type EdgeGateway } from './helpers.js';

const BULK_KEY = 'test-bulk-export-key';
const ORDINARY = '{ challenges(first: 2) { totalCount edges { node { id title } } } }';

let corridor: LocalCorridor;
let edge: EdgeGateway;
let closedEdge: EdgeGateway;

beforeAll(async () => {
  corridor = await startLocalCorridor({ ports: 'ephemeral' });
  edge = await startEdgeGateway(corridor, {
    extraKeys: [
      {
        keySha256: sha256(BULK_KEY),
        organizationId: 'org-test-bulk',
        organizationName: '测试数据导出',
        city: 'suzhou',
        roles: [],
        limits: { maxCost: 20_000 },
      },
    ],
  });
  closedEdge = await startEdgeGateway(corridor, { introspection: false });
});

afterAll(async () => {
  await closedEdge?.close();
  await edge?.close();
  await corridor?.close();
});

/** The cross-member matching chain from a challenge, `levels` lists deep, every list 50 long. */
function nestedMatching(levels: number): string {
  let inner = 'id';
  for (let level = levels; level > 0; level--) {
    inner = level % 2 === 1 ? `matchingCarriers(first: 50) { carrier { ${inner} } }` : `openChallenges(first: 50) { challenge { ${inner} } }`;
  }
  return `{ node(id: "wuxi:challenge:WX-G-000001") { ... on Challenge { ${inner} } } }`;
}

/** Sends an operation the edge must refuse: 400, the code, no subgraph called, and the next query answered. */
async function expectRefused(gateway: EdgeGateway, payload: unknown, code: string, headers: Record<string, string> = {}) {
  const before = gateway.subgraphCalls();
  const answer = await post(gateway.graphqlUrl, payload, headers);
  expect(answer.status).toBe(400);
  expect(codeOf(answer)).toBe(code);
  expect(answer.body.data).toBeUndefined();
  expect(gateway.subgraphCalls()).toBe(before);
  const next = await post(gateway.graphqlUrl, { query: ORDINARY });
  expect(next.status).toBe(200);
  expect(next.body.errors).toBeUndefined();
  expect(next.body.data.challenges.edges).toHaveLength(2);
  return answer.body.errors[0];
}

describe('operation limits', () => {
  it('refuses the nested cross-member query four lists deep by its cost, naming cost and limit', async () => {
    const error = await expectRefused(edge, { query: nestedMatching(4) }, 'QUERY_TOO_COMPLEX');
    expect(error.extensions.limit).toBe(DEFAULT_OPERATION_LIMITS.maxCost);
    // 50 carriers × 50 challenges × 50 carriers × 50 challenges, each with its own object.
    expect(error.extensions.cost).toBeGreaterThan(50 ** 4);
  });

  it('refuses the nested cross-member query ten lists deep as too deep', async () => {
    const error = await expectRefused(edge, { query: nestedMatching(10) }, 'QUERY_TOO_DEEP');
    expect(error.extensions.limit).toBe(DEFAULT_OPERATION_LIMITS.maxDepth);
  });

  const aliasedSearches = (count: number) => `{ ${Array.from({ length: count }, (_, i) => `s${i}: search(text: "芯片", first: 100) { totalCount }`).join(' ')} }`;

  it('refuses 300 aliased searches while parsing, by their length', async () => {
    // 3,600 tokens: the parser stops at the token limit before anything counts aliases.
    const error = await expectRefused(edge, { query: aliasedSearches(300) }, 'TOO_MANY_TOKENS');
    expect(error.extensions.limit).toBe(DEFAULT_OPERATION_LIMITS.maxTokens);
  });

  it('refuses more aliases than the limit in a short document', async () => {
    const error = await expectRefused(edge, { query: aliasedSearches(DEFAULT_OPERATION_LIMITS.maxAliases + 1) }, 'TOO_MANY_ALIASES');
    expect(error.extensions.limit).toBe(DEFAULT_OPERATION_LIMITS.maxAliases);
  });

  it('refuses a document with too many tokens', async () => {
    const query = `{ challenges(first: 1) { ${'totalCount '.repeat(DEFAULT_OPERATION_LIMITS.maxTokens)} } }`;
    await expectRefused(edge, { query }, 'TOO_MANY_TOKENS');
  });

  it('refuses too many directives', async () => {
    const query = `{ challenges(first: 1) { ${'totalCount @include(if: true) '.repeat(DEFAULT_OPERATION_LIMITS.maxDirectives + 1)} } }`;
    await expectRefused(edge, { query }, 'TOO_MANY_DIRECTIVES');
  });

  it('refuses too many top-level fields', async () => {
    const query = `{ ${'cities { slug } '.repeat(DEFAULT_OPERATION_LIMITS.maxRootFields + 1)} }`;
    await expectRefused(edge, { query }, 'TOO_MANY_ROOT_FIELDS');
  });

  it('refuses 100 KB of search text (34,000 characters) as BAD_USER_INPUT naming the argument', async () => {
    const error = await expectRefused(edge, { query: 'query Find($text: String!) { search(text: $text, first: 5) { totalCount } }', variables: { text: '芯'.repeat(34_000) } }, 'BAD_USER_INPUT');
    expect(error.extensions.field).toBe('text');
  });

  it('refuses long filter text written into the document, naming the input field', async () => {
    const error = await expectRefused(edge, { query: `{ challenges(filter: { text: "${'封装'.repeat(300)}" }) { totalCount } }` }, 'BAD_USER_INPUT');
    expect(error.extensions.field).toBe('filter.text');
  });

  it('sizes lists by their first argument given in a variable', async () => {
    const query = 'query Page($n: Int) { challenges(first: $n) { edges { node { matchingCarriers(first: 50) { carrier { name } } } } } }';
    await expectRefused(edge, { query, variables: { n: 100 } }, 'QUERY_TOO_COMPLEX');
    const small = await post(edge.graphqlUrl, { query, variables: { n: 2 } });
    expect(small.status).toBe(200);
    expect(small.body.errors).toBeUndefined();
    expect(small.body.data.challenges.edges).toHaveLength(2);
  });

  it('counts what named fragments select', async () => {
    const query = `query Page { challenges(first: 100) { edges { node { ...Matches } } } }
      fragment Matches on Challenge { matchingCarriers(first: 50) { carrier { ...Where } } }
      fragment Where on Carrier { city { nameZh } }`;
    await expectRefused(edge, { query }, 'QUERY_TOO_COMPLEX');
  });

  it('lets a key whose entry raises the cost limit through, and still refuses the same document anonymously', async () => {
    const query = '{ challenges(first: 100) { edges { node { id matchingCarriers(first: 50) { score } } } } }';
    const keyed = await post(edge.graphqlUrl, { query }, { authorization: `Bearer ${BULK_KEY}` });
    expect(keyed.status).toBe(200);
    expect(keyed.body.errors).toBeUndefined();
    expect(keyed.body.data.challenges.edges).toHaveLength(100);
    // The gateway has now validated this document once; the anonymous caller's limits still apply.
    await expectRefused(edge, { query }, 'QUERY_TOO_COMPLEX');
  });

  it('answers the README examples and every benchmark workload at the default limits', async () => {
    const readme = [
      `{ challenges(filter: { statuses: [OPEN], industries: [INTEGRATED_CIRCUITS], reward: { minYuan: 2000000 } }, orderBy: REWARD, first: 2) {
          totalCount edges { node { title publisher reward { wan } deadline city { nameZh } } } pageInfo { hasNextPage endCursor }
          facets { cities { city { slug } count } industries { industry count } } } }`,
      '{ search(text: "人才公寓", kinds: [POLICY], first: 2) { totalCount edges { score snippet node { id ... on Policy { title issuer status city { nameZh } } } } } }',
      `{ node(id: "wuxi:challenge:WX-G-000001") { ... on Challenge { title reward { wan }
          matchingCarriers(first: 2) { score distanceKm reasons { detail } carrier { name kind city { nameZh } } } } } }`,
      '{ cities { slug nameZh status { state lagSeconds lastError quarantinedRecords } } }',
    ].map((query) => ({ query, variables: {} }));
    const workloads = buildWorkloads(buildCorridorDataset({}));
    const bench = WORKLOAD_IDS.flatMap((id) => Array.from({ length: 5 }, (_, i) => workloads.get(id)!.request(i)));
    for (const request of [...readme, ...bench]) {
      const answer = await post(edge.graphqlUrl, request);
      expect(answer.status, request.query).toBe(200);
      expect(answer.body.errors, request.query).toBeUndefined();
    }
    // The figures the README gives for the defaults.
    const schema = edge.gateway.gateway.schema!;
    const costOf = (request: { query: string; variables: Record<string, unknown> }) => {
      const document = parse(request.query);
      return estimateCost(schema, document, getOperationAST(document)!, request.variables);
    };
    expect(readme.map(costOf)).toEqual([41, 7, 28, 20]);
    expect(WORKLOAD_IDS.map((id) => costOf(workloads.get(id)!.request(0)))).toEqual([202, 16, 41, 42, 141, 202]);
  });
});

describe('introspection', () => {
  it('is answered when on (the development default)', async () => {
    const answer = await post(edge.graphqlUrl, { query: '{ __schema { queryType { name } } }' });
    expect(answer.status).toBe(200);
    expect(answer.body.data.__schema.queryType.name).toBe('Query');
  });

  it('is refused with INTROSPECTION_DISABLED when off, through fragments too', async () => {
    await expectRefused(closedEdge, { query: '{ __schema { queryType { name } } }' }, 'INTROSPECTION_DISABLED');
    await expectRefused(closedEdge, { query: '{ ...T } fragment T on Query { __type(name: "Challenge") { name } }' }, 'INTROSPECTION_DISABLED');
    const typename = await post(closedEdge.graphqlUrl, { query: '{ __typename }' });
    expect(typename.body).toEqual({ data: { __typename: 'Query' } });
  });

  it('gives no field suggestions when off, and does when on', async () => {
    const typo = { query: '{ chalenges(first: 1) { totalCount } }' };
    const closed = await post(closedEdge.graphqlUrl, typo);
    expect(closed.status).toBe(400);
    expect(codeOf(closed)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(closed.body.errors[0].message).not.toMatch(/challenges/);
    const open = await post(edge.graphqlUrl, typo);
    expect(open.body.errors[0].message).toMatch(/Did you mean "challenges"/);
  });
});
