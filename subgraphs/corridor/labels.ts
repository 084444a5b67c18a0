/**
 * What the corridor answers in words, in the caller's language: the vocabularies of every
 * enumeration its schema declares, the reasons of a match, a member's province. A field's
 * `language` argument decides, or else the request's language (subgraphs/language.ts).
 */
import { Kind, type DocumentNode, type EnumTypeDefinitionNode } from 'graphql';
import { MATCH_REASON_KIND, type Language } from '../../schema/api-vocabularies.js';
import { INDUSTRY } from '../../schema/contract.js';
import type { Member } from '../../schema/registry.js';
import { labelOf, VOCABULARIES } from '../../schema/vocabularies.js';
import type { MatchReason } from './read-index/matching.js';

export interface VocabularyAnswer {
  name: string;
  values: { value: string; labelZh: string; labelEn: string }[];
}

/**
 * The enumerations a schema's SDL declares, in its order, each with its labels. An enumeration
 * without a vocabulary, or whose values are not its vocabulary's, stops the start: the API never
 * serves an enumeration a front-end cannot label.
 */
export function vocabulariesOf(typeDefs: DocumentNode): VocabularyAnswer[] {
  const enums = typeDefs.definitions.filter((definition): definition is EnumTypeDefinitionNode => definition.kind === Kind.ENUM_TYPE_DEFINITION);
  return enums.map((definition) => {
    const name = definition.name.value;
    const vocabulary = VOCABULARIES.get(name);
    if (!vocabulary) throw new Error(`The enum ${name} has no vocabulary: label it with vocabulary(...) in schema/contract.ts or schema/api-vocabularies.ts`);
    const values = (definition.values ?? []).map((value) => value.name.value);
    if (values.join() !== vocabulary.values.join()) throw new Error(`The enum ${name} has the values ${values.join(', ')}, its vocabulary ${vocabulary.values.join(', ')}`);
    return { name, values: values.map((value) => ({ value, labelZh: labelOf(vocabulary, value, 'ZH'), labelEn: labelOf(vocabulary, value, 'EN') })) };
  });
}

/** How each language lists and introduces: 共同产业：集成电路、人工智能 / Shared industries: Integrated circuits, Artificial intelligence. */
const PUNCTUATION: Readonly<Record<Language, { introduce: string; between: string }>> = {
  ZH: { introduce: '：', between: '、' },
  EN: { introduce: ': ', between: ', ' },
};

/** A match reason in words: its kind's label, then what the two records share, or how far apart they are. */
export function matchReasonDetail(reason: MatchReason, language: Language): string {
  const kind = labelOf(MATCH_REASON_KIND, reason.kind, language);
  const { introduce, between } = PUNCTUATION[language];
  switch (reason.kind) {
    case 'SHARED_INDUSTRY':
      return `${kind}${introduce}${reason.industries.map((industry) => labelOf(INDUSTRY, industry, language)).join(between)}`;
    case 'TEXT_SIMILARITY':
      return `${kind}${introduce}${reason.phrases.join(between)}`;
    case 'PROXIMITY':
      return `${kind} ${reason.distanceKm.toFixed(1)} km`;
  }
}

export function provinceOf(member: Member, language: Language): string {
  return language === 'EN' ? member.provinceEn : member.provinceZh;
}
