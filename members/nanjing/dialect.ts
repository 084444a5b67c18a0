/**
 * Nanjing's pinyin-keyed records (`zcmc`, `fbjg`, `fbrq` …, see README.md) to the contract,
 * and the contract's write inputs to Nanjing's pinyin request bodies.
 */
import {
  APPLICATION_STATUS,
  CHALLENGE_STATUS,
  globalId,
  type ApplicationRecord,
  type ApplicationStatus,
  type CarrierRecord,
  type ChallengeRecord,
  type ChallengeStatus,
  type Contact,
  type NewApplication,
  type NewChallenge,
  type PolicyRecord,
} from '../../schema/contract.js';
import { MEMBERS, findMember } from '../../schema/registry.js';
import {
  MappingError,
  optionalText,
  parseDate,
  parseDateTime,
  parseOptionalDate,
  parseWanYuan,
  readableId,
  requireNumber,
  requireText,
  splitLabels,
  type NativeRecord,
} from '../../adapters/kit/parse.js';
import type { RecordReader } from '../../adapters/kit/validate.js';
import { applicationStatuses, carrierKinds, carrierLevels, challengeStatuses, industries, policyCategories, publisherKinds } from '../../adapters/kit/vocabularies.js';

/** Nanjing joins every list with the enumeration comma only; labels may contain other commas. */
const LIST_SEPARATOR = '、';
const NEGOTIABLE = '面议';

function labels(field: string, raw: unknown): string[] {
  if (typeof raw !== 'string') throw new MappingError(`${field}: expected labels joined with ${LIST_SEPARATOR}`);
  return splitLabels(raw, new RegExp(LIST_SEPARATOR));
}

function contactOf(native: NativeRecord): Contact {
  return { name: optionalText(native.lxr), phone: optionalText(native.lxdh), email: optionalText(native.dzyx) };
}

function toPolicy(city: string, native: NativeRecord): PolicyRecord {
  const tags = labels('bq', native.bq);
  return {
    id: globalId(city, 'policy', requireText('id', native.id)),
    city,
    title: requireText('zcmc', native.zcmc),
    docNumber: optionalText(native.wh),
    issuer: requireText('fbjg', native.fbjg),
    publishedOn: parseDate('fbrq', native.fbrq),
    effectiveFrom: parseOptionalDate('sxrq', native.sxrq),
    expiresOn: parseOptionalDate('jzrq', native.jzrq),
    categories: policyCategories.many(labels('zclb', native.zclb), tags),
    industries: industries.many(labels('cyly', native.cyly), tags),
    summary: requireText('zcjj', native.zcjj),
    maxSupportYuan: parseWanYuan('zgzc', native.zgzc),
    eligibility: requireText('sbtj', native.sbtj),
    url: requireText('ljdz', native.ljdz),
    tags,
    sourceUpdatedAt: parseDateTime('gxsj', native.gxsj),
  };
}

function toCarrier(city: string, native: NativeRecord): CarrierRecord {
  const tags = labels('bq', native.bq);
  return {
    id: globalId(city, 'carrier', requireText('id', native.id)),
    city,
    name: requireText('ztmc', native.ztmc),
    kind: carrierKinds.one(requireText('ztlx', native.ztlx), tags),
    level: carrierLevels.one(requireText('ztjb', native.ztjb), tags),
    industries: industries.many(labels('cyly', native.cyly), tags),
    operator: requireText('yydw', native.yydw),
    address: requireText('dz', native.dz),
    district: requireText('ssqx', native.ssqx),
    location: { lat: requireNumber('wd', native.wd), lng: requireNumber('jd', native.jd) },
    floorArea: requireNumber('zmj', native.zmj),
    freeArea: requireNumber('kzmj', native.kzmj),
    services: labels('fwnr', native.fwnr),
    contact: contactOf(native),
    url: requireText('ljdz', native.ljdz),
    tags,
    sourceUpdatedAt: parseDateTime('gxsj', native.gxsj),
  };
}

