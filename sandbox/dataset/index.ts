/**
 * The corridor dataset: what each member's stand-in platform holds.
 *
 * `buildMemberDataset(slug)` gives one member's records of every kind: the curated core drawn from
 * the source documents first (stable ids), then deterministic generated records up to the default
 * sizes (or `perKind` of every kind). Same options → byte-identical output; no clock and no
 * Math.random(). A member's records depend on other members only through what they cite (the first
 * consortia and technology managers of every member, citations.ts) and whom they name as partners,
 * so a member built alone is exactly its slice of the corridor.
 */
import { ENTITY_KINDS, type EntityKind, type RecordByKind } from '../../schema/contract.js';
import { getMember, MEMBERS, type Member } from '../../schema/registry.js';
import { NOTHING_CITABLE, type Citable } from './citations.js';
import { completeAchievements, completeConsortia, completeCooperation, completeTechnologyManagers } from './collaboration.js';
import { CURATED, type CuratedMember } from './curated.js';
import { completeCarriers, completeChallenges, completePolicies, profileFor, recordHead, type Completion } from './generator.js';
import { completeFinanceProducts, completeTalentServices } from './services.js';

export { REFERENCE_DATE, wanText } from './generator.js';

/** One member's records, every kind under its own name. */
export type MemberDataset = { [K in EntityKind]: RecordByKind[K][] };

export interface DatasetOptions {
  seed?: number;
  /** Every kind of every member has exactly this many records (>= the curated count). */
  perKind?: number;
}

export type KindSizes = Record<EntityKind, number>;

/** An object with one entry per kind, in ENTITY_KINDS order. */
export function everyKind<V>(make: (kind: EntityKind) => V): Record<EntityKind, V> {
  return Object.fromEntries(ENTITY_KINDS.map((kind) => [kind, make(kind)])) as Record<EntityKind, V>;
}

/** Records of every kind, each list made for its kind (TypeScript checks `make` per kind, not the object it fills). */
export function recordsOfEveryKind(make: <K extends EntityKind>(kind: K) => RecordByKind[K][]): MemberDataset {
  return everyKind((kind) => make(kind)) as MemberDataset;
}

/** 2025-10-26: the corridor's technology and industry collaboration day, when the first consortia were announced. */
export const DEFAULT_SEED = 20251026;

/**
 * Default sizes. Carriers 311, challenges 298 and cooperation items 196 corridor-wide are the 三张清单
 * (resource, demand and cooperation lists); technology managers 74 are the 沿沪宁技术经理人联盟;
 * Putuo's 20 carriers are the district's documented inventory. Putuo, the corridor's 始发站, leads
 * the most cooperation items and publishes the corridor-wide loans. Consortia are the first two and
 * the few that followed, each served by its lead's member.
 */
export const DEFAULT_SIZES: Record<string, KindSizes> = {
  putuo: { policy: 22, carrier: 20, challenge: 30, financeProduct: 8, talentService: 8, achievement: 16, cooperation: 34, technologyManager: 14, consortium: 2 },
  nanjing: { policy: 30, carrier: 58, challenge: 52, financeProduct: 4, talentService: 5, achievement: 20, cooperation: 30, technologyManager: 10, consortium: 1 },
  wuxi: { policy: 26, carrier: 40, challenge: 38, financeProduct: 3, talentService: 4, achievement: 14, cooperation: 24, technologyManager: 8, consortium: 2 },
  changzhou: { policy: 24, carrier: 35, challenge: 32, financeProduct: 3, talentService: 4, achievement: 12, cooperation: 20, technologyManager: 7, consortium: 1 },
  suzhou: { policy: 32, carrier: 62, challenge: 56, financeProduct: 4, talentService: 6, achievement: 22, cooperation: 32, technologyManager: 10, consortium: 1 },
  nantong: { policy: 22, carrier: 30, challenge: 28, financeProduct: 2, talentService: 4, achievement: 10, cooperation: 18, technologyManager: 7, consortium: 0 },
  yangzhou: { policy: 20, carrier: 20, challenge: 18, financeProduct: 2, talentService: 3, achievement: 8, cooperation: 12, technologyManager: 6, consortium: 0 },
  zhenjiang: { policy: 20, carrier: 22, challenge: 20, financeProduct: 2, talentService: 3, achievement: 8, cooperation: 12, technologyManager: 6, consortium: 0 },
  taizhou: { policy: 21, carrier: 24, challenge: 24, financeProduct: 2, talentService: 3, achievement: 10, cooperation: 14, technologyManager: 6, consortium: 1 },
};

