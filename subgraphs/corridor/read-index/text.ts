/**
 * Text handling for search over Chinese and English. SQLite's tokenizers either split Chinese
 * into nothing useful (unicode61) or need three characters (trigram), yet the corridor's
 * commonest queries are two characters (芯片, 人才). So Chinese runs are indexed as overlapping
 * character bigrams and a query becomes the phrase of its bigrams: an exact substring match for
 * any query of two characters or more. Latin words are indexed whole and matched by prefix.
 */

const CJK_RUN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+/gu;
const WORD = /[\p{L}\p{N}]+/gu;

function bigrams(run: string): string[] {
  if (run.length === 1) return [run];
  const grams: string[] = [];
  for (let i = 0; i < run.length - 1; i++) grams.push(run.slice(i, i + 2));
  return grams;
}

/** The tokens a text is indexed under, space-separated for the FTS5 `unicode61` tokenizer. */
export function indexTokens(text: string): string {
  const tokens: string[] = [];
  for (const run of text.match(CJK_RUN) ?? []) tokens.push(...bigrams(run));
  for (const word of text.replace(CJK_RUN, ' ').match(WORD) ?? []) tokens.push(word.toLowerCase());
  return tokens.join(' ');
}


export class SearchTextError extends Error {}

/**
 * An FTS5 MATCH expression for a user's query: each Chinese run a phrase of its bigrams, each
 * Latin word a prefix, all required. Throws SearchTextError when nothing searchable remains
 * (empty, punctuation only, or a single Chinese character).
 */
export function matchExpression(query: string): string {
  const parts: string[] = [];
  for (const run of query.match(CJK_RUN) ?? []) {
    if (run.length < 2) continue;
    parts.push(`"${bigrams(run).join(' ')}"`);
  }
  for (const word of query.replace(CJK_RUN, ' ').match(WORD) ?? []) parts.push(`"${word.toLowerCase()}"*`);
  if (parts.length === 0) {
    throw new SearchTextError('Search text needs at least two Chinese characters or one word of letters or digits');
  }
  return parts.join(' AND ');
}

/** The terms of a query as they appear in text, for highlighting. */
export function queryTerms(query: string): string[] {
  const cjk = (query.match(CJK_RUN) ?? []).filter((run) => run.length >= 2);
  const words = query.replace(CJK_RUN, ' ').match(WORD) ?? [];
  return [...cjk, ...words];
}

/** A short excerpt around the first matched term, the term wrapped in 【】. */
export function snippet(text: string, terms: string[], radius = 24): string {
  const lower = text.toLowerCase();
  let at = -1;
  let length = 0;
  for (const term of terms) {
    const index = lower.indexOf(term.toLowerCase());
    if (index >= 0 && (at < 0 || index < at)) {
      at = index;
      length = term.length;
    }
  }
  const flat = (s: string) => s.replace(/\s+/g, ' ');
  if (at < 0) return flat(text.slice(0, radius * 2)) + (text.length > radius * 2 ? '…' : '');
  const start = Math.max(0, at - radius);
  const end = Math.min(text.length, at + length + radius);
  return `${start > 0 ? '…' : ''}${flat(text.slice(start, at))}【${text.slice(at, at + length)}】${flat(text.slice(at + length, end))}${end < text.length ? '…' : ''}`;
}
