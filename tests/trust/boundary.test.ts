/**
 * The trust boundary in one process (the local corridor): subgraphs answer only what the hub
 * signed, a city caps `_entities` and batches its lookups, authorisation goes by organisation id,
 * and a write reaching a city's `/internal/writes` directly gets the corridor's own answer.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { demoKey, DEMO_ORGANIZATIONS } from '../../sandbox/identities.js';
import { startLocalCorridor, type LocalCorridor } from '../../sandbox/local-corridor.js';
import { MAX_REPRESENTATIONS } from '../../subgraphs/city/subgraph.js';
import { encodeIdentity, type Identity } from '../../subgraphs/identity.js';
import { IDENTITY_HEADER, WRITES_PATH } from '../../schema/wire.js';
import { query } from '../e2e/helpers.js';
import { hubRequest, send, signed } from './hub-request.js';

const identityOf = (organizationId: string): Identity => DEMO_ORGANIZATIONS.find((organization) => organization.identity.organizationId === organizationId)!.identity;
const ZIJINSHAN = identityOf('org-nanjing-zijinshan');
const SUZHOU_NANO = identityOf('org-suzhou-nano-packaging');
const READER = identityOf('org-changzhou-reader');
const bearer = (organizationId: string) => ({ authorization: `Bearer ${demoKey(organizationId)}` });

const ENTITIES = `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on NanjingChallenge { id title applications { applicantOrganization proposal contact { phone email } } } } }`;
const PUTUO_TITLES = `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on PutuoChallenge { id title } } }`;
const PUBLISH = `mutation ($input: PublishChallengeInput!, $key: String!) {
  publishChallenge(input: $input, idempotencyKey: $key) { receipt { state } challenge { id } }
}`;
const APPLY = `mutation ($input: ApplyToChallengeInput!, $key: String!) {
  applyToChallenge(input: $input, idempotencyKey: $key) { receipt { state } application { id } }
}`;

function challengeInput(overrides: Record<string, unknown> = {}) {
  return {
    city: 'nanjing',
    title: '高可靠车规级功率模块封装与热管理技术攻关',
    description: '面向新能源汽车主驱逆变器，研制高可靠车规级碳化硅功率模块封装与双面散热方案。',
    publisherKind: 'RESEARCH_INSTITUTE',
    industries: ['INTEGRATED_CIRCUITS'],
    technicalField: '功率半导体封装',
    rewardYuan: 2_000_000,
    deadline: '2028-06-30',
    requirements: '具备车规级可靠性测试能力',
    tags: ['揭榜挂帅'],
    ...overrides,
  };
}

/** A publish as the corridor hands it to the city: the rules' inputs, under a fresh key. */
function publishWrite(input: ReturnType<typeof challengeInput>, publisher: Identity) {
  const { city: _city, ...challenge } = input;
  return { idempotencyKey: `direct-${randomUUID()}`, fingerprint: randomUUID(), write: { operation: 'publishChallenge', challenge: { ...challenge, publisher: publisher.organizationName } } };
}

let corridor: LocalCorridor;
let nanjingUrl: string;
let putuoUrl: string;
let challengeId: string;

beforeAll(async () => {
  corridor = await startLocalCorridor({ ports: 'ephemeral', responseCacheSeconds: 0, entityFreshnessMs: 0, platformHttp: { retry: { maxRetries: 0 } } });
  nanjingUrl = corridor.cities.get('nanjing')!.url;
  putuoUrl = corridor.cities.get('putuo')!.url;
  const published = await query(corridor.graphqlUrl, PUBLISH, { input: challengeInput(), key: 'trust-boundary-publish-01' }, bearer('org-nanjing-zijinshan'));
  expect(published.errors).toBeUndefined();
  challengeId = published.data!['publishChallenge'].challenge.id;
  const applied = await query(
    corridor.graphqlUrl,
    APPLY,
    { input: { challengeId, proposal: '采用银烧结与双面散热结构，十二个月完成样品与可靠性验证。', contact: { phone: '0512-65881234', email: 'sic@example.com' } }, key: 'trust-boundary-apply-01' },
    bearer('org-suzhou-nano-packaging'),
  );
  expect(applied.errors).toBeUndefined();
}, 60_000);

afterAll(async () => {
  await corridor?.close();
});

