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
 *   jbje 揭榜金额(万元), jzrq 截止日期, bdzt 榜单状态, fbrq 发布日期, jsyq 技术要求, jbsl 揭榜数量,
 *   lhtbm 联合体编码, jsjlrbh 技术经理人编号.
 * 金融产品 (jrcp): cpmc 产品名称, jrjg 金融机构, cplx 产品类型, zdde 最低额度(万元), zged 最高额度(万元), ll 利率,
 *   dkqx 贷款期限(月), sqtj 申请条件, fwcs 服务城市, sqfs 申请方式, fbrq, lxr, lxdh, dzyx.
 * 人才服务 (rcfw): fwmc 服务名称, fwlx 服务类型, tgdw 提供单位, dz, ssqx, jd, wd, sqtj, rnsl 容纳数量,
 *   kyqk 可用情况, sqfs, fbrq, lxr, lxdh, dzyx.
 * 科技成果 (kjcg): cgmc 成果名称, wcdw 完成单位, jsly, csd 成熟度, jsjxd 技术就绪度, zhfs 转化方式,
 *   zrjg 转让价格(万元), zlh 专利号, cgjj 成果简介, fbrq, lhtbm, lxr, lxdh, dzyx.
 * 合作清单 (hzqd): xmmc 项目名称, hzlx 合作类型, qtdw 牵头单位, cycs 参与城市, hzdw 合作单位, xmzt 项目状态,
 *   ksrq 开始日期, jsrq 结束日期, xmjj 项目简介, lhtbm.
 * 技术经理人 (jsjlr): xm 姓名, gzdw 工作单位, jsly 技术领域, zgzs 资格证书, fwnr 服务内容, grjj 个人简介, lxr, lxdh, dzyx.
 * 创新联合体 (cxlht): lhtmc 联合体名称, lhtbm 联合体编码, jsly, qtdw 牵头单位, qtjs 牵头角色, cydw 成员单位,
 *   cycs 参与城市, jsmb 建设目标, clrq 成立日期.
 * 申请 (sq): id, bdid 榜单编号, sqdw 申请单位, szcs 所在城市, fanr 方案内容, lxr, lxdh, dzyx,
 *   sqzt 申请状态, tjsj 提交时间.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { ENTITY_KINDS, globalId, type EntityKind } from '../../schema/contract.js';
import { NEW_APPLICATION_FIELDS } from '../../schema/record-fields.js';
import { findMember, MEMBERS } from '../../schema/registry.js';
import { chineseIssues, jsonErrors, nativeService, numberedPage } from '../../sandbox/kit/json-platform.js';
import { defineNativeForm } from '../../sandbox/kit/native-form.js';
import type { StandInContext, SandboxFacts, StandInDialect } from '../../sandbox/kit/stand-in.js';

/** Where this stand-in listens in the sandbox and what it is called there. */
export const sandbox: SandboxFacts = { port: 4102, dialect: 'rest-pinyin' };

const DEFAULT_PAGE_SIZE = 20;
/** Larger page sizes are quietly cut to this, as the real platform does. */
const MAX_PAGE_SIZE = 50;
/** A date no calendar has: what a malformed record carries. */
const IMPOSSIBLE_DATE = '2025年13月45日';

/** Path segment of each kind: 政策, 载体, 揭榜挂帅, 金融产品, 人才服务, 科技成果, 合作清单, 技术经理人, 创新联合体. */
const SEGMENTS: Record<EntityKind, string> = {
  policy: 'zc',
  carrier: 'zt',
  challenge: 'jbgs',
  financeProduct: 'jrcp',
  talentService: 'rcfw',
  achievement: 'kjcg',
  cooperation: 'hzqd',
  technologyManager: 'jsjlr',
  consortium: 'cxlht',
};

/** Errors are `{ success: false, errMsg }` with an HTTP status; rate limits and failures are worded by the platform. */
const ERRORS = jsonErrors<string | undefined>(
  {
    rejections: { INVALID: { status: 400 }, NOT_FOUND: { status: 404 }, DUPLICATE_APPLICATION: { status: 409 }, CHALLENGE_NOT_OPEN: { status: 410 } },
    badRequest: {},
    rateLimited: { code: '访问过于频繁，请稍后再试' },
    internal: { code: '系统内部错误' },
    describe: (error) => `参数错误：${chineseIssues(error)}`,
  },
  (reply, { status, code, message }) => reply.code(status).send({ success: false, errMsg: code ?? message }),
);

