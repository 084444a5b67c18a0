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
import {
  APPLICATION_STATUS,
  CARRIER_KIND,
  CARRIER_LEVEL,
  CHALLENGE_STATUS,
  INDUSTRY,
  POLICY_CATEGORY,
  PUBLISHER_KIND,
  globalId,
  parseGlobalId,
  type ApplicationRecord,
  type CarrierRecord,
  type ChallengeRecord,
  type EntityKind,
  type NewChallenge,
  type PolicyRecord,
  type RecordByKind,
} from '../../schema/contract.js';
import { MappingError, optionalText, parseDate, parseWanYuan, requireText, splitLabels } from '../../adapters/kit/parse.js';
import { nativeLabel, nativeValue } from '../../sandbox/dataset/index.js';
import { statusOfLabel, valuesOfLabels } from '../../sandbox/kit/native-input.js';
import type { PlatformFailure, StandInContext, SandboxFacts, StandInDialect } from '../../sandbox/kit/stand-in.js';
import { PlatformRejection, beijingDateTime, localIdOf } from '../../sandbox/kit/store.js';

/** Where this stand-in listens in the sandbox and what it is called there. */
export const sandbox: SandboxFacts = { port: 4104, dialect: 'csv-gbk' };

/** Joins the values of a list cell; commas are text in this export. */
const LIST_SEPARATOR = '；';
/** The charset the exports declare. */
const EXPORT_CHARSET = 'GBK';
/**
 * The bytes are written as GB18030, which is byte-identical to GBK for every GBK character; the
 * few characters GBK lacks (the ² of m²) take GB18030's four-byte form instead of becoming `?`.
 * Browsers read GBK-labelled files the same way (WHATWG Encoding: "gbk" uses the gb18030 decoder).
 */
const ENCODER = 'gb18030';

type Cell<R> = (record: R, malformed: boolean) => string;
type Columns<R> = readonly (readonly [header: string, cell: Cell<R>])[];

const slashedDate = (date: string | null) => (date === null ? '' : date.replaceAll('-', '/'));
/** `2025-03-06T09:30:00+08:00` → `2025/03/06 09:30:00`: the export writes Beijing time without offset. */
const slashedDateTime = (instant: string) => `${slashedDate(instant.slice(0, 10))} ${instant.slice(11, 19)}`;
const list = (labels: readonly string[]) => labels.join(LIST_SEPARATOR);
/** 万元 as decimal text; yuan / 10 000 prints exactly for any whole-yuan amount. */
const wanYuan = (yuan: number) => String(yuan / 10_000);
const labelsOf = <V extends string>(vocabulary: { labels: Record<V, string> }, values: readonly V[], record: RecordByKind[EntityKind]) =>
  list(values.map((value) => nativeLabel(vocabulary, value, record)));

const POLICY_COLUMNS: Columns<PolicyRecord> = [
  ['编号', (p) => localIdOf(p)],
  ['政策名称', (p) => p.title],
  ['文号', (p) => p.docNumber ?? ''],
  ['发布机构', (p) => p.issuer],
  // A month and day that do not exist, as a hand-kept spreadsheet would have.
  ['发布日期', (p, malformed) => (malformed ? `${p.publishedOn.slice(0, 4)}/13/45` : slashedDate(p.publishedOn))],
  ['生效日期', (p) => slashedDate(p.effectiveFrom)],
  ['失效日期', (p) => slashedDate(p.expiresOn)],
  ['政策类别', (p) => labelsOf(POLICY_CATEGORY, p.categories, p)],
  ['适用产业', (p) => labelsOf(INDUSTRY, p.industries, p)],
  ['政策摘要', (p) => p.summary],
  ['最高支持金额（万元）', (p) => (p.maxSupportYuan === null ? '' : wanYuan(p.maxSupportYuan))],
  ['申报条件', (p) => p.eligibility],
  ['原文链接', (p) => p.url],
  ['标签', (p) => list(p.tags)],
  ['更新时间', (p) => slashedDateTime(p.sourceUpdatedAt)],
];

