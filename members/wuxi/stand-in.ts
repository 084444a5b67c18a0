/**
 * Wuxi's platform: a SOAP-style XML service. Every call is `POST /ws/KjyService` with a
 * `soap:Envelope` whose `soap:Body` holds one operation element; answers are `<XxxResponse>`
 * envelopes with free text in CDATA and everything else entity-escaped. Failures are HTTP 500
 * `soap:Fault`s; a refused write carries its reason code in the fault's `detail`.
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import { XMLBuilder, XMLParser, XMLValidator } from 'fast-xml-parser';
import {
  APPLICATION_STATUS,
  CARRIER_KIND,
  CARRIER_LEVEL,
  CHALLENGE_STATUS,
  INDUSTRY,
  POLICY_CATEGORY,
  PUBLISHER_KIND,
  globalId,
  parseGlobalId,
  type ApplicationRecord,
  type CarrierRecord,
  type ChallengeRecord,
  type EntityKind,
  type NewApplication,
  type NewChallenge,
  type PolicyRecord,
  type RecordByKind,
} from '../../schema/contract.js';
import { MappingError, optionalText, parseDate, parseWanYuan, requireText } from '../../adapters/kit/parse.js';
import { nativeLabel, nativeValue } from '../../sandbox/dataset/index.js';
import { statusOfLabel, valuesOfLabels } from '../../sandbox/kit/native-input.js';
import type { PlatformFailure, StandInContext, SandboxFacts, StandInDialect } from '../../sandbox/kit/stand-in.js';
import { PlatformRejection, localIdOf } from '../../sandbox/kit/store.js';

/** Where this stand-in listens in the sandbox and what it is called there. */
export const sandbox: SandboxFacts = { port: 4103, dialect: 'soap-xml' };

export const SOAP_NAMESPACE = 'http://schemas.xmlsoap.org/soap/envelope/';
export const SERVICE_NAMESPACE = 'http://kjy.wuxi.gov.cn/ws/2025';
const DEFAULT_PAGE_SIZE = 20;
const MAX_PAGE_SIZE = 100;

/** The detail reason codes of refused calls. */
const REASON_CODES: Readonly<Record<PlatformRejection['reason'], string>> = {
  NOT_FOUND: 'RecordNotFound',
  CHALLENGE_NOT_OPEN: 'ChallengeNotOpen',
  DUPLICATE_APPLICATION: 'DuplicateApplication',
  INVALID: 'InvalidArgument',
};

type XmlNode = { [name: string]: XmlValue };
type XmlValue = string | XmlNode | XmlValue[];

/** Request elements that repeat, by their parent element. */
const REQUEST_LISTS: Readonly<Record<string, string>> = { GetRecords: 'Id', Industries: 'Industry', Tags: 'Tag' };

const requestParser = new XMLParser({
  removeNSPrefix: true,
  ignoreAttributes: true,
  // Ids, phone numbers and amounts stay text exactly as sent.
  parseTagValue: false,
  isArray: (name, jPath) => REQUEST_LISTS[String(jPath).split('.').at(-2) ?? ''] === name,
});

// Unformatted on purpose: indentation inside a CDATA-bearing element would become part of its text.
const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@_', cdataPropName: '#cdata', suppressEmptyNode: true, format: false });

function envelope(body: Record<string, unknown>): string {
  return `<?xml version="1.0" encoding="UTF-8"?>${builder.build({ 'soap:Envelope': { '@_xmlns:soap': SOAP_NAMESPACE, 'soap:Body': body } })}`;
}

function sendXml(reply: FastifyReply, status: number, body: Record<string, unknown>): FastifyReply {
  return reply.code(status).type('text/xml; charset=utf-8').send(envelope(body));
}

function sendFault(reply: FastifyReply, status: number, faultcode: 'soap:Client' | 'soap:Server', faultstring: string, reasonCode?: string): FastifyReply {
  return sendXml(reply, status, {
    'soap:Fault': {
      faultcode,
      faultstring,
      detail: reasonCode === undefined ? undefined : { KjyFault: { '@_xmlns': SERVICE_NAMESPACE, ReasonCode: reasonCode } },
    },
  });
}

const cdata = (text: string) => ({ '#cdata': text });
/** 万元 as decimal text; yuan / 10 000 prints exactly for any whole-yuan amount. */
const wanYuan = (yuan: number) => String(yuan / 10_000);

