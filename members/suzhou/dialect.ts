/**
 * Suzhou's dialect: camelCase GraphQL types (`Demand` for a challenge) with names of their own,
 * ISO dates, money in 万元 numbers, and its own enums (codes) for every vocabulary, with a
 * free-text `…Other` wording beside an OTHER code.
 */
import { defineDialect, money, type Codec } from '../../adapters/kit/dialect.js';
import { optionalText } from '../../adapters/kit/parse.js';

/** Beside an OTHER code Suzhou may send its own wording (`path`), which the contract keeps in tags. */
function besideOther<T extends string | string[]>(path: string): (standard: Codec<T>) => Codec<T> {
  return (standard) => ({
    read(raw, field, context) {
      const value = standard.read(raw, field, context);
      const values: readonly string[] = Array.isArray(value) ? value : [value as string];
      const label = optionalText(context.get(path));
      if (values.includes('OTHER') && label !== null && !context.tags.includes(label)) context.tags.push(label);
      return value;
    },
    write: standard.write,
    siblings: [path],
  });
}

const contact = { name: 'contact.person' };

export const DIALECT = defineDialect({
  record: { url: 'link', tags: 'labels', sourceUpdatedAt: 'updatedAt' },
  paths: {
    policy: { docNumber: 'documentNo', issuer: 'issuingAuthority', publishedOn: 'issuedOn', effectiveFrom: 'effectiveOn', categories: 'themes', summary: 'abstract', maxSupportYuan: 'maxSupportWan' },
    carrier: { kind: 'type', level: 'grade', location: { lat: 'coordinates.latitude', lng: 'coordinates.longitude' }, freeArea: 'vacantArea', contact },
    challenge: { publisher: 'publisher.name', publisherKind: 'publisher.type', rewardYuan: 'rewardWan' },
    application: { challengeId: 'demandId', applicantOrganization: 'applicantOrg', contact, status: 'state' },
  },
  codecs: {
    policy: { categories: besideOther('themeOther'), industries: besideOther('industryOther') },
    carrier: { kind: besideOther('typeOther'), level: besideOther('gradeOther'), industries: besideOther('industryOther') },
    challenge: { publisherKind: besideOther('publisher.typeOther'), industries: besideOther('industryOther') },
  },
  money: money.wan,
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
  },
  sendsChallengeId: true,
});