const readApplications = (identity?: Identity) => ({ body: { query: ENTITIES, variables: { representations: [{ __typename: 'NanjingChallenge', id: challengeId }] } }, identity });

function expectUnsigned(answer: { status: number; body: unknown; text: string }) {
  expect(answer.status).toBe(401);
  expect(answer.body).toEqual({ errors: [{ message: expect.any(String), extensions: { code: 'UNSIGNED_REQUEST' } }] });
  // Nothing of what the request asked for comes back.
  expect(answer.text).not.toContain('sic@example.com');
  expect(answer.text).not.toContain('"data"');
}

describe('a subgraph called from outside the hub', () => {
  it('refuses an unsigned read of a city subgraph, and of the corridor', async () => {
    const { body } = signed(corridor.hubSecret, `${nanjingUrl}/graphql`, readApplications(ZIJINSHAN));
    expectUnsigned(await send(`${nanjingUrl}/graphql`, { headers: { 'content-type': 'application/json' }, body }));
    expectUnsigned(await send(`${corridor.corridor.url}/graphql`, { headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ challenges(first: 5) { totalCount } }' }) }));
  });

  it('answers the publisher when the hub signed the read, and refuses the same request sent again', async () => {
    const url = `${nanjingUrl}/graphql`;
    const request = signed(corridor.hubSecret, url, readApplications(ZIJINSHAN));
    const first = await send(url, request);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ data: { _entities: [{ id: challengeId, applications: [{ applicantOrganization: '苏州纳米先进封装研究院', contact: { email: 'sic@example.com' } }] }] } });
    expectUnsigned(await send(url, request));
  });

  it('refuses a signed request whose identity was swapped for another', async () => {
    const url = `${nanjingUrl}/graphql`;
    const asSuzhou = signed(corridor.hubSecret, url, readApplications(SUZHOU_NANO));
    expectUnsigned(await send(url, { ...asSuzhou, headers: { ...asSuzhou.headers, [IDENTITY_HEADER]: encodeIdentity(ZIJINSHAN) } }));
    const anonymous = signed(corridor.hubSecret, url, readApplications());
    expectUnsigned(await send(url, { ...anonymous, headers: { ...anonymous.headers, [IDENTITY_HEADER]: encodeIdentity(ZIJINSHAN) } }));
  });

  it('refuses a request signed with another secret, or with its body changed', async () => {
    const url = `${nanjingUrl}/graphql`;
    expectUnsigned(await hubRequest('not-the-hub-secret-at-all', url, readApplications(ZIJINSHAN)));
    const request = signed(corridor.hubSecret, url, readApplications(SUZHOU_NANO));
    expectUnsigned(await send(url, { ...request, body: request.body.replace('NanjingChallenge', 'NanjingChallenge ') }));
  });

  it('keeps /health open', async () => {
    expect((await send(`${nanjingUrl}/health`)).status).toBe(200);
    expect((await send(`${corridor.corridor.url}/health`)).status).toBe(200);
  });
});

describe('authorisation by organisation id', () => {
  it('refuses an organisation that carries the publisher\'s name under another id', async () => {
    const impostor: Identity = { ...ZIJINSHAN, organizationId: 'org-nanjing-impostor' };
    const answer = await hubRequest(corridor.hubSecret, `${nanjingUrl}/graphql`, readApplications(impostor));
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ errors: [{ extensions: { code: 'FORBIDDEN', field: 'applications' } }] });
    expect(answer.text).not.toContain('sic@example.com');
  });
});

