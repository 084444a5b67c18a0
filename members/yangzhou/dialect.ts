/**
 * Yangzhou's dialect: the envelope's payloads are flat camelCase records with names of their own,
 * `YYYY-MM-DD` dates, epoch-millisecond update times, whole yuan, Chinese labels; a contact is
 * flattened into `contactName`/`contactPhone`/`contactEmail`.
 */
import { defineDialect } from '../../adapters/kit/dialect.js';

const contact = { name: 'contactName', phone: 'contactPhone', email: 'contactEmail' };

export const DIALECT = defineDialect({
  record: { url: 'detailUrl', sourceUpdatedAt: 'updateTime' },
  paths: {
    policy: {
      title: 'policyName',
      docNumber: 'docNo',
      issuer: 'issueOrg',
      publishedOn: 'publishDate',
      effectiveFrom: 'effectiveDate',
      expiresOn: 'expireDate',
      categories: 'categoryNames',
      industries: 'industryNames',
      maxSupportYuan: 'maxSupportAmount',
      eligibility: 'applyCondition',
    },
    carrier: {
      name: 'carrierName',
      kind: 'carrierType',
      level: 'carrierLevel',
      industries: 'industryNames',
      operator: 'operatorName',
      district: 'districtName',
      location: { lat: 'latitude', lng: 'longitude' },
      floorArea: 'totalArea',
      freeArea: 'vacantArea',
      services: 'serviceItems',
      contact,
    },
    challenge: {
      title: 'challengeName',
      description: 'content',
      publisher: 'publisherName',
      publisherKind: 'publisherType',
      industries: 'industryNames',
      technicalField: 'techField',
      rewardYuan: 'rewardAmount',
      publishedOn: 'publishDate',
      requirements: 'requirement',
      applicationCount: 'applyCount',
    },
    application: { applicantOrganization: 'applicantOrg', submittedAt: 'submitTime', contact },
  },
  sendsChallengeId: true,
});
