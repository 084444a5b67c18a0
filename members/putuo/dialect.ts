/**
 * Putuo's native JSON (camelCase, ISO dates, yuan, Chinese labels, platform-local ids) to the
 * contract, and the contract's write inputs to Putuo's native request bodies.
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
  requireObject,
  requireText,
  requireTextList,
  type NativeRecord,
} from '../../adapters/kit/parse.js';
import type { RecordReader } from '../../adapters/kit/validate.js';
import { applicationStatuses, carrierKinds, carrierLevels, challengeStatuses, industries, policyCategories, publisherKinds } from '../../adapters/kit/vocabularies.js';

function contactOf(raw: unknown): Contact {
  const contact = requireObject('contact', raw);
  return { name: optionalText(contact.name), phone: optionalText(contact.phone), email: optionalText(contact.email) };
}

function toPolicy(city: string, native: NativeRecord): PolicyRecord {
  const tags = requireTextList('tags', native.tags);
  return {
    id: globalId(city, 'policy', requireText('id', native.id)),
    city,
    title: requireText('title', native.title),
    docNumber: optionalText(native.docNumber),
    issuer: requireText('issuer', native.issuer),
    publishedOn: parseDate('publishedOn', native.publishedOn),
    effectiveFrom: parseOptionalDate('effectiveFrom', native.effectiveFrom),
    expiresOn: parseOptionalDate('expiresOn', native.expiresOn),
    categories: policyCategories.many(requireTextList('categories', native.categories), tags),
    industries: industries.many(requireTextList('industries', native.industries), tags),
    summary: requireText('summary', native.summary),
    maxSupportYuan: parseYuan('maxSupport', native.maxSupport),
    eligibility: requireText('eligibility', native.eligibility),
    url: requireText('detailUrl', native.detailUrl),
    tags,
    sourceUpdatedAt: parseDateTime('updatedAt', native.updatedAt),
  };
}

function toCarrier(city: string, native: NativeRecord): CarrierRecord {
  const tags = requireTextList('tags', native.tags);
  const location = requireObject('location', native.location);
  return {
    id: globalId(city, 'carrier', requireText('id', native.id)),
    city,
    name: requireText('name', native.name),
    kind: carrierKinds.one(requireText('type', native.type), tags),
    level: carrierLevels.one(requireText('level', native.level), tags),
    industries: industries.many(requireTextList('industries', native.industries), tags),
    operator: requireText('operator', native.operator),
    address: requireText('address', native.address),
    district: requireText('district', native.district),
    location: { lat: requireNumber('location.lat', location.lat), lng: requireNumber('location.lng', location.lng) },
    floorArea: requireNumber('floorArea', native.floorArea),
    freeArea: requireNumber('freeArea', native.freeArea),
    services: requireTextList('services', native.services),
    contact: contactOf(native.contact),
    url: requireText('detailUrl', native.detailUrl),
    tags,
    sourceUpdatedAt: parseDateTime('updatedAt', native.updatedAt),
  };
}

function toChallenge(city: string, native: NativeRecord): ChallengeRecord {
  const tags = requireTextList('tags', native.tags);
  return {
    id: globalId(city, 'challenge', requireText('id', native.id)),
    city,
    title: requireText('title', native.title),
    description: requireText('description', native.description),
    publisher: requireText('publisher', native.publisher),
    publisherKind: publisherKinds.one(requireText('publisherType', native.publisherType), tags),
    industries: industries.many(requireTextList('industries', native.industries), tags),
    technicalField: requireText('technicalField', native.technicalField),
    rewardYuan: parseYuan('reward', native.reward),
    deadline: parseDate('deadline', native.deadline),
    status: challengeStatuses.one(requireText('status', native.status), tags),
    publishedOn: parseDate('publishedOn', native.publishedOn),
    requirements: requireText('requirements', native.requirements),
    applicationCount: requireNumber('applicationCount', native.applicationCount),
    url: requireText('detailUrl', native.detailUrl),
    tags,
    sourceUpdatedAt: parseDateTime('updatedAt', native.updatedAt),
  };
}

function toApplication(city: string, native: NativeRecord): ApplicationRecord {
  return {
    id: globalId(city, 'application', requireText('id', native.id)),
    challengeId: globalId(city, 'challenge', requireText('challengeId', native.challengeId)),
    applicantOrganization: requireText('applicantOrganization', native.applicantOrganization),
    applicantCity: requireText('applicantCity', native.applicantCity),
    proposal: requireText('proposal', native.proposal),
    contact: contactOf(native.contact),
    status: applicationStatuses.one(requireText('status', native.status), []),
    submittedAt: parseDateTime('submittedAt', native.submittedAt),
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
    title: input.title,
    description: input.description,
    publisher: input.publisher,
    publisherType: publisherKinds.label(input.publisherKind, input.tags),
    industries: input.industries.map((value) => industries.label(value, input.tags)),
    technicalField: input.technicalField,
    reward: input.rewardYuan,
    deadline: input.deadline,
    requirements: input.requirements,
    tags: input.tags,
  };
}

export function newApplicationBody(input: NewApplication): NativeRecord {
  return {
    applicantOrganization: input.applicantOrganization,
    applicantCity: input.applicantCity,
    proposal: input.proposal,
    contact: input.contact,
  };
}

export const statusLabel = {
  challenge: (status: ChallengeRecord['status']) => CHALLENGE_STATUS.labels[status],
  application: (status: ApplicationRecord['status']) => APPLICATION_STATUS.labels[status],
};
