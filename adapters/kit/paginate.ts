/**
 * Pagination and batching shared by the dialects: follow the platform's own page token to the
 * end, refusing a token that repeats (a platform bug that would otherwise loop forever); split
 * lookups into the batches a platform accepts and keep a bounded number in flight.
 */
import { PlatformError } from './errors.js';

export interface Page<T, Token> {
  items: T[];
  /** The token for the next page, or undefined after the last page. */
  next: Token | undefined;
}

/** Fetches every page, starting from `first`; returns all items in order. */
export async function collectPages<T, Token>(
  city: string,
  first: Token | undefined,
  fetchPage: (token: Token | undefined) => Promise<Page<T, Token>>,
  maxPages = 100_000,
): Promise<T[]> {
  const items: T[] = [];
  const seen = new Set<string>();
  let token = first;
  for (let pages = 0; ; pages++) {
    if (pages >= maxPages) throw new PlatformError('PLATFORM_BAD_RESPONSE', `pagination did not end after ${maxPages} pages`, { city });
    const page = await fetchPage(token);
    items.push(...page.items);
    if (page.next === undefined) return items;
    const key = JSON.stringify(page.next);
    if (seen.has(key)) throw new PlatformError('PLATFORM_BAD_RESPONSE', `pagination repeated the page token ${key}`, { city });
    seen.add(key);
    token = page.next;
  }
}

/** Runs `task` over `inputs` with at most `concurrency` in flight; results keep input order. */
export async function mapWithConcurrency<I, O>(inputs: readonly I[], concurrency: number, task: (input: I) => Promise<O>): Promise<O[]> {
  const results = new Array<O>(inputs.length);
  let next = 0;
  const worker = async () => {
    while (next < inputs.length) {
      const index = next++;
      results[index] = await task(inputs[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, inputs.length) }, worker));
  return results;
}

/** Splits ids (or anything) into runs of at most `size`, for platforms that cap a batch lookup. */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`chunk size must be a positive integer, got ${size}`);
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size) chunks.push(items.slice(start, start + size));
  return chunks;
}
