/**
 * Every enumeration's labels by its GraphQL name, found among the exports of the modules that
 * keep them (schema/contract.ts for the records' enumerations, schema/api-vocabularies.ts for
 * the API's own) rather than listed again here: the constant `POLICY_CATEGORY` labels the enum
 * `PolicyCategory`. A new `vocabulary(...)` in either module is served without another edit.
 */
import * as apiVocabularies from './api-vocabularies.js';
import type { Language } from './api-vocabularies.js';
import * as contract from './contract.js';
import { isVocabulary, type Vocabulary } from './contract.js';

/** `POLICY_CATEGORY` → `PolicyCategory`. */
function enumNameOf(constantName: string): string {
  return constantName
    .toLowerCase()
    .split('_')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('');
}

function discover(...modules: readonly Record<string, unknown>[]): ReadonlyMap<string, Vocabulary> {
  const found = new Map<string, Vocabulary>();
  for (const [constantName, value] of modules.flatMap((module) => Object.entries(module))) {
    if (!isVocabulary(value)) continue;
    const name = enumNameOf(constantName);
    if (found.has(name)) throw new Error(`Two vocabularies label the enum ${name}`);
    found.set(name, value);
  }
  return found;
}

export const VOCABULARIES: ReadonlyMap<string, Vocabulary> = discover(contract, apiVocabularies);

/** A value's label in a language. */
export function labelOf<V extends string>(vocabulary: Vocabulary<V>, value: V, language: Language): string {
  return (language === 'EN' ? vocabulary.labelsEn : vocabulary.labels)[value];
}
