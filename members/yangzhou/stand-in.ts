/**
 * Yangzhou's science-and-technology cloud platform (dialect envelope): every answer is HTTP 200
 * with `{ code, msg, data }`. Success is `code: 0`, lists are `data: { list, total }` paged by
 * `current`/`size`, a detail is `data: record`, batch lookup is `POST /openapi/<kind>/batchGet`.
 * Failures — not found, a refused write, and the harness's injected 500/429 — also arrive as
 * HTTP 200, with a five-digit `code` (HTTP status × 100 + n) and a Chinese `msg`.
 * Dates are `YYYY-MM-DD`, update times epoch milliseconds, money whole yuan.
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import { ZodError, z } from 'zod';
import {
  APPLICATION_STATUS,
  CARRIER_KIND,
  CARRIER_LEVEL,
  CHALLENGE_STATUS,
  ENTITY_KINDS,
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
import { nativeLabel, nativeValue } from '../../sandbox/dataset/index.js';
import { describeIssues, statusOfLabel, valuesOfLabels } from '../../sandbox/kit/native-input.js';
import type { PlatformFailure, StandInContext, SandboxFacts, StandInDialect } from '../../sandbox/kit/stand-in.js';
import { PlatformRejection, localIdOf } from '../../sandbox/kit/store.js';

/** Where this stand-in listens in the sandbox and what it is called there. */
export const sandbox: SandboxFacts = { port: 4107, dialect: 'envelope' };

const DEFAULT_PAGE_SIZE = 20;
const MAX_PAGE_SIZE = 100;
/** A MySQL zero date: what a record with a lost publish date looks like on this platform. */
const ZERO_DATE = '0000-00-00';

const YANGZHOU_CODES = {
  OK: 0,
  BAD_PARAMETER: 40001,
  NOT_FOUND: 40401,
  DUPLICATE_APPLICATION: 40901,
  CHALLENGE_NOT_OPEN: 40902,
  INVALID: 42201,
  RATE_LIMITED: 42900,
  INTERNAL: 50000,
} as const;

const REJECTIONS: Record<PlatformRejection['reason'], { code: number; msg: string }> = {
  NOT_FOUND: { code: YANGZHOU_CODES.NOT_FOUND, msg: '数据不存在' },
  DUPLICATE_APPLICATION: { code: YANGZHOU_CODES.DUPLICATE_APPLICATION, msg: '该单位已揭榜，请勿重复提交' },
  CHALLENGE_NOT_OPEN: { code: YANGZHOU_CODES.CHALLENGE_NOT_OPEN, msg: '榜单不在揭榜期' },
  INVALID: { code: YANGZHOU_CODES.INVALID, msg: '参数校验失败' },
};

type NativeRecord = Record<string, unknown>;

function ok(data: unknown) {
  return { code: YANGZHOU_CODES.OK, msg: '操作成功', data };
}

function failed(reply: FastifyReply, code: number, msg: string): FastifyReply {
  return reply.code(200).send({ code, msg, data: null });
}

function updateTime(instant: string): number {
  return Date.parse(instant);
}

function policyOut(record: PolicyRecord, malformed: boolean): NativeRecord {
  return {
    id: localIdOf(record),
    policyName: record.title,
    docNo: record.docNumber,
    issueOrg: record.issuer,
    publishDate: malformed ? ZERO_DATE : record.publishedOn,
    effectiveDate: record.effectiveFrom,
    expireDate: record.expiresOn,
    categoryNames: record.categories.map((value) => nativeLabel(POLICY_CATEGORY, value, record)),
    industryNames: record.industries.map((value) => nativeLabel(INDUSTRY, value, record)),
    summary: record.summary,
    maxSupportAmount: record.maxSupportYuan,
    applyCondition: record.eligibility,
    detailUrl: record.url,
    tags: record.tags,
    updateTime: updateTime(record.sourceUpdatedAt),
  };
}

