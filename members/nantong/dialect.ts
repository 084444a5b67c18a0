/**
 * Nantong's dialect: snake_case JSON with nested objects (dates, address, geo, area, amounts,
 * publisher, lead, applicant), UTC timestamps, money in fen, Chinese vocabulary labels, statuses
 * as the contract's names in lower case (`under_review`, `in_progress`).
 */
import { APPLICATION_STATUS, CHALLENGE_STATUS, COOPERATION_STATUS } from '../../schema/contract.js';
import { defineDialect, money, snakeCase } from '../../adapters/kit/dialect.js';

const lowerCase = <V extends string>(values: readonly V[]) => Object.fromEntries(values.map((value) => [value, value.toLowerCase()])) as Record<V, string>;
const contact = { name: 'contact.person', phone: 'contact.tel' };
const geo = { lat: 'geo.lat', lng: 'geo.lng' };

export const DIALECT = defineDialect({
  naming: snakeCase,
  record: { url: 'source_url', tags: 'labels', sourceUpdatedAt: 'updated_at' },
  paths: {
    policy: {
      title: 'policy_name', docNumber: 'doc_no', issuer: 'issuing_body', summary: 'abstract', maxSupportYuan: 'max_support_fen',
      publishedOn: 'dates.published', effectiveFrom: 'dates.effective', expiresOn: 'dates.expires',
    },
    carrier: {
      name: 'carrier_name', kind: 'carrier_type', address: 'address.full', district: 'address.district', location: geo,
      floorArea: 'area_sqm.total', freeArea: 'area_sqm.vacant', contact,
    },
    challenge: { publisher: 'publisher.name', publisherKind: 'publisher.type', rewardYuan: 'reward_fen' },
    financeProduct: {
      name: 'product_name', productKind: 'product_type', minAmountYuan: 'amount_fen.min', maxAmountYuan: 'amount_fen.max', servingMembers: 'serving_cities',
      publishedOn: 'dates.published', contact,
    },
    talentService: {
      name: 'service_name', serviceKind: 'service_type', address: 'address.full', district: 'address.district', location: geo,
      publishedOn: 'dates.published', contact,
    },
    achievement: { title: 'achievement_name', askingPriceYuan: 'asking_price_fen', patents: 'patent_nos', summary: 'abstract', publishedOn: 'dates.published', contact },
    cooperation: {
      title: 'item_name', cooperationKind: 'cooperation_type', leadOrganization: 'lead.organization', members: 'cities', summary: 'abstract',
      startedOn: 'dates.started', endsOn: 'dates.ends',
    },
    technologyManager: { name: 'manager_name', contact },
    consortium: { name: 'consortium_name', code: 'consortium_code', leadOrganization: 'lead.organization', leadRole: 'lead.role', members: 'cities', foundedOn: 'dates.founded' },
    application: { applicantOrganization: 'applicant.organization', applicantCity: 'applicant.city', contact },
  },
  money: money.fen,
  codes: {
    challengeStatus: lowerCase(CHALLENGE_STATUS.values),
    applicationStatus: lowerCase(APPLICATION_STATUS.values),
    cooperationStatus: lowerCase(COOPERATION_STATUS.values),
  },
});
