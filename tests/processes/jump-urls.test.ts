/**
 * Jump URLs as a deployment sets them, on separate processes configured only through their
 * environment: the corridor shows the member's portal in `City.platformUrl`, and the member's
 * city subgraph makes a record's `url` from the deployment's pattern when the platform sends no
 * link a browser can open (the platform's own links are kept). A link variable that cannot be
 * used stops the process at start with a message naming it, as a missing HUB_SECRET does.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getMember } from '../../schema/registry.js';
import { eventually, query } from '../e2e/helpers.js';
import { runUntilExit, startSeparateCorridor, type SeparateCorridor } from './harness.js';

const PUTUO_LINKS = { CITY_PUTUO_PORTAL_URL: 'https://kjy.putuo.example.cn/', CITY_PUTUO_RECORD_URL: 'https://kjy.putuo.example.cn/zcfg/{kind}.html?id={id}' };
const HUB_SECRET = 'a-secret-long-enough-for-tests';

let corridor: SeparateCorridor;

beforeAll(async () => {
  // Only the processes that show the links are given them; the stand-in platforms keep the sandbox's.
  corridor = await startSeparateCorridor({ envOf: { corridor: PUTUO_LINKS, 'city:putuo': PUTUO_LINKS } });
}, 120_000);

afterAll(async () => {
  await corridor?.close();
});

const POLICY_URL = `query ($id: ID!) { node(id: $id) { ... on Policy { url } } }`;

describe('links a deployment sets', () => {
  it("show the member's portal in City.platformUrl, and the registry's for the others", async () => {
    const { data, errors } = await query(corridor.graphqlUrl, `{ putuo: city(slug: "putuo") { platformUrl } nanjing: city(slug: "nanjing") { platformUrl } }`);
    expect(errors).toBeUndefined();
    expect(data).toEqual({ putuo: { platformUrl: 'https://kjy.putuo.example.cn/' }, nanjing: { platformUrl: getMember('nanjing').portalUrl } });
  });

  it("make a record's url from the pattern when its platform sends a relative link, and keep the platform's own links", async () => {
    const platform = corridor.platform('putuo');
    const [edited, untouched] = await platform.list('policy');
    await platform.upsert('policy', { ...edited!, url: `/zcfg/${edited!.id.split(':')[2]}.html` });
    const urlOf = async (id: string) => (await query(corridor.graphqlUrl, POLICY_URL, { id })).data?.['node']?.url;
    const expected = `https://kjy.putuo.example.cn/zcfg/policy.html?id=${edited!.id.split(':')[2]}`;
    // The next sync brings the edited record to the city subgraph's cache and the corridor.
    await eventually(async () => (await urlOf(edited!.id)) === expected, 60, 250);
    expect(await urlOf(untouched!.id)).toBe(untouched!.url);
    expect(untouched!.url).toMatch(/^https:\/\/putuo\.kjy\.sandbox\.corridor-hub\.example\/policies\//);
  }, 30_000);
});

describe('a link variable that cannot be used', () => {
  it('stops a city subgraph at start, naming the variable', async () => {
    const ended = await runUntilExit('subgraphs/city/index.ts', ['putuo'], { HUB_SECRET, CITY_PUTUO_RECORD_URL: 'https://kjy.putuo.example.cn/zcfg/detail' });
    expect(ended.code).toBe(1);
    expect(ended.output).toContain('Error: CITY_PUTUO_RECORD_URL must be an absolute http(s) URL with {id} in it, e.g. https://kjy.example.gov.cn/{kinds}/{id}, got "https://kjy.putuo.example.cn/zcfg/detail"');
  });

  it('stops the corridor at start, naming the variable', async () => {
    const ended = await runUntilExit('subgraphs/corridor/index.ts', [], { HUB_SECRET, CITY_NANJING_PORTAL_URL: 'kjy.nanjing.gov.cn' });
    expect(ended.code).toBe(1);
    expect(ended.output).toContain('Error: CITY_NANJING_PORTAL_URL must be an absolute http(s) URL, e.g. https://kjy.example.gov.cn, got "kjy.nanjing.gov.cn"');
  });
});
