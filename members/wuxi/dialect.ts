/**
 * Wuxi's XML records ↔ contract records. Vocabularies arrive as Chinese labels, dates as
 * `YYYY-MM-DD`, money as 万元 decimal text (`面议` for a negotiable reward).
 */
import {
  APPLICATION_STATUS,
  CHALLENGE_STATUS,
  INDUSTRY,
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
} from '../../schema/contract.js';
import {
  optionalText,
  parseDate,
  parseDateTime,
  parseOptionalDate,
  parseWanYuan,
  requireNumber,
  requireText,
} from '../../adapters/kit/parse.js';
import type { RecordReader } from '../../adapters/kit/validate.js';
import { applicationStatuses, carrierKinds, carrierLevels, challengeStatuses, industries, policyCategories, publisherKinds } from '../../adapters/kit/vocabularies.js';
import { cdata, childOf, textOf, textsOf, type XmlNode } from './soap.js';

/** Per kind: the list operation, its container and item elements, and GetRecords' `<Kind>`. */
export const OPERATIONS: Readonly<Record<EntityKind, { list: string; container: string; element: string }>> = {
  policy: { list: 'ListPolicies', container: 'Policies', element: 'Policy' },
  carrier: { list: 'ListCarriers', container: 'Carriers', element: 'Carrier' },
  challenge: { list: 'ListChallenges', container: 'Challenges', element: 'Challenge' },
};

const required = (node: XmlNode, name: string) => requireText(name, textOf(node, name));

function common(city: string, kind: EntityKind, node: XmlNode) {
  return {
    id: globalId(city, kind, required(node, 'Id')),
    city,
    url: required(node, 'Url'),
    tags: textsOf(node, 'Tags', 'Tag'),
    sourceUpdatedAt: parseDateTime('UpdateTime', textOf(node, 'UpdateTime')),
  };
}

function contactOf(node: XmlNode): Contact {
  const contact = childOf(node, 'Contact');
  return { name: optionalText(textOf(contact, 'Name')), phone: optionalText(textOf(contact, 'Phone')), email: optionalText(textOf(contact, 'Email')) };
}

function mapPolicy(city: string, node: XmlNode): PolicyRecord {
  const base = common(city, 'policy', node);
  return {
    ...base,
    title: required(node, 'Title'),
    docNumber: optionalText(textOf(node, 'DocNumber')),
    issuer: required(node, 'Issuer'),
    publishedOn: parseDate('PublishDate', textOf(node, 'PublishDate')),
    effectiveFrom: parseOptionalDate('EffectiveDate', textOf(node, 'EffectiveDate')),
    expiresOn: parseOptionalDate('ExpiryDate', textOf(node, 'ExpiryDate')),
    categories: policyCategories.many(textsOf(node, 'Categories', 'Category'), base.tags),
    industries: industries.many(textsOf(node, 'Industries', 'Industry'), base.tags),
    summary: required(node, 'Summary'),
    maxSupportYuan: parseWanYuan('MaxSupport', textOf(node, 'MaxSupport')),
    eligibility: required(node, 'Eligibility'),
  };
}

function mapCarrier(city: string, node: XmlNode): CarrierRecord {
  const base = common(city, 'carrier', node);
  const location = childOf(node, 'Location');
  return {
    ...base,
    name: required(node, 'Name'),
    kind: carrierKinds.one(required(node, 'Kind'), base.tags),
    level: carrierLevels.one(required(node, 'Level'), base.tags),
    industries: industries.many(textsOf(node, 'Industries', 'Industry'), base.tags),
    operator: required(node, 'Operator'),
    address: required(node, 'Address'),
    district: required(node, 'District'),
    location: { lat: requireNumber('Latitude', textOf(location, 'Latitude')), lng: requireNumber('Longitude', textOf(location, 'Longitude')) },
    floorArea: requireNumber('FloorArea', textOf(node, 'FloorArea')),
    freeArea: requireNumber('FreeArea', textOf(node, 'FreeArea')),
    services: textsOf(node, 'Services', 'Service'),
    contact: contactOf(node),
  };
}

function mapChallenge(city: string, node: XmlNode): ChallengeRecord {
  const base = common(city, 'challenge', node);
  return {
    ...base,
    title: required(node, 'Title'),
    description: required(node, 'Description'),
    publisher: required(node, 'Publisher'),
    publisherKind: publisherKinds.one(required(node, 'PublisherType'), base.tags),
    industries: industries.many(textsOf(node, 'Industries', 'Industry'), base.tags),
    technicalField: required(node, 'TechnicalField'),
    rewardYuan: parseWanYuan('Reward', required(node, 'Reward')),
    deadline: parseDate('Deadline', textOf(node, 'Deadline')),
    status: challengeStatuses.one(required(node, 'Status'), base.tags),
    publishedOn: parseDate('PublishDate', textOf(node, 'PublishDate')),
    requirements: required(node, 'Requirements'),
    applicationCount: requireNumber('ApplicationCount', textOf(node, 'ApplicationCount')),
  };
}

function mapApplication(city: string, node: XmlNode): ApplicationRecord {
  return {
    id: globalId(city, 'application', required(node, 'Id')),
    challengeId: globalId(city, 'challenge', required(node, 'ChallengeId')),
    applicantOrganization: required(node, 'ApplicantOrganization'),
    applicantCity: required(node, 'ApplicantCity'),
    proposal: required(node, 'Proposal'),
    contact: contactOf(node),
    // ApplicationStatus has no OTHER: an unknown label is a MappingError.
    status: applicationStatuses.one(required(node, 'Status'), []),
    submittedAt: parseDateTime('SubmitTime', textOf(node, 'SubmitTime')),
  };
}

/** How the adapter reads the service's record elements. */
export const READER: RecordReader<XmlNode> = {
  localIdOf: (node) => (typeof node.Id === 'string' ? node.Id : null),
  records: { policy: mapPolicy, carrier: mapCarrier, challenge: mapChallenge },
  application: mapApplication,
};

export function challengeInput(input: NewChallenge) {
  return {
    Challenge: {
      Title: cdata(input.title),
      Description: cdata(input.description),
      Publisher: cdata(input.publisher),
      PublisherType: PUBLISHER_KIND.labels[input.publisherKind],
      Industries: { Industry: input.industries.map((value) => INDUSTRY.labels[value]) },
      TechnicalField: cdata(input.technicalField),
      Reward: input.rewardYuan === null ? '面议' : String(input.rewardYuan / 10_000),
      Deadline: input.deadline,
      Requirements: cdata(input.requirements),
      Tags: { Tag: input.tags },
    },
  };
}

export function applicationInput(challengeLocalId: string, input: NewApplication) {
  return {
    ChallengeId: challengeLocalId,
    Application: {
      ApplicantOrganization: cdata(input.applicantOrganization),
      ApplicantCity: input.applicantCity,
      Proposal: cdata(input.proposal),
      Contact: { Name: input.contact.name ?? undefined, Phone: input.contact.phone ?? undefined, Email: input.contact.email ?? undefined },
    },
  };
}

export const statusLabel = {
  application: (status: ApplicationRecord['status']) => APPLICATION_STATUS.labels[status],
  challenge: (status: ChallengeRecord['status']) => CHALLENGE_STATUS.labels[status],
};
