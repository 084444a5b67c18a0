/**
 * Zhenjiang's OData entities ↔ contract records. Vocabularies arrive as the platform's codes
 * (README, "Code tables"); the mappers know them as aliases, so an unknown code still maps to
 * OTHER and survives in `tags`.
 */
import {
  APPLICATION_STATUS,
  CARRIER_KIND,
  CARRIER_LEVEL,
  CHALLENGE_STATUS,
  INDUSTRY,
  POLICY_CATEGORY,
  PUBLISHER_KIND,
  globalId,
  type ApplicationRecord,
  type ApplicationStatus,
  type CarrierRecord,
  type ChallengeRecord,
  type ChallengeStatus,
  type EntityKind,
  type NewApplication,
  type NewChallenge,
  type PolicyRecord,
} from '../../schema/contract.js';
import {
  optionalText,
  parseDate,
  parseDateTime,
  parseOptionalDate,
  parseYuan,
  requireNumber,
  requireText,
  requireTextList,
  type Vocabulary,
  type VocabularyMapper,
} from '../../adapters/kit/parse.js';
import type { RecordReader } from '../../adapters/kit/validate.js';
import { mapperWithCodes } from '../../adapters/kit/vocabularies.js';

/** An entity as the service sends it: PascalCase properties, codes for vocabularies. */
export type ODataEntity = Record<string, unknown>;

/** The published code table of one vocabulary, value → code, and both directions of it. */
class CodeTable<V extends string> {
  readonly mapper: VocabularyMapper<V>;

  constructor(
    vocabulary: Vocabulary<V>,
    private readonly codes: Readonly<Record<V, string>>,
  ) {
    this.mapper = mapperWithCodes(vocabulary, codes);
  }

  code(value: V): string {
    return this.codes[value];
  }
}

const INDUSTRIES = new CodeTable(INDUSTRY, {
  INTEGRATED_CIRCUITS: 'JCDL', BIOMEDICINE: 'SWYY', ARTIFICIAL_INTELLIGENCE: 'RGZN', NEW_ENERGY: 'XNY', NEW_MATERIALS: 'XCL',
  INTELLIGENT_MANUFACTURING: 'ZNZZ', ROBOTICS: 'JQR', INTELLIGENT_SOFTWARE: 'ZNRJ', DIGITAL_HEALTH: 'SZJK', CYBERSECURITY: 'WLAQ',
  DIGITAL_ADVERTISING: 'SZGG', INTELLIGENT_VEHICLES: 'ZNQC', LOW_ALTITUDE_ECONOMY: 'DKJJ', GEOSPATIAL: 'DLXX', OTHER: 'QT',
});
const POLICY_CATEGORIES = new CodeTable(POLICY_CATEGORY, {
  TALENT: 'RC', FINANCE: 'KJJR', CARRIER_SUPPORT: 'ZTJS', RD_SUBSIDY: 'YFBZ', TECHNOLOGY_TRANSFER: 'CGZH', INDUSTRY: 'CYFZ',
  INTERNATIONAL: 'GJHZ', OTHER: 'QT',
});
const CARRIER_KINDS = new CodeTable(CARRIER_KIND, {
  INCUBATOR: 'FH', MAKER_SPACE: 'ZC', UNIVERSITY_SCIENCE_PARK: 'DXKJY', RESEARCH_INSTITUTE: 'XXYF', LABORATORY: 'SYS',
  INNOVATION_CENTER: 'CXZX', PROOF_OF_CONCEPT_CENTER: 'GNYZ', PILOT_PLATFORM: 'ZS', TECH_PARK: 'KJYQ', SERVICE_PLATFORM: 'GGFW', OTHER: 'QT',
});
const CARRIER_LEVELS = new CodeTable(CARRIER_LEVEL, { NATIONAL: '01', PROVINCIAL: '02', MUNICIPAL: '03', DISTRICT: '04', OTHER: '99' });
const CHALLENGE_STATUSES = new CodeTable(CHALLENGE_STATUS, { OPEN: 'JBZ', UNDER_REVIEW: 'PSZ', AWARDED: 'YJB', CLOSED: 'YGB' });
const PUBLISHER_KINDS = new CodeTable(PUBLISHER_KIND, {
  ENTERPRISE: 'QY', UNIVERSITY: 'GX', RESEARCH_INSTITUTE: 'KYYS', GOVERNMENT: 'ZFBM', HOSPITAL: 'YLJG', OTHER: 'QT',
});
const APPLICATION_STATUSES = new CodeTable(APPLICATION_STATUS, {
  SUBMITTED: 'YTJ', UNDER_REVIEW: 'PSZ', AWARDED: 'ZB', REJECTED: 'WZB', WITHDRAWN: 'YCH',
});

/** OData entity set of each kind. */
export const ENTITY_SETS: Readonly<Record<EntityKind, string>> = { policy: 'Policies', carrier: 'Carriers', challenge: 'Challenges' };

function common(city: string, kind: EntityKind, entity: ODataEntity) {
  return {
    id: globalId(city, kind, requireText('Id', entity.Id)),
    city,
    url: requireText('Url', entity.Url),
    tags: requireTextList('Tags', entity.Tags),
    sourceUpdatedAt: parseDateTime('ModifiedAt', entity.ModifiedAt),
  };
}

