import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { PlatformError } from '../../adapters/kit/errors.js';
import { PlatformHttpClient } from '../../adapters/kit/http.js';
import { failure } from './harness.js';

interface Received {
  method: string;
  body: string;
}

/** A platform that answers each request with the next scripted status, then 200 with the body it got. */
function scriptedPlatform() {
  const received: Received[] = [];
  let script: { status: number; headers?: Record<string, string> }[] = [];
  const server: Server = createServer(async (incoming, outgoing) => {
    const chunks: Buffer[] = [];
    for await (const chunk of incoming) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    received.push({ method: incoming.method!, body });
    const next = script.shift() ?? { status: 200 };
    outgoing.writeHead(next.status, { 'content-type': 'application/json', ...next.headers });
    outgoing.end(JSON.stringify({ echo: body }));
  });
  return {
    received,
    answerNext(...statuses: { status: number; headers?: Record<string, string> }[]) {
      script = statuses;
    },
    reset() {
      received.length = 0;
      script = [];
    },
    async listen(): Promise<string> {
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    },
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

describe('the http kit retry policy', () => {
  const platform = scriptedPlatform();
  let http: PlatformHttpClient;

  beforeAll(async () => {
    http = new PlatformHttpClient({ city: 'kit', baseUrl: await platform.listen(), retry: { maxRetries: 2, minTimeoutMs: 10, maxTimeoutMs: 5_000 } });
  });
  afterEach(() => {
    platform.reset();
  });
  afterAll(async () => {
    await http.close();
    await platform.close();
  });

  const post = (idempotent?: boolean) => http.json<{ echo: string }>('POST', '/read', { body: '{"ids":["a","b"]}', idempotent });

  it('repeats an idempotent POST after a 503, body and all, and returns the answer that followed', async () => {
    platform.answerNext({ status: 503 });
    const { status, data } = await post(true);
    expect(status).toBe(200);
    expect(data.echo).toBe('{"ids":["a","b"]}');
    expect(platform.received).toEqual([
      { method: 'POST', body: '{"ids":["a","b"]}' },
      { method: 'POST', body: '{"ids":["a","b"]}' },
    ]);
  });

  it('waits out the Retry-After of a 429 before repeating an idempotent POST', async () => {
    platform.answerNext({ status: 429, headers: { 'retry-after': '1' } });
    const started = performance.now();
    const { status } = await post(true);
    expect(status).toBe(200);
    expect(platform.received).toHaveLength(2);
    expect(performance.now() - started).toBeGreaterThanOrEqual(900);
  });

  it('reports PLATFORM_RATE_LIMITED when an idempotent POST meets 429 on every attempt the policy allows', async () => {
    platform.answerNext({ status: 429 }, { status: 429 }, { status: 429 });
    expect(await failure(post(true))).toMatchObject({ code: 'PLATFORM_RATE_LIMITED', status: 429 });
    expect(platform.received).toHaveLength(3);
  });

  it('never repeats a plain POST: a 503 is PLATFORM_UNAVAILABLE after one request', async () => {
    platform.answerNext({ status: 503 });
    const error = await failure(post());
    expect(error).toBeInstanceOf(PlatformError);
    expect(error).toMatchObject({ code: 'PLATFORM_UNAVAILABLE', status: 503 });
    expect(platform.received).toHaveLength(1);
  });

  it('never repeats a plain POST: a 429 is PLATFORM_RATE_LIMITED after one request', async () => {
    platform.answerNext({ status: 429, headers: { 'retry-after': '1' } });
    expect(await failure(post())).toMatchObject({ code: 'PLATFORM_RATE_LIMITED', status: 429 });
    expect(platform.received).toHaveLength(1);
  });
});
