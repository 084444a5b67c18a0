/**
 * The corridor contract as TypeScript: the record shapes every adapter produces and the
 * enumerations with their Chinese and English labels. `contract.graphql` is the same contract as
 * SDL; tests/contract.test.ts keeps the two in agreement (values, and each value's description
 * starting `<Chinese label> — <English label>`).
 */

/** Calendar date, `YYYY-MM-DD` (Asia/Shanghai). */
export type IsoDate = string;
/** Instant, ISO-8601 with offset, e.g. `2025-03-06T09:30:00+08:00`. */
export type IsoDateTime = string;

const VOCABULARY = Symbol('vocabulary');

/** An enumeration's values in order, with each value's Chinese label (`labels`) and English label (`labelsEn`). */
export interface Vocabulary<V extends string = string> {
  readonly values: V[];
  readonly labels: Record<V, string>;
  readonly labelsEn: Record<V, string>;
  readonly [VOCABULARY]: true;
}

/**
 * An enumeration of the API: its values with their Chinese labels, then the same values with
 * their English labels. The GraphQL enum it labels is named by the constant it is kept in
 * (`POLICY_CATEGORY` labels `PolicyCategory`; schema/vocabularies.ts finds them).
 */
export function vocabulary<const V extends string>(labels: Record<V, string>, labelsEn: Record<NoInfer<V>, string>): Vocabulary<V> {
  return { values: Object.keys(labels) as V[], labels, labelsEn, [VOCABULARY]: true };
}

export function isVocabulary(value: unknown): value is Vocabulary {
  return typeof value === 'object' && value !== null && VOCABULARY in value;
}

export const INDUSTRY = vocabulary({
  INTEGRATED_CIRCUITS: '集成电路',
  BIOMEDICINE: '生物医药',
  ARTIFICIAL_INTELLIGENCE: '人工智能',
  NEW_ENERGY: '新能源',
  NEW_MATERIALS: '新材料',
  INTELLIGENT_MANUFACTURING: '智能制造',
  ROBOTICS: '机器人与具身智能',
  INTELLIGENT_SOFTWARE: '智能软件',
  DIGITAL_HEALTH: '数智健康',
  CYBERSECURITY: '网络安全',
  DIGITAL_ADVERTISING: '数字广告',
  INTELLIGENT_VEHICLES: '智能汽车',
  LOW_ALTITUDE_ECONOMY: '低空经济',
  GEOSPATIAL: '地理信息测绘',
  OTHER: '其他',
}, {
  INTEGRATED_CIRCUITS: 'Integrated circuits',
  BIOMEDICINE: 'Biomedicine',
  ARTIFICIAL_INTELLIGENCE: 'Artificial intelligence',
  NEW_ENERGY: 'New energy',
  NEW_MATERIALS: 'New materials',
  INTELLIGENT_MANUFACTURING: 'Intelligent manufacturing',
  ROBOTICS: 'Robotics and embodied intelligence',
  INTELLIGENT_SOFTWARE: 'Intelligent software',
  DIGITAL_HEALTH: 'Digital health',
  CYBERSECURITY: 'Cybersecurity',
  DIGITAL_ADVERTISING: 'Digital advertising',
  INTELLIGENT_VEHICLES: 'Intelligent vehicles',
  LOW_ALTITUDE_ECONOMY: 'Low-altitude economy',
  GEOSPATIAL: 'Geospatial information and surveying',
  OTHER: 'Other',
});
export type Industry = (typeof INDUSTRY.values)[number];

