import { createServer, type Server } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { PlatformError } from '../../adapters/kit/errors.js';
import { PlatformHttpClient } from '../../adapters/kit/http.js';
import { failure } from './harness.js';

interface Received {
  method: string;
  body: string;
}

interface ScriptedAnswer {
  status: number;
  headers?: Record<string, string>;
  /** Held back this long before answering. */
  delayMs?: number;
}

/** A platform that answers each request with the next scripted status, then 200 with the body it got. */
function scriptedPlatform() {
  const received: Received[] = [];
  let script: ScriptedAnswer[] = [];
  const server: Server = createServer(async (incoming, outgoing) => {
    const chunks: Buffer[] = [];
    for await (const chunk of incoming) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    received.push({ method: incoming.method!, body });
    const next = script.shift() ?? { status: 200 };
    if (next.delayMs) await sleep(next.delayMs);
    outgoing.writeHead(next.status, { 'content-type': 'application/json', ...next.headers });
    outgoing.end(JSON.stringify({ echo: body }));
  });
  return {
    received,
    answerNext(...statuses: ScriptedAnswer[]) {
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

describe('the http kit circuit breaker', () => {
  const platform = scriptedPlatform();
  const FAILURES = 3;
  let http: PlatformHttpClient;

  beforeAll(async () => {
    http = new PlatformHttpClient({ city: 'kit', baseUrl: await platform.listen(), retry: { maxRetries: 0 }, breaker: { failures: FAILURES, cooldownMs: 200 } });
  });
  afterEach(() => {
    platform.reset();
  });
  afterAll(async () => {
    await http.close();
    await platform.close();
  });

  const get = () => http.request('GET', '/read');
  const unavailable = () => Array.from({ length: FAILURES }, () => ({ status: 503 }));

  /** Opens the circuit with FAILURES answers of 503, then waits out its cool-down. */
  async function openAndCoolDown(): Promise<void> {
    platform.answerNext(...unavailable());
    for (let i = 0; i < FAILURES; i++) await failure(get());
    const { nextProbeAt } = http.circuit.snapshot();
    await sleep(Math.max(0, Date.parse(nextProbeAt!) - Date.now()) + 10);
    platform.reset();
  }

  it('opens after the configured consecutive failures, then fails at once without calling the platform', async () => {
    platform.answerNext(...unavailable());
    for (let i = 0; i < FAILURES; i++) expect(await failure(get())).toMatchObject({ code: 'PLATFORM_UNAVAILABLE', status: 503 });
    expect(http.circuit.snapshot()).toMatchObject({ state: 'OPEN', consecutiveFailures: FAILURES, openedAt: expect.any(String), nextProbeAt: expect.any(String) });

    const error = await failure(get());
    expect(error).toMatchObject({ code: 'PLATFORM_CIRCUIT_OPEN', city: 'kit', circuit: { state: 'OPEN', consecutiveFailures: FAILURES } });
    expect(error.message).toBe(`kit: circuit is open after ${FAILURES} consecutive failures`);
    expect(platform.received).toHaveLength(FAILURES);
  });

  it('lets one probe through after the cool-down; its success closes the circuit', async () => {
    await openAndCoolDown();
    platform.answerNext({ status: 200, delayMs: 100 });
    const probe = get();
    // While the probe is out, the other calls fail at once rather than wait for it.
    expect(http.circuit.snapshot()).toMatchObject({ state: 'HALF_OPEN' });
    expect(await failure(get())).toMatchObject({ code: 'PLATFORM_CIRCUIT_OPEN' });
    expect((await probe).status).toBe(200);
    expect(platform.received).toHaveLength(1);
    expect(http.circuit.snapshot()).toEqual({ state: 'CLOSED', consecutiveFailures: 0 });
    expect((await get()).status).toBe(200);
  });

  it('opens again for another cool-down when the probe fails', async () => {
    await openAndCoolDown();
    platform.answerNext({ status: 503 });
    expect(await failure(get())).toMatchObject({ code: 'PLATFORM_UNAVAILABLE' });
    expect(http.circuit.snapshot()).toMatchObject({ state: 'OPEN', consecutiveFailures: FAILURES + 1 });
    expect(await failure(get())).toMatchObject({ code: 'PLATFORM_CIRCUIT_OPEN' });
    expect(platform.received).toHaveLength(1);
    await sleep(Math.max(0, Date.parse(http.circuit.snapshot().nextProbeAt!) - Date.now()) + 10);
    expect((await get()).status).toBe(200);
    expect(http.circuit.snapshot()).toEqual({ state: 'CLOSED', consecutiveFailures: 0 });
  });

  it('is not opened by answers that are the caller\'s fault, and an answer restarts the count', async () => {
    platform.answerNext(...Array.from({ length: FAILURES + 1 }, () => ({ status: 404 })));
    for (let i = 0; i < FAILURES + 1; i++) expect(await failure(get())).toMatchObject({ code: 'PLATFORM_BAD_RESPONSE', status: 404 });
    expect(http.circuit.snapshot()).toEqual({ state: 'CLOSED', consecutiveFailures: 0 });

    platform.answerNext({ status: 503 }, { status: 503 }, { status: 422 }, { status: 503 }, { status: 503 });
    for (let i = 0; i < 5; i++) await failure(get());
    expect(http.circuit.snapshot()).toEqual({ state: 'CLOSED', consecutiveFailures: 2 });
    expect((await get()).status).toBe(200);
    expect(http.circuit.snapshot()).toEqual({ state: 'CLOSED', consecutiveFailures: 0 });
  });

  it('counts a failure an adapter finds inside an answer (HTTP 200 with an error code) like an HTTP one', async () => {
    const inBand = () =>
      http.exchange(async (send) => {
        await send('GET', '/read');
        throw http.badResponse('answered code 50000');
      });
    for (let i = 0; i < FAILURES; i++) expect(await failure(inBand())).toMatchObject({ code: 'PLATFORM_BAD_RESPONSE' });
    expect(await failure(get())).toMatchObject({ code: 'PLATFORM_CIRCUIT_OPEN' });
    expect(platform.received).toHaveLength(FAILURES);
  });
});
