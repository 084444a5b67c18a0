/**
 * Wuxi's platform: a SOAP-style XML service. Every call is `POST /ws/KjyService` with a
 * `soap:Envelope` whose `soap:Body` holds one operation element; answers are `<XxxResponse>`
 * envelopes with free text in CDATA and everything else entity-escaped. Failures are HTTP 500
 * `soap:Fault`s; a refused write carries its reason code in the fault's `detail`.
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import { XMLBuilder, XMLParser, XMLValidator } from 'fast-xml-parser';
import { globalId, type ApplicationRecord, type EntityKind, type RecordByKind } from '../../schema/contract.js';
import { NEW_APPLICATION_FIELDS, NEW_CHALLENGE_FIELDS } from '../../schema/record-fields.js';
import { defineNativeForm, pascalCase } from '../../sandbox/kit/native-form.js';
import { editedChallenge } from '../../sandbox/kit/json-platform.js';
import type { PlatformFailure, StandInContext, SandboxFacts, StandInDialect } from '../../sandbox/kit/stand-in.js';
import { PlatformRejection } from '../../sandbox/kit/store.js';

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

/** The item element of each list element (`<Tags><Tag>…</Tag></Tags>`). */
const LIST_ITEMS: Readonly<Record<string, string>> = {
  Categories: 'Category',
  Industries: 'Industry',
  Services: 'Service',
  Tags: 'Tag',
  Partners: 'Partner',
  Patents: 'Patent',
  TransferModes: 'Mode',
  TechnicalFields: 'Field',
  Certifications: 'Certification',
  ServiceCities: 'City',
  Cities: 'City',
  TechManagerIds: 'TechManagerId',
};
/** Request elements that repeat, by their parent element. */
const REQUEST_LISTS: Readonly<Record<string, string>> = { GetRecords: 'Id', ...LIST_ITEMS };

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
/** Services are free text too, item by item. */
const cdataServices = (services: string[]) => ({ Service: services.map(cdata) });
/** CDATA writers for a kind's free-text fields. */
const freeText = (...fields: string[]) => Object.fromEntries(fields.map((field) => [field, cdata]));
/** 万元 as decimal text; 面议 when negotiable, where an amount that is not stated has no element. */
const negotiableWan = (yuan: number | null) => (yuan === null ? '面议' : String(yuan / 10_000));
/** A day that does not exist, as a hand-edited record would have. */
const impossibleDay = (date: string) => `${date.slice(0, 4)}-02-30`;
/** A placeholder instead of a number. */
const undecided = () => '待定';
const LOCATION = { lat: 'Location.Latitude', lng: 'Location.Longitude' };

/**
 * PascalCase elements, a list as an element of item elements, 万元 as decimal text (`面议` for a
 * negotiable reward or asking price), Chinese labels, members as the cities' Chinese names;
 * nothing is an absent element. Free text (titles, descriptions, names, addresses, services) is
 * CDATA, everything else entity-escaped.
 */
const FORM = defineNativeForm({
  naming: pascalCase,
  record: { sourceUpdatedAt: 'UpdateTime' },
  names: {
    policy: { publishedOn: 'PublishDate', effectiveFrom: 'EffectiveDate', expiresOn: 'ExpiryDate', maxSupportYuan: 'MaxSupport' },
    carrier: { location: LOCATION },
    challenge: { publisherKind: 'PublisherType', rewardYuan: 'Reward', publishedOn: 'PublishDate', technologyManagerIds: 'TechManagerIds' },
    financeProduct: { productKind: 'ProductType', minAmountYuan: 'MinAmount', maxAmountYuan: 'MaxAmount', servingMembers: 'ServiceCities', publishedOn: 'PublishDate' },
    talentService: { serviceKind: 'ServiceType', location: LOCATION, publishedOn: 'PublishDate' },
    achievement: { askingPriceYuan: 'AskingPrice', publishedOn: 'PublishDate' },
    cooperation: { cooperationKind: 'CooperationType', members: 'Cities', startedOn: 'StartDate', endsOn: 'EndDate' },
    consortium: { members: 'Cities', foundedOn: 'FoundDate' },
    application: { submittedAt: 'SubmitTime' },
  },
  lists: {
    write: (items, path) => ({ [LIST_ITEMS[path]!]: items }),
    read: (raw, path) => {
      const items = isNode(raw) ? raw[LIST_ITEMS[path]!] : undefined;
      return Array.isArray(items) && items.every((item) => typeof item === 'string') ? (items as string[]) : undefined;
    },
  },
  money: 'wanText',
  noAmount: undefined,
  empty: undefined,
  writers: {
    policy: freeText('title', 'issuer', 'summary', 'eligibility'),
    carrier: { ...freeText('name', 'operator', 'address'), services: cdataServices },
    challenge: { ...freeText('title', 'description', 'publisher', 'technicalField', 'requirements'), rewardYuan: negotiableWan },
    financeProduct: freeText('name', 'lender', 'eligibility', 'howToApply'),
    talentService: freeText('name', 'provider', 'address', 'eligibility', 'howToApply'),
    achievement: { ...freeText('title', 'owner', 'technicalField', 'summary'), askingPriceYuan: negotiableWan },
    cooperation: freeText('title', 'leadOrganization', 'summary'),
    technologyManager: { ...freeText('name', 'organization', 'profile'), services: cdataServices },
    consortium: freeText('name', 'technicalField', 'leadOrganization', 'goals'),
    application: freeText('applicantOrganization', 'proposal'),
  },
  broken: {
    policy: { publishedOn: impossibleDay },
    carrier: { name: () => cdata('') },
    challenge: { rewardYuan: undecided },
    financeProduct: { maxAmountYuan: undecided },
    talentService: { capacity: undecided },
    achievement: { publishedOn: impossibleDay },
    cooperation: { title: () => cdata('') },
    technologyManager: { name: () => cdata('') },
    consortium: { foundedOn: impossibleDay },
  },
});

