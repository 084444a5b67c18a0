/**
 * Filtered, ordered, keyset-paginated lists and their facet counts, answered from the read
 * index. Cursors carry the ordering value and id of the last row, so a page boundary stays put
 * while records are added or removed elsewhere in the list.
 */
import { INDUSTRY, parseGlobalId, POLICY_CATEGORY, TRANSFER_MODE, type EntityKind, type Industry } from '../../../schema/contract.js';
import { badUserInput } from '../../../schema/errors.js';
import { vocabularyMask } from './kinds.js';
import { matchExpression, SearchTextError } from './text.js';
import type { ReadIndex } from './store.js';

export interface DateRange {
  from?: string | null;
  to?: string | null;
}
export interface MoneyRange {
  minYuan?: number | null;
  maxYuan?: number | null;
}
interface CommonFilter {
  cities?: string[] | null;
  industries?: string[] | null;
  text?: string | null;
}
export interface PolicyFilter extends CommonFilter {
  categories?: string[] | null;
  statuses?: string[] | null;
  published?: DateRange | null;
  effective?: DateRange | null;
  maxSupport?: MoneyRange | null;
}
export interface CarrierFilter extends CommonFilter {
  kinds?: string[] | null;
  levels?: string[] | null;
  minFreeArea?: number | null;
  near?: { center: { lat: number; lng: number }; radiusKm: number } | null;
  within?: { south: number; west: number; north: number; east: number } | null;
}
export interface ChallengeFilter extends CommonFilter {
  statuses?: string[] | null;
  publisherKinds?: string[] | null;
  published?: DateRange | null;
  deadline?: DateRange | null;
  reward?: MoneyRange | null;
}
export interface FinanceProductFilter extends CommonFilter {
  productKinds?: string[] | null;
  servingCities?: string[] | null;
  amount?: MoneyRange | null;
  published?: DateRange | null;
}
export interface TalentServiceFilter extends CommonFilter {
  serviceKinds?: string[] | null;
  published?: DateRange | null;
  near?: CarrierFilter['near'];
  within?: CarrierFilter['within'];
}
export interface AchievementFilter extends CommonFilter {
  maturities?: string[] | null;
  transferModes?: string[] | null;
  minTrl?: number | null;
  askingPrice?: MoneyRange | null;
  consortiumCodes?: string[] | null;
  published?: DateRange | null;
}
export interface CooperationFilter extends CommonFilter {
  cooperationKinds?: string[] | null;
  statuses?: string[] | null;
  involving?: string[] | null;
  started?: DateRange | null;
  consortiumCodes?: string[] | null;
}
export interface ConsortiumFilter extends CommonFilter {
  leadRoles?: string[] | null;
  involving?: string[] | null;
}
export type AnyFilter = PolicyFilter &
  CarrierFilter &
  ChallengeFilter &
  FinanceProductFilter &
  TalentServiceFilter &
  AchievementFilter &
  CooperationFilter &
  ConsortiumFilter;

export interface ListQuery {
  kind: EntityKind;
  filter: AnyFilter;
  orderBy: string;
  first: number;
  after?: string | null;
  /** Beijing date used for policy status. */
  today: string;
}

export interface ListEdge {
  cursor: string;
  id: string;
  city: string;
  distanceKm: number | null;
}

