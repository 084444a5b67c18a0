/**
 * What the stand-in tests share: a member's stand-in running for one test file, and plain JSON
 * calls to its native API.
 */
import type { IncomingHttpHeaders } from 'node:http';
import { request, type Dispatcher } from 'undici';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { parseGlobalId } from '../../schema/contract.js';
import { getMember } from '../../schema/registry.js';
import type { MemberDataset } from '../../sandbox/dataset/index.js';
import { startStandIn, type RunningStandIn } from '../../sandbox/kit/stand-in.js';
import { standInFor } from '../../sandbox/platforms/index.js';

/** The platform's own id of a record (or of a global id). */
export function localId(recordOrId: string | { id: string }): string {
  return parseGlobalId(typeof recordOrId === 'string' ? recordOrId : recordOrId.id)!.localId;
}

/**
 * A handle on something a `beforeAll` creates: a file can hold it from the start and use it in
 * its tests and hooks, where every property is read from the live object.
 */
export function liveHandle<T extends object>(what: string, current: () => T | undefined): T {
  return new Proxy({} as T, {
    get(_placeholder, property) {
      const target = current();
      if (target === undefined) throw new Error(`${what} is not running yet: use it inside tests and hooks`);
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/**
 * Starts the member's stand-in before the file's (or describe block's) tests and closes it after
 * them; faults are reset after each test, so one test's misbehaviour never reaches the next.
 */
export function standInForFile(slug: string, dataset: MemberDataset): RunningStandIn {
  let running: RunningStandIn | undefined;
  beforeAll(async () => {
    running = await startStandIn({ member: getMember(slug), dataset, dialect: standInFor(slug) });
  });
  afterEach(() => {
    running?.faults.reset();
  });
  afterAll(async () => {
    await running?.close();
  });
  return liveHandle(`the ${slug} stand-in`, () => running);
}

export interface JsonAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  /** The parsed body; undefined for an empty one (a 204, a 304). */
  json: any;
}

/** One call with an optional JSON body, answered with the status, headers and parsed JSON. */
export async function requestJson(method: Dispatcher.HttpMethod, url: string, body?: unknown, headers: Record<string, string> = {}): Promise<JsonAnswer> {
  const response = await request(url, {
    method,
    headers: body === undefined ? headers : { 'content-type': 'application/json', ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.body.text();
  return { status: response.statusCode, headers: response.headers, json: text ? JSON.parse(text) : undefined };
}
