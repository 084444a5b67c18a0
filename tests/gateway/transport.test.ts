/**
 * The gateway's transport edge over real HTTP: body size, content type, malformed JSON, CSRF
 * prevention, CORS, and rate limits per key and per address. Each refusal has its status and
 * code, reaches no subgraph, and leaves the gateway answering.
 */
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256 } from '../../gateway/api-keys.js';
import { startLocalCorridor, type LocalCorridor } from '../../sandbox/local-corridor.js';
import { eventually } from '../e2e/helpers.js';
import { codeOf, post, startEdgeGateway, type EdgeGateway } from './helpers.js';

const ORDINARY = { query: '{ cities { slug } }' };
const ALLOWED_ORIGIN = 'http://localhost:5173';
const OWN_RATE_KEY = 'test-own-rate-key';

let corridor: LocalCorridor;
let edge: EdgeGateway;
let throttled: EdgeGateway;

beforeAll(async () => {
  corridor = await startLocalCorridor({ ports: 'ephemeral' });
  edge = await startEdgeGateway(corridor, { corsOrigins: ['http://localhost:*'], maxBodyBytes: 64 * 1024 });
  throttled = await startEdgeGateway(corridor, {
    rateLimits: { anonymous: { perMinute: 60, burst: 3 }, key: { perMinute: 60, burst: 5 } },
    extraKeys: [{ keySha256: sha256(OWN_RATE_KEY), organizationId: 'org-test-rate', organizationName: '测试限流', city: 'wuxi', roles: [], rateLimit: { perMinute: 600, burst: 20 } }],
  });
});

afterAll(async () => {
  await throttled?.close();
  await edge?.close();
  await corridor?.close();
});

async function expectOrdinaryAnswered(gateway: EdgeGateway) {
  const answer = await post(gateway.graphqlUrl, ORDINARY);
  expect(answer.status).toBe(200);
  expect(answer.body.data.cities.length).toBeGreaterThan(0);
}

describe('transport', () => {
  it('refuses a body over the limit with 413 PAYLOAD_TOO_LARGE before reading it whole', async () => {
    const before = edge.subgraphCalls();
    const answer = await post(edge.graphqlUrl, { query: '{ cities { slug } }', variables: { padding: 'x'.repeat(200 * 1024) } });
    expect(answer.status).toBe(413);
    expect(codeOf(answer)).toBe('PAYLOAD_TOO_LARGE');
    expect(edge.subgraphCalls()).toBe(before);
    await expectOrdinaryAnswered(edge);
  });

  it('answers malformed JSON with 400 and a GraphQL error body', async () => {
    const answer = await post(edge.graphqlUrl, '{"query": "{ cities { slug } }"');
    expect(answer.status).toBe(400);
    expect(answer.body).toEqual({ errors: [{ message: expect.any(String), extensions: { code: 'BAD_REQUEST' } }] });
    await expectOrdinaryAnswered(edge);
  });

  it('answers a POST that is not JSON with 415 UNSUPPORTED_MEDIA_TYPE', async () => {
    const answer = await post(edge.graphqlUrl, '{ cities { slug } }', { 'content-type': 'text/plain' });
    expect(answer.status).toBe(415);
    expect(codeOf(answer)).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('refuses a simple GET a browser could send across sites (CSRF prevention), and answers one with the preflight header', async () => {
    const url = `${edge.graphqlUrl}?query=${encodeURIComponent('{ cities { slug } }')}`;
    const simple = await request(url);
    expect(simple.statusCode).toBe(400);
    await simple.body.dump();
    const preflighted = await request(url, { headers: { 'apollo-require-preflight': 'true' } });
    expect(preflighted.statusCode).toBe(200);
    expect(((await preflighted.body.json()) as { data: { cities: unknown[] } }).data.cities.length).toBeGreaterThan(0);
  });
});

describe('CORS', () => {
  it('answers a preflight from an allowed origin with 204 and the methods and headers it may use', async () => {
    const answer = await request(edge.graphqlUrl, { method: 'OPTIONS', headers: { origin: ALLOWED_ORIGIN, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, authorization' } });
    expect(answer.statusCode).toBe(204);
    expect(answer.headers['access-control-allow-origin']).toBe(ALLOWED_ORIGIN);
    expect(String(answer.headers['access-control-allow-methods'])).toContain('POST');
    expect(String(answer.headers['access-control-allow-headers']).toLowerCase()).toContain('authorization');
    await answer.body.dump();
  });

  it('lets an allowed origin read the answer of a POST', async () => {
    const answer = await post(edge.graphqlUrl, ORDINARY, { origin: ALLOWED_ORIGIN });
    expect(answer.status).toBe(200);
    expect(answer.headers['access-control-allow-origin']).toBe(ALLOWED_ORIGIN);
  });

  it('gives another origin no permission', async () => {
    const preflight = await request(edge.graphqlUrl, { method: 'OPTIONS', headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' } });
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
    await preflight.body.dump();
    const answer = await post(edge.graphqlUrl, ORDINARY, { origin: 'https://evil.example' });
    expect(answer.headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe('rate limits', () => {
  it('gives an anonymous address its burst, then 429 RATE_LIMITED with Retry-After, and lets it back once the bucket refills', async () => {
    const answers = [];
    for (let i = 0; i < 4; i++) answers.push(await post(throttled.graphqlUrl, ORDINARY));
    expect(answers.slice(0, 3).map((answer) => answer.status)).toEqual([200, 200, 200]);
    const refused = answers[3]!;
    expect(refused.status).toBe(429);
    expect(codeOf(refused)).toBe('RATE_LIMITED');
    const retryAfter = Number(refused.headers['retry-after']);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(refused.body.errors[0].extensions.retryAfterSeconds).toBe(retryAfter);
    await eventually(async () => (await post(throttled.graphqlUrl, ORDINARY)).status === 200, 40, 250);
  });

  it('keeps a key in a bucket of its own, apart from its address', async () => {
    let addressStatus = 200;
    for (let i = 0; i < 10 && addressStatus === 200; i++) addressStatus = (await post(throttled.graphqlUrl, ORDINARY)).status;
    expect(addressStatus).toBe(429);
    const withKey = await post(throttled.graphqlUrl, ORDINARY, { authorization: 'Bearer demo-wuxi-zhongwei' });
    expect(withKey.status).toBe(200);
  });

  it('gives a key whose entry sets its own rate that rate', async () => {
    const statuses = [];
    for (let i = 0; i < 12; i++) statuses.push((await post(throttled.graphqlUrl, ORDINARY, { authorization: `Bearer ${OWN_RATE_KEY}` })).status);
    expect(statuses.every((status) => status === 200)).toBe(true);
    const ordinaryKey = [];
    for (let i = 0; i < 7; i++) ordinaryKey.push((await post(throttled.graphqlUrl, ORDINARY, { authorization: 'Bearer demo-putuo-chemical' })).status);
    expect(ordinaryKey).toContain(429);
  });
});
