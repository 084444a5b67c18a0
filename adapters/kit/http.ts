/**
 * The one way an adapter talks to its platform: a pooled keep-alive undici client with explicit
 * connect/headers/body timeouts and undici's own retry policy (exponential backoff, Retry-After
 * honoured, idempotent requests only), whose failures come out as typed PlatformErrors. Every
 * call, retries included, passes the member's circuit breaker (circuit.ts) once. Every exchange
 * carries the request's trace (`traceparent`) to the platform, in a span of its own, and is
 * counted and timed per native route.
 */
import { Pool, RetryAgent, errors as undiciErrors, request, type Dispatcher } from 'undici';
import { metrics } from '../../subgraphs/metrics.js';
import { inSpan, traceHeaders } from '../../subgraphs/tracing.js';
import { PlatformCircuit, type BreakerPolicy } from './circuit.js';
import { PlatformError } from './errors.js';

export interface RetryPolicy {
  /** Retries after the first attempt, for idempotent requests only. */
  maxRetries: number;
  minTimeoutMs: number;
  /** Upper bound of one wait, including a platform's Retry-After. */
  maxTimeoutMs: number;
}

export interface PlatformHttpOptions {
  city: string;
  baseUrl: string;
  connectTimeoutMs?: number;
  headersTimeoutMs?: number;
  bodyTimeoutMs?: number;
  /** Sockets kept open to the platform. */
  connections?: number;
  keepAliveTimeoutMs?: number;
  retry?: Partial<RetryPolicy>;
  /** When the member's circuit opens and how long it stays open. */
  breaker?: Partial<BreakerPolicy>;
}

export type PlatformMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** One HTTP exchange with the platform, outside the breaker: what `exchange` hands its callback. */
export type SendToPlatform = (method: PlatformMethod, path: string, options?: PlatformRequest) => Promise<PlatformResponse>;

/** Sockets kept open to one platform unless configured otherwise. */
export const DEFAULT_CONNECTIONS = 16;

/**
 * Per-record lookups in flight at once, for platforms without batch lookup: as many as there
 * are sockets, so a list page's records of one member (rarely more) go out in a single round.
 */
export const PARALLEL_LOOKUPS = DEFAULT_CONNECTIONS;

export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxRetries: 2, minTimeoutMs: 100, maxTimeoutMs: 2_000 };

export interface PlatformRequest {
  query?: Record<string, string | number | boolean | undefined>;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** Non-2xx statuses the caller handles itself (a 404 on lookup, a 409 on a duplicate write …). */
  acceptStatuses?: readonly number[];
  /**
   * A POST or PATCH that is safe to repeat (a read sent as POST, a token request) gets the retry
   * policy like a GET. Writes leave it unset: repeating one could apply it twice, so a failed
   * write is reported and the caller's outbox decides.
   */
  idempotent?: boolean;
}

export interface PlatformResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
  url: string;
}

const TIMEOUT_CODES = new Set(['UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT']);
/** undici's default retry methods (those HTTP defines as idempotent) … */
const IDEMPOTENT_METHODS = ['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE', 'TRACE'];
/** … and, for a request marked idempotent, the methods a platform also uses for reads. */
const REPEATABLE_METHODS = [...IDEMPOTENT_METHODS, 'POST', 'PATCH'];

/** A path segment that is a record's id or a dated file rather than part of the route: three digits in a row, or a UUID. */
const ID_SEGMENT = /\d{3}|^[0-9a-f]{8}-[0-9a-f]{4}-/i;

/**
 * The native route an exchange is counted under: the method and the path without its query,
 * ids replaced by `{id}`, so a platform's routes stay a handful of series however many records
 * are looked up (`GET /v2/policies/{id}`).
 */
export function nativeRoute(method: string, url: string): string {
  const path = new URL(url).pathname.split('/').map((segment) => (ID_SEGMENT.test(decodeURIComponent(segment)) ? '{id}' : segment));
  return `${method} ${path.join('/')}`;
}

function positive(name: string, value: number | undefined, fallback: number): number {
  const resolved = value ?? fallback;
  if (!Number.isFinite(resolved) || resolved <= 0) throw new TypeError(`${name} must be a positive number, got ${value}`);
  return resolved;
}

export class PlatformHttpClient {
  readonly city: string;
  readonly baseUrl: string;
  /** The member's breaker: its state is what City.status.circuit reports. */
  readonly circuit: PlatformCircuit;
  private readonly pool: Pool;
  private readonly dispatcher: Dispatcher;
  /** The same pool and policy, also retrying requests marked idempotent. */
  private readonly repeatableDispatcher: Dispatcher;
  private readonly headersTimeout: number;
  private readonly bodyTimeout: number;

  constructor(options: PlatformHttpOptions) {
    const base = new URL(options.baseUrl);
    this.city = options.city;
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.headersTimeout = positive('headersTimeoutMs', options.headersTimeoutMs, 5_000);
    this.bodyTimeout = positive('bodyTimeoutMs', options.bodyTimeoutMs, 15_000);
    const retry = { ...DEFAULT_RETRY_POLICY, ...options.retry };
    this.circuit = new PlatformCircuit(options.city, options.breaker);
    this.pool = new Pool(base.origin, {
      connections: positive('connections', options.connections, DEFAULT_CONNECTIONS),
      keepAliveTimeout: positive('keepAliveTimeoutMs', options.keepAliveTimeoutMs, 30_000),
      connect: { timeout: positive('connectTimeoutMs', options.connectTimeoutMs, 2_000) },
    });
    const policy = {
      maxRetries: retry.maxRetries,
      minTimeout: retry.minTimeoutMs,
      maxTimeout: retry.maxTimeoutMs,
      timeoutFactor: 2,
      retryAfter: true,
      // The last failed answer is returned, not thrown, so its status is classified below.
      throwOnError: false,
    };
    this.dispatcher = new RetryAgent(this.pool, { ...policy, methods: IDEMPOTENT_METHODS });
    this.repeatableDispatcher = new RetryAgent(this.pool, { ...policy, methods: REPEATABLE_METHODS });
  }

