/**
 * Nantong's native JSON (snake_case, nested objects, UTC timestamps, money in fen, Chinese
 * vocabulary labels, lower-case status codes) to the contract, and write inputs back.
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
  requireNumber,
  requireText,
  type Vocabulary,
} from '../kit/parse.js';

export type Native = Record<string, unknown>;

const industries = new VocabularyMapper(INDUSTRY);
const policyCategories = new VocabularyMapper(POLICY_CATEGORY);
const carrierKinds = new VocabularyMapper(CARRIER_KIND);
const carrierLevels = new VocabularyMapper(CARRIER_LEVEL);
const publisherKinds = new VocabularyMapper(PUBLISHER_KIND);

/** Nantong writes statuses as the contract's names in lower case (`under_review`). */
function statusMapper<V extends string>(vocabulary: Vocabulary<V>): VocabularyMapper<V> {
  return new VocabularyMapper(vocabulary, Object.fromEntries(vocabulary.values.map((value) => [value.toLowerCase(), value])) as Record<string, V>);
}

const challengeStatuses = statusMapper(CHALLENGE_STATUS);
const applicationStatuses = statusMapper(APPLICATION_STATUS);

export function statusCode(status: ChallengeStatus | ApplicationStatus): string {
  return status.toLowerCase();
}

function textList(field: string, raw: unknown): string[] {
  if (!Array.isArray(raw) || !raw.every((item) => typeof item === 'string')) throw new MappingError(`${field}: expected a list of strings`);
  return [...raw];
}

function object(field: string, raw: unknown): Native {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new MappingError(`${field}: expected an object`);
  return raw as Native;
}

/** An amount in fen (分) → whole yuan; null stays null (no ceiling, or negotiable). */
function parseFen(field: string, raw: unknown): number | null {
  if (raw === null || raw === undefined) return null;
  const fen = requireNumber(field, raw);
  if (!Number.isInteger(fen) || fen < 0) throw new MappingError(`${field}: ${JSON.stringify(raw)} is not an amount in fen`);
  return Math.round(fen / 100);
}

function contactOf(raw: unknown): Contact {
  const contact = object('contact', raw);
  return { name: optionalText(contact.person), phone: optionalText(contact.tel), email: optionalText(contact.email) };
}

/** The platform's id of a native record, when it is readable. */
export function localIdOf(native: Native): string | null {
  return typeof native.id === 'string' && native.id !== '' ? native.id : null;
}

function toPolicy(city: string, native: Native): PolicyRecord {
  const tags = textList('labels', native.labels);
  const dates = object('dates', native.dates);
  return {
    id: globalId(city, 'policy', requireText('id', native.id)),
    city,
    title: requireText('policy_name', native.policy_name),
    docNumber: optionalText(native.doc_no),
    issuer: requireText('issuing_body', native.issuing_body),
    publishedOn: parseDate('dates.published', dates.published),
    effectiveFrom: parseOptionalDate('dates.effective', dates.effective),
    expiresOn: parseOptionalDate('dates.expires', dates.expires),
    categories: policyCategories.many(textList('categories', native.categories), tags),
    industries: industries.many(textList('industries', native.industries), tags),
    summary: requireText('abstract', native.abstract),
    maxSupportYuan: parseFen('max_support_fen', native.max_support_fen),
    eligibility: requireText('eligibility', native.eligibility),
    url: requireText('source_url', native.source_url),
    tags,
    sourceUpdatedAt: parseDateTime('updated_at', native.updated_at),
  };
}

function toCarrier(city: string, native: Native): CarrierRecord {
  const tags = textList('labels', native.labels);
  const address = object('address', native.address);
  const geo = object('geo', native.geo);
  const area = object('area_sqm', native.area_sqm);
  return {
    id: globalId(city, 'carrier', requireText('id', native.id)),
    city,
    name: requireText('carrier_name', native.carrier_name),
    kind: carrierKinds.one(requireText('carrier_type', native.carrier_type), tags),
    level: carrierLevels.one(requireText('level', native.level), tags),
    industries: industries.many(textList('industries', native.industries), tags),
    operator: requireText('operator', native.operator),
    address: requireText('address.full', address.full),
    district: requireText('address.district', address.district),
    location: { lat: requireNumber('geo.lat', geo.lat), lng: requireNumber('geo.lng', geo.lng) },
    floorArea: requireNumber('area_sqm.total', area.total),
    freeArea: requireNumber('area_sqm.vacant', area.vacant),
    services: textList('services', native.services),
    contact: contactOf(native.contact),
    url: requireText('source_url', native.source_url),
    tags,
    sourceUpdatedAt: parseDateTime('updated_at', native.updated_at),
  };
}

function toChallenge(city: string, native: Native): ChallengeRecord {
  const tags = textList('labels', native.labels);
  const publisher = object('publisher', native.publisher);
  return {
    id: globalId(city, 'challenge', requireText('id', native.id)),
    city,
    title: requireText('title', native.title),
    description: requireText('description', native.description),
    publisher: requireText('publisher.name', publisher.name),
    publisherKind: publisherKinds.one(requireText('publisher.type', publisher.type), tags),
    industries: industries.many(textList('industries', native.industries), tags),
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

const MAPPERS: { [K in EntityKind]: (city: string, native: Native) => RecordByKind[K] } = {
  policy: toPolicy,
  carrier: toCarrier,
  challenge: toChallenge,
};

export function toRecord<K extends EntityKind>(kind: K, city: string, native: Native): RecordByKind[K] {
  return (MAPPERS[kind] as (city: string, native: Native) => RecordByKind[K])(city, native);
}

export function toApplication(city: string, native: Native): ApplicationRecord {
  const applicant = object('applicant', native.applicant);
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

/** An OTHER value travels as the platform's own label, which the contract keeps first in tags. */
function labelOf<V extends string>(vocabulary: { labels: Record<V, string> }, value: V, tags: readonly string[]): string {
  return value === 'OTHER' ? (tags[0] ?? vocabulary.labels[value]) : vocabulary.labels[value];
}

export function newChallengeBody(input: NewChallenge): Native {
  return {
    title: input.title,
    description: input.description,
    publisher: { name: input.publisher, type: labelOf(PUBLISHER_KIND, input.publisherKind, input.tags) },
    industries: input.industries.map((value) => labelOf(INDUSTRY, value, input.tags)),
    technical_field: input.technicalField,
    reward_fen: input.rewardYuan === null ? null : input.rewardYuan * 100,
    deadline: input.deadline,
    requirements: input.requirements,
    labels: input.tags,
  };
}

export function newApplicationBody(input: NewApplication): Native {
  return {
    applicant: { organization: input.applicantOrganization, city: input.applicantCity },
    proposal: input.proposal,
    contact: { person: input.contact.name, tel: input.contact.phone, email: input.contact.email },
  };
}