export interface ListPage {
  edges: ListEdge[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  totalCount(): number;
  facet(name: FacetName): { value: string; count: number }[];
}

/** What a list counts its records by, besides the member: a column, or the bits of a mask column. */
export type FacetName = 'cities' | 'industries' | 'categories' | 'statuses' | 'kinds' | 'levels';

interface Sql {
  text: string;
  params: unknown[];
}

interface Ordering {
  expression: Sql;
  direction: 'ASC' | 'DESC';
  /** What the ordering value in this list's cursors is (every text ordering is by a date or an instant): a cursor carrying anything else was not issued here. */
  value: 'date' | 'number';
}

const MAX_PAGE = 100;

function policyStatusSql(today: string): Sql {
  return {
    text: `CASE WHEN r.effective_start > ? THEN 'UPCOMING' WHEN r.expires_on IS NOT NULL AND r.expires_on < ? THEN 'EXPIRED' ELSE 'IN_EFFECT' END`,
    params: [today, today],
  };
}

const plain = (text: string, direction: Ordering['direction'], value: Ordering['value']): Ordering => ({ expression: { text, params: [] }, direction, value });
const NEWEST_PUBLISHED = () => plain(`COALESCE(r.published_on, '0000-01-01')`, 'DESC', 'date');
const NEWEST_UPDATED = () => plain('r.updated_at', 'DESC', 'date');
const LARGEST_AMOUNT = () => plain('COALESCE(r.amount_yuan, -1)', 'DESC', 'number');
const LARGEST_MEASURE = () => plain('COALESCE(r.measure, -1)', 'DESC', 'number');
const NEAREST = (query: ListQuery): Ordering => {
  const near = query.filter.near;
  if (!near) throw badUserInput('orderBy', 'DISTANCE ordering needs filter.near');
  return { expression: { text: 'distance_km(r.lat, r.lng, ?, ?)', params: [near.center.lat, near.center.lng] }, direction: 'ASC', value: 'number' };
};

/** Each kind's orderings by their GraphQL names; RELEVANCE (with filter.text) is every kind's. */
const ORDERINGS: { readonly [K in EntityKind]: Readonly<Record<string, (query: ListQuery) => Ordering>> } = {
  policy: { NEWEST: NEWEST_PUBLISHED, EXPIRING_SOONEST: () => plain(`COALESCE(r.expires_on, '9999-12-31')`, 'ASC', 'date'), MAX_SUPPORT: LARGEST_AMOUNT },
  carrier: { NEWEST: NEWEST_UPDATED, FREE_AREA: LARGEST_MEASURE, DISTANCE: NEAREST },
  challenge: { NEWEST: NEWEST_PUBLISHED, DEADLINE_SOONEST: () => plain('r.deadline', 'ASC', 'date'), REWARD: LARGEST_AMOUNT },
  financeProduct: { NEWEST: NEWEST_PUBLISHED, MAX_AMOUNT: LARGEST_AMOUNT },
  talentService: { NEWEST: NEWEST_PUBLISHED, CAPACITY: LARGEST_MEASURE, DISTANCE: NEAREST },
  achievement: { NEWEST: NEWEST_PUBLISHED, TRL: LARGEST_MEASURE, ASKING_PRICE: LARGEST_AMOUNT },
  cooperation: { NEWEST: NEWEST_PUBLISHED, ENDING_SOONEST: () => plain(`COALESCE(r.deadline, '9999-12-31')`, 'ASC', 'date') },
  technologyManager: { NEWEST: NEWEST_UPDATED },
  consortium: { NEWEST: NEWEST_PUBLISHED },
};

function ordering(query: ListQuery): Ordering {
  if (query.orderBy === 'RELEVANCE') {
    if (!query.filter.text) throw badUserInput('orderBy', 'RELEVANCE ordering needs filter.text');
    return plain('t.rank', 'ASC', 'number');
  }
  const order = ORDERINGS[query.kind][query.orderBy];
  if (!order) throw badUserInput('orderBy', `${query.orderBy} is not an ordering of ${query.kind} lists`);
  return order(query);
}

function inList(column: string, values: readonly unknown[]): Sql {
  return { text: `${column} IN (${values.map(() => '?').join(', ')})`, params: [...values] };
}

/** Records having any of `values` in a vocabulary-mask column. */
function anyOf<V extends string>(column: 'industry_mask' | 'category_mask', vocabulary: { values: readonly V[] }, values: readonly V[]): Sql {
  return { text: `(r.${column} & ?) != 0`, params: [vocabularyMask(vocabulary, values)] };
}

function dateRange(column: string, range: DateRange | null | undefined): Sql[] {
  const clauses: Sql[] = [];
  if (range?.from) clauses.push({ text: `${column} >= ?`, params: [range.from] });
  if (range?.to) clauses.push({ text: `${column} <= ?`, params: [range.to] });
  return clauses;
}

/** A number argument within [min, max]; GraphQL checks only that it is a number. */
function checkRange(field: string, value: number, min: number, max: number): void {
  if (!(value >= min && value <= max)) throw badUserInput(field, `${field} must be from ${min} to ${max}, got ${value}`);
}

const MAX_YUAN = 1e12;

function moneyRange(field: string, range: MoneyRange | null | undefined): Sql[] {
  if (!range) return [];
  if (range.minYuan != null) checkRange(`${field}.minYuan`, range.minYuan, 0, MAX_YUAN);
  if (range.maxYuan != null) checkRange(`${field}.maxYuan`, range.maxYuan, 0, MAX_YUAN);
  if (range.minYuan != null && range.maxYuan != null && range.minYuan > range.maxYuan) throw badUserInput(field, `${field}.minYuan must not exceed maxYuan`);
  const clauses: Sql[] = [{ text: 'r.amount_yuan IS NOT NULL', params: [] }];
  if (range.minYuan != null) clauses.push({ text: 'r.amount_yuan >= ?', params: [range.minYuan] });
  if (range.maxYuan != null) clauses.push({ text: 'r.amount_yuan <= ?', params: [range.maxYuan] });
  return clauses;
}

const MAX_AREA_M2 = 1e9;
const MAX_RADIUS_KM = 2000;

const checkLatitude = (field: string, lat: number) => checkRange(field, lat, -90, 90);
const checkLongitude = (field: string, lng: number) => checkRange(field, lng, -180, 180);

function knownMembers(field: string, slugs: readonly string[], knownCities: ReadonlySet<string>): void {
  const unknown = slugs.filter((city) => !knownCities.has(city));
  if (unknown.length) throw badUserInput(field, `Unknown member slug(s): ${unknown.join(', ')}. Members: ${[...knownCities].join(', ')}`);
}

/** Records involving any of these members (the `members` column holds `,slug,slug,`). */
function involvingAny(field: string, slugs: readonly string[] | null | undefined, knownCities: ReadonlySet<string>): Sql[] {
  if (!slugs?.length) return [];
  knownMembers(field, slugs, knownCities);
  return [{ text: slugs.map(() => `r.members LIKE ?`).join(' OR '), params: slugs.map((slug) => `%,${slug},%`) }];
}

function geoClauses(filter: AnyFilter): Sql[] {
  const clauses: Sql[] = [];
  if (filter.near) {
    const { center, radiusKm } = filter.near;
    checkLatitude('filter.near.center.lat', center.lat);
    checkLongitude('filter.near.center.lng', center.lng);
    if (!(radiusKm > 0 && radiusKm <= MAX_RADIUS_KM)) throw badUserInput('filter.near.radiusKm', `radiusKm must be more than 0 and at most ${MAX_RADIUS_KM}, got ${radiusKm}`);
    // A bounding box first, so the exact distance is computed only for nearby rows.
    const dLat = radiusKm / 111;
    const dLng = radiusKm / (111 * Math.max(0.01, Math.cos((center.lat * Math.PI) / 180)));
    clauses.push({ text: 'r.lat BETWEEN ? AND ? AND r.lng BETWEEN ? AND ?', params: [center.lat - dLat, center.lat + dLat, center.lng - dLng, center.lng + dLng] });
    clauses.push({ text: 'distance_km(r.lat, r.lng, ?, ?) <= ?', params: [center.lat, center.lng, radiusKm] });
  }
  if (filter.within) clauses.push(boxClause('filter.within', filter.within));
  return clauses;
}

/** Rows inside a map viewport; a box that does not describe one is refused. */
export function boxClause(field: string, box: { south: number; west: number; north: number; east: number }): Sql {
  const { south, west, north, east } = box;
  checkLatitude(`${field}.south`, south);
  checkLatitude(`${field}.north`, north);
  checkLongitude(`${field}.west`, west);
  checkLongitude(`${field}.east`, east);
  if (south > north || west > east) throw badUserInput(field, `${field} needs south <= north and west <= east`);
  return { text: 'r.lat BETWEEN ? AND ? AND r.lng BETWEEN ? AND ?', params: [south, north, west, east] };
}

const MAX_TRL = 9;

/** Each kind's own conditions; members, industries and text are every kind's. */
const FILTERS: { readonly [K in EntityKind]: (filter: AnyFilter, query: ListQuery, knownCities: ReadonlySet<string>) => Sql[] } = {
  policy: (filter, query) => {
    const clauses: Sql[] = [];
    if (filter.categories?.length) clauses.push(anyOf('category_mask', POLICY_CATEGORY, filter.categories as never[]));
    if (filter.statuses?.length) {
      const status = policyStatusSql(query.today);
      clauses.push({ text: `(${status.text}) IN (${filter.statuses.map(() => '?').join(', ')})`, params: [...status.params, ...filter.statuses] });
    }
    clauses.push(...dateRange('r.published_on', filter.published));
    if (filter.effective?.to) clauses.push({ text: 'r.effective_start <= ?', params: [filter.effective.to] });
    if (filter.effective?.from) clauses.push({ text: '(r.expires_on IS NULL OR r.expires_on >= ?)', params: [filter.effective.from] });
    return [...clauses, ...moneyRange('filter.maxSupport', filter.maxSupport)];
  },
  carrier: (filter) => {
    const clauses: Sql[] = [];
    if (filter.kinds?.length) clauses.push(inList('r.subkind', filter.kinds));
    if (filter.levels?.length) clauses.push(inList('r.level', filter.levels));
    if (filter.minFreeArea != null) {
      checkRange('filter.minFreeArea', filter.minFreeArea, 0, MAX_AREA_M2);
      clauses.push({ text: 'r.measure >= ?', params: [filter.minFreeArea] });
    }
    return [...clauses, ...geoClauses(filter)];
  },
  challenge: (filter) => [
    ...(filter.statuses?.length ? [inList('r.status', filter.statuses)] : []),
    ...(filter.publisherKinds?.length ? [inList('r.publisher_kind', filter.publisherKinds)] : []),
    ...dateRange('r.published_on', filter.published),
    ...dateRange('r.deadline', filter.deadline),
    ...moneyRange('filter.reward', filter.reward),
  ],
  financeProduct: (filter, _query, knownCities) => [
    ...(filter.productKinds?.length ? [inList('r.subkind', filter.productKinds)] : []),
    ...involvingAny('filter.servingCities', filter.servingCities, knownCities),
    ...dateRange('r.published_on', filter.published),
    ...moneyRange('filter.amount', filter.amount),
  ],
  talentService: (filter) => [
    ...(filter.serviceKinds?.length ? [inList('r.subkind', filter.serviceKinds)] : []),
    ...dateRange('r.published_on', filter.published),
    ...geoClauses(filter),
  ],
  achievement: (filter) => {
    const clauses: Sql[] = [];
    if (filter.maturities?.length) clauses.push(inList('r.subkind', filter.maturities));
    if (filter.transferModes?.length) clauses.push(anyOf('category_mask', TRANSFER_MODE, filter.transferModes as never[]));
    if (filter.minTrl != null) {
      checkRange('filter.minTrl', filter.minTrl, 1, MAX_TRL);
      clauses.push({ text: 'r.measure >= ?', params: [filter.minTrl] });
    }
    if (filter.consortiumCodes?.length) clauses.push(inList('r.consortium_code', filter.consortiumCodes));
    return [...clauses, ...dateRange('r.published_on', filter.published), ...moneyRange('filter.askingPrice', filter.askingPrice)];
  },
  cooperation: (filter, _query, knownCities) => [
    ...(filter.cooperationKinds?.length ? [inList('r.subkind', filter.cooperationKinds)] : []),
    ...(filter.statuses?.length ? [inList('r.status', filter.statuses)] : []),
    ...(filter.consortiumCodes?.length ? [inList('r.consortium_code', filter.consortiumCodes)] : []),
    ...involvingAny('filter.involving', filter.involving, knownCities),
    ...dateRange('r.published_on', filter.started),
  ],
  technologyManager: () => [],
  consortium: (filter, _query, knownCities) => [
    ...(filter.leadRoles?.length ? [inList('r.subkind', filter.leadRoles)] : []),
    ...involvingAny('filter.involving', filter.involving, knownCities),
  ],
};

function filterClauses(query: ListQuery, knownCities: ReadonlySet<string>): Sql[] {
  const { filter, kind } = query;
  const clauses: Sql[] = [{ text: 'r.kind = ?', params: [kind] }];
  if (filter.cities?.length) {
    knownMembers('filter.cities', filter.cities, knownCities);
    clauses.push(inList('r.city', filter.cities));
  }
  if (filter.industries?.length) clauses.push(anyOf('industry_mask', INDUSTRY, filter.industries as Industry[]));
  return [...clauses, ...FILTERS[kind](filter, query, knownCities)];
}

function fromClause(filter: AnyFilter): Sql {
  if (!filter.text) return { text: 'records r', params: [] };
  let expression: string;
  try {
    expression = matchExpression(filter.text);
  } catch (error) {
    if (error instanceof SearchTextError) throw badUserInput('filter.text', error.message);
    throw error;
  }
  return {
    text: 'records r JOIN (SELECT rowid AS tseq, bm25(record_text) AS rank FROM record_text WHERE record_text MATCH ?) t ON t.tseq = r.seq',
    params: [expression],
  };
}

function joinAnd(clauses: Sql[]): Sql {
  return { text: clauses.map((c) => `(${c.text})`).join(' AND '), params: clauses.flatMap((c) => c.params) };
}

export function encodeCursor(parts: unknown[]): string {
  return Buffer.from(JSON.stringify(parts)).toString('base64url');
}

/** Longer than any cursor this API issues. */
const MAX_CURSOR_LENGTH = 1000;
const MAX_CURSOR_ID = 300;
const DATE_OR_INSTANT = /^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:\d{2})?)?$/;

