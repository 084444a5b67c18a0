/**
 * Yangzhou's envelope payloads (flat camelCase records, `YYYY-MM-DD` dates, epoch-millisecond
 * update times, whole yuan) to the contract, and the contract's write inputs to Yangzhou's
 * request bodies.
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
  type CarrierRecord,
  type ChallengeRecord,
  type Contact,
  type EntityKind,
  type NewApplication,
  type NewChallenge,
  type PolicyRecord,
  type RecordByKind,
} from '../../schema/contract.js';
import {
  MappingError,
  VocabularyMapper,
  optionalText,
  parseDate,
  parseDateTime,
  parseOptionalDate,
  parseYuan,
  requireNumber,
  requireText,
} from '../kit/parse.js';

export type NativeRecord = Record<string, unknown>;

const industries = new VocabularyMapper(INDUSTRY);
const policyCategories = new VocabularyMapper(POLICY_CATEGORY);
const carrierKinds = new VocabularyMapper(CARRIER_KIND);
const carrierLevels = new VocabularyMapper(CARRIER_LEVEL);
const publisherKinds = new VocabularyMapper(PUBLISHER_KIND);
const challengeStatuses = new VocabularyMapper(CHALLENGE_STATUS);
const applicationStatuses = new VocabularyMapper(APPLICATION_STATUS);

function names(field: string, raw: unknown): string[] {
  if (!Array.isArray(raw) || !raw.every((item) => typeof item === 'string')) throw new MappingError(`${field}: expected an array of strings`);
  return [...raw];
}

/** Yangzhou flattens a contact into `contactName`/`contactPhone`/`contactEmail`. */
function contactOf(native: NativeRecord): Contact {
  return { name: optionalText(native.contactName), phone: optionalText(native.contactPhone), email: optionalText(native.contactEmail) };
}

/** The platform's id of a native record, when it is readable. */
export function localIdOf(native: NativeRecord): string | null {
  return typeof native.id === 'string' && native.id !== '' ? native.id : null;
}

function toPolicy(city: string, native: NativeRecord): PolicyRecord {
  const tags = names('tags', native.tags);
  return {
    id: globalId(city, 'policy', requireText('id', native.id)),
    city,
    title: requireText('policyName', native.policyName),
    docNumber: optionalText(native.docNo),
    issuer: requireText('issueOrg', native.issueOrg),
    publishedOn: parseDate('publishDate', native.publishDate),
    effectiveFrom: parseOptionalDate('effectiveDate', native.effectiveDate),
    expiresOn: parseOptionalDate('expireDate', native.expireDate),
    categories: policyCategories.many(names('categoryNames', native.categoryNames), tags),
    industries: industries.many(names('industryNames', native.industryNames), tags),
    summary: requireText('summary', native.summary),
    maxSupportYuan: parseYuan('maxSupportAmount', native.maxSupportAmount),
    eligibility: requireText('applyCondition', native.applyCondition),
    url: requireText('detailUrl', native.detailUrl),
    tags,
    sourceUpdatedAt: parseDateTime('updateTime', native.updateTime),
  };
}

function toCarrier(city: string, native: NativeRecord): CarrierRecord {
  const tags = names('tags', native.tags);
  return {
    id: globalId(city, 'carrier', requireText('id', native.id)),
    city,
    name: requireText('carrierName', native.carrierName),
    kind: carrierKinds.one(requireText('carrierType', native.carrierType), tags),
    level: carrierLevels.one(requireText('carrierLevel', native.carrierLevel), tags),
    industries: industries.many(names('industryNames', native.industryNames), tags),
    operator: requireText('operatorName', native.operatorName),
    address: requireText('address', native.address),
    district: requireText('districtName', native.districtName),
    location: { lat: requireNumber('latitude', native.latitude), lng: requireNumber('longitude', native.longitude) },
    floorArea: requireNumber('totalArea', native.totalArea),
    freeArea: requireNumber('vacantArea', native.vacantArea),
    services: names('serviceItems', native.serviceItems),
    contact: contactOf(native),
    url: requireText('detailUrl', native.detailUrl),
    tags,
    sourceUpdatedAt: parseDateTime('updateTime', native.updateTime),
  };
}

