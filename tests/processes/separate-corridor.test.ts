/**
 * The corridor split into its processes answers through the gateway as `npm start` does, and a
 * city subgraph killed with SIGKILL comes back on its own port and files: the ground the fault
 * and trust tests on separate processes stand on.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MEMBERS } from '../../schema/registry.js';
import { eventually, query } from '../e2e/helpers.js';
import { startSeparateCorridor, type SeparateCorridor } from './harness.js';

let corridor: SeparateCorridor;

beforeAll(async () => {
  corridor = await startSeparateCorridor();
}, 120_000);

afterAll(async () => {
  await corridor?.close();
});

const EVERY_MEMBER_UP = `{ cities { slug status { state } } }`;
const CHALLENGES_BY_CITY = `{ challenges(first: 1) { totalCount facets { cities { city { slug } count } } } }`;

describe('the corridor as separate processes', () => {
  it('runs each part in a process of its own', () => {
    const names = ['platforms', 'corridor', 'gateway', ...MEMBERS.map((member) => `city:${member.slug}` as const)] as const;
    const pids = names.map((name) => corridor.pid(name));
    expect(pids.every((pid) => typeof pid === 'number')).toBe(true);
    expect(new Set(pids).size).toBe(names.length);
  });

  it('indexes every member and answers through the gateway', async () => {
    await eventually(async () => {
      const { data } = await query(corridor.graphqlUrl, EVERY_MEMBER_UP);
      return data?.['cities']?.length === MEMBERS.length && data['cities'].every((city: { status: { state: string } }) => city.status.state === 'UP');
    }, 120, 500);
    const { data, errors } = await query(corridor.graphqlUrl, CHALLENGES_BY_CITY);
    expect(errors).toBeUndefined();
    expect(data?.['challenges'].totalCount).toBeGreaterThan(0);
    const cities = data?.['challenges'].facets.cities.map((bucket: { city: { slug: string } }) => bucket.city.slug);
    expect(new Set(cities)).toEqual(new Set(MEMBERS.map((member) => member.slug)));
  }, 90_000);

  it('starts a SIGKILLed city subgraph again on its own port', async () => {
    const before = corridor.pid('city:wuxi');
    await corridor.kill('city:wuxi', 'SIGKILL');
    await corridor.start('city:wuxi');
    expect(corridor.pid('city:wuxi')).not.toBe(before);
    const response = await fetch(`${corridor.cityUrl('wuxi')}/health`);
    expect(response.status).toBe(200);
  }, 90_000);
});
