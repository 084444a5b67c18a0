/**
 * Changzhou's platform: daily open-data exports, one GBK-encoded CSV file per kind
 * (`/opendata/policies.csv` …) with Chinese column names, and a UTF-8 `manifest.json` whose
 * etags let a client skip unchanged files (`If-None-Match` → 304). Exports are read-only, so
 * writes go to a small JSON API (`/api/…`) that speaks in the same columns as the export.
 */
import { createHash } from 'node:crypto';
import { stringify } from 'csv-stringify/sync';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import iconv from 'iconv-lite';
import { ENTITY_KINDS, globalId, type EntityKind, type RecordByKind } from '../../schema/contract.js';
import { NEW_APPLICATION_FIELDS, NEW_CHALLENGE_FIELDS, type RecordByTable, type TableKind } from '../../schema/record-fields.js';
import { defineNativeForm } from '../../sandbox/kit/native-form.js';
import { changedChallenge } from '../../sandbox/kit/json-platform.js';
import type { PlatformFailure, StandInContext, SandboxFacts, StandInDialect } from '../../sandbox/kit/stand-in.js';
import { PlatformRejection, beijingDateTime } from '../../sandbox/kit/store.js';

/** Where this stand-in listens in the sandbox and what it is called there. */
export const sandbox: SandboxFacts = { port: 4104, dialect: 'csv-gbk' };

/** The charset the exports declare. */
const EXPORT_CHARSET = 'GBK';
/**
 * The bytes are written as GB18030, which is byte-identical to GBK for every GBK character; the
 * few characters GBK lacks (the ² of m²) take GB18030's four-byte form instead of becoming `?`.
 * Browsers read GBK-labelled files the same way (WHATWG Encoding: "gbk" uses the gb18030 decoder).
 */
const ENCODER = 'gb18030';

const EXPORT_FILES: Readonly<Record<EntityKind, string>> = {
  policy: 'policies.csv',
  carrier: 'carriers.csv',
  challenge: 'challenges.csv',
  financeProduct: 'finance-products.csv',
  talentService: 'talent-services.csv',
  achievement: 'achievements.csv',
  cooperation: 'cooperation.csv',
  technologyManager: 'tech-managers.csv',
  consortium: 'consortia.csv',
};

const CONTACT = { name: '联系人', phone: '联系电话', email: '电子邮箱' };
const LOCATION = { lat: '纬度', lng: '经度' };

/** 万元 text, 面议 when negotiable. */
const negotiableWan = (yuan: number | null) => (yuan === null ? '面议' : String(yuan / 10_000));
/** A month and day that do not exist, as a hand-kept spreadsheet would have. */
const impossibleDate = (date: string) => `${date.slice(0, 4)}/13/45`;
/** A number not yet checked, in words. */
const unverified = () => '待核实';

/**
 * The export's columns, named in Chinese; the write API speaks in the same columns. Lists are
 * joined with `；` (commas are text here), dates `YYYY/MM/DD`, instants Beijing time without
 * offset, money 万元 text, members the cities' Chinese names, an empty cell for nothing but a
 * negotiable reward or asking price (`面议`).
 */