function toChallenge(city: string, native: NativeRecord): ChallengeRecord {
  const tags = labels('bq', native.bq);
  return {
    id: globalId(city, 'challenge', requireText('id', native.id)),
    city,
    title: requireText('bdmc', native.bdmc),
    description: requireText('xqms', native.xqms),
    publisher: requireText('fbdw', native.fbdw),
    publisherKind: publisherKinds.one(requireText('dwlx', native.dwlx), tags),
    industries: industries.many(labels('cyly', native.cyly), tags),
    technicalField: requireText('jsly', native.jsly),
    rewardYuan: parseWanYuan('jbje', native.jbje),
    deadline: parseDate('jzrq', native.jzrq),
    status: challengeStatuses.one(requireText('bdzt', native.bdzt), tags),
    publishedOn: parseDate('fbrq', native.fbrq),
    requirements: requireText('jsyq', native.jsyq),
    applicationCount: requireNumber('jbsl', native.jbsl),
    url: requireText('ljdz', native.ljdz),
    tags,
    sourceUpdatedAt: parseDateTime('gxsj', native.gxsj),
  };
}

/** The platform names the applicant's city (`南京市`); the contract wants the member slug. */
function citySlug(name: string): string {
  return MEMBERS.find((member) => member.nameZh === name)?.slug ?? name;
}

function toApplication(city: string, native: NativeRecord): ApplicationRecord {
  return {
    id: globalId(city, 'application', requireText('id', native.id)),
    challengeId: globalId(city, 'challenge', requireText('bdid', native.bdid)),
    applicantOrganization: requireText('sqdw', native.sqdw),
    applicantCity: citySlug(requireText('szcs', native.szcs)),
    proposal: requireText('fanr', native.fanr),
    contact: contactOf(native),
    status: applicationStatuses.one(requireText('sqzt', native.sqzt), []),
    submittedAt: parseDateTime('tjsj', native.tjsj),
  };
}

/** How the adapter reads this platform's records and applications. */
export const READER: RecordReader<NativeRecord> = {
  localIdOf: (native) => readableId(native.id),
  records: { policy: toPolicy, carrier: toCarrier, challenge: toChallenge },
  application: toApplication,
};

/** `2025-03-06` → `2025年3月6日`. */
function chineseDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  return `${year}年${Number(month)}月${Number(day)}日`;
}

export function newChallengeBody(input: NewChallenge): NativeRecord {
  return {
    bdmc: input.title,
    xqms: input.description,
    fbdw: input.publisher,
    dwlx: publisherKinds.label(input.publisherKind, input.tags),
    cyly: input.industries.map((value) => industries.label(value, input.tags)).join(LIST_SEPARATOR),
    jsly: input.technicalField,
    jbje: input.rewardYuan === null ? NEGOTIABLE : String(input.rewardYuan / 10_000),
    jzrq: chineseDate(input.deadline),
    jsyq: input.requirements,
    bq: input.tags.join(LIST_SEPARATOR),
  };
}

export function newApplicationBody(challengeLocalId: string, input: NewApplication): NativeRecord {
  return {
    bdid: challengeLocalId,
    sqdw: input.applicantOrganization,
    szcs: findMember(input.applicantCity)?.nameZh ?? input.applicantCity,
    fanr: input.proposal,
    lxr: input.contact.name ?? '',
    lxdh: input.contact.phone ?? '',
    dzyx: input.contact.email ?? '',
  };
}

export function applicationStatusBody(applicationLocalId: string, status: ApplicationStatus): NativeRecord {
  return { id: applicationLocalId, sqzt: APPLICATION_STATUS.labels[status] };
}

export function challengeStatusBody(challengeLocalId: string, status: ChallengeStatus): NativeRecord {
  return { id: challengeLocalId, bdzt: CHALLENGE_STATUS.labels[status] };
}
