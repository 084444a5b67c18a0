/**
 * Zhenjiang's platform: an OData-style service. An entity set per kind (`Policies`, `Carriers`,
 * `Challenges`, `FinanceProducts`, `TalentServices`, `Achievements`, `CooperationItems`,
 * `TechnologyManagers`, `Consortia`) with PascalCase properties and vocabularies as the platform's own codes (the code table is
 * published in members/zhenjiang/README.md), queried with `$filter`, `$orderby`, `$top`,
 * `$skip` and `$count`; pages are capped at 50 entities and continue via `@odata.nextLink`.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { globalId, type EntityKind, type RecordByKind } from '../../schema/contract.js';
import {
  CHALLENGE_CHANGE_FIELDS,
  NEW_APPLICATION_FIELDS,
  NEW_CHALLENGE_FIELDS,
  type FIELD_VOCABULARIES,
  type FieldType,
  type VocabularyName,
} from '../../schema/record-fields.js';
import { defineNativeForm, pascalCase } from '../../sandbox/kit/native-form.js';
import { changedChallenge } from '../../sandbox/kit/json-platform.js';
import type { PlatformFailure, StandInContext, SandboxFacts, StandInDialect } from '../../sandbox/kit/stand-in.js';
import { PlatformRejection } from '../../sandbox/kit/store.js';

/** Where this stand-in listens in the sandbox and what it is called there. */
export const sandbox: SandboxFacts = { port: 4108, dialect: 'odata' };

/** The server's page size cap: a client asking for more gets 50 and a nextLink. */
export const PAGE_CAP = 50;

/** A code for every value of every vocabulary. */
type CodeTables = { readonly [V in VocabularyName]: Readonly<Record<keyof (typeof FIELD_VOCABULARIES)[V]['labels'], string>> };

