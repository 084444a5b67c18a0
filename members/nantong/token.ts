/**
 * OAuth2 client-credentials tokens for Nantong: one cached token, renewed shortly before it
 * expires or when the platform refuses it, with one shared renewal however many callers wait.
 */
import { PlatformError } from '../../adapters/kit/errors.js';
import type { PlatformHttpClient } from '../../adapters/kit/http.js';

export const TOKEN_PATH = '/oauth/token';

export interface ClientCredentials {
  clientId: string;
  clientSecret: string;
}

interface CachedToken {
  value: string;
  /** Epoch ms after which the token is renewed before use. */
  renewAt: number;
}

/** Renew this long before expiry, at most a fifth of the lifetime so short-lived tokens still get used. */
const RENEWAL_MARGIN_MS = 30_000;

export class TokenSource {
  private cached: CachedToken | undefined;
  private renewal: Promise<string> | undefined;

  constructor(
    private readonly http: PlatformHttpClient,
    private readonly credentials: ClientCredentials,
  ) {}

  /** A token good for now: the cached one, or a renewed one. */
  async current(): Promise<string> {
    if (this.cached && Date.now() < this.cached.renewAt) return this.cached.value;
    return this.renew();
  }

  /** Forgets a token the platform refused, unless another caller already replaced it. */
  discard(refused: string): void {
    if (this.cached?.value === refused) this.cached = undefined;
  }

  private renew(): Promise<string> {
    this.renewal ??= this.request().finally(() => {
      this.renewal = undefined;
    });
    return this.renewal;
  }

  /**
   * `POST /oauth/token`. Asking for a token twice is harmless, so the request is marked
   * idempotent: the http kit retries it like a GET (a 429's Retry-After waited out).
   */
  private async request(): Promise<string> {
    const requestedAt = Date.now();
    const response = await this.http.request('POST', TOKEN_PATH, {
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: this.credentials.clientId,
        client_secret: this.credentials.clientSecret,
      }).toString(),
      acceptStatuses: [400, 401],
      idempotent: true,
    });
    const answer = this.http.parseJson<{ access_token?: unknown; expires_in?: unknown; error?: unknown; error_description?: unknown }>(response);
    if (response.status >= 300) {
      const detail = { city: this.http.city, status: response.status, url: response.url };
      throw new PlatformError('PLATFORM_UNAUTHORIZED', `token endpoint refused our client: ${String(answer.error)} ${String(answer.error_description ?? '')}`.trim(), detail);
    }
    if (typeof answer.access_token !== 'string' || answer.access_token === '' || typeof answer.expires_in !== 'number' || answer.expires_in <= 0) {
      throw this.http.badResponse('token answer has no access_token/expires_in', response.url);
    }
    const lifetimeMs = answer.expires_in * 1000;
    this.cached = { value: answer.access_token, renewAt: requestedAt + lifetimeMs - Math.min(RENEWAL_MARGIN_MS, lifetimeMs / 5) };
    return answer.access_token;
  }
}
