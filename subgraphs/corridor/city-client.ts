/**
 * The corridor's signed HTTP client for the members' city subgraphs' internal endpoints (change
 * feed, routed writes): every call is signed, with the caller's identity inside the signature
 * when it acts for one, and the trace of the work it does (`traceparent`). One keep-alive pool
 * per member.
 */
import { Pool, request } from 'undici';
import type { Member } from '../../schema/registry.js';
import { signedHeaders, type Identity } from '../identity.js';
import { traceHeaders } from '../tracing.js';

export interface SyncTarget {
  member: Member;
  /** Base URL of the member's city subgraph, e.g. `http://127.0.0.1:4202`. */
  subgraphUrl: string;
}

export interface CityAnswer<T> {
  status: number;
  body: T;
}

/** A member's city subgraph could not be reached or answered garbage. */
export class CityUnreachable extends Error {
  constructor(
    readonly city: string,
    message: string,
  ) {
    super(message.startsWith(city) ? message : `${city} city subgraph: ${message}`);
  }
}

export class CityClient {
  private readonly pools = new Map<string, { pool: Pool; base: URL }>();

  constructor(
    targets: readonly SyncTarget[],
    private readonly secret: string,
    private readonly timeoutMs: number,
  ) {
    for (const target of targets) {
      const base = new URL(target.subgraphUrl);
      this.pools.set(target.member.slug, { pool: new Pool(base.origin, { connections: 4 }), base });
    }
  }

  /** Calls `path` (with query) on a member's city subgraph; any HTTP status is returned, transport failures throw CityUnreachable. */
  async call<T>(city: string, method: 'GET' | 'POST', path: string, options: { body?: unknown; identity?: Identity; timeoutMs?: number } = {}): Promise<CityAnswer<T>> {
    const target = this.pools.get(city);
    if (!target) throw new CityUnreachable(city, 'is not a member this corridor knows');
    const fullPath = `${target.base.pathname.replace(/\/$/, '')}${path}`;
    const body = options.body === undefined ? '' : JSON.stringify(options.body);
    const headers = { ...traceHeaders(), ...signedHeaders(this.secret, { method, pathWithQuery: fullPath, body, identity: options.identity }) };
    if (body) headers['content-type'] = 'application/json';
    try {
      const response = await request(`${target.base.origin}${fullPath}`, {
        method,
        dispatcher: target.pool,
        headers,
        body: body || undefined,
        headersTimeout: options.timeoutMs ?? this.timeoutMs,
        bodyTimeout: options.timeoutMs ?? this.timeoutMs,
      });
      return { status: response.statusCode, body: (await response.body.json()) as T };
    } catch (error) {
      throw new CityUnreachable(city, error instanceof Error ? error.message : String(error));
    }
  }

  async close(): Promise<void> {
    await Promise.all([...this.pools.values()].map(({ pool }) => pool.close()));
  }
}