const CARRIER_COLUMNS: Columns<CarrierRecord> = [
  ['编号', (c) => localIdOf(c)],
  ['载体名称', (c) => c.name],
  ['载体类型', (c) => nativeLabel(CARRIER_KIND, c.kind, c)],
  ['载体级别', (c) => nativeLabel(CARRIER_LEVEL, c.level, c)],
  ['产业领域', (c) => labelsOf(INDUSTRY, c.industries, c)],
  ['运营主体', (c) => c.operator],
  ['详细地址', (c) => c.address],
  ['所在区县', (c) => c.district],
  ['纬度', (c) => String(c.location.lat)],
  ['经度', (c) => String(c.location.lng)],
  ['总面积（平方米）', (c, malformed) => (malformed ? '待核实' : String(c.floorArea))],
  ['可用面积（平方米）', (c) => String(c.freeArea)],
  ['服务内容', (c) => list(c.services)],
  ['联系人', (c) => c.contact.name ?? ''],
  ['联系电话', (c) => c.contact.phone ?? ''],
  ['电子邮箱', (c) => c.contact.email ?? ''],
  ['详情链接', (c) => c.url],
  ['标签', (c) => list(c.tags)],
  ['更新时间', (c) => slashedDateTime(c.sourceUpdatedAt)],
];

const CHALLENGE_COLUMNS: Columns<ChallengeRecord> = [
  ['编号', (g) => localIdOf(g)],
  ['需求名称', (g, malformed) => (malformed ? '' : g.title)],
  ['需求描述', (g) => g.description],
  ['发布单位', (g) => g.publisher],
  ['单位性质', (g) => nativeLabel(PUBLISHER_KIND, g.publisherKind, g)],
  ['产业领域', (g) => labelsOf(INDUSTRY, g.industries, g)],
  ['技术领域', (g) => g.technicalField],
  ['悬赏金额（万元）', (g) => (g.rewardYuan === null ? '面议' : wanYuan(g.rewardYuan))],
  ['截止日期', (g) => slashedDate(g.deadline)],
  ['揭榜状态', (g) => nativeLabel(CHALLENGE_STATUS, g.status, g)],
  ['发布日期', (g) => slashedDate(g.publishedOn)],
  ['技术要求', (g) => g.requirements],
  ['揭榜数', (g) => String(g.applicationCount)],
  ['详情链接', (g) => g.url],
  ['标签', (g) => list(g.tags)],
  ['更新时间', (g) => slashedDateTime(g.sourceUpdatedAt)],
];

const APPLICATION_COLUMNS: Columns<ApplicationRecord> = [
  ['编号', (a) => localIdOf(a)],
  ['需求编号', (a) => parseGlobalId(a.challengeId)?.localId ?? a.challengeId],
  ['揭榜单位', (a) => a.applicantOrganization],
  ['所在城市', (a) => a.applicantCity],
  ['揭榜方案', (a) => a.proposal],
  ['联系人', (a) => a.contact.name ?? ''],
  ['联系电话', (a) => a.contact.phone ?? ''],
  ['电子邮箱', (a) => a.contact.email ?? ''],
  ['状态', (a) => APPLICATION_STATUS.labels[a.status]],
  ['提交时间', (a) => slashedDateTime(a.submittedAt)],
];

const EXPORTS: Readonly<Record<EntityKind, { file: string; columns: Columns<never> }>> = {
  policy: { file: 'policies.csv', columns: POLICY_COLUMNS },
  carrier: { file: 'carriers.csv', columns: CARRIER_COLUMNS },
  challenge: { file: 'challenges.csv', columns: CHALLENGE_COLUMNS },
};

function rowObject<R>(columns: Columns<R>, record: R, malformed = false): Record<string, string> {
  return Object.fromEntries(columns.map(([header, cell]) => [header, cell(record, malformed)]));
}

interface ExportFile {
  kind: EntityKind;
  file: string;
  bytes: Buffer;
  rows: number;
  etag: string;
  lastModified: Date;
}

// ---------------------------------------------------------------------------------------------
// Writes: the export's columns as JSON
// ---------------------------------------------------------------------------------------------

type JsonRow = Record<string, unknown>;

const cellOf = (row: JsonRow, header: string) => requireText(header, row[header]);

