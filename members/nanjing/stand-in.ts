/**
 * Nanjing's science-and-technology cloud platform (dialect rest-pinyin): REST JSON whose keys
 * are the pinyin initials of the Chinese field names, dates written `2025年3月6日`, date-times
 * `2025-03-06 09:30:00` (Beijing time, no offset), money as strings in 万元 (`面议` when
 * negotiable), labels joined with `、`, `pageNo`/`pageSize` paging answered with
 * `{ success, rows, totalCount }`, one record per detail call, and errors as
 * `{ success: false, errMsg }` with an HTTP status.
 *
 * Key set (all kinds): id 编号, ljdz 链接地址, bq 标签, cyly 产业领域, gxsj 更新时间.
 * 政策 (zc): zcmc 政策名称, wh 文号, fbjg 发布机构, fbrq 发布日期, sxrq 生效日期, jzrq 截止日期,
 *   zclb 政策类别, zcjj 政策简介, zgzc 最高支持(万元), sbtj 申报条件.
 * 载体 (zt): ztmc 载体名称, ztlx 载体类型, ztjb 载体级别, yydw 运营单位, dz 地址, ssqx 所属区县,
 *   jd 经度, wd 纬度, zmj 总面积(㎡), kzmj 可租面积(㎡), fwnr 服务内容, lxr 联系人, lxdh 联系电话, dzyx 电子邮箱.
 * 揭榜挂帅 (jbgs): bdmc 榜单名称, xqms 需求描述, fbdw 发榜单位, dwlx 单位类型, jsly 技术领域,
 *   jbje 揭榜金额(万元), jzrq 截止日期, bdzt 榜单状态, fbrq 发布日期, jsyq 技术要求, jbsl 揭榜数量.
 * 申请 (sq): id, bdid 榜单编号, sqdw 申请单位, szcs 所在城市, fanr 方案内容, lxr, lxdh, dzyx,
 *   sqzt 申请状态, tjsj 提交时间.
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import { ZodError, z } from 'zod';
import {
  APPLICATION_STATUS,
  CARRIER_KIND,
  CARRIER_LEVEL,
  CHALLENGE_STATUS,
  INDUSTRY,
  POLICY_CATEGORY,
  PUBLISHER_KIND,
  globalId,
  type ApplicationRecord,
  type CarrierRecord,
  type ChallengeRecord,
  type EntityKind,
  type PolicyRecord,
  type RecordByKind,
} from '../../schema/contract.js';
import { findMember, MEMBERS } from '../../schema/registry.js';
import { nativeLabel, nativeValue } from '../../sandbox/dataset/index.js';
import { statusOfLabel, valuesOfLabels } from '../../sandbox/kit/native-input.js';
import type { PlatformFailure, StandInContext, SandboxFacts, StandInDialect } from '../../sandbox/kit/stand-in.js';
import { PlatformRejection, localIdOf } from '../../sandbox/kit/store.js';

/** Where this stand-in listens in the sandbox and what it is called there. */
export const sandbox: SandboxFacts = { port: 4102, dialect: 'rest-pinyin' };

const DEFAULT_PAGE_SIZE = 20;
/** Larger page sizes are quietly cut to this, as the real platform does. */
const MAX_PAGE_SIZE = 50;
const LIST_SEPARATOR = '、';
const OPEN_ENDED = '长期有效';
const NEGOTIABLE = '面议';

/** Path segment of each kind: 政策, 载体, 揭榜挂帅. */
const SEGMENTS: Record<EntityKind, string> = { policy: 'zc', carrier: 'zt', challenge: 'jbgs' };

const REJECTION_STATUSES: Record<PlatformRejection['reason'], number> = {
  INVALID: 400,
  NOT_FOUND: 404,
  DUPLICATE_APPLICATION: 409,
  CHALLENGE_NOT_OPEN: 410,
};

/** A request refused before it reaches the store: bad paging, a missing id parameter. */
class BadRequest extends Error {}

type NativeRecord = Record<string, string | number>;

/** `2025-03-06` → `2025年3月6日`. */
function chineseDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  return `${year}年${Number(month)}月${Number(day)}日`;
}

/** `2025-03-06T09:30:00+08:00` → `2025-03-06 09:30:00`; the contract keeps instants in Beijing time already. */
function localDateTime(instant: string): string {
  return instant.slice(0, 19).replace('T', ' ');
}

function wanYuan(yuan: number | null, absent: string): string {
  return yuan === null ? absent : String(yuan / 10_000);
}

function joined(labels: readonly string[]): string {
  return labels.join(LIST_SEPARATOR);
}

/** Members are named, not slugged, on this platform. */
function cityName(slug: string): string {
  return findMember(slug)?.nameZh ?? slug;
}

function citySlug(name: string): string {
  return MEMBERS.find((member) => member.nameZh === name)?.slug ?? name;
}