function carrierOut(record: CarrierRecord, malformed: boolean): NativeRecord {
  return {
    id: localIdOf(record),
    carrierName: record.name,
    carrierType: nativeLabel(CARRIER_KIND, record.kind, record),
    carrierLevel: nativeLabel(CARRIER_LEVEL, record.level, record),
    industryNames: record.industries.map((value) => nativeLabel(INDUSTRY, value, record)),
    operatorName: record.operator,
    address: record.address,
    districtName: record.district,
    latitude: record.location.lat,
    longitude: record.location.lng,
    totalArea: malformed ? '暂无' : record.floorArea,
    vacantArea: record.freeArea,
    serviceItems: record.services,
    contactName: record.contact.name,
    contactPhone: record.contact.phone,
    contactEmail: record.contact.email,
    detailUrl: record.url,
    tags: record.tags,
    updateTime: updateTime(record.sourceUpdatedAt),
  };
}

function challengeOut(record: ChallengeRecord, malformed: boolean): NativeRecord {
  return {
    id: localIdOf(record),
    challengeName: record.title,
    content: record.description,
    publisherName: record.publisher,
    publisherType: nativeLabel(PUBLISHER_KIND, record.publisherKind, record),
    industryNames: record.industries.map((value) => nativeLabel(INDUSTRY, value, record)),
    techField: record.technicalField,
    rewardAmount: record.rewardYuan,
    deadline: malformed ? ZERO_DATE : record.deadline,
    status: CHALLENGE_STATUS.labels[record.status],
    publishDate: record.publishedOn,
    requirement: record.requirements,
    applyCount: record.applicationCount,
    detailUrl: record.url,
    tags: record.tags,
    updateTime: updateTime(record.sourceUpdatedAt),
  };
}

