/**
 * The member folders, `members/<slug>/`, found at start: the registry, the adapters and the
 * stand-ins are assembled from them, so adding a member adds a folder and edits no list.
 */
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Beside `schema/` both in the source tree and in a compiled copy of it. */
const MEMBERS_FOLDER = new URL('../members/', import.meta.url);
/** `.ts` when run from source (tsx, vitest), `.js` when compiled. */
const EXTENSION = import.meta.url.endsWith('.ts') ? '.ts' : '.js';

/** A folder named `_…` is not a member: `members/_template/` is where new members start from. */
const TEMPLATE_PREFIX = '_';

/** The modules every member folder holds; each is loaded by name. */
export const MEMBER_MODULES = ['member', 'adapter', 'dialect', 'stand-in'] as const;
export type MemberModule = (typeof MEMBER_MODULES)[number];

function fileUrl(slug: string, module: MemberModule): URL {
  return new URL(`${slug}/${module}${EXTENSION}`, MEMBERS_FOLDER);
}

/**
 * The slugs of the member folders, checked to be complete: a folder missing one of its modules
 * fails here, naming the folder and the file, before anything starts.
 */
export function memberFolderSlugs(): string[] {
  const folder = fileURLToPath(MEMBERS_FOLDER);
  const slugs = readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.') && !entry.name.startsWith(TEMPLATE_PREFIX))
    .map((entry) => entry.name)
    .sort();
  for (const slug of slugs) {
    for (const module of MEMBER_MODULES) {
      if (!existsSync(fileUrl(slug, module))) {
        throw new Error(`members/${slug}/ has no ${module}${EXTENSION}: every member folder holds ${MEMBER_MODULES.map((name) => name + EXTENSION).join(', ')}`);
      }
    }
  }
  return slugs;
}

/** Loads one module of a member folder, which must export every one of `names`. */
export async function importMemberModule<T extends object>(slug: string, module: MemberModule, names: readonly (keyof T & string)[]): Promise<T> {
  const exports = (await import(fileUrl(slug, module).href)) as Record<string, unknown>;
  const absent = names.filter((name) => exports[name] === undefined);
  if (absent.length) throw new Error(`members/${slug}/${module}${EXTENSION} does not export ${absent.map((name) => `\`${name}\``).join(', ')}`);
  return exports as T;
}
