/**
 * What the read index keeps of each kind of record: the text search and matching read, its
 * title, and the values lists filter, order and count on, in the index's shared columns. A new
 * kind is one entry here (and one in lists.ts for its filters and orderings).
 */
import {
  INDUSTRY,
  POLICY_CATEGORY,
  TRANSFER_MODE,
  parseGlobalId,
  type AnyRecord,
  type EntityKind,
  type Industry,
  type RecordByKind,
} from '../../../schema/contract.js';

/** The index's columns besides id, city, kind and the industries, which every record has. */
export interface KindColumns {
  /** The date a list is "newest" by: published, started or founded. */
  published_on: string | null;
  /** The first day a policy is in effect. */
  effective_start: string | null;
  expires_on: string | null;
  /** The date a record ends by: a challenge's deadline, a cooperation item's end. */
  deadline: string | null;
  status: string | null;
  /** The record's one kind value of its own vocabulary (carrier kind, product kind, maturity, role …). */
  subkind: string | null;
  level: string | null;
  publisher_kind: string | null;
  /** The amount lists filter and order by (maximum support, reward, largest amount, asking price). */
  amount_yuan: number | null;
  lat: number | null;
  lng: number | null;
  /** The number lists filter and order by (free floor area, TRL, capacity). */
  measure: number | null;
  /** A second multi-valued vocabulary as bits (policy categories, transfer modes). */
  category_mask: number;
  /** Every member involved, as `,putuo,nanjing,`, for "involving" filters. */
  members: string | null;
  consortium_code: string | null;
}

interface IndexedKind<R> {
  title(record: R): string;
  /** What search and matching read, most telling first. */
  text(record: R): readonly (string | null)[];
  columns(record: R): Partial<KindColumns>;
}

/** A set of vocabulary values as bits (bit i = the i-th value): filters and facets in one column. */
export function vocabularyMask<V extends string>(vocabulary: { values: readonly V[] }, values: readonly V[]): number {
  return values.reduce((mask, value) => mask | (1 << vocabulary.values.indexOf(value)), 0);
}

const involving = (slugs: readonly string[]) => `,${slugs.join(',')},`;

export const INDEXED_KINDS: { readonly [K in EntityKind]: IndexedKind<RecordByKind[K]> } = {
  policy: {
    title: (p) => p.title,
    text: (p) => [p.title, p.summary, p.issuer, p.eligibility, p.docNumber, ...p.tags],
    columns: (p) => ({
      published_on: p.publishedOn,
      effective_start: p.effectiveFrom ?? p.publishedOn,
      expires_on: p.expiresOn,
      amount_yuan: p.maxSupportYuan,
      category_mask: vocabularyMask(POLICY_CATEGORY, p.categories),
    }),
  },
  carrier: {
    title: (c) => c.name,
    text: (c) => [c.name, c.operator, c.address, c.district, ...c.services, ...c.tags],
    columns: (c) => ({ subkind: c.kind, level: c.level, lat: c.location.lat, lng: c.location.lng, measure: c.freeArea }),
  },
  challenge: {
    title: (g) => g.title,
    text: (g) => [g.title, g.description, g.publisher, g.technicalField, g.requirements, ...g.tags],
    columns: (g) => ({
      published_on: g.publishedOn,
      deadline: g.deadline,
      status: g.status,
      publisher_kind: g.publisherKind,
      amount_yuan: g.rewardYuan,
      consortium_code: g.consortiumCode,
    }),
  },
  financeProduct: {
    title: (f) => f.name,
    text: (f) => [f.name, f.lender, f.eligibility, f.howToApply, f.rate, ...f.tags],
    columns: (f) => ({ published_on: f.publishedOn, subkind: f.productKind, amount_yuan: f.maxAmountYuan, measure: f.termMonths, members: involving(f.servingMembers) }),
  },
  talentService: {
    title: (t) => t.name,
    text: (t) => [t.name, t.provider, t.eligibility, t.address, t.district, t.availability, t.howToApply, ...t.tags],
    columns: (t) => ({ published_on: t.publishedOn, subkind: t.serviceKind, lat: t.location.lat, lng: t.location.lng, measure: t.capacity }),
  },
  achievement: {
    title: (a) => a.title,
    text: (a) => [a.title, a.summary, a.owner, a.technicalField, ...a.patents, ...a.tags],
    columns: (a) => ({
      published_on: a.publishedOn,
      subkind: a.maturity,
      amount_yuan: a.askingPriceYuan,
      measure: a.trl,
      category_mask: vocabularyMask(TRANSFER_MODE, a.transferModes),
      consortium_code: a.consortiumCode,
    }),
  },
  cooperation: {
    title: (c) => c.title,
    text: (c) => [c.title, c.summary, c.leadOrganization, ...c.partners, ...c.tags],
    columns: (c) => ({
      published_on: c.startedOn,
      deadline: c.endsOn,
      status: c.status,
      subkind: c.cooperationKind,
      members: involving(c.members),
      consortium_code: c.consortiumCode,
    }),
  },
  technologyManager: {
    title: (m) => m.name,
    text: (m) => [m.name, m.organization, m.profile, ...m.technicalFields, ...m.services, ...m.certifications, ...m.tags],
    columns: () => ({}),
  },
  consortium: {
    title: (c) => c.name,
    text: (c) => [c.name, c.code, c.goals, c.technicalField, c.leadOrganization, ...c.partners, ...c.tags],
    columns: (c) => ({ published_on: c.foundedOn, subkind: c.leadRole, members: involving(c.members), consortium_code: c.code }),
  },
};

const NO_COLUMNS: KindColumns = {
  published_on: null,
  effective_start: null,
  expires_on: null,
  deadline: null,
  status: null,
  subkind: null,
  level: null,
  publisher_kind: null,
  amount_yuan: null,
  lat: null,
  lng: null,
  measure: null,
  category_mask: 0,
  members: null,
  consortium_code: null,
};
export const KIND_COLUMNS = Object.keys(NO_COLUMNS) as (keyof KindColumns)[];

/** Every column of a record's index row. */
export function indexRow(record: AnyRecord) {
  return {
    id: record.id,
    city: record.city,
    kind: kindOf(record),
    ...NO_COLUMNS,
    ...entryOf(record).columns(record),
    // What a map pin and its card need, so the map reads no record bodies.
    title: entryOf(record).title(record),
    url: record.url,
    industry_mask: vocabularyMask(INDUSTRY, (record as { industries: Industry[] }).industries),
    updated_at: record.sourceUpdatedAt,
  };
}

/** The kind of a record, from its global id. */
export function kindOf(record: { id: string }): EntityKind {
  const kind = parseGlobalId(record.id)?.kind;
  if (kind === undefined || kind === 'application') throw new Error(`Not a record id: ${record.id}`);
  return kind;
}

const entryOf = (record: AnyRecord) => INDEXED_KINDS[kindOf(record)] as IndexedKind<AnyRecord>;

export function titleOf(record: AnyRecord): string {
  return entryOf(record).title(record);
}

/** The searchable text of a record, also used for snippets and similarity. */
export function recordText(record: AnyRecord): string {
  return entryOf(record).text(record).filter((part): part is string => Boolean(part)).join('\n');
}
