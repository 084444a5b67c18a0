/**
 * The one catalogue: every error code the hub's own code can put in an answer is in
 * `schema/errors.ts`. Found by reading the source, so a code typed at a new call site without a
 * catalogue entry fails here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES, isCatalogueCode } from '../../schema/errors.js';

/** The parts that answer callers; adapters and stand-ins speak their platforms' codes. */
const ANSWERING_PARTS = ['gateway', 'subgraphs', 'schema'];

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

function codesInSource(): Map<string, string> {
  const found = new Map<string, string>();
  for (const file of ANSWERING_PARTS.flatMap(sourceFiles)) {
    const text = readFileSync(file, 'utf8');
    for (const pattern of CODE_LITERALS) for (const match of text.matchAll(pattern)) found.set(match[1]!, file);
  }
  return found;
}

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

  it('describes every code in one line', () => {
    for (const [code, description] of Object.entries(ERROR_CODES)) {
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