/** The platform's code tables (pinyin initials; levels are numbered). */
export const CODES = {
  industry: {
    INTEGRATED_CIRCUITS: 'JCDL',
    BIOMEDICINE: 'SWYY',
    ARTIFICIAL_INTELLIGENCE: 'RGZN',
    NEW_ENERGY: 'XNY',
    NEW_MATERIALS: 'XCL',
    INTELLIGENT_MANUFACTURING: 'ZNZZ',
    ROBOTICS: 'JQR',
    INTELLIGENT_SOFTWARE: 'ZNRJ',
    DIGITAL_HEALTH: 'SZJK',
    CYBERSECURITY: 'WLAQ',
    DIGITAL_ADVERTISING: 'SZGG',
    INTELLIGENT_VEHICLES: 'ZNQC',
    LOW_ALTITUDE_ECONOMY: 'DKJJ',
    GEOSPATIAL: 'DLXX',
    OTHER: 'QT',
  },
  policyCategory: {
    TALENT: 'RC',
    FINANCE: 'KJJR',
    CARRIER_SUPPORT: 'ZTJS',
    RD_SUBSIDY: 'YFBZ',
    TECHNOLOGY_TRANSFER: 'CGZH',
    INDUSTRY: 'CYFZ',
    INTERNATIONAL: 'GJHZ',
    OTHER: 'QT',
  },
  carrierKind: {
    INCUBATOR: 'FH',
    MAKER_SPACE: 'ZC',
    UNIVERSITY_SCIENCE_PARK: 'DXKJY',
    RESEARCH_INSTITUTE: 'XXYF',
    LABORATORY: 'SYS',
    INNOVATION_CENTER: 'CXZX',
    PROOF_OF_CONCEPT_CENTER: 'GNYZ',
    PILOT_PLATFORM: 'ZS',
    TECH_PARK: 'KJYQ',
    SERVICE_PLATFORM: 'GGFW',
    OTHER: 'QT',
  },
  carrierLevel: {
    NATIONAL: '01',
    PROVINCIAL: '02',
    MUNICIPAL: '03',
    DISTRICT: '04',
    OTHER: '99',
  },
  challengeStatus: {
    OPEN: 'JBZ',
    UNDER_REVIEW: 'PSZ',
    AWARDED: 'YJB',
    CLOSED: 'YGB',
  },
  publisherKind: {
    ENTERPRISE: 'QY',
    UNIVERSITY: 'GX',
    RESEARCH_INSTITUTE: 'KYYS',
    GOVERNMENT: 'ZFBM',
    HOSPITAL: 'YLJG',
    OTHER: 'QT',
  },
  applicationStatus: {
    SUBMITTED: 'YTJ',
    UNDER_REVIEW: 'PSZ',
    AWARDED: 'ZB',
    REJECTED: 'WZB',
    WITHDRAWN: 'YCH',
  },
  financeProductKind: {
    CREDIT_LOAN: 'XYDK',
    IP_PLEDGE_LOAN: 'ZSCQZY',
    GUARANTEE: 'RZDB',
    EQUITY_FUND: 'GQTZ',
    INSURANCE: 'KJBX',
    SUPPLY_CHAIN: 'GYLJR',
    OTHER: 'QT',
  },
  talentServiceKind: {
    TALENT_APARTMENT: 'RCGY',
    SHORT_STAY: 'DQLF',
    INSTITUTE_VISIT: 'YSDJ',
    TALENT_PROGRAMME: 'RCJH',
    RECRUITMENT_EVENT: 'ZPHD',
    TRAINING: 'PXJL',
    OTHER: 'QT',
  },
  // An ordered scale, numbered like carrier levels.
  achievementMaturity: {
    LABORATORY: '01',
    PROTOTYPE: '02',
    PILOT: '03',
    SMALL_BATCH: '04',
    INDUSTRIALISED: '05',
    OTHER: '99',
  },
  transferMode: {
    TRANSFER: 'ZR',
    LICENSE: 'XK',
    EQUITY: 'ZJRG',
    JOINT_DEVELOPMENT: 'HZKF',
    OTHER: 'QT',
  },
  cooperationKind: {
    JOINT_RESEARCH: 'LHGG',
    CO_BUILT_PLATFORM: 'GJPT',
    CONSORTIUM_TASK: 'LHTRW',
    INDUSTRY_CHAIN: 'CYLHZ',
    CROSS_CITY_BUSINESS: 'KCYW',
    TALENT_EXCHANGE: 'RCJL',
    EVENT: 'HYHD',
    OTHER: 'QT',
  },
  cooperationStatus: {
    PLANNED: 'GHZ',
    IN_PROGRESS: 'JXZ',
    COMPLETED: 'YWC',
  },
  consortiumRole: {
    CHAIN_LEADER: 'LZ',
    ALLIANCE_LEADER: 'MZ',
    LEAD_UNIT: 'QTDW',
    OTHER: 'QT',
  },
} as const satisfies CodeTables;

const CONTACT = { name: 'ContactName', phone: 'ContactPhone', email: 'ContactEmail' };
const LOCATION = { lat: 'Latitude', lng: 'Longitude' };

/** A typo a clerk would make in the date field: a month and day that do not exist. */
const impossibleDate = () => '2025-13-45';

/** PascalCase properties, ISO dates, whole yuan, null for nothing, flat contact and location columns, city names for members, codes for vocabularies. */
const FORM = defineNativeForm({
  naming: pascalCase,
  record: { sourceUpdatedAt: 'ModifiedAt' },
  names: {
    policy: { categories: 'CategoryCodes', industries: 'IndustryCodes' },
    carrier: { kind: 'KindCode', level: 'LevelCode', industries: 'IndustryCodes', location: LOCATION, contact: CONTACT },
    challenge: { publisherKind: 'PublisherKindCode', industries: 'IndustryCodes', status: 'StatusCode' },
    financeProduct: { productKind: 'ProductKindCode', industries: 'IndustryCodes', servingMembers: 'ServingCities', contact: CONTACT },
    talentService: { serviceKind: 'ServiceKindCode', industries: 'IndustryCodes', location: LOCATION, contact: CONTACT },
    achievement: { industries: 'IndustryCodes', maturity: 'MaturityCode', transferModes: 'TransferModeCodes', contact: CONTACT },
    cooperation: { cooperationKind: 'CooperationKindCode', members: 'MemberCities', status: 'StatusCode', industries: 'IndustryCodes' },
    technologyManager: { industries: 'IndustryCodes', contact: CONTACT },
    consortium: { industries: 'IndustryCodes', leadRole: 'LeadRoleCode', members: 'MemberCities' },
    application: { contact: CONTACT, status: 'StatusCode' },
  },
  codes: CODES,
  broken: {
    policy: { publishedOn: impossibleDate },
    // An area typed in as prose instead of a number.
    carrier: { floorArea: (area: number) => `约${area}平方米` },
    challenge: { title: () => null },
    financeProduct: { publishedOn: impossibleDate },
    talentService: { capacity: () => '若干' },
    achievement: { publishedOn: impossibleDate },
    cooperation: { title: () => null },
    technologyManager: { name: () => null },
    consortium: { foundedOn: impossibleDate },
  },
});