function policyOut(record: PolicyRecord, malformed: boolean): NativeRecord {
  return {
    id: localIdOf(record),
    zcmc: record.title,
    wh: record.docNumber ?? '',
    fbjg: record.issuer,
    fbrq: malformed ? '2025年13月45日' : chineseDate(record.publishedOn),
    sxrq: record.effectiveFrom === null ? '' : chineseDate(record.effectiveFrom),
    jzrq: record.expiresOn === null ? OPEN_ENDED : chineseDate(record.expiresOn),
    zclb: joined(record.categories.map((value) => nativeLabel(POLICY_CATEGORY, value, record))),
    cyly: joined(record.industries.map((value) => nativeLabel(INDUSTRY, value, record))),
    zcjj: record.summary,
    zgzc: wanYuan(record.maxSupportYuan, ''),
    sbtj: record.eligibility,
    ljdz: record.url,
    bq: joined(record.tags),
    gxsj: localDateTime(record.sourceUpdatedAt),
  };
}

function carrierOut(record: CarrierRecord, malformed: boolean): NativeRecord {
  return {
    id: localIdOf(record),
    ztmc: record.name,
    ztlx: nativeLabel(CARRIER_KIND, record.kind, record),
    ztjb: nativeLabel(CARRIER_LEVEL, record.level, record),
    cyly: joined(record.industries.map((value) => nativeLabel(INDUSTRY, value, record))),
    yydw: record.operator,
    dz: record.address,
    ssqx: record.district,
    jd: String(record.location.lng),
    wd: String(record.location.lat),
    zmj: malformed ? '待核实' : String(record.floorArea),
    kzmj: String(record.freeArea),
    fwnr: joined(record.services),
    lxr: record.contact.name ?? '',
    lxdh: record.contact.phone ?? '',
    dzyx: record.contact.email ?? '',
    ljdz: record.url,
    bq: joined(record.tags),
    gxsj: localDateTime(record.sourceUpdatedAt),
  };
}

function challengeOut(record: ChallengeRecord, malformed: boolean): NativeRecord {
  return {
    id: localIdOf(record),
    bdmc: record.title,
    xqms: record.description,
    fbdw: record.publisher,
    dwlx: nativeLabel(PUBLISHER_KIND, record.publisherKind, record),
    cyly: joined(record.industries.map((value) => nativeLabel(INDUSTRY, value, record))),
    jsly: record.technicalField,
    jbje: wanYuan(record.rewardYuan, NEGOTIABLE),
    jzrq: malformed ? '2025年13月45日' : chineseDate(record.deadline),
    bdzt: CHALLENGE_STATUS.labels[record.status],
    fbrq: chineseDate(record.publishedOn),
    jsyq: record.requirements,
    jbsl: String(record.applicationCount),
    ljdz: record.url,
    bq: joined(record.tags),
    gxsj: localDateTime(record.sourceUpdatedAt),
  };
}

function applicationOut(application: ApplicationRecord): NativeRecord {
  return {
    id: localIdOf(application),
    bdid: localIdOf({ id: application.challengeId }),
    sqdw: application.applicantOrganization,
    szcs: cityName(application.applicantCity),
    fanr: application.proposal,
    lxr: application.contact.name ?? '',
    lxdh: application.contact.phone ?? '',
    dzyx: application.contact.email ?? '',
    sqzt: APPLICATION_STATUS.labels[application.status],
    tjsj: localDateTime(application.submittedAt),
  };
}

const SERIALIZERS: { [K in EntityKind]: (record: RecordByKind[K], malformed: boolean) => NativeRecord } = {
  policy: policyOut,
  carrier: carrierOut,
  challenge: challengeOut,
};

function serialize<K extends EntityKind>(context: StandInContext, kind: K, record: RecordByKind[K]): NativeRecord {
  return (SERIALIZERS[kind] as (record: RecordByKind[K], malformed: boolean) => NativeRecord)(record, context.faults.isMalformed(record.id));
}

const chineseDateIn = z
  .string()
  .regex(/^\d{4}年\d{1,2}月\d{1,2}日$/, '日期格式应为 2025年3月6日')
  .transform((text) => {
    const [year, month, day] = text.match(/\d+/g)!;
    return `${year}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}`;
  });
const wanYuanIn = z.union([
  z.literal(NEGOTIABLE).transform(() => null),
  z.string().regex(/^\d+(\.\d+)?$/, '金额应为万元数字或“面议”').transform((text) => Math.round(Number(text) * 10_000)),
]);
const splitJoined = (text: string) => text.split(LIST_SEPARATOR).filter(Boolean);
const textIn = z.string().min(1);

const newChallengeIn = z.object({
  bdmc: z.string(),
  xqms: textIn,
  fbdw: textIn,
  dwlx: textIn,
  cyly: z.string().transform(splitJoined),
  jsly: textIn,
  jbje: wanYuanIn,
  jzrq: chineseDateIn,
  jsyq: textIn,
  bq: z.string().default('').transform(splitJoined),
});

