/**
 * Partial results: with `errorPolicy: 'all'` an answer carries the data every healthy member
 * gave plus errors for what one member could not; these helpers find, for a null in the data,
 * the error whose `path` ends at it, and which member it names (`extensions.city`).
 */
import type { ApolloError } from '@apollo/client';
import type { GraphQLFormattedError } from 'graphql';

/**
 * Every GraphQL error of a failed or partial answer: those of an HTTP 200 answer, and those of
 * a 400 answer (the gateway's refusals and variable errors), which Apollo reports as a network error.
 */
export function graphQLErrorsOf(error: ApolloError | undefined): readonly GraphQLFormattedError[] {
  if (!error) return [];
  const refused = (error.networkError as { result?: { errors?: GraphQLFormattedError[] } } | null)?.result?.errors;
  return [...error.graphQLErrors, ...(refused ?? [])];
}

export function errorCode(error: GraphQLFormattedError): string | undefined {
  const code = error.extensions?.['code'];
  return typeof code === 'string' ? code : undefined;
}

function samePath(error: GraphQLFormattedError, path: readonly (string | number)[]): boolean {
  return error.path?.length === path.length && error.path.every((part, index) => part === path[index]);
}

/** Why the record at `path` is null: the member the error names and the error's code. */
export interface MissingRecord {
  city: string;
  code: string;
}

export function missingRecordAt(error: ApolloError | undefined, path: readonly (string | number)[]): MissingRecord | undefined {
  const found = graphQLErrorsOf(error).find((candidate) => samePath(candidate, path));
  const city = found?.extensions?.['city'];
  return found && typeof city === 'string' ? { city, code: errorCode(found) ?? 'CITY_UNAVAILABLE' } : undefined;
}

/** The members an answer says could not be reached, by slug. */
export function unavailableMembers(error: ApolloError | undefined): string[] {
  const slugs = graphQLErrorsOf(error)
    .filter((candidate) => errorCode(candidate) === 'CITY_UNAVAILABLE')
    .map((candidate) => candidate.extensions?.['city'])
    .filter((city): city is string => typeof city === 'string');
  return [...new Set(slugs)];
}

/** An error not about one member's records: the request itself went wrong. */
export function requestProblem(error: ApolloError | undefined): GraphQLFormattedError | Error | undefined {
  const memberCodes = new Set(['CITY_UNAVAILABLE', 'RECORD_QUARANTINED', 'NOT_FOUND']);
  const general = graphQLErrorsOf(error).find((candidate) => !memberCodes.has(errorCode(candidate) ?? '') || candidate.extensions?.['city'] === undefined);
  if (general) return general;
  return error?.networkError && !graphQLErrorsOf(error).length ? error.networkError : undefined;
}