// ---------------------------------------------------------------------------------------------
// Entity sets and the property types $filter and $orderby check against
// ---------------------------------------------------------------------------------------------

type PropertyType = 'String' | 'Number' | 'Date' | 'DateTimeOffset' | 'Collection';
type NativeValue = string | number | boolean | null | string[];
/** Zhenjiang's entities are flat: every property is a scalar or a collection of codes or texts. */
type NativeEntity = Record<string, NativeValue>;

/** The EDM type of a property holding a contract field of this type. */
function propertyTypeOf(type: FieldType): PropertyType {
  if (type === 'number' || type === 'optionalNumber' || type === 'money') return 'Number';
  if (type === 'date' || type === 'optionalDate') return 'Date';
  if (type === 'dateTime') return 'DateTimeOffset';
  if (type === 'list' || type === 'members' || type.startsWith('many:')) return 'Collection';
  return 'String';
}

interface EntitySet {
  kind: EntityKind;
  properties: Readonly<Record<string, PropertyType>>;
}

/** The entity sets by name; each property has the type of the contract field it holds. */
const ENTITY_SETS: Readonly<Record<string, EntitySet>> = Object.fromEntries(
  Object.entries({
    Policies: 'policy',
    Carriers: 'carrier',
    Challenges: 'challenge',
    FinanceProducts: 'financeProduct',
    TalentServices: 'talentService',
    Achievements: 'achievement',
    CooperationItems: 'cooperation',
    TechnologyManagers: 'technologyManager',
    Consortia: 'consortium',
  } as const).map(([name, kind]) => [
    name,
    { kind, properties: Object.fromEntries(FORM.fields(kind).map(({ path, type }) => [path, propertyTypeOf(type)])) },
  ]),
);

// ---------------------------------------------------------------------------------------------
// $filter: tokenizer, recursive-descent parser and evaluator
// ---------------------------------------------------------------------------------------------

/** A query option the service cannot honour; answered with 400 and an OData error. */
class QueryOptionError extends Error {}

type Literal = { type: 'literal'; value: string | number | boolean | null; literalType: 'String' | 'Number' | 'Boolean' | 'Null' | 'Date' | 'DateTimeOffset' };
type Token =
  | { type: 'punct'; value: '(' | ')' | ',' ; position: number }
  | { type: 'word'; value: string; position: number }
  | (Literal & { position: number });

const COMPARISONS = ['eq', 'ne', 'gt', 'ge', 'lt', 'le'] as const;
type Comparison = (typeof COMPARISONS)[number];
const TEXT_FUNCTIONS = ['contains', 'startswith', 'endswith'] as const;
type TextFunction = (typeof TEXT_FUNCTIONS)[number];

type FilterNode =
  | { type: 'and' | 'or'; left: FilterNode; right: FilterNode }
  | { type: 'not'; operand: FilterNode }
  | { type: 'compare'; operator: Comparison; property: string; literal: Literal }
  | { type: 'in'; property: string; literals: Literal[] }
  | { type: 'call'; fn: TextFunction; property: string; text: string };

