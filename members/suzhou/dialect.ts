/**
 * Suzhou's GraphQL types to the contract and back: its own enums (codes) with a free-text
 * `…Other` label beside OTHER, money in 万元, ISO dates, `Demand` for a challenge.
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
  type CarrierKind,
  type CarrierLevel,
  type CarrierRecord,
  type ChallengeRecord,
  type ChallengeStatus,
  type Contact,
  type EntityKind,
  type Industry,
  type NewApplication,
  type NewChallenge,
  type PolicyCategory,
  type PolicyRecord,
  type PublisherKind,
} from '../../schema/contract.js';
import {
  optionalText,
  parseDate,
  parseDateTime,
  parseOptionalDate,
  parseWanYuan,
  readableId,
  requireNumber,
  requireObject,
  requireText,
  requireTextList,
  type NativeRecord,
  type VocabularyMapper,
} from '../../adapters/kit/parse.js';
import type { RecordReader } from '../../adapters/kit/validate.js';
import { mapperWithCodes } from '../../adapters/kit/vocabularies.js';

/** GraphQL type of each kind, and the connection field that lists it. */
export const TYPENAMES: Record<EntityKind, string> = { policy: 'Policy', carrier: 'Carrier', challenge: 'Demand' };
export const CONNECTIONS: Record<EntityKind, string> = { policy: 'policies', carrier: 'carriers', challenge: 'demands' };

const CONTACT = 'contact { person phone email }';
const APPLICATION_FIELDS = `id demandId applicantOrg applicantCity proposal ${CONTACT} state submittedAt`;

/** The selection of every field of a kind, as an inline fragment (usable on `Node` too). */
export const SELECTIONS: Record<EntityKind, string> = {
  policy:
    '... on Policy { id title documentNo issuingAuthority issuedOn effectiveOn expiresOn themes themeOther industries industryOther abstract maxSupportWan eligibility link labels updatedAt }',
  carrier:
    `... on Carrier { id name type typeOther grade gradeOther industries industryOther operator address district coordinates { latitude longitude } floorArea vacantArea services ${CONTACT} link labels updatedAt }`,
  challenge:
    '... on Demand { id title description publisher { name type typeOther } industries industryOther technicalField rewardWan deadline status publishedOn requirements applicationCount link labels updatedAt }',
};
export const APPLICATION_SELECTION = `... on Application { ${APPLICATION_FIELDS} }`;

const POLICY_THEMES: Record<PolicyCategory, string> = {
  TALENT: 'TALENT',
  FINANCE: 'TECH_FINANCE',
  CARRIER_SUPPORT: 'CARRIER_BUILDING',
  RD_SUBSIDY: 'RD_GRANT',
  TECHNOLOGY_TRANSFER: 'TECH_TRANSFER',
  INDUSTRY: 'INDUSTRY_DEVELOPMENT',
  INTERNATIONAL: 'INTERNATIONAL',
  OTHER: 'OTHER',
};

const INDUSTRY_CODES: Record<Industry, string> = {
  INTEGRATED_CIRCUITS: 'IC',
  BIOMEDICINE: 'BIOPHARMA',
  ARTIFICIAL_INTELLIGENCE: 'AI',
  NEW_ENERGY: 'NEW_ENERGY',
  NEW_MATERIALS: 'ADVANCED_MATERIALS',
  INTELLIGENT_MANUFACTURING: 'SMART_MANUFACTURING',
  ROBOTICS: 'EMBODIED_ROBOTICS',
  INTELLIGENT_SOFTWARE: 'INTELLIGENT_SOFTWARE',
  DIGITAL_HEALTH: 'DIGITAL_HEALTH',
  CYBERSECURITY: 'CYBERSECURITY',
  DIGITAL_ADVERTISING: 'DIGITAL_ADVERTISING',
  INTELLIGENT_VEHICLES: 'SMART_VEHICLES',
  LOW_ALTITUDE_ECONOMY: 'LOW_ALTITUDE',
  GEOSPATIAL: 'GEOMATICS',
  OTHER: 'OTHER',
};

