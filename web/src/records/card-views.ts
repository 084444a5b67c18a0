/**
 * Each kind of record as the one card shape the page draws (lists, search, matches): its
 * fragment, and what of it the card shows. A kind the corridor adds is a fragment and a
 * function here, and nothing else changes.
 */
import { graphql } from '../gql';
import type { CarrierCardFragment, ChallengeCardFragment, PolicyCardFragment } from '../gql/graphql';
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
`);

export type RecordKind = 'POLICY' | 'CARRIER' | 'CHALLENGE';

/** Any record as its card fragment, or a node of a kind without a card (its id alone). */
export type CardFragment = PolicyCardFragment | CarrierCardFragment | ChallengeCardFragment | { __typename: string; id: string };

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

/**
 * The card of a node whose kind is known (a search hit's `kind`, a map point's): the kind says
 * which interface it implements, and a field only that kind's fragment asks for tells TypeScript
 * so. Without possibleTypes the fragments would not have matched and the node would hold its id alone.
 */
const CARD_OF_KIND: Readonly<Record<RecordKind, (node: CardFragment) => CardView | null>> = {
  POLICY: (node) => ('issuer' in node ? policyCard(node) : null),
  CARRIER: (node) => ('operator' in node ? carrierCard(node) : null),
  CHALLENGE: (node) => ('publisher' in node ? challengeCard(node) : null),
};

export function cardOf(kind: string, node: CardFragment): CardView | null {
  return kind in CARD_OF_KIND ? CARD_OF_KIND[kind as RecordKind](node) : null;
}
