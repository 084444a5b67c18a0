/**
 * The corridor dataset: what each member's stand-in platform holds.
 *
 * `buildMemberDataset(slug)` gives one member's policies, carriers and challenges: the curated
 * core drawn from the source documents first (stable ids), then deterministic generated records
 * up to the default sizes (or `perKind` of every kind). Same options → byte-identical output; a
 * member never depends on another member; no clock and no Math.random().
 */
import {
  globalId,
  type CarrierRecord,
  type ChallengeRecord,
  type EntityKind,
  type PolicyRecord,
} from '../../schema/contract.js';
import { recordUrl } from '../../schema/member-links.js';
import { getMember, MEMBERS, type Member } from '../../schema/registry.js';
import { CURATED, type CuratedMember } from './curated.js';
import { completeCarriers, completeChallenges, completePolicies, localIdFor, profileFor } from './generator.js';

export { REFERENCE_DATE, wanText } from './generator.js';

export interface MemberDataset {
  policies: PolicyRecord[];
  carriers: CarrierRecord[];
  challenges: ChallengeRecord[];
}

export interface DatasetOptions {
  seed?: number;
  /** Every kind of every member has exactly this many records (>= the curated count). */
  perKind?: number;
}

export interface KindSizes {
  policies: number;
  carriers: number;
  challenges: number;
}

/** 2025-10-26: the corridor's technology and industry collaboration day, when the first consortia were announced. */
export const DEFAULT_SEED = 20251026;

/**
 * Default sizes: carriers 311 and challenges 298 corridor-wide (the resource and demand lists of
 * the 三张清单); Putuo's 20 carriers are the district's documented inventory.
 */
export const DEFAULT_SIZES: Record<string, KindSizes> = {
  putuo: { policies: 22, carriers: 20, challenges: 30 },
  nanjing: { policies: 30, carriers: 58, challenges: 52 },
  wuxi: { policies: 26, carriers: 40, challenges: 38 },
  changzhou: { policies: 24, carriers: 35, challenges: 32 },
  suzhou: { policies: 32, carriers: 62, challenges: 56 },
  nantong: { policies: 22, carriers: 30, challenges: 28 },
  yangzhou: { policies: 20, carriers: 20, challenges: 18 },
  zhenjiang: { policies: 20, carriers: 22, challenges: 20 },
  taizhou: { policies: 21, carriers: 24, challenges: 24 },
};

/** Sizes for a member added to the registry without an entry above. */
const FALLBACK_SIZES: KindSizes = { policies: 20, carriers: 20, challenges: 20 };

const EMPTY_CURATED: CuratedMember = { policies: [], carriers: [], challenges: [] };

function withIds<T extends object>(
  member: Member,
  kind: EntityKind,
  records: readonly T[],
): (T & { id: string; city: string; url: string })[] {
  const profile = profileFor(member);
  return records.map((record, index) => {
    const localId = localIdFor(profile, kind, index + 1);
    return {
      id: globalId(member.slug, kind, localId),
      city: member.slug,
      url: recordUrl(member, kind, localId),
      ...structuredClone(record),
    };
  });
}

function sizesFor(slug: string, curated: CuratedMember, perKind: number | undefined): KindSizes {
  if (perKind === undefined) {
    const sizes = DEFAULT_SIZES[slug] ?? FALLBACK_SIZES;
    return {
      policies: Math.max(sizes.policies, curated.policies.length),
      carriers: Math.max(sizes.carriers, curated.carriers.length),
      challenges: Math.max(sizes.challenges, curated.challenges.length),
    };
  }
  const minimum = Math.max(curated.policies.length, curated.carriers.length, curated.challenges.length);
  if (!Number.isInteger(perKind) || perKind < minimum) {
    throw new RangeError(`perKind must be an integer >= ${minimum} for "${slug}" (its curated record count); got ${perKind}`);
  }
  return { policies: perKind, carriers: perKind, challenges: perKind };
}

/** One member's records. Throws for a slug that is not in the registry. */
export function buildMemberDataset(slug: string, options: DatasetOptions = {}): MemberDataset {
  const member = getMember(slug);
  const seed = options.seed ?? DEFAULT_SEED;
  const curated = CURATED[slug] ?? EMPTY_CURATED;
  const sizes = sizesFor(slug, curated, options.perKind);
  return {
    policies: completePolicies(member, seed, withIds(member, 'policy', curated.policies), sizes.policies),
    carriers: completeCarriers(member, seed, withIds(member, 'carrier', curated.carriers), sizes.carriers),
    challenges: completeChallenges(member, seed, withIds(member, 'challenge', curated.challenges), sizes.challenges),
  };
}

/** Every member's records, keyed by slug in registry order. */
export function buildCorridorDataset(options: DatasetOptions = {}): Map<string, MemberDataset> {
  return new Map(MEMBERS.map((m) => [m.slug, buildMemberDataset(m.slug, options)]));
}

/**
 * The label a platform uses for a vocabulary value of this record: the Chinese label from the
 * contract, or for OTHER the record's own unmapped label, which the dataset keeps as `tags[0]`.
 */
export function nativeLabel<V extends string>(vocab: { labels: Record<V, string> }, value: V, record: { tags: string[] }): string {
  if (value === 'OTHER') {
    const own = record.tags[0];
    if (own !== undefined && own !== '') return own;
  }
  return vocab.labels[value];
}

/**
 * The inverse of `nativeLabel`: the vocabulary value a platform label stands for — the value whose
 * Chinese label it is, otherwise OTHER (the label then belongs in the record's tags[0]). Throws for
 * an unknown label of a vocabulary without OTHER.
 */
export function nativeValue<V extends string>(vocab: { labels: Record<V, string> }, label: string): V {
  const values = Object.keys(vocab.labels) as V[];
  for (const value of values) {
    if (vocab.labels[value] === label) return value;
  }
  const other = values.find((value) => value === 'OTHER');
  if (other === undefined) throw new RangeError(`"${label}" is not a label of this vocabulary`);
  return other;
}
