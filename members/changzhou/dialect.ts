/**
 * Changzhou's export rows ↔ contract records. A row is keyed by the export's Chinese column
 * names; the write API answers in the same columns as JSON, so one mapping serves both. Lists
 * are joined with `；`, dates are `YYYY/MM/DD`, instants `YYYY/MM/DD HH:mm:ss` (Beijing time),
 * money is 万元, vocabularies are Chinese labels, an empty cell is null.
 */
import {
  APPLICATION_STATUS,
  CHALLENGE_STATUS,
  INDUSTRY,
  PUBLISHER_KIND,
  globalId,
  type ApplicationRecord,
  type CarrierRecord,
  type ChallengeRecord,
  type EntityKind,
  type NewApplication,
  type NewChallenge,
  type PolicyRecord,
} from '../../schema/contract.js';
import {
  optionalText,
  parseDate,
  parseDateTime,
  parseOptionalDate,
  parseWanYuan,
  readableId,
  requireNumber,
  requireText,
  splitLabels,
} from '../../adapters/kit/parse.js';
import type { RecordReader } from '../../adapters/kit/validate.js';
import { applicationStatuses, carrierKinds, carrierLevels, challengeStatuses, industries, policyCategories, publisherKinds } from '../../adapters/kit/vocabularies.js';

export type Row = Readonly<Record<string, unknown>>;

/** The export file of each kind and the columns the mapping reads from it. */
export const EXPORTS: Readonly<Record<EntityKind, { file: string; columns: readonly string[] }>> = {
  policy: {
    file: 'policies.csv',
    columns: ['编号', '政策名称', '文号', '发布机构', '发布日期', '生效日期', '失效日期', '政策类别', '适用产业', '政策摘要', '最高支持金额（万元）', '申报条件', '原文链接', '标签', '更新时间'],
  },
  carrier: {
    file: 'carriers.csv',
    columns: ['编号', '载体名称', '载体类型', '载体级别', '产业领域', '运营主体', '详细地址', '所在区县', '纬度', '经度', '总面积（平方米）', '可用面积（平方米）', '服务内容', '联系人', '联系电话', '电子邮箱', '详情链接', '标签', '更新时间'],
  },
  challenge: {
    file: 'challenges.csv',
    columns: ['编号', '需求名称', '需求描述', '发布单位', '单位性质', '产业领域', '技术领域', '悬赏金额（万元）', '截止日期', '揭榜状态', '发布日期', '技术要求', '揭榜数', '详情链接', '标签', '更新时间'],
  },
};

const LIST_SEPARATOR = '；';
const labels = (row: Row, column: string) => splitLabels(row[column], /；/);
const text = (row: Row, column: string) => requireText(column, row[column]);
const number = (row: Row, column: string) => requireNumber(column, row[column]);
/** `2025/03/06 09:30:00` (Beijing time) → `2025-03-06T09:30:00+08:00`. */
const instant = (row: Row, column: string) => parseDateTime(column, row[column]);

function common(city: string, kind: EntityKind, row: Row, urlColumn: string) {
  return {
    id: globalId(city, kind, text(row, '编号')),
    city,
    url: text(row, urlColumn),
    tags: labels(row, '标签'),
    sourceUpdatedAt: instant(row, '更新时间'),
  };
}

const contactOf = (row: Row) => ({ name: optionalText(row['联系人']), phone: optionalText(row['联系电话']), email: optionalText(row['电子邮箱']) });

function mapPolicy(city: string, row: Row): PolicyRecord {
  const base = common(city, 'policy', row, '原文链接');
  return {
    ...base,
    title: text(row, '政策名称'),
    docNumber: optionalText(row['文号']),
    issuer: text(row, '发布机构'),
    publishedOn: parseDate('发布日期', row['发布日期']),
    effectiveFrom: parseOptionalDate('生效日期', row['生效日期']),
    expiresOn: parseOptionalDate('失效日期', row['失效日期']),
    categories: policyCategories.many(labels(row, '政策类别'), base.tags),
    industries: industries.many(labels(row, '适用产业'), base.tags),
    summary: text(row, '政策摘要'),
    maxSupportYuan: parseWanYuan('最高支持金额（万元）', row['最高支持金额（万元）']),
    eligibility: text(row, '申报条件'),
  };
}

