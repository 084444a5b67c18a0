/**
 * The marketplace's sections as lists: each names its query, its ordering vocabulary and its
 * facet groups, and turns its answer into the one shape the list page draws. Every list query
 * aliases its connection to `list` and each facet bucket's value to `value`, so one page, one
 * sidebar and one pager serve every section.
 */
import { useQuery, type ApolloError, type OperationVariables, type TypedDocumentNode } from '@apollo/client';
import { graphql } from '../gql';
import type { MessageKey } from '../i18n';
import {
  achievementCard,
  carrierCard,
  challengeCard,
  consortiumCard,
  cooperationCard,
  financeProductCard,
  policyCard,
  talentServiceCard,
  technologyManagerCard,
  type CardView,
} from '../records/card-views';
import type { VocabularyName } from '../vocabulary';

export interface Bucket {
  value: string;
  count: number;
}

export interface CityBucket {
  city: { slug: string; nameZh: string; nameEn: string };
  count: number;
}

/** One page of a section, whatever its kind. */
export interface ListPage {
  totalCount: number;
  hasNextPage: boolean;
  endCursor: string | null | undefined;
  /** `card` is null where the record's member could not serve it (an error at `list.edges.<n>.node` says why). */
  edges: { cursor: string; card: CardView | null; snippet?: string }[];
  facets?: { cities: CityBucket[]; industries: Bucket[]; groups: Readonly<Record<string, Bucket[]>> };
}

export interface ListVariables {
  filter: Record<string, unknown>;
  orderBy: string;
  first: number;
  after?: string | null;
  withFacets: boolean;
}

export interface FacetGroup {
  /** The filter field and the facets field (they share names). */
  field: string;
  title: MessageKey;
  vocabulary: VocabularyName;
}

/** What a section is, apart from its query. */
export interface SectionMeta {
  key: string;
  title: MessageKey;
  /** The vocabulary of its `orderBy`. */
  orders: VocabularyName;
  groups: readonly FacetGroup[];
}

export interface Section extends SectionMeta {
  /** One page of the section (a hook: it runs the section's typed query, unless `skip`). */
  usePage(variables: ListVariables, skip?: boolean): { page?: ListPage; error?: ApolloError; loading: boolean };
}

const PolicyListDocument = graphql(`
  query PolicyList($filter: PolicyFilter, $orderBy: PolicyOrder, $first: Int!, $after: String, $withFacets: Boolean!) {
    list: policies(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { ...PolicyCard } }
      facets @include(if: $withFacets) {
        cities { city { ...CityName } count }
        industries { value: industry count }
        categories { value: category count }
        statuses { value: status count }
      }
    }
  }
`);

const CarrierListDocument = graphql(`
  query CarrierList($filter: CarrierFilter, $orderBy: CarrierOrder, $first: Int!, $after: String, $withFacets: Boolean!) {
    list: carriers(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { ...CarrierCard } }
      facets @include(if: $withFacets) {
        cities { city { ...CityName } count }
        industries { value: industry count }
        kinds { value: kind count }
        levels { value: level count }
      }
    }
  }
`);

const ChallengeListDocument = graphql(`
  query ChallengeList($filter: ChallengeFilter, $orderBy: ChallengeOrder, $first: Int!, $after: String, $withFacets: Boolean!) {
    list: challenges(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { ...ChallengeCard } }
      facets @include(if: $withFacets) {
        cities { city { ...CityName } count }
        industries { value: industry count }
        statuses { value: status count }
      }
    }
  }
`);

const FinanceProductListDocument = graphql(`
  query FinanceProductList($filter: FinanceProductFilter, $orderBy: FinanceProductOrder, $first: Int!, $after: String, $withFacets: Boolean!) {
    list: financeProducts(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { ...FinanceProductCard } }
      facets @include(if: $withFacets) {
        cities { city { ...CityName } count }
        industries { value: industry count }
        productKinds { value: productKind count }
      }
    }
  }
`);

const TalentServiceListDocument = graphql(`
  query TalentServiceList($filter: TalentServiceFilter, $orderBy: TalentServiceOrder, $first: Int!, $after: String, $withFacets: Boolean!) {
    list: talentServices(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { ...TalentServiceCard } }
      facets @include(if: $withFacets) {
        cities { city { ...CityName } count }
        industries { value: industry count }
        serviceKinds { value: serviceKind count }
      }
    }
  }
`);

const AchievementListDocument = graphql(`
  query AchievementList($filter: AchievementFilter, $orderBy: AchievementOrder, $first: Int!, $after: String, $withFacets: Boolean!) {
    list: achievements(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { ...AchievementCard } }
      facets @include(if: $withFacets) {
        cities { city { ...CityName } count }
        industries { value: industry count }
        maturities { value: maturity count }
        transferModes { value: transferMode count }
      }
    }
  }
`);

const CooperationListDocument = graphql(`
  query CooperationList($filter: CooperationFilter, $orderBy: CooperationOrder, $first: Int!, $after: String, $withFacets: Boolean!) {
    list: cooperationItems(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { ...CooperationCard } }
      facets @include(if: $withFacets) {
        cities { city { ...CityName } count }
        industries { value: industry count }
        cooperationKinds { value: cooperationKind count }
        statuses { value: status count }
      }
    }
  }
`);

const TechnologyManagerListDocument = graphql(`
  query TechnologyManagerList($filter: TechnologyManagerFilter, $orderBy: TechnologyManagerOrder, $first: Int!, $after: String, $withFacets: Boolean!) {
    list: technologyManagers(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { ...TechnologyManagerCard } }
      facets @include(if: $withFacets) {
        cities { city { ...CityName } count }
        industries { value: industry count }
      }
    }
  }
`);

