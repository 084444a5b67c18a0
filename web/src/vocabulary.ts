/**
 * Labels of the API's enumerations, from the API itself: `vocabularies` answers every
 * enumeration with each value's Chinese and English label in the schema's order, asked once
 * per visit. Filters, sort menus and badges are built from it, so a value the schema adds shows
 * with its label and no page change.
 */
import { useQuery } from '@apollo/client';
import { useMemo } from 'react';
import { graphql } from './gql';

const VocabulariesDocument = graphql(`
  query Vocabularies {
    vocabularies { name values { value labelZh labelEn } }
  }
`);

/** The enumerations the page labels (names as the schema spells them). */
export type VocabularyName =
  | 'Industry'
  | 'PolicyCategory'
  | 'PolicyStatus'
  | 'CarrierKind'
  | 'CarrierLevel'
  | 'ChallengeStatus'
  | 'PublisherKind'
  | 'ApplicationStatus'
  | 'WriteState'
  | 'CityState'
  | 'EntityKind'
  | 'PolicyOrder'
  | 'CarrierOrder'
  | 'ChallengeOrder'
  | 'FinanceProductKind'
  | 'TalentServiceKind'
  | 'AchievementMaturity'
  | 'TransferMode'
  | 'CooperationKind'
  | 'CooperationStatus'
  | 'ConsortiumRole'
  | 'FinanceProductOrder'
  | 'TalentServiceOrder'
  | 'AchievementOrder'
  | 'CooperationOrder'
  | 'TechnologyManagerOrder'
  | 'ConsortiumOrder';

export interface VocabularyValue {
  value: string;
  labelZh: string;
  labelEn: string;
}

export type Vocabularies = ReadonlyMap<string, readonly VocabularyValue[]>;

/** Every vocabulary by name; empty until the first answer (labels then show as the values themselves). */
export function useVocabularies(): Vocabularies {
  const { data } = useQuery(VocabulariesDocument, { fetchPolicy: 'cache-first' });
  return useMemo(() => new Map((data?.vocabularies ?? []).map((vocabulary) => [vocabulary.name, vocabulary.values])), [data]);
}
