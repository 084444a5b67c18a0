/**
 * The one catalogue: every error code the hub's own code can put in an answer, every platform
 * failure code an adapter throws and every reason a platform refuses a write for is in
 * `schema/errors.ts`. Found by reading the source, so a code typed at a new call site without a
 * catalogue entry fails here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES, isCatalogueCode, PLATFORM_ERROR_CODES, WRITE_FAILURE_REASONS } from '../../schema/errors.js';

/** The parts that answer callers; adapters and stand-ins speak their platforms' codes. */
const ANSWERING_PARTS = ['gateway', 'subgraphs', 'schema'];
/** The adapter kit and the members' adapters, whose refusal tables and platform codes the catalogue must cover. */
const ADAPTER_PARTS = ['adapters', 'members'];

const CODE_LITERALS = [
  /\bcode\s*:\s*['"]([A-Z][A-Z0-9_]+)['"]/g, // { code: 'X' }
  /\bcode['"\]]*\s*[!=]==?\s*['"]([A-Z][A-Z0-9_]+)['"]/g, // code === 'X', extensions['code'] !== 'X'
  /\b(?:userError|refused|refusal|armor|graphQLErrorBody)\(\s*(?:\d+\s*,\s*)?['"]([A-Z][A-Z0-9_]+)['"]/g, // userError('X', …), refused(401, 'X', …), graphQLErrorBody('X', …)
];

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** Where adapters throw or compare platform failure codes; an environment variable such as PLATFORM_TIMEOUT_MS is not one. */
const PLATFORM_CODE_LITERAL = /(?<!env,\s*)['"](PLATFORM_[A-Z_]+)['"]/g;

const WRITE_REASON_LITERALS = [
  /\breason\s*:\s*['"]([A-Z][A-Z0-9_]+)['"]/g, // { reason: 'X' }
  /\breason\s*[!=]==?\s*['"]([A-Z][A-Z0-9_]+)['"]/g, // reason === 'X'
];
/** An adapter's table of its platform's refusal codes → our reasons: `refusalCodes({ … })`. */
const REFUSAL_TABLE = /refusalCodes\(\{([^}]*)\}\)/g;
const TABLE_VALUE = /:\s*['"]([A-Z][A-Z0-9_]+)['"]/g;

/** Each literal the patterns find in the folders' source, with the file it was first found in. */
function literalsIn(folders: string[], patterns: RegExp[]): Map<string, string> {
  const found = new Map<string, string>();
  for (const file of folders.flatMap(sourceFiles)) {
    const text = readFileSync(file, 'utf8');
    for (const pattern of patterns) for (const match of text.matchAll(pattern)) if (!found.has(match[1]!)) found.set(match[1]!, file);
  }
  return found;
}

const codesInSource = () => literalsIn(ANSWERING_PARTS, CODE_LITERALS);

function refusalTableReasons(): Map<string, string> {
  const found = new Map<string, string>();
  for (const file of ADAPTER_PARTS.flatMap((part) => sourceFiles(part))) {
    for (const table of readFileSync(file, 'utf8').matchAll(REFUSAL_TABLE)) for (const value of table[1]!.matchAll(TABLE_VALUE)) found.set(value[1]!, file);
  }
  return found;
}

const unlisted = (found: Map<string, string>, catalogue: object) => [...found].filter(([code]) => !Object.hasOwn(catalogue, code)).map(([code, file]) => `${code} (${file})`);

describe('the error catalogue', () => {
  it('lists every code the gateway and subgraphs write in their source', () => {
    const found = codesInSource();
    // The scan must see the codes it is there to see, or it proves nothing.
    for (const known of ['CITY_UNAVAILABLE', 'CORRIDOR_UNAVAILABLE', 'BAD_USER_INPUT', 'INVALID_ID', 'UNSIGNED_REQUEST', 'BAD_REQUEST', 'INTERNAL_SERVER_ERROR', 'QUERY_TOO_DEEP', 'RATE_LIMITED', 'PAYLOAD_TOO_LARGE']) {
      expect(found.has(known), known).toBe(true);
    }
    // PLATFORM_* is the adapter kit's vocabulary (PlatformErrorCode): compared internally and shown only as `extensions.platformCode`.
    const missing = [...found].filter(([code]) => !code.startsWith('PLATFORM_') && !isCatalogueCode(code)).map(([code, file]) => `${code} (${file})`);
    expect(missing).toEqual([]);
  });

  it('lists every platform failure code the adapters and the hub throw or compare', () => {
    const found = literalsIn([...ADAPTER_PARTS, ...ANSWERING_PARTS], [PLATFORM_CODE_LITERAL]);
    for (const known of ['PLATFORM_UNAVAILABLE', 'PLATFORM_BAD_RESPONSE', 'PLATFORM_REJECTED', 'PLATFORM_CIRCUIT_OPEN']) expect(found.has(known), known).toBe(true);
    expect(found.has('PLATFORM_TIMEOUT_MS'), 'an environment variable is not a code').toBe(false);
    expect(unlisted(found, PLATFORM_ERROR_CODES)).toEqual([]);
  });

  it('lists every reason a write is refused for, in the hub and in the adapters\' refusal tables', () => {
    const inHub = literalsIn(ANSWERING_PARTS, WRITE_REASON_LITERALS);
    const inTables = refusalTableReasons();
    expect(inHub.has('UNREADABLE')).toBe(true);
    for (const known of ['NOT_FOUND', 'CHALLENGE_NOT_OPEN', 'DUPLICATE_APPLICATION', 'INVALID']) expect(inTables.has(known), known).toBe(true);
    expect([...unlisted(inHub, WRITE_FAILURE_REASONS), ...unlisted(inTables, WRITE_FAILURE_REASONS)]).toEqual([]);
  });

  it('gives every write refusal reason a catalogue code for the caller', () => {
    for (const [reason, { code, meaning }] of Object.entries(WRITE_FAILURE_REASONS)) {
      expect(isCatalogueCode(code), reason).toBe(true);
      expect(meaning.trim().length, reason).toBeGreaterThan(10);
      expect(meaning, reason).not.toContain('\n');
    }
  });

  it('describes every code in one line', () => {
    for (const [code, description] of Object.entries({ ...ERROR_CODES, ...PLATFORM_ERROR_CODES })) {
      expect(code).toMatch(/^[A-Z][A-Z0-9_]+$/);
      expect(description.trim().length, code).toBeGreaterThan(10);
      expect(description, code).not.toContain('\n');
    }
  });

  it('knows a code from a look-alike', () => {
    expect(isCatalogueCode('BAD_USER_INPUT')).toBe(true);
    expect(isCatalogueCode('DOWNSTREAM_SERVICE_ERROR')).toBe(false);
    expect(isCatalogueCode('toString')).toBe(false);
  });
});
