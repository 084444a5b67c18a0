/**
 * A member's subgraph SDL, generated from the contract: the member's own entity types
 * (`NanjingPolicy` …) carry every field of the contract interface they implement and are keyed
 * by global id; `City` is referenced, owned by the corridor subgraph.
 */
import { Kind, parse, print, type DocumentNode, type ObjectTypeDefinitionNode } from 'graphql';
import { ENTITY_KINDS, type EntityKind } from '../../schema/contract.js';
import type { Member } from '../../schema/registry.js';
import { CONTRACT_SDL, FEDERATION_LINK, contractInterface, memberTypeDescription } from '../../schema/sdl.js';
import { INTERFACE_OF, memberTypeName } from '../../schema/wire.js';

function entityType(member: Member, kind: EntityKind): ObjectTypeDefinitionNode {
  const contractType = contractInterface(INTERFACE_OF[kind]);
  return {
    kind: Kind.OBJECT_TYPE_DEFINITION,
    description: { kind: Kind.STRING, value: memberTypeDescription(member, kind) },
    name: { kind: Kind.NAME, value: memberTypeName(member, kind) },
    interfaces: [INTERFACE_OF[kind], 'Node'].map((value) => ({ kind: Kind.NAMED_TYPE, name: { kind: Kind.NAME, value } })),
    directives: [
      {
        kind: Kind.DIRECTIVE,
        name: { kind: Kind.NAME, value: 'key' },
        arguments: [{ kind: Kind.ARGUMENT, name: { kind: Kind.NAME, value: 'fields' }, value: { kind: Kind.STRING, value: 'id' } }],
      },
    ],
    fields: contractType.fields,
  };
}

export function citySubgraphTypeDefs(member: Member): DocumentNode {
  const entityTypes = ENTITY_KINDS.map((kind) => print(entityType(member, kind))).join('\n\n');
  return parse(`${FEDERATION_LINK}

${CONTRACT_SDL}

"A corridor member; owned by the corridor subgraph."
type City @key(fields: "slug", resolvable: false) {
  "Member slug."
  slug: ID!
}

${entityTypes}
`);
}
