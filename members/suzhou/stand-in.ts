/**
 * Suzhou's science-and-technology cloud platform (dialect graphql-relay): its own, non-federated
 * GraphQL API at `/graphql`. Queries by GET (`query`, `variables`) or POST, mutations by POST
 * only. Lists are Relay connections with opaque cursors (`first` capped at 100), `nodes(ids:)`
 * looks up many records in one query. The platform has its own names: challenges are `Demand`s
 * (攻关需求), technology managers `TechBroker`s, vocabularies are its own GraphQL enums with a free-text `…Other` label for OTHER,
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
import { ENTITY_KINDS, globalId, type ApplicationRecord, type EntityKind, type RecordByKind } from '../../schema/contract.js';
import { NEW_APPLICATION_FIELDS, NEW_CHALLENGE_FIELDS, TITLE_FIELD, type TableKind } from '../../schema/record-fields.js';
import { defineNativeForm, type Native } from '../../sandbox/kit/native-form.js';
import { editedChallenge } from '../../sandbox/kit/json-platform.js';
import type { PlatformFailure, StandInContext, SandboxFacts, StandInDialect } from '../../sandbox/kit/stand-in.js';
import { PlatformRejection, localIdOf } from '../../sandbox/kit/store.js';

/** Where this stand-in listens in the sandbox and what it is called there. */
export const sandbox: SandboxFacts = { port: 4105, dialect: 'graphql-relay' };

const DEFAULT_PAGE_SIZE = 20;
const MAX_PAGE_SIZE = 100;
const MAX_NODE_IDS = 100;

