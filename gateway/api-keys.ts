/**
 * API keys: how partner organisations authenticate at the gateway. The gateway holds only the
 * SHA-256 of each key with the identity it stands for (organisation, member city, roles), read
 * from a JSON file, so a leaked key file grants nothing. `npm run keys` (keys.ts) issues, lists
 * and revokes keys in that file.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { IdentitySchema, type Identity } from '../subgraphs/identity.js';
import { OperationLimitsSchema, type OperationLimits } from './limits.js';
import { RateSchema, type Rate } from './rate-limit.js';

const KeyEntrySchema = IdentitySchema.extend({
  keySha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be the hex SHA-256 of the key'),
  /** Operation limits of this key where they differ from the gateway's (e.g. a partner's bulk export). */
  limits: OperationLimitsSchema.partial().optional(),
  /** This key's own rate instead of RATE_LIMIT_KEY_PER_MINUTE / RATE_LIMIT_KEY_BURST. */
  rateLimit: RateSchema.optional(),
  /** When `npm run keys -- add` issued the key (ISO-8601); for the operator's list only. */
  createdAt: z.iso.datetime({ offset: true }).optional(),
});
export type ApiKeyEntry = z.infer<typeof KeyEntrySchema>;

/** What a key stands for: who calls, and what the key's entry allows beyond the defaults. */
export interface KeyHolder {
  identity: Identity;
  /** Stable, not secret: names the caller's rate-limit bucket. */
  keySha256: string;
  limits?: Partial<OperationLimits>;
  rateLimit?: Rate;
}

/** A key file's entries: a JSON array of `{ keySha256, organizationId, organizationName, city, roles, limits?, rateLimit?, createdAt? }`. */
export function readKeyFile(path: string): ApiKeyEntry[] {
  const parsed = z.array(KeyEntrySchema).safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) throw new Error(`API key file ${path} is invalid: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data;
}

export function sha256(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

export class ApiKeys {
  private readonly byHash: ReadonlyMap<string, KeyHolder>;

  constructor(entries: readonly ApiKeyEntry[]) {
    this.byHash = new Map(
      entries.map(({ keySha256, limits, rateLimit, createdAt: _issued, ...identity }) => [keySha256, { identity, keySha256, ...(limits && { limits }), ...(rateLimit && { rateLimit }) }]),
    );
  }

  /** Reads and validates a key file (readKeyFile). */
  static fromFile(path: string): ApiKeys {
    return new ApiKeys(readKeyFile(path));
  }

  /** The holder of a key, or undefined for an unknown key. */
  lookup(key: string): KeyHolder | undefined {
    return this.byHash.get(sha256(key));
  }

  /** Every key's holder, e.g. to find the largest limit any key is allowed. */
  get holders(): readonly KeyHolder[] {
    return [...this.byHash.values()];
  }
}

/** The key a request carries: `Authorization: Bearer <key>` or `x-api-key: <key>`. */
export function presentedKey(headers: Record<string, string | string[] | undefined>): string | undefined {
  const authorization = headers['authorization'];
  if (typeof authorization === 'string') {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    if (match) return match[1];
  }
  const apiKey = headers['x-api-key'];
  return typeof apiKey === 'string' && apiKey ? apiKey : undefined;
}
