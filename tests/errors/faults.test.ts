/**
 * What callers and operators read while a platform misbehaves, and when the hub itself fails:
 * words of ours, never a platform's body; an unexpected failure masked with a reference that
 * finds its log line.
 */
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startLocalCorridor, type LocalCorridor } from '../../sandbox/local-corridor.js';
import { eventually } from '../e2e/helpers.js';
import { expectHonest, post } from './http.js';

let corridor: LocalCorridor;
// Putuo's stand-in answers an injected failure with HTTP 500 and this in its body.
const PLATFORM_BODY = /injected|INTERNAL_ERROR/;

beforeAll(async () => {
  corridor = await startLocalCorridor({
    ports: 'ephemeral',
    // Every lookup asks the platform, and no answer is reused: each query sees the fault.
    entityFreshnessMs: 1,
    responseCacheSeconds: 0,
    platformHttp: { retry: { maxRetries: 0 } },
  });
});

afterAll(async () => {
  await corridor?.close();
});

const STATUS = `{ city(slug: "putuo") { status { lastError } } }`;
const lastError = async () => (await post(corridor.graphqlUrl, STATUS)).data!['city'].status.lastError as string | null;

const putuoHealth = async () => (await request(`${corridor.cities.get('putuo')!.url}/health`)).body.json() as Promise<Record<string, any>>;

/**
 * Runs `check` during a Putuo fault; after it, waits until Putuo answers again and its circuit
 * counts no failure, so each test's failures are its own (and never open the circuit).
 */
async function withPutuoFault(fault: Record<string, unknown>, check: () => Promise<void>): Promise<void> {
  const putuo = corridor.sandbox.platforms.get('putuo')!;
  putuo.faults.update(fault);
  try {
    await check();
  } finally {
    putuo.faults.reset();
    await eventually(async () => (await putuoHealth())['circuit'].consecutiveFailures === 0);
  }
}

describe('a platform failing with a body of its own', () => {
  it('puts "platform answered HTTP 500" on City.status.lastError, not the body, and clears it on recovery', async () => {
    await withPutuoFault({ errorRate: 1 }, async () => {
      await corridor.corridor.sync.syncAll();
      expect(await lastError()).toBe('putuo platform answered HTTP 500');
    });
    await corridor.corridor.sync.syncAll();
    expect(await lastError()).toBeNull();
  });

  it('says the same on the city subgraph\'s /health', async () => {
    await withPutuoFault({ errorRate: 1 }, async () => {
      const health = await request(`${corridor.cities.get('putuo')!.url}/health`);
      expect(health.statusCode).toBe(503);
      const body = (await health.body.json()) as Record<string, unknown>;
      expect(body).toEqual({ city: 'putuo', platform: 'unreachable', error: 'platform answered HTTP 500', circuit: { state: 'CLOSED', consecutiveFailures: 1 } });
    });
  });

  it('answers a lookup with CITY_UNAVAILABLE in our words, and the other members\' data', async () => {
    await withPutuoFault({ errorRate: 1 }, async () => {
      const answer = await post(corridor.graphqlUrl, `{ policies(first: 100, filter: { cities: ["putuo", "wuxi"] }) { edges { node { id title } } } }`);
      expectHonest(answer);
      const putuoErrors = answer.errors!.filter((error) => error.extensions?.['city'] === 'putuo');
      expect(putuoErrors.length).toBeGreaterThan(0);
      for (const error of putuoErrors) {
        expect(error.extensions).toMatchObject({ code: 'CITY_UNAVAILABLE', city: 'putuo' });
        expect(error.message).toBe('putuo is unavailable: platform answered HTTP 500');
        expect(error.message).not.toMatch(PLATFORM_BODY);
      }
      const titles = answer.data!['policies'].edges.filter((edge: { node: { id: string } | null }) => edge.node?.id.startsWith('wuxi:'));
      expect(titles.length).toBeGreaterThan(0);
    });
  });
});

describe('a platform that cannot be reached', () => {
  it('says "platform could not be reached" on City.status.lastError and /health', async () => {
    await withPutuoFault({ outage: true }, async () => {
      await corridor.corridor.sync.syncAll();
      expect(await lastError()).toBe('putuo platform could not be reached');
      const health = await request(`${corridor.cities.get('putuo')!.url}/health`);
      expect(await health.body.json()).toMatchObject({ platform: 'unreachable', error: 'platform could not be reached' });
    });
  });
});

describe('an unexpected failure', () => {
  it('is masked with a reference that is in the log with the real error, and the rest still answers', async () => {
    const written: string[] = [];
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    // A read index that has gone away: the corridor's resolvers fail in a way no caller caused.
    corridor.corridor.index.close();
    let answer;
    try {
      answer = await post(corridor.graphqlUrl, `{ node(id: "wuxi:challenge:WX-G-000001") { id } cities { slug } }`);
    } finally {
      stderr.mockRestore();
    }
    expectHonest(answer);
    const [error] = answer.errors!;
    const errorId = error!.extensions!['errorId'] as string;
    expect(error).toMatchObject({ message: `Internal error; reference ${errorId}`, extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(errorId).toMatch(/^[0-9a-f-]{36}$/);
    const logged = written.map((line) => JSON.parse(line) as Record<string, any>).find((line) => line['errorId'] === errorId);
    expect(logged?.['err']?.message).toBe('The database connection is not open');
    expect(answer.data).toMatchObject({ node: null, cities: expect.arrayContaining([{ slug: 'wuxi' }]) });
  });
});
