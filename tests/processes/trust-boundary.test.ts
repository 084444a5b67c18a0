/**
 * The trust boundary with every part in its own process: direct calls to a city subgraph and to
 * the corridor — unsigned, replayed, or with a forged identity — are refused with 401
 * UNSIGNED_REQUEST and leak nothing, while the same reads and writes through the gateway with a
 * demo key work, and `/health` stays open.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoKey, DEMO_ORGANIZATIONS } from '../../sandbox/identities.js';
import { encodeIdentity } from '../../subgraphs/identity.js';
import { IDENTITY_HEADER, WRITES_PATH } from '../../schema/wire.js';
import { query } from '../e2e/helpers.js';
import { send, signed } from '../trust/hub-request.js';
import { startSeparateCorridor, type SeparateCorridor } from './harness.js';

const ZIJINSHAN = DEMO_ORGANIZATIONS.find((organization) => organization.identity.organizationId === 'org-nanjing-zijinshan')!.identity;
const SUZHOU_NANO = DEMO_ORGANIZATIONS.find((organization) => organization.identity.organizationId === 'org-suzhou-nano-packaging')!.identity;
const APPLICATIONS = `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on NanjingChallenge { applications { applicantOrganization contact { phone email } } } } }`;
const PUBLISH = `mutation ($input: PublishChallengeInput!, $key: String!) { publishChallenge(input: $input, idempotencyKey: $key) { receipt { state } challenge { id } } }`;
const APPLY = `mutation ($input: ApplyToChallengeInput!, $key: String!) { applyToChallenge(input: $input, idempotencyKey: $key) { receipt { state } } }`;
const EMAIL = 'boundary@example.com';

let corridor: SeparateCorridor;
let challengeId: string;

beforeAll(async () => {
  corridor = await startSeparateCorridor();
}, 120_000);

afterAll(async () => {
  await corridor?.close();
});

function expectRefused(answer: { status: number; body: unknown; text: string }) {
  expect(answer.status).toBe(401);
  expect(answer.body).toEqual({ errors: [{ message: expect.any(String), extensions: { code: 'UNSIGNED_REQUEST' } }] });
  expect(answer.text).not.toContain(EMAIL);
  expect(answer.text).not.toContain('"data"');
}

const json = { 'content-type': 'application/json' };

describe('the hub split into processes', () => {
  it('publishes, applies and shows the applications with contacts through the gateway with demo keys', async () => {
    const published = await query(
      corridor.graphqlUrl,
      PUBLISH,
      {
        key: 'processes-trust-publish-01',
        input: {
          city: 'nanjing', title: '量子精密测量传感器芯片化技术攻关', description: '研制芯片级原子磁力计，灵敏度与体积指标达到国际先进水平。',
          publisherKind: 'RESEARCH_INSTITUTE', industries: ['INTEGRATED_CIRCUITS'], technicalField: '量子传感', rewardYuan: 1_500_000,
          deadline: '2028-09-30', requirements: '具备微纳加工平台',
        },
      },
      { authorization: `Bearer ${demoKey('org-nanjing-zijinshan')}` },
    );
    expect(published.errors).toBeUndefined();
    challengeId = published.data!['publishChallenge'].challenge.id;
    const applied = await query(
      corridor.graphqlUrl,
      APPLY,
      { key: 'processes-trust-apply-01', input: { challengeId, proposal: '采用MEMS气室与垂直腔面发射激光器集成方案，十五个月完成样片。', contact: { email: EMAIL } } },
      { authorization: `Bearer ${demoKey('org-suzhou-nano-packaging')}` },
    );
    expect(applied.errors).toBeUndefined();
    const seen = await query(corridor.graphqlUrl, `{ node(id: "${challengeId}") { ... on Challenge { applications { applicantOrganization contact { email } } } } }`, {}, { authorization: `Bearer ${demoKey('org-nanjing-zijinshan')}` });
    expect(seen).toEqual({ data: { node: { applications: [{ applicantOrganization: '苏州纳米先进封装研究院', contact: { email: EMAIL } }] } } });
  }, 60_000);

  it('refuses an unsigned, a replayed and a forged-identity read of a city subgraph\'s applications', async () => {
    const url = `${corridor.cityUrl('nanjing')}/graphql`;
    const read = { body: { query: APPLICATIONS, variables: { representations: [{ __typename: 'NanjingChallenge', id: challengeId }] } } };
    expectRefused(await send(url, { headers: json, body: JSON.stringify(read.body) }));
    const captured = signed(corridor.hubSecret, url, { ...read, identity: SUZHOU_NANO });
    expect((await send(url, captured)).status).toBe(200);
    expectRefused(await send(url, captured));
    const forged = signed(corridor.hubSecret, url, { ...read, identity: SUZHOU_NANO });
    expectRefused(await send(url, { ...forged, headers: { ...forged.headers, [IDENTITY_HEADER]: encodeIdentity(ZIJINSHAN) } }));
  });

  it('refuses unsigned and forged calls to a city subgraph\'s /internal/writes', async () => {
    const url = `${corridor.cityUrl('nanjing')}${WRITES_PATH}`;
    const write = { idempotencyKey: 'forged-write-0001', fingerprint: 'f', write: { operation: 'publishChallenge', challenge: { title: '伪造的榜单', rewardYuan: 1e12, deadline: '2099-01-01' } } };
    expectRefused(await send(url, { headers: { ...json, [IDENTITY_HEADER]: encodeIdentity(ZIJINSHAN) }, body: JSON.stringify(write) }));
    expectRefused(await send(`${url}?idempotencyKey=processes-trust-publish-01`, { headers: { [IDENTITY_HEADER]: encodeIdentity(ZIJINSHAN) } }));
    const forged = signed('a-guessed-secret-of-some-length', url, { body: write, identity: ZIJINSHAN });
    expectRefused(await send(url, forged));
  });

  it('refuses unsigned lists and writes at the corridor', async () => {
    const url = `${corridor.corridorUrl}/graphql`;
    expectRefused(await send(url, { headers: json, body: JSON.stringify({ query: '{ challenges(first: 5) { totalCount edges { node { id } } } }' }) }));
    const mutation = { query: PUBLISH, variables: { key: 'forged-corridor-0001', input: { city: 'nanjing', title: '伪造的榜单标题', description: '伪造的榜单描述文字足够长', publisherKind: 'RESEARCH_INSTITUTE', industries: ['INTEGRATED_CIRCUITS'], technicalField: '伪造', rewardYuan: 1e12, deadline: '2099-01-01', requirements: '无' } } };
    expectRefused(await send(url, { headers: { ...json, [IDENTITY_HEADER]: encodeIdentity(ZIJINSHAN) }, body: JSON.stringify(mutation) }));
  });

  it('keeps /health open on the subgraphs', async () => {
    expect((await send(`${corridor.cityUrl('nanjing')}/health`)).status).toBe(200);
    expect((await send(`${corridor.corridorUrl}/health`)).status).toBe(200);
  });
});
