/**
 * The member registry: the single source of truth for who is in the corridor. Every other part
 * (stand-in platforms, adapters, city subgraphs, the corridor subgraph, the gateway's
 * composition) reads members from here. It is assembled at start from the member folders
 * (`members/<slug>/member.ts`), in adcode order.
 */
import { importMemberModule, memberFolderSlugs } from './member-folders.js';
import type { Member } from './member.js';

export type { GeoPoint, Member } from './member.js';

async function discoverMembers(): Promise<Member[]> {
  const slugs = memberFolderSlugs();
  const members = await Promise.all(slugs.map(async (slug) => (await importMemberModule<{ member: Member }>(slug, 'member', ['member'])).member));
  members.forEach((member, index) => {
    if (member.slug !== slugs[index]) throw new Error(`members/${slugs[index]}/member.ts defines the member "${member.slug}"; a folder is named by its member's slug`);
  });
  for (const field of ['adcode', 'subgraphPort'] as const) {
    const seen = new Map<unknown, string>();
    for (const member of members) {
      const other = seen.get(member[field]);
      if (other) throw new Error(`members ${other} and ${member.slug} have the same ${field} ${member[field]}`);
      seen.set(member[field], member.slug);
    }
  }
  return members.sort((a, b) => a.adcode.localeCompare(b.adcode));
}

export const MEMBERS: readonly Member[] = await discoverMembers();

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
