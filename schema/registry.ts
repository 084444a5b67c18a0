/**
 * The member registry: the single source of truth for who is in the corridor.
 * Every other part (stand-in platforms, adapters, city subgraphs, the corridor subgraph,
 * the gateway's composition) reads members from here; adding a member starts with one entry.
 */
import type { Industry } from './contract.js';

/** How a member's platform speaks. Each dialect has one adapter under `adapters/<slug>/`. */
export type Dialect =
  | 'rest-camel' // REST JSON, camelCase, page/pageSize, ISO dates, batch lookup ?ids=
  | 'rest-pinyin' // REST JSON with pinyin-initial keys, Chinese dates, money strings in 万元
  | 'soap-xml' // XML in a SOAP-style envelope, CDATA text
  | 'csv-gbk' // daily open-data CSV exports in GBK
  | 'graphql-relay' // its own GraphQL API with Relay cursors
  | 'rest-oauth2' // OAuth2 client credentials, cursor pages, 429 + Retry-After
  | 'envelope' // {code, msg, data:{list,total}}, failures as HTTP 200 with code ≠ 0
  | 'odata' // $filter/$top/$skip/$orderby and @odata.nextLink
  | 'ndjson-feed'; // incremental NDJSON change feed with since tokens and tombstones

export interface GeoPoint {
  lat: number;
  lng: number;
}

export interface Member {
  /** Unique, permanent, lower-case pinyin; the prefix of every global id of this member. */
  slug: string;
  /** PascalCase form of the slug, the prefix of the member's GraphQL type names. */
  typePrefix: string;
  nameZh: string;
  nameEn: string;
  /** National administrative division code (GB/T 2260). */
  adcode: string;
  provinceZh: string;
  provinceEn: string;
  centre: GeoPoint;
  dialect: Dialect;
  /** Public home of the member's science-and-technology cloud platform (the one-click jump). */
  portalUrl: string;
  /** Loopback port of the member's stand-in platform in the sandbox. */
  sandboxPort: number;
  /** Default port of the member's city subgraph. */
  subgraphPort: number;
  leadingIndustries: Industry[];
  /**
   * How stale the member's records may be served, in seconds: the city subgraph answers from
   * records it saw this recently without calling the platform.
   */
  freshnessSeconds: number;
  /** Credentials the member's stand-in accepts; a real deployment sets its own in the environment. */
  sandboxCredentials?: Readonly<Record<string, string>>;
}

const SANDBOX_BASE_PORT = 4101;
const SUBGRAPH_BASE_PORT = 4201;

/** Science-and-technology listings change over days; a minute of staleness costs nothing. */
const DEFAULT_FRESHNESS_SECONDS = 60;

function member(index: number, entry: Omit<Member, 'typePrefix' | 'sandboxPort' | 'subgraphPort' | 'portalUrl' | 'freshnessSeconds'> & { freshnessSeconds?: number }): Member {
  return {
    freshnessSeconds: DEFAULT_FRESHNESS_SECONDS,
    ...entry,
    typePrefix: entry.slug.charAt(0).toUpperCase() + entry.slug.slice(1),
    portalUrl: `https://${entry.slug}.kjy.corridor-hub.example`,
    sandboxPort: SANDBOX_BASE_PORT + index,
    subgraphPort: SUBGRAPH_BASE_PORT + index,
  };
}

const JIANGSU = { provinceZh: '江苏省', provinceEn: 'Jiangsu' } as const;

