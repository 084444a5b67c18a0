/**
 * Cross-member matching: a challenge's carriers, achievements and technology managers, a
 * carrier's or an achievement's open challenges. Two records fit when they share industries (the
 * strongest signal), when their texts share distinctive terms (weighted by how rare a term is in
 * the corridor, so 技术 or 创新 count for nothing), and, as a tie-break, when they are near each
 * other (a record without a place of its own stands at its member's centre).
 */
import { INDUSTRY, recordPlace, type AnyRecord, type EntityKind, type GeoPoint, type Industry } from '../../../schema/contract.js';
import { getMember } from '../../../schema/registry.js';
import { vocabularyMask } from './kinds.js';
import { distanceKm, recordText, type ReadIndex } from './store.js';

/** Why a match was made, as data: the corridor words it in the caller's language (labels.ts). */
export type MatchReason =
  | { kind: 'SHARED_INDUSTRY'; industries: Industry[] }
  | { kind: 'TEXT_SIMILARITY'; phrases: string[] }
  | { kind: 'PROXIMITY'; distanceKm: number };

export interface Match {
  id: string;
  score: number;
  distanceKm: number;
  reasons: MatchReason[];
}

const WEIGHTS = { industry: 0.6, text: 0.35, proximity: 0.05 };
/** Beyond this distance proximity adds nothing: the corridor is about 300 km end to end. */
const PROXIMITY_RANGE_KM = 300;
/** Terms in more than this share of all records say nothing about a match. */
const COMMON_TERM_SHARE = 0.02;
const SHOWN_TERMS = 3;

interface Candidate {
  id: string;
  body: string;
  tokens: string;
}

/** Candidates considered per source; the best few are returned, so a few hundred is plenty. */
const TEXT_CANDIDATES = 200;
const INDUSTRY_CANDIDATES = 200;
/** The record's rarest terms, sent to full-text search to find textually close records. */
const QUERY_TERMS = 8;
/**
 * Only terms this rare are searched for: ranking the records of a term held by thousands
 * (a common bigram on a large corridor) costs more than it finds.
 */
const SEARCHED_TERM_SHARE = 0.002;

/**
 * Squared planar distance to a point (longitude scaled by the cosine of its latitude): orders
 * records like the great-circle distance at corridor scale, in plain SQL arithmetic, where a
 * JavaScript distance function called for tens of thousands of rows dominated a match.
 */
const NEARNESS_SQL = '((r.lat - ?) * (r.lat - ?) + (r.lng - ?) * (r.lng - ?) * ?)';

function nearnessParams(near: { lat: number; lng: number }): number[] {
  const scale = Math.cos((near.lat * Math.PI) / 180) ** 2;
  return [near.lat, near.lat, near.lng, near.lng, scale];
}

/** A record's distinctive terms with their weights (inverse document frequency). */
function distinctiveTerms(index: ReadIndex, id: string): Map<string, number> {
  const row = index.query('SELECT t.tokens AS tokens FROM records r JOIN record_text t ON t.rowid = r.seq WHERE r.id = ?').get(id) as { tokens: string } | undefined;
  const tokens = [...new Set((row?.tokens ?? '').split(' ').filter(Boolean))];
  if (tokens.length === 0) return new Map();
  const total = index.remember('records:count', () => (index.query('SELECT COUNT(*) AS n FROM records').get() as { n: number }).n);
  // Looked up one term at a time (fts5vocab answers `term = ?` directly, not `IN`), and
  // remembered: challenges share most of their terms.
  const lookup = index.query('SELECT doc FROM record_vocabulary WHERE term = ?');
  const frequencies = tokens.map((term) => ({ term, doc: index.remember(`documents-with:${term}`, () => (lookup.get(term) as { doc: number } | undefined)?.doc ?? 0) }));
  return new Map(frequencies.filter((f) => f.doc > 0 && f.doc / total <= COMMON_TERM_SHARE).map((f) => [f.term, Math.log(total / f.doc)]));
}

/**
 * Records of `kind` worth scoring: those full-text search finds for our rarest terms, and those
 * sharing the most industries with us, nearest first. Scoring everything that shares an
 * industry would touch tens of thousands of records on a large corridor.
 */
function candidates(
  index: ReadIndex,
  kind: EntityKind,
  ours: { industries: Industry[]; terms: Map<string, number>; near: { lat: number; lng: number } },
  extraWhere: string,
  params: unknown[],
): Candidate[] {
  const found = new Map<string, Candidate>();
  const rarest = [...ours.terms]
    .filter(([, weight]) => weight >= -Math.log(SEARCHED_TERM_SHARE))
    .sort((a, b) => b[1] - a[1])
    .slice(0, QUERY_TERMS)
    .map(([term]) => `"${term.replace(/"/g, '""')}"`);
  if (rarest.length > 0) {
    const textual = index
      .query(
        `SELECT r.id AS id, b.body AS body, t.tokens AS tokens FROM record_text t JOIN records r ON r.seq = t.rowid JOIN record_bodies b ON b.seq = r.seq
         WHERE record_text MATCH ? AND r.kind = ? ${extraWhere} ORDER BY t.rank LIMIT ${TEXT_CANDIDATES}`,
      )
      .all(rarest.join(' OR '), kind, ...params) as Candidate[];
    for (const candidate of textual) found.set(candidate.id, candidate);
  }
  const specific = ours.industries.filter((industry) => industry !== 'OTHER');
  if (specific.length > 0) {
    const shared = specific.map((industry) => `((r.industry_mask >> ${INDUSTRY.values.indexOf(industry)}) & 1)`).join(' + ');
    const industrial = index
      .query(
        `SELECT r.id AS id, b.body AS body, t.tokens AS tokens FROM (
           SELECT r.seq AS seq FROM records r
           WHERE r.kind = ? AND (r.industry_mask & ?) != 0 ${extraWhere}
           ORDER BY ${shared} DESC, ${NEARNESS_SQL} ASC LIMIT ${INDUSTRY_CANDIDATES}
         ) best JOIN records r ON r.seq = best.seq JOIN record_text t ON t.rowid = r.seq JOIN record_bodies b ON b.seq = r.seq`,
      )
      .all(kind, vocabularyMask(INDUSTRY, specific), ...params, ...nearnessParams(ours.near)) as Candidate[];
    for (const candidate of industrial) found.set(candidate.id, candidate);
  }
  return [...found.values()];
}

