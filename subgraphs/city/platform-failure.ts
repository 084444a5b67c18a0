/**
 * A platform failure in words of ours, for anything a caller or operator reads (GraphQL errors,
 * `/health`, the change feed's error answer, City.status.lastError). The platform's own message
 * and body stay in the log: they can carry anything, from stack traces to other people's data.
 */
import { PlatformError } from '../../adapters/kit/errors.js';
import type { PlatformErrorCode } from '../../schema/errors.js';
import { log } from '../log.js';

/** What the words of a failure may draw on: never its message, which can quote the platform. */
type FailureFacts = Pick<PlatformError, 'code' | 'status' | 'circuit'>;

const WORDS: Record<PlatformErrorCode, (facts: FailureFacts) => string> = {
  PLATFORM_UNAVAILABLE: ({ status }) => (status === undefined ? 'platform could not be reached' : `platform answered HTTP ${status}`),
  PLATFORM_TIMEOUT: () => 'platform timed out',
  PLATFORM_RATE_LIMITED: () => 'platform kept answering "too many requests" (HTTP 429)',
  PLATFORM_BAD_RESPONSE: ({ status }) => (status === undefined || status < 400 ? 'platform answer could not be read' : `platform answered HTTP ${status}`),
  PLATFORM_UNAUTHORIZED: () => "platform refused the hub's credentials",
  PLATFORM_REJECTED: () => 'platform refused the request',
  PLATFORM_CIRCUIT_OPEN: ({ circuit }) => {
    const failures = `platform circuit is open after ${circuit?.consecutiveFailures ?? 'repeated'} consecutive failures`;
    if (!circuit?.nextProbeAt) return `${failures}; a probe is under way`;
    return `${failures}; next probe in ${Math.max(0, Math.ceil((Date.parse(circuit.nextProbeAt) - Date.now()) / 1000))} s`;
  },
};

/** What failed, e.g. "platform timed out"; the platform's wording and body are never part of it. */
export function platformFailureWords(facts: FailureFacts): string {
  return WORDS[facts.code](facts);
}

/** The words for any error an adapter call threw; logs the full error, which the words leave out. */
export function describePlatformFailure(city: string, error: unknown): string {
  if (error instanceof PlatformError) {
    // An open circuit called nothing: the failures that opened it are in the log already.
    if (error.code !== 'PLATFORM_CIRCUIT_OPEN') log.warn({ city, err: error }, 'platform call failed');
    return platformFailureWords(error);
  }
  log.warn({ city, err: error }, 'platform call failed');
  return 'platform call failed unexpectedly';
}