const CARRIER_TYPES: Record<CarrierKind, string> = {
  INCUBATOR: 'INCUBATOR',
  MAKER_SPACE: 'MAKERSPACE',
  UNIVERSITY_SCIENCE_PARK: 'UNIVERSITY_SCIENCE_PARK',
  RESEARCH_INSTITUTE: 'NEW_RD_INSTITUTION',
  LABORATORY: 'LABORATORY',
  INNOVATION_CENTER: 'INNOVATION_CENTRE',
  PROOF_OF_CONCEPT_CENTER: 'POC_CENTRE',
  PILOT_PLATFORM: 'PILOT_BASE',
  TECH_PARK: 'SCIENCE_PARK',
  SERVICE_PLATFORM: 'PUBLIC_SERVICE_PLATFORM',
  OTHER: 'OTHER',
};

const CARRIER_GRADES: Record<CarrierLevel, string> = { NATIONAL: 'STATE', PROVINCIAL: 'PROVINCE', MUNICIPAL: 'CITY', DISTRICT: 'DISTRICT', OTHER: 'OTHER' };

const ORG_TYPES: Record<PublisherKind, string> = {
  ENTERPRISE: 'ENTERPRISE',
  UNIVERSITY: 'UNIVERSITY',
  RESEARCH_INSTITUTE: 'INSTITUTE',
  GOVERNMENT: 'GOVERNMENT',
  HOSPITAL: 'MEDICAL',
  OTHER: 'OTHER',
};

export const DEMAND_STATUSES: Record<ChallengeStatus, string> = { OPEN: 'SOLICITING', UNDER_REVIEW: 'IN_REVIEW', AWARDED: 'MATCHED', CLOSED: 'CLOSED' };

export const APPLICATION_STATES: Record<ApplicationStatus, string> = {
  SUBMITTED: 'SUBMITTED',
  UNDER_REVIEW: 'IN_REVIEW',
  AWARDED: 'SELECTED',
  REJECTED: 'NOT_SELECTED',
  WITHDRAWN: 'WITHDRAWN',
};

// Each mapper reads Suzhou's codes (and, as ever, the contract's labels and names).
const themes = mapperWithCodes(POLICY_CATEGORY, POLICY_THEMES);
const industries = mapperWithCodes(INDUSTRY, INDUSTRY_CODES);
const carrierTypes = mapperWithCodes(CARRIER_KIND, CARRIER_TYPES);
const carrierGrades = mapperWithCodes(CARRIER_LEVEL, CARRIER_GRADES);
const orgTypes = mapperWithCodes(PUBLISHER_KIND, ORG_TYPES);
const demandStatuses = mapperWithCodes(CHALLENGE_STATUS, DEMAND_STATUSES);
const applicationStates = mapperWithCodes(APPLICATION_STATUS, APPLICATION_STATES);

/**
 * Codes → values. Beside an OTHER code Suzhou sends its own wording (`…Other`), which the
 * contract keeps in tags.
 */
function coded<V extends string>(mapper: VocabularyMapper<V>, codes: string[], other: unknown, tags: string[]): V[] {
  const values = mapper.many(codes, tags);
  const label = optionalText(other);
  if (values.includes('OTHER' as V) && label !== null && !tags.includes(label)) tags.push(label);
  return values;
}

function oneCoded<V extends string>(mapper: VocabularyMapper<V>, field: string, code: unknown, other: unknown, tags: string[]): V {
  return coded(mapper, [requireText(field, code)], other, tags)[0]!;
}

function contactOf(raw: unknown): Contact {
  const contact = requireObject('contact', raw);
  return { name: optionalText(contact.person), phone: optionalText(contact.phone), email: optionalText(contact.email) };
}

function toPolicy(city: string, native: NativeRecord): PolicyRecord {
  const tags = requireTextList('labels', native.labels);
  return {
    id: globalId(city, 'policy', requireText('id', native.id)),
    city,
    title: requireText('title', native.title),
    docNumber: optionalText(native.documentNo),
    issuer: requireText('issuingAuthority', native.issuingAuthority),
    publishedOn: parseDate('issuedOn', native.issuedOn),
    effectiveFrom: parseOptionalDate('effectiveOn', native.effectiveOn),
    expiresOn: parseOptionalDate('expiresOn', native.expiresOn),
    categories: coded(themes, requireTextList('themes', native.themes), native.themeOther, tags),
    industries: coded(industries, requireTextList('industries', native.industries), native.industryOther, tags),
    summary: requireText('abstract', native.abstract),
    maxSupportYuan: parseWanYuan('maxSupportWan', native.maxSupportWan),
    eligibility: requireText('eligibility', native.eligibility),
    url: requireText('link', native.link),
    tags,
    sourceUpdatedAt: parseDateTime('updatedAt', native.updatedAt),
  };
}

