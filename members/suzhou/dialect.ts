/**
 * Suzhou's dialect: camelCase GraphQL types (`Demand` for a challenge, `TechBroker` for a
 * technology manager) with names of their own, ISO dates, money in 万元 numbers, members as the
 * cities' Chinese names, and its own enums (codes) for every vocabulary, with a free-text
 * `…Other` wording beside an OTHER code.
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
const coordinates = { lat: 'coordinates.latitude', lng: 'coordinates.longitude' };

export const DIALECT = defineDialect({
  record: { url: 'link', tags: 'labels', sourceUpdatedAt: 'updatedAt' },
  paths: {
    policy: { docNumber: 'documentNo', issuer: 'issuingAuthority', publishedOn: 'issuedOn', effectiveFrom: 'effectiveOn', categories: 'themes', summary: 'abstract', maxSupportYuan: 'maxSupportWan' },
    carrier: { kind: 'type', level: 'grade', location: coordinates, freeArea: 'vacantArea', contact },
    challenge: { publisher: 'publisher.name', publisherKind: 'publisher.type', rewardYuan: 'rewardWan', consortiumCode: 'consortiumNo', technologyManagerIds: 'brokerIds' },
    financeProduct: {
      lender: 'institution', productKind: 'type', minAmountYuan: 'minQuotaWan', maxAmountYuan: 'maxQuotaWan', termMonths: 'maxTermMonths', servingMembers: 'servedCities',
      howToApply: 'applicationGuide', publishedOn: 'listedOn', contact: contact,
    },
    talentService: { serviceKind: 'type', location: coordinates, availability: 'vacancy', howToApply: 'applicationGuide', publishedOn: 'listedOn', contact: contact },
    achievement: {
      owner: 'holder', maturity: 'stage', transferModes: 'transferMethods', askingPriceYuan: 'askingPriceWan', patents: 'patentNos', summary: 'abstract', publishedOn: 'listedOn',
      consortiumCode: 'consortiumNo', contact: contact,
    },
    cooperation: { cooperationKind: 'type', leadOrganization: 'leadUnit', members: 'cities', summary: 'abstract', consortiumCode: 'consortiumNo' },
    technologyManager: { organization: 'employer', technicalFields: 'specialties', certifications: 'qualifications', profile: 'bio', contact: contact },
    consortium: { code: 'consortiumNo', leadOrganization: 'leadUnit', partners: 'memberUnits', members: 'cities', foundedOn: 'establishedOn' },
    application: { challengeId: 'demandId', applicantOrganization: 'applicantOrg', contact, status: 'state' },
  },
  codecs: {
    policy: { categories: besideOther('themeOther'), industries: besideOther('industryOther') },
    carrier: { kind: besideOther('typeOther'), level: besideOther('gradeOther'), industries: besideOther('industryOther') },
    challenge: { publisherKind: besideOther('publisher.typeOther'), industries: besideOther('industryOther') },
    financeProduct: { productKind: besideOther('typeOther'), industries: besideOther('industryOther') },
    talentService: { serviceKind: besideOther('typeOther'), industries: besideOther('industryOther') },
    achievement: { maturity: besideOther('stageOther'), transferModes: besideOther('transferMethodOther'), industries: besideOther('industryOther') },
    cooperation: { cooperationKind: besideOther('typeOther'), industries: besideOther('industryOther') },
    technologyManager: { industries: besideOther('industryOther') },
    consortium: { leadRole: besideOther('leadRoleOther'), industries: besideOther('industryOther') },
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
  sendsChallengeId: true,
});