/** The GraphQL type of each kind: a challenge is a `Demand` (攻关需求), a technology manager a `TechBroker` here. */
const TYPENAMES: Record<TableKind, string> = {
  policy: 'Policy',
  carrier: 'Carrier',
  challenge: 'Demand',
  financeProduct: 'FinancingProduct',
  talentService: 'TalentService',
  achievement: 'TechAchievement',
  cooperation: 'CooperationProject',
  technologyManager: 'TechBroker',
  consortium: 'InnovationConsortium',
  application: 'Application',
};
/** The Query field that lists each kind as a Relay connection. */
const CONNECTIONS: Record<EntityKind, string> = {
  policy: 'policies',
  carrier: 'carriers',
  challenge: 'demands',
  financeProduct: 'financingProducts',
  talentService: 'talentServices',
  achievement: 'techAchievements',
  cooperation: 'cooperationProjects',
  technologyManager: 'techBrokers',
  consortium: 'innovationConsortia',
};

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
  enum FinancingType { CREDIT_LOAN IP_PLEDGE GUARANTEE VENTURE_FUND TECH_INSURANCE SUPPLY_CHAIN OTHER }
  enum TalentServiceType { APARTMENT VISITOR_SERVICE INSTITUTE_LIAISON TALENT_PROGRAM JOB_FAIR TRAINING OTHER }
  enum AchievementStage { LAB PROTOTYPE PILOT SMALL_BATCH MASS_PRODUCTION OTHER }
  enum TransferMethod { ASSIGNMENT LICENSING EQUITY_INVESTMENT CO_DEVELOPMENT OTHER }
  enum CooperationType { JOINT_RD SHARED_PLATFORM CONSORTIUM_TASK SUPPLY_CHAIN_LINK CROSS_CITY_BUSINESS TALENT_EXCHANGE EVENT OTHER }
  enum CooperationProgress { PLANNED ONGOING DONE }
  enum LeadRole { CHAIN_LEADER ALLIANCE_HEAD LEAD_UNIT OTHER }

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
    "the innovation consortium's corridor code, if the demand belongs to one"
    consortiumNo: String
    "the corridor ids of the technology brokers assigned to it"
    brokerIds: [ID!]!
    applications: [Application!]!
    link: String!
    labels: [String!]!
    updatedAt: DateTime!
  }

  "金融产品"
  type FinancingProduct implements Node {
    id: ID!
    name: String!
    institution: String!
    type: FinancingType!
    typeOther: String
    industries: [IndustryCode!]!
    industryOther: String
    "万元; null when not stated"
    minQuotaWan: Float
    "万元; null when not stated"
    maxQuotaWan: Float
    rate: String
    maxTermMonths: Int
    eligibility: String!
    "the members' Chinese names (南京市, 上海市普陀区)"
    servedCities: [String!]!
    applicationGuide: String!
    listedOn: Date!
    contact: Contact!
    link: String!
    labels: [String!]!
    updatedAt: DateTime!
  }

  "人才服务"
  type TalentService implements Node {
    id: ID!
    name: String!
    type: TalentServiceType!
    typeOther: String
    provider: String!
    industries: [IndustryCode!]!
    industryOther: String
    address: String!
    district: String!
    coordinates: Coordinates!
    eligibility: String!
    "places, rooms or seats"
    capacity: Int
    "what is free now, as published"
    vacancy: String
    applicationGuide: String!
    listedOn: Date!
    contact: Contact!
    link: String!
    labels: [String!]!
    updatedAt: DateTime!
  }

  "科技成果"
  type TechAchievement implements Node {
    id: ID!
    title: String!
    holder: String!
    technicalField: String!
    industries: [IndustryCode!]!
    industryOther: String
    stage: AchievementStage!
    stageOther: String
    "technology readiness level 1–9"
    trl: Int
    transferMethods: [TransferMethod!]!
    transferMethodOther: String
    "万元; null when negotiable (面议)"
    askingPriceWan: Float
    patentNos: [String!]!
    abstract: String!
    listedOn: Date!
    consortiumNo: String
    contact: Contact!
    link: String!
    labels: [String!]!
    updatedAt: DateTime!
  }

  "合作清单"
  type CooperationProject implements Node {
    id: ID!
    title: String!
    type: CooperationType!
    typeOther: String
    leadUnit: String!
    "the members' Chinese names, the lead's first"
    cities: [String!]!
    partners: [String!]!
    status: CooperationProgress!
    startedOn: Date
    endsOn: Date
    abstract: String!
    industries: [IndustryCode!]!
    industryOther: String
    consortiumNo: String
    link: String!
    labels: [String!]!
    updatedAt: DateTime!
  }

  "技术经理人"
  type TechBroker implements Node {
    id: ID!
    name: String!
    employer: String!
    specialties: [String!]!
    industries: [IndustryCode!]!
    industryOther: String
    qualifications: [String!]!
    services: [String!]!
    bio: String!
    contact: Contact!
    link: String!
    labels: [String!]!
    updatedAt: DateTime!
  }

  "创新联合体"
  type InnovationConsortium implements Node {
    id: ID!
    name: String!
    consortiumNo: String!
    technicalField: String!
    industries: [IndustryCode!]!
    industryOther: String
    leadUnit: String!
    leadRole: LeadRole!
    leadRoleOther: String
    memberUnits: [String!]!
    "the members' Chinese names, the lead's first"
    cities: [String!]!
    goals: String!
    establishedOn: Date!
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
  ${ENTITY_KINDS.map((kind) => `
  type ${TYPENAMES[kind]}Edge { cursor: String!, node: ${TYPENAMES[kind]}! }
  type ${TYPENAMES[kind]}Connection { edges: [${TYPENAMES[kind]}Edge!]!, pageInfo: PageInfo!, totalCount: Int! }`).join('')}

  type Query {
    ${ENTITY_KINDS.map((kind) => `${CONNECTIONS[kind]}(first: Int, after: String): ${TYPENAMES[kind]}Connection!`).join('\n    ')}
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
  "What a publisher edits of an open demand; a field left out stays as it is."
  input UpdateDemandInput {
    demandId: ID!
    title: String
    description: String
    industries: [IndustryCode!]
    industryOther: String
    technicalField: String
    rewardWan: Float
    deadline: Date
    requirements: String
    labels: [String!]
    brokerIds: [ID!]
  }

  type Mutation {
    "我要发榜"
    publishDemand(input: PublishDemandInput!): DemandPayload!
    "我要揭榜"
    applyForDemand(input: ApplyForDemandInput!): ApplicationPayload!
    updateApplicationState(input: UpdateApplicationStateInput!): ApplicationPayload!
    updateDemandStatus(input: UpdateDemandStatusInput!): DemandPayload!
    updateDemand(input: UpdateDemandInput!): DemandPayload!
  }
`;

const schema = buildSchema(SDL);

const CONTACT = { name: 'contact.person' };
const COORDINATES = { lat: 'coordinates.latitude', lng: 'coordinates.longitude' };

/**
 * Its own names and GraphQL enums (codes) for every vocabulary, with the platform's wording of an
 * OTHER in a free-text `…Other` field beside it; money in 万元; members as the cities' Chinese
 * names. A malformed record of any kind keeps its id but comes with an empty title, as a
 * half-saved form would.
 */
const FORM = defineNativeForm({
  record: { url: 'link', tags: 'labels', sourceUpdatedAt: 'updatedAt' },
  names: {
    policy: { docNumber: 'documentNo', issuer: 'issuingAuthority', publishedOn: 'issuedOn', effectiveFrom: 'effectiveOn', categories: 'themes', summary: 'abstract', maxSupportYuan: 'maxSupportWan' },
    carrier: { kind: 'type', level: 'grade', location: COORDINATES, freeArea: 'vacantArea', contact: CONTACT },
    challenge: { publisher: 'publisher.name', publisherKind: 'publisher.type', rewardYuan: 'rewardWan', consortiumCode: 'consortiumNo', technologyManagerIds: 'brokerIds' },
    financeProduct: {
      lender: 'institution', productKind: 'type', minAmountYuan: 'minQuotaWan', maxAmountYuan: 'maxQuotaWan', termMonths: 'maxTermMonths', servingMembers: 'servedCities',
      howToApply: 'applicationGuide', publishedOn: 'listedOn', contact: CONTACT,
    },
    talentService: { serviceKind: 'type', location: COORDINATES, availability: 'vacancy', howToApply: 'applicationGuide', publishedOn: 'listedOn', contact: CONTACT },
    achievement: {
      owner: 'holder', maturity: 'stage', transferModes: 'transferMethods', askingPriceYuan: 'askingPriceWan', patents: 'patentNos', summary: 'abstract', publishedOn: 'listedOn',
      consortiumCode: 'consortiumNo', contact: CONTACT,
    },
    cooperation: { cooperationKind: 'type', leadOrganization: 'leadUnit', members: 'cities', summary: 'abstract', consortiumCode: 'consortiumNo' },
    technologyManager: { organization: 'employer', technicalFields: 'specialties', certifications: 'qualifications', profile: 'bio', contact: CONTACT },
    consortium: { code: 'consortiumNo', leadOrganization: 'leadUnit', partners: 'memberUnits', members: 'cities', foundedOn: 'establishedOn' },
    application: { challengeId: 'demandId', applicantOrganization: 'applicantOrg', contact: CONTACT, status: 'state' },
  },
  money: 'wan',
  codes: {
    policyCategory: {
      TALENT: 'TALENT', FINANCE: 'TECH_FINANCE', CARRIER_SUPPORT: 'CARRIER_BUILDING', RD_SUBSIDY: 'RD_GRANT', TECHNOLOGY_TRANSFER: 'TECH_TRANSFER',
      INDUSTRY: 'INDUSTRY_DEVELOPMENT', INTERNATIONAL: 'INTERNATIONAL', OTHER: 'OTHER',
    },
    industry: {
      INTEGRATED_CIRCUITS: 'IC', BIOMEDICINE: 'BIOPHARMA', ARTIFICIAL_INTELLIGENCE: 'AI', NEW_ENERGY: 'NEW_ENERGY', NEW_MATERIALS: 'ADVANCED_MATERIALS',
      INTELLIGENT_MANUFACTURING: 'SMART_MANUFACTURING', ROBOTICS: 'EMBODIED_ROBOTICS', INTELLIGENT_SOFTWARE: 'INTELLIGENT_SOFTWARE', DIGITAL_HEALTH: 'DIGITAL_HEALTH',
      CYBERSECURITY: 'CYBERSECURITY', DIGITAL_ADVERTISING: 'DIGITAL_ADVERTISING', INTELLIGENT_VEHICLES: 'SMART_VEHICLES', LOW_ALTITUDE_ECONOMY: 'LOW_ALTITUDE',
      GEOSPATIAL: 'GEOMATICS', OTHER: 'OTHER',
    },
    carrierKind: {
      INCUBATOR: 'INCUBATOR', MAKER_SPACE: 'MAKERSPACE', UNIVERSITY_SCIENCE_PARK: 'UNIVERSITY_SCIENCE_PARK', RESEARCH_INSTITUTE: 'NEW_RD_INSTITUTION',
      LABORATORY: 'LABORATORY', INNOVATION_CENTER: 'INNOVATION_CENTRE', PROOF_OF_CONCEPT_CENTER: 'POC_CENTRE', PILOT_PLATFORM: 'PILOT_BASE',
      TECH_PARK: 'SCIENCE_PARK', SERVICE_PLATFORM: 'PUBLIC_SERVICE_PLATFORM', OTHER: 'OTHER',
    },
    carrierLevel: { NATIONAL: 'STATE', PROVINCIAL: 'PROVINCE', MUNICIPAL: 'CITY', DISTRICT: 'DISTRICT', OTHER: 'OTHER' },
    publisherKind: { ENTERPRISE: 'ENTERPRISE', UNIVERSITY: 'UNIVERSITY', RESEARCH_INSTITUTE: 'INSTITUTE', GOVERNMENT: 'GOVERNMENT', HOSPITAL: 'MEDICAL', OTHER: 'OTHER' },
    challengeStatus: { OPEN: 'SOLICITING', UNDER_REVIEW: 'IN_REVIEW', AWARDED: 'MATCHED', CLOSED: 'CLOSED' },
    applicationStatus: { SUBMITTED: 'SUBMITTED', UNDER_REVIEW: 'IN_REVIEW', AWARDED: 'SELECTED', REJECTED: 'NOT_SELECTED', WITHDRAWN: 'WITHDRAWN' },
    financeProductKind: {
      CREDIT_LOAN: 'CREDIT_LOAN', IP_PLEDGE_LOAN: 'IP_PLEDGE', GUARANTEE: 'GUARANTEE', EQUITY_FUND: 'VENTURE_FUND', INSURANCE: 'TECH_INSURANCE', SUPPLY_CHAIN: 'SUPPLY_CHAIN',
      OTHER: 'OTHER',
    },
    talentServiceKind: {
      TALENT_APARTMENT: 'APARTMENT', SHORT_STAY: 'VISITOR_SERVICE', INSTITUTE_VISIT: 'INSTITUTE_LIAISON', TALENT_PROGRAMME: 'TALENT_PROGRAM', RECRUITMENT_EVENT: 'JOB_FAIR',
      TRAINING: 'TRAINING', OTHER: 'OTHER',
    },
    achievementMaturity: { LABORATORY: 'LAB', PROTOTYPE: 'PROTOTYPE', PILOT: 'PILOT', SMALL_BATCH: 'SMALL_BATCH', INDUSTRIALISED: 'MASS_PRODUCTION', OTHER: 'OTHER' },
    transferMode: { TRANSFER: 'ASSIGNMENT', LICENSE: 'LICENSING', EQUITY: 'EQUITY_INVESTMENT', JOINT_DEVELOPMENT: 'CO_DEVELOPMENT', OTHER: 'OTHER' },
    cooperationKind: {
      JOINT_RESEARCH: 'JOINT_RD', CO_BUILT_PLATFORM: 'SHARED_PLATFORM', CONSORTIUM_TASK: 'CONSORTIUM_TASK', INDUSTRY_CHAIN: 'SUPPLY_CHAIN_LINK',
      CROSS_CITY_BUSINESS: 'CROSS_CITY_BUSINESS', TALENT_EXCHANGE: 'TALENT_EXCHANGE', EVENT: 'EVENT', OTHER: 'OTHER',
    },
    cooperationStatus: { PLANNED: 'PLANNED', IN_PROGRESS: 'ONGOING', COMPLETED: 'DONE' },
    consortiumRole: { CHAIN_LEADER: 'CHAIN_LEADER', ALLIANCE_LEADER: 'ALLIANCE_HEAD', LEAD_UNIT: 'LEAD_UNIT', OTHER: 'OTHER' },
  },
  besideOther: {
    policy: { categories: 'themeOther', industries: 'industryOther' },
    carrier: { kind: 'typeOther', level: 'gradeOther', industries: 'industryOther' },
    challenge: { publisherKind: 'publisher.typeOther', industries: 'industryOther' },
    financeProduct: { productKind: 'typeOther', industries: 'industryOther' },
    talentService: { serviceKind: 'typeOther', industries: 'industryOther' },
    achievement: { maturity: 'stageOther', transferModes: 'transferMethodOther', industries: 'industryOther' },
    cooperation: { cooperationKind: 'typeOther', industries: 'industryOther' },
    technologyManager: { industries: 'industryOther' },
    consortium: { leadRole: 'leadRoleOther', industries: 'industryOther' },
  },
  broken: Object.fromEntries(ENTITY_KINDS.map((kind) => [kind, { [TITLE_FIELD[kind]]: () => '' }])),
});


function applicationOut(application: ApplicationRecord): Native {
  return { __typename: TYPENAMES.application, ...FORM.write('application', application) };
}

class SuzhouPlatform {
  constructor(private readonly context: StandInContext) {}

  serialize<K extends EntityKind>(kind: K, record: RecordByKind[K]): Native {
    const native: Native = { __typename: TYPENAMES[kind], ...FORM.write(kind, record, this.context.faults.isMalformed(record.id)) };
    // A Demand's applications are looked up only when a query selects them.
    if (kind === 'challenge') native.applications = () => this.context.store.applicationsOf(localIdOf(record)).map(applicationOut);
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

  publishDemand({ input }: { input: Native }): Native {
    return { demand: this.serialize('challenge', this.context.store.createChallenge(FORM.read('challenge', input, NEW_CHALLENGE_FIELDS))) };
  }

  applyForDemand({ input }: { input: Native & { demandId: string } }): Native {
    const application = FORM.read('application', input, NEW_APPLICATION_FIELDS);
    const challengeId = globalId(this.context.member.slug, 'challenge', input.demandId);
    return { application: applicationOut(this.context.store.submitApplication(input.demandId, { ...application, challengeId })) };
  }

  updateApplicationState({ input }: { input: Native & { applicationId: string } }): Native {
    const { status } = FORM.read('application', input, ['status']);
    return { application: applicationOut(this.context.store.setApplicationStatus(input.applicationId, status)) };
  }

  updateDemand({ input }: { input: Native & { demandId: string } }): Native {
    return { demand: this.serialize('challenge', editedChallenge(this.context.store, FORM, input.demandId, input)) };
  }

  updateDemandStatus({ input }: { input: Native & { demandId: string } }): Native {
    const { status } = FORM.read('challenge', input, ['status']);
    return { demand: this.serialize('challenge', this.context.store.setChallengeStatus(input.demandId, status)) };
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
    ...Object.fromEntries(ENTITY_KINDS.map((kind) => [CONNECTIONS[kind], (args: { first?: number; after?: string }) => platform.connection(kind, args)])),
    node: ({ id }: { id: string }) => platform.node(id),
    nodes: ({ ids }: { ids: string[] }) => {
      if (ids.length > MAX_NODE_IDS) throw new GraphQLError(`at most ${MAX_NODE_IDS} ids per nodes query, got ${ids.length}`, { extensions: { code: 'BAD_USER_INPUT' } });
      return ids.map((id) => platform.node(id));
    },
    publishDemand: mutation(platform.publishDemand.bind(platform)),
    applyForDemand: mutation(platform.applyForDemand.bind(platform)),
    updateApplicationState: mutation(platform.updateApplicationState.bind(platform)),
    updateDemandStatus: mutation(platform.updateDemandStatus.bind(platform)),
    updateDemand: mutation(platform.updateDemand.bind(platform)),
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