/** Members are named, not slugged, on this platform. */
function cityName(slug: string): string {
  return findMember(slug)?.nameZh ?? slug;
}

function citySlug(name: string): string {
  return MEMBERS.find((member) => member.nameZh === name)?.slug ?? name;
}

/** A number the platform may not have, as text: `""` when it has none. */
const optionalNumberText = (value: number | null) => (value === null ? '' : String(value));
/** What a malformed record with a date carries. */
const impossibleDate = () => IMPOSSIBLE_DATE;

const CONTACT = { name: 'lxr', phone: 'lxdh', email: 'dzyx' };
/** 经度 before 纬度. */
const LOCATION = { lng: 'jd', lat: 'wd' };

/**
 * Pinyin-initial keys (see the key set above; 经度 before 纬度), every list joined with 、, every
 * number and every absent text as a string; a malformed record carries an impossible date or an
 * unverified area or capacity (a technology manager, who has no date, loses its name).
 */
const FORM = defineNativeForm({
  record: { url: 'ljdz', tags: 'bq', sourceUpdatedAt: 'gxsj' },
  names: {
    policy: {
      title: 'zcmc', docNumber: 'wh', issuer: 'fbjg', publishedOn: 'fbrq', effectiveFrom: 'sxrq', expiresOn: 'jzrq',
      categories: 'zclb', industries: 'cyly', summary: 'zcjj', maxSupportYuan: 'zgzc', eligibility: 'sbtj',
    },
    carrier: {
      name: 'ztmc', kind: 'ztlx', level: 'ztjb', industries: 'cyly', operator: 'yydw', address: 'dz', district: 'ssqx',
      location: LOCATION, floorArea: 'zmj', freeArea: 'kzmj', services: 'fwnr', contact: CONTACT,
    },
    challenge: {
      title: 'bdmc', description: 'xqms', publisher: 'fbdw', publisherKind: 'dwlx', industries: 'cyly', technicalField: 'jsly',
      rewardYuan: 'jbje', deadline: 'jzrq', status: 'bdzt', publishedOn: 'fbrq', requirements: 'jsyq', applicationCount: 'jbsl',
      consortiumCode: 'lhtbm', technologyManagerIds: 'jsjlrbh',
    },
    financeProduct: {
      name: 'cpmc', lender: 'jrjg', productKind: 'cplx', industries: 'cyly', minAmountYuan: 'zdde', maxAmountYuan: 'zged', rate: 'll',
      termMonths: 'dkqx', eligibility: 'sqtj', servingMembers: 'fwcs', howToApply: 'sqfs', publishedOn: 'fbrq', contact: CONTACT,
    },
    talentService: {
      name: 'fwmc', serviceKind: 'fwlx', provider: 'tgdw', industries: 'cyly', address: 'dz', district: 'ssqx', location: LOCATION,
      eligibility: 'sqtj', capacity: 'rnsl', availability: 'kyqk', howToApply: 'sqfs', publishedOn: 'fbrq', contact: CONTACT,
    },
    achievement: {
      title: 'cgmc', owner: 'wcdw', technicalField: 'jsly', industries: 'cyly', maturity: 'csd', trl: 'jsjxd', transferModes: 'zhfs',
      askingPriceYuan: 'zrjg', patents: 'zlh', summary: 'cgjj', publishedOn: 'fbrq', consortiumCode: 'lhtbm', contact: CONTACT,
    },
    cooperation: {
      title: 'xmmc', cooperationKind: 'hzlx', leadOrganization: 'qtdw', members: 'cycs', partners: 'hzdw', status: 'xmzt', startedOn: 'ksrq',
      endsOn: 'jsrq', summary: 'xmjj', industries: 'cyly', consortiumCode: 'lhtbm',
    },
    technologyManager: { name: 'xm', organization: 'gzdw', technicalFields: 'jsly', industries: 'cyly', certifications: 'zgzs', services: 'fwnr', profile: 'grjj', contact: CONTACT },
    consortium: {
      name: 'lhtmc', code: 'lhtbm', technicalField: 'jsly', industries: 'cyly', leadOrganization: 'qtdw', leadRole: 'qtjs', partners: 'cydw', members: 'cycs',
      goals: 'jsmb', foundedOn: 'clrq',
    },
    application: { challengeId: 'bdid', applicantOrganization: 'sqdw', applicantCity: 'szcs', proposal: 'fanr', contact: CONTACT, status: 'sqzt', submittedAt: 'tjsj' },
  },
  lists: { join: '、' },
  money: 'wanText',
  noAmount: '',
  dates: 'chinese',
  dateTimes: 'local',
  empty: '',
  absent: { policy: { expiresOn: '长期有效' }, challenge: { rewardYuan: '面议' }, achievement: { askingPriceYuan: '面议' } },
  writers: {
    carrier: { 'location.lat': String, 'location.lng': String, floorArea: String, freeArea: String },
    challenge: { applicationCount: String },
    financeProduct: { termMonths: optionalNumberText },
    talentService: { 'location.lat': String, 'location.lng': String, capacity: optionalNumberText },
    achievement: { trl: optionalNumberText },
    application: { applicantCity: cityName },
  },
  broken: {
    policy: { publishedOn: impossibleDate },
    carrier: { floorArea: () => '待核实' },
    challenge: { deadline: impossibleDate },
    financeProduct: { publishedOn: impossibleDate },
    talentService: { capacity: () => '待核实' },
    achievement: { publishedOn: impossibleDate },
    cooperation: { startedOn: impossibleDate },
    consortium: { foundedOn: impossibleDate },
  },
});

