/** Every member's stand-in platform and its sandbox facts, by slug: each member folder's `stand-in.ts`, loaded at start. */
import { importMemberModule } from '../../schema/member-folders.js';
import { MEMBERS } from '../../schema/registry.js';
import type { SandboxFacts, StandInDialect, StandInModule } from '../kit/stand-in.js';

const STAND_INS: ReadonlyMap<string, StandInModule> = new Map(
  await Promise.all(MEMBERS.map(async ({ slug }) => [slug, await importMemberModule<StandInModule>(slug, 'stand-in', ['standIn', 'sandbox'])] as const)),
);

const portOwners = new Map<number, string>();
for (const [slug, { sandbox }] of STAND_INS) {
  const other = portOwners.get(sandbox.port);
  if (other) throw new Error(`the stand-ins of ${other} and ${slug} both listen on port ${sandbox.port}`);
  portOwners.set(sandbox.port, slug);
}

function moduleOf(slug: string): StandInModule {
  const module = STAND_INS.get(slug);
  if (!module) throw new Error(`No stand-in platform for member "${slug}"`);
  return module;
}

export function standInFor(slug: string): StandInDialect {
  return moduleOf(slug).standIn;
}

export function sandboxFactsFor(slug: string): SandboxFacts {
  return moduleOf(slug).sandbox;
}