// ---------------------------------------------------------------------------------------------
// Records as XML elements
// ---------------------------------------------------------------------------------------------

function commonElements(record: RecordByKind[EntityKind]) {
  return { Url: record.url, Tags: { Tag: record.tags }, UpdateTime: record.sourceUpdatedAt };
}

function policyElement(policy: PolicyRecord, malformed: boolean) {
  return {
    Id: localIdOf(policy),
    Title: cdata(policy.title),
    DocNumber: policy.docNumber ?? undefined,
    Issuer: cdata(policy.issuer),
    // A day that does not exist, as a hand-edited record would have.
    PublishDate: malformed ? `${policy.publishedOn.slice(0, 4)}-02-30` : policy.publishedOn,
    EffectiveDate: policy.effectiveFrom ?? undefined,
    ExpiryDate: policy.expiresOn ?? undefined,
    Categories: { Category: policy.categories.map((value) => nativeLabel(POLICY_CATEGORY, value, policy)) },
    Industries: { Industry: policy.industries.map((value) => nativeLabel(INDUSTRY, value, policy)) },
    Summary: cdata(policy.summary),
    MaxSupport: policy.maxSupportYuan === null ? undefined : wanYuan(policy.maxSupportYuan),
    Eligibility: cdata(policy.eligibility),
    ...commonElements(policy),
  };
}

function contactElement(contact: CarrierRecord['contact']) {
  return { Name: contact.name ?? undefined, Phone: contact.phone ?? undefined, Email: contact.email ?? undefined };
}

function carrierElement(carrier: CarrierRecord, malformed: boolean) {
  return {
    Id: localIdOf(carrier),
    Name: cdata(malformed ? '' : carrier.name),
    Kind: nativeLabel(CARRIER_KIND, carrier.kind, carrier),
    Level: nativeLabel(CARRIER_LEVEL, carrier.level, carrier),
    Industries: { Industry: carrier.industries.map((value) => nativeLabel(INDUSTRY, value, carrier)) },
    Operator: cdata(carrier.operator),
    Address: cdata(carrier.address),
    District: carrier.district,
    Location: { Latitude: carrier.location.lat, Longitude: carrier.location.lng },
    FloorArea: carrier.floorArea,
    FreeArea: carrier.freeArea,
    Services: { Service: carrier.services.map(cdata) },
    Contact: contactElement(carrier.contact),
    ...commonElements(carrier),
  };
}

function challengeElement(challenge: ChallengeRecord, malformed: boolean) {
  return {
    Id: localIdOf(challenge),
    Title: cdata(challenge.title),
    Description: cdata(challenge.description),
    Publisher: cdata(challenge.publisher),
    PublisherType: nativeLabel(PUBLISHER_KIND, challenge.publisherKind, challenge),
    Industries: { Industry: challenge.industries.map((value) => nativeLabel(INDUSTRY, value, challenge)) },
    TechnicalField: cdata(challenge.technicalField),
    // 面议: the reward is negotiable. A malformed record carries a placeholder instead of a number.
    Reward: malformed ? '待定' : challenge.rewardYuan === null ? '面议' : wanYuan(challenge.rewardYuan),
    Deadline: challenge.deadline,
    Status: nativeLabel(CHALLENGE_STATUS, challenge.status, challenge),
    PublishDate: challenge.publishedOn,
    Requirements: cdata(challenge.requirements),
    ApplicationCount: challenge.applicationCount,
    ...commonElements(challenge),
  };
}

function applicationElement(application: ApplicationRecord) {
  return {
    Id: localIdOf(application),
    ChallengeId: parseGlobalId(application.challengeId)?.localId ?? application.challengeId,
    ApplicantOrganization: cdata(application.applicantOrganization),
    ApplicantCity: application.applicantCity,
    Proposal: cdata(application.proposal),
    Contact: contactElement(application.contact),
    Status: APPLICATION_STATUS.labels[application.status],
    SubmitTime: application.submittedAt,
  };
}

const KINDS: Readonly<Record<string, { kind: EntityKind; element: string; container: string; list: string }>> = {
  Policy: { kind: 'policy', element: 'Policy', container: 'Policies', list: 'ListPolicies' },
  Carrier: { kind: 'carrier', element: 'Carrier', container: 'Carriers', list: 'ListCarriers' },
  Challenge: { kind: 'challenge', element: 'Challenge', container: 'Challenges', list: 'ListChallenges' },
};

