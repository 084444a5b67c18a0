/** The contract's SDL files, read once, for the subgraphs that serve them. */
import { readFileSync } from 'node:fs';
import { Kind, parse, type InterfaceTypeDefinitionNode } from 'graphql';
import type { EntityKind } from './contract.js';
import type { Member } from './registry.js';
import { INTERFACE_OF } from './wire.js';

const read = (file: string) => readFileSync(new URL(file, import.meta.url), 'utf8');

/** Interfaces, enumerations, scalars and value types every subgraph declares. */
export const CONTRACT_SDL = read('./contract.graphql');

/** City, filters, orderings, connections, facets, search and matching types: the corridor's list API. */
export const CORRIDOR_API_SDL = read('./corridor-api.graphql');

/** The Federation 2 link every subgraph of the corridor starts with. */
export const FEDERATION_LINK = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@external", "@requires", "@provides", "@inaccessible", "@interfaceObject"])`;

const contract = parse(CONTRACT_SDL);

/** A contract interface's definition, e.g. `Policy`. */
export function contractInterface(name: string): InterfaceTypeDefinitionNode {
  const found = contract.definitions.find(
    (definition): definition is InterfaceTypeDefinitionNode => definition.kind === Kind.INTERFACE_TYPE_DEFINITION && definition.name.value === name,
  );
  if (!found) throw new Error(`The contract has no interface ${name}`);
  return found;
}

/** A member type's description, the same in the member's subgraph and in the corridor's stub, so composition sees one. */
export function memberTypeDescription(member: Member, kind: EntityKind): string {
  return `${contractInterface(INTERFACE_OF[kind]).description?.value ?? ''} Served by ${member.nameZh}'s platform.`;
}