const DATE_TIME_LITERAL = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})/;
const DATE_LITERAL = /^\d{4}-\d{2}-\d{2}/;
const NUMBER_LITERAL = /^-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/;
const WORD = /^[A-Za-z_][A-Za-z0-9_]*/;

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let position = 0;
  while (position < text.length) {
    const char = text[position]!;
    if (/\s/.test(char)) {
      position += 1;
    } else if (char === '(' || char === ')' || char === ',') {
      tokens.push({ type: 'punct', value: char, position });
      position += 1;
    } else if (char === "'") {
      // A quote inside a string literal is written twice.
      let value = '';
      let end = position + 1;
      for (;;) {
        if (end >= text.length) throw new QueryOptionError(`unterminated string literal at position ${position}`);
        if (text[end] === "'") {
          if (text[end + 1] !== "'") break;
          value += "'";
          end += 2;
        } else {
          value += text[end];
          end += 1;
        }
      }
      tokens.push({ type: 'literal', value, literalType: 'String', position });
      position = end + 1;
    } else {
      const rest = text.slice(position);
      const dateTime = DATE_TIME_LITERAL.exec(rest);
      const date = dateTime ? null : DATE_LITERAL.exec(rest);
      const number = dateTime || date ? null : NUMBER_LITERAL.exec(rest);
      const word = WORD.exec(rest);
      if (dateTime) tokens.push({ type: 'literal', value: dateTime[0], literalType: 'DateTimeOffset', position });
      else if (date) tokens.push({ type: 'literal', value: date[0], literalType: 'Date', position });
      else if (number) tokens.push({ type: 'literal', value: Number(number[0]), literalType: 'Number', position });
      else if (word?.[0] === 'true' || word?.[0] === 'false') tokens.push({ type: 'literal', value: word[0] === 'true', literalType: 'Boolean', position });
      else if (word?.[0] === 'null') tokens.push({ type: 'literal', value: null, literalType: 'Null', position });
      else if (word) tokens.push({ type: 'word', value: word[0], position });
      else throw new QueryOptionError(`unexpected character "${char}" at position ${position}`);
      position += (dateTime ?? date ?? number ?? word)![0].length;
    }
  }
  return tokens;
}

/** A property's type; names from a query only match declared properties (never "constructor"). */
function propertyType(properties: Readonly<Record<string, PropertyType>>, name: string): PropertyType | undefined {
  return Object.hasOwn(properties, name) ? properties[name] : undefined;
}

const COMPATIBLE_LITERALS: Readonly<Record<Exclude<PropertyType, 'Collection'>, readonly Literal['literalType'][]>> = {
  String: ['String', 'Null'],
  Number: ['Number', 'Null'],
  Date: ['Date', 'String', 'Null'],
  DateTimeOffset: ['DateTimeOffset', 'String', 'Null'],
};

