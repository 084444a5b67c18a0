/**
 * The corridor subgraph's SDL: its own fields (corridor.graphql), the corridor list API
 * (schema/corridor-api.graphql), the contract's value types, and one stub per member entity
 * type generated from the registry, so adding a member touches no corridor code.
 */
import { readFileSync } from 'node:fs';
import { Kind, parse, type DefinitionNode, type DocumentNode, type InterfaceTypeDefinitionNode } from 'graphql';
import { ENTITY_KINDS, type EntityKind } from '../../schema/contract.js';
import type { Member } from '../../schema/registry.js';
import { CONTRACT_SDL, CORRIDOR_API_SDL, FEDERATION_LINK, contractInterface, memberTypeDescription } from '../../schema/sdl.js';
import { INTERFACE_OF, memberTypeName } from '../../schema/wire.js';

const CORRIDOR_SDL = readFileSync(new URL('./corridor.graphql', import.meta.url), 'utf8');

/**
 * What the corridor takes from the contract: scalars, enums and value types whole, and the
 * interfaces with only their `id` (the other fields are the members' to resolve).
 */
function contractDefinitions(): DefinitionNode[] {
  return parse(CONTRACT_SDL).definitions.map((definition) =>
    definition.kind === Kind.INTERFACE_TYPE_DEFINITION
      ? ({ ...definition, fields: definition.fields?.filter((field) => field.name.value === 'id') } satisfies InterfaceTypeDefinitionNode)
      : definition,
  );
}

const ID_DESCRIPTION = JSON.stringify(contractInterface('Node').fields?.find((field) => field.name.value === 'id')?.description?.value ?? 'Global id.');

/** The corridor's cross-member fields, per kind, as declared on its interfaces. */
const CONSORTIUM_LINK = `
  "The innovation consortium it belongs to, by its consortiumCode; null when it cites none or no member serves it."
  consortium: Consortium`;

/** The corridor's cross-member fields, per kind; a kind without any is only ever referenced. */
const CROSS_MEMBER_FIELDS: { readonly [K in EntityKind]?: string } = {
  carrier: `
  "Open challenges anywhere in the corridor this carrier could take on, best first."
  openChallenges("How many, 1–50." first: Int = 5): [ChallengeMatch!]!`,
  challenge: `
  "Carriers anywhere in the corridor that could take this challenge on, best first, with reasons."
  matchingCarriers("How many, 1–50." first: Int = 5): [CarrierMatch!]!
  "Achievements anywhere in the corridor that could solve this challenge, best first, with reasons."
  matchingAchievements("How many, 1–50." first: Int = 5): [AchievementMatch!]!
  "Technology managers anywhere in the corridor suited to this challenge, best first, with reasons."
  matchingTechnologyManagers("How many, 1–50." first: Int = 5): [TechnologyManagerMatch!]!
  "The technology managers assigned to the challenge."
  technologyManagers: [TechnologyManager!]!${CONSORTIUM_LINK}`,
  achievement: `
  "Open challenges anywhere in the corridor this achievement could answer, best first, with reasons."
  matchingChallenges("How many, 1–50." first: Int = 5): [ChallengeMatch!]!${CONSORTIUM_LINK}`,
  cooperation: CONSORTIUM_LINK,
  consortium: `
  "Challenges citing the consortium, newest first."
  challenges("How many, 1–100." first: Int = 20): [Challenge!]!
  "Achievements citing the consortium, newest first."
  achievements("How many, 1–100." first: Int = 20): [Achievement!]!
  "Cooperation items citing the consortium, newest first."
  cooperationItems("How many, 1–100." first: Int = 20): [Cooperation!]!`,
};

function stub(member: Member, kind: EntityKind): string {
  const fields = CROSS_MEMBER_FIELDS[kind];
  const key = fields ? '@key(fields: "id")' : '@key(fields: "id", resolvable: false)';
  return `
${JSON.stringify(memberTypeDescription(member, kind))}
type ${memberTypeName(member, kind)} implements ${INTERFACE_OF[kind]} & Node ${key} {
  ${ID_DESCRIPTION}
  id: ID!${fields ?? ''}
}`;
}

/** The cross-member fields on the contract's interfaces too, so a client asks for them on `Challenge`, not on each member's type. */
function interfaceExtensions(): string[] {
  return ENTITY_KINDS.flatMap((kind) => {
    const fields = CROSS_MEMBER_FIELDS[kind];
    return fields ? [`extend interface ${INTERFACE_OF[kind]} {${fields}\n}`] : [];
  });
}

export function corridorSubgraphTypeDefs(members: readonly Member[]): DocumentNode {
  const stubs = members.flatMap((member) => ENTITY_KINDS.map((kind) => stub(member, kind)));
  const document = parse(`${FEDERATION_LINK}\n${CORRIDOR_SDL}\n${CORRIDOR_API_SDL}\n${interfaceExtensions().join('\n')}\n${stubs.join('\n')}`);
  return { ...document, definitions: [...contractDefinitions(), ...document.definitions] };
}
