import { GraphQLError, type ASTNode } from 'graphql';

/**
 * Every `extensions.code` the corridor returns, one line each. Clients may switch on these; they
 * never change meaning.
 */
export const ERROR_CODES = {
  /** A member's platform or city subgraph could not answer; `extensions.city` names the member. */
  CITY_UNAVAILABLE: 'A member platform could not be reached or answered badly; the rest of the response is complete.',
  /** The corridor subgraph (lists, search, matching, writes) could not answer in time. */
  CORRIDOR_UNAVAILABLE: 'The corridor subgraph could not answer; retry shortly.',
  /** An argument is malformed (bad date, unknown member slug, bad cursor, out-of-range number). */
  BAD_USER_INPUT: 'An argument is malformed; `extensions.field` names it.',
  /** A global id that is not `<slug>:<kind>:<id>` or names no member. */
  INVALID_ID: 'The id is not a corridor global id of a known member.',
  /** A request to a subgraph (reads included) that is unsigned, badly signed, expired or replayed (HTTP 401): only the hub's own processes may call subgraphs. */
  UNSIGNED_REQUEST: 'Subgraphs answer only requests signed by the hub; call the gateway instead.',
  /** More `_entities` representations in one request than a city subgraph takes (`extensions.limit`). */
  TOO_MANY_REPRESENTATIONS: 'The request asks a city subgraph for more records at once than allowed; ask for smaller pages.',
  /** No API key where one is needed, or a key the hub does not know. */
  UNAUTHENTICATED: 'The request needs a valid API key (Authorization: Bearer <key>).',
  /** The caller's organisation may not do this (wrong member city, missing role, another organisation's record). */
  FORBIDDEN: 'The calling organisation may not do this; the message says why.',
  /** The record a write refers to does not exist, or a member's platform no longer has a record the corridor listed; `extensions.city` and `extensions.id` name it. */
  NOT_FOUND: 'The record does not exist (any more).',
  /** A member's platform sends the record in a form that does not fit the contract; `extensions.city`, `extensions.id` and `extensions.reason` say which and why. */
  RECORD_QUARANTINED: 'The member platform sends this record malformed, so it is left out; the rest of the response is complete.',
  /** Applying to a challenge that is not open or whose deadline has passed. */
  CHALLENGE_NOT_OPEN: 'The challenge no longer takes applications.',
  /** A publish with a deadline that is not after today. */
  DEADLINE_IN_PAST: 'The deadline must be after today.',
  /** A reward outside 1,000 to 100,000,000 yuan. */
  REWARD_OUT_OF_RANGE: 'The reward must be between 1,000 and 100,000,000 yuan.',
  /** The organisation already has an application to this challenge. */
  ALREADY_APPLIED: 'The organisation has already applied to this challenge.',
  /** A follow-up that does not fit the record's state (e.g. awarding a closed challenge). */
  INVALID_STATE: 'The record is not in a state that allows this.',
  /** A follow-up on a record that is still waiting for its platform. */
  WRITE_PENDING: 'The record has not reached its platform yet; retry after it has.',
  /** The member's platform could not take a write for good (its answers to it cannot be read); the message says why. */
  WRITE_FAILED: 'The platform could not take the write; the message says why.',
  /** An idempotency key reused for a different request. */
  IDEMPOTENCY_KEY_REUSED: 'The idempotency key was already used for a different request.',
  // The gateway's edge: operation limits, transport and rate limits (HTTP 400/413/415/429).
  /** The operation's estimated cost (list sizes multiplied through) is over the caller's limit; `extensions.cost` and `extensions.limit`. */
  QUERY_TOO_COMPLEX: 'The operation would cost more than allowed; ask for smaller pages or fewer nested lists.',
  /** Fields nested deeper than the caller's depth limit. */
  QUERY_TOO_DEEP: 'The operation nests fields deeper than allowed.',
  /** More aliased fields than the caller's alias limit. */
  TOO_MANY_ALIASES: 'The operation uses more aliases than allowed.',
  /** More lexical tokens than the caller's token limit. */
  TOO_MANY_TOKENS: 'The operation document is longer than allowed.',
  /** More directives than the caller's directive limit. */
  TOO_MANY_DIRECTIVES: 'The operation uses more directives than allowed.',
  /** More top-level fields than the caller's root-field limit. */
  TOO_MANY_ROOT_FIELDS: 'The operation asks for more top-level fields than allowed.',
  /** `__schema` or `__type` asked for while introspection is off (INTROSPECTION=false, the production default). */
  INTROSPECTION_DISABLED: 'Introspection is turned off on this corridor.',
  /** A request body over MAX_BODY_BYTES (HTTP 413). */
  PAYLOAD_TOO_LARGE: 'The request body is larger than allowed.',
  /** A POST whose Content-Type is not application/json (HTTP 415). */
  UNSUPPORTED_MEDIA_TYPE: 'Send GraphQL requests as application/json.',
  /** Too many requests from one API key or, without a key, one client address (HTTP 429); `extensions.retryAfterSeconds`. */
  RATE_LIMITED: 'Too many requests; retry after the number of seconds given.',
  /** A scrape of `/metrics` without the operator's bearer token (METRICS_TOKEN), or in production where none is set (HTTP 401). */
  METRICS_UNAUTHORIZED: 'Metrics are served only to the bearer of the operator\'s METRICS_TOKEN.',
  // Codes Apollo Server itself answers with, and the masked unexpected error.
  /** Something failed that the caller did not cause; `extensions.errorId` finds it in the logs. */
  INTERNAL_SERVER_ERROR: 'Internal error; quote `extensions.errorId` when reporting it.',
  /** The request's GraphQL document does not parse. */
  GRAPHQL_PARSE_FAILED: 'The GraphQL document has a syntax error.',
  /** The GraphQL document does not fit the schema (unknown field, wrong argument type, bad enum value). */
  GRAPHQL_VALIDATION_FAILED: 'The GraphQL document does not fit the schema.',
  /** The HTTP request is not a GraphQL request (body not valid JSON, no query, GET for a mutation): HTTP 400. */
  BAD_REQUEST: 'The HTTP request is not a well-formed GraphQL request.',
  /** The document has several operations and `operationName` names none of them. */
  OPERATION_RESOLUTION_FAILURE: 'The operation to run could not be determined; set operationName.',
  /** An automatic persisted query hash the server has not seen; send the query with it. */
  PERSISTED_QUERY_NOT_FOUND: 'The persisted query is not known; send the full query once.',
  /** Persisted queries are turned off where this request was sent. */
  PERSISTED_QUERY_NOT_SUPPORTED: 'Persisted queries are not supported here.',
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

/**
 * Why an adapter call failed (`PlatformError.code`). Compared inside the hub and shown to callers
 * only as `extensions.platformCode` beside CITY_UNAVAILABLE; the words callers read come from
 * subgraphs/city/platform-failure.ts.
 */
export const PLATFORM_ERROR_CODES = {
  PLATFORM_UNAVAILABLE: 'The platform could not be reached: connection refused, reset or dropped.',
  PLATFORM_TIMEOUT: 'The platform accepted the connection but did not answer within the configured timeout.',
  PLATFORM_RATE_LIMITED: 'The platform kept answering 429 after every retry the policy allows.',
  PLATFORM_BAD_RESPONSE: 'The platform answered, but not in its documented form (bad status, unparseable body, envelope error).',
  PLATFORM_UNAUTHORIZED: 'The platform refused our credentials, even after a fresh token.',
  PLATFORM_REJECTED: 'The platform refused a write on its merits; `PlatformError.reason` says why (WRITE_FAILURE_REASONS).',
  PLATFORM_CIRCUIT_OPEN: 'The platform was not called: its circuit is open after consecutive failures.',
} as const;

export type PlatformErrorCode = keyof typeof PLATFORM_ERROR_CODES;

/**
 * Why a platform took a write for good without doing it (`WriteReceipt.failure.reason`): the
 * caller's `extensions.code` for it, and its meaning in the words the receipt carries.
 */
export const WRITE_FAILURE_REASONS = {
  NOT_FOUND: { code: 'NOT_FOUND', meaning: 'the record the write refers to does not exist on the platform' },
  CHALLENGE_NOT_OPEN: { code: 'CHALLENGE_NOT_OPEN', meaning: 'the challenge no longer takes applications' },
  DUPLICATE_APPLICATION: { code: 'ALREADY_APPLIED', meaning: 'the organisation has already applied to this challenge' },
  INVALID: { code: 'BAD_USER_INPUT', meaning: 'the platform refused the input as invalid' },
  UNREADABLE: { code: 'WRITE_FAILED', meaning: "the platform took the write but what it answered or holds for it does not fit the contract" },
} as const satisfies Record<string, { code: ErrorCode; meaning: string }>;

export type WriteFailureReason = keyof typeof WRITE_FAILURE_REASONS;

/** A platform's own refusal of a write (PLATFORM_REJECTED), as an adapter translates it. */
export type RejectionReason = Exclude<WriteFailureReason, 'UNREADABLE'>;

/** A GraphQL error with its catalogue code and what else it names (`city`, `id`, `limit` …). */
export function catalogueError(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}, nodes?: ASTNode): GraphQLError {
  return new GraphQLError(message, { nodes, extensions: { code, ...extensions } });
}