function applicationOut(application: ApplicationRecord): NativeRecord {
  return {
    id: localIdOf(application),
    challengeId: localIdOf({ id: application.challengeId }),
    applicantOrg: application.applicantOrganization,
    applicantCity: application.applicantCity,
    proposal: application.proposal,
    contactName: application.contact.name,
    contactPhone: application.contact.phone,
    contactEmail: application.contact.email,
    status: APPLICATION_STATUS.labels[application.status],
    submitTime: updateTime(application.submittedAt),
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

/** Parameter problems are 40001 on this platform, before anything reaches the store. */
class BadParameter extends Error {}

function parseParams<T>(schema: z.ZodType<T>, input: unknown): T {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new BadParameter(describeIssues(parsed.error));
  return parsed.data;
}

const idParam = z.object({ id: z.string().min(1) });
const pageParams = z.object({
  current: z.coerce.number().int().min(1).default(1),
  size: z.coerce.number().int().min(1).default(DEFAULT_PAGE_SIZE),
});
const batchParams = z.object({ ids: z.array(z.string()).max(1000) });
const statusParams = z.object({ id: z.string().min(1), status: z.string() });
const nullableText = z.string().nullable().default(null);

const newChallengeParams = z.object({
  challengeName: z.string(),
  content: z.string().min(1),
  publisherName: z.string().min(1),
  publisherType: z.string().min(1),
  industryNames: z.array(z.string()),
  techField: z.string().min(1),
  rewardAmount: z.number().int().nonnegative().nullable(),
  deadline: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD'),
  requirement: z.string().min(1),
  tags: z.array(z.string()).default([]),
});

const newApplicationParams = z.object({
  challengeId: z.string().min(1),
  applicantOrg: z.string().min(1),
  applicantCity: z.string().min(1),
  proposal: z.string().min(1),
  contactName: nullableText,
  contactPhone: nullableText,
  contactEmail: nullableText,
});

const invalidStatus = (label: string) => `状态“${label}”无效`;

function register(app: FastifyInstance, context: StandInContext): void {
  const { store, member } = context;

  app.setErrorHandler((error, _request, reply) => {
    if (error instanceof PlatformRejection) {
      const { code, msg } = REJECTIONS[error.reason];
      return failed(reply, code, `${msg}：${error.message}`);
    }
    if (error instanceof ZodError) return failed(reply, YANGZHOU_CODES.INVALID, `参数校验失败：${error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('；')}`);
    const status = (error as { statusCode?: number }).statusCode ?? 500;
    if (error instanceof BadParameter || status < 500) return failed(reply, YANGZHOU_CODES.BAD_PARAMETER, `请求参数错误：${(error as Error).message}`);
    return failed(reply, YANGZHOU_CODES.INTERNAL, '系统繁忙，请稍后再试');
  });

  for (const kind of ENTITY_KINDS) {
    app.get(`/openapi/${kind}/page`, async (request) => {
      const { current, size } = parseParams(pageParams, request.query);
      const pageSize = Math.min(size, MAX_PAGE_SIZE);
      const all = store.list(kind);
      const start = (current - 1) * pageSize;
      return ok({ list: all.slice(start, start + pageSize).map((record) => serialize(context, kind, record)), total: all.length });
    });

    app.get(`/openapi/${kind}/detail`, async (request) => {
      const { id } = parseParams(idParam, request.query);
      const record = store.get(kind, id);
      if (!record) throw new PlatformRejection('NOT_FOUND', id);
      return ok(serialize(context, kind, record));
    });

    app.post(`/openapi/${kind}/batchGet`, async (request) => {
      const { ids } = parseParams(batchParams, request.body);
      return ok(ids.flatMap((id) => {
        const record = store.get(kind, id);
        return record ? [serialize(context, kind, record)] : [];
      }));
    });
  }

  app.post('/openapi/challenge/create', async (request) => {
    const input = newChallengeParams.parse(request.body);
    const created = store.createChallenge({
      title: input.challengeName,
      description: input.content,
      publisher: input.publisherName,
      publisherKind: nativeValue(PUBLISHER_KIND, input.publisherType),
      industries: valuesOfLabels(INDUSTRY, input.industryNames),
      technicalField: input.techField,
      rewardYuan: input.rewardAmount,
      deadline: input.deadline,
      requirements: input.requirement,
      tags: input.tags,
    });
    return ok(serialize(context, 'challenge', created));
  });

  app.post('/openapi/challenge/apply', async (request) => {
    const input = newApplicationParams.parse(request.body);
    const application = store.submitApplication(input.challengeId, {
      challengeId: globalId(member.slug, 'challenge', input.challengeId),
      applicantOrganization: input.applicantOrg,
      applicantCity: input.applicantCity,
      proposal: input.proposal,
      contact: { name: input.contactName, phone: input.contactPhone, email: input.contactEmail },
    });
    return ok(applicationOut(application));
  });

  app.get('/openapi/challenge/applications', async (request) => {
    const { challengeId } = parseParams(z.object({ challengeId: z.string().min(1) }), request.query);
    if (!store.get('challenge', challengeId)) throw new PlatformRejection('NOT_FOUND', challengeId);
    const list = store.applicationsOf(challengeId).map(applicationOut);
    return ok({ list, total: list.length });
  });

  app.post('/openapi/application/updateStatus', async (request) => {
    const { id, status } = statusParams.parse(request.body);
    return ok(applicationOut(store.setApplicationStatus(id, statusOfLabel(APPLICATION_STATUS, status, invalidStatus))));
  });

  app.post('/openapi/challenge/updateStatus', async (request) => {
    const { id, status } = statusParams.parse(request.body);
    return ok(serialize(context, 'challenge', store.setChallengeStatus(id, statusOfLabel(CHALLENGE_STATUS, status, invalidStatus))));
  });
}

/** Even the harness's 500 and 429 leave as HTTP 200; a 429 keeps the Retry-After header already set. */
function sendFailure(reply: FastifyReply, failure: PlatformFailure): FastifyReply {
  if (failure.status === 429) return failed(reply, YANGZHOU_CODES.RATE_LIMITED, '请求过于频繁，请稍后再试');
  if (failure.status >= 500) return failed(reply, YANGZHOU_CODES.INTERNAL, '系统繁忙，请稍后再试');
  return failed(reply, failure.status * 100 + 1, `请求失败：${failure.message}`);
}

export const standIn: StandInDialect = { register, sendFailure };
