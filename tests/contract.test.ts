import { buildSubgraphSchema } from '@apollo/subgraph';
import {
  Kind,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  parse,
  type EnumTypeDefinitionNode,
  type GraphQLNamedType,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { MEMBERS } from '../schema/registry.js';
import { CONTRACT_SDL, CORRIDOR_API_SDL, FEDERATION_LINK } from '../schema/sdl.js';
import { VOCABULARIES } from '../schema/vocabularies.js';
import { corridorSubgraphTypeDefs } from '../subgraphs/corridor/sdl.js';

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

/** Every enumeration the API declares: the contract's, the list API's and the corridor's own fields'. */
const API_ENUMS = corridorSubgraphTypeDefs(MEMBERS).definitions.filter((definition): definition is EnumTypeDefinitionNode => definition.kind === Kind.ENUM_TYPE_DEFINITION);
const HAN = /\p{Script=Han}/u;
const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('the vocabularies', () => {
  it('label every enumeration the API declares, and nothing else', () => {
    expect(API_ENUMS.length).toBeGreaterThanOrEqual(18);
    expect(new Set(VOCABULARIES.keys())).toEqual(new Set(API_ENUMS.map((definition) => definition.name.value)));
  });

  it.each(API_ENUMS.map((definition) => [definition.name.value, definition] as const))('%s: the vocabulary has the values, each with a Chinese and an English label, and each value is described by both', (name, definition) => {
    const vocabulary = VOCABULARIES.get(name)!;
    expect(definition.values?.map((value) => value.name.value)).toEqual(vocabulary.values);
    for (const value of definition.values ?? []) {
      const labelZh = vocabulary.labels[value.name.value] ?? '';
      const labelEn = vocabulary.labelsEn[value.name.value] ?? '';
      expect(labelZh, `${name}.${value.name.value} in Chinese`).toMatch(HAN);
      expect(labelEn, `${name}.${value.name.value} in English`).toMatch(/^[A-Z][^\p{Script=Han}]*$/u);
      // `<Chinese label> — <English label>`, then the end of the sentence or what it means.
      expect(value.description?.value, `${name}.${value.name.value}`).toMatch(new RegExp(`^${escaped(labelZh)} — ${escaped(labelEn)}(\\.|: .+)$`));
    }
  });
});