function toCarrier(city: string, native: NativeRecord): CarrierRecord {
  const tags = requireTextList('labels', native.labels);
  const coordinates = requireObject('coordinates', native.coordinates);
  return {
    id: globalId(city, 'carrier', requireText('id', native.id)),
    city,
    name: requireText('name', native.name),
    kind: oneCoded(carrierTypes, 'type', native.type, native.typeOther, tags),
    level: oneCoded(carrierGrades, 'grade', native.grade, native.gradeOther, tags),
    industries: coded(industries, requireTextList('industries', native.industries), native.industryOther, tags),
    operator: requireText('operator', native.operator),
    address: requireText('address', native.address),
    district: requireText('district', native.district),
    location: { lat: requireNumber('coordinates.latitude', coordinates.latitude), lng: requireNumber('coordinates.longitude', coordinates.longitude) },
    floorArea: requireNumber('floorArea', native.floorArea),
    freeArea: requireNumber('vacantArea', native.vacantArea),
    services: requireTextList('services', native.services),
    contact: contactOf(native.contact),
    url: requireText('link', native.link),
    tags,
    sourceUpdatedAt: parseDateTime('updatedAt', native.updatedAt),
  };
}

function toChallenge(city: string, native: NativeRecord): ChallengeRecord {
  const tags = requireTextList('labels', native.labels);
  const publisher = requireObject('publisher', native.publisher);
  return {
    id: globalId(city, 'challenge', requireText('id', native.id)),
    city,
    title: requireText('title', native.title),
    description: requireText('description', native.description),
    publisher: requireText('publisher.name', publisher.name),
    publisherKind: oneCoded(orgTypes, 'publisher.type', publisher.type, publisher.typeOther, tags),
    industries: coded(industries, requireTextList('industries', native.industries), native.industryOther, tags),
    technicalField: requireText('technicalField', native.technicalField),
    rewardYuan: parseWanYuan('rewardWan', native.rewardWan),
    deadline: parseDate('deadline', native.deadline),
    status: demandStatuses.one(requireText('status', native.status), tags),
    publishedOn: parseDate('publishedOn', native.publishedOn),
    requirements: requireText('requirements', native.requirements),
    applicationCount: requireNumber('applicationCount', native.applicationCount),
    url: requireText('link', native.link),
    tags,
    sourceUpdatedAt: parseDateTime('updatedAt', native.updatedAt),
  };
}

function toApplication(city: string, native: NativeRecord): ApplicationRecord {
  return {
    id: globalId(city, 'application', requireText('id', native.id)),
    challengeId: globalId(city, 'challenge', requireText('demandId', native.demandId)),
    applicantOrganization: requireText('applicantOrg', native.applicantOrg),
    applicantCity: requireText('applicantCity', native.applicantCity),
    proposal: requireText('proposal', native.proposal),
    contact: contactOf(native.contact),
    status: applicationStates.one(requireText('state', native.state), []),
    submittedAt: parseDateTime('submittedAt', native.submittedAt),
  };
}

/** How the adapter reads this platform's records and applications. */
export const READER: RecordReader<NativeRecord> = {
  localIdOf: (native) => readableId(native.id),
  records: { policy: toPolicy, carrier: toCarrier, challenge: toChallenge },
  application: toApplication,
};

/** The wording Suzhou wants beside an OTHER code: the contract keeps it first in tags. */
function otherLabel(values: readonly string[], tags: readonly string[]): string | null {
  return values.includes('OTHER') ? (tags[0] ?? null) : null;
}

export function publishDemandInput(input: NewChallenge): NativeRecord {
  return {
    title: input.title,
    description: input.description,
    publisher: { name: input.publisher, type: ORG_TYPES[input.publisherKind], typeOther: otherLabel([input.publisherKind], input.tags) },
    industries: input.industries.map((value) => INDUSTRY_CODES[value]),
    industryOther: otherLabel(input.industries, input.tags),
    technicalField: input.technicalField,
    rewardWan: input.rewardYuan === null ? null : input.rewardYuan / 10_000,
    deadline: input.deadline,
    requirements: input.requirements,
    labels: input.tags,
  };
}

export function applyForDemandInput(challengeLocalId: string, input: NewApplication): NativeRecord {
  return {
    demandId: challengeLocalId,
    applicantOrg: input.applicantOrganization,
    applicantCity: input.applicantCity,
    proposal: input.proposal,
    contact: { person: input.contact.name, phone: input.contact.phone, email: input.contact.email },
  };
}
