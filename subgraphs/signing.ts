/**
 * Signatures for every call between hub processes: gateway → subgraph (reads included),
 * corridor → city subgraph (change feed, routed writes). HMAC-SHA256, with a secret the hub's
 * processes share, over the method, the path with query, a digest of the body, a timestamp, a
 * random nonce and a digest of the caller's identity header. So a captured request cannot be
 * altered, sent to another path, given another identity, sent again (its nonce is remembered for
 * the whole window) or kept for later (its timestamp leaves the window).
 *
 * The secret can be rotated without downtime: a receiver also accepts the previous secret
 * (`HUB_SECRET_PREVIOUS`) while senders move to the new one; signing always uses the current.
 */
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { SIGNATURE_HEADER } from '../schema/wire.js';

/** How far a signature's timestamp may be from the receiver's clock, either way. */
export const SIGNATURE_WINDOW_MS = 30_000;

/**
 * Most nonces a receiver remembers. Past it the oldest are forgotten and every signature not
 * newer than them is refused as stale, so memory stays bounded without reopening a replay.
 */
export const REPLAY_CACHE_LIMIT = 200_000;

/** What a signature covers besides the timestamp and nonce. */
export interface SignedParts {
  method: string;
  /** Path with query exactly as sent, e.g. `/internal/changes?cursor=…`. */
  pathWithQuery: string;
  body: string;
  /** The identity header's value as sent, or undefined when the request carries none. */
  identity: string | undefined;
}

const sha256Hex = (text: string) => createHash('sha256').update(text).digest('hex');

function mac(secret: string, timestamp: number, nonce: string, parts: SignedParts): string {
  const payload = ['v2', timestamp, nonce, parts.method.toUpperCase(), parts.pathWithQuery, sha256Hex(parts.body), sha256Hex(parts.identity ?? '')].join('\n');
  return createHmac('sha256', secret).update(payload).digest('hex');
}

/** The signature header value for a request: `t=<unix ms>,n=<nonce>,v2=<hex>`. */
export function signRequest(secret: string, parts: SignedParts, now: number = Date.now()): string {
  const nonce = randomBytes(16).toString('base64url');
  return `t=${now},n=${nonce},v2=${mac(secret, now, nonce, parts)}`;
}

/** The hub's shared secret is required and must be long enough not to be guessed. */
export function checkHubSecret(secret: string): string {
  if (typeof secret !== 'string' || secret.length < 16) throw new TypeError('the hub secret must be a string of at least 16 characters');
  return secret;
}

const HEADER_FORMAT = /^t=(\d{1,15}),n=([A-Za-z0-9_-]{16,64}),v2=([0-9a-f]{64})$/;

export interface RequestVerifierOptions {
  /** The secret being rotated out: signatures made with it are still accepted (HUB_SECRET_PREVIOUS). */
  previousSecret?: string;
  windowMs?: number;
  replayCacheLimit?: number;
  clock?: () => number;
}

/**
 * Checks signatures on the receiving side and remembers the nonces it accepted. One per serving
 * process: a replay is refused by the process that saw the original.
 */
export class RequestVerifier {
  private readonly windowMs: number;
  private readonly replayCacheLimit: number;
  private readonly clock: () => number;
  /** The current secret first, then the previous one during a rotation. */
  private readonly secrets: readonly string[];
  /** Accepted nonces with their signature's timestamp, oldest first. */
  private readonly seen = new Map<string, number>();
  /** Signatures at or before this timestamp are refused: their nonces may have been forgotten. */
  private forgottenUpTo = 0;

  constructor(secret: string, options: RequestVerifierOptions = {}) {
    checkHubSecret(secret);
    if (options.previousSecret !== undefined) checkHubSecret(options.previousSecret);
    this.secrets = options.previousSecret === undefined ? [secret] : [secret, options.previousSecret];
    this.windowMs = options.windowMs ?? SIGNATURE_WINDOW_MS;
    this.replayCacheLimit = options.replayCacheLimit ?? REPLAY_CACHE_LIMIT;
    if (!(Number.isInteger(this.windowMs) && this.windowMs > 0)) throw new TypeError(`windowMs must be a positive integer, got ${this.windowMs}`);
    if (!(Number.isInteger(this.replayCacheLimit) && this.replayCacheLimit > 0)) throw new TypeError(`replayCacheLimit must be a positive integer, got ${this.replayCacheLimit}`);
    this.clock = options.clock ?? Date.now;
  }

  /** Why a request is refused, or undefined when its signature is valid and new (its nonce is then remembered). */
  problem(header: string | undefined, parts: SignedParts): string | undefined {
    if (!header) return `The request is not signed (no ${SIGNATURE_HEADER} header)`;
    const match = HEADER_FORMAT.exec(header);
    if (!match) return `The ${SIGNATURE_HEADER} header is malformed`;
    const timestamp = Number(match[1]);
    const nonce = match[2]!;
    const given = Buffer.from(match[3]!, 'hex');
    const signedWithOne = this.secrets.some((secret) => timingSafeEqual(Buffer.from(mac(secret, timestamp, nonce, parts), 'hex'), given));
    if (!signedWithOne) return 'The request signature does not match';
    const now = this.clock();
    this.forget(now);
    if (Math.abs(now - timestamp) > this.windowMs || timestamp <= this.forgottenUpTo) return 'The request signature has expired';
    if (this.seen.has(nonce)) return 'The request was already received once (replay)';
    this.remember(nonce, timestamp);
    return undefined;
  }

  /** Drops nonces whose signatures have left the window: they would be refused as expired anyway. */
  private forget(now: number): void {
    for (const [nonce, timestamp] of this.seen) {
      if (timestamp >= now - this.windowMs) break;
      this.seen.delete(nonce);
    }
  }

  private remember(nonce: string, timestamp: number): void {
    this.seen.set(nonce, timestamp);
    while (this.seen.size > this.replayCacheLimit) {
      const [oldest, oldestTimestamp] = this.seen.entries().next().value as [string, number];
      this.seen.delete(oldest);
      this.forgottenUpTo = Math.max(this.forgottenUpTo, oldestTimestamp);
    }
  }
}

/** The secret the hub's processes share (`HUB_SECRET`), required in every environment. */
export function hubSecretFrom(env: NodeJS.ProcessEnv): string {
  const secret = env['HUB_SECRET'];
  if (!secret) {
    throw new Error(
      'HUB_SECRET is not set: every hub process (gateway, corridor, city subgraphs) needs the same secret to sign and check internal calls. ' +
        'Generate one with `node -e "console.log(require(\'crypto\').randomBytes(32).toString(\'base64url\'))"` and give it to all of them.',
    );
  }
  if (secret.length < 16) throw new Error('HUB_SECRET must be at least 16 characters long');
  return secret;
}

/**
 * `HUB_SECRET_PREVIOUS`, the secret a rotation replaces, still accepted from senders that have not
 * moved to the new one yet (docs/operations.md); undefined outside a rotation.
 */
export function previousHubSecretFrom(env: NodeJS.ProcessEnv): string | undefined {
  const previous = env['HUB_SECRET_PREVIOUS'];
  if (!previous) return undefined;
  if (previous.length < 16) throw new Error('HUB_SECRET_PREVIOUS must be at least 16 characters long');
  if (previous === env['HUB_SECRET']) throw new Error('HUB_SECRET_PREVIOUS is the same as HUB_SECRET: set it to the secret being replaced, or unset it');
  return previous;
}

/** A fresh random secret, for a run of the whole corridor in one process (`npm start`, tests). */
export function randomHubSecret(): string {
  return randomBytes(32).toString('base64url');
}