const KINDS: Readonly<Record<string, { kind: EntityKind; element: string; container: string; list: string }>> = {
  Policy: { kind: 'policy', element: 'Policy', container: 'Policies', list: 'ListPolicies' },
  Carrier: { kind: 'carrier', element: 'Carrier', container: 'Carriers', list: 'ListCarriers' },
  Challenge: { kind: 'challenge', element: 'Challenge', container: 'Challenges', list: 'ListChallenges' },
  FinanceProduct: { kind: 'financeProduct', element: 'FinanceProduct', container: 'FinanceProducts', list: 'ListFinanceProducts' },
  TalentService: { kind: 'talentService', element: 'TalentService', container: 'TalentServices', list: 'ListTalentServices' },
  Achievement: { kind: 'achievement', element: 'Achievement', container: 'Achievements', list: 'ListAchievements' },
  CooperationItem: { kind: 'cooperation', element: 'CooperationItem', container: 'CooperationItems', list: 'ListCooperationItems' },
  TechManager: { kind: 'technologyManager', element: 'TechManager', container: 'TechManagers', list: 'ListTechManagers' },
  Consortium: { kind: 'consortium', element: 'Consortium', container: 'Consortia', list: 'ListConsortia' },
};

// ---------------------------------------------------------------------------------------------
// Operation inputs
// ---------------------------------------------------------------------------------------------

function isNode(value: unknown): value is XmlNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const invalidArgument = (message: string) => new PlatformRejection('INVALID', message);

/** An element's text; an empty element (`<X/>`) is the empty string, a missing one undefined. */
function textOf(node: XmlNode, name: string): string | undefined {
  const value = node[name];
  if (value === undefined || typeof value === 'string') return value;
  throw invalidArgument(`<${name}> must contain text`);
}

function requiredTextOf(node: XmlNode, name: string): string {
  const text = textOf(node, name);
  if (text === undefined || text.trim() === '') throw invalidArgument(`<${name}> is required`);
  return text;
}

function childOf(node: XmlNode, name: string): XmlNode {
  const child = node[name];
  if (isNode(child)) return child;
  throw invalidArgument(`<${name}> is missing`);
}

function pageNumber(node: XmlNode, name: string, fallback: number, max: number): number {
  const raw = textOf(node, name);
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > max) throw invalidArgument(`<${name}> must be a whole number from 1 to ${max}, got "${raw}"`);
  return value;
}

// ---------------------------------------------------------------------------------------------
// The service
// ---------------------------------------------------------------------------------------------

function register(app: FastifyInstance, context: StandInContext): void {
  const { store, faults, member } = context;

  const elementOf = (kind: EntityKind, record: RecordByKind[EntityKind]) => FORM.write(kind, record, faults.isMalformed(record.id));
  const challengeElementOf = (challenge: RecordByKind['challenge']) => ({ Challenge: elementOf('challenge', challenge) });
  const applicationElementOf = (application: ApplicationRecord) => FORM.write('application', application);

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
      if (!descriptor) throw invalidArgument(`<Kind> must be one of ${Object.keys(KINDS).join(', ')}, got "${kindName}"`);
      const ids = input.Id ?? [];
      if (!Array.isArray(ids) || !ids.every((id) => typeof id === 'string')) throw invalidArgument('<Id> must contain text');
      const found: Record<string, unknown>[] = [];
      const missing: string[] = [];
      for (const id of ids as string[]) {
        const record = store.get(descriptor.kind, id);
        if (record) found.push(elementOf(descriptor.kind, record));
        else missing.push(id);
      }
      return { Kind: kindName, Records: { [descriptor.element]: found }, NotFound: { Id: missing } };
    },

    PublishChallenge: (input) => challengeElementOf(store.createChallenge(FORM.read('challenge', childOf(input, 'Challenge'), NEW_CHALLENGE_FIELDS))),

    SubmitApplication(input) {
      const challengeId = requiredTextOf(input, 'ChallengeId');
      const application = FORM.read('application', childOf(input, 'Application'), NEW_APPLICATION_FIELDS);
      return { Application: applicationElementOf(store.submitApplication(challengeId, { ...application, challengeId: globalId(member.slug, 'challenge', challengeId) })) };
    },

    ListApplications(input) {
      const challengeId = requiredTextOf(input, 'ChallengeId');
      if (!store.get('challenge', challengeId)) throw new PlatformRejection('NOT_FOUND', `challenge ${challengeId} does not exist`);
      return { Applications: { Application: store.applicationsOf(challengeId).map(applicationElementOf) } };
    },

    SetApplicationStatus(input) {
      const applicationId = requiredTextOf(input, 'ApplicationId');
      return { Application: applicationElementOf(store.setApplicationStatus(applicationId, FORM.read('application', input, ['status']).status)) };
    },

    SetChallengeStatus(input) {
      const challengeId = requiredTextOf(input, 'ChallengeId');
      return challengeElementOf(store.setChallengeStatus(challengeId, FORM.read('challenge', input, ['status']).status));
    },

    UpdateChallenge(input) {
      return challengeElementOf(editedChallenge(store, FORM, requiredTextOf(input, 'ChallengeId'), input));
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
      throw error;
    }
  });
}

export const standIn: StandInDialect = {
  register,
  sendFailure: (reply: FastifyReply, failure: PlatformFailure) => sendFault(reply, failure.status, 'soap:Server', failure.message),
};