export const POLICY_CATEGORY = vocabulary({
  TALENT: '人才',
  FINANCE: '科技金融',
  CARRIER_SUPPORT: '载体建设',
  RD_SUBSIDY: '研发补助',
  TECHNOLOGY_TRANSFER: '成果转化',
  INDUSTRY: '产业发展',
  INTERNATIONAL: '国际合作',
  OTHER: '其他',
}, {
  TALENT: 'Talent',
  FINANCE: 'Technology finance',
  CARRIER_SUPPORT: 'Carrier support',
  RD_SUBSIDY: 'R&D subsidies',
  TECHNOLOGY_TRANSFER: 'Technology transfer',
  INDUSTRY: 'Industry development',
  INTERNATIONAL: 'International cooperation',
  OTHER: 'Other',
});
export type PolicyCategory = (typeof POLICY_CATEGORY.values)[number];

export const POLICY_STATUS = vocabulary({
  UPCOMING: '未生效',
  IN_EFFECT: '有效',
  EXPIRED: '已失效',
}, {
  UPCOMING: 'Upcoming',
  IN_EFFECT: 'In effect',
  EXPIRED: 'Expired',
});
export type PolicyStatus = (typeof POLICY_STATUS.values)[number];

export const CARRIER_KIND = vocabulary({
  INCUBATOR: '孵化器',
  MAKER_SPACE: '众创空间',
  UNIVERSITY_SCIENCE_PARK: '大学科技园',
  RESEARCH_INSTITUTE: '新型研发机构',
  LABORATORY: '实验室',
  INNOVATION_CENTER: '创新中心',
  PROOF_OF_CONCEPT_CENTER: '概念验证中心',
  PILOT_PLATFORM: '中试平台',
  TECH_PARK: '科技园区',
  SERVICE_PLATFORM: '公共服务平台',
  OTHER: '其他',
}, {
  INCUBATOR: 'Incubator',
  MAKER_SPACE: 'Maker space',
  UNIVERSITY_SCIENCE_PARK: 'University science park',
  RESEARCH_INSTITUTE: 'New-type R&D institute',
  LABORATORY: 'Laboratory',
  INNOVATION_CENTER: 'Innovation centre',
  PROOF_OF_CONCEPT_CENTER: 'Proof-of-concept centre',
  PILOT_PLATFORM: 'Pilot platform',
  TECH_PARK: 'Technology park',
  SERVICE_PLATFORM: 'Public service platform',
  OTHER: 'Other',
});
export type CarrierKind = (typeof CARRIER_KIND.values)[number];

export const CARRIER_LEVEL = vocabulary({
  NATIONAL: '国家级',
  PROVINCIAL: '省级',
  MUNICIPAL: '市级',
  DISTRICT: '区级',
  OTHER: '其他',
}, {
  NATIONAL: 'National',
  PROVINCIAL: 'Provincial',
  MUNICIPAL: 'Municipal',
  DISTRICT: 'District',
  OTHER: 'Other',
});
export type CarrierLevel = (typeof CARRIER_LEVEL.values)[number];

export const CHALLENGE_STATUS = vocabulary({
  OPEN: '揭榜中',
  UNDER_REVIEW: '评审中',
  AWARDED: '已揭榜',
  CLOSED: '已关闭',
}, {
  OPEN: 'Open',
  UNDER_REVIEW: 'Under review',
  AWARDED: 'Awarded',
  CLOSED: 'Closed',
});
export type ChallengeStatus = (typeof CHALLENGE_STATUS.values)[number];

export const PUBLISHER_KIND = vocabulary({
  ENTERPRISE: '企业',
  UNIVERSITY: '高校',
  RESEARCH_INSTITUTE: '科研院所',
  GOVERNMENT: '政府部门',
  HOSPITAL: '医疗机构',
  OTHER: '其他',
}, {
  ENTERPRISE: 'Enterprise',
  UNIVERSITY: 'University',
  RESEARCH_INSTITUTE: 'Research institute',
  GOVERNMENT: 'Government body',
  HOSPITAL: 'Medical institution',
  OTHER: 'Other',
});
export type PublisherKind = (typeof PUBLISHER_KIND.values)[number];