/** Parses a `$filter` expression for one entity set; throws QueryOptionError naming the problem. */
function parseFilter(text: string, properties: Readonly<Record<string, PropertyType>>): FilterNode {
  const tokens = tokenize(text);
  let index = 0;

  const peek = () => tokens[index];
  const describeAt = (token: Token | undefined) => (token ? `"${String(token.value)}" at position ${token.position}` : 'end of expression');
  const isWord = (token: Token | undefined, word: string) => token?.type === 'word' && token.value === word;
  const expectPunct = (value: '(' | ')' | ',') => {
    const token = tokens[index];
    if (token?.type !== 'punct' || token.value !== value) throw new QueryOptionError(`expected "${value}" but found ${describeAt(token)}`);
    index += 1;
  };
  const literal = (): Literal => {
    const token = tokens[index];
    if (token?.type !== 'literal') throw new QueryOptionError(`expected a literal but found ${describeAt(token)}`);
    index += 1;
    return { type: 'literal', value: token.value, literalType: token.literalType };
  };
  const scalarProperty = (): { name: string; type: Exclude<PropertyType, 'Collection'> } => {
    const token = tokens[index];
    if (token?.type !== 'word') throw new QueryOptionError(`expected a property name but found ${describeAt(token)}`);
    const type = propertyType(properties, token.value);
    if (type === undefined) throw new QueryOptionError(`unknown property "${token.value}"; known: ${Object.keys(properties).join(', ')}`);
    if (type === 'Collection') throw new QueryOptionError(`property "${token.value}" is a collection; only scalar properties can be filtered`);
    index += 1;
    return { name: token.value, type };
  };
  const checkLiteral = (property: { name: string; type: Exclude<PropertyType, 'Collection'> }, value: Literal) => {
    if (!COMPATIBLE_LITERALS[property.type].includes(value.literalType)) {
      throw new QueryOptionError(`property "${property.name}" is ${property.type} and cannot be compared with a ${value.literalType} literal`);
    }
    return value;
  };

  const primary = (): FilterNode => {
    const token = peek();
    if (token?.type === 'punct' && token.value === '(') {
      index += 1;
      const inner = orExpression();
      expectPunct(')');
      return inner;
    }
    if (token?.type === 'word' && (TEXT_FUNCTIONS as readonly string[]).includes(token.value)) {
      index += 1;
      expectPunct('(');
      const property = scalarProperty();
      if (property.type !== 'String') throw new QueryOptionError(`${token.value}() needs a String property, "${property.name}" is ${property.type}`);
      expectPunct(',');
      const text = literal();
      if (text.literalType !== 'String') throw new QueryOptionError(`${token.value}() needs a string literal as its second argument`);
      expectPunct(')');
      return { type: 'call', fn: token.value as TextFunction, property: property.name, text: text.value as string };
    }
    const property = scalarProperty();
    const operator = peek();
    if (isWord(operator, 'in')) {
      index += 1;
      expectPunct('(');
      const literals = [checkLiteral(property, literal())];
      while (peek()?.type === 'punct' && peek()!.value === ',') {
        index += 1;
        literals.push(checkLiteral(property, literal()));
      }
      expectPunct(')');
      return { type: 'in', property: property.name, literals };
    }
    if (operator?.type !== 'word' || !(COMPARISONS as readonly string[]).includes(operator.value)) {
      throw new QueryOptionError(`expected an operator (${COMPARISONS.join(', ')}, in) after "${property.name}" but found ${describeAt(operator)}`);
    }
    index += 1;
    return { type: 'compare', operator: operator.value as Comparison, property: property.name, literal: checkLiteral(property, literal()) };
  };
  const unary = (): FilterNode => {
    if (isWord(peek(), 'not')) {
      index += 1;
      return { type: 'not', operand: unary() };
    }
    return primary();
  };
  const andExpression = (): FilterNode => {
    let left = unary();
    while (isWord(peek(), 'and')) {
      index += 1;
      left = { type: 'and', left, right: unary() };
    }
    return left;
  };
  const orExpression = (): FilterNode => {
    let left = andExpression();
    while (isWord(peek(), 'or')) {
      index += 1;
      left = { type: 'or', left, right: andExpression() };
    }
    return left;
  };

  if (tokens.length === 0) throw new QueryOptionError('$filter is empty');
  const tree = orExpression();
  if (index < tokens.length) throw new QueryOptionError(`unexpected ${describeAt(tokens[index])}`);
  return tree;
}

/** OData ordering of scalars: null before everything, then by value. */
function compareValues(a: NativeValue, b: NativeValue): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a) < String(b) ? -1 : 1;
}

function evaluateFilter(node: FilterNode, entity: NativeEntity): boolean {
  switch (node.type) {
    case 'and':
      return evaluateFilter(node.left, entity) && evaluateFilter(node.right, entity);
    case 'or':
      return evaluateFilter(node.left, entity) || evaluateFilter(node.right, entity);
    case 'not':
      return !evaluateFilter(node.operand, entity);
    case 'in':
      return node.literals.some((literal) => entity[node.property] === literal.value);
    case 'call': {
      const value = entity[node.property];
      if (typeof value !== 'string') return false;
      if (node.fn === 'contains') return value.includes(node.text);
      return node.fn === 'startswith' ? value.startsWith(node.text) : value.endsWith(node.text);
    }
    case 'compare': {
      const raw = entity[node.property] ?? null;
      // Instants compare as instants, so a literal in UTC matches values written in +08:00.
      const asInstant = node.literal.literalType === 'DateTimeOffset' && typeof raw === 'string';
      const value = asInstant ? Date.parse(raw) : raw;
      const target = asInstant ? Date.parse(node.literal.value as string) : node.literal.value;
      if (node.operator === 'eq') return value === target;
      if (node.operator === 'ne') return value !== target;
      // Ordering comparisons with null, or between a number and text, are false (as in OData).
      if (value === null || target === null || typeof value !== typeof target) return false;
      const order = compareValues(value, target);
      if (node.operator === 'gt') return order > 0;
      if (node.operator === 'ge') return order >= 0;
      if (node.operator === 'lt') return order < 0;
      return order <= 0;
    }
  }
}