const notIssued = (field: string) => badUserInput(field, 'The cursor is not one this API issued; pass an endCursor from a previous page');

/**
 * The position a cursor of ours carries: `[marker, value, id]`, where `marker` names the list
 * and ordering, `value` is the ordering value of the last row (text or a finite number, or
 * null) and `id` its record id. Anything else, however it decodes, is refused before it nears
 * SQL: better-sqlite3 would take an object as named parameters and answer with its own message.
 */
export function decodeCursor(cursor: string, marker: string, value: Ordering['value'], field = 'after'): { value: string | number | null; id: string } {
  let parts: unknown;
  try {
    if (cursor.length > MAX_CURSOR_LENGTH) throw notIssued(field);
    parts = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw notIssued(field);
  }
  if (!Array.isArray(parts) || parts.length !== 3) throw notIssued(field);
  const [issuedFor, position, id] = parts as unknown[];
  if (typeof issuedFor !== 'string') throw notIssued(field);
  if (issuedFor !== marker) throw badUserInput(field, 'The cursor belongs to another list or ordering; start again without after');
  const valueFits = position === null || (value === 'number' ? Number.isFinite(position) : typeof position === 'string' && DATE_OR_INSTANT.test(position));
  if (!valueFits || typeof id !== 'string' || id.length > MAX_CURSOR_ID || !parseGlobalId(id)) throw notIssued(field);
  return { value: position as string | number | null, id };
}

