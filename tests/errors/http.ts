/** Calling the gateway and judging its error answers: the checks every test in this folder shares. */
import { expect } from 'vitest';
import { request } from 'undici';
import { isCatalogueCode } from '../../schema/errors.js';

export interface GraphQLError {
  message: string;
  path?: (string | number)[];
  extensions?: Record<string, unknown>;
}

export interface Answer {
  status: number;
  contentType: string;
  data?: Record<string, any> | null;
  errors?: GraphQLError[];
  /** The answer's own extensions, e.g. `staleData`. */
  extensions?: { staleData?: { city: string; ageSeconds: number }[] } & Record<string, unknown>;
}

/** POSTs a GraphQL request; returns the HTTP status beside the body. */
export async function post(url: string, document: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await request(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: document, variables }),
  });
  const body = (await response.body.json()) as Omit<Answer, 'status' | 'contentType'>;
  return { status: response.statusCode, contentType: String(response.headers['content-type']), ...body };
}

/** Text that only our internals would write: SQLite's messages, stack frames, Node's error names. */
const INTERNAL_TEXT = [/sqlite/i, /\n\s+at /, /\bat [^\s]*\s?\(?\/[^\s)]+:\d+:\d+/, /\b(Type|Range|Syntax|Reference)?Error:/, /node_modules/, /\.ts:\d+/, /ECONN|EPIPE|ETIMEDOUT/];

/** What every answer must satisfy: no 5xx, nothing internal in a message, every code in the catalogue. */
export function expectHonest(answer: Answer): void {
  expect(answer.status, JSON.stringify(answer)).toBeLessThan(500);
  for (const error of answer.errors ?? []) {
    for (const pattern of INTERNAL_TEXT) expect(error.message, JSON.stringify(error)).not.toMatch(pattern);
    expect(isCatalogueCode(error.extensions?.['code']), `code of ${JSON.stringify(error)}`).toBe(true);
  }
}

/** The answer's one error, which must be `code` naming `field`. */
export function expectUserError(answer: Answer, code: string, field: string): GraphQLError {
  expectHonest(answer);
  expect(answer.errors, JSON.stringify(answer)).toHaveLength(1);
  const [error] = answer.errors!;
  expect(error!.extensions, JSON.stringify(error)).toMatchObject({ code, field });
  return error!;
}