export const APPLICATION_STATUS = vocabulary({
  SUBMITTED: '已提交',
  UNDER_REVIEW: '评审中',
  AWARDED: '已中榜',
  REJECTED: '未中榜',
  WITHDRAWN: '已撤回',
}, {
  SUBMITTED: 'Submitted',
  UNDER_REVIEW: 'Under review',
  AWARDED: 'Awarded',
  REJECTED: 'Not selected',
  WITHDRAWN: 'Withdrawn',
});
export type ApplicationStatus = (typeof APPLICATION_STATUS.values)[number];

export const FINANCE_PRODUCT_KIND = vocabulary({
  CREDIT_LOAN: '信用贷款',
  IP_PLEDGE_LOAN: '知识产权质押贷款',
  GUARANTEE: '融资担保',
  EQUITY_FUND: '股权投资基金',
  INSURANCE: '科技保险',
  SUPPLY_CHAIN: '供应链金融',
  OTHER: '其他',
}, {
  CREDIT_LOAN: 'Credit loan',
  IP_PLEDGE_LOAN: 'IP-pledge loan',
  GUARANTEE: 'Financing guarantee',
  EQUITY_FUND: 'Equity fund',
  INSURANCE: 'Technology insurance',
  SUPPLY_CHAIN: 'Supply-chain finance',
  OTHER: 'Other',
});
export type FinanceProductKind = (typeof FINANCE_PRODUCT_KIND.values)[number];

export const TALENT_SERVICE_KIND = vocabulary({
  TALENT_APARTMENT: '人才公寓',
  SHORT_STAY: '短期来访服务',
  INSTITUTE_VISIT: '院所对接',
  TALENT_PROGRAMME: '人才计划',
  RECRUITMENT_EVENT: '招聘活动',
  TRAINING: '培训交流',
  OTHER: '其他',
}, {
  TALENT_APARTMENT: 'Talent apartment',
  SHORT_STAY: 'Short-stay service',
  INSTITUTE_VISIT: 'Institute visit',
  TALENT_PROGRAMME: 'Talent programme',
  RECRUITMENT_EVENT: 'Recruitment event',
  TRAINING: 'Training and exchange',
  OTHER: 'Other',
});
export type TalentServiceKind = (typeof TALENT_SERVICE_KIND.values)[number];

export const ACHIEVEMENT_MATURITY = vocabulary({
  LABORATORY: '实验室阶段',
  PROTOTYPE: '样机样品',
  PILOT: '中试阶段',
  SMALL_BATCH: '小批量生产',
  INDUSTRIALISED: '产业化',
  OTHER: '其他',
}, {
  LABORATORY: 'Laboratory',
  PROTOTYPE: 'Prototype',
  PILOT: 'Pilot',
  SMALL_BATCH: 'Small batch',
  INDUSTRIALISED: 'Industrialised',
  OTHER: 'Other',
});
export type AchievementMaturity = (typeof ACHIEVEMENT_MATURITY.values)[number];

export const TRANSFER_MODE = vocabulary({
  TRANSFER: '转让',
  LICENSE: '许可',
  EQUITY: '作价入股',
  JOINT_DEVELOPMENT: '合作开发',
  OTHER: '其他',
}, {
  TRANSFER: 'Assignment',
  LICENSE: 'Licence',
  EQUITY: 'Equity contribution',
  JOINT_DEVELOPMENT: 'Joint development',
  OTHER: 'Other',
});
export type TransferMode = (typeof TRANSFER_MODE.values)[number];