function newChallengeOf(row: JsonRow): NewChallenge {
  return {
    title: cellOf(row, '需求名称'),
    description: cellOf(row, '需求描述'),
    publisher: cellOf(row, '发布单位'),
    publisherKind: nativeValue(PUBLISHER_KIND, cellOf(row, '单位性质')),
    industries: valuesOfLabels(INDUSTRY, splitLabels(row['产业领域'], /；/)),
    technicalField: cellOf(row, '技术领域'),
    rewardYuan: parseWanYuan('悬赏金额（万元）', row['悬赏金额（万元）']),
    deadline: parseDate('截止日期', row['截止日期']),
    requirements: cellOf(row, '技术要求'),
    tags: splitLabels(row['标签'], /；/),
  };
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
    const { file, columns } = EXPORTS[kind];
    const records = store.list(kind);
    const csv = stringify(
      [columns.map(([header]) => header), ...records.map((record) => columns.map(([, cell]) => cell(record as never, faults.isMalformed(record.id))))],
      { record_delimiter: 'windows' },
    );
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
    files: (Object.keys(EXPORTS) as EntityKind[]).map((kind) => {
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
    const kind = (Object.keys(EXPORTS) as EntityKind[]).find((candidate) => EXPORTS[candidate].file === file);
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
    if (error instanceof MappingError) return sendError(reply, 422, ERROR_CODES.INVALID.errcode, error.message);
    const status = (error as { statusCode?: number }).statusCode;
    if (status !== undefined && status >= 400 && status < 500) return sendError(reply, status, 'BAD_REQUEST', (error as Error).message);
    return sendError(reply, 500, 'SERVER_ERROR', '服务器内部错误');
  });

  const jsonBody = (request: FastifyRequest): JsonRow => {
    if (typeof request.body !== 'object' || request.body === null || Array.isArray(request.body)) throw new MappingError('the body must be a JSON object');
    return request.body as JsonRow;
  };
  const challengeRow = (challenge: ChallengeRecord) => rowObject(CHALLENGE_COLUMNS, challenge, faults.isMalformed(challenge.id));

  app.post('/api/challenges', async (request, reply) => {
    const created = store.createChallenge(newChallengeOf(jsonBody(request)));
    return reply.code(201).send({ data: challengeRow(created) });
  });

  app.patch('/api/challenges/:id', async (request) => {
    const { id } = request.params as { id: string };
    const status = statusOfLabel(CHALLENGE_STATUS, cellOf(jsonBody(request), '揭榜状态'));
    return { data: challengeRow(store.setChallengeStatus(id, status)) };
  });

  app.get('/api/challenges/:id/applications', async (request) => {
    const { id } = request.params as { id: string };
    if (!store.get('challenge', id)) throw new PlatformRejection('NOT_FOUND', `challenge ${id} does not exist`);
    return { data: store.applicationsOf(id).map((application) => rowObject(APPLICATION_COLUMNS, application)) };
  });

  app.post('/api/challenges/:id/applications', async (request, reply) => {
    const { id } = request.params as { id: string };
    const row = jsonBody(request);
    const application = store.submitApplication(id, {
      challengeId: globalId(member.slug, 'challenge', id),
      applicantOrganization: cellOf(row, '揭榜单位'),
      applicantCity: cellOf(row, '所在城市'),
      proposal: cellOf(row, '揭榜方案'),
      contact: { name: optionalText(row['联系人']), phone: optionalText(row['联系电话']), email: optionalText(row['电子邮箱']) },
    });
    return reply.code(201).send({ data: rowObject(APPLICATION_COLUMNS, application) });
  });

  app.patch('/api/applications/:id', async (request) => {
    const { id } = request.params as { id: string };
    const status = statusOfLabel(APPLICATION_STATUS, cellOf(jsonBody(request), '状态'));
    return { data: rowObject(APPLICATION_COLUMNS, store.setApplicationStatus(id, status)) };
  });
}

export const standIn: StandInDialect = {
  register,
  sendFailure: (reply: FastifyReply, failure: PlatformFailure) =>
    sendError(reply, failure.status, failure.status === 429 ? 'TOO_MANY_REQUESTS' : 'SERVER_ERROR', failure.message),
};
