/**
 * Suzhou's science-and-technology cloud platform (dialect graphql-relay): its own, non-federated
 * GraphQL API at `/graphql`. Queries by GET (`query`, `variables`) or POST, mutations by POST
 * only. Lists are Relay connections with opaque cursors (`first` capped at 100), `nodes(ids:)`
 * looks up many records in one query. The platform has its own names: challenges are `Demand`s
 * (攻关需求), vocabularies are its own GraphQL enums with a free-text `…Other` label for OTHER,
 * money is in 万元, dates ISO. Rejected writes come back as `userErrors` in the payload.
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import {
  GraphQLError,
  buildSchema,
  execute,
  getOperationAST,
  parse,
  validate,
  type DocumentNode,
  type ExecutionResult,
} from 'graphql';
import {
  CARRIER_KIND,
  CARRIER_LEVEL,
  ENTITY_KINDS,
  INDUSTRY,
  POLICY_CATEGORY,
  PUBLISHER_KIND,
  globalId,
  type ApplicationRecord,
  type ApplicationStatus,
  type CarrierKind,
  type CarrierLevel,
  type CarrierRecord,
  type ChallengeRecord,
  type ChallengeStatus,
  type EntityKind,
  type Industry,
  type PolicyCategory,
  type PolicyRecord,
  type PublisherKind,
  type RecordByKind,
} from '../../schema/contract.js';
import { nativeLabel } from '../../sandbox/dataset/index.js';
import type { PlatformFailure, StandInContext, SandboxFacts, StandInDialect } from '../../sandbox/kit/stand-in.js';
import { PlatformRejection, localIdOf } from '../../sandbox/kit/store.js';

/** Where this stand-in listens in the sandbox and what it is called there. */
export const sandbox: SandboxFacts = { port: 4105, dialect: 'graphql-relay' };

const DEFAULT_PAGE_SIZE = 20;
const MAX_PAGE_SIZE = 100;
const MAX_NODE_IDS = 100;

