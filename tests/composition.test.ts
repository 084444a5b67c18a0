import { composeServices } from '@apollo/composition';
import { describe, expect, it } from 'vitest';
import { MEMBERS } from '../schema/registry.js';
import { citySubgraphTypeDefs } from '../subgraphs/city/sdl.js';
import { corridorSubgraphTypeDefs } from '../subgraphs/corridor/sdl.js';

describe('composition of the corridor', () => {
  const result = composeServices([
    { name: 'corridor', url: 'http://127.0.0.1:4300/graphql', typeDefs: corridorSubgraphTypeDefs(MEMBERS) },
    ...MEMBERS.map((member) => ({ name: member.slug, url: `http://127.0.0.1:${member.subgraphPort}/graphql`, typeDefs: citySubgraphTypeDefs(member) })),
  ]);

  it('composes all nine city subgraphs with the corridor subgraph without errors', () => {
    expect(result.errors?.map((error) => error.message)).toBeUndefined();
  });

  it('gives every member its own entity types implementing the contract interfaces', () => {
    const schema = result.schema!.toAPISchema().toGraphQLJSSchema();
    for (const member of MEMBERS) {
      for (const [suffix, contract] of [['Policy', 'Policy'], ['Carrier', 'Carrier'], ['Challenge', 'Challenge']] as const) {
        const type = schema.getType(`${member.typePrefix}${suffix}`);
        expect(type, `${member.typePrefix}${suffix}`).toBeDefined();
        expect(schema.getPossibleTypes(schema.getType(contract) as never).map((t) => t.name)).toContain(`${member.typePrefix}${suffix}`);
      }
    }
  });

  it('merges the corridor matching fields onto the members challenge and carrier types', () => {
    const schema = result.schema!.toAPISchema().toGraphQLJSSchema();
    const challenge = schema.getType('SuzhouChallenge') as unknown as { getFields(): Record<string, unknown> };
    expect(Object.keys(challenge.getFields())).toEqual(expect.arrayContaining(['title', 'reward', 'deadline', 'matchingCarriers']));
  });
});