/** An error a caller caused, with its stable code and the offending argument or input field. */
export function userError(code: ErrorCode, field: string | undefined, message: string): GraphQLError {
  return catalogueError(code, message, field ? { field } : {});
}

/** A BAD_USER_INPUT error naming the offending argument or input field. */
export function badUserInput(field: string, message: string): GraphQLError {
  return userError('BAD_USER_INPUT', field, message);
}

/** True when an error's `extensions.code`, of any type, is `code`. */
export function hasCode(value: unknown, code: ErrorCode): boolean {
  return value === code;
}

/** A record its member does not have: NOT_FOUND naming the member and the id. */
export function recordNotFound(city: string, id: string): GraphQLError {
  return catalogueError('NOT_FOUND', `${city} has no record ${id} (any more)`, { city, id });
}

/** Longest quarantine reason a caller is shown; a reason can quote the platform's value. */
const MAX_REASON_LENGTH = 200;

/** A quarantine reason as a caller is shown it (on a record's error or in `City.status.quarantined`): bounded. */
export function shownReason(fullReason: string): string {
  return fullReason.length > MAX_REASON_LENGTH ? `${fullReason.slice(0, MAX_REASON_LENGTH - 1)}…` : fullReason;
}

/** A record its member's platform sends in a form that does not fit the contract: RECORD_QUARANTINED naming the member, the id and why. */
export function recordQuarantined(city: string, id: string, fullReason: string): GraphQLError {
  const reason = shownReason(fullReason);
  return catalogueError('RECORD_QUARANTINED', `${city} sends ${id} in a form that does not fit the corridor contract: ${reason}`, { city, id, reason });
}

/** True when `code` is one of the catalogue's GraphQL codes. */
export function isCatalogueCode(code: unknown): code is ErrorCode {
  return typeof code === 'string' && Object.hasOwn(ERROR_CODES, code);
}