const SDL = /* GraphQL */ `
  scalar Date
  scalar DateTime

  enum PolicyTheme { TALENT TECH_FINANCE CARRIER_BUILDING RD_GRANT TECH_TRANSFER INDUSTRY_DEVELOPMENT INTERNATIONAL OTHER }
  enum IndustryCode {
    IC BIOPHARMA AI NEW_ENERGY ADVANCED_MATERIALS SMART_MANUFACTURING EMBODIED_ROBOTICS INTELLIGENT_SOFTWARE
    DIGITAL_HEALTH CYBERSECURITY DIGITAL_ADVERTISING SMART_VEHICLES LOW_ALTITUDE GEOMATICS OTHER
  }
  enum CarrierType {
    INCUBATOR MAKERSPACE UNIVERSITY_SCIENCE_PARK NEW_RD_INSTITUTION LABORATORY INNOVATION_CENTRE POC_CENTRE
    PILOT_BASE SCIENCE_PARK PUBLIC_SERVICE_PLATFORM OTHER
  }
  enum CarrierGrade { STATE PROVINCE CITY DISTRICT OTHER }
  enum OrgType { ENTERPRISE UNIVERSITY INSTITUTE GOVERNMENT MEDICAL OTHER }
  enum DemandStatus { SOLICITING IN_REVIEW MATCHED CLOSED }
  enum ApplicationState { SUBMITTED IN_REVIEW SELECTED NOT_SELECTED WITHDRAWN }
  enum UserErrorCode { NOT_FOUND DEMAND_NOT_OPEN ALREADY_APPLIED INVALID }

  interface Node { id: ID! }

  type Contact { person: String, phone: String, email: String }
  type Coordinates { latitude: Float!, longitude: Float! }
  type Organization { name: String!, type: OrgType!, typeOther: String }

  type Policy implements Node {
    id: ID!
    title: String!
    documentNo: String
    issuingAuthority: String!
    issuedOn: Date!
    effectiveOn: Date
    expiresOn: Date
    themes: [PolicyTheme!]!
    themeOther: String
    industries: [IndustryCode!]!
    industryOther: String
    abstract: String!
    "万元; null when the policy names no ceiling"
    maxSupportWan: Float
    eligibility: String!
    link: String!
    labels: [String!]!
    updatedAt: DateTime!
  }

  type Carrier implements Node {
    id: ID!
    name: String!
    type: CarrierType!
    typeOther: String
    grade: CarrierGrade!
    gradeOther: String
    industries: [IndustryCode!]!
    industryOther: String
    operator: String!
    address: String!
    district: String!
    coordinates: Coordinates!
    "m²"
    floorArea: Float!
    "m² available to new tenants"
    vacantArea: Float!
    services: [String!]!
    contact: Contact!
    link: String!
    labels: [String!]!
    updatedAt: DateTime!
  }

  type Demand implements Node {
    id: ID!
    title: String!
    description: String!
    publisher: Organization!
    industries: [IndustryCode!]!
    industryOther: String
    technicalField: String!
    "万元; null when negotiable (面议)"
    rewardWan: Float
    deadline: Date!
    status: DemandStatus!
    publishedOn: Date!
    requirements: String!
    applicationCount: Int!
    applications: [Application!]!
    link: String!
    labels: [String!]!
    updatedAt: DateTime!
  }

  type Application implements Node {
    id: ID!
    demandId: ID!
    applicantOrg: String!
    applicantCity: String!
    proposal: String!
    contact: Contact!
    state: ApplicationState!
    submittedAt: DateTime!
  }

  type PageInfo { hasNextPage: Boolean!, endCursor: String }
  type PolicyEdge { cursor: String!, node: Policy! }
  type CarrierEdge { cursor: String!, node: Carrier! }
  type DemandEdge { cursor: String!, node: Demand! }
  type PolicyConnection { edges: [PolicyEdge!]!, pageInfo: PageInfo!, totalCount: Int! }
  type CarrierConnection { edges: [CarrierEdge!]!, pageInfo: PageInfo!, totalCount: Int! }
  type DemandConnection { edges: [DemandEdge!]!, pageInfo: PageInfo!, totalCount: Int! }

  type Query {
    policies(first: Int, after: String): PolicyConnection!
    carriers(first: Int, after: String): CarrierConnection!
    demands(first: Int, after: String): DemandConnection!
    node(id: ID!): Node
    "One entry per id (at most 100), in order; null for an id the platform does not have."
    nodes(ids: [ID!]!): [Node]!
  }

  type UserError { code: UserErrorCode!, message: String! }
  type DemandPayload { demand: Demand, userErrors: [UserError!]! }
  type ApplicationPayload { application: Application, userErrors: [UserError!]! }

  input OrganizationInput { name: String!, type: OrgType!, typeOther: String }
  input ContactInput { person: String, phone: String, email: String }
  input PublishDemandInput {
    title: String!
    description: String!
    publisher: OrganizationInput!
    industries: [IndustryCode!]!
    industryOther: String
    technicalField: String!
    rewardWan: Float
    deadline: Date!
    requirements: String!
    labels: [String!]!
  }
  input ApplyForDemandInput { demandId: ID!, applicantOrg: String!, applicantCity: String!, proposal: String!, contact: ContactInput! }
  input UpdateApplicationStateInput { applicationId: ID!, state: ApplicationState! }
  input UpdateDemandStatusInput { demandId: ID!, status: DemandStatus! }

  type Mutation {
    "我要发榜"
    publishDemand(input: PublishDemandInput!): DemandPayload!
    "我要揭榜"
    applyForDemand(input: ApplyForDemandInput!): ApplicationPayload!
    updateApplicationState(input: UpdateApplicationStateInput!): ApplicationPayload!
    updateDemandStatus(input: UpdateDemandStatusInput!): DemandPayload!
  }
`;

const schema = buildSchema(SDL);

const POLICY_THEMES: Record<PolicyCategory, string> = {
  TALENT: 'TALENT',
  FINANCE: 'TECH_FINANCE',
  CARRIER_SUPPORT: 'CARRIER_BUILDING',
  RD_SUBSIDY: 'RD_GRANT',
  TECHNOLOGY_TRANSFER: 'TECH_TRANSFER',
  INDUSTRY: 'INDUSTRY_DEVELOPMENT',
  INTERNATIONAL: 'INTERNATIONAL',
  OTHER: 'OTHER',
};