// ---------------------------------------------------------------------------------------------
// Operation inputs
// ---------------------------------------------------------------------------------------------

function isNode(value: XmlValue | undefined): value is XmlNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An element's text; an empty element (`<X/>`) is the empty string, a missing one undefined. */
function textOf(node: XmlNode, name: string): string | undefined {
  const value = node[name];
  if (value === undefined || typeof value === 'string') return value;
  throw new MappingError(`<${name}> must contain text`);
}

function textsOf(node: XmlNode, container: string, item: string): string[] {
  const list = node[container];
  if (list === undefined || list === '') return [];
  if (!isNode(list)) throw new MappingError(`<${container}> must contain <${item}> elements`);
  const items = list[item] ?? [];
  if (!Array.isArray(items) || !items.every((entry) => typeof entry === 'string')) throw new MappingError(`<${container}> must contain <${item}> elements`);
  return items as string[];
}

function childOf(node: XmlNode, name: string): XmlNode {
  const child = node[name];
  if (isNode(child)) return child;
  throw new MappingError(`<${name}> is missing`);
}

function pageNumber(node: XmlNode, name: string, fallback: number, max: number): number {
  const raw = textOf(node, name);
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > max) throw new MappingError(`<${name}> must be a whole number from 1 to ${max}, got "${raw}"`);
  return value;
}

function newChallengeOf(node: XmlNode): NewChallenge {
  return {
    title: requireText('Title', textOf(node, 'Title')),
    description: requireText('Description', textOf(node, 'Description')),
    publisher: requireText('Publisher', textOf(node, 'Publisher')),
    publisherKind: nativeValue(PUBLISHER_KIND, requireText('PublisherType', textOf(node, 'PublisherType'))),
    industries: valuesOfLabels(INDUSTRY, textsOf(node, 'Industries', 'Industry')),
    technicalField: requireText('TechnicalField', textOf(node, 'TechnicalField')),
    rewardYuan: parseWanYuan('Reward', textOf(node, 'Reward')),
    deadline: parseDate('Deadline', textOf(node, 'Deadline')),
    requirements: requireText('Requirements', textOf(node, 'Requirements')),
    tags: textsOf(node, 'Tags', 'Tag'),
  };
}

function newApplicationOf(challengeId: string, node: XmlNode): NewApplication {
  const contact = isNode(node.Contact) ? node.Contact : {};
  return {
    challengeId,
    applicantOrganization: requireText('ApplicantOrganization', textOf(node, 'ApplicantOrganization')),
    applicantCity: requireText('ApplicantCity', textOf(node, 'ApplicantCity')),
    proposal: requireText('Proposal', textOf(node, 'Proposal')),
    contact: { name: optionalText(textOf(contact, 'Name')), phone: optionalText(textOf(contact, 'Phone')), email: optionalText(textOf(contact, 'Email')) },
  };
}

// ---------------------------------------------------------------------------------------------
// The service
// ---------------------------------------------------------------------------------------------

