/**
 * The contract's vocabularies by the name dialects use for them, and their mappers: the
 * contract's Chinese labels, or a platform's own codes beside them.
 */
import { APPLICATION_STATUS, CARRIER_KIND, CARRIER_LEVEL, CHALLENGE_STATUS, INDUSTRY, POLICY_CATEGORY, PUBLISHER_KIND } from '../../schema/contract.js';
import { VocabularyMapper, type Vocabulary } from './parse.js';

export const VOCABULARIES = {
  industry: INDUSTRY,
  policyCategory: POLICY_CATEGORY,
  carrierKind: CARRIER_KIND,
  carrierLevel: CARRIER_LEVEL,
  publisherKind: PUBLISHER_KIND,
  challengeStatus: CHALLENGE_STATUS,
  applicationStatus: APPLICATION_STATUS,
} as const;
export type VocabularyName = keyof typeof VOCABULARIES;
export type ValueOf<V extends VocabularyName> = (typeof VOCABULARIES)[V]['values'][number];
/** A platform's code for each value of a vocabulary. */
export type CodeTable<V extends VocabularyName> = Readonly<Record<ValueOf<V>, string>>;

const LABEL_MAPPERS = new Map<VocabularyName, VocabularyMapper<string>>();

/** The mapper of a vocabulary: with `codes`, one that reads and writes them; without, the contract's labels (shared). */
export function mapperFor(name: VocabularyName, codes?: Readonly<Record<string, string>>): VocabularyMapper<string> {
  const vocabulary = VOCABULARIES[name] as Vocabulary<string>;
  if (codes) return new VocabularyMapper(vocabulary, codes);
  if (!LABEL_MAPPERS.has(name)) LABEL_MAPPERS.set(name, new VocabularyMapper(vocabulary));
  return LABEL_MAPPERS.get(name)!;
}