  request(method: PlatformMethod, path: string, options: PlatformRequest = {}): Promise<PlatformResponse> {
    return this.circuit.run(() => this.send(method, path, options));
  }

  /**
   * Runs `work` as one call under the breaker, with `send` for its HTTP exchanges. For a platform
   * that reports failures in-band (HTTP 200 with an error code): the adapter reads the answer
   * inside `work`, and a PlatformError it throws there counts like an HTTP failure.
   */
  exchange<T>(work: (send: SendToPlatform) => Promise<T>): Promise<T> {
    return this.circuit.run(() => work(this.send));
  }

  /** GET/POST … and parse the answer as JSON; an unparseable body is PLATFORM_BAD_RESPONSE, and counts as a failure. */
  json<T = unknown>(method: PlatformMethod, path: string, options: PlatformRequest = {}): Promise<{ status: number; data: T; headers: PlatformResponse['headers'] }> {
    return this.exchange(async (send) => {
      const response = await send(method, path, options);
      return { status: response.status, data: this.parseJson<T>(response), headers: response.headers };
    });
  }

  private readonly send: SendToPlatform = (method, path, options = {}) => {
    const url = this.urlFor(path, options.query);
    const route = nativeRoute(method, url);
    const labels = { city: this.city, route };
    const endTimer = metrics.platformCallDuration.startTimer(labels);
    return inSpan(`platform ${route}`, { kind: 'client', attributes: { 'hub.city': this.city, 'http.request.method': method, 'http.route': route } }, async () => {
      try {
        const response = await this.exchangeOnce(method, url, options);
        metrics.platformCalls.inc({ ...labels, outcome: 'success' });
        return response;
      } catch (error) {
        metrics.platformCalls.inc({ ...labels, outcome: error instanceof PlatformError ? error.code : 'PLATFORM_UNAVAILABLE' });
        throw error;
      } finally {
        endTimer();
      }
    });
  };

  private async exchangeOnce(method: PlatformMethod, url: string, options: PlatformRequest): Promise<PlatformResponse> {
    let response: Dispatcher.ResponseData;
    try {
      response = await request(url, {
        method,
        dispatcher: options.idempotent ? this.repeatableDispatcher : this.dispatcher,
        headers: { ...options.headers, ...traceHeaders() },
        body: options.body,
        headersTimeout: this.headersTimeout,
        bodyTimeout: this.bodyTimeout,
      });
    } catch (error) {
      throw this.transportError(error, url);
    }
    let body: Buffer;
    try {
      body = Buffer.from(await response.body.arrayBuffer());
    } catch (error) {
      throw this.transportError(error, url);
    }
    const status = response.statusCode;
    if ((status >= 200 && status < 300) || options.acceptStatuses?.includes(status)) {
      return { status, headers: response.headers, body, url };
    }
    throw this.statusError(status, url, body);
  }

  parseJson<T>(response: PlatformResponse): T {
    try {
      return JSON.parse(response.body.toString('utf8')) as T;
    } catch (cause) {
      throw new PlatformError('PLATFORM_BAD_RESPONSE', `answered ${response.status} with a body that is not JSON`, {
        city: this.city,
        status: response.status,
        url: response.url,
        cause,
      });
    }
  }

  /** A PLATFORM_BAD_RESPONSE for an answer that parsed but does not have the documented shape. */
  badResponse(message: string, url?: string): PlatformError {
    return new PlatformError('PLATFORM_BAD_RESPONSE', message, { city: this.city, url });
  }

  close(): Promise<void> {
    return this.pool.close();
  }

  private urlFor(path: string, query: PlatformRequest['query']): string {
    const url = path.startsWith('http://') || path.startsWith('https://') ? path : `${this.baseUrl}${path}`;
    if (!query) return url;
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(query)) if (value !== undefined) params.set(key, String(value));
    const search = params.toString();
    return search ? `${url}${url.includes('?') ? '&' : '?'}${search}` : url;
  }

  private statusError(status: number, url: string, body: Buffer): PlatformError {
    const detail = { city: this.city, status, url };
    const excerpt = body.toString('utf8').slice(0, 200);
    if (status === 429) return new PlatformError('PLATFORM_RATE_LIMITED', `still rate limited (429) after retries`, detail);
    if (status === 401 || status === 403) return new PlatformError('PLATFORM_UNAUTHORIZED', `refused our credentials (${status})`, detail);
    if (status === 502 || status === 503 || status === 504) return new PlatformError('PLATFORM_UNAVAILABLE', `is unavailable (${status})`, detail);
    return new PlatformError('PLATFORM_BAD_RESPONSE', `answered ${status}: ${excerpt}`, detail);
  }

  private transportError(error: unknown, url: string): PlatformError {
    const code = (error as { code?: string }).code ?? '';
    if (TIMEOUT_CODES.has(code)) {
      return new PlatformError('PLATFORM_TIMEOUT', `did not answer in time (${code})`, { city: this.city, url, cause: error });
    }
    if (error instanceof undiciErrors.ConnectTimeoutError) {
      return new PlatformError('PLATFORM_UNAVAILABLE', 'could not be connected to in time', { city: this.city, url, cause: error });
    }
    const message = error instanceof Error ? error.message : String(error);
    return new PlatformError('PLATFORM_UNAVAILABLE', `could not be reached (${code || message})`, { city: this.city, url, cause: error });
  }
}
