/**
 * Where a member's pages are on its own platform: the portal (`City.platformUrl`, the one-click
 * jump) and the pattern of a record's page. Each member's registry entry holds the sandbox's
 * placeholders (`sandboxLinks`); a deployment sets the real ones in the environment
 * (`CITY_<SLUG>_PORTAL_URL`, `CITY_<SLUG>_RECORD_URL`), and a process given one it cannot use
 * refuses to start, naming the variable.
 *
 * A record's `url` is the platform's own link when it is one a caller can open (an absolute
 * http(s) URL); otherwise (relative, another scheme, words) it is made from the pattern, so a
 * record is not quarantined for its link.
 */
import type { EntityKind } from './contract.js';
import type { Member } from './member.js';

export type MemberLinks = Pick<Member, 'portalUrl' | 'recordUrlPattern'>;

/** What `{kinds}` stands for in a record URL pattern: the collection a platform's pages usually sit under. */
const COLLECTION_OF: Readonly<Record<EntityKind, string>> = {
  policy: 'policies',
  carrier: 'carriers',
  challenge: 'challenges',
  financeProduct: 'finance-products',
  talentService: 'talent-services',
  achievement: 'achievements',
  cooperation: 'cooperation',
  technologyManager: 'technology-managers',
  consortium: 'consortia',
};
const PLACEHOLDER = /\{([^{}]*)\}/g;
const PLACEHOLDERS: readonly string[] = ['kind', 'kinds', 'id'];

/**
 * The sandbox's links for a member: a host under the reserved `.example` domain that names the
 * sandbox, where its stand-in platform says its records are.
 */
export function sandboxLinks(slug: string): MemberLinks {
  const portalUrl = `https://${slug}.kjy.sandbox.corridor-hub.example`;
  return { portalUrl, recordUrlPattern: `${portalUrl}/{kinds}/{id}` };
}

/** The variable that sets a member's portal URL in a deployment. */
export function portalUrlVariable(member: Pick<Member, 'slug'>): string {
  return `CITY_${member.slug.toUpperCase()}_PORTAL_URL`;
}

/** The variable that sets a member's record URL pattern in a deployment. */
export function recordUrlVariable(member: Pick<Member, 'slug'>): string {
  return `CITY_${member.slug.toUpperCase()}_RECORD_URL`;
}

/** An absolute http(s) URL: the only kind of link a caller's browser can jump to. */
export function isJumpUrl(value: unknown): value is string {
  if (typeof value !== 'string' || !URL.canParse(value)) return false;
  const { protocol } = new URL(value);
  return protocol === 'https:' || protocol === 'http:';
}

/** A record's page by the member's pattern: `{kind}` is policy, carrier or challenge, `{kinds}` their plural, `{id}` the platform's id. */
export function recordUrl(member: Pick<Member, 'recordUrlPattern'>, kind: EntityKind, localId: string): string {
  return member.recordUrlPattern.replace(PLACEHOLDER, (_whole, name: string) => (name === 'id' ? encodeURIComponent(localId) : name === 'kind' ? kind : COLLECTION_OF[kind]));
}

/**
 * Throws when the links cannot be used, naming where each came from (`names`): a portal that is
 * not an absolute http(s) URL, a pattern without `{id}`, with a placeholder it does not know, or
 * that does not make such a URL.
 */
export function checkLinks(links: MemberLinks, names: { portalUrl: string; recordUrlPattern: string }): void {
  if (!isJumpUrl(links.portalUrl)) throw new Error(`${names.portalUrl} must be an absolute http(s) URL, e.g. https://kjy.example.gov.cn, got "${links.portalUrl}"`);
  const pattern = links.recordUrlPattern;
  const unknown = [...pattern.matchAll(PLACEHOLDER)].map((match) => match[1]!).filter((name) => !PLACEHOLDERS.includes(name));
  if (unknown.length) throw new Error(`${names.recordUrlPattern} has the unknown placeholder {${unknown[0]}}: a record URL pattern may use {kind}, {kinds} and {id}, got "${pattern}"`);
  if (!pattern.includes('{id}') || !isJumpUrl(recordUrl(links, 'policy', 'P-1'))) {
    throw new Error(`${names.recordUrlPattern} must be an absolute http(s) URL with {id} in it, e.g. https://kjy.example.gov.cn/{kinds}/{id}, got "${pattern}"`);
  }
}

/** The member with the links its deployment set in the environment, each checked; the registry's where none is set. */
export function withDeploymentLinks(member: Member, env: NodeJS.ProcessEnv): Member {
  const names = { portalUrl: portalUrlVariable(member), recordUrlPattern: recordUrlVariable(member) };
  const links: MemberLinks = { portalUrl: env[names.portalUrl] || member.portalUrl, recordUrlPattern: env[names.recordUrlPattern] || member.recordUrlPattern };
  checkLinks(links, names);
  return { ...member, ...links };
}