export const COOPERATION_KIND = vocabulary({
  JOINT_RESEARCH: '联合攻关',
  CO_BUILT_PLATFORM: '共建平台',
  CONSORTIUM_TASK: '联合体任务',
  INDUSTRY_CHAIN: '产业链合作',
  CROSS_CITY_BUSINESS: '企业跨城业务',
  TALENT_EXCHANGE: '人才交流',
  EVENT: '行业活动',
  OTHER: '其他',
}, {
  JOINT_RESEARCH: 'Joint research',
  CO_BUILT_PLATFORM: 'Co-built platform',
  CONSORTIUM_TASK: 'Consortium task',
  INDUSTRY_CHAIN: 'Industry-chain cooperation',
  CROSS_CITY_BUSINESS: 'Cross-city business',
  TALENT_EXCHANGE: 'Talent exchange',
  EVENT: 'Industry event',
  OTHER: 'Other',
});
export type CooperationKind = (typeof COOPERATION_KIND.values)[number];

export const COOPERATION_STATUS = vocabulary({
  PLANNED: '规划中',
  IN_PROGRESS: '进行中',
  COMPLETED: '已完成',
}, {
  PLANNED: 'Planned',
  IN_PROGRESS: 'In progress',
  COMPLETED: 'Completed',
});
export type CooperationStatus = (typeof COOPERATION_STATUS.values)[number];

export const CONSORTIUM_ROLE = vocabulary({
  CHAIN_LEADER: '链主',
  ALLIANCE_LEADER: '盟主',
  LEAD_UNIT: '牵头单位',
  OTHER: '其他',
}, {
  CHAIN_LEADER: 'Chain leader',
  ALLIANCE_LEADER: 'Alliance leader',
  LEAD_UNIT: 'Lead unit',
  OTHER: 'Other',
});
export type ConsortiumRole = (typeof CONSORTIUM_ROLE.values)[number];

export const LOCATION_PRECISION = vocabulary({
  EXACT: '精确地址',
  DISTRICT: '区县',
  MEMBER_CENTRE: '成员中心',
}, {
  EXACT: 'Exact address',
  DISTRICT: 'District',
  MEMBER_CENTRE: 'Member centre',
});
export type LocationPrecision = (typeof LOCATION_PRECISION.values)[number];

export interface GeoPoint {
  lat: number;
  lng: number;
}

export interface Contact {
  name: string | null;
  phone: string | null;
  email: string | null;
}

export type EntityKind = 'policy' | 'carrier' | 'challenge' | 'financeProduct' | 'talentService' | 'achievement' | 'cooperation' | 'technologyManager' | 'consortium';
export const ENTITY_KINDS: readonly EntityKind[] = ['policy', 'carrier', 'challenge', 'financeProduct', 'talentService', 'achievement', 'cooperation', 'technologyManager', 'consortium'];

interface RecordBase {
  /** Global id: `<slug>:<kind>:<platform id>`. */
  id: string;
  /** Member slug. */
  city: string;
  /** Source url: the record's page on the member's own platform. */
  url: string;
  /** The platform's own labels, verbatim, including any that did not map to an enumeration. */
  tags: string[];
  sourceUpdatedAt: IsoDateTime;
}

export interface PolicyRecord extends RecordBase {
  title: string;
  /** 文号, e.g. 普府〔2025〕19号. */
  docNumber: string | null;
  issuer: string;
  publishedOn: IsoDate;
  effectiveFrom: IsoDate | null;
  expiresOn: IsoDate | null;
  categories: PolicyCategory[];
  industries: Industry[];
  summary: string;
  /** Maximum support per beneficiary in yuan. */
  maxSupportYuan: number | null;
  eligibility: string;
}

export interface CarrierRecord extends RecordBase {
  name: string;
  kind: CarrierKind;
  level: CarrierLevel;
  industries: Industry[];
  operator: string;
  address: string;
  district: string;
  location: GeoPoint;
  /** Square metres. */
  floorArea: number;
  /** Square metres available to new tenants. */
  freeArea: number;
  services: string[];
  contact: Contact;
}