const INDUSTRY_CODES: Record<Industry, string> = {
  INTEGRATED_CIRCUITS: 'IC',
  BIOMEDICINE: 'BIOPHARMA',
  ARTIFICIAL_INTELLIGENCE: 'AI',
  NEW_ENERGY: 'NEW_ENERGY',
  NEW_MATERIALS: 'ADVANCED_MATERIALS',
  INTELLIGENT_MANUFACTURING: 'SMART_MANUFACTURING',
  ROBOTICS: 'EMBODIED_ROBOTICS',
  INTELLIGENT_SOFTWARE: 'INTELLIGENT_SOFTWARE',
  DIGITAL_HEALTH: 'DIGITAL_HEALTH',
  CYBERSECURITY: 'CYBERSECURITY',
  DIGITAL_ADVERTISING: 'DIGITAL_ADVERTISING',
  INTELLIGENT_VEHICLES: 'SMART_VEHICLES',
  LOW_ALTITUDE_ECONOMY: 'LOW_ALTITUDE',
  GEOSPATIAL: 'GEOMATICS',
  OTHER: 'OTHER',
};

const CARRIER_TYPES: Record<CarrierKind, string> = {
  INCUBATOR: 'INCUBATOR',
  MAKER_SPACE: 'MAKERSPACE',
  UNIVERSITY_SCIENCE_PARK: 'UNIVERSITY_SCIENCE_PARK',
  RESEARCH_INSTITUTE: 'NEW_RD_INSTITUTION',
  LABORATORY: 'LABORATORY',
  INNOVATION_CENTER: 'INNOVATION_CENTRE',
  PROOF_OF_CONCEPT_CENTER: 'POC_CENTRE',
  PILOT_PLATFORM: 'PILOT_BASE',
  TECH_PARK: 'SCIENCE_PARK',
  SERVICE_PLATFORM: 'PUBLIC_SERVICE_PLATFORM',
  OTHER: 'OTHER',
};

const CARRIER_GRADES: Record<CarrierLevel, string> = {
  NATIONAL: 'STATE',
  PROVINCIAL: 'PROVINCE',
  MUNICIPAL: 'CITY',
  DISTRICT: 'DISTRICT',
  OTHER: 'OTHER',
};

const ORG_TYPES: Record<PublisherKind, string> = {
  ENTERPRISE: 'ENTERPRISE',
  UNIVERSITY: 'UNIVERSITY',
  RESEARCH_INSTITUTE: 'INSTITUTE',
  GOVERNMENT: 'GOVERNMENT',
  HOSPITAL: 'MEDICAL',
  OTHER: 'OTHER',
};

const DEMAND_STATUSES: Record<ChallengeStatus, string> = {
  OPEN: 'SOLICITING',
  UNDER_REVIEW: 'IN_REVIEW',
  AWARDED: 'MATCHED',
  CLOSED: 'CLOSED',
};

const APPLICATION_STATES: Record<ApplicationStatus, string> = {
  SUBMITTED: 'SUBMITTED',
  UNDER_REVIEW: 'IN_REVIEW',
  AWARDED: 'SELECTED',
  REJECTED: 'NOT_SELECTED',
  WITHDRAWN: 'WITHDRAWN',
};

function valueOf<V extends string>(codes: Record<V, string>, code: string): V {
  const entry = Object.entries(codes).find(([, candidate]) => candidate === code);
  // The schema's enums only let known codes through; a miss here is a table out of step with the SDL.
  if (!entry) throw new Error(`no contract value for code ${code}`);
  return entry[0] as V;
}

function wan(yuan: number | null): number | null {
  return yuan === null ? null : yuan / 10_000;
}

type Native = Record<string, unknown>;
type Labelled = { tags: string[] };

/** The free-text label Suzhou sends beside an OTHER code: the platform's own wording. */
function otherLabel<V extends string>(vocabulary: { values: V[]; labels: Record<V, string> }, values: readonly V[], record: Labelled): string | null {
  return values.includes('OTHER' as V) ? nativeLabel(vocabulary, 'OTHER' as V, record) : null;
}