const FORM = defineNativeForm({
  record: { id: '编号', tags: '标签', sourceUpdatedAt: '更新时间' },
  names: {
    policy: {
      title: '政策名称', docNumber: '文号', issuer: '发布机构', publishedOn: '发布日期', effectiveFrom: '生效日期', expiresOn: '失效日期', categories: '政策类别',
      industries: '适用产业', summary: '政策摘要', maxSupportYuan: '最高支持金额（万元）', eligibility: '申报条件', url: '原文链接',
    },
    carrier: {
      name: '载体名称', kind: '载体类型', level: '载体级别', industries: '产业领域', operator: '运营主体', address: '详细地址', district: '所在区县',
      location: LOCATION, floorArea: '总面积（平方米）', freeArea: '可用面积（平方米）', services: '服务内容', contact: CONTACT, url: '详情链接',
    },
    challenge: {
      title: '需求名称', description: '需求描述', publisher: '发布单位', publisherKind: '单位性质', industries: '产业领域', technicalField: '技术领域',
      rewardYuan: '悬赏金额（万元）', deadline: '截止日期', status: '揭榜状态', publishedOn: '发布日期', requirements: '技术要求', applicationCount: '揭榜数', consortiumCode: '联合体编号', technologyManagerIds: '技术经理人编号',
      url: '详情链接',
    },
    financeProduct: {
      name: '产品名称', lender: '金融机构', productKind: '产品类型', industries: '适用产业', minAmountYuan: '最低额度（万元）', maxAmountYuan: '最高额度（万元）', rate: '参考利率',
      termMonths: '最长期限（月）', eligibility: '申请条件', servingMembers: '服务城市', howToApply: '办理方式', publishedOn: '发布日期', contact: CONTACT, url: '详情链接',
    },
    talentService: {
      name: '服务名称', serviceKind: '服务类型', provider: '服务机构', industries: '产业领域', address: '详细地址', district: '所在区县', location: LOCATION,
      eligibility: '申请条件', capacity: '服务容量', availability: '可用情况', howToApply: '办理方式', publishedOn: '发布日期', contact: CONTACT, url: '详情链接',
    },
    achievement: {
      title: '成果名称', owner: '成果持有单位', technicalField: '技术领域', industries: '产业领域', maturity: '成熟度', trl: '技术就绪度', transferModes: '转化方式',
      askingPriceYuan: '转让价格（万元）', patents: '专利号', summary: '成果简介', publishedOn: '发布日期', consortiumCode: '联合体编号', contact: CONTACT, url: '详情链接',
    },
    cooperation: {
      title: '项目名称', cooperationKind: '合作类型', leadOrganization: '牵头单位', members: '参与城市', partners: '合作单位', status: '项目状态', startedOn: '开始日期',
      endsOn: '结束日期', summary: '项目简介', industries: '产业领域', consortiumCode: '联合体编号', url: '详情链接',
    },
    technologyManager: {
      name: '姓名', organization: '所在单位', technicalFields: '专业领域', industries: '产业领域', certifications: '资格证书', services: '服务内容', profile: '个人简介',
      contact: CONTACT, url: '详情链接',
    },
    consortium: {
      name: '联合体名称', code: '联合体编号', technicalField: '技术领域', industries: '产业领域', leadOrganization: '牵头单位', leadRole: '牵头角色', partners: '成员单位',
      members: '参与城市', goals: '建设目标', foundedOn: '成立日期', url: '详情链接',
    },
    application: { challengeId: '需求编号', applicantOrganization: '揭榜单位', applicantCity: '所在城市', proposal: '揭榜方案', contact: CONTACT, status: '状态', submittedAt: '提交时间' },
  },
  lists: { join: '；' },
  money: 'wanText',
  noAmount: '',
  dates: 'slashed',
  dateTimes: 'slashedLocal',
  empty: '',
  // A negotiable reward or asking price is 面议, where a policy without a cap or a product without a stated quota has an empty cell.
  writers: { challenge: { rewardYuan: negotiableWan }, achievement: { askingPriceYuan: negotiableWan } },
  broken: {
    policy: { publishedOn: impossibleDate },
    carrier: { floorArea: unverified },
    challenge: { title: () => '' },
    financeProduct: { publishedOn: impossibleDate },
    talentService: { capacity: unverified },
    achievement: { publishedOn: impossibleDate },
    cooperation: { title: () => '' },
    technologyManager: { name: () => '' },
    consortium: { foundedOn: impossibleDate },
  },
});

/** A record as the export's row: every cell is text, numbers in decimal. */
function rowOf(kind: TableKind, record: RecordByTable[TableKind], broken = false): Record<string, string> {
  return Object.fromEntries(Object.entries(FORM.write(kind, record, broken)).map(([column, value]) => [column, String(value)]));
}

interface ExportFile {
  kind: EntityKind;
  file: string;
  bytes: Buffer;
  rows: number;
  etag: string;
  lastModified: Date;
}

/** The API's error codes for refused writes. */
const ERROR_CODES: Readonly<Record<PlatformRejection['reason'], { status: number; errcode: string }>> = {
  NOT_FOUND: { status: 404, errcode: 'RECORD_NOT_FOUND' },
  CHALLENGE_NOT_OPEN: { status: 409, errcode: 'CHALLENGE_CLOSED' },
  DUPLICATE_APPLICATION: { status: 409, errcode: 'ALREADY_APPLIED' },
  INVALID: { status: 422, errcode: 'INVALID_FIELD' },
};

function sendError(reply: FastifyReply, status: number, errcode: string, errmsg: string): FastifyReply {
  return reply.code(status).type('application/json; charset=utf-8').send({ errcode, errmsg });
}