export function checkPageSize(first: number, field = 'first'): void {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE) throw badUserInput(field, `${field} must be between 1 and ${MAX_PAGE}, got ${first}`);
}

export function listPage(index: ReadIndex, query: ListQuery, knownCities: ReadonlySet<string>): ListPage {
  checkPageSize(query.first);
  const order = ordering(query);
  const from = fromClause(query.filter);
  const where = joinAnd(filterClauses(query, knownCities));
  const page: Sql[] = [];
  if (query.after) {
    const { value, id } = decodeCursor(query.after, `${query.kind}:${query.orderBy}`, order.value);
    const comparison = order.direction === 'DESC' ? '<' : '>';
    page.push({ text: `(${order.expression.text}, r.id) ${comparison} (?, ?)`, params: [...order.expression.params, value, id] });
  }
  const pageWhere = joinAnd([where, ...page]);
  const distance = query.filter.near
    ? { text: 'distance_km(r.lat, r.lng, ?, ?)', params: [query.filter.near.center.lat, query.filter.near.center.lng] }
    : { text: 'NULL', params: [] };
  const rows = index.rows<{ id: string; city: string; sort_value: unknown; distance: number | null }>(
    `SELECT r.id AS id, r.city AS city, ${order.expression.text} AS sort_value, ${distance.text} AS distance
     FROM ${from.text} WHERE ${pageWhere.text}
     ORDER BY sort_value ${order.direction}, r.id ${order.direction} LIMIT ?`,
    [...order.expression.params, ...distance.params, ...from.params, ...pageWhere.params, query.first + 1],
  );
  const hasNextPage = rows.length > query.first;
  const edges = rows.slice(0, query.first).map((row) => ({
    cursor: encodeCursor([`${query.kind}:${query.orderBy}`, row.sort_value, row.id]),
    id: row.id,
    city: row.city,
    distanceKm: row.distance === null ? null : Math.round(row.distance * 100) / 100,
  }));

  const base = { text: `FROM ${from.text} WHERE ${where.text}`, params: [...from.params, ...where.params] };
  return {
    edges,
    hasNextPage,
    hasPreviousPage: Boolean(query.after),
    totalCount: () => index.rows<{ n: number }>(`SELECT COUNT(*) AS n ${base.text}`, base.params)[0]!.n,
    facet: (name) => facetCounts(index, query, name, base),
  };
}

