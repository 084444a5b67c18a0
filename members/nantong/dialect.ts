/**
 * Nantong's dialect: snake_case JSON with nested objects (dates, address, geo, area, publisher,
 * applicant), UTC timestamps, money in fen, Chinese vocabulary labels, statuses as the contract's
 * names in lower case (`under_review`).
 */
import { APPLICATION_STATUS, CHALLENGE_STATUS } from '../../schema/contract.js';
import { defineDialect, money, snakeCase } from '../../adapters/kit/dialect.js';

const lowerCase = <V extends string>(values: readonly V[]) => Object.fromEntries(values.map((value) => [value, value.toLowerCase()])) as Record<V, string>;
const contact = { name: 'contact.person', phone: 'contact.tel' };

export const DIALECT = defineDialect({
  naming: snakeCase,
  record: { url: 'source_url', tags: 'labels', sourceUpdatedAt: 'updated_at' },
  paths: {
    policy: {
      title: 'policy_name', docNumber: 'doc_no', issuer: 'issuing_body', summary: 'abstract', maxSupportYuan: 'max_support_fen',
      publishedOn: 'dates.published', effectiveFrom: 'dates.effective', expiresOn: 'dates.expires',
    },
    carrier: {
      name: 'carrier_name', kind: 'carrier_type', address: 'address.full', district: 'address.district', location: { lat: 'geo.lat', lng: 'geo.lng' },
      floorArea: 'area_sqm.total', freeArea: 'area_sqm.vacant', contact,
    },
    challenge: { publisher: 'publisher.name', publisherKind: 'publisher.type', rewardYuan: 'reward_fen' },
    application: { applicantOrganization: 'applicant.organization', applicantCity: 'applicant.city', contact },
  },
  money: money.fen,
  codes: { challengeStatus: lowerCase(CHALLENGE_STATUS.values), applicationStatus: lowerCase(APPLICATION_STATUS.values) },
});
