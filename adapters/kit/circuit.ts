/**
 * A member platform's circuit breaker (cockatiel's, counting consecutive failures). After
 * `failures` calls in a row fail in a way that means the platform is down, the circuit opens:
 * calls fail at once with PLATFORM_CIRCUIT_OPEN, costing no socket and no timeout, until the
 * cool-down has passed; then one call goes through as a probe, and its success closes the circuit
 * (its failure opens it for another cool-down).
 */
import { BrokenCircuitError, CircuitState, ConsecutiveBreaker, circuitBreaker, handleAll, type CircuitBreakerPolicy } from 'cockatiel';
import { PlatformError, isOutage } from './errors.js';

export interface BreakerPolicy {
  /** Consecutive outage-type failures that open the circuit. */
  failures: number;
  /** How long the circuit stays open before one probe may go through. */
  cooldownMs: number;
}

export const DEFAULT_BREAKER_POLICY: BreakerPolicy = { failures: 5, cooldownMs: 10_000 };

export type CircuitStateName = 'CLOSED' | 'OPEN' | 'HALF_OPEN';

/** What a caller may know of a circuit; instants are ISO-8601 UTC. */
export interface CircuitSnapshot {
  state: CircuitStateName;
  consecutiveFailures: number;
  /** When the circuit last opened; absent while closed. */
  openedAt?: string;
  /** When the next probe may go through; absent unless open. */
  nextProbeAt?: string;
}

/**
 * Whether a failure counts towards opening the circuit: the outages (unreachable, timed out,
 * rate limited, a 5xx or an answer that cannot be read), but not a 4xx the platform gave our
 * request, which proves the platform is there to answer.
 */
function opensCircuit(error: unknown): boolean {
  if (!isOutage(error)) return false;
  const status = (error as PlatformError).status;
  return !((error as PlatformError).code === 'PLATFORM_BAD_RESPONSE' && status !== undefined && status >= 400 && status < 500);
}

/** An answer the platform gave that is not an outage: it travels through the breaker as a success, then is thrown. */
class Answered {
  constructor(readonly error: unknown) {}
}

function positiveInteger(name: string, value: number): number {
  if (!Number.isInteger(value) || value < 1) throw new TypeError(`${name} must be a positive integer, got ${value}`);
  return value;
}

export class PlatformCircuit {
  private readonly counter: ConsecutiveBreaker;
  private readonly breaker: CircuitBreakerPolicy;
  private readonly cooldownMs: number;
  private openedAt: number | undefined;

  constructor(
    private readonly city: string,
    policy: Partial<BreakerPolicy> = {},
  ) {
    const failures = positiveInteger('breaker.failures', policy.failures ?? DEFAULT_BREAKER_POLICY.failures);
    this.cooldownMs = positiveInteger('breaker.cooldownMs', policy.cooldownMs ?? DEFAULT_BREAKER_POLICY.cooldownMs);
    this.counter = new ConsecutiveBreaker(failures);
    this.breaker = circuitBreaker(handleAll, { halfOpenAfter: this.cooldownMs, breaker: this.counter });
    this.breaker.onBreak(() => {
      this.openedAt = Date.now();
    });
    this.breaker.onReset(() => {
      this.openedAt = undefined;
    });
  }

  /** Runs one platform call under the breaker; PLATFORM_CIRCUIT_OPEN without running it while the circuit is open. */
  async run<T>(call: () => Promise<T>): Promise<T> {
    // While the probe is out, the other calls fail at once too: waiting for it could cost them its timeout.
    if (this.breaker.state === CircuitState.HalfOpen) throw this.openError();
    let outcome: T | Answered;
    try {
      outcome = await this.breaker.execute(async () => {
        try {
          return await call();
        } catch (error) {
          if (opensCircuit(error)) throw error;
          return new Answered(error);
        }
      });
    } catch (error) {
      throw error instanceof BrokenCircuitError ? this.openError() : error;
    }
    if (outcome instanceof Answered) throw outcome.error;
    return outcome;
  }

  snapshot(now: number = Date.now()): CircuitSnapshot {
    const consecutiveFailures = this.counter.state as number;
    const state = this.breaker.state;
    if (state === CircuitState.Closed || this.openedAt === undefined) return { state: 'CLOSED', consecutiveFailures };
    const openedAt = new Date(this.openedAt).toISOString();
    if (state === CircuitState.HalfOpen) return { state: 'HALF_OPEN', consecutiveFailures, openedAt };
    // Past the cool-down the circuit stays open until a call comes along to be the probe.
    return { state: 'OPEN', consecutiveFailures, openedAt, nextProbeAt: new Date(Math.max(now, this.openedAt + this.cooldownMs)).toISOString() };
  }

  private openError(): PlatformError {
    const circuit = this.snapshot();
    return new PlatformError('PLATFORM_CIRCUIT_OPEN', `circuit is open after ${circuit.consecutiveFailures} consecutive failures`, { city: this.city, circuit });
  }
}
