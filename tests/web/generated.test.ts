import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GENERATED_FOLDER, generateClientFiles } from '../../web/codegen.js';

const REPOSITORY = new URL('../../', import.meta.url).pathname;

describe("the explorer's generated client code", () => {
  it('is what codegen gives today for the committed supergraph and the page\'s documents (run `npm run codegen:web` when this fails)', async () => {
    const generated = await generateClientFiles();
    expect(readdirSync(join(REPOSITORY, GENERATED_FOLDER)).sort()).toEqual(generated.map((file) => file.path.slice(GENERATED_FOLDER.length + 1)).sort());
    for (const file of generated) expect(readFileSync(join(REPOSITORY, file.path), 'utf8'), file.path).toBe(file.content);
  });

  it('matches every member type to its interfaces in possibleTypes, so no member reads as { __typename, id }', async () => {
    const possibleTypes = (await import('../../web/src/gql/possible-types.js')).default.possibleTypes as Record<string, string[]>;
    const supergraph = readFileSync(join(REPOSITORY, 'schema/supergraph.graphql'), 'utf8');
    const implementers = (iface: string) => [...supergraph.matchAll(new RegExp(`^type (\\w+) implements ([\\w& ]+)`, 'gm'))].filter((match) => match[2]!.split('&').map((name) => name.trim()).includes(iface)).map((match) => match[1]!).sort();
    for (const iface of ['Node', 'Policy', 'Carrier', 'Challenge']) expect(possibleTypes[iface]!.slice().sort(), iface).toEqual(implementers(iface));
    expect(possibleTypes['Node']!.length).toBeGreaterThanOrEqual(27);
  });
});