export interface ChallengeRecord extends RecordBase {
  title: string;
  description: string;
  publisher: string;
  /** The hub's id of the publishing organisation, on challenges published through the hub (platforms keep only the name). */
  publisherOrganizationId?: string;
  publisherKind: PublisherKind;
  industries: Industry[];
  technicalField: string;
  /** Reward or budget in yuan; null when negotiable (面议). */
  rewardYuan: number | null;
  deadline: IsoDate;
  status: ChallengeStatus;
  publishedOn: IsoDate;
  requirements: string;
  applicationCount: number;
  /** The corridor code of the innovation consortium the challenge belongs to, if any. */
  consortiumCode: string | null;
  /** Global ids of the technology managers assigned to the challenge. */
  technologyManagerIds: string[];
  /** The marker of the hub write that created it (adapters/kit/write-marker.ts); absent for records made elsewhere. */
  writeMarker?: string;
}

/** A financial product for corridor enterprises (金融服务), e.g. 上海银行's 沿沪宁创新贷. */
export interface FinanceProductRecord extends RecordBase {
  name: string;
  lender: string;
  productKind: FinanceProductKind;
  industries: Industry[];
  /** Smallest and largest amount in yuan; null when not stated. */
  minAmountYuan: number | null;
  maxAmountYuan: number | null;
  /** Rate or pricing as published, e.g. 年化3.2%起; null when not stated. */
  rate: string | null;
  /** Longest term in months; null when not stated. */
  termMonths: number | null;
  eligibility: string;
  /** Slugs of the members whose enterprises it serves. */
  servingMembers: string[];
  howToApply: string;
  publishedOn: IsoDate;
  contact: Contact;
}

/** A talent service (人才交流): an apartment, a programme, a visit service … */
export interface TalentServiceRecord extends RecordBase {
  name: string;
  serviceKind: TalentServiceKind;
  provider: string;
  industries: Industry[];
  address: string;
  district: string;
  location: GeoPoint;
  eligibility: string;
  /** Places, rooms or seats offered; null when not stated. */
  capacity: number | null;
  /** What is free now, as published (e.g. 可入住12套); null when not stated. */
  availability: string | null;
  howToApply: string;
  publishedOn: IsoDate;
  contact: Contact;
}

/** A technology achievement offered for transfer (成果展示). */
export interface AchievementRecord extends RecordBase {
  title: string;
  /** The institution or company that owns it. */
  owner: string;
  technicalField: string;
  industries: Industry[];
  maturity: AchievementMaturity;
  /** Technology readiness level 1–9; null when the platform gives only its stage. */
  trl: number | null;
  transferModes: TransferMode[];
  /** Asking price in yuan; null when negotiable (面议). */
  askingPriceYuan: number | null;
  /** Patent numbers, e.g. ZL202310123456.7. */
  patents: string[];
  summary: string;
  publishedOn: IsoDate;
  consortiumCode: string | null;
  contact: Contact;
}

/** An item of the cooperation list (合作清单), served by its lead member's platform. */
export interface CooperationRecord extends RecordBase {
  title: string;
  cooperationKind: CooperationKind;
  leadOrganization: string;
  /** Slugs of every member involved, the lead member first. */
  members: string[];
  partners: string[];
  status: CooperationStatus;
  startedOn: IsoDate | null;
  endsOn: IsoDate | null;
  summary: string;
  industries: Industry[];
  consortiumCode: string | null;
}

/** A member of the corridor's alliance of technology managers (技术经理人). */
export interface TechnologyManagerRecord extends RecordBase {
  name: string;
  organization: string;
  technicalFields: string[];
  industries: Industry[];
  certifications: string[];
  services: string[];
  profile: string;
  contact: Contact;
}

/** An innovation consortium (创新联合体), served by its lead's member platform. */
export interface ConsortiumRecord extends RecordBase {
  name: string;
  /** The corridor's code for it, which challenges, achievements and cooperation items cite. */
  code: string;
  technicalField: string;
  industries: Industry[];
  leadOrganization: string;
  leadRole: ConsortiumRole;
  partners: string[];
  /** Slugs of every member involved, the lead's first. */
  members: string[];
  goals: string;
  foundedOn: IsoDate;
}

