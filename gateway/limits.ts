/**
 * Operation limits, enforced after validation and before the gateway plans (Apollo Server's
 * `didResolveOperation`), so a refused operation costs the subgraphs nothing. They run per request
 * rather than as static validation rules because a caller's API key may raise them, and because
 * Apollo skips validation for documents it has already validated once (its document store) — a
 * rule would let a document one key may send through for everyone else.
 *
 * Depth, aliases and directives are graphql-armor's rules; tokens are counted with graphql's own
 * lexer; root fields, string lengths, introspection and the cost estimate (`cost.ts`) are ours.
 */
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  Lexer,
  Source,
  TokenKind,
  validate,
  visit,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLFormattedError,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationRule,
} from 'graphql';
import { z } from 'zod';
import { catalogueError, type ErrorCode } from '../schema/errors.js';
import { estimateCost, type CostEstimateOptions } from './cost.js';

const limit = z.number().int().positive();

/** What one operation may ask for. Every limit is a positive integer. */
export const OperationLimitsSchema = z
  .object({
    /** Deepest field nesting (fragments do not add a level). */
    maxDepth: limit,
    /** Aliased fields in the whole operation. */
    maxAliases: limit,
    /** Lexical tokens in the document. */
    maxTokens: limit,
    /** Directives in the whole operation. */
    maxDirectives: limit,
    /** Top-level fields of the operation. */
    maxRootFields: limit,
    /** Estimated cost (see `cost.ts`). */
    maxCost: limit,
    /** Characters in any one string argument or variable of a read (search and filter text, ids). */
    maxTextLength: limit,
  })
  .strict();
export type OperationLimits = z.infer<typeof OperationLimitsSchema>;

/**
 * Defaults: the README's examples and the benchmark's workloads cost at most 202 (a 50-challenge
 * list page) and nest 5 deep; these leave room for real pages and refuse the attacks the edge
 * exists for (nested cross-member matching, hundreds of aliased searches, huge search text).
 */
export const DEFAULT_OPERATION_LIMITS: OperationLimits = {
  maxDepth: 10,
  maxAliases: 20,
  maxTokens: 2_000,
  maxDirectives: 20,
  maxRootFields: 10,
  maxCost: 3_000,
  maxTextLength: 500,
};

export interface OperationLimitsPluginOptions<Context extends BaseContext> {
  /** The limits of the caller behind a request (the defaults, or its API key's). */
  limitsFor: (context: Context) => OperationLimits;
  /** When false `__schema` and `__type` are refused with INTROSPECTION_DISABLED. */
  introspection: boolean;
  cost?: CostEstimateOptions;
}

/** A refusal of the whole operation: HTTP 400, a stable code, and any figures the caller needs. */
function refusal(code: ErrorCode, message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return catalogueError(code, message, { ...extra, http: { status: 400 } });
}

export function operationLimitsPlugin<Context extends BaseContext>(options: OperationLimitsPluginOptions<Context>): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, document, operation, schema, source, request }) {
          if (!operation) return; // Apollo has already refused a document without the operation asked for
          const limits = options.limitsFor(contextValue);
          const problem =
            (options.introspection ? undefined : introspectionProblem(document, operation)) ??
            armorProblem(schema, document, limits) ??
            tokenProblem(source, limits.maxTokens) ??
            rootFieldProblem(document, operation, limits.maxRootFields) ??
            (operation.operation === 'mutation' ? undefined : textLengthProblem(document, request.variables ?? {}, limits.maxTextLength)) ??
            costProblem(schema, document, operation, request.variables ?? {}, limits.maxCost, options.cost);
          if (problem) throw problem;
        },
      };
    },
  };
}

function fragmentsOf(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  return new Map(document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]));
}

/** The names of the operation's top-level fields, through fragments (each fragment once). */
function rootFieldNames(document: DocumentNode, operation: OperationDefinitionNode): string[] {
  const fragments = fragmentsOf(document);
  const seen = new Set<string>();
  const names: string[] = [];
  const collect = (selectionSet: SelectionSetNode) => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) names.push(selection.name.value);
      else if (selection.kind === Kind.INLINE_FRAGMENT) collect(selection.selectionSet);
      else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        const fragment = fragments.get(selection.name.value);
        if (fragment) collect(fragment.selectionSet);
      }
    }
  };
  collect(operation.selectionSet);
  return names;
}

function introspectionProblem(document: DocumentNode, operation: OperationDefinitionNode): GraphQLError | undefined {
  // `__schema` and `__type` exist on the query root only; `__typename` stays allowed.
  const asked = rootFieldNames(document, operation).find((name) => name === '__schema' || name === '__type');
  return asked && refusal('INTROSPECTION_DISABLED', `Introspection (${asked}) is turned off on this corridor`);
}

export function tooManyTokens(maxTokens: number): GraphQLError {
  return refusal('TOO_MANY_TOKENS', `The operation has more than ${maxTokens} tokens`, { limit: maxTokens });
}

