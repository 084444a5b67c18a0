/** Ranked search across policies, carriers and challenges. */
import type { EntityKind } from '../../../schema/contract.js';
import { badUserInput } from '../../../schema/errors.js';
import { checkPageSize, decodeCursor, encodeCursor } from './lists.js';
import { recordText, titleOf, type ReadIndex } from './store.js';
import { matchExpression, queryTerms, SearchTextError, snippet } from './text.js';

export interface SearchQuery {
  text: string;
  kinds: EntityKind[];
  cities: string[] | null;
  first: number;
  after?: string | null;
}

export interface SearchHit {
  cursor: string;
  id: string;
  kind: EntityKind;
  score: number;
  snippet: string;
}

export interface SearchPage {
  hits: SearchHit[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  totalCount(): number;
}

export function search(index: ReadIndex, query: SearchQuery): SearchPage {
  checkPageSize(query.first);
  let expression: string;
  try {
    expression = matchExpression(query.text);
  } catch (error) {
    if (error instanceof SearchTextError) throw badUserInput('text', error.message);
    throw error;
  }
  const clauses = [`r.kind IN (${query.kinds.map(() => '?').join(', ')})`];
  const params: unknown[] = [expression, ...query.kinds];
  if (query.cities?.length) {
    clauses.push(`r.city IN (${query.cities.map(() => '?').join(', ')})`);
    params.push(...query.cities);
  }
  const base = `FROM records r JOIN (SELECT rowid AS tseq, bm25(record_text) AS rank FROM record_text WHERE record_text MATCH ?) t ON t.tseq = r.seq WHERE ${clauses.join(' AND ')}`;
  const pageParams = [...params];
  let keyset = '';
  if (query.after) {
    const { value: rank, id } = decodeCursor(query.after, 'search', 'number');
    keyset = ' AND (t.rank, r.id) > (?, ?)';
    pageParams.push(rank, id);
  }
  const rows = index.rows<{ id: string; kind: EntityKind; body: string; rank: number }>(
    `SELECT page.id AS id, page.kind AS kind, b.body AS body, page.rank AS rank FROM (
       SELECT r.id AS id, r.kind AS kind, r.seq AS seq, t.rank AS rank ${base}${keyset} ORDER BY t.rank, r.id LIMIT ?
     ) page JOIN record_bodies b ON b.seq = page.seq ORDER BY page.rank, page.id`,
    [...pageParams, query.first + 1],
  );
  const terms = queryTerms(query.text);
  const hits = rows.slice(0, query.first).map((row) => {
    const record = JSON.parse(row.body);
    const title = titleOf(record);
    const inTitle = terms.some((term) => title.toLowerCase().includes(term.toLowerCase()));
    return {
      cursor: encodeCursor(['search', row.rank, row.id]),
      id: row.id,
      kind: row.kind,
      score: Math.round(-row.rank * 1000) / 1000,
      snippet: inTitle ? snippet(title, terms) : snippet(recordText(record), terms),
    };
  });
  return {
    hits,
    hasNextPage: rows.length > query.first,
    hasPreviousPage: Boolean(query.after),
    totalCount: () => index.rows<{ n: number }>(`SELECT COUNT(*) AS n ${base}`, params)[0]!.n,
  };
}
