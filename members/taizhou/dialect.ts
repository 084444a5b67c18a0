/**
 * Taizhou's feed records (flat snake_case, ISO dates, yuan, Chinese labels for vocabularies and
 * statuses) to the contract, and write inputs back.
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

/** Contacts arrive as three flat columns. */
function contactOf(native: NativeRecord): Contact {
  return { name: optionalText(native.contact_name), phone: optionalText(native.contact_phone), email: optionalText(native.contact_email) };
}

function toPolicy(city: string, native: NativeRecord): PolicyRecord {
  const tags = requireTextList('tags', native.tags);
  return {
    id: globalId(city, 'policy', requireText('id', native.id)),
    city,
    title: requireText('title', native.title),
    docNumber: optionalText(native.doc_number),
    issuer: requireText('issuer', native.issuer),
    publishedOn: parseDate('published_on', native.published_on),
    effectiveFrom: parseOptionalDate('effective_from', native.effective_from),
    expiresOn: parseOptionalDate('expires_on', native.expires_on),
    categories: policyCategories.many(requireTextList('categories', native.categories), tags),
    industries: industries.many(requireTextList('industries', native.industries), tags),
    summary: requireText('summary', native.summary),
    maxSupportYuan: parseYuan('max_support_yuan', native.max_support_yuan),
    eligibility: requireText('eligibility', native.eligibility),
    url: requireText('url', native.url),
    tags,
    sourceUpdatedAt: parseDateTime('updated_at', native.updated_at),
  };
}

function toCarrier(city: string, native: NativeRecord): CarrierRecord {
  const tags = requireTextList('tags', native.tags);
  return {
    id: globalId(city, 'carrier', requireText('id', native.id)),
    city,
    name: requireText('name', native.name),
    kind: carrierKinds.one(requireText('kind', native.kind), tags),
    level: carrierLevels.one(requireText('level', native.level), tags),
    industries: industries.many(requireTextList('industries', native.industries), tags),
    operator: requireText('operator', native.operator),
    address: requireText('address', native.address),
    district: requireText('district', native.district),
    location: { lat: requireNumber('lat', native.lat), lng: requireNumber('lng', native.lng) },
    floorArea: requireNumber('floor_area_sqm', native.floor_area_sqm),
    freeArea: requireNumber('free_area_sqm', native.free_area_sqm),
    services: requireTextList('services', native.services),
    contact: contactOf(native),
    url: requireText('url', native.url),
    tags,
    sourceUpdatedAt: parseDateTime('updated_at', native.updated_at),
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
    publisherKind: publisherKinds.one(requireText('publisher_kind', native.publisher_kind), tags),
    industries: industries.many(requireTextList('industries', native.industries), tags),
    technicalField: requireText('technical_field', native.technical_field),
    rewardYuan: parseYuan('reward_yuan', native.reward_yuan),
    deadline: parseDate('deadline', native.deadline),
    status: challengeStatuses.one(requireText('status', native.status), tags),
    publishedOn: parseDate('published_on', native.published_on),
    requirements: requireText('requirements', native.requirements),
    applicationCount: requireNumber('application_count', native.application_count),
    url: requireText('url', native.url),
    tags,
    sourceUpdatedAt: parseDateTime('updated_at', native.updated_at),
  };
}

function toApplication(city: string, native: NativeRecord): ApplicationRecord {
  return {
    id: globalId(city, 'application', requireText('id', native.id)),
    challengeId: globalId(city, 'challenge', requireText('challenge_id', native.challenge_id)),
    applicantOrganization: requireText('applicant_organization', native.applicant_organization),
    applicantCity: requireText('applicant_city', native.applicant_city),
    proposal: requireText('proposal', native.proposal),
    contact: contactOf(native),
    status: applicationStatuses.one(requireText('status', native.status), []),
    submittedAt: parseDateTime('submitted_at', native.submitted_at),
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
    publisher_kind: publisherKinds.label(input.publisherKind, input.tags),
    industries: input.industries.map((value) => industries.label(value, input.tags)),
    technical_field: input.technicalField,
    reward_yuan: input.rewardYuan,
    deadline: input.deadline,
    requirements: input.requirements,
    tags: input.tags,
  };
}

export function newApplicationBody(input: NewApplication): NativeRecord {
  return {
    applicant_organization: input.applicantOrganization,
    applicant_city: input.applicantCity,
    proposal: input.proposal,
    contact_name: input.contact.name,
    contact_phone: input.contact.phone,
    contact_email: input.contact.email,
  };
}

export const statusLabel = {
  challenge: (status: ChallengeRecord['status']) => CHALLENGE_STATUS.labels[status],
  application: (status: ApplicationRecord['status']) => APPLICATION_STATUS.labels[status],
};