/** The longest stretch around `term` that both texts contain, so bigrams read as words (先进封装, not 进封). */
function sharedPhrase(term: string, ours: string, theirs: string, limit = 12): string {
  // Tokens are lower-cased; search lower-cased copies (same length: the texts have no special casings) and show the original.
  const oursLower = ours.toLowerCase();
  const theirsLower = theirs.toLowerCase();
  const at = oursLower.indexOf(term);
  if (at < 0) return term;
  let start = at;
  let end = at + term.length;
  const grows = (from: number, to: number) => {
    const candidate = oursLower.slice(from, to);
    return /^[\p{L}\p{N}]+$/u.test(candidate) && theirsLower.includes(candidate);
  };
  while (end - start < limit && end < ours.length && grows(start, end + 1)) end++;
  while (end - start < limit && start > 0 && grows(start - 1, end)) start--;
  return ours.slice(start, end);
}

interface Side {
  industries: Industry[];
  terms: Map<string, number>;
  text: string;
}

function score(ours: Side, theirs: { industries: Industry[]; tokens: string; text: string }, distance: number): Omit<Match, 'id'> {
  const shared = ours.industries.filter((industry) => industry !== 'OTHER' && theirs.industries.includes(industry));
  const theirTokens = new Set(theirs.tokens.split(' '));
  const common = [...ours.terms].filter(([term]) => theirTokens.has(term)).sort((a, b) => b[1] - a[1]);
  const totalWeight = [...ours.terms.values()].reduce((sum, weight) => sum + weight, 0);
  const text = totalWeight > 0 ? common.reduce((sum, [, weight]) => sum + weight, 0) / totalWeight : 0;
  const industry = shared.length / Math.max(1, ours.industries.length);
  const proximity = 1 - Math.min(distance, PROXIMITY_RANGE_KM) / PROXIMITY_RANGE_KM;
  const reasons: MatchReason[] = [];
  if (shared.length) reasons.push({ kind: 'SHARED_INDUSTRY', industries: shared });
  if (common.length) {
    const phrases: string[] = [];
    for (const [term] of common) {
      const phrase = sharedPhrase(term, ours.text, theirs.text);
      if (!phrases.some((known) => known.includes(phrase) || phrase.includes(known))) phrases.push(phrase);
      if (phrases.length === SHOWN_TERMS) break;
    }
    reasons.push({ kind: 'TEXT_SIMILARITY', phrases });
  }
  reasons.push({ kind: 'PROXIMITY', distanceKm: distance });
  return {
    score: Math.round((WEIGHTS.industry * industry + WEIGHTS.text * text + WEIGHTS.proximity * proximity) * 1000) / 1000,
    distanceKm: Math.round(distance * 10) / 10,
    reasons,
  };
}

function side(index: ReadIndex, record: AnyRecord & { industries: Industry[] }, near: { lat: number; lng: number }): Side & { near: { lat: number; lng: number } } {
  return { industries: record.industries, terms: distinctiveTerms(index, record.id), text: recordText(record), near };
}

function best(matches: Match[], first: number): Match[] {
  return matches.sort((a, b) => b.score - a.score || a.distanceKm - b.distanceKm || (a.id < b.id ? -1 : 1)).slice(0, first);
}

/** Where a record stands for proximity: its own place, or its member's centre. */
const placeOf = (record: AnyRecord): GeoPoint => recordPlace(record, getMember(record.city).centre).location;

/** Which records of a kind may be matched at all, as SQL over `r` and its parameters. */
export interface MatchScope {
  where: string;
  params: unknown[];
}
const ANY: MatchScope = { where: '', params: [] };

/** Challenges still taking applications on `today`. */
export const openOn = (today: string): MatchScope => ({ where: `AND r.status = 'OPEN' AND r.deadline >= ?`, params: [today] });

/** Records of `kind` anywhere in the corridor that fit `record`, best first. */
export function matches(index: ReadIndex, record: AnyRecord & { industries: Industry[] }, kind: EntityKind, first: number, scope: MatchScope = ANY): Match[] {
  return index.remember(`matches:${record.id}:${kind}:${first}:${JSON.stringify(scope.params)}`, () => {
    const here = placeOf(record);
    const ours = side(index, record, here);
    return best(
      candidates(index, kind, ours, scope.where, scope.params)
        .filter((row) => row.id !== record.id)
        .map((row) => {
          const theirs = JSON.parse(row.body) as AnyRecord & { industries: Industry[] };
          const there = placeOf(theirs);
          const distance = distanceKm(here.lat, here.lng, there.lat, there.lng);
          return { id: theirs.id, ...score(ours, { industries: theirs.industries, tokens: row.tokens, text: recordText(theirs) }, distance) };
        }),
      first,
    );
  });
}
