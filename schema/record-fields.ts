/**
 * What each contract field of each record kind is — text, a date, money, a vocabulary … — in the
 * contract's order. Both sides of a member's wire read it: the adapter's dialect (which native
 * field holds it and how it is parsed) and the member's stand-in platform (how the platform
 * writes it). Neither side's code is the other's, so each keeps checking the other.
 */
import {
  ACHIEVEMENT_MATURITY,
  APPLICATION_STATUS,
  CARRIER_KIND,
  CARRIER_LEVEL,
  CHALLENGE_STATUS,
  CONSORTIUM_ROLE,
  COOPERATION_KIND,
  COOPERATION_STATUS,
  FINANCE_PRODUCT_KIND,
  INDUSTRY,
  POLICY_CATEGORY,
  PUBLISHER_KIND,
  TALENT_SERVICE_KIND,
  TRANSFER_MODE,
  type ApplicationRecord,
  type ChallengeChanges,
  type NewApplication,
  type NewChallenge,
  type RecordByKind,
} from './contract.js';

/** The vocabularies record fields take their values from, by the name field types use. */
export const FIELD_VOCABULARIES = {
  industry: INDUSTRY,
  policyCategory: POLICY_CATEGORY,
  carrierKind: CARRIER_KIND,
  carrierLevel: CARRIER_LEVEL,
  publisherKind: PUBLISHER_KIND,
  challengeStatus: CHALLENGE_STATUS,
  applicationStatus: APPLICATION_STATUS,
  financeProductKind: FINANCE_PRODUCT_KIND,
  talentServiceKind: TALENT_SERVICE_KIND,
  achievementMaturity: ACHIEVEMENT_MATURITY,
  transferMode: TRANSFER_MODE,
  cooperationKind: COOPERATION_KIND,
  cooperationStatus: COOPERATION_STATUS,
  consortiumRole: CONSORTIUM_ROLE,
} as const;
export type VocabularyName = keyof typeof FIELD_VOCABULARIES;

/** Every record a platform serves, by the name of its table. */
export interface RecordByTable extends RecordByKind {
  application: ApplicationRecord;
}
export type TableKind = keyof RecordByTable;

export type FieldType =
  | 'id'
  | 'challengeRef'
  | 'text'
  | 'optionalText'
  | 'number'
  | 'optionalNumber'
  | 'date'
  | 'optionalDate'
  | 'dateTime'
  | 'money'
  | 'list'
  /** Member slugs; platforms write the members' Chinese names. */
  | 'members'
  | `one:${VocabularyName}`
  | `many:${VocabularyName}`;
export interface FieldShape {
  readonly [field: string]: FieldType | FieldShape;
}

/** Contract fields that no platform carries: the city is the member, the rest are the hub's own. */
type HubFields = 'city' | 'writeMarker' | 'publisherOrganizationId' | 'applicantOrganizationId';
export type Carried<R> = Exclude<keyof R, HubFields>;

/** The fields every record has (the contract's RecordBase but for the city). */
export const RECORD_BASE_FIELDS = { id: 'id', url: 'text', tags: 'list', sourceUpdatedAt: 'dateTime' } as const;
const CONTACT = { name: 'optionalText', phone: 'optionalText', email: 'optionalText' } as const;

