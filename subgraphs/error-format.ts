/**
 * What every part of the hub (gateway and subgraphs) tells a caller about an error: a code from
 * the catalogue (`schema/errors.ts`) and words of ours, never an internal message. Used as Apollo
 * Server's `formatError`.
 *
 * - A caller's mistake in a scalar literal or a variable is BAD_USER_INPUT with `extensions.field`
 *   naming the argument path (`filter.deadline.from`) or the variable (`$deadline`,
 *   `$filter.deadline.from`), whichever it came in.
 * - An error already carrying a catalogue code passes unchanged.
 * - Anything else is unexpected: the caller gets "Internal error; reference <errorId>" with
 *   INTERNAL_SERVER_ERROR and `extensions.errorId`; the real error goes to the log with that id.
 *   A subgraph's masked error keeps its id through the gateway, so one id finds one log line.
 */
import { randomUUID } from 'node:crypto';
import { BREAK, GraphQLError, Kind, parse, visit, type ASTNode, type GraphQLFormattedError, type ValueNode } from 'graphql';
import { hasCode, isCatalogueCode, type ErrorCode } from '../schema/errors.js';
import { log } from './log.js';

const ERROR_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function maskedMessage(errorId: string): string {
  return `Internal error; reference ${errorId}`;
}

/** The path of the literal starting at `start` inside `value`, written from `prefix`. */
function literalPathIn(value: ValueNode, prefix: string, start: number): string | undefined {
  if (value.loc?.start === start) return prefix;
  if (value.kind === Kind.OBJECT) {
    for (const field of value.fields) {
      const found = literalPathIn(field.value, `${prefix}.${field.name.value}`, start);
      if (found) return found;
    }
  }
  if (value.kind === Kind.LIST) {
    for (const [index, item] of value.values.entries()) {
      const found = literalPathIn(item, `${prefix}[${index}]`, start);
      if (found) return found;
    }
  }
  return undefined;
}

/** Which argument (or variable default) of the document a rejected literal sits in. */
function literalPath(error: GraphQLError): string | undefined {
  const start = error.nodes?.[0]?.loc?.start;
  if (start === undefined || !error.source) return undefined;
  let found: string | undefined;
  const search = (value: ValueNode | undefined, prefix: string) => {
    found = value && literalPathIn(value, prefix, start);
    return found ? BREAK : undefined;
  };
  visit(parse(error.source), {
    Argument: (argument) => search(argument.value, argument.name.value),
    VariableDefinition: (definition) => search(definition.defaultValue, `$${definition.variable.name.value}`),
  });
  return found;
}

/** The variable (and the path inside it) a coercion error is about: `$filter.deadline.from`. */
function variablePath(error: GraphQLError): string | undefined {
  const node: ASTNode | undefined = error.nodes?.[0];
  if (node?.kind !== Kind.VARIABLE_DEFINITION) return undefined;
  const name = node.variable.name.value;
  // graphql-js names the offending part inside the variable only in its message: `at "filter.deadline.from"`.
  const inside = new RegExp(`at "${name}([^"]*)"`).exec(error.message)?.[1] ?? '';
  return `$${name}${inside}`;
}

/** A caller's bad literal or variable as BAD_USER_INPUT naming where it was; undefined for other errors. */
function userInputError(formatted: GraphQLFormattedError, error: GraphQLError): GraphQLFormattedError | undefined {
  const code = formatted.extensions?.['code'];
  const original = error.originalError;
  // A scalar's parseLiteral refusal surfaces as a validation failure; it is the caller's input.
  if (hasCode(code, 'GRAPHQL_VALIDATION_FAILED') && original instanceof GraphQLError && hasCode(original.extensions['code'], 'BAD_USER_INPUT')) {
    const field = original.extensions['field'] ?? literalPath(error);
    return { message: original.message, locations: formatted.locations, extensions: { code: 'BAD_USER_INPUT' satisfies ErrorCode, ...(field ? { field } : {}) } };
  }
  if (hasCode(code, 'BAD_USER_INPUT') && formatted.extensions?.['field'] === undefined) {
    const field = variablePath(error);
    if (field) return { ...formatted, extensions: { ...formatted.extensions, field } };
  }
  return undefined;
}

/** Apollo Server's `formatError` for the part named `part` (in log lines only). */
export function formatErrorFor(part: string) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const graphqlError = error instanceof GraphQLError ? error : undefined;
    const input = graphqlError && userInputError(formatted, graphqlError);
    if (input) return input;
    const code = formatted.extensions?.['code'];
    if (!hasCode(code, 'INTERNAL_SERVER_ERROR') && isCatalogueCode(code)) return formatted;
    const where = { ...(formatted.locations && { locations: formatted.locations }), ...(formatted.path && { path: formatted.path }) };
    const forwardedId = formatted.extensions?.['errorId'];
    if (hasCode(code, 'INTERNAL_SERVER_ERROR') && typeof forwardedId === 'string' && ERROR_ID.test(forwardedId)) {
      return { message: maskedMessage(forwardedId), ...where, extensions: { code, errorId: forwardedId } };
    }
    const errorId = randomUUID();
    log.error({ errorId, part, code, path: formatted.path, err: graphqlError?.originalError ?? error }, `masked unexpected error: ${formatted.message}`);
    return { message: maskedMessage(errorId), ...where, extensions: { code: 'INTERNAL_SERVER_ERROR' satisfies ErrorCode, errorId } };
  };
}
