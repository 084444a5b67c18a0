import { GraphQLError } from 'graphql';

/**
 * Every `extensions.code` the corridor returns, one line each. Clients may switch on these; they
 * never change meaning.
 */
export const ERROR_CODES = {
  /** A member's platform or city subgraph could not answer; `extensions.city` names the member. */
  CITY_UNAVAILABLE: 'A member platform could not be reached or answered badly; the rest of the response is complete.',
  /** An argument is malformed (bad date, unknown member slug, bad cursor, out-of-range number). */
  BAD_USER_INPUT: 'An argument is malformed; `extensions.field` names it.',
  /** A global id that is not `<slug>:<kind>:<id>` or names no member. */
  INVALID_ID: 'The id is not a corridor global id of a known member.',
  /** A signed internal request (change feed) without a valid signature. */
  UNSIGNED_REQUEST: 'An internal endpoint was called without a valid signature.',
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

/** A BAD_USER_INPUT error naming the offending argument or input field. */
export function badUserInput(field: string, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', field } });
}