export const RECORD_FIELDS = {
  policy: {
    ...RECORD_BASE_FIELDS,
    title: 'text',
    docNumber: 'optionalText',
    issuer: 'text',
    publishedOn: 'date',
    effectiveFrom: 'optionalDate',
    expiresOn: 'optionalDate',
    categories: 'many:policyCategory',
    industries: 'many:industry',
    summary: 'text',
    maxSupportYuan: 'money',
    eligibility: 'text',
  },
  carrier: {
    ...RECORD_BASE_FIELDS,
    name: 'text',
    kind: 'one:carrierKind',
    level: 'one:carrierLevel',
    industries: 'many:industry',
    operator: 'text',
    address: 'text',
    district: 'text',
    location: { lat: 'number', lng: 'number' },
    floorArea: 'number',
    freeArea: 'number',
    services: 'list',
    contact: CONTACT,
  },
  challenge: {
    ...RECORD_BASE_FIELDS,
    title: 'text',
    description: 'text',
    publisher: 'text',
    publisherKind: 'one:publisherKind',
    industries: 'many:industry',
    technicalField: 'text',
    rewardYuan: 'money',
    deadline: 'date',
    status: 'one:challengeStatus',
    publishedOn: 'date',
    requirements: 'text',
    applicationCount: 'number',
    consortiumCode: 'optionalText',
    technologyManagerIds: 'list',
  },
  financeProduct: {
    ...RECORD_BASE_FIELDS,
    name: 'text',
    lender: 'text',
    productKind: 'one:financeProductKind',
    industries: 'many:industry',
    minAmountYuan: 'money',
    maxAmountYuan: 'money',
    rate: 'optionalText',
    termMonths: 'optionalNumber',
    eligibility: 'text',
    servingMembers: 'members',
    howToApply: 'text',
    publishedOn: 'date',
    contact: CONTACT,
  },
  talentService: {
    ...RECORD_BASE_FIELDS,
    name: 'text',
    serviceKind: 'one:talentServiceKind',
    provider: 'text',
    industries: 'many:industry',
    address: 'text',
    district: 'text',
    location: { lat: 'number', lng: 'number' },
    eligibility: 'text',
    capacity: 'optionalNumber',
    availability: 'optionalText',
    howToApply: 'text',
    publishedOn: 'date',
    contact: CONTACT,
  },
  achievement: {
    ...RECORD_BASE_FIELDS,
    title: 'text',
    owner: 'text',
    technicalField: 'text',
    industries: 'many:industry',
    maturity: 'one:achievementMaturity',
    trl: 'optionalNumber',
    transferModes: 'many:transferMode',
    askingPriceYuan: 'money',
    patents: 'list',
    summary: 'text',
    publishedOn: 'date',
    consortiumCode: 'optionalText',
    contact: CONTACT,
  },
  cooperation: {
    ...RECORD_BASE_FIELDS,
    title: 'text',
    cooperationKind: 'one:cooperationKind',
    leadOrganization: 'text',
    members: 'members',
    partners: 'list',
    status: 'one:cooperationStatus',
    startedOn: 'optionalDate',
    endsOn: 'optionalDate',
    summary: 'text',
    industries: 'many:industry',
    consortiumCode: 'optionalText',
  },
  technologyManager: {
    ...RECORD_BASE_FIELDS,
    name: 'text',
    organization: 'text',
    technicalFields: 'list',
    industries: 'many:industry',
    certifications: 'list',
    services: 'list',
    profile: 'text',
    contact: CONTACT,
  },
  consortium: {
    ...RECORD_BASE_FIELDS,
    name: 'text',
    code: 'text',
    technicalField: 'text',
    industries: 'many:industry',
    leadOrganization: 'text',
    leadRole: 'one:consortiumRole',
    partners: 'list',
    members: 'members',
    goals: 'text',
    foundedOn: 'date',
  },
  application: {
    id: 'id',
    challengeId: 'challengeRef',
    applicantOrganization: 'text',
    applicantCity: 'text',
    proposal: 'text',
    contact: CONTACT,
    status: 'one:applicationStatus',
    submittedAt: 'dateTime',
  },
} as const satisfies { [K in TableKind]: { [F in Carried<RecordByTable[K]>]: FieldType | FieldShape } };

/** The field every client shows first; what a broken record loses. */
export const TITLE_FIELD = {
  policy: 'title',
  carrier: 'name',
  challenge: 'title',
  financeProduct: 'name',
  talentService: 'name',
  achievement: 'title',
  cooperation: 'title',
  technologyManager: 'name',
  consortium: 'name',
  application: 'proposal',
} as const satisfies {
  [K in TableKind]: keyof RecordByTable[K];
};

/** The contract fields a new challenge carries to the platform. */
export const NEW_CHALLENGE_FIELDS = [
  'title',
  'description',
  'publisher',
  'publisherKind',
  'industries',
  'technicalField',
  'rewardYuan',
  'deadline',
  'requirements',
  'tags',
] as const satisfies readonly (keyof NewChallenge)[];
/** The contract fields a challenge's edit may carry to the platform (those given, alone). */
export const CHALLENGE_CHANGE_FIELDS = [
  'title',
  'description',
  'industries',
  'technicalField',
  'rewardYuan',
  'deadline',
  'requirements',
  'tags',
  'technologyManagerIds',
] as const satisfies readonly (keyof ChallengeChanges)[];
/** The contract fields a new application carries to the platform. */
export const NEW_APPLICATION_FIELDS = ['applicantOrganization', 'applicantCity', 'proposal', 'contact'] as const satisfies readonly (keyof NewApplication)[];