describe('_entities at a city subgraph', () => {
  it(`refuses more than ${MAX_REPRESENTATIONS} representations before calling the platform`, async () => {
    const representations = Array.from({ length: MAX_REPRESENTATIONS + 1 }, (_, index) => ({ __typename: 'PutuoChallenge', id: `putuo:challenge:UNKNOWN-${index}` }));
    const before = corridor.sandbox.platforms.get('putuo')!.stats().total;
    const answer = await hubRequest(corridor.hubSecret, `${putuoUrl}/graphql`, { body: { query: PUTUO_TITLES, variables: { representations } } });
    expect(answer.body).toMatchObject({ data: null, errors: [{ extensions: { code: 'TOO_MANY_REPRESENTATIONS', limit: MAX_REPRESENTATIONS } }] });
    expect(corridor.sandbox.platforms.get('putuo')!.stats().total - before).toBe(0);
  });

  it('looks 300 unknown ids up in the platform\'s batch lookup, not one call each', async () => {
    const representations = Array.from({ length: 300 }, (_, index) => ({ __typename: 'PutuoChallenge', id: `putuo:challenge:NOT-THERE-${index}` }));
    const before = corridor.sandbox.platforms.get('putuo')!.stats().total;
    const answer = await hubRequest(corridor.hubSecret, `${putuoUrl}/graphql`, { body: { query: PUTUO_TITLES, variables: { representations } } });
    const body = answer.body as { data: { _entities: unknown[] }; errors: { extensions: Record<string, unknown> }[] };
    expect(body.data).toEqual({ _entities: representations.map(() => null) });
    expect(body.errors.map((error) => error.extensions)).toEqual(representations.map(({ id }) => ({ code: 'NOT_FOUND', city: 'putuo', id })));
    // Putuo's adapter sends 100 ids per `?ids=` call.
    expect(corridor.sandbox.platforms.get('putuo')!.stats().total - before).toBe(3);
  });
});

describe('a write handed straight to a city subgraph', () => {
  /** The error the gateway answers for a publish, and the one the city answers for the same write sent directly. */
  async function bothAnswers(input: ReturnType<typeof challengeInput>, caller: Identity) {
    const viaGateway = await query(corridor.graphqlUrl, PUBLISH, { input, key: `via-gateway-${randomUUID()}` }, bearer(caller.organizationId));
    const direct = await hubRequest(corridor.hubSecret, `${nanjingUrl}${WRITES_PATH}`, { body: publishWrite(input, caller), identity: caller });
    const gatewayError = viaGateway.errors?.[0];
    return { gateway: gatewayError && { code: gatewayError.extensions?.['code'], field: gatewayError.extensions?.['field'], message: gatewayError.message }, direct };
  }

  it.each([
    ['an organisation of another member city', challengeInput(), SUZHOU_NANO, 'FORBIDDEN'],
    ['an organisation without the publisher role', challengeInput({ city: 'changzhou' }), READER, 'FORBIDDEN'],
    ['a reward of 1e12 yuan', challengeInput({ rewardYuan: 1e12 }), ZIJINSHAN, 'REWARD_OUT_OF_RANGE'],
    ['a deadline in 2099', challengeInput({ deadline: '2099-12-31' }), ZIJINSHAN, 'BAD_USER_INPUT'],
    ['a deadline in the past', challengeInput({ deadline: '2020-01-01' }), ZIJINSHAN, 'DEADLINE_IN_PAST'],
    ['a title with a bidi override', challengeInput({ title: '功率模块\u202E封装技术攻关' }), ZIJINSHAN, 'BAD_USER_INPUT'],
    ['a description too short', challengeInput({ description: '太短' }), ZIJINSHAN, 'BAD_USER_INPUT'],
  ])('refuses %s with the corridor\'s own code and message', async (_case, input, caller, code) => {
    const { gateway, direct } = await bothAnswers(input, caller);
    expect(gateway?.code).toBe(code);
    expect(direct.status).toBe(422);
    expect((direct.body as { error: unknown }).error).toEqual(JSON.parse(JSON.stringify(gateway)));
  });

  it('refuses a write without an identity', async () => {
    const answer = await hubRequest(corridor.hubSecret, `${nanjingUrl}${WRITES_PATH}`, { body: publishWrite(challengeInput(), ZIJINSHAN) });
    expect(answer.status).toBe(401);
    expect(answer.body).toMatchObject({ error: { code: 'UNAUTHENTICATED' } });
  });

  it('accepts a write that passes the rules, publisher named by the signed identity whatever the body says', async () => {
    const write = publishWrite(challengeInput(), ZIJINSHAN);
    write.write.challenge.publisher = '苏州纳米先进封装研究院';
    const answer = await hubRequest(corridor.hubSecret, `${nanjingUrl}${WRITES_PATH}`, { body: write, identity: ZIJINSHAN });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ receipt: { state: 'DELIVERED', organizationId: ZIJINSHAN.organizationId }, challenge: { publisher: '紫金山实验室', publisherOrganizationId: ZIJINSHAN.organizationId } });
  });
});
