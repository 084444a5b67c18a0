/**
 * Each kind of record as the one card shape the page draws (lists, search, matches): its
 * fragment, and what of it the card shows. A kind the corridor adds is a fragment and a
 * function here, and nothing else changes.
 */
import { graphql } from '../gql';
import type {
  AchievementCardFragment,
  CarrierCardFragment,
  ChallengeCardFragment,
  ConsortiumCardFragment,
  CooperationCardFragment,
  FinanceProductCardFragment,
  PolicyCardFragment,
  TalentServiceCardFragment,
  TechnologyManagerCardFragment,
} from '../gql/graphql';
import type { CityNames, MessageKey } from '../i18n';
import { href } from '../route';
import type { VocabularyName } from '../vocabulary';

graphql(`
  fragment CityName on City { slug nameZh nameEn }
  # A search hit's node is any interface at once, so fields that differ in type between kinds
  # (each kind's own status enumeration) are aliased by kind.
  fragment PolicyCard on Policy {
    id title issuer docNumber publishedOn policyStatus: status categories industries url
    maxSupport { yuan wan }
    city { ...CityName }
  }
  fragment CarrierCard on Carrier {
    id name kind level industries operator district freeArea url
    city { ...CityName }
  }
  fragment ChallengeCard on Challenge {
    id title publisher deadline challengeStatus: status industries applicationCount url
    reward { yuan wan }
    city { ...CityName }
  }
  fragment FinanceProductCard on FinanceProduct {
    id name lender productKind industries rate termMonths url
    maxAmount { yuan wan }
    city { ...CityName }
  }
  fragment TalentServiceCard on TalentService {
    id name provider serviceKind district capacity industries url
    city { ...CityName }
  }
  fragment AchievementCard on Achievement {
    id title owner technicalField maturity trl transferModes url
    askingPrice { yuan wan }
    city { ...CityName }
  }
  fragment CooperationCard on Cooperation {
    id title leadOrganization cooperationKind cooperationStatus: status startedOn url
    members { slug }
    city { ...CityName }
  }
  fragment TechnologyManagerCard on TechnologyManager {
    id name organization technicalFields industries url
    city { ...CityName }
  }
  fragment ConsortiumCard on Consortium {
    id name code leadOrganization leadRole industries url
    members { slug }
    city { ...CityName }
  }
  # Any node's card, whichever kind it is: a search hit's node, a map pin's record.
  fragment AnyCard on Node {
    id
    ...PolicyCard
    ...CarrierCard
    ...ChallengeCard
    ...FinanceProductCard
    ...TalentServiceCard
    ...AchievementCard
    ...CooperationCard
    ...TechnologyManagerCard
    ...ConsortiumCard
  }
`);

export type RecordKind = 'POLICY' | 'CARRIER' | 'CHALLENGE' | 'FINANCE_PRODUCT' | 'TALENT_SERVICE' | 'ACHIEVEMENT' | 'COOPERATION' | 'TECHNOLOGY_MANAGER' | 'CONSORTIUM';

/** One colour per kind, on pins, clusters and the legend and the cards' kind dots. */
export const KIND_COLOURS: Readonly<Record<RecordKind, string>> = {
  POLICY: '#2563eb',
  CARRIER: '#15803d',
  CHALLENGE: '#ea580c',
  FINANCE_PRODUCT: '#ca8a04',
  TALENT_SERVICE: '#db2777',
  ACHIEVEMENT: '#7c3aed',
  COOPERATION: '#0891b2',
  TECHNOLOGY_MANAGER: '#65a30d',
  CONSORTIUM: '#b91c1c',
};

/** Any record as its card fragment, or a node of a kind without a card (its id alone). */
export type CardFragment =
  | PolicyCardFragment
  | CarrierCardFragment
  | ChallengeCardFragment
  | FinanceProductCardFragment
  | TalentServiceCardFragment
  | AchievementCardFragment
  | CooperationCardFragment
  | TechnologyManagerCardFragment
  | ConsortiumCardFragment
  | { __typename: string; id: string };

