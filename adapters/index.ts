/** Every member's adapter factory, by slug: each member folder's `adapter.ts`, loaded at start. */
import { importMemberModule } from '../schema/member-folders.js';
import { MEMBERS } from '../schema/registry.js';
import type { AdapterFactory } from './kit/adapter.js';

const ADAPTERS: ReadonlyMap<string, AdapterFactory> = new Map(
  await Promise.all(
    MEMBERS.map(async ({ slug }) => [slug, (await importMemberModule<{ createAdapter: AdapterFactory }>(slug, 'adapter', ['createAdapter'])).createAdapter] as const),
  ),
);

export function adapterFactoryFor(slug: string): AdapterFactory {
  const factory = ADAPTERS.get(slug);
  if (!factory) throw new Error(`No adapter for member "${slug}"; its folder members/${slug}/ is missing`);
  return factory;
}