function register(app: FastifyInstance, context: StandInContext): void {
  const { store, faults, member } = context;

  const elementOf = <K extends EntityKind>(kind: K, record: RecordByKind[K]): Record<string, unknown> => {
    const malformed = faults.isMalformed(record.id);
    if (kind === 'policy') return policyElement(record as PolicyRecord, malformed);
    if (kind === 'carrier') return carrierElement(record as CarrierRecord, malformed);
    return challengeElement(record as ChallengeRecord, malformed);
  };
  const challengeElementOf = (challenge: ChallengeRecord) => ({ Challenge: elementOf('challenge', challenge) });

  const listOperation = (descriptor: (typeof KINDS)[string]) => (input: XmlNode) => {
    const pageIndex = pageNumber(input, 'PageIndex', 1, Number.MAX_SAFE_INTEGER);
    const pageSize = pageNumber(input, 'PageSize', DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
    const records = store.list(descriptor.kind);
    const page = records.slice((pageIndex - 1) * pageSize, pageIndex * pageSize);
    return {
      TotalCount: records.length,
      PageIndex: pageIndex,
      PageSize: pageSize,
      PageCount: Math.ceil(records.length / pageSize),
      [descriptor.container]: { [descriptor.element]: page.map((record) => elementOf(descriptor.kind, record)) },
    };
  };

  const operations: Readonly<Record<string, (input: XmlNode) => Record<string, unknown>>> = {
    ...Object.fromEntries(Object.values(KINDS).map((descriptor) => [descriptor.list, listOperation(descriptor)])),

    GetRecords(input) {
      const kindName = textOf(input, 'Kind') ?? '';
      const descriptor = Object.hasOwn(KINDS, kindName) ? KINDS[kindName] : undefined;
      if (!descriptor) throw new MappingError(`<Kind> must be one of ${Object.keys(KINDS).join(', ')}, got "${kindName}"`);
      const ids = input.Id ?? [];
      if (!Array.isArray(ids) || !ids.every((id) => typeof id === 'string')) throw new MappingError('<Id> must contain text');
      const found: Record<string, unknown>[] = [];
      const missing: string[] = [];
      for (const id of ids as string[]) {
        const record = store.get(descriptor.kind, id);
        if (record) found.push(elementOf(descriptor.kind, record));
        else missing.push(id);
      }
      return { Kind: kindName, Records: { [descriptor.element]: found }, NotFound: { Id: missing } };
    },

    PublishChallenge: (input) => challengeElementOf(store.createChallenge(newChallengeOf(childOf(input, 'Challenge')))),

    SubmitApplication(input) {
      const challengeId = requireText('ChallengeId', textOf(input, 'ChallengeId'));
      const application = store.submitApplication(
        challengeId,
        newApplicationOf(globalId(member.slug, 'challenge', challengeId), childOf(input, 'Application')),
      );
      return { Application: applicationElement(application) };
    },

    ListApplications(input) {
      const challengeId = requireText('ChallengeId', textOf(input, 'ChallengeId'));
      if (!store.get('challenge', challengeId)) throw new PlatformRejection('NOT_FOUND', `challenge ${challengeId} does not exist`);
      return { Applications: { Application: store.applicationsOf(challengeId).map(applicationElement) } };
    },

    SetApplicationStatus(input) {
      const applicationId = requireText('ApplicationId', textOf(input, 'ApplicationId'));
      const status = statusOfLabel(APPLICATION_STATUS, requireText('Status', textOf(input, 'Status')));
      return { Application: applicationElement(store.setApplicationStatus(applicationId, status)) };
    },

    SetChallengeStatus(input) {
      const challengeId = requireText('ChallengeId', textOf(input, 'ChallengeId'));
      const status = statusOfLabel(CHALLENGE_STATUS, requireText('Status', textOf(input, 'Status')));
      return challengeElementOf(store.setChallengeStatus(challengeId, status));
    },
  };

  app.addContentTypeParser(['text/xml', 'application/soap+xml', 'application/xml'], { parseAs: 'string' }, (_request, body, done) => done(null, body));

  app.post('/ws/KjyService', async (request, reply) => {
    const xml = typeof request.body === 'string' ? request.body : '';
    const validation = XMLValidator.validate(xml);
    if (validation !== true) return sendFault(reply, 500, 'soap:Client', `request is not well-formed XML: ${validation.err.msg}`);
    const body = (requestParser.parse(xml) as XmlNode).Envelope;
    if (!isNode(body) || !isNode(body.Body)) return sendFault(reply, 500, 'soap:Client', 'request has no soap:Envelope/soap:Body');
    const [operation] = Object.keys(body.Body);
    const handler = operation !== undefined && Object.hasOwn(operations, operation) ? operations[operation] : undefined;
    if (operation === undefined || handler === undefined) {
      return sendFault(reply, 500, 'soap:Client', `Unknown operation "${operation ?? ''}"; known: ${Object.keys(operations).join(', ')}`);
    }
    const input = body.Body[operation];
    try {
      const result = handler(isNode(input) ? input : {});
      return sendXml(reply, 200, { [`${operation}Response`]: { '@_xmlns': SERVICE_NAMESPACE, ...result } });
    } catch (error) {
      if (error instanceof PlatformRejection) return sendFault(reply, 500, 'soap:Client', error.message, REASON_CODES[error.reason]);
      if (error instanceof MappingError) return sendFault(reply, 500, 'soap:Client', error.message, REASON_CODES.INVALID);
      throw error;
    }
  });
}

export const standIn: StandInDialect = {
  register,
  sendFailure: (reply: FastifyReply, failure: PlatformFailure) => sendFault(reply, failure.status, 'soap:Server', failure.message),
};