/** An enumeration value, labelled from the API's vocabularies when drawn. */
export interface Labelled {
  vocabulary: VocabularyName;
  value: string;
}

/** The page's own words with values, e.g. 可用面积 {area} ㎡. */
export interface Note {
  message: MessageKey;
  values?: Readonly<Record<string, string | number>>;
}

export interface CardView {
  kind: RecordKind;
  id: string;
  title: string;
  /** The record's page on its member's platform. */
  url: string;
  city: CityNames;
  /** The record's own page here, for the kinds that have one. */
  page?: string;
  /** One line of facts, e.g. 发布机构：…; a fact without a label is shown as it is. */
  facts: readonly { label?: MessageKey; text: string }[];
  /** Where the record is in its life, as a coloured pill. */
  status?: Labelled;
  tags: readonly Labelled[];
  /** An amount with its label; null amount: negotiable (面议). */
  money?: { label: MessageKey; amount: { yuan: number; wan: number } | null };
  notes: readonly Note[];
}

const industryTags = (industries: readonly string[]): Labelled[] => industries.map((value) => ({ vocabulary: 'Industry', value }));

export function policyCard(policy: PolicyCardFragment): CardView {
  return {
    kind: 'POLICY',
    id: policy.id,
    title: policy.title,
    url: policy.url,
    city: policy.city,
    facts: [{ label: 'issuer', text: policy.issuer }, ...(policy.docNumber ? [{ text: policy.docNumber }] : []), { label: 'published', text: policy.publishedOn }],
    status: { vocabulary: 'PolicyStatus', value: policy.policyStatus },
    tags: policy.categories.map((value) => ({ vocabulary: 'PolicyCategory', value })),
    ...(policy.maxSupport && { money: { label: 'maxSupport', amount: policy.maxSupport } }),
    notes: [],
  };
}

export function carrierCard(carrier: CarrierCardFragment): CardView {
  return {
    kind: 'CARRIER',
    id: carrier.id,
    title: carrier.name,
    url: carrier.url,
    city: carrier.city,
    page: href({ page: 'record', kind: 'carrier', id: carrier.id }),
    facts: [{ label: 'operator', text: carrier.operator }, { text: carrier.district }],
    tags: [{ vocabulary: 'CarrierKind', value: carrier.kind }, { vocabulary: 'CarrierLevel', value: carrier.level }, ...industryTags(carrier.industries)],
    notes: [{ message: 'freeArea', values: { area: Math.round(carrier.freeArea).toLocaleString() } }],
  };
}

export function challengeCard(challenge: ChallengeCardFragment): CardView {
  return {
    kind: 'CHALLENGE',
    id: challenge.id,
    title: challenge.title,
    url: challenge.url,
    city: challenge.city,
    page: href({ page: 'record', kind: 'challenge', id: challenge.id }),
    facts: [{ label: 'publisher', text: challenge.publisher }, { label: 'deadline', text: challenge.deadline }],
    status: { vocabulary: 'ChallengeStatus', value: challenge.challengeStatus },
    tags: industryTags(challenge.industries),
    money: { label: 'reward', amount: challenge.reward ?? null },
    notes: [{ message: 'applicationCount', values: { count: challenge.applicationCount } }],
  };
}

export function financeProductCard(product: FinanceProductCardFragment): CardView {
  return {
    kind: 'FINANCE_PRODUCT',
    id: product.id,
    title: product.name,
    url: product.url,
    city: product.city,
    facts: [{ label: 'lender', text: product.lender }, ...(product.rate ? [{ label: 'rate' as const, text: product.rate }] : [])],
    tags: [{ vocabulary: 'FinanceProductKind', value: product.productKind }, ...industryTags(product.industries)],
    ...(product.maxAmount && { money: { label: 'maxAmount', amount: product.maxAmount } }),
    notes: product.termMonths ? [{ message: 'termMonths', values: { months: product.termMonths } }] : [],
  };
}

