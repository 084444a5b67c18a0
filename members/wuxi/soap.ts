/**
 * The SOAP-style transport of Wuxi's service: one POST endpoint, operations as envelope bodies,
 * answers as `<XxxResponse>` elements or `soap:Fault`s.
 */
import { XMLBuilder, XMLParser, XMLValidator } from 'fast-xml-parser';
import { PlatformError, refusalCodes, refusalError } from '../../adapters/kit/errors.js';
import type { PlatformHttpClient } from '../../adapters/kit/http.js';
import { MappingError } from '../../adapters/kit/parse.js';
import type { EntityKind } from '../../schema/contract.js';

const SERVICE_PATH = '/ws/KjyService';
const SOAP_NAMESPACE = 'http://schemas.xmlsoap.org/soap/envelope/';
const SERVICE_NAMESPACE = 'http://kjy.wuxi.gov.cn/ws/2025';

export type XmlNode = { [name: string]: XmlValue };
type XmlValue = string | XmlNode | XmlValue[];

/** Per kind: the list operation, its container and item elements, and GetRecords' `<Kind>`. */
export const KIND_ELEMENTS: Readonly<Record<EntityKind, { list: string; container: string; element: string }>> = {
  policy: { list: 'ListPolicies', container: 'Policies', element: 'Policy' },
  carrier: { list: 'ListCarriers', container: 'Carriers', element: 'Carrier' },
  challenge: { list: 'ListChallenges', container: 'Challenges', element: 'Challenge' },
  financeProduct: { list: 'ListFinanceProducts', container: 'FinanceProducts', element: 'FinanceProduct' },
  talentService: { list: 'ListTalentServices', container: 'TalentServices', element: 'TalentService' },
  achievement: { list: 'ListAchievements', container: 'Achievements', element: 'Achievement' },
  cooperation: { list: 'ListCooperationItems', container: 'CooperationItems', element: 'CooperationItem' },
  technologyManager: { list: 'ListTechManagers', container: 'TechManagers', element: 'TechManager' },
  consortium: { list: 'ListConsortia', container: 'Consortia', element: 'Consortium' },
};

/** The item element of each list field's element (`<Tags><Tag>…</Tag></Tags>`). */
export const FIELD_LIST_ITEMS: Readonly<Record<string, string>> = {
  Tags: 'Tag',
  Categories: 'Category',
  Industries: 'Industry',
  Services: 'Service',
  Partners: 'Partner',
  Patents: 'Patent',
  TransferModes: 'Mode',
  TechnicalFields: 'Field',
  Certifications: 'Certification',
  ServiceCities: 'City',
  Cities: 'City',
  TechManagerIds: 'TechManagerId',
};

/**
 * Elements that repeat, by parent: they always parse as arrays, so a list of one is still a
 * list. `*`: every child of the parent (GetRecords answers `<Records>` of the asked kind).
 */
const LIST_ITEMS: Readonly<Record<string, string>> = {
  ...Object.fromEntries(Object.values(KIND_ELEMENTS).map(({ container, element }) => [container, element])),
  Applications: 'Application',
  Records: '*',
  NotFound: 'Id',
  ...FIELD_LIST_ITEMS,
};

const parser = new XMLParser({
  removeNSPrefix: true,
  ignoreAttributes: true,
  // Ids, phone numbers, dates and amounts stay text; the mapping parses them deliberately.
  parseTagValue: false,
  // `&#20013;`-style character references as well as the five XML entities.
  htmlEntities: true,
  isArray: (name, jPath) => {
    const item = LIST_ITEMS[String(jPath).split('.').at(-2) ?? ''];
    return item === '*' || item === name;
  },
});

const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@_', cdataPropName: '#cdata', suppressEmptyNode: true, format: false });

/** Free text goes out in CDATA, as the service sends it. */
export const cdata = (text: string) => ({ '#cdata': text });

/** The service's detail reason codes → the seam's rejection reasons. */
const REJECTION_REASONS = refusalCodes({
  RecordNotFound: 'NOT_FOUND',
  ChallengeNotOpen: 'CHALLENGE_NOT_OPEN',
  DuplicateApplication: 'DUPLICATE_APPLICATION',
  InvalidArgument: 'INVALID',
});

