/**
 * Cross-member matching between challenges and carriers. A carrier fits a challenge when they
 * share industries (the strongest signal), when their texts share distinctive terms, and, as a
 * tie-break, when the carrier is near the challenge's member.
 */
import { INDUSTRY, type CarrierRecord, type ChallengeRecord, type Industry } from '../../../schema/contract.js';
import { getMember } from '../../../schema/registry.js';
import { distanceKm, type ReadIndex } from './store.js';

export interface MatchReason {
  kind: 'SHARED_INDUSTRY' | 'TEXT_SIMILARITY' | 'PROXIMITY';
  detail: string;
}

export interface Match {
  id: string;
  score: number;
  distanceKm: number;
  reasons: MatchReason[];
}

const WEIGHTS = { industry: 0.6, text: 0.35, proximity: 0.05 };
/** Beyond this distance proximity adds nothing: the corridor is about 300 km end to end. */
const PROXIMITY_RANGE_KM = 300;

interface Candidate {
  id: string;
  body: string;
  tokens: string;
}

function tokensOf(index: ReadIndex, id: string): Set<string> {
  const row = index.db.prepare('SELECT t.tokens AS tokens FROM records r JOIN record_text t ON t.rowid = r.seq WHERE r.id = ?').get(id) as { tokens: string } | undefined;
  return new Set((row?.tokens ?? '').split(' ').filter(Boolean));
}

function candidates(index: ReadIndex, kind: 'carrier' | 'challenge', industries: Industry[], extraWhere: string, params: unknown[]): Candidate[] {
  const specific = industries.filter((industry) => industry !== 'OTHER');
  if (specific.length === 0) return [];
  return index.db
    .prepare(
      `SELECT r.id AS id, r.body AS body, t.tokens AS tokens FROM records r JOIN record_text t ON t.rowid = r.seq
       WHERE r.kind = ? ${extraWhere} AND r.seq IN (SELECT seq FROM record_labels WHERE facet = 'industry' AND value IN (${specific.map(() => '?').join(', ')}))`,
    )
    .all(kind, ...params, ...specific) as Candidate[];
}

function score(
  ours: { industries: Industry[]; tokens: Set<string> },
  theirs: { industries: Industry[]; tokens: string },
  distance: number,
): Omit<Match, 'id'> {
  const shared = ours.industries.filter((industry) => industry !== 'OTHER' && theirs.industries.includes(industry));
  const theirTokens = new Set(theirs.tokens.split(' ').filter(Boolean));
  const common = [...ours.tokens].filter((token) => theirTokens.has(token));
  const text = ours.tokens.size && theirTokens.size ? common.length / Math.sqrt(ours.tokens.size * theirTokens.size) : 0;
  const industry = shared.length / Math.max(1, ours.industries.length);
  const proximity = 1 - Math.min(distance, PROXIMITY_RANGE_KM) / PROXIMITY_RANGE_KM;
  const reasons: MatchReason[] = [];
  if (shared.length) reasons.push({ kind: 'SHARED_INDUSTRY', detail: `共同产业：${shared.map((i) => INDUSTRY.labels[i]).join('、')}` });
  if (text >= 0.05) reasons.push({ kind: 'TEXT_SIMILARITY', detail: `共同关键词：${common.filter((t) => /[^\x00-\x7f]/.test(t)).slice(0, 3).join('、') || common.slice(0, 3).join(', ')}` });
  reasons.push({ kind: 'PROXIMITY', detail: `距离 ${distance.toFixed(1)} km` });
  return {
    score: Math.round((WEIGHTS.industry * industry + WEIGHTS.text * Math.min(1, text) + WEIGHTS.proximity * proximity) * 1000) / 1000,
    distanceKm: Math.round(distance * 10) / 10,
    reasons,
  };
}

function best(matches: Match[], first: number): Match[] {
  return matches.sort((a, b) => b.score - a.score || a.distanceKm - b.distanceKm || a.id.localeCompare(b.id)).slice(0, first);
}

/** Carriers anywhere in the corridor that could take a challenge on, best first. */
export function matchingCarriers(index: ReadIndex, challenge: ChallengeRecord, first: number): Match[] {
  const centre = getMember(challenge.city).centre;
  const ours = { industries: challenge.industries, tokens: tokensOf(index, challenge.id) };
  return best(
    candidates(index, 'carrier', challenge.industries, '', []).map((row) => {
      const carrier = JSON.parse(row.body) as CarrierRecord;
      const distance = distanceKm(centre.lat, centre.lng, carrier.location.lat, carrier.location.lng);
      return { id: carrier.id, ...score(ours, { industries: carrier.industries, tokens: row.tokens }, distance) };
    }),
    first,
  );
}

/** Open challenges anywhere in the corridor a carrier could take on, best first. */
export function openChallenges(index: ReadIndex, carrier: CarrierRecord, first: number, today: string): Match[] {
  const ours = { industries: carrier.industries, tokens: tokensOf(index, carrier.id) };
  return best(
    candidates(index, 'challenge', carrier.industries, `AND r.status = 'OPEN' AND r.deadline >= ?`, [today]).map((row) => {
      const challenge = JSON.parse(row.body) as ChallengeRecord;
      const centre = getMember(challenge.city).centre;
      const distance = distanceKm(carrier.location.lat, carrier.location.lng, centre.lat, centre.lng);
      return { id: challenge.id, ...score(ours, { industries: challenge.industries, tokens: row.tokens }, distance) };
    }),
    first,
  );
}
