import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoKey } from '../../sandbox/identities.js';
import { startLocalCorridor, type LocalCorridor } from '../../sandbox/local-corridor.js';

const LIST = JSON.stringify({ query: '{ challenges(filter: { statuses: [OPEN] }, first: 20) { totalCount edges { node { id title reward { wan } } } } }' });

let corridor: LocalCorridor;

beforeAll(async () => {
  corridor = await startLocalCorridor({ ports: 'ephemeral', responseCacheSeconds: 30, entityFreshnessMs: 60_000 });
});
afterAll(async () => {
  await corridor?.close();
});

async function post(headers: Record<string, string> = {}) {
  const response = await request(corridor.graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: LIST });
  return { headers: response.headers, body: await response.body.json() };
}

describe('the gateway response cache', () => {
  it('answers a repeated anonymous read from its cache', async () => {
    const first = await post();
    expect(first.headers['cache-control']).toBe('max-age=30, public');
    expect(first.headers['age']).toBeUndefined();
    const second = await post();
    expect(second.body).toEqual(first.body);
    expect(Number(second.headers['age'])).toBeGreaterThanOrEqual(0);
  });

  it('never shares an identified caller’s answer', async () => {
    const key = { authorization: `Bearer ${demoKey('org-suzhou-nano-packaging')}` };
    await post(key);
    const again = await post(key);
    expect(again.headers['age']).toBeUndefined();
    expect(String(again.headers['cache-control'] ?? '')).not.toContain('public');
  });
});