function mapPolicy(city: string, entity: ODataEntity): PolicyRecord {
  const base = common(city, 'policy', entity);
  return {
    ...base,
    title: requireText('Title', entity.Title),
    docNumber: optionalText(entity.DocNumber),
    issuer: requireText('Issuer', entity.Issuer),
    publishedOn: parseDate('PublishedOn', entity.PublishedOn),
    effectiveFrom: parseOptionalDate('EffectiveFrom', entity.EffectiveFrom),
    expiresOn: parseOptionalDate('ExpiresOn', entity.ExpiresOn),
    categories: POLICY_CATEGORIES.mapper.many(requireTextList('CategoryCodes', entity.CategoryCodes), base.tags),
    industries: INDUSTRIES.mapper.many(requireTextList('IndustryCodes', entity.IndustryCodes), base.tags),
    summary: requireText('Summary', entity.Summary),
    maxSupportYuan: parseYuan('MaxSupportYuan', entity.MaxSupportYuan),
    eligibility: requireText('Eligibility', entity.Eligibility),
  };
}

function mapCarrier(city: string, entity: ODataEntity): CarrierRecord {
  const base = common(city, 'carrier', entity);
  return {
    ...base,
    name: requireText('Name', entity.Name),
    kind: CARRIER_KINDS.mapper.one(requireText('KindCode', entity.KindCode), base.tags),
    level: CARRIER_LEVELS.mapper.one(requireText('LevelCode', entity.LevelCode), base.tags),
    industries: INDUSTRIES.mapper.many(requireTextList('IndustryCodes', entity.IndustryCodes), base.tags),
    operator: requireText('Operator', entity.Operator),
    address: requireText('Address', entity.Address),
    district: requireText('District', entity.District),
    location: { lat: requireNumber('Latitude', entity.Latitude), lng: requireNumber('Longitude', entity.Longitude) },
    floorArea: requireNumber('FloorArea', entity.FloorArea),
    freeArea: requireNumber('FreeArea', entity.FreeArea),
    services: requireTextList('Services', entity.Services),
    contact: { name: optionalText(entity.ContactName), phone: optionalText(entity.ContactPhone), email: optionalText(entity.ContactEmail) },
  };
}

function mapChallenge(city: string, entity: ODataEntity): ChallengeRecord {
  const base = common(city, 'challenge', entity);
  return {
    ...base,
    title: requireText('Title', entity.Title),
    description: requireText('Description', entity.Description),
    publisher: requireText('Publisher', entity.Publisher),
    publisherKind: PUBLISHER_KINDS.mapper.one(requireText('PublisherKindCode', entity.PublisherKindCode), base.tags),
    industries: INDUSTRIES.mapper.many(requireTextList('IndustryCodes', entity.IndustryCodes), base.tags),
    technicalField: requireText('TechnicalField', entity.TechnicalField),
    rewardYuan: parseYuan('RewardYuan', entity.RewardYuan),
    deadline: parseDate('Deadline', entity.Deadline),
    status: CHALLENGE_STATUSES.mapper.one(requireText('StatusCode', entity.StatusCode), base.tags),
    publishedOn: parseDate('PublishedOn', entity.PublishedOn),
    requirements: requireText('Requirements', entity.Requirements),
    applicationCount: requireNumber('ApplicationCount', entity.ApplicationCount),
  };
}

function mapApplication(city: string, entity: ODataEntity): ApplicationRecord {
  return {
    id: globalId(city, 'application', requireText('Id', entity.Id)),
    challengeId: globalId(city, 'challenge', requireText('ChallengeId', entity.ChallengeId)),
    applicantOrganization: requireText('ApplicantOrganization', entity.ApplicantOrganization),
    applicantCity: requireText('ApplicantCity', entity.ApplicantCity),
    proposal: requireText('Proposal', entity.Proposal),
    contact: { name: optionalText(entity.ContactName), phone: optionalText(entity.ContactPhone), email: optionalText(entity.ContactEmail) },
    // ApplicationStatus has no OTHER: an unknown code is a MappingError, never a silent tag.
    status: APPLICATION_STATUSES.mapper.one(requireText('StatusCode', entity.StatusCode), []),
    submittedAt: parseDateTime('SubmittedAt', entity.SubmittedAt),
  };
}

/** How the adapter reads the service's entities. */
export const READER: RecordReader<ODataEntity> = {
  localIdOf: (entity) => (typeof entity.Id === 'string' ? entity.Id : null),
  records: { policy: mapPolicy, carrier: mapCarrier, challenge: mapChallenge },
  application: mapApplication,
};

export function newChallengeBody(input: NewChallenge): ODataEntity {
  return {
    Title: input.title,
    Description: input.description,
    Publisher: input.publisher,
    PublisherKindCode: PUBLISHER_KINDS.code(input.publisherKind),
    IndustryCodes: input.industries.map((value) => INDUSTRIES.code(value)),
    TechnicalField: input.technicalField,
    RewardYuan: input.rewardYuan,
    Deadline: input.deadline,
    Requirements: input.requirements,
    Tags: input.tags,
  };
}

export function newApplicationBody(input: NewApplication): ODataEntity {
  return {
    ApplicantOrganization: input.applicantOrganization,
    ApplicantCity: input.applicantCity,
    Proposal: input.proposal,
    ContactName: input.contact.name,
    ContactPhone: input.contact.phone,
    ContactEmail: input.contact.email,
  };
}

export const statusCode = {
  application: (status: ApplicationStatus) => APPLICATION_STATUSES.code(status),
  challenge: (status: ChallengeStatus) => CHALLENGE_STATUSES.code(status),
};

/** `'O''Brien'`: an OData string literal. */
export function stringLiteral(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}