const ConsortiumListDocument = graphql(`
  query ConsortiumList($filter: ConsortiumFilter, $orderBy: ConsortiumOrder, $first: Int!, $after: String, $withFacets: Boolean!) {
    list: consortia(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { ...ConsortiumCard } }
      facets @include(if: $withFacets) {
        cities { city { ...CityName } count }
        industries { value: industry count }
        leadRoles { value: leadRole count }
      }
    }
  }
`);

/** The common part of every list answer, read the same way for each kind. */
interface AnyList<Node> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  edges: { cursor: string; node?: Node | null }[];
  facets?: ({ cities: CityBucket[]; industries: Bucket[] } & Record<string, unknown>) | null;
}

function pageOf<Node>(list: AnyList<Node>, groups: readonly FacetGroup[], card: (node: Node) => CardView): ListPage {
  const facets = list.facets;
  return {
    totalCount: list.totalCount,
    hasNextPage: list.pageInfo.hasNextPage,
    endCursor: list.pageInfo.endCursor,
    edges: list.edges.map((edge) => ({ cursor: edge.cursor, card: edge.node ? card(edge.node) : null })),
    facets: facets
      ? { cities: facets.cities, industries: facets.industries, groups: Object.fromEntries(groups.map((group) => [group.field, facets[group.field] as Bucket[]])) }
      : undefined,
  };
}

/**
 * A section from its typed query, whose answer's connection is aliased `list`. The page's filter
 * holds facet values as strings, each one a value the API gave for that very field, so they are
 * the query's own filter input: the one place that is trusted rather than checked.
 */
function listSection<Data extends { list: AnyList<Node> }, Variables extends OperationVariables, Node>(
  meta: SectionMeta,
  document: TypedDocumentNode<Data, Variables>,
  card: (node: Node) => CardView,
): Section {
  return {
    ...meta,
    usePage(listVariables, skip = false) {
      const { data, error, loading } = useQuery(document, { variables: listVariables as unknown as Variables, skip });
      return { page: data ? pageOf(data.list, meta.groups, card) : undefined, error, loading };
    },
  };
}

export const SECTIONS = {
  policies: listSection(
    {
      key: 'policies',
      title: 'sectionPolicies',
      orders: 'PolicyOrder',
      groups: [
        { field: 'categories', title: 'facetCategories', vocabulary: 'PolicyCategory' },
        { field: 'statuses', title: 'facetStatuses', vocabulary: 'PolicyStatus' },
      ],
    },
    PolicyListDocument,
    policyCard,
  ),
  carriers: listSection(
    {
      key: 'carriers',
      title: 'sectionCarriers',
      orders: 'CarrierOrder',
      groups: [
        { field: 'kinds', title: 'facetKinds', vocabulary: 'CarrierKind' },
        { field: 'levels', title: 'facetLevels', vocabulary: 'CarrierLevel' },
      ],
    },
    CarrierListDocument,
    carrierCard,
  ),
  challenges: listSection(
    {
      key: 'challenges',
      title: 'sectionChallenges',
      orders: 'ChallengeOrder',
      groups: [{ field: 'statuses', title: 'facetStatuses', vocabulary: 'ChallengeStatus' }],
    },
    ChallengeListDocument,
    challengeCard,
  ),
  financeProducts: listSection(
    {
      key: 'financeProducts',
      title: 'sectionFinanceProducts',
      orders: 'FinanceProductOrder',
      groups: [{ field: 'productKinds', title: 'facetProductKinds', vocabulary: 'FinanceProductKind' }],
    },
    FinanceProductListDocument,
    financeProductCard,
  ),
  talentServices: listSection(
    {
      key: 'talentServices',
      title: 'sectionTalentServices',
      orders: 'TalentServiceOrder',
      groups: [{ field: 'serviceKinds', title: 'facetServiceKinds', vocabulary: 'TalentServiceKind' }],
    },
    TalentServiceListDocument,
    talentServiceCard,
  ),
  achievements: listSection(
    {
      key: 'achievements',
      title: 'sectionAchievements',
      orders: 'AchievementOrder',
      groups: [
        { field: 'maturities', title: 'facetMaturities', vocabulary: 'AchievementMaturity' },
        { field: 'transferModes', title: 'facetTransferModes', vocabulary: 'TransferMode' },
      ],
    },
    AchievementListDocument,
    achievementCard,
  ),
  cooperationItems: listSection(
    {
      key: 'cooperationItems',
      title: 'sectionCooperationItems',
      orders: 'CooperationOrder',
      groups: [
        { field: 'cooperationKinds', title: 'facetCooperationKinds', vocabulary: 'CooperationKind' },
        { field: 'statuses', title: 'facetStatuses', vocabulary: 'CooperationStatus' },
      ],
    },
    CooperationListDocument,
    cooperationCard,
  ),
  technologyManagers: listSection(
    { key: 'technologyManagers', title: 'sectionTechnologyManagers', orders: 'TechnologyManagerOrder', groups: [] },
    TechnologyManagerListDocument,
    technologyManagerCard,
  ),
  consortia: listSection(
    {
      key: 'consortia',
      title: 'sectionConsortia',
      orders: 'ConsortiumOrder',
      groups: [{ field: 'leadRoles', title: 'facetLeadRoles', vocabulary: 'ConsortiumRole' }],
    },
    ConsortiumListDocument,
    consortiumCard,
  ),
} satisfies Record<string, Section>;

export type SectionKey = keyof typeof SECTIONS;