/** Sizes for a member added to the registry without an entry above. */
const FALLBACK_SIZES: KindSizes = {
  policy: 20, carrier: 20, challenge: 20, financeProduct: 2, talentService: 3, achievement: 8, cooperation: 10, technologyManager: 5, consortium: 0,
};

/** Completers that cite other records take what may be cited (the others ignore it). */
type Completer<K extends EntityKind> = (job: Completion<K>, citable: Citable) => RecordByKind[K][];

const COMPLETERS: { [K in EntityKind]: Completer<K> } = {
  policy: completePolicies,
  carrier: completeCarriers,
  challenge: completeChallenges,
  financeProduct: completeFinanceProducts,
  talentService: completeTalentServices,
  achievement: completeAchievements,
  cooperation: completeCooperation,
  technologyManager: completeTechnologyManagers,
  consortium: completeConsortia,
};

function curatedCount(curated: CuratedMember, kind: EntityKind): number {
  return curated[kind]?.length ?? 0;
}

/** The member's default sizes, never below its curated counts. */
function defaultSizesFor(slug: string, curated: CuratedMember): KindSizes {
  const sizes = DEFAULT_SIZES[slug] ?? FALLBACK_SIZES;
  return everyKind((kind) => Math.max(sizes[kind], curatedCount(curated, kind)));
}

function sizesFor(slug: string, curated: CuratedMember, perKind: number | undefined): KindSizes {
  if (perKind === undefined) return defaultSizesFor(slug, curated);
  const minimum = Math.max(...ENTITY_KINDS.map((kind) => curatedCount(curated, kind)));
  if (!Number.isInteger(perKind) || perKind < minimum) {
    throw new RangeError(`perKind must be an integer >= ${minimum} for "${slug}" (its curated record count); got ${perKind}`);
  }
  return everyKind(() => perKind);
}

/** What completing a kind of a member starts from: its curated records with their ids, first in the list. */
function completionOf<K extends EntityKind>(member: Member, kind: K, seed: number, total: number): Completion<K> {
  const profile = profileFor(member);
  const curated = (CURATED[member.slug]?.[kind] ?? []).map(
    (record, index) => ({ ...recordHead({ member, profile }, kind, index + 1), ...structuredClone(record) }) as RecordByKind[K],
  );
  return { member, seed, curated, total, corridor: MEMBERS };
}

/**
 * The consortia and technology managers records may cite: of every member, the first ones, as
 * many as both the default dataset and this build have, so that the default dataset is a prefix
 * of a larger build and every cited record exists in every build.
 */
function citableFor(seed: number, perKind: number | undefined): Citable {
  const firstOf = <K extends 'consortium' | 'technologyManager'>(kind: K): RecordByKind[K][] =>
    MEMBERS.flatMap((member) => {
      // perKind is checked where the member itself is built, with the error naming it.
      const byDefault = defaultSizesFor(member.slug, CURATED[member.slug] ?? {})[kind];
      return COMPLETERS[kind](completionOf(member, kind, seed, Math.min(byDefault, perKind ?? byDefault)), NOTHING_CITABLE);
    });
  return { consortia: firstOf('consortium'), managers: firstOf('technologyManager') };
}

function memberDataset(member: Member, seed: number, perKind: number | undefined, citable: Citable): MemberDataset {
  const sizes = sizesFor(member.slug, CURATED[member.slug] ?? {}, perKind);
  return recordsOfEveryKind((kind) => COMPLETERS[kind](completionOf(member, kind, seed, sizes[kind]), citable));
}

/** One member's records. Throws for a slug that is not in the registry. */
export function buildMemberDataset(slug: string, options: DatasetOptions = {}): MemberDataset {
  const member = getMember(slug);
  const seed = options.seed ?? DEFAULT_SEED;
  return memberDataset(member, seed, options.perKind, citableFor(seed, options.perKind));
}

/** Every member's records, keyed by slug in registry order. */
export function buildCorridorDataset(options: DatasetOptions = {}): Map<string, MemberDataset> {
  const seed = options.seed ?? DEFAULT_SEED;
  const citable = citableFor(seed, options.perKind);
  return new Map(MEMBERS.map((m) => [m.slug, memberDataset(m, seed, options.perKind, citable)]));
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
