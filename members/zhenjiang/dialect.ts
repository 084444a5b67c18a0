/**
 * Zhenjiang's dialect: OData entities with PascalCase properties, ISO dates, whole yuan, flat
 * contact columns, and every vocabulary as the platform's published codes (README, "Code
 * tables"); an unknown code still maps to OTHER and survives in `tags`.
 */
import { defineDialect, pascalCase } from '../../adapters/kit/dialect.js';

const contact = { name: 'ContactName', phone: 'ContactPhone', email: 'ContactEmail' };

export const DIALECT = defineDialect({
  naming: pascalCase,
  record: { sourceUpdatedAt: 'ModifiedAt' },
  paths: {
    policy: { categories: 'CategoryCodes', industries: 'IndustryCodes' },
    carrier: { kind: 'KindCode', level: 'LevelCode', industries: 'IndustryCodes', location: { lat: 'Latitude', lng: 'Longitude' }, contact },
    challenge: { publisherKind: 'PublisherKindCode', industries: 'IndustryCodes', status: 'StatusCode' },
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
  },
});
