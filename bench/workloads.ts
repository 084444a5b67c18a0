/**
 * The operations the benchmark sends: what a corridor front end does on its list, detail, search
 * and filter pages. Ids, filters and search terms come from the same dataset the stand-ins
 * serve, and vary across requests deterministically (request i of a workload is always the same
 * request), so two gateways and two runs see the same sequence.
 */
import type { Industry } from '../schema/contract.js';
import type { MemberDataset } from '../sandbox/dataset/index.js';
import { recordText } from '../subgraphs/corridor/read-index/store.js';

export const WORKLOAD_IDS = ['list', 'detail', 'search', 'facets', 'map', 'mixed'] as const;
export type WorkloadId = (typeof WORKLOAD_IDS)[number];

export interface GraphQLRequest {
  query: string;
  variables: Record<string, unknown>;
}

export interface Workload {
  id: WorkloadId;
  /** One line for the report. */
  description: string;
  /** The i-th request of this workload (i ≥ 0); the same i always gives the same request. */
  request(i: number): GraphQLRequest;
}

const LIST_PAGE = `query ListPage($filter: ChallengeFilter, $orderBy: ChallengeOrder, $first: Int) {
  challenges(filter: $filter, orderBy: $orderBy, first: $first) {
    pageInfo { hasNextPage endCursor }
    edges { node { id title publisher reward { wan } deadline city { nameZh } } }
  }
}`;

const DETAIL_PAGE = `query ChallengeDetail($id: ID!) {
  node(id: $id) {
    id
    ... on Challenge {
      title
      matchingCarriers(first: 5) { score carrier { id name city { nameZh } } }
    }
  }
}`;

const SEARCH_PAGE = `query Search($text: String!) {
  search(text: $text, first: 20) {
    edges {
      snippet
      node { id ... on Challenge { title } ... on Policy { title } ... on Carrier { name } }
    }
  }
}`;

const FACETS = `query ListFacets($filter: ChallengeFilter) {
  challenges(filter: $filter, first: 1) {
    totalCount
    facets {
      cities { city { slug } count }
      industries { industry count }
      statuses { status count }
    }
  }
}`;

const MAP_VIEW = `query CorridorMap($within: GeoBox, $zoom: Int, $kinds: [EntityKind!]) {
  corridorMap(within: $within, zoom: $zoom, kinds: $kinds) {
    totalCount
    clusters { id count expansionZoom location { lat lng } countsByKind { kind count } }
    points { id kind title url locationPrecision location { lat lng } }
  }
}`;

/** What a map visitor looks at, in rotation: the whole corridor, then closer views of its parts. */
const MAP_VIEWS: { zoom: number; within: { south: number; west: number; north: number; east: number } | null }[] = [
  { zoom: 7, within: null },
  { zoom: 9, within: { south: 31.0, west: 120.3, north: 31.8, east: 121.6 } },
  { zoom: 10, within: { south: 31.8, west: 118.4, north: 32.4, east: 119.6 } },
  { zoom: 12, within: { south: 31.15, west: 121.3, north: 31.35, east: 121.5 } },
];
/** The map's kind toggles a visitor tries: resources, demands, and everything. */
const MAP_KINDS = [['CARRIER'], ['CHALLENGE', 'COOPERATION'], null];

/** Industry groups a visitor ticks on the list page, in rotation. */
const INDUSTRY_GROUPS: Industry[][] = [
  ['INTEGRATED_CIRCUITS', 'NEW_MATERIALS'],
  ['BIOMEDICINE', 'DIGITAL_HEALTH'],
  ['ARTIFICIAL_INTELLIGENCE', 'INTELLIGENT_SOFTWARE'],
  ['NEW_ENERGY', 'INTELLIGENT_VEHICLES'],
  ['ROBOTICS', 'INTELLIGENT_MANUFACTURING'],
  ['LOW_ALTITUDE_ECONOMY', 'GEOSPATIAL', 'CYBERSECURITY'],
];
/** Statuses a visitor filters by: open only, or open and under review. */
const STATUS_SETS = [['OPEN'], ['OPEN', 'UNDER_REVIEW']];
const LIST_ORDERS = ['NEWEST', 'DEADLINE_SOONEST', 'REWARD'] as const;
/** Distinct list filters (industry group × status set); with the orders, 36 distinct list pages. */
const FILTER_VARIANTS = INDUSTRY_GROUPS.length * STATUS_SETS.length;

