/**
 * A platform failure in words of ours, for anything a caller or operator reads (GraphQL errors,
 * `/health`, the change feed's error answer, City.status.lastError). The platform's own message
 * and body stay in the log: they can carry anything, from stack traces to other people's data.
 */
import { PlatformError, type PlatformErrorCode } from '../../adapters/kit/errors.js';
import { log } from '../log.js';

const WORDS: Record<PlatformErrorCode, (status: number | undefined) => string> = {
  PLATFORM_UNAVAILABLE: (status) => (status === undefined ? 'platform could not be reached' : `platform answered HTTP ${status}`),
  PLATFORM_TIMEOUT: () => 'platform timed out',
  PLATFORM_RATE_LIMITED: () => 'platform kept answering "too many requests" (HTTP 429)',
  PLATFORM_BAD_RESPONSE: (status) => (status === undefined || status < 400 ? 'platform answer could not be read' : `platform answered HTTP ${status}`),
  PLATFORM_UNAUTHORIZED: () => "platform refused the hub's credentials",
  PLATFORM_REJECTED: () => 'platform refused the request',
};

/** What failed, e.g. "platform timed out"; the platform's wording and body are never part of it. */
export function platformFailureWords(code: PlatformErrorCode, status?: number): string {
  return WORDS[code](status);
}

/** The words for any error an adapter call threw; logs the full error, which the words leave out. */
export function describePlatformFailure(city: string, error: unknown): string {
  log.warn({ city, err: error }, 'platform call failed');
  if (error instanceof PlatformError) return platformFailureWords(error.code, error.status);
  return 'platform call failed unexpectedly';
}
