/**
 * A member platform's circuit breaker as a caller meets it: City.status.circuit opens during an
 * outage, the member's records then answer at once with CITY_UNAVAILABLE without calling the
 * platform, and once the outage is lifted the circuit closes and the member is UP by itself.
 * Beside it, City.status lists the records a platform serves that do not fit the contract.
 */
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENTITY_KINDS } from '../../schema/contract.js';
import { kindEnum } from '../../subgraphs/corridor/resolvers.js';
import { startLocalCorridor, type LocalCorridor } from '../../sandbox/local-corridor.js';
import { CHANGE_FEED_PATH } from '../../schema/wire.js';
import { eventually } from '../e2e/helpers.js';
import { hubRequest } from '../trust/hub-request.js';
import { expectHonest, post } from './http.js';

const FAILURES = 3;
// Long enough that the checks made while the circuit is open finish before a probe may go through, even on a busy machine.
const COOLDOWN_MS = 15_000;
const CIRCUIT_OPEN_WORDS = 'platform circuit is open after \\d+ consecutive failures; (next probe in \\d+ s|a probe is under way)';

let corridor: LocalCorridor;

beforeAll(async () => {
  corridor = await startLocalCorridor({
    ports: 'ephemeral',
    // No entity cache (so no last copies to serve while the platform is down: tests/e2e/honest-gaps
    // covers those), no answer reused, and the corridor syncs by itself often.
    entityFreshnessMs: 0,
    responseCacheSeconds: 0,
    syncIntervalMs: 250,
    platformHttp: { retry: { maxRetries: 0 }, breaker: { failures: FAILURES, cooldownMs: COOLDOWN_MS } },
  });
});

afterAll(async () => {
  await corridor?.close();
});

const STATUS = `{ city(slug: "putuo") { status {
  state lastError quarantinedRecords
  circuit { state consecutiveFailures openedAt nextProbeAt }
  quarantined { kind nativeId reason since }
} } }`;
const status = async () => {
  const answer = await post(corridor.graphqlUrl, STATUS);
  expectHonest(answer);
  return answer.data!['city'].status as Record<string, any>;
};
const putuoPlatform = () => corridor.sandbox.platforms.get('putuo')!;
const putuoCity = () => corridor.cities.get('putuo')!;
const PUTUO_POLICIES = `{ policies(first: 5, filter: { cities: ["putuo"] }) { edges { node { id title } } } }`;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/;

describe('a member platform in outage', () => {
  it('opens its circuit, answers its records at once with CITY_UNAVAILABLE, and closes it by itself once the outage is lifted', async () => {
    putuoPlatform().faults.update({ outage: true });
    try {
      // Open, and a sync since has met it open (the sync that opened it reports the failure itself).
      await eventually(async () => {
        const seen = await status();
        return seen['circuit'].state === 'OPEN' && new RegExp(CIRCUIT_OPEN_WORDS).test(seen['lastError'] ?? '');
      });
      const open = await status();
      expect(open['circuit']).toEqual({ state: 'OPEN', consecutiveFailures: expect.any(Number), openedAt: expect.stringMatching(DATE_TIME), nextProbeAt: expect.stringMatching(DATE_TIME) });
      expect(open['circuit'].consecutiveFailures).toBeGreaterThanOrEqual(FAILURES);
      expect(open['lastError']).toMatch(new RegExp(`^putuo ${CIRCUIT_OPEN_WORDS}$`));

      const callsBefore = putuoPlatform().stats().total;
      const answer = await post(corridor.graphqlUrl, PUTUO_POLICIES);
      expectHonest(answer);
      expect(answer.errors!.length).toBeGreaterThan(0);
      for (const error of answer.errors!) {
        expect(error.extensions).toMatchObject({ code: 'CITY_UNAVAILABLE', city: 'putuo', platformCode: 'PLATFORM_CIRCUIT_OPEN' });
        expect(error.message).toMatch(new RegExp(`^putuo is unavailable: ${CIRCUIT_OPEN_WORDS}$`));
      }
      // The change feed and /health say so too, with the circuit, and call nothing either.
      const feed = await hubRequest(corridor.hubSecret, `${putuoCity().url}${CHANGE_FEED_PATH}`);
      expect(feed).toMatchObject({ status: 502, body: { error: { code: 'CITY_UNAVAILABLE' }, circuit: { state: 'OPEN' } } });
      const health = await request(`${putuoCity().url}/health`);
      expect(health.statusCode).toBe(503);
      expect(await health.body.json()).toMatchObject({ platform: 'unreachable', error: expect.stringMatching(/^platform circuit is open/), circuit: { state: 'OPEN' } });
      // Neither these calls nor the syncs meanwhile reached the platform.
      expect(putuoPlatform().stats().total).toBe(callsBefore);
    } finally {
      putuoPlatform().faults.reset();
    }

    await eventually(async () => {
      const recovered = await status();
      return recovered['circuit'].state === 'CLOSED' && recovered['state'] === 'UP';
    }, 120);
    expect((await status())['circuit']).toEqual({ state: 'CLOSED', consecutiveFailures: 0, openedAt: null, nextProbeAt: null });
    const feed = await hubRequest(corridor.hubSecret, `${putuoCity().url}${CHANGE_FEED_PATH}`);
    expect(feed).toMatchObject({ status: 200, body: { circuit: { state: 'CLOSED', consecutiveFailures: 0 } } });
    const answer = await post(corridor.graphqlUrl, PUTUO_POLICIES);
    expect(answer.errors).toBeUndefined();
    expect(answer.data!['policies'].edges).toHaveLength(5);
  }, 60_000);
});

describe('a member platform serving records that do not fit the contract', () => {
  it('has them listed on City.status with kind, native id and reason, until they are readable again', async () => {
    putuoPlatform().faults.update({ malformedFraction: 0.1 });
    try {
      await eventually(async () => (await status())['quarantined'].length > 0);
      const { quarantined, quarantinedRecords } = await status();
      expect(quarantinedRecords).toBe(quarantined.length);
      for (const entry of quarantined) {
        const kind = ENTITY_KINDS.find((candidate) => kindEnum(candidate) === entry.kind);
        expect(kind, entry.kind).toBeDefined();
        expect(entry).toEqual({ kind: entry.kind, nativeId: expect.any(String), reason: expect.any(String), since: expect.stringMatching(DATE_TIME) });
        // The stand-in drops the title (a carrier's name) of each record it serves broken.
        expect(putuoPlatform().faults.isMalformed(`putuo:${kind}:${entry.nativeId}`)).toBe(true);
        expect(entry.reason).toMatch(/^(title|name)\b/);
      }
    } finally {
      putuoPlatform().faults.reset();
    }
    await eventually(async () => (await status())['quarantined'].length === 0);
    expect((await status())['quarantinedRecords']).toBe(0);
  });
});