/**
 * Apollo's `formatError` for the gateway: graphql-js's parser giving up at its `maxTokens` option
 * (reported by Apollo as GRAPHQL_PARSE_FAILED, HTTP 400) becomes TOO_MANY_TOKENS.
 */
export function formatTokenLimitError(maxTokens: number): (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError {
  return (formatted, error) => {
    const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
    // graphql 16 says "more that"; accept the corrected wording too.
    const hitLimit = original instanceof Error && /^Syntax Error: Document contains more tha[nt] \d+ tokens\. Parsing aborted\.$/.test(original.message);
    if (!hitLimit) return formatted;
    const { http: _status, ...extensions } = tooManyTokens(maxTokens).extensions;
    return { message: `The operation has more than ${maxTokens} tokens`, extensions };
  };
}

function tokenProblem(source: string | undefined, maxTokens: number): GraphQLError | undefined {
  if (source === undefined) return undefined;
  const lexer = new Lexer(new Source(source));
  // The document already parsed, so lexing it cannot fail; stop counting once over the limit.
  for (let count = 0; lexer.advance().kind !== TokenKind.EOF; ) {
    if (++count > maxTokens) return tooManyTokens(maxTokens);
  }
  return undefined;
}

function armorProblem(schema: GraphQLSchema, document: DocumentNode, limits: OperationLimits): GraphQLError | undefined {
  const found: { code: ErrorCode; limit: number }[] = [];
  // graphql-armor reports through `onReject`; which rule rejected decides our code.
  const armor = (code: ErrorCode, n: number, rule: (options: { n: number; onReject: [(context: unknown, error: GraphQLError) => void]; propagateOnRejection: false }) => ValidationRule) =>
    rule({ n, onReject: [() => found.push({ code, limit: n })], propagateOnRejection: false });
  validate(schema, document, [
    armor('QUERY_TOO_DEEP', limits.maxDepth, (o) => maxDepthRule({ ...o, flattenFragments: true })),
    armor('TOO_MANY_ALIASES', limits.maxAliases, maxAliasesRule),
    armor('TOO_MANY_DIRECTIVES', limits.maxDirectives, maxDirectivesRule),
  ]);
  const first = found[0];
  if (!first) return undefined;
  const what = { QUERY_TOO_DEEP: 'nests fields deeper than', TOO_MANY_ALIASES: 'uses more aliases than', TOO_MANY_DIRECTIVES: 'uses more directives than' }[first.code as string];
  return refusal(first.code, `The operation ${what} ${first.limit}`, { limit: first.limit });
}

function rootFieldProblem(document: DocumentNode, operation: OperationDefinitionNode, maxRootFields: number): GraphQLError | undefined {
  const count = rootFieldNames(document, operation).filter((name) => name !== '__typename').length;
  return count > maxRootFields ? refusal('TOO_MANY_ROOT_FIELDS', `The operation asks for ${count} top-level fields; at most ${maxRootFields} are allowed`, { limit: maxRootFields }) : undefined;
}

/**
 * The first string argument (literal or variable, at any depth of an input object) longer than
 * the limit, named by its argument path (`filter.text`), as BAD_USER_INPUT: long text is what
 * makes search and filtering slow, and no field of the contract needs it in a read.
 */
function textLengthProblem(document: DocumentNode, variables: Readonly<Record<string, unknown>>, maxTextLength: number): GraphQLError | undefined {
  const tooLong = (field: string) => refusal('BAD_USER_INPUT', `${field} is longer than ${maxTextLength} characters`, { field, limit: maxTextLength });
  const path: string[] = [];
  let problem: GraphQLError | undefined;
  const checkVariable = (value: unknown, at: string): void => {
    if (problem) return;
    if (typeof value === 'string') {
      if (value.length > maxTextLength) problem = tooLong(at);
    } else if (Array.isArray(value)) value.forEach((item) => checkVariable(item, at));
    else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) checkVariable(item, `${at}.${key}`);
  };
  visit(document, {
    Argument: { enter: (node) => void path.push(node.name.value), leave: () => void path.pop() },
    ObjectField: { enter: (node) => void path.push(node.name.value), leave: () => void path.pop() },
    VariableDefinition: { enter: (node) => void path.push(`$${node.variable.name.value}`), leave: () => void path.pop() },
    StringValue(node) {
      if (!problem && node.value.length > maxTextLength) problem = tooLong(path.join('.'));
    },
    Variable(node) {
      // Inside an argument, the variable's value stands for it; a definition's own name is skipped.
      if (path.length > 0 && !path[0]!.startsWith('$')) checkVariable(variables[node.name.value], path.join('.'));
    },
  });
  return problem;
}

function costProblem(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Readonly<Record<string, unknown>>,
  maxCost: number,
  costOptions: CostEstimateOptions | undefined,
): GraphQLError | undefined {
  const cost = estimateCost(schema, document, operation, variables, costOptions);
  return cost > maxCost
    ? refusal('QUERY_TOO_COMPLEX', `The operation's estimated cost ${cost} is over the limit of ${maxCost}: ask for smaller pages (first) or fewer nested lists`, { cost, limit: maxCost })
    : undefined;
}
