/**
 * Misbehaviour a stand-in platform can be told to show, at start and while running, so tests
 * and demos can drive the hub through what real government platforms do.
 */
import { z } from 'zod';

export const FaultSettingsSchema = z
  .object({
    /** Added to every native call, in milliseconds. */
    latencyMs: z.number().min(0).max(60_000),
    /** Uniform ± jitter around `latencyMs`, in milliseconds. */
    jitterMs: z.number().min(0).max(60_000),
    /** Share of native calls answered with the platform's own failure (0..1). */
    errorRate: z.number().min(0).max(1),
    /** When true every native call has its connection dropped: the platform is unreachable. */
    outage: z.boolean(),
    /** Share of records served broken (a required field missing or unparseable), chosen stably per record (0..1). */
    malformedFraction: z.number().min(0).max(1),
    /** Lifetime of issued access tokens, for platforms that issue them. */
    tokenTtlSeconds: z.number().int().min(1).max(86_400),
    /** Calls allowed per window before 429 + Retry-After; null for no limit. */
    rateLimit: z.object({ requests: z.number().int().min(1), windowMs: z.number().int().min(10) }).nullable(),
    /**
     * Native writes (a challenge created, an application submitted, a status changed) still to be
     * applied and kept, then left unanswered: the connection is dropped, so the caller sees a
     * transport failure although the record exists. Counts down by one per write.
     */
    lostAnswers: z.number().int().min(0).max(10_000),
  })
  .strict();

export type FaultSettings = z.infer<typeof FaultSettingsSchema>;

export const NO_FAULTS: FaultSettings = {
  latencyMs: 0,
  jitterMs: 0,
  errorRate: 0,
  outage: false,
  malformedFraction: 0,
  tokenTtlSeconds: 3600,
  rateLimit: null,
  lostAnswers: 0,
};

/** Validates a partial update; throws a ZodError naming the offending field. */
export function parseFaultUpdate(input: unknown): Partial<FaultSettings> {
  return FaultSettingsSchema.partial().parse(input);
}

/**
 * FNV-1a of a string with murmur3's final mix, scaled to [0, 1): a stable per-record draw.
 * The mix matters: ids differing only in trailing digits would otherwise draw in clusters.
 */
function stableUnit(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return (hash >>> 0) / 2 ** 32;
}

export class FaultState {
  private current: FaultSettings;
  private windowStart = 0;
  private windowCount = 0;

  constructor(initial: Partial<FaultSettings> = {}) {
    this.current = { ...NO_FAULTS, ...parseFaultUpdate(initial) };
  }

  get settings(): FaultSettings {
    return this.current;
  }

  update(change: Partial<FaultSettings>): FaultSettings {
    this.current = { ...this.current, ...parseFaultUpdate(change) };
    return this.current;
  }

  reset(defaults: Partial<FaultSettings> = {}): FaultSettings {
    this.current = { ...NO_FAULTS, ...parseFaultUpdate(defaults) };
    this.windowCount = 0;
    return this.current;
  }

  /** The delay to add to this call. */
  nextDelayMs(random: () => number = Math.random): number {
    const { latencyMs, jitterMs } = this.current;
    return Math.max(0, latencyMs + (random() * 2 - 1) * jitterMs);
  }

  /** Whether this call fails with the platform's own error. */
  shouldFail(random: () => number = Math.random): boolean {
    return this.current.errorRate > 0 && random() < this.current.errorRate;
  }

  /** Whether a record is served broken; stable per record id for as long as the fraction holds. */
  isMalformed(recordId: string): boolean {
    return this.current.malformedFraction > 0 && stableUnit(recordId) < this.current.malformedFraction;
  }

  /** Whether the answer to a write just applied is to be lost; uses up one of `lostAnswers`. */
  takeLostAnswer(): boolean {
    if (this.current.lostAnswers === 0) return false;
    this.current = { ...this.current, lostAnswers: this.current.lostAnswers - 1 };
    return true;
  }

  /** Counts a call against the rate limit; returns the seconds to wait when it is exceeded. */
  takeRateLimitSlot(now: number = Date.now()): number | undefined {
    const limit = this.current.rateLimit;
    if (!limit) return undefined;
    if (now - this.windowStart >= limit.windowMs) {
      this.windowStart = now;
      this.windowCount = 0;
    }
    this.windowCount += 1;
    if (this.windowCount <= limit.requests) return undefined;
    return Math.max(1, Math.ceil((this.windowStart + limit.windowMs - now) / 1000));
  }
}
