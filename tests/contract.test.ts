import { buildSubgraphSchema } from '@apollo/subgraph';
import {
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  parse,
  type GraphQLNamedType,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { VOCABULARIES } from '../schema/contract.js';
import { CONTRACT_SDL, CORRIDOR_API_SDL, FEDERATION_LINK } from '../schema/sdl.js';

const schema = buildSubgraphSchema({
  typeDefs: parse(`${FEDERATION_LINK}
${CONTRACT_SDL}
${CORRIDOR_API_SDL}
type Query { cities: [City!]! policy: Policy carrier: Carrier challenge: Challenge node(id: ID!): Node }`),
});

const contractTypes = Object.values(schema.getTypeMap()).filter(
  (type) => !type.name.startsWith('_') && !['Query', 'link__Purpose', 'link__Import', 'federation__FieldSet', 'federation__Scope', 'federation__Policy', 'federation__ContextFieldValue'].includes(type.name) && !/^(String|Int|Float|Boolean|ID)$/.test(type.name),
);

function undocumented(type: GraphQLNamedType): string[] {
  const missing: string[] = [];
  if (!type.description) missing.push(type.name);
  if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
    for (const field of Object.values(type.getFields())) {
      if (!field.description) missing.push(`${type.name}.${field.name}`);
      for (const arg of 'args' in field ? field.args : []) if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
    }
  }
  if (isEnumType(type)) for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
  return missing;
}

describe('the corridor contract', () => {
  it('parses and validates as a Federation 2 subgraph schema', () => {
    expect(schema.getType('Policy')).toBeDefined();
    expect(isInterfaceType(schema.getType('Challenge'))).toBe(true);
  });

  it('documents every type, field, argument and enum value', () => {
    expect(contractTypes.length).toBeGreaterThan(40);
    expect(contractTypes.flatMap(undocumented)).toEqual([]);
  });

  it.each(Object.entries(VOCABULARIES))('enum %s has the vocabulary values, each described by its Chinese label', (name, vocabulary) => {
    const type = schema.getType(name);
    if (!isEnumType(type)) throw new Error(`${name} is not an enum in the contract`);
    expect(type.getValues().map((v) => v.name)).toEqual(vocabulary.values);
    for (const value of type.getValues()) {
      expect(value.description, `${name}.${value.name}`).toMatch(new RegExp(`^${(vocabulary.labels as Record<string, string>)[value.name]} — `));
    }
  });

  it('gives every enumeration a platform vocabulary maps into an OTHER value', () => {
    for (const name of ['Industry', 'PolicyCategory', 'CarrierKind', 'CarrierLevel', 'PublisherKind']) {
      const type = schema.getType(name);
      expect(isEnumType(type) && type.getValue('OTHER'), name).toBeTruthy();
    }
  });

  it('makes list nodes nullable so one unreachable member does not blank a page', () => {
    for (const edge of ['PolicyEdge', 'CarrierEdge', 'ChallengeEdge', 'SearchHit']) {
      const type = schema.getType(edge);
      if (!isObjectType(type)) throw new Error(edge);
      expect(String(type.getFields()['node']!.type), edge).not.toMatch(/!$/);
    }
  });
});
