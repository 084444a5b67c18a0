/**
 * The contract's vocabularies by the name dialects use for them, and their mappers: the
 * contract's Chinese labels, or a platform's own codes beside them.
 */
import { FIELD_VOCABULARIES as VOCABULARIES, type VocabularyName } from '../../schema/record-fields.js';
import { VocabularyMapper, type Vocabulary } from './parse.js';

export type { VocabularyName };
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
