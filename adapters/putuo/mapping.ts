/**
 * Putuo's native JSON (camelCase, ISO dates, yuan, Chinese labels, platform-local ids) to the
 * contract, and the contract's write inputs to Putuo's native request bodies.
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

function textList(field: string, raw: unknown): string[] {
  if (!Array.isArray(raw) || !raw.every((item) => typeof item === 'string')) throw new MappingError(`${field}: expected a list of strings`);
  return [...raw];
}

function object(field: string, raw: unknown): NativeRecord {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new MappingError(`${field}: expected an object`);
  return raw as NativeRecord;
}

function contactOf(raw: unknown): Contact {
  const contact = object('contact', raw);
  return { name: optionalText(contact.name), phone: optionalText(contact.phone), email: optionalText(contact.email) };
}

/** The platform's id of a native record, when it is readable. */
export function localIdOf(native: NativeRecord): string | null {
  return typeof native.id === 'string' && native.id !== '' ? native.id : null;
}

function toPolicy(city: string, native: NativeRecord): PolicyRecord {
  const tags = textList('tags', native.tags);
  return {
    id: globalId(city, 'policy', requireText('id', native.id)),
    city,
    title: requireText('title', native.title),
    docNumber: optionalText(native.docNumber),
    issuer: requireText('issuer', native.issuer),
    publishedOn: parseDate('publishedOn', native.publishedOn),
    effectiveFrom: parseOptionalDate('effectiveFrom', native.effectiveFrom),
    expiresOn: parseOptionalDate('expiresOn', native.expiresOn),
    categories: policyCategories.many(textList('categories', native.categories), tags),
    industries: industries.many(textList('industries', native.industries), tags),
    summary: requireText('summary', native.summary),
    maxSupportYuan: parseYuan('maxSupport', native.maxSupport),
    eligibility: requireText('eligibility', native.eligibility),
    url: requireText('detailUrl', native.detailUrl),
    tags,
    sourceUpdatedAt: parseDateTime('updatedAt', native.updatedAt),
  };
}

function toCarrier(city: string, native: NativeRecord): CarrierRecord {
  const tags = textList('tags', native.tags);
  const location = object('location', native.location);
  return {
    id: globalId(city, 'carrier', requireText('id', native.id)),
    city,
    name: requireText('name', native.name),
    kind: carrierKinds.one(requireText('type', native.type), tags),
    level: carrierLevels.one(requireText('level', native.level), tags),
    industries: industries.many(textList('industries', native.industries), tags),
    operator: requireText('operator', native.operator),
    address: requireText('address', native.address),
    district: requireText('district', native.district),
    location: { lat: requireNumber('location.lat', location.lat), lng: requireNumber('location.lng', location.lng) },
    floorArea: requireNumber('floorArea', native.floorArea),
    freeArea: requireNumber('freeArea', native.freeArea),
    services: textList('services', native.services),
    contact: contactOf(native.contact),
    url: requireText('detailUrl', native.detailUrl),
    tags,
    sourceUpdatedAt: parseDateTime('updatedAt', native.updatedAt),
  };
}

function toChallenge(city: string, native: NativeRecord): ChallengeRecord {
  const tags = textList('tags', native.tags);
  return {
    id: globalId(city, 'challenge', requireText('id', native.id)),
    city,
    title: requireText('title', native.title),
    description: requireText('description', native.description),
    publisher: requireText('publisher', native.publisher),
    publisherKind: publisherKinds.one(requireText('publisherType', native.publisherType), tags),
    industries: industries.many(textList('industries', native.industries), tags),
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
    applicantOrganization: requireText('applicantOrganization', native.applicantOrganization),
    applicantCity: requireText('applicantCity', native.applicantCity),
    proposal: requireText('proposal', native.proposal),
    contact: contactOf(native.contact),
    status: applicationStatuses.one(requireText('status', native.status), []),
    submittedAt: parseDateTime('submittedAt', native.submittedAt),
  };
}

/** An OTHER value travels as the platform label it came from, which the contract keeps first in tags. */
function labelOf<V extends string>(vocabulary: { labels: Record<V, string> }, value: V, tags: readonly string[]): string {
  return value === 'OTHER' ? (tags[0] ?? vocabulary.labels[value]) : vocabulary.labels[value];
}

export function newChallengeBody(input: NewChallenge): NativeRecord {
  return {
    title: input.title,
    description: input.description,
    publisher: input.publisher,
    publisherType: labelOf(PUBLISHER_KIND, input.publisherKind, input.tags),
    industries: input.industries.map((value) => labelOf(INDUSTRY, value, input.tags)),
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
