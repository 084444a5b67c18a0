/**
 * Nantong's native JSON (snake_case, nested objects, UTC timestamps, money in fen, Chinese
 * vocabulary labels, lower-case status codes) to the contract, and write inputs back.
 */
import {
  APPLICATION_STATUS,
  CHALLENGE_STATUS,
  globalId,
  type ApplicationRecord,
  type ApplicationStatus,
  type CarrierRecord,
  type ChallengeRecord,
  type ChallengeStatus,
  type Contact,
  type NewApplication,
  type NewChallenge,
  type PolicyRecord,
} from '../../schema/contract.js';
import {
  MappingError,
  optionalText,
  parseDate,
  parseDateTime,
  parseOptionalDate,
  readableId,
  requireNumber,
  requireObject,
  requireText,
  requireTextList,
  type NativeRecord,
  type Vocabulary,
  type VocabularyMapper,
} from '../../adapters/kit/parse.js';
import type { RecordReader } from '../../adapters/kit/validate.js';
import { carrierKinds, carrierLevels, industries, mapperWithCodes, policyCategories, publisherKinds } from '../../adapters/kit/vocabularies.js';

/** Nantong writes statuses as the contract's names in lower case (`under_review`). */
function statusMapper<V extends string>(vocabulary: Vocabulary<V>): VocabularyMapper<V> {
  return mapperWithCodes(vocabulary, Object.fromEntries(vocabulary.values.map((value) => [value, value.toLowerCase()])) as Record<V, string>);
}

const challengeStatuses = statusMapper(CHALLENGE_STATUS);
const applicationStatuses = statusMapper(APPLICATION_STATUS);

export function statusCode(status: ChallengeStatus | ApplicationStatus): string {
  return status.toLowerCase();
}

/** An amount in fen (分) → whole yuan; null stays null (no ceiling, or negotiable). */
function parseFen(field: string, raw: unknown): number | null {
  if (raw === null || raw === undefined) return null;
  const fen = requireNumber(field, raw);
  if (!Number.isInteger(fen) || fen < 0) throw new MappingError(`${field}: ${JSON.stringify(raw)} is not an amount in fen`);
  return Math.round(fen / 100);
}

function contactOf(raw: unknown): Contact {
  const contact = requireObject('contact', raw);
  return { name: optionalText(contact.person), phone: optionalText(contact.tel), email: optionalText(contact.email) };
}

function toPolicy(city: string, native: NativeRecord): PolicyRecord {
  const tags = requireTextList('labels', native.labels);
  const dates = requireObject('dates', native.dates);
  return {
    id: globalId(city, 'policy', requireText('id', native.id)),
    city,
    title: requireText('policy_name', native.policy_name),
    docNumber: optionalText(native.doc_no),
    issuer: requireText('issuing_body', native.issuing_body),
    publishedOn: parseDate('dates.published', dates.published),
    effectiveFrom: parseOptionalDate('dates.effective', dates.effective),
    expiresOn: parseOptionalDate('dates.expires', dates.expires),
    categories: policyCategories.many(requireTextList('categories', native.categories), tags),
    industries: industries.many(requireTextList('industries', native.industries), tags),
    summary: requireText('abstract', native.abstract),
    maxSupportYuan: parseFen('max_support_fen', native.max_support_fen),
    eligibility: requireText('eligibility', native.eligibility),
    url: requireText('source_url', native.source_url),
    tags,
    sourceUpdatedAt: parseDateTime('updated_at', native.updated_at),
  };
}

function toCarrier(city: string, native: NativeRecord): CarrierRecord {
  const tags = requireTextList('labels', native.labels);
  const address = requireObject('address', native.address);
  const geo = requireObject('geo', native.geo);
  const area = requireObject('area_sqm', native.area_sqm);
  return {
    id: globalId(city, 'carrier', requireText('id', native.id)),
    city,
    name: requireText('carrier_name', native.carrier_name),
    kind: carrierKinds.one(requireText('carrier_type', native.carrier_type), tags),
    level: carrierLevels.one(requireText('level', native.level), tags),
    industries: industries.many(requireTextList('industries', native.industries), tags),
    operator: requireText('operator', native.operator),
    address: requireText('address.full', address.full),
    district: requireText('address.district', address.district),
    location: { lat: requireNumber('geo.lat', geo.lat), lng: requireNumber('geo.lng', geo.lng) },
    floorArea: requireNumber('area_sqm.total', area.total),
    freeArea: requireNumber('area_sqm.vacant', area.vacant),
    services: requireTextList('services', native.services),
    contact: contactOf(native.contact),
    url: requireText('source_url', native.source_url),
    tags,
    sourceUpdatedAt: parseDateTime('updated_at', native.updated_at),
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
    publisherKind: publisherKinds.one(requireText('publisher.type', publisher.type), tags),
    industries: industries.many(requireTextList('industries', native.industries), tags),
    technicalField: requireText('technical_field', native.technical_field),
    rewardYuan: parseFen('reward_fen', native.reward_fen),
    deadline: parseDate('deadline', native.deadline),
    status: challengeStatuses.one(requireText('status', native.status), tags),
    publishedOn: parseDate('published_on', native.published_on),
    requirements: requireText('requirements', native.requirements),
    applicationCount: requireNumber('application_count', native.application_count),
    url: requireText('source_url', native.source_url),
    tags,
    sourceUpdatedAt: parseDateTime('updated_at', native.updated_at),
  };
}

function toApplication(city: string, native: NativeRecord): ApplicationRecord {
  const applicant = requireObject('applicant', native.applicant);
  return {
    id: globalId(city, 'application', requireText('id', native.id)),
    challengeId: globalId(city, 'challenge', requireText('challenge_id', native.challenge_id)),
    applicantOrganization: requireText('applicant.organization', applicant.organization),
    applicantCity: requireText('applicant.city', applicant.city),
    proposal: requireText('proposal', native.proposal),
    contact: contactOf(native.contact),
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
    publisher: { name: input.publisher, type: publisherKinds.label(input.publisherKind, input.tags) },
    industries: input.industries.map((value) => industries.label(value, input.tags)),
    technical_field: input.technicalField,
    reward_fen: input.rewardYuan === null ? null : input.rewardYuan * 100,
    deadline: input.deadline,
    requirements: input.requirements,
    labels: input.tags,
  };
}

export function newApplicationBody(input: NewApplication): NativeRecord {
  return {
    applicant: { organization: input.applicantOrganization, city: input.applicantCity },
    proposal: input.proposal,
    contact: { person: input.contact.name, tel: input.contact.phone, email: input.contact.email },
  };
}