export function talentServiceCard(service: TalentServiceCardFragment): CardView {
  return {
    kind: 'TALENT_SERVICE',
    id: service.id,
    title: service.name,
    url: service.url,
    city: service.city,
    facts: [{ label: 'provider', text: service.provider }, { text: service.district }],
    tags: [{ vocabulary: 'TalentServiceKind', value: service.serviceKind }, ...industryTags(service.industries)],
    notes: service.capacity ? [{ message: 'capacity', values: { count: service.capacity } }] : [],
  };
}

export function achievementCard(achievement: AchievementCardFragment): CardView {
  return {
    kind: 'ACHIEVEMENT',
    id: achievement.id,
    title: achievement.title,
    url: achievement.url,
    city: achievement.city,
    facts: [{ label: 'owner', text: achievement.owner }, { label: 'technicalField', text: achievement.technicalField }],
    status: { vocabulary: 'AchievementMaturity', value: achievement.maturity },
    tags: achievement.transferModes.map((value) => ({ vocabulary: 'TransferMode', value })),
    money: { label: 'askingPrice', amount: achievement.askingPrice ?? null },
    notes: achievement.trl ? [{ message: 'trl', values: { level: achievement.trl } }] : [],
  };
}

export function cooperationCard(item: CooperationCardFragment): CardView {
  return {
    kind: 'COOPERATION',
    id: item.id,
    title: item.title,
    url: item.url,
    city: item.city,
    facts: [{ label: 'leadOrganization', text: item.leadOrganization }, ...(item.startedOn ? [{ label: 'started' as const, text: item.startedOn }] : [])],
    status: { vocabulary: 'CooperationStatus', value: item.cooperationStatus },
    tags: [{ vocabulary: 'CooperationKind', value: item.cooperationKind }],
    notes: [{ message: 'membersInvolved', values: { count: item.members.length } }],
  };
}

export function technologyManagerCard(manager: TechnologyManagerCardFragment): CardView {
  return {
    kind: 'TECHNOLOGY_MANAGER',
    id: manager.id,
    title: manager.name,
    url: manager.url,
    city: manager.city,
    facts: [{ label: 'organization', text: manager.organization }, ...manager.technicalFields.map((field) => ({ text: field }))],
    tags: industryTags(manager.industries),
    notes: [],
  };
}

export function consortiumCard(consortium: ConsortiumCardFragment): CardView {
  return {
    kind: 'CONSORTIUM',
    id: consortium.id,
    title: consortium.name,
    url: consortium.url,
    city: consortium.city,
    facts: [{ label: 'leadOrganization', text: consortium.leadOrganization }, { text: consortium.code }],
    tags: [{ vocabulary: 'ConsortiumRole', value: consortium.leadRole }, ...industryTags(consortium.industries)],
    notes: [{ message: 'membersInvolved', values: { count: consortium.members.length } }],
  };
}

/**
 * The card of a node whose kind is known (a search hit's `kind`, a map point's): the kind says
 * which interface it implements, and a field only that kind's fragment asks for tells TypeScript
 * so. Without possibleTypes the fragments would not have matched and the node would hold its id alone.
 */
const CARD_OF_KIND: Readonly<Record<RecordKind, (node: CardFragment) => CardView | null>> = {
  POLICY: (node) => ('issuer' in node ? policyCard(node) : null),
  CARRIER: (node) => ('operator' in node ? carrierCard(node) : null),
  CHALLENGE: (node) => ('publisher' in node ? challengeCard(node) : null),
  FINANCE_PRODUCT: (node) => ('lender' in node ? financeProductCard(node) : null),
  TALENT_SERVICE: (node) => ('serviceKind' in node ? talentServiceCard(node) : null),
  ACHIEVEMENT: (node) => ('maturity' in node ? achievementCard(node) : null),
  COOPERATION: (node) => ('cooperationKind' in node ? cooperationCard(node) : null),
  TECHNOLOGY_MANAGER: (node) => ('technicalFields' in node ? technologyManagerCard(node) : null),
  CONSORTIUM: (node) => ('leadRole' in node ? consortiumCard(node) : null),
};

export function cardOf(kind: string, node: CardFragment): CardView | null {
  return kind in CARD_OF_KIND ? CARD_OF_KIND[kind as RecordKind](node) : null;
}