function toChallenge(city: string, native: NativeRecord): ChallengeRecord {
  const tags = names('tags', native.tags);
  return {
    id: globalId(city, 'challenge', requireText('id', native.id)),
    city,
    title: requireText('challengeName', native.challengeName),
    description: requireText('content', native.content),
    publisher: requireText('publisherName', native.publisherName),
    publisherKind: publisherKinds.one(requireText('publisherType', native.publisherType), tags),
    industries: industries.many(names('industryNames', native.industryNames), tags),
    technicalField: requireText('techField', native.techField),
    rewardYuan: parseYuan('rewardAmount', native.rewardAmount),
    deadline: parseDate('deadline', native.deadline),
    status: challengeStatuses.one(requireText('status', native.status), tags),
    publishedOn: parseDate('publishDate', native.publishDate),
    requirements: requireText('requirement', native.requirement),
    applicationCount: requireNumber('applyCount', native.applyCount),
    url: requireText('detailUrl', native.detailUrl),
    tags,
    sourceUpdatedAt: parseDateTime('updateTime', native.updateTime),
  };
}

const MAPPERS: { [K in EntityKind]: (city: string, native: NativeRecord) => RecordByKind[K] } = {
  policy: toPolicy,
  carrier: toCarrier,
  challenge: toChallenge,
};

export function toRecord<K extends EntityKind>(kind: K, city: string, native: NativeRecord): RecordByKind[K] {
  return (MAPPERS[kind] as (city: string, native: NativeRecord) => RecordByKind[K])(city, native);
}

export function toApplication(city: string, native: NativeRecord): ApplicationRecord {
  return {
    id: globalId(city, 'application', requireText('id', native.id)),
    challengeId: globalId(city, 'challenge', requireText('challengeId', native.challengeId)),
    applicantOrganization: requireText('applicantOrg', native.applicantOrg),
    applicantCity: requireText('applicantCity', native.applicantCity),
    proposal: requireText('proposal', native.proposal),
    contact: contactOf(native),
    status: applicationStatuses.one(requireText('status', native.status), []),
    submittedAt: parseDateTime('submitTime', native.submitTime),
  };
}

/** An OTHER value travels as the platform label it came from, which the contract keeps first in tags. */
function labelOf<V extends string>(vocabulary: { labels: Record<V, string> }, value: V, tags: readonly string[]): string {
  return value === 'OTHER' ? (tags[0] ?? vocabulary.labels[value]) : vocabulary.labels[value];
}

export function newChallengeBody(input: NewChallenge): NativeRecord {
  return {
    challengeName: input.title,
    content: input.description,
    publisherName: input.publisher,
    publisherType: labelOf(PUBLISHER_KIND, input.publisherKind, input.tags),
    industryNames: input.industries.map((value) => labelOf(INDUSTRY, value, input.tags)),
    techField: input.technicalField,
    rewardAmount: input.rewardYuan,
    deadline: input.deadline,
    requirement: input.requirements,
    tags: input.tags,
  };
}

export function newApplicationBody(challengeLocalId: string, input: NewApplication): NativeRecord {
  return {
    challengeId: challengeLocalId,
    applicantOrg: input.applicantOrganization,
    applicantCity: input.applicantCity,
    proposal: input.proposal,
    contactName: input.contact.name,
    contactPhone: input.contact.phone,
    contactEmail: input.contact.email,
  };
}

export const statusLabel = {
  challenge: (status: ChallengeRecord['status']) => CHALLENGE_STATUS.labels[status],
  application: (status: ApplicationRecord['status']) => APPLICATION_STATUS.labels[status],
};