export interface ApplicationRecord {
  /** Global id: `<slug>:application:<platform id>`. */
  id: string;
  /** Global id of the challenge applied to. */
  challengeId: string;
  applicantOrganization: string;
  /** The hub's id of the applying organisation, on applications made through the hub (platforms keep only the name). */
  applicantOrganizationId?: string;
  /** Member slug of the applicant organisation. */
  applicantCity: string;
  proposal: string;
  contact: Contact;
  status: ApplicationStatus;
  submittedAt: IsoDateTime;
  /** The marker of the hub write that created it; absent for applications made elsewhere. */
  writeMarker?: string;
}

export interface RecordByKind {
  policy: PolicyRecord;
  carrier: CarrierRecord;
  challenge: ChallengeRecord;
  financeProduct: FinanceProductRecord;
  talentService: TalentServiceRecord;
  achievement: AchievementRecord;
  cooperation: CooperationRecord;
  technologyManager: TechnologyManagerRecord;
  consortium: ConsortiumRecord;
}
export type AnyRecord = RecordByKind[EntityKind];

/** Input of a native "create challenge" call, before the platform assigns an id. */
export type NewChallenge = Omit<
  ChallengeRecord,
  'id' | 'city' | 'url' | 'status' | 'applicationCount' | 'sourceUpdatedAt' | 'publishedOn' | 'consortiumCode' | 'technologyManagerIds'
>;
/** What a publisher may change of its challenge (and whom it assigns); only the fields given change. */
export type ChallengeChanges = Partial<
  Pick<ChallengeRecord, 'title' | 'description' | 'industries' | 'technicalField' | 'rewardYuan' | 'deadline' | 'requirements' | 'tags' | 'technologyManagerIds'>
>;
/** Input of a native "submit application" call. */
export type NewApplication = Omit<ApplicationRecord, 'id' | 'status' | 'submittedAt'>;

export interface GlobalIdParts {
  city: string;
  kind: EntityKind | 'application';
  localId: string;
}

const GLOBAL_ID_KINDS = new Set<string>([...ENTITY_KINDS, 'application']);

export function globalId(city: string, kind: GlobalIdParts['kind'], localId: string): string {
  return `${city}:${kind}:${localId}`;
}

/** Splits a global id; returns undefined when it is not of the form `<slug>:<kind>:<local id>`. */
export function parseGlobalId(id: string): GlobalIdParts | undefined {
  const first = id.indexOf(':');
  const second = id.indexOf(':', first + 1);
  if (first <= 0 || second <= first + 1 || second === id.length - 1) return undefined;
  const kind = id.slice(first + 1, second);
  if (!GLOBAL_ID_KINDS.has(kind)) return undefined;
  return { city: id.slice(0, first), kind: kind as GlobalIdParts['kind'], localId: id.slice(second + 1) };
}

/**
 * Where a record stands on a map and for proximity: its own place when its platform gives one
 * (carriers, talent services), otherwise its member's centre, said so.
 */
export function recordPlace(record: AnyRecord, memberCentre: GeoPoint): { location: GeoPoint; precision: 'EXACT' | 'MEMBER_CENTRE' } {
  const own = (record as { location?: GeoPoint }).location;
  return own ? { location: own, precision: 'EXACT' } : { location: memberCentre, precision: 'MEMBER_CENTRE' };
}

/** A policy's status on a given day, derived from its dates. */
export function policyStatus(policy: Pick<PolicyRecord, 'effectiveFrom' | 'publishedOn' | 'expiresOn'>, today: IsoDate): PolicyStatus {
  const start = policy.effectiveFrom ?? policy.publishedOn;
  if (today < start) return 'UPCOMING';
  if (policy.expiresOn !== null && today > policy.expiresOn) return 'EXPIRED';
  return 'IN_EFFECT';
}