function facetCounts(index: ReadIndex, query: ListQuery, name: FacetName, base: Sql): { value: string; count: number }[] {
  let sql: Sql;
  const grouped = (column: string, extraParams: unknown[] = []): Sql => ({
    text: `SELECT ${column} AS value, COUNT(*) AS count ${base.text} GROUP BY value`,
    params: [...extraParams, ...base.params],
  });
  // One pass counts every value of a multi-valued vocabulary: a sum per bit of its mask column.
  const maskFacet = (column: 'industry_mask' | 'category_mask', vocabulary: { values: readonly string[] }): { value: string; count: number }[] => {
    const sums = vocabulary.values.map((_, bit) => `SUM((r.${column} >> ${bit}) & 1) AS b${bit}`).join(', ');
    const [row] = index.rows<Record<string, number | null>>(`SELECT ${sums} ${base.text}`, base.params);
    return vocabulary.values.map((value, bit) => ({ value, count: Number(row?.[`b${bit}`] ?? 0) })).filter((bucket) => bucket.count > 0);
  };
  switch (name) {
    case 'cities':
      sql = grouped('r.city');
      break;
    case 'industries':
      return sortBuckets(maskFacet('industry_mask', INDUSTRY));
    case 'categories':
      return sortBuckets(maskFacet('category_mask', query.kind === 'achievement' ? TRANSFER_MODE : POLICY_CATEGORY));
    case 'kinds':
      sql = grouped('r.subkind');
      break;
    case 'levels':
      sql = grouped('r.level');
      break;
    case 'statuses': {
      if (query.kind === 'policy') {
        const status = policyStatusSql(query.today);
        sql = grouped(status.text, status.params);
      } else sql = grouped('r.status');
      break;
    }
  }
  return sortBuckets(index.rows<{ value: string; count: number }>(sql.text, sql.params));
}

function sortBuckets(buckets: readonly { value: string; count: number }[]): { value: string; count: number }[] {
  return [...buckets].sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}