function industriesOut(record: Labelled & { industries: Industry[] }): Native {
  return { industries: record.industries.map((value) => INDUSTRY_CODES[value]), industryOther: otherLabel(INDUSTRY, record.industries, record) };
}

function policyOut(record: PolicyRecord): Native {
  return {
    __typename: 'Policy',
    id: localIdOf(record),
    title: record.title,
    documentNo: record.docNumber,
    issuingAuthority: record.issuer,
    issuedOn: record.publishedOn,
    effectiveOn: record.effectiveFrom,
    expiresOn: record.expiresOn,
    themes: record.categories.map((value) => POLICY_THEMES[value]),
    themeOther: otherLabel(POLICY_CATEGORY, record.categories, record),
    ...industriesOut(record),
    abstract: record.summary,
    maxSupportWan: wan(record.maxSupportYuan),
    eligibility: record.eligibility,
    link: record.url,
    labels: record.tags,
    updatedAt: record.sourceUpdatedAt,
  };
}

function carrierOut(record: CarrierRecord): Native {
  return {
    __typename: 'Carrier',
    id: localIdOf(record),
    name: record.name,
    type: CARRIER_TYPES[record.kind],
    typeOther: otherLabel(CARRIER_KIND, [record.kind], record),
    grade: CARRIER_GRADES[record.level],
    gradeOther: otherLabel(CARRIER_LEVEL, [record.level], record),
    ...industriesOut(record),
    operator: record.operator,
    address: record.address,
    district: record.district,
    coordinates: { latitude: record.location.lat, longitude: record.location.lng },
    floorArea: record.floorArea,
    vacantArea: record.freeArea,
    services: record.services,
    contact: { person: record.contact.name, phone: record.contact.phone, email: record.contact.email },
    link: record.url,
    labels: record.tags,
    updatedAt: record.sourceUpdatedAt,
  };
}

function applicationOut(application: ApplicationRecord): Native {
  return {
    __typename: 'Application',
    id: localIdOf(application),
    demandId: localIdOf({ id: application.challengeId }),
    applicantOrg: application.applicantOrganization,
    applicantCity: application.applicantCity,
    proposal: application.proposal,
    contact: { person: application.contact.name, phone: application.contact.phone, email: application.contact.email },
    state: APPLICATION_STATES[application.status],
    submittedAt: application.submittedAt,
  };
}

const TITLE_FIELDS: Record<EntityKind, string> = { policy: 'title', carrier: 'name', challenge: 'title' };

class SuzhouPlatform {
  constructor(private readonly context: StandInContext) {}

  private demandOut(record: ChallengeRecord): Native {
    const localId = localIdOf(record);
    return {
      __typename: 'Demand',
      id: localId,
      title: record.title,
      description: record.description,
      publisher: {
        name: record.publisher,
        type: ORG_TYPES[record.publisherKind],
        typeOther: otherLabel(PUBLISHER_KIND, [record.publisherKind], record),
      },
      ...industriesOut(record),
      technicalField: record.technicalField,
      rewardWan: wan(record.rewardYuan),
      deadline: record.deadline,
      status: DEMAND_STATUSES[record.status],
      publishedOn: record.publishedOn,
      requirements: record.requirements,
      applicationCount: record.applicationCount,
      applications: () => this.context.store.applicationsOf(localId).map(applicationOut),
      link: record.url,
      labels: record.tags,
      updatedAt: record.sourceUpdatedAt,
    };
  }

  /** A malformed record keeps its id but comes with an empty title, as a half-saved form would. */
  serialize<K extends EntityKind>(kind: K, record: RecordByKind[K]): Native {
    const native =
      kind === 'policy' ? policyOut(record as PolicyRecord) : kind === 'carrier' ? carrierOut(record as CarrierRecord) : this.demandOut(record as ChallengeRecord);
    if (this.context.faults.isMalformed(record.id)) native[TITLE_FIELDS[kind]] = '';
    return native;
  }

