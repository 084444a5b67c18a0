/**
 * Jump URLs: each member's portal and record URL pattern come from its registry entry (the
 * sandbox's placeholders) or from the deployment's environment, checked before anything starts;
 * a record's `url` is the platform's own link when a browser can open it, the pattern otherwise.
 */
import { ENTITY_KINDS } from '../schema/contract.js';
import { describe, expect, it } from 'vitest';
import { admitAll, type RecordReader } from '../adapters/kit/validate.js';
import type { PolicyRecord } from '../schema/contract.js';
import { checkLinks, recordUrl, withDeploymentLinks } from '../schema/member-links.js';
import { getMember, MEMBERS } from '../schema/registry.js';
import { cityConfigFromEnv } from '../subgraphs/city/config.js';
import { corridorConfigFromEnv } from '../subgraphs/corridor/config.js';

const HUB_SECRET = 'a-secret-long-enough-for-tests';
const PUTUO_LINKS = { CITY_PUTUO_PORTAL_URL: 'https://kjy.putuo.example.cn', CITY_PUTUO_RECORD_URL: 'https://kjy.putuo.example.cn/detail/{kind}?id={id}' };
const names = { portalUrl: 'PORTAL', recordUrlPattern: 'RECORD' };

describe('the registry', () => {
  it("holds every member's links as the sandbox's placeholders, under the reserved .example domain", () => {
    for (const member of MEMBERS) {
      expect(member.portalUrl).toBe(`https://${member.slug}.kjy.sandbox.corridor-hub.example`);
      expect(recordUrl(member, 'carrier', 'C-1')).toBe(`${member.portalUrl}/carriers/C-1`);
    }
  });
});

describe('a record URL pattern', () => {
  it('fills in the kind, its plural and the platform id, escaped', () => {
    const member = { recordUrlPattern: 'https://kjy.example.cn/{kinds}/{kind}/{id}' };
    expect(recordUrl(member, 'policy', 'PT-P-1')).toBe('https://kjy.example.cn/policies/policy/PT-P-1');
    expect(recordUrl(member, 'challenge', 'a/b c')).toBe('https://kjy.example.cn/challenges/challenge/a%2Fb%20c');
  });

  it.each([
    ['a portal that is not a URL', { portalUrl: 'kjy.putuo', recordUrlPattern: 'https://x.cn/{id}' }, /^PORTAL must be an absolute http\(s\) URL, e.g\. https:\/\/kjy\.example\.gov\.cn, got "kjy\.putuo"$/],
    ['a portal that is not http(s)', { portalUrl: 'ftp://x.cn', recordUrlPattern: 'https://x.cn/{id}' }, /^PORTAL must be an absolute http\(s\) URL/],
    ['a pattern without {id}', { portalUrl: 'https://x.cn', recordUrlPattern: 'https://x.cn/{kinds}' }, /^RECORD must be an absolute http\(s\) URL with \{id\} in it, e\.g\. https:\/\/kjy\.example\.gov\.cn\/\{kinds\}\/\{id\}, got "https:\/\/x\.cn\/\{kinds\}"$/],
    ['a relative pattern', { portalUrl: 'https://x.cn', recordUrlPattern: '/{kinds}/{id}' }, /^RECORD must be an absolute http\(s\) URL with \{id\}/],
    ['an unknown placeholder', { portalUrl: 'https://x.cn', recordUrlPattern: 'https://x.cn/{type}/{id}' }, /^RECORD has the unknown placeholder \{type\}: a record URL pattern may use \{kind\}, \{kinds\} and \{id\}/],
  ])('is refused with %s, naming where it came from', (_case, links, message) => {
    expect(() => checkLinks(links, names)).toThrow(message);
  });
});

describe("a deployment's links", () => {
  it('replace the registry\'s in the city subgraph and the corridor', async () => {
    const city = await cityConfigFromEnv(getMember('putuo'), { HUB_SECRET, ...PUTUO_LINKS });
    expect(city.member).toMatchObject({ portalUrl: PUTUO_LINKS.CITY_PUTUO_PORTAL_URL, recordUrlPattern: PUTUO_LINKS.CITY_PUTUO_RECORD_URL });
    expect(city.adapter.member).toBe(city.member);
    const corridor = corridorConfigFromEnv({ HUB_SECRET, ...PUTUO_LINKS });
    expect(corridor.members.find((member) => member.slug === 'putuo')?.portalUrl).toBe(PUTUO_LINKS.CITY_PUTUO_PORTAL_URL);
    expect(corridor.members.find((member) => member.slug === 'nanjing')?.portalUrl).toBe(getMember('nanjing').portalUrl);
  });

  it('that cannot be used stop the start, naming the variable', async () => {
    await expect(cityConfigFromEnv(getMember('putuo'), { HUB_SECRET, CITY_PUTUO_RECORD_URL: 'https://kjy.putuo.example.cn/detail' })).rejects.toThrow(/^CITY_PUTUO_RECORD_URL must be an absolute http\(s\) URL with \{id\}/);
    expect(() => corridorConfigFromEnv({ HUB_SECRET, CITY_NANJING_PORTAL_URL: 'nanjing portal' })).toThrow(/^CITY_NANJING_PORTAL_URL must be an absolute http\(s\) URL/);
    expect(() => withDeploymentLinks(getMember('wuxi'), { CITY_WUXI_PORTAL_URL: 'javascript:alert(1)' })).toThrow(/^CITY_WUXI_PORTAL_URL must be an absolute http\(s\) URL/);
  });
});

describe("a record's url", () => {
  const policy = (url: string): PolicyRecord => ({
    id: 'putuo:policy:PT-P-9',
    city: 'putuo',
    url,
    tags: [],
    sourceUpdatedAt: '2025-03-06T09:30:00+08:00',
    title: '普陀区人才安居办法',
    docNumber: null,
    issuer: '普陀区人民政府',
    publishedOn: '2025-03-06',
    effectiveFrom: null,
    expiresOn: null,
    categories: ['TALENT'],
    industries: [],
    summary: '人才公寓与租房补贴。',
    maxSupportYuan: null,
    eligibility: '在普陀区工作的人才',
  });
  // Native records that are already contract records: only the kit's own rules act on them.
  const reader: RecordReader<PolicyRecord> = {
    localIdOf: (native) => native.id.split(':')[2]!,
    records: {
      ...(Object.fromEntries(ENTITY_KINDS.map((kind) => [kind, () => { throw new Error(`no ${kind} here`); }])) as unknown as RecordReader<PolicyRecord>['records']),
      policy: (_city, native) => native,
    },
    application: () => { throw new Error('no applications here'); },
  };
  const member = withDeploymentLinks(getMember('putuo'), PUTUO_LINKS);
  const urlOf = (link: string) => admitAll(member, 'policy', [policy(link)], reader).records[0]?.url;

  it("is the platform's own link when a browser can open it", () => {
    expect(urlOf('https://zwgk.putuo.example.cn/policy/9.html')).toBe('https://zwgk.putuo.example.cn/policy/9.html');
  });

  it.each([['a relative link', '/policy/9.html'], ['no link but words', '暂无'], ['a link no browser opens', 'file:///C:/policy/9.doc']])(
    "is made from the member's pattern when the platform sends %s, and the record is kept",
    (_case, link) => {
      expect(urlOf(link)).toBe('https://kjy.putuo.example.cn/detail/policy?id=PT-P-9');
    },
  );
});