interface OrderClause {
  property: string;
  descending: boolean;
}

function parseOrderBy(text: string, properties: Readonly<Record<string, PropertyType>>): OrderClause[] {
  return text.split(',').map((clause) => {
    const match = /^\s*([A-Za-z_][A-Za-z0-9_]*)(?:\s+(asc|desc))?\s*$/.exec(clause);
    if (!match) throw new QueryOptionError(`$orderby clause "${clause.trim()}" is not "Property [asc|desc]"`);
    const type = propertyType(properties, match[1]!);
    if (type === undefined) throw new QueryOptionError(`unknown property "${match[1]}" in $orderby`);
    if (type === 'Collection') throw new QueryOptionError(`cannot order by the collection "${match[1]}"`);
    return { property: match[1]!, descending: match[2] === 'desc' };
  });
}

function parseCount(name: string, raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  if (!/^\d+$/.test(raw)) throw new QueryOptionError(`${name} must be a non-negative integer, got "${raw}"`);
  return Number(raw);
}

const SUPPORTED_OPTIONS = new Set(['$filter', '$orderby', '$top', '$skip', '$count']);

// ---------------------------------------------------------------------------------------------
// Routes
// ---------------------------------------------------------------------------------------------

class ODataError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const REJECTION_CODES: Readonly<Record<PlatformRejection['reason'], { status: number; code: string }>> = {
  NOT_FOUND: { status: 404, code: 'ResourceNotFound' },
  CHALLENGE_NOT_OPEN: { status: 409, code: 'ChallengeClosed' },
  DUPLICATE_APPLICATION: { status: 409, code: 'DuplicateApplication' },
  INVALID: { status: 400, code: 'InvalidInput' },
};

function sendODataError(reply: FastifyReply, status: number, code: string, message: string): FastifyReply {
  return reply.code(status).type('application/json; odata.metadata=minimal').send({ error: { code, message } });
}

/** `Challenges('CZ-1')` → entity set and key; a key's quotes are doubled inside it. */
function parseResourceSegment(segment: string): { entitySet: string; key: string | undefined } {
  const match = /^([A-Za-z]+)(?:\('((?:[^']|'')*)'\))?$/.exec(segment);
  if (!match) throw new ODataError(404, 'ResourceNotFound', `no resource "${segment}"`);
  return { entitySet: match[1]!, key: match[2]?.replaceAll("''", "'") };
}

function entitySetOf(name: string): EntitySet {
  const entitySet = Object.hasOwn(ENTITY_SETS, name) ? ENTITY_SETS[name] : undefined;
  if (!entitySet) throw new ODataError(404, 'ResourceNotFound', `no entity set "${name}"; known: ${Object.keys(ENTITY_SETS).join(', ')}`);
  return entitySet;
}

function serviceRoot(request: FastifyRequest): string {
  return `${request.protocol}://${request.host}/odata`;
}

/** A query string that keeps `$` and quotes readable, as OData services write their links. */
function queryString(options: Record<string, string>): string {
  return Object.entries(options)
    .map(([name, value]) => `${name}=${encodeURIComponent(value).replace(/%24/g, '$').replace(/%2C/g, ',')}`)
    .join('&');
}

/** The status a PATCH sets; it may change the status alone, the other properties are the platform's to keep. */
/** A PATCH may change these properties only; the platform names the others it refuses. */
function onlyProperties(body: unknown, allowed: readonly string[]): void {
  const others = typeof body === 'object' && body !== null ? Object.keys(body).filter((name) => !allowed.includes(name)) : [];
  if (others.length > 0) throw new ODataError(400, 'InvalidInput', `only ${allowed.join(', ')} can be changed, not ${others.join(', ')}`);
}

