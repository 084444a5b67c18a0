/**
 * Zhenjiang's dialect: OData entities with PascalCase properties, ISO dates, whole yuan, flat
 * contact and location columns, members as the cities' Chinese names, and every vocabulary as the platform's published codes (README, "Code
 * tables"); an unknown code still maps to OTHER and survives in `tags`.
 */
import { defineDialect, pascalCase } from '../../adapters/kit/dialect.js';

const contact = { name: 'ContactName', phone: 'ContactPhone', email: 'ContactEmail' };
const location = { lat: 'Latitude', lng: 'Longitude' };

export const DIALECT = defineDialect({
  naming: pascalCase,
  record: { sourceUpdatedAt: 'ModifiedAt' },
  paths: {
    policy: { categories: 'CategoryCodes', industries: 'IndustryCodes' },
    carrier: { kind: 'KindCode', level: 'LevelCode', industries: 'IndustryCodes', location, contact },
    challenge: { publisherKind: 'PublisherKindCode', industries: 'IndustryCodes', status: 'StatusCode' },
    financeProduct: { productKind: 'ProductKindCode', industries: 'IndustryCodes', servingMembers: 'ServingCities', contact: contact },
    talentService: { serviceKind: 'ServiceKindCode', industries: 'IndustryCodes', location: location, contact: contact },
    achievement: { industries: 'IndustryCodes', maturity: 'MaturityCode', transferModes: 'TransferModeCodes', contact: contact },
    cooperation: { cooperationKind: 'CooperationKindCode', members: 'MemberCities', status: 'StatusCode', industries: 'IndustryCodes' },
    technologyManager: { industries: 'IndustryCodes', contact: contact },
    consortium: { industries: 'IndustryCodes', leadRole: 'LeadRoleCode', members: 'MemberCities' },
    application: { contact, status: 'StatusCode' },
  },
  codes: {
    industry: {
      INTEGRATED_CIRCUITS: 'JCDL', BIOMEDICINE: 'SWYY', ARTIFICIAL_INTELLIGENCE: 'RGZN', NEW_ENERGY: 'XNY', NEW_MATERIALS: 'XCL',
      INTELLIGENT_MANUFACTURING: 'ZNZZ', ROBOTICS: 'JQR', INTELLIGENT_SOFTWARE: 'ZNRJ', DIGITAL_HEALTH: 'SZJK', CYBERSECURITY: 'WLAQ',
      DIGITAL_ADVERTISING: 'SZGG', INTELLIGENT_VEHICLES: 'ZNQC', LOW_ALTITUDE_ECONOMY: 'DKJJ', GEOSPATIAL: 'DLXX', OTHER: 'QT',
    },
    policyCategory: {
      TALENT: 'RC', FINANCE: 'KJJR', CARRIER_SUPPORT: 'ZTJS', RD_SUBSIDY: 'YFBZ', TECHNOLOGY_TRANSFER: 'CGZH', INDUSTRY: 'CYFZ',
      INTERNATIONAL: 'GJHZ', OTHER: 'QT',
    },
    carrierKind: {
      INCUBATOR: 'FH', MAKER_SPACE: 'ZC', UNIVERSITY_SCIENCE_PARK: 'DXKJY', RESEARCH_INSTITUTE: 'XXYF', LABORATORY: 'SYS',
      INNOVATION_CENTER: 'CXZX', PROOF_OF_CONCEPT_CENTER: 'GNYZ', PILOT_PLATFORM: 'ZS', TECH_PARK: 'KJYQ', SERVICE_PLATFORM: 'GGFW', OTHER: 'QT',
    },
    carrierLevel: { NATIONAL: '01', PROVINCIAL: '02', MUNICIPAL: '03', DISTRICT: '04', OTHER: '99' },
    challengeStatus: { OPEN: 'JBZ', UNDER_REVIEW: 'PSZ', AWARDED: 'YJB', CLOSED: 'YGB' },
    publisherKind: { ENTERPRISE: 'QY', UNIVERSITY: 'GX', RESEARCH_INSTITUTE: 'KYYS', GOVERNMENT: 'ZFBM', HOSPITAL: 'YLJG', OTHER: 'QT' },
    applicationStatus: { SUBMITTED: 'YTJ', UNDER_REVIEW: 'PSZ', AWARDED: 'ZB', REJECTED: 'WZB', WITHDRAWN: 'YCH' },
    financeProductKind: { CREDIT_LOAN: 'XYDK', IP_PLEDGE_LOAN: 'ZSCQZY', GUARANTEE: 'RZDB', EQUITY_FUND: 'GQTZ', INSURANCE: 'KJBX', SUPPLY_CHAIN: 'GYLJR', OTHER: 'QT' },
    talentServiceKind: { TALENT_APARTMENT: 'RCGY', SHORT_STAY: 'DQLF', INSTITUTE_VISIT: 'YSDJ', TALENT_PROGRAMME: 'RCJH', RECRUITMENT_EVENT: 'ZPHD', TRAINING: 'PXJL', OTHER: 'QT' },
    achievementMaturity: { LABORATORY: '01', PROTOTYPE: '02', PILOT: '03', SMALL_BATCH: '04', INDUSTRIALISED: '05', OTHER: '99' },
    transferMode: { TRANSFER: 'ZR', LICENSE: 'XK', EQUITY: 'ZJRG', JOINT_DEVELOPMENT: 'HZKF', OTHER: 'QT' },
    cooperationKind: {
      JOINT_RESEARCH: 'LHGG', CO_BUILT_PLATFORM: 'GJPT', CONSORTIUM_TASK: 'LHTRW', INDUSTRY_CHAIN: 'CYLHZ', CROSS_CITY_BUSINESS: 'KCYW',
      TALENT_EXCHANGE: 'RCJL', EVENT: 'HYHD', OTHER: 'QT',
    },
    cooperationStatus: { PLANNED: 'GHZ', IN_PROGRESS: 'JXZ', COMPLETED: 'YWC' },
    consortiumRole: { CHAIN_LEADER: 'LZ', ALLIANCE_LEADER: 'MZ', LEAD_UNIT: 'QTDW', OTHER: 'QT' },
  },
});