const newApplicationIn = z.object({
  bdid: textIn,
  sqdw: textIn,
  szcs: textIn,
  fanr: textIn,
  lxr: z.string().default(''),
  lxdh: z.string().default(''),
  dzyx: z.string().default(''),
});

const pageQuery = z.object({
  pageNo: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).default(DEFAULT_PAGE_SIZE),
});

function parseQuery<T>(schema: z.ZodType<T>, query: unknown): T {
  const parsed = schema.safeParse(query);
  if (!parsed.success) throw new BadRequest(`参数错误：${parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`).join('；')}`);
  return parsed.data;
}

function emptyAsNull(text: string): string | null {
  return text === '' ? null : text;
}

const invalidStatus = (label: string) => `状态“${label}”无效`;

function register(app: FastifyInstance, context: StandInContext): void {
  const { store, member } = context;

  app.setErrorHandler((error, _request, reply) => {
    if (error instanceof PlatformRejection) return reply.code(REJECTION_STATUSES[error.reason]).send({ success: false, errMsg: error.message });
    if (error instanceof ZodError) {
      const errMsg = `参数错误：${error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`).join('；')}`;
      return reply.code(400).send({ success: false, errMsg });
    }
    const status = error instanceof BadRequest ? 400 : (error as { statusCode?: number }).statusCode ?? 500;
    return reply.code(status).send({ success: false, errMsg: status < 500 ? (error as Error).message : '系统内部错误' });
  });

  for (const kind of ['policy', 'carrier', 'challenge'] as const) {
    app.get(`/api/${SEGMENTS[kind]}/list`, async (request) => {
      const { pageNo, pageSize } = parseQuery(pageQuery, request.query);
      const size = Math.min(pageSize, MAX_PAGE_SIZE);
      const all = store.list(kind);
      const start = (pageNo - 1) * size;
      return { success: true, rows: all.slice(start, start + size).map((record) => serialize(context, kind, record)), totalCount: all.length };
    });

    app.get(`/api/${SEGMENTS[kind]}/detail`, async (request, reply) => {
      const { id } = parseQuery(z.object({ id: textIn }), request.query);
      const record = store.get(kind, id);
      if (!record) return reply.code(404).send({ success: false, errMsg: `记录${id}不存在` });
      return { success: true, data: serialize(context, kind, record) };
    });
  }

  app.post('/api/jbgs/fb', async (request) => {
    const input = newChallengeIn.parse(request.body);
    const created = store.createChallenge({
      title: input.bdmc,
      description: input.xqms,
      publisher: input.fbdw,
      publisherKind: nativeValue(PUBLISHER_KIND, input.dwlx),
      industries: valuesOfLabels(INDUSTRY, input.cyly),
      technicalField: input.jsly,
      rewardYuan: input.jbje,
      deadline: input.jzrq,
      requirements: input.jsyq,
      tags: input.bq,
    });
    return { success: true, data: serialize(context, 'challenge', created) };
  });

  app.post('/api/jbgs/jb', async (request) => {
    const input = newApplicationIn.parse(request.body);
    const application = store.submitApplication(input.bdid, {
      challengeId: globalId(member.slug, 'challenge', input.bdid),
      applicantOrganization: input.sqdw,
      applicantCity: citySlug(input.szcs),
      proposal: input.fanr,
      contact: { name: emptyAsNull(input.lxr), phone: emptyAsNull(input.lxdh), email: emptyAsNull(input.dzyx) },
    });
    return { success: true, data: applicationOut(application) };
  });

  app.get('/api/jbgs/sqlb', async (request) => {
    const { bdid } = parseQuery(z.object({ bdid: textIn }), request.query);
    if (!store.get('challenge', bdid)) throw new PlatformRejection('NOT_FOUND', `榜单${bdid}不存在`);
    const rows = store.applicationsOf(bdid).map(applicationOut);
    return { success: true, rows, totalCount: rows.length };
  });

  app.post('/api/jbgs/sqzt', async (request) => {
    const { id, sqzt } = z.object({ id: textIn, sqzt: textIn }).parse(request.body);
    return { success: true, data: applicationOut(store.setApplicationStatus(id, statusOfLabel(APPLICATION_STATUS, sqzt, invalidStatus))) };
  });

  app.post('/api/jbgs/bdzt', async (request) => {
    const { id, bdzt } = z.object({ id: textIn, bdzt: textIn }).parse(request.body);
    return { success: true, data: serialize(context, 'challenge', store.setChallengeStatus(id, statusOfLabel(CHALLENGE_STATUS, bdzt, invalidStatus))) };
  });
}

function sendFailure(reply: FastifyReply, failure: PlatformFailure): FastifyReply {
  const errMsg = failure.status === 429 ? '访问过于频繁，请稍后再试' : failure.status >= 500 ? '系统内部错误' : failure.message;
  return reply.code(failure.status).send({ success: false, errMsg });
}

export const standIn: StandInDialect = { register, sendFailure };
