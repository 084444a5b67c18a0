import type { PlatformErrorCode, RejectionReason } from '../../schema/errors.js';
import type { CircuitSnapshot } from './circuit.js';

/**
 * Typed platform failures. Every error an adapter throws is one of these, so the city subgraph
 * can turn it into a GraphQL error with a stable `extensions.code` naming the member.
 */

// The codes and reasons are the hub's error catalogue's (schema/errors.ts), one line each there.
export type { PlatformErrorCode, RejectionReason } from '../../schema/errors.js';

export interface PlatformErrorDetails {
  city: string;
  /** HTTP status, when the platform answered. */
  status?: number;
  /** The URL called, without credentials. */
  url?: string;
  /** For PLATFORM_REJECTED: the platform's own reason, translated to our vocabulary. */
  reason?: RejectionReason;
  /** For PLATFORM_CIRCUIT_OPEN: the circuit as it stood. */
  circuit?: CircuitSnapshot;
  cause?: unknown;
}

export class PlatformError extends Error {
  readonly city: string;
  readonly status: number | undefined;
  readonly url: string | undefined;
  readonly reason: PlatformErrorDetails['reason'];
  readonly circuit: CircuitSnapshot | undefined;

  constructor(
    readonly code: PlatformErrorCode,
    message: string,
    details: PlatformErrorDetails,
  ) {
    super(`${details.city}: ${message}`, { cause: details.cause });
    this.name = 'PlatformError';
    this.city = details.city;
    this.status = details.status;
    this.url = details.url;
    this.reason = details.reason;
    this.circuit = details.circuit;
  }
}

const OUTAGE_CODES: ReadonlySet<PlatformErrorCode> = new Set(['PLATFORM_UNAVAILABLE', 'PLATFORM_TIMEOUT', 'PLATFORM_RATE_LIMITED', 'PLATFORM_BAD_RESPONSE', 'PLATFORM_CIRCUIT_OPEN']);

/** True when a failure means the member is down or unusable now, rather than our request being wrong. */
export function isOutage(error: unknown): boolean {
  return error instanceof PlatformError && OUTAGE_CODES.has(error.code);
}

/** A platform's documented refusal codes (error codes, fault reasons, HTTP statuses …) → our reasons. */
export type RefusalCodes = ReadonlyMap<string, RejectionReason>;

export function refusalCodes(table: Readonly<Record<string | number, RejectionReason>>): RefusalCodes {
  // A Map, not the object: a code such as "constructor" must not find an inherited member.
  return new Map(Object.entries(table));
}

/**
 * The error for a call the platform refused: PLATFORM_REJECTED with our reason when `code` is one
 * of its documented refusal codes; otherwise PLATFORM_BAD_RESPONSE, because an undocumented error
 * is the platform failing, not a verdict on our request.
 */
export function refusalError(codes: RefusalCodes, code: string | number | undefined, message: string, details: PlatformErrorDetails): PlatformError {
  const reason = code === undefined ? undefined : codes.get(String(code));
  if (reason !== undefined) return new PlatformError('PLATFORM_REJECTED', message, { ...details, reason });
  return new PlatformError('PLATFORM_BAD_RESPONSE', `failed with ${code ?? 'an error without a code'}: ${message}`, details);
}
