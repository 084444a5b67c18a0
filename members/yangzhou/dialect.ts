/**
 * Yangzhou's envelope payloads (flat camelCase records, `YYYY-MM-DD` dates, epoch-millisecond
 * update times, whole yuan) to the contract, and the contract's write inputs to Yangzhou's
 * request bodies.
 */
import {
  APPLICATION_STATUS,
  CHALLENGE_STATUS,
  globalId,
  type ApplicationRecord,
  type CarrierRecord,
  type ChallengeRecord,
  type Contact,
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
  readableId,
  requireNumber,
  requireText,
  requireTextList,
  type NativeRecord,
} from '../../adapters/kit/parse.js';
import type { RecordReader } from '../../adapters/kit/validate.js';
import { applicationStatuses, carrierKinds, carrierLevels, challengeStatuses, industries, policyCategories, publisherKinds } from '../../adapters/kit/vocabularies.js';

/** Yangzhou flattens a contact into `contactName`/`contactPhone`/`contactEmail`. */
function contactOf(native: NativeRecord): Contact {
  return { name: optionalText(native.contactName), phone: optionalText(native.contactPhone), email: optionalText(native.contactEmail) };
}

function toPolicy(city: string, native: NativeRecord): PolicyRecord {
  const tags = requireTextList('tags', native.tags);
  return {
    id: globalId(city, 'policy', requireText('id', native.id)),
    city,
    title: requireText('policyName', native.policyName),
    docNumber: optionalText(native.docNo),
    issuer: requireText('issueOrg', native.issueOrg),
    publishedOn: parseDate('publishDate', native.publishDate),
    effectiveFrom: parseOptionalDate('effectiveDate', native.effectiveDate),
    expiresOn: parseOptionalDate('expireDate', native.expireDate),
    categories: policyCategories.many(requireTextList('categoryNames', native.categoryNames), tags),
    industries: industries.many(requireTextList('industryNames', native.industryNames), tags),
    summary: requireText('summary', native.summary),
    maxSupportYuan: parseYuan('maxSupportAmount', native.maxSupportAmount),
    eligibility: requireText('applyCondition', native.applyCondition),
    url: requireText('detailUrl', native.detailUrl),
    tags,
    sourceUpdatedAt: parseDateTime('updateTime', native.updateTime),
  };
}

function toCarrier(city: string, native: NativeRecord): CarrierRecord {
  const tags = requireTextList('tags', native.tags);
  return {
    id: globalId(city, 'carrier', requireText('id', native.id)),
    city,
    name: requireText('carrierName', native.carrierName),
    kind: carrierKinds.one(requireText('carrierType', native.carrierType), tags),
    level: carrierLevels.one(requireText('carrierLevel', native.carrierLevel), tags),
    industries: industries.many(requireTextList('industryNames', native.industryNames), tags),
    operator: requireText('operatorName', native.operatorName),
    address: requireText('address', native.address),
    district: requireText('districtName', native.districtName),
    location: { lat: requireNumber('latitude', native.latitude), lng: requireNumber('longitude', native.longitude) },
    floorArea: requireNumber('totalArea', native.totalArea),
    freeArea: requireNumber('vacantArea', native.vacantArea),
    services: requireTextList('serviceItems', native.serviceItems),
    contact: contactOf(native),
    url: requireText('detailUrl', native.detailUrl),
    tags,
    sourceUpdatedAt: parseDateTime('updateTime', native.updateTime),
  };
}

function toChallenge(city: string, native: NativeRecord): ChallengeRecord {
  const tags = requireTextList('tags', native.tags);
  return {
    id: globalId(city, 'challenge', requireText('id', native.id)),
    city,
    title: requireText('challengeName', native.challengeName),
    description: requireText('content', native.content),
    publisher: requireText('publisherName', native.publisherName),
    publisherKind: publisherKinds.one(requireText('publisherType', native.publisherType), tags),
    industries: industries.many(requireTextList('industryNames', native.industryNames), tags),
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

function toApplication(city: string, native: NativeRecord): ApplicationRecord {
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

/** How the adapter reads this platform's records and applications. */
export const READER: RecordReader<NativeRecord> = {
  localIdOf: (native) => readableId(native.id),
  records: { policy: toPolicy, carrier: toCarrier, challenge: toChallenge },
  application: toApplication,
};

export function newChallengeBody(input: NewChallenge): NativeRecord {
  return {
    challengeName: input.title,
    content: input.description,
    publisherName: input.publisher,
    publisherType: publisherKinds.label(input.publisherKind, input.tags),
    industryNames: input.industries.map((value) => industries.label(value, input.tags)),
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