function mapCarrier(city: string, row: Row): CarrierRecord {
  const base = common(city, 'carrier', row, '详情链接');
  return {
    ...base,
    name: text(row, '载体名称'),
    kind: carrierKinds.one(text(row, '载体类型'), base.tags),
    level: carrierLevels.one(text(row, '载体级别'), base.tags),
    industries: industries.many(labels(row, '产业领域'), base.tags),
    operator: text(row, '运营主体'),
    address: text(row, '详细地址'),
    district: text(row, '所在区县'),
    location: { lat: number(row, '纬度'), lng: number(row, '经度') },
    floorArea: number(row, '总面积（平方米）'),
    freeArea: number(row, '可用面积（平方米）'),
    services: labels(row, '服务内容'),
    contact: contactOf(row),
  };
}

function mapChallenge(city: string, row: Row): ChallengeRecord {
  const base = common(city, 'challenge', row, '详情链接');
  return {
    ...base,
    title: text(row, '需求名称'),
    description: text(row, '需求描述'),
    publisher: text(row, '发布单位'),
    publisherKind: publisherKinds.one(text(row, '单位性质'), base.tags),
    industries: industries.many(labels(row, '产业领域'), base.tags),
    technicalField: text(row, '技术领域'),
    // An empty reward cell would silently read as 面议; the export always writes one or the other.
    rewardYuan: parseWanYuan('悬赏金额（万元）', text(row, '悬赏金额（万元）')),
    deadline: parseDate('截止日期', row['截止日期']),
    status: challengeStatuses.one(text(row, '揭榜状态'), base.tags),
    publishedOn: parseDate('发布日期', row['发布日期']),
    requirements: text(row, '技术要求'),
    applicationCount: number(row, '揭榜数'),
  };
}

function mapApplication(city: string, row: Row): ApplicationRecord {
  return {
    id: globalId(city, 'application', text(row, '编号')),
    challengeId: globalId(city, 'challenge', text(row, '需求编号')),
    applicantOrganization: text(row, '揭榜单位'),
    applicantCity: text(row, '所在城市'),
    proposal: text(row, '揭榜方案'),
    contact: contactOf(row),
    // ApplicationStatus has no OTHER: an unknown label is a MappingError.
    status: applicationStatuses.one(text(row, '状态'), []),
    submittedAt: instant(row, '提交时间'),
  };
}

/** How the adapter reads export rows and the API's answers, which use the same columns. */
export const READER: RecordReader<Row> = {
  localIdOf: (row) => readableId(row['编号']),
  records: { policy: mapPolicy, carrier: mapCarrier, challenge: mapChallenge },
  application: mapApplication,
};

export function challengeRow(input: NewChallenge): Row {
  return {
    需求名称: input.title,
    需求描述: input.description,
    发布单位: input.publisher,
    单位性质: PUBLISHER_KIND.labels[input.publisherKind],
    产业领域: input.industries.map((value) => INDUSTRY.labels[value]).join(LIST_SEPARATOR),
    技术领域: input.technicalField,
    '悬赏金额（万元）': input.rewardYuan === null ? '面议' : String(input.rewardYuan / 10_000),
    截止日期: input.deadline.replaceAll('-', '/'),
    技术要求: input.requirements,
    标签: input.tags.join(LIST_SEPARATOR),
  };
}

export function applicationRow(input: NewApplication): Row {
  return {
    揭榜单位: input.applicantOrganization,
    所在城市: input.applicantCity,
    揭榜方案: input.proposal,
    联系人: input.contact.name ?? '',
    联系电话: input.contact.phone ?? '',
    电子邮箱: input.contact.email ?? '',
  };
}

export const statusRow = {
  application: (status: ApplicationRecord['status']): Row => ({ 状态: APPLICATION_STATUS.labels[status] }),
  challenge: (status: ChallengeRecord['status']): Row => ({ 揭榜状态: CHALLENGE_STATUS.labels[status] }),
};
