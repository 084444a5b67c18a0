/**
 * Signatures for calls between hub processes (the change feed, routed writes, identities):
 * HMAC-SHA256 with a secret the hub's processes share. A signature covers the timestamp, method,
 * path with query and a digest of the body, and is refused once older than the tolerance, so a
 * captured request can neither be altered nor replayed later.
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

export const SIGNATURE_HEADER = 'x-corridor-signature';
const TOLERANCE_SECONDS = 300;

function mac(secret: string, payload: string): string {
  return createHmac('sha256', secret).update(payload).digest('hex');
}

function requestPayload(timestamp: number, method: string, pathWithQuery: string, body: string): string {
  return `${timestamp}.${method.toUpperCase()}.${pathWithQuery}.${createHash('sha256').update(body).digest('hex')}`;
}

function checkTimestamp(timestamp: number, now: number): string | undefined {
  return Math.abs(now / 1000 - timestamp) > TOLERANCE_SECONDS ? 'signature timestamp outside the tolerance' : undefined;
}

function sameMac(expectedHex: string, givenHex: string): boolean {
  const expected = Buffer.from(expectedHex, 'hex');
  const given = Buffer.from(givenHex, 'hex');
  return expected.length === given.length && timingSafeEqual(expected, given);
}

/** The header value for a request: `t=<unix seconds>,v1=<hex>`. */
export function signRequest(secret: string, method: string, pathWithQuery: string, body = '', now: number = Date.now()): string {
  const timestamp = Math.floor(now / 1000);
  return `t=${timestamp},v1=${mac(secret, requestPayload(timestamp, method, pathWithQuery, body))}`;
}

/** Why a request signature is refused, or undefined when it is valid. */
export function signatureProblem(secret: string, header: string | undefined, method: string, pathWithQuery: string, body = '', now: number = Date.now()): string | undefined {
  if (!header) return `missing ${SIGNATURE_HEADER} header`;
  const match = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(header);
  if (!match) return `malformed ${SIGNATURE_HEADER} header`;
  const timestamp = Number(match[1]);
  return checkTimestamp(timestamp, now) ?? (sameMac(mac(secret, requestPayload(timestamp, method, pathWithQuery, body)), match[2]!) ? undefined : 'signature does not match');
}

/** A signed token carrying a JSON value: `<base64url json>.<unix seconds>.<hex mac>`. */
export function signValue(secret: string, value: unknown, now: number = Date.now()): string {
  const encoded = Buffer.from(JSON.stringify(value)).toString('base64url');
  const timestamp = Math.floor(now / 1000);
  return `${encoded}.${timestamp}.${mac(secret, `${encoded}.${timestamp}`)}`;
}

/** The value of a signed token, or the reason it is refused. */
export function verifyValue(secret: string, token: string, now: number = Date.now()): { value: unknown } | { problem: string } {
  const match = /^([A-Za-z0-9_-]+)\.(\d+)\.([0-9a-f]{64})$/.exec(token);
  if (!match) return { problem: 'malformed signed token' };
  const timestamp = Number(match[2]);
  const stale = checkTimestamp(timestamp, now);
  if (stale) return { problem: stale };
  if (!sameMac(mac(secret, `${match[1]}.${timestamp}`), match[3]!)) return { problem: 'signature does not match' };
  return { value: JSON.parse(Buffer.from(match[1]!, 'base64url').toString('utf8')) };
}

/** Used only when HUB_SECRET is unset outside production: the local corridor's default. */
export const DEVELOPMENT_HUB_SECRET = 'corridor-development-secret';

/** The secret the hub's processes share (`HUB_SECRET`); required in production. */
export function hubSecretFrom(env: NodeJS.ProcessEnv): string {
  const secret = env['HUB_SECRET'];
  if (secret) return secret;
  if (env['NODE_ENV'] === 'production') throw new Error('HUB_SECRET must be set in production');
  return DEVELOPMENT_HUB_SECRET;
}