function ifNoneMatch(request: FastifyRequest, etag: string): boolean {
  const header = request.headers['if-none-match'];
  if (header === undefined) return false;
  return header.split(',').some((candidate) => {
    const tag = candidate.trim().replace(/^W\//, '');
    return tag === '*' || tag === etag;
  });
}

function register(app: FastifyInstance, context: StandInContext): void {
  const { store, faults, member } = context;
  // Regenerated only when the data (or the share of broken records) changed since the last export.
  const exports = new Map<EntityKind, { version: string; file: ExportFile }>();

  function exportOf(kind: EntityKind): ExportFile {
    const version = `${store.headSequence}:${faults.settings.malformedFraction}`;
    const cached = exports.get(kind);
    if (cached?.version === version) return cached.file;
    const file = EXPORT_FILES[kind];
    const columns = FORM.fields(kind).map(({ path }) => path);
    const records = store.list(kind);
    const rows = records.map((record) => rowOf(kind, record, faults.isMalformed(record.id)));
    const csv = stringify([columns, ...rows.map((row) => columns.map((column) => row[column]))], { record_delimiter: 'windows' });
    const bytes = iconv.encode(csv, ENCODER);
    const exported: ExportFile = {
      kind,
      file,
      bytes,
      rows: records.length,
      etag: `"${createHash('sha1').update(bytes).digest('hex')}"`,
      lastModified: new Date(),
    };
    exports.set(kind, { version, file: exported });
    return exported;
  }

  app.get('/opendata/manifest.json', async (request) => ({
    publisher: `${member.nameZh}科学技术局`,
    portal: member.portalUrl,
    encoding: EXPORT_CHARSET,
    files: ENTITY_KINDS.map((kind) => {
      const exported = exportOf(kind);
      return {
        kind,
        name: exported.file,
        url: `${request.protocol}://${request.host}/opendata/${exported.file}`,
        exportDate: beijingDateTime(exported.lastModified).slice(0, 10),
        rows: exported.rows,
        bytes: exported.bytes.length,
        etag: exported.etag,
        lastModified: exported.lastModified.toUTCString(),
      };
    }),
  }));

  app.get('/opendata/:file', async (request, reply) => {
    const { file } = request.params as { file: string };
    const kind = ENTITY_KINDS.find((candidate) => EXPORT_FILES[candidate] === file);
    if (!kind) return sendError(reply, 404, 'FILE_NOT_FOUND', `没有数据文件 ${file}`);
    const exported = exportOf(kind);
    reply.header('etag', exported.etag).header('last-modified', exported.lastModified.toUTCString()).header('cache-control', 'no-cache');
    if (ifNoneMatch(request, exported.etag)) return reply.code(304).send();
    return reply
      .type(`text/csv; charset=${EXPORT_CHARSET}`)
      .header('content-disposition', `attachment; filename="${file}"`)
      .send(exported.bytes);
  });

  app.setErrorHandler((error, _request, reply) => {
    if (error instanceof PlatformRejection) {
      const { status, errcode } = ERROR_CODES[error.reason];
      return sendError(reply, status, errcode, error.message);
    }
    const status = (error as { statusCode?: number }).statusCode;
    if (status !== undefined && status >= 400 && status < 500) return sendError(reply, status, 'BAD_REQUEST', (error as Error).message);
    return sendError(reply, 500, 'SERVER_ERROR', '服务器内部错误');
  });

  const challengeRow = (challenge: RecordByKind['challenge']) => rowOf('challenge', challenge, faults.isMalformed(challenge.id));

  app.post('/api/challenges', async (request, reply) => {
    const created = store.createChallenge(FORM.read('challenge', request.body, NEW_CHALLENGE_FIELDS));
    return reply.code(201).send({ data: challengeRow(created) });
  });

  app.patch('/api/challenges/:id', async (request) => {
    const { id } = request.params as { id: string };
    return { data: challengeRow(changedChallenge(store, FORM, id, request.body)) };
  });

  app.get('/api/challenges/:id/applications', async (request) => {
    const { id } = request.params as { id: string };
    if (!store.get('challenge', id)) throw new PlatformRejection('NOT_FOUND', `challenge ${id} does not exist`);
    return { data: store.applicationsOf(id).map((application) => rowOf('application', application)) };
  });

  app.post('/api/challenges/:id/applications', async (request, reply) => {
    const { id } = request.params as { id: string };
    const input = FORM.read('application', request.body, NEW_APPLICATION_FIELDS);
    const application = store.submitApplication(id, { ...input, challengeId: globalId(member.slug, 'challenge', id) });
    return reply.code(201).send({ data: rowOf('application', application) });
  });

  app.patch('/api/applications/:id', async (request) => {
    const { id } = request.params as { id: string };
    const { status } = FORM.read('application', request.body, ['status']);
    return { data: rowOf('application', store.setApplicationStatus(id, status)) };
  });
}

export const standIn: StandInDialect = {
  register,
  sendFailure: (reply: FastifyReply, failure: PlatformFailure) =>
    sendError(reply, failure.status, failure.status === 429 ? 'TOO_MANY_REQUESTS' : 'SERVER_ERROR', failure.message),
};