function patchedStatus(body: unknown) {
  onlyProperties(body, [FORM.path('application', 'status')]);
  return FORM.read('application', body, ['status']).status;
}

/** PATCH answers 204 unless the client asks for the entity with `Prefer: return=representation`. */
function sendPatched(request: FastifyRequest, reply: FastifyReply, context: string, entity: Record<string, unknown>): FastifyReply {
  if (!String(request.headers.prefer ?? '').includes('return=representation')) return reply.code(204).send();
  return reply.header('preference-applied', 'return=representation').send({ '@odata.context': context, ...entity });
}

function register(app: FastifyInstance, context: StandInContext): void {
  const { store, faults } = context;
  const nativeOf = (kind: EntityKind, record: RecordByKind[EntityKind]) => FORM.write(kind, record, faults.isMalformed(record.id)) as NativeEntity;

  app.setErrorHandler((error, _request, reply) => {
    if (error instanceof ODataError) return sendODataError(reply, error.status, error.code, error.message);
    if (error instanceof QueryOptionError) return sendODataError(reply, 400, 'BadRequest', error.message);
    if (error instanceof PlatformRejection) {
      const { status, code } = REJECTION_CODES[error.reason];
      return sendODataError(reply, status, code, error.message);
    }
    const status = (error as { statusCode?: number }).statusCode;
    if (status !== undefined && status >= 400 && status < 500) return sendODataError(reply, status, 'BadRequest', (error as Error).message);
    return sendODataError(reply, 500, 'InternalServerError', 'the service failed to process the request');
  });

  app.get('/odata', async (request) => ({
    '@odata.context': `${serviceRoot(request)}/$metadata`,
    value: Object.keys(ENTITY_SETS).map((name) => ({ name, kind: 'EntitySet', url: name })),
  }));

  app.get('/odata/:segment', async (request) => {
    const { entitySet: name, key } = parseResourceSegment((request.params as { segment: string }).segment);
    const entitySet = entitySetOf(name);
    const contextUrl = `${serviceRoot(request)}/$metadata#${name}`;
    if (key !== undefined) {
      const record = store.get(entitySet.kind, key);
      if (!record) throw new ODataError(404, 'ResourceNotFound', `${name}('${key}') does not exist`);
      return { '@odata.context': `${contextUrl}/$entity`, ...nativeOf(entitySet.kind, record) };
    }

    const query = request.query as Record<string, string | string[]>;
    const options: Record<string, string> = {};
    for (const [option, value] of Object.entries(query)) {
      if (!SUPPORTED_OPTIONS.has(option)) throw new QueryOptionError(`query option "${option}" is not supported; supported: ${[...SUPPORTED_OPTIONS].join(', ')}`);
      if (Array.isArray(value)) throw new QueryOptionError(`query option "${option}" is given more than once`);
      options[option] = value;
    }
    const filter = options.$filter === undefined ? undefined : parseFilter(options.$filter, entitySet.properties);
    const orderBy = options.$orderby === undefined ? undefined : parseOrderBy(options.$orderby, entitySet.properties);
    const top = parseCount('$top', options.$top);
    const skip = parseCount('$skip', options.$skip) ?? 0;
    if (options.$count !== undefined && options.$count !== 'true' && options.$count !== 'false') {
      throw new QueryOptionError(`$count must be true or false, got "${options.$count}"`);
    }

    const records = store.list(entitySet.kind);
    let selected: NativeEntity[];
    let total: number;
    let end: number;
    let pageEnd: number;
    if (filter === undefined && orderBy === undefined) {
      // The common case (a full listing) converts only the page it sends.
      total = records.length;
      end = top === undefined ? total : Math.min(total, skip + top);
      pageEnd = Math.min(end, skip + PAGE_CAP);
      selected = records.slice(skip, pageEnd).map((record) => nativeOf(entitySet.kind, record));
    } else {
      let matching = records.map((record) => nativeOf(entitySet.kind, record));
      if (filter) matching = matching.filter((entity) => evaluateFilter(filter, entity));
      if (orderBy) {
        matching = matching.toSorted((a, b) => {
          for (const clause of orderBy) {
            const order = compareValues(a[clause.property] ?? null, b[clause.property] ?? null);
            if (order !== 0) return clause.descending ? -order : order;
          }
          return 0;
        });
      }
      total = matching.length;
      end = top === undefined ? total : Math.min(total, skip + top);
      pageEnd = Math.min(end, skip + PAGE_CAP);
      selected = matching.slice(skip, pageEnd);
    }

    const page: Record<string, unknown> = { '@odata.context': contextUrl };
    if (options.$count === 'true') page['@odata.count'] = total;
    page.value = selected;
    if (pageEnd < end) {
      const next = { ...options, $skip: String(pageEnd), ...(top !== undefined && { $top: String(end - pageEnd) }) };
      page['@odata.nextLink'] = `${serviceRoot(request)}/${name}?${queryString(next)}`;
    }
    return page;
  });

  app.post('/odata/:segment', async (request, reply) => {
    const { entitySet, key } = parseResourceSegment((request.params as { segment: string }).segment);
    if (entitySet !== 'Challenges' || key !== undefined) throw new ODataError(405, 'MethodNotAllowed', `cannot POST to ${entitySet}`);
    const created = store.createChallenge(FORM.read('challenge', request.body, NEW_CHALLENGE_FIELDS));
    const native = nativeOf('challenge', created);
    return reply
      .code(201)
      .header('location', `${serviceRoot(request)}/Challenges('${native.Id}')`)
      .send({ '@odata.context': `${serviceRoot(request)}/$metadata#Challenges/$entity`, ...native });
  });

  app.patch('/odata/:segment', async (request, reply) => {
    const { entitySet, key } = parseResourceSegment((request.params as { segment: string }).segment);
    if (key === undefined || (entitySet !== 'Challenges' && entitySet !== 'Applications')) {
      throw new ODataError(405, 'MethodNotAllowed', `cannot PATCH ${entitySet}`);
    }
    if (entitySet === 'Challenges') {
      onlyProperties(request.body, [FORM.path('challenge', 'status'), ...CHALLENGE_CHANGE_FIELDS.map((field) => FORM.path('challenge', field))]);
      const updated = nativeOf('challenge', changedChallenge(store, FORM, key, request.body));
      return sendPatched(request, reply, `${serviceRoot(request)}/$metadata#Challenges/$entity`, updated);
    }
    const updated = FORM.write('application', store.setApplicationStatus(key, patchedStatus(request.body)));
    return sendPatched(request, reply, `${serviceRoot(request)}/$metadata#Applications/$entity`, updated);
  });

  const challengeKeyOf = (request: FastifyRequest): string => {
    const { entitySet, key } = parseResourceSegment((request.params as { segment: string }).segment);
    if (entitySet !== 'Challenges' || key === undefined) throw new ODataError(404, 'ResourceNotFound', `${entitySet} has no Applications`);
    return key;
  };

  app.get('/odata/:segment/Applications', async (request) => {
    const key = challengeKeyOf(request);
    if (!store.get('challenge', key)) throw new ODataError(404, 'ResourceNotFound', `Challenges('${key}') does not exist`);
    return {
      '@odata.context': `${serviceRoot(request)}/$metadata#Applications`,
      value: store.applicationsOf(key).map((application) => FORM.write('application', application)),
    };
  });

  app.post('/odata/:segment/Applications', async (request, reply) => {
    const key = challengeKeyOf(request);
    const input = FORM.read('application', request.body, NEW_APPLICATION_FIELDS);
    const application = store.submitApplication(key, { ...input, challengeId: globalId(context.member.slug, 'challenge', key) });
    return reply.code(201).send({ '@odata.context': `${serviceRoot(request)}/$metadata#Applications/$entity`, ...FORM.write('application', application) });
  });
}

export const standIn: StandInDialect = {
  register,
  sendFailure(reply: FastifyReply, failure: PlatformFailure): FastifyReply {
    return sendODataError(reply, failure.status, failure.status === 429 ? 'TooManyRequests' : 'InternalServerError', failure.message);
  },
};