const textIn = z.string().min(1);
const idIn = z.object({ id: textIn });
/** 榜单编号: the challenge an application or a list of them is about. */
const challengeIn = z.object({ bdid: textIn });
const pageQuery = z.object({
  pageNo: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).default(DEFAULT_PAGE_SIZE),
});

function register(app: FastifyInstance, context: StandInContext): void {
  const { store, member } = context;
  const service = nativeService(context, FORM);
  ERRORS.register(app);

  for (const kind of ENTITY_KINDS) {
    app.get(`/api/${SEGMENTS[kind]}/list`, async (request) => {
      const { pageNo, pageSize } = pageQuery.parse(request.query);
      const all = store.list(kind);
      return { success: true, rows: numberedPage(all, pageNo, pageSize, MAX_PAGE_SIZE).map((record) => service.serve(kind, record)), totalCount: all.length };
    });

    app.get(`/api/${SEGMENTS[kind]}/detail`, async (request) => {
      const { id } = idIn.parse(request.query);
      return { success: true, data: service.find(kind, id, `记录${id}不存在`) };
    });
  }

  app.post('/api/jbgs/fb', async (request) => ({ success: true, data: service.publish(request.body) }));

  app.post('/api/jbgs/jb', async (request) => {
    const { bdid } = challengeIn.parse(request.body);
    const input = FORM.read('application', request.body, NEW_APPLICATION_FIELDS);
    // The city comes by name (the form writes it with cityName); the store keeps the slug.
    const application = store.submitApplication(bdid, { ...input, applicantCity: citySlug(input.applicantCity), challengeId: globalId(member.slug, 'challenge', bdid) });
    return { success: true, data: FORM.write('application', application) };
  });

  app.get('/api/jbgs/sqlb', async (request) => {
    const { bdid } = challengeIn.parse(request.query);
    const rows = service.applications(bdid, `榜单${bdid}不存在`);
    return { success: true, rows, totalCount: rows.length };
  });

  app.post('/api/jbgs/sqzt', async (request) => ({ success: true, data: service.setApplicationStatus(idIn.parse(request.body).id, request.body) }));
  app.post('/api/jbgs/bdzt', async (request) => ({ success: true, data: service.setChallengeStatus(idIn.parse(request.body).id, request.body) }));
  app.post('/api/jbgs/xg', async (request) => ({ success: true, data: service.updateChallenge(idIn.parse(request.body).id, request.body) }));
}

export const standIn: StandInDialect = { register, sendFailure: ERRORS.sendFailure };
