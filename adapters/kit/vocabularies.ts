/**
 * The contract's vocabularies as mappers, for dialects that speak the contract's Chinese labels.
 * A dialect with codes of its own builds its mappers with `mapperWithCodes` instead.
 */
import {
  APPLICATION_STATUS,
  CARRIER_KIND,
  CARRIER_LEVEL,
  CHALLENGE_STATUS,
  INDUSTRY,
  POLICY_CATEGORY,
  PUBLISHER_KIND,
} from '../../schema/contract.js';
import { VocabularyMapper, type Vocabulary } from './parse.js';

export const industries = new VocabularyMapper(INDUSTRY);
export const policyCategories = new VocabularyMapper(POLICY_CATEGORY);
export const carrierKinds = new VocabularyMapper(CARRIER_KIND);
export const carrierLevels = new VocabularyMapper(CARRIER_LEVEL);
export const publisherKinds = new VocabularyMapper(PUBLISHER_KIND);
export const challengeStatuses = new VocabularyMapper(CHALLENGE_STATUS);
export const applicationStatuses = new VocabularyMapper(APPLICATION_STATUS);

/** A mapper that also reads, and writes, the platform's own code for each value (`value → code`). */
export function mapperWithCodes<V extends string>(vocabulary: Vocabulary<V>, codes: Readonly<Record<V, string>>): VocabularyMapper<V> {
  return new VocabularyMapper(vocabulary, codes);
}
