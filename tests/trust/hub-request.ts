/** Requests to a subgraph as the hub sends them (signed), or as an outsider might (unsigned, replayed, forged). */
import { request } from 'undici';
import { signedHeaders, type Identity } from '../../subgraphs/identity.js';

export interface HubRequest {
  method?: 'GET' | 'POST';
  /** JSON body (POST). */
  body?: unknown;
  identity?: Identity;
  /** Extra or replacing headers, sent as given (e.g. a captured signature). */
  headers?: Record<string, string>;
}

export interface HubAnswer {
  status: number;
  body: unknown;
  text: string;
}

/** The headers and body text of a request signed with `secret`, so a test can send it again or alter it. */
export function signed(secret: string, url: string, options: Omit<HubRequest, 'headers'> = {}): { headers: Record<string, string>; body: string } {
  const target = new URL(url);
  const body = options.body === undefined ? '' : JSON.stringify(options.body);
  const headers = signedHeaders(secret, { method: options.method ?? (body ? 'POST' : 'GET'), pathWithQuery: `${target.pathname}${target.search}`, body, identity: options.identity });
  return { headers: { ...headers, ...(body && { 'content-type': 'application/json' }) }, body };
}

/** Sends a request with exactly these headers and body; answers status, parsed JSON and raw text. */
export async function send(url: string, options: { method?: 'GET' | 'POST'; headers?: Record<string, string>; body?: string } = {}): Promise<HubAnswer> {
  const response = await request(url, { method: options.method ?? (options.body ? 'POST' : 'GET'), headers: options.headers, body: options.body || undefined });
  const text = await response.body.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = text;
  }
  return { status: response.statusCode, body, text };
}

/** A request signed as the hub would sign it. */
export function hubRequest(secret: string, url: string, options: HubRequest = {}): Promise<HubAnswer> {
  const { headers, body } = signed(secret, url, options);
  return send(url, { method: options.method, headers: { ...headers, ...options.headers }, body });
}