  connection(kind: EntityKind, args: { first?: number | null; after?: string | null }): Native {
    if (args.first != null && args.first < 0) throw new GraphQLError('`first` must not be negative', { extensions: { code: 'BAD_USER_INPUT' } });
    const first = Math.min(args.first ?? DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
    const start = args.after == null ? 0 : offsetOf(args.after) + 1;
    const all = this.context.store.list(kind);
    const edges = all.slice(start, start + first).map((record, index) => ({ cursor: cursorAt(start + index), node: this.serialize(kind, record) }));
    return {
      edges,
      pageInfo: { hasNextPage: start + edges.length < all.length, endCursor: edges.at(-1)?.cursor ?? null },
      totalCount: all.length,
    };
  }

  node(id: string): Native | null {
    const { store } = this.context;
    for (const kind of ENTITY_KINDS) {
      const record = store.get(kind, id);
      if (record) return this.serialize(kind, record);
    }
    const application = store.getApplication(id);
    return application ? applicationOut(application) : null;
  }

  publishDemand({ input }: { input: Native & { publisher: Native } }): Native {
    const labels = input.labels as string[];
    const created = this.context.store.createChallenge({
      title: input.title as string,
      description: input.description as string,
      publisher: input.publisher.name as string,
      publisherKind: valueOf(ORG_TYPES, input.publisher.type as string),
      industries: (input.industries as string[]).map((code) => valueOf(INDUSTRY_CODES, code)),
      technicalField: input.technicalField as string,
      rewardYuan: input.rewardWan == null ? null : Math.round((input.rewardWan as number) * 10_000),
      deadline: isoDateInput('deadline', input.deadline),
      requirements: input.requirements as string,
      tags: withOtherLabels(labels, [input.publisher.typeOther, input.industryOther]),
    });
    return { demand: this.serialize('challenge', created) };
  }

  applyForDemand({ input }: { input: Native & { contact: Native } }): Native {
    const demandId = input.demandId as string;
    const application = this.context.store.submitApplication(demandId, {
      challengeId: globalId(this.context.member.slug, 'challenge', demandId),
      applicantOrganization: input.applicantOrg as string,
      applicantCity: input.applicantCity as string,
      proposal: input.proposal as string,
      contact: { name: (input.contact.person as string | null) ?? null, phone: (input.contact.phone as string | null) ?? null, email: (input.contact.email as string | null) ?? null },
    });
    return { application: applicationOut(application) };
  }

  updateApplicationState({ input }: { input: { applicationId: string; state: string } }): Native {
    return { application: applicationOut(this.context.store.setApplicationStatus(input.applicationId, valueOf(APPLICATION_STATES, input.state))) };
  }

  updateDemandStatus({ input }: { input: { demandId: string; status: string } }): Native {
    return { demand: this.serialize('challenge', this.context.store.setChallengeStatus(input.demandId, valueOf(DEMAND_STATUSES, input.status))) };
  }
}

const USER_ERROR_CODES: Record<PlatformRejection['reason'], string> = {
  NOT_FOUND: 'NOT_FOUND',
  CHALLENGE_NOT_OPEN: 'DEMAND_NOT_OPEN',
  DUPLICATE_APPLICATION: 'ALREADY_APPLIED',
  INVALID: 'INVALID',
};

/** A mutation whose PlatformRejection becomes a payload with `userErrors`, as Suzhou's API reports them. */
function mutation<A>(run: (args: A) => Native): (args: A) => Native {
  return (args) => {
    try {
      return { ...run(args), userErrors: [] };
    } catch (error) {
      if (error instanceof PlatformRejection) return { userErrors: [{ code: USER_ERROR_CODES[error.reason], message: error.message }] };
      throw error;
    }
  };
}

function isoDateInput(field: string, raw: unknown): string {
  if (typeof raw !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(raw)) throw new PlatformRejection('INVALID', `${field} must be a date YYYY-MM-DD`);
  return raw;
}

/** OTHER labels the caller wrote beside a code become the record's first labels, as the platform shows them. */
function withOtherLabels(labels: string[], others: unknown[]): string[] {
  const extra = others.filter((label): label is string => typeof label === 'string' && label.trim() !== '' && !labels.includes(label));
  return [...new Set([...extra, ...labels])];
}

const CURSOR_PREFIX = 'arrayconnection:';

function cursorAt(offset: number): string {
  return Buffer.from(`${CURSOR_PREFIX}${offset}`).toString('base64');
}

function offsetOf(cursor: string): number {
  const match = /^arrayconnection:(\d+)$/.exec(Buffer.from(cursor, 'base64').toString('utf8'));
  if (!match) throw new GraphQLError(`"${cursor}" is not a valid cursor`, { extensions: { code: 'BAD_USER_INPUT' } });
  return Number(match[1]);
}

interface GraphQLRequest {
  query?: unknown;
  variables?: unknown;
  operationName?: unknown;
}

/** A request refused before execution, with the HTTP status the GraphQL-over-HTTP spec gives it. */
function refused(reply: FastifyReply, status: number, errors: readonly GraphQLError[] | string): FastifyReply {
  const list = typeof errors === 'string' ? [new GraphQLError(errors, { extensions: { code: 'BAD_REQUEST' } })] : errors;
  return reply.code(status).send({ errors: list.map((error) => error.toJSON()) });
}

function register(app: FastifyInstance, context: StandInContext): void {
  const platform = new SuzhouPlatform(context);
  const rootValue = {
    policies: (args: { first?: number; after?: string }) => platform.connection('policy', args),
    carriers: (args: { first?: number; after?: string }) => platform.connection('carrier', args),
    demands: (args: { first?: number; after?: string }) => platform.connection('challenge', args),
    node: ({ id }: { id: string }) => platform.node(id),
    nodes: ({ ids }: { ids: string[] }) => {
      if (ids.length > MAX_NODE_IDS) throw new GraphQLError(`at most ${MAX_NODE_IDS} ids per nodes query, got ${ids.length}`, { extensions: { code: 'BAD_USER_INPUT' } });
      return ids.map((id) => platform.node(id));
    },
    publishDemand: mutation(platform.publishDemand.bind(platform)),
    applyForDemand: mutation(platform.applyForDemand.bind(platform)),
    updateApplicationState: mutation(platform.updateApplicationState.bind(platform)),
    updateDemandStatus: mutation(platform.updateDemandStatus.bind(platform)),
  };

  async function handle(method: 'GET' | 'POST', body: GraphQLRequest, reply: FastifyReply): Promise<FastifyReply | ExecutionResult> {
    if (typeof body.query !== 'string' || body.query.trim() === '') return refused(reply, 400, 'a `query` is required');
    let variables: Record<string, unknown> | undefined;
    try {
      const raw = typeof body.variables === 'string' ? JSON.parse(body.variables) : body.variables;
      variables = raw === null || raw === undefined ? undefined : (raw as Record<string, unknown>);
    } catch {
      return refused(reply, 400, '`variables` is not JSON');
    }
    const operationName = typeof body.operationName === 'string' ? body.operationName : undefined;
    let document: DocumentNode;
    try {
      document = parse(body.query);
    } catch (error) {
      return refused(reply, 400, [error as GraphQLError]);
    }
    const invalid = validate(schema, document);
    if (invalid.length > 0) return refused(reply, 400, invalid);
    if (method === 'GET' && getOperationAST(document, operationName)?.operation === 'mutation') {
      reply.header('allow', 'POST');
      return refused(reply, 405, 'mutations must be sent with POST');
    }
    return execute({ schema, document, rootValue, variableValues: variables, operationName });
  }

  app.get('/graphql', (request, reply) => handle('GET', request.query as GraphQLRequest, reply));
  app.post('/graphql', (request, reply) => handle('POST', (request.body ?? {}) as GraphQLRequest, reply));
}

const FAILURE_CODES: Record<number, string> = { 429: 'RATE_LIMITED', 500: 'INTERNAL_SERVER_ERROR' };

function sendFailure(reply: FastifyReply, failure: PlatformFailure): FastifyReply {
  const code = FAILURE_CODES[failure.status] ?? (failure.status >= 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST');
  return reply.code(failure.status).send({ errors: [{ message: failure.message, extensions: { code } }] });
}

export const standIn: StandInDialect = { register, sendFailure };
