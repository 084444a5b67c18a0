/**
 * Reading what a client writes to a stand-in: platform labels back to contract values (the
 * inverse of the dataset's `nativeLabel`), and request validation failures as one line of text.
 */
import type { ZodError } from 'zod';
import { nativeValue } from '../dataset/index.js';
import { PlatformRejection } from './store.js';

interface LabelledVocabulary<V extends string> {
  values: V[];
  labels: Record<V, string>;
}

/** The distinct values of a list of labels; a label outside the contract stands for OTHER. */
export function valuesOfLabels<V extends string>(vocabulary: LabelledVocabulary<V>, labels: readonly string[]): V[] {
  return [...new Set(labels.map((label) => nativeValue(vocabulary, label)))];
}

/**
 * The status a label names. Statuses have no OTHER, so an unknown label is refused (INVALID)
 * rather than guessed; `refusal` words the message in the platform's own language.
 */
export function statusOfLabel<V extends string>(
  vocabulary: LabelledVocabulary<V>,
  label: string,
  refusal = (unknown: string) => `status "${unknown}" is not one of ${vocabulary.values.map((value) => vocabulary.labels[value]).join('/')}`,
): V {
  const value = vocabulary.values.find((candidate) => vocabulary.labels[candidate] === label);
  if (value === undefined) throw new PlatformRejection('INVALID', refusal(label));
  return value;
}

/** A request that failed validation, as `path: problem; path: problem`. */
export function describeIssues(error: ZodError): string {
  return error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
}
