/**
 * What a member is to the product: the entry each `members/<slug>/member.ts` exports with
 * `defineMember`. Kept apart from the registry so a member file can import it while the
 * registry is still discovering the member files.
 */
import type { Industry } from './contract.js';
import { checkLinks } from './member-links.js';

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
  /** National administrative division code (GB/T 2260); members are ordered by it. */
  adcode: string;
  provinceZh: string;
  provinceEn: string;
  centre: GeoPoint;
  /**
   * Public home of the member's science-and-technology cloud platform (the one-click jump,
   * `City.platformUrl`); a deployment sets it with `CITY_<SLUG>_PORTAL_URL` (schema/member-links.ts).
   */
  portalUrl: string;
  /**
   * A record's page on the platform, for records the platform sends without a link a caller can
   * open: `{kind}`, `{kinds}` and `{id}` are filled in; a deployment sets it with `CITY_<SLUG>_RECORD_URL`.
   */
  recordUrlPattern: string;
  /** Default port of the member's city subgraph: permanent, so adding a member moves no one. */
  subgraphPort: number;
  leadingIndustries: Industry[];
  /**
   * How stale the member's records may be served, in seconds: the city subgraph answers from
   * records it saw this recently without calling the platform.
   */
  freshnessSeconds: number;
  /**
   * Names of the credentials the platform asks for (e.g. OAuth2 `clientId`, `clientSecret`);
   * a deployment gives them in `CITY_<SLUG>_CREDENTIALS`. Empty when the platform is open.
   */
  platformCredentials: readonly string[];
}

/** Science-and-technology listings change over days; a minute of staleness costs nothing. */
const DEFAULT_FRESHNESS_SECONDS = 60;

export type MemberEntry = Omit<Member, 'typePrefix' | 'freshnessSeconds' | 'platformCredentials'> &
  Partial<Pick<Member, 'freshnessSeconds' | 'platformCredentials'>>;

export function defineMember(entry: MemberEntry): Member {
  const file = `members/${entry.slug}/member.ts`;
  checkLinks(entry, { portalUrl: `${file} portalUrl`, recordUrlPattern: `${file} recordUrlPattern` });
  return {
    freshnessSeconds: DEFAULT_FRESHNESS_SECONDS,
    platformCredentials: [],
    ...entry,
    typePrefix: entry.slug.charAt(0).toUpperCase() + entry.slug.slice(1),
  };
}

/** The province most members are in. */
export const JIANGSU = { provinceZh: '江苏省', provinceEn: 'Jiangsu' } as const;

/** The variable that names a member's real platform in a deployment. */
export function platformUrlVariable(member: Pick<Member, 'slug'>): string {
  return `CITY_${member.slug.toUpperCase()}_PLATFORM_URL`;
}

/** The variable that holds a member's platform credentials in a deployment. */
export function platformCredentialsVariable(member: Pick<Member, 'slug'>): string {
  return `CITY_${member.slug.toUpperCase()}_CREDENTIALS`;
}