/** Candidate queries; only those the dataset contains are used, so every search has hits. */
const TWO_CHARACTER_TERMS = ['芯片', '人才', '孵化', '算法', '电池', '封装'];
const FOUR_CHARACTER_TERMS = ['人才公寓', '先进封装', '集成电路', '生物医药', '人工智能', '检验检测'];

/** A stride co-prime with any realistic record count walks the whole list without clustering by member. */
const STRIDE = 7_919;

function listFilter(i: number): Record<string, unknown> {
  return { statuses: STATUS_SETS[Math.floor(i / INDUSTRY_GROUPS.length) % STATUS_SETS.length], industries: INDUSTRY_GROUPS[i % INDUSTRY_GROUPS.length] };
}

/** Terms with at least one record containing them (checked on a sample, which is plenty for these). */
function presentTerms(candidates: readonly string[], texts: readonly string[]): string[] {
  const present = candidates.filter((term) => texts.some((text) => text.includes(term)));
  if (present.length === 0) throw new Error(`none of ${candidates.join(', ')} occurs in the dataset`);
  return present;
}

export function buildWorkloads(dataset: ReadonlyMap<string, MemberDataset>): Map<WorkloadId, Workload> {
  const members = [...dataset.values()];
  const challengeIds = members.flatMap((member) => member.challenge.map((challenge) => challenge.id));
  if (challengeIds.length === 0) throw new Error('the dataset has no challenges');
  // Every 7th record is enough to see which terms occur and keeps this quick for 270,000 records.
  const sampleTexts = members.flatMap((member) => [...member.policy, ...member.carrier, ...member.challenge].filter((_, i) => i % 7 === 0).map(recordText));
  const twoCharacter = presentTerms(TWO_CHARACTER_TERMS, sampleTexts);
  const fourCharacter = presentTerms(FOUR_CHARACTER_TERMS, sampleTexts);

  const list: Workload = {
    id: 'list',
    description: 'challenges(filter: statuses + industries, orderBy, first: 50) { title publisher reward deadline city }',
    request: (i) => ({ query: LIST_PAGE, variables: { filter: listFilter(i), orderBy: LIST_ORDERS[Math.floor(i / FILTER_VARIANTS) % LIST_ORDERS.length], first: 50 } }),
  };
  const detail: Workload = {
    id: 'detail',
    description: 'node(id:) of a challenge with its top 5 matchingCarriers { name city }',
    request: (i) => ({ query: DETAIL_PAGE, variables: { id: challengeIds[(i * STRIDE) % challengeIds.length] } }),
  };
  const search: Workload = {
    id: 'search',
    description: `search(text:, first: 20) over all kinds, alternating ${twoCharacter.join('/')} and ${fourCharacter.join('/')}`,
    request: (i) => {
      const terms = i % 2 === 0 ? twoCharacter : fourCharacter;
      return { query: SEARCH_PAGE, variables: { text: terms[Math.floor(i / 2) % terms.length] } };
    },
  };
  const facets: Workload = {
    id: 'facets',
    description: 'challenges(filter:, first: 1) { totalCount facets { cities industries statuses } }',
    request: (i) => ({ query: FACETS, variables: { filter: listFilter(i) } }),
  };
  const map: Workload = {
    id: 'map',
    description: 'corridorMap(within:, zoom: 7–12, kinds:) { clusters points }: the whole corridor and closer views',
    request: (i) => {
      const view = MAP_VIEWS[i % MAP_VIEWS.length]!;
      return { query: MAP_VIEW, variables: { ...view, kinds: MAP_KINDS[Math.floor(i / MAP_VIEWS.length) % MAP_KINDS.length] } };
    },
  };
  // 60/20/15/5 in every run of 20 requests; each part keeps its own rotation of ids and filters.
  const MIX: [Workload, number][] = [
    [list, 12],
    [detail, 4],
    [search, 3],
    [facets, 1],
  ];
  const mixed: Workload = {
    id: 'mixed',
    description: '60% list, 20% detail, 15% search, 5% facets, interleaved',
    request: (i) => {
      const round = Math.floor(i / 20);
      let slot = i % 20;
      for (const [workload, share] of MIX) {
        if (slot < share) return workload.request(round * share + slot);
        slot -= share;
      }
      throw new Error('unreachable: the mix adds up to 20');
    },
  };
  return new Map([list, detail, search, facets, map, mixed].map((workload) => [workload.id, workload]));
}