export const MEMBERS: readonly Member[] = [
  member(0, {
    slug: 'putuo', nameZh: '上海市普陀区', nameEn: 'Putuo District, Shanghai', adcode: '310107',
    provinceZh: '上海市', provinceEn: 'Shanghai', centre: { lat: 31.2496, lng: 121.3972 }, dialect: 'rest-camel',
    leadingIndustries: ['INTELLIGENT_SOFTWARE', 'DIGITAL_HEALTH', 'ROBOTICS', 'NEW_MATERIALS', 'GEOSPATIAL'],
  }),
  member(1, {
    slug: 'nanjing', nameZh: '南京市', nameEn: 'Nanjing', adcode: '320100', ...JIANGSU,
    centre: { lat: 32.0603, lng: 118.7969 }, dialect: 'rest-pinyin',
    leadingIndustries: ['INTELLIGENT_SOFTWARE', 'INTEGRATED_CIRCUITS', 'BIOMEDICINE', 'CYBERSECURITY', 'NEW_ENERGY'],
  }),
  member(2, {
    slug: 'wuxi', nameZh: '无锡市', nameEn: 'Wuxi', adcode: '320200', ...JIANGSU,
    centre: { lat: 31.4912, lng: 120.3119 }, dialect: 'soap-xml',
    leadingIndustries: ['INTEGRATED_CIRCUITS', 'INTELLIGENT_MANUFACTURING', 'BIOMEDICINE', 'NEW_ENERGY'],
  }),
  member(3, {
    slug: 'changzhou', nameZh: '常州市', nameEn: 'Changzhou', adcode: '320400', ...JIANGSU,
    centre: { lat: 31.8112, lng: 119.9741 }, dialect: 'csv-gbk',
    leadingIndustries: ['NEW_ENERGY', 'INTELLIGENT_MANUFACTURING', 'NEW_MATERIALS', 'INTELLIGENT_VEHICLES'],
  }),
  member(4, {
    slug: 'suzhou', nameZh: '苏州市', nameEn: 'Suzhou', adcode: '320500', ...JIANGSU,
    centre: { lat: 31.299, lng: 120.5853 }, dialect: 'graphql-relay',
    leadingIndustries: ['BIOMEDICINE', 'NEW_MATERIALS', 'ARTIFICIAL_INTELLIGENCE', 'INTEGRATED_CIRCUITS', 'ROBOTICS'],
  }),
  member(5, {
    slug: 'nantong', nameZh: '南通市', nameEn: 'Nantong', adcode: '320600', ...JIANGSU,
    centre: { lat: 31.9802, lng: 120.8943 }, dialect: 'rest-oauth2',
    sandboxCredentials: { clientId: 'corridor-hub', clientSecret: 'nantong-sandbox-secret' },
    leadingIndustries: ['BIOMEDICINE', 'NEW_MATERIALS', 'INTELLIGENT_MANUFACTURING'],
  }),
  member(6, {
    slug: 'yangzhou', nameZh: '扬州市', nameEn: 'Yangzhou', adcode: '321000', ...JIANGSU,
    centre: { lat: 32.3942, lng: 119.413 }, dialect: 'envelope',
    leadingIndustries: ['INTELLIGENT_VEHICLES', 'NEW_ENERGY', 'INTELLIGENT_MANUFACTURING'],
  }),
  member(7, {
    slug: 'zhenjiang', nameZh: '镇江市', nameEn: 'Zhenjiang', adcode: '321100', ...JIANGSU,
    centre: { lat: 32.1878, lng: 119.425 }, dialect: 'odata',
    leadingIndustries: ['LOW_ALTITUDE_ECONOMY', 'NEW_MATERIALS', 'INTELLIGENT_MANUFACTURING'],
  }),
  member(8, {
    slug: 'taizhou', nameZh: '泰州市', nameEn: 'Taizhou', adcode: '321200', ...JIANGSU,
    centre: { lat: 32.4558, lng: 119.9229 }, dialect: 'ndjson-feed',
    leadingIndustries: ['BIOMEDICINE', 'NEW_ENERGY', 'INTELLIGENT_MANUFACTURING'],
  }),
];

const BY_SLUG = new Map(MEMBERS.map((m) => [m.slug, m]));

/** The member with this slug, or undefined. */
export function findMember(slug: string): Member | undefined {
  return BY_SLUG.get(slug);
}

/** The member with this slug; throws when the slug is not in the registry. */
export function getMember(slug: string): Member {
  const found = BY_SLUG.get(slug);
  if (!found) {
    throw new Error(`Unknown member "${slug}". Known members: ${MEMBERS.map((m) => m.slug).join(', ')}`);
  }
  return found;
}

/**
 * Base URL of a member's platform: `CITY_<SLUG>_PLATFORM_URL` when set (a real deployment),
 * otherwise its stand-in on loopback.
 */
export function platformBaseUrl(member: Member, env: NodeJS.ProcessEnv = process.env): string {
  return env[`CITY_${member.slug.toUpperCase()}_PLATFORM_URL`] ?? `http://127.0.0.1:${member.sandboxPort}`;
}
