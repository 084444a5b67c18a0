/**
 * Signatures for internal calls between corridor processes (the change feed): HMAC-SHA256 over
 * the timestamp, method and path with query, with a shared secret. A signature older than the
 * tolerance is refused, so a captured request cannot be replayed later.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export const SIGNATURE_HEADER = 'x-corridor-signature';
const TOLERANCE_SECONDS = 300;

function mac(secret: string, timestamp: number, method: string, pathWithQuery: string): string {
  return createHmac('sha256', secret).update(`${timestamp}.${method.toUpperCase()}.${pathWithQuery}`).digest('hex');
}

/** The header value for a request: `t=<unix seconds>,v1=<hex>`. */
export function signRequest(secret: string, method: string, pathWithQuery: string, now: number = Date.now()): string {
  const timestamp = Math.floor(now / 1000);
  return `t=${timestamp},v1=${mac(secret, timestamp, method, pathWithQuery)}`;
}

/** Why a signature is refused, or undefined when it is valid. */
export function signatureProblem(secret: string, header: string | undefined, method: string, pathWithQuery: string, now: number = Date.now()): string | undefined {
  if (!header) return `missing ${SIGNATURE_HEADER} header`;
  const match = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(header);
  if (!match) return `malformed ${SIGNATURE_HEADER} header`;
  const timestamp = Number(match[1]);
  if (Math.abs(now / 1000 - timestamp) > TOLERANCE_SECONDS) return 'signature timestamp outside the tolerance';
  const expected = Buffer.from(mac(secret, timestamp, method, pathWithQuery), 'hex');
  const given = Buffer.from(match[2]!, 'hex');
  return timingSafeEqual(expected, given) ? undefined : 'signature does not match';
}