function isNode(value: XmlValue | undefined): value is XmlNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An element's text; an empty element is `""`, a missing one undefined. */
export function textOf(node: XmlNode, name: string): string | undefined {
  const value = node[name];
  if (value === undefined || typeof value === 'string') return value;
  throw new MappingError(`<${name}> must contain text`);
}

/** The texts of a list element (`<Tags><Tag>a</Tag>…</Tags>`); an empty or missing list is []. */
export function textsOf(node: XmlNode, container: string, item: string): string[] {
  return nodesOrTextsOf(node, container, item).map((entry) => {
    if (typeof entry !== 'string') throw new MappingError(`<${container}><${item}> must contain text`);
    return entry;
  });
}

/** The child elements of a list element. */
export function nodesOf(node: XmlNode, container: string, item: string): XmlNode[] {
  return nodesOrTextsOf(node, container, item).map((entry) => {
    if (!isNode(entry)) throw new MappingError(`<${container}><${item}> must be an element`);
    return entry;
  });
}

function nodesOrTextsOf(node: XmlNode, container: string, item: string): XmlValue[] {
  const list = node[container];
  if (list === undefined || list === '') return [];
  if (!isNode(list)) throw new MappingError(`<${container}> must contain <${item}> elements`);
  const items = list[item] ?? [];
  return Array.isArray(items) ? items : [items];
}

/** A child element; an empty one (`<Contact/>`) is an element without children. */
export function childOf(node: XmlNode, name: string): XmlNode {
  const child = node[name];
  if (child === '') return {};
  if (!isNode(child)) throw new MappingError(`<${name}> is missing`);
  return child;
}

export class SoapClient {
  constructor(private readonly http: PlatformHttpClient) {}

  /** Calls an operation that only reads: safe to repeat, so the http kit's retry policy applies. */
  read(operation: string, input: Record<string, unknown>): Promise<XmlNode> {
    return this.invoke(operation, input, true);
  }

  /** Calls an operation that changes data: never repeated (the outbox redelivers it). */
  write(operation: string, input: Record<string, unknown>): Promise<XmlNode> {
    return this.invoke(operation, input, false);
  }

  /** Calls one operation; returns its `<XxxResponse>` element or throws a PlatformError. */
  private async invoke(operation: string, input: Record<string, unknown>, idempotent: boolean): Promise<XmlNode> {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>${builder.build({
      'soap:Envelope': { '@_xmlns:soap': SOAP_NAMESPACE, 'soap:Body': { [operation]: { '@_xmlns': SERVICE_NAMESPACE, ...input } } },
    })}`;
    const response = await this.http.request('POST', SERVICE_PATH, {
      headers: { 'content-type': 'text/xml; charset=utf-8', soapaction: `"${SERVICE_NAMESPACE}/${operation}"` },
      body: xml,
      // Faults arrive as 500 with a SOAP body worth reading.
      acceptStatuses: [500],
      idempotent,
    });
    const text = response.body.toString('utf8');
    const details = { city: this.http.city, status: response.status, url: response.url };
    if (XMLValidator.validate(text) !== true) {
      throw new PlatformError('PLATFORM_BAD_RESPONSE', `${operation} answered ${response.status} with a body that is not XML`, details);
    }
    const body = (parser.parse(text) as XmlNode).Envelope;
    if (!isNode(body) || !isNode(body.Body)) throw new PlatformError('PLATFORM_BAD_RESPONSE', `${operation} answered without a soap:Envelope/soap:Body`, details);
    const fault = body.Body.Fault;
    if (isNode(fault)) {
      const faultstring = typeof fault.faultstring === 'string' ? fault.faultstring : 'no faultstring';
      const detail = isNode(fault.detail) && isNode(fault.detail.KjyFault) ? fault.detail.KjyFault : {};
      const code = typeof detail.ReasonCode === 'string' ? detail.ReasonCode : String(fault.faultcode);
      throw refusalError(REJECTION_REASONS, code, `${operation}: ${faultstring}`, details);
    }
    const result = body.Body[`${operation}Response`];
    if (response.status !== 200 || (result !== '' && !isNode(result))) {
      throw new PlatformError('PLATFORM_BAD_RESPONSE', `${operation} answered ${response.status} without a ${operation}Response`, details);
    }
    return result === '' ? {} : result;
  }
}
