/**
 * Yangzhou's science-and-technology cloud platform (dialect envelope): every answer is HTTP 200
 * with `{ code, msg, data }`. Success is `code: 0`, lists are `data: { list, total }` paged by
 * `current`/`size`, a detail is `data: record`, batch lookup is `POST /openapi/<kind>/batchGet`.
 * Failures — not found, a refused write, and the harness's injected 500/429 — also arrive as
 * HTTP 200, with a five-digit `code` (HTTP status × 100 + n) and a Chinese `msg`.
 * Dates are `YYYY-MM-DD`, update times epoch milliseconds, money whole yuan.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { ENTITY_KINDS } from '../../schema/contract.js';
import { describeIssues } from '../../sandbox/kit/native-input.js';
import { Refusal, chineseIssues, jsonErrors, nativeService, numberedPage } from '../../sandbox/kit/json-platform.js';
import { defineNativeForm } from '../../sandbox/kit/native-form.js';
import type { StandInContext, SandboxFacts, StandInDialect } from '../../sandbox/kit/stand-in.js';

/** Where this stand-in listens in the sandbox and what it is called there. */
export const sandbox: SandboxFacts = { port: 4107, dialect: 'envelope' };

const DEFAULT_PAGE_SIZE = 20;
const MAX_PAGE_SIZE = 100;
/** A MySQL zero date: what a record with a lost publish date looks like on this platform. */
const ZERO_DATE = '0000-00-00';

/** The platform's code of an answer (HTTP status × 100 + n) and its message, which the details follow. */
interface YangzhouCode {
  code: number;
  msg: string;
}

/** Parameter problems are 40001 on this platform, before anything reaches the store. */
const BAD_PARAMETER: YangzhouCode = { code: 40001, msg: '请求参数错误' };

function ok(data: unknown) {
  return { code: 0, msg: '操作成功', data };
}

/** Every failure leaves as HTTP 200 (a 429 keeps the Retry-After header already set); busy and rate-limited answers say nothing more. */
const ERRORS = jsonErrors<YangzhouCode>(
  {
    rejections: {
      NOT_FOUND: { status: 404, code: { code: 40401, msg: '数据不存在' } },
      DUPLICATE_APPLICATION: { status: 409, code: { code: 40901, msg: '该单位已揭榜，请勿重复提交' } },
      CHALLENGE_NOT_OPEN: { status: 409, code: { code: 40902, msg: '榜单不在揭榜期' } },
      INVALID: { status: 422, code: { code: 42201, msg: '参数校验失败' } },
    },
    badRequest: { code: BAD_PARAMETER },
    rateLimited: { code: { code: 42900, msg: '请求过于频繁，请稍后再试' } },
    internal: { code: { code: 50000, msg: '系统繁忙，请稍后再试' } },
    describe: chineseIssues,
  },
  (reply, { status, code, message }) => {
    const msg = status === 429 || status >= 500 ? code.msg : `${code.msg}：${message}`;
    return reply.code(200).send({ code: code.code, msg, data: null });
  },
);

const CONTACT = { name: 'contactName', phone: 'contactPhone', email: 'contactEmail' };
const LOCATION = { lat: 'latitude', lng: 'longitude' };
/** What a malformed record with a date carries. */
const zeroDate = () => ZERO_DATE;

/**
 * Flat camelCase records with names of their own; a malformed record has a zero date or no area
 * or quota (a technology manager, who has no date, loses its name).
 */
const FORM = defineNativeForm({
  record: { url: 'detailUrl', sourceUpdatedAt: 'updateTime' },
  names: {
    policy: {
      title: 'policyName', docNumber: 'docNo', issuer: 'issueOrg', publishedOn: 'publishDate', effectiveFrom: 'effectiveDate', expiresOn: 'expireDate',
      categories: 'categoryNames', industries: 'industryNames', maxSupportYuan: 'maxSupportAmount', eligibility: 'applyCondition',
    },
    carrier: {
      name: 'carrierName', kind: 'carrierType', level: 'carrierLevel', industries: 'industryNames', operator: 'operatorName', district: 'districtName',
      location: LOCATION, floorArea: 'totalArea', freeArea: 'vacantArea', services: 'serviceItems', contact: CONTACT,
    },
    challenge: {
      title: 'challengeName', description: 'content', publisher: 'publisherName', publisherKind: 'publisherType', industries: 'industryNames',
      technicalField: 'techField', rewardYuan: 'rewardAmount', publishedOn: 'publishDate', requirements: 'requirement', applicationCount: 'applyCount',
      technologyManagerIds: 'techManagerIds',
    },
    financeProduct: {
      name: 'productName', lender: 'lenderName', productKind: 'productType', industries: 'industryNames', minAmountYuan: 'minAmount', maxAmountYuan: 'maxAmount',
      rate: 'rateDesc', termMonths: 'termMonth', eligibility: 'applyCondition', servingMembers: 'serviceCityNames', howToApply: 'applyMethod',
      publishedOn: 'publishDate', contact: CONTACT,
    },
    talentService: {
      name: 'serviceName', serviceKind: 'serviceType', provider: 'providerName', industries: 'industryNames', district: 'districtName', location: LOCATION,
      eligibility: 'applyCondition', capacity: 'quota', availability: 'availableDesc', howToApply: 'applyMethod', publishedOn: 'publishDate', contact: CONTACT,
    },
    achievement: {
      title: 'achievementName', owner: 'ownerOrg', technicalField: 'techField', industries: 'industryNames', maturity: 'maturityStage', trl: 'trlLevel',
      transferModes: 'transferTypes', askingPriceYuan: 'transferPrice', patents: 'patentNos', summary: 'intro', publishedOn: 'publishDate', contact: CONTACT,
    },
    cooperation: {
      title: 'projectName', cooperationKind: 'cooperationType', leadOrganization: 'leadOrg', members: 'cityNames', partners: 'partnerOrgs',
      status: 'projectStatus', startedOn: 'startDate', endsOn: 'endDate', summary: 'intro', industries: 'industryNames',
    },
    technologyManager: {
      name: 'managerName', organization: 'orgName', technicalFields: 'techFields', industries: 'industryNames', certifications: 'certificateNames',
      services: 'serviceItems', profile: 'intro', contact: CONTACT,
    },
    consortium: {
      name: 'consortiumName', code: 'consortiumCode', technicalField: 'techField', industries: 'industryNames', leadOrganization: 'leadOrg', leadRole: 'leadType',
      partners: 'partnerOrgs', members: 'cityNames', goals: 'goal', foundedOn: 'establishDate',
    },
    application: { applicantOrganization: 'applicantOrg', submittedAt: 'submitTime', contact: CONTACT },
  },
  dateTimes: 'epochMillis',
  broken: {
    policy: { publishedOn: zeroDate },
    carrier: { floorArea: () => '暂无' },
    challenge: { deadline: zeroDate },
    financeProduct: { publishedOn: zeroDate },
    talentService: { capacity: () => '暂无' },
    achievement: { publishedOn: zeroDate },
    cooperation: { startedOn: zeroDate },
    consortium: { foundedOn: zeroDate },
  },
});

function parseParams<T>(schema: z.ZodType<T>, input: unknown): T {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new Refusal(400, BAD_PARAMETER, describeIssues(parsed.error));
  return parsed.data;
}

const idParams = z.object({ id: z.string().min(1) });
const pageParams = z.object({
  current: z.coerce.number().int().min(1).default(1),
  size: z.coerce.number().int().min(1).default(DEFAULT_PAGE_SIZE),
});
const challengeParams = z.object({ challengeId: z.string().min(1) });
const batchParams = z.object({ ids: z.array(z.string()).max(1000) });

function register(app: FastifyInstance, context: StandInContext): void {
  const { store } = context;
  const service = nativeService(context, FORM);
  ERRORS.register(app);

  for (const kind of ENTITY_KINDS) {
    app.get(`/openapi/${kind}/page`, async (request) => {
      const { current, size } = parseParams(pageParams, request.query);
      const all = store.list(kind);
      return ok({ list: numberedPage(all, current, size, MAX_PAGE_SIZE).map((record) => service.serve(kind, record)), total: all.length });
    });

    app.get(`/openapi/${kind}/detail`, async (request) => {
      const { id } = parseParams(idParams, request.query);
      // 数据不存在 is followed by the id alone.
      return ok(service.find(kind, id, id));
    });

    app.post(`/openapi/${kind}/batchGet`, async (request) => {
      const { ids } = parseParams(batchParams, request.body);
      return ok(ids.flatMap((id) => {
        const record = store.get(kind, id);
        return record ? [service.serve(kind, record)] : [];
      }));
    });
  }

  app.post('/openapi/challenge/create', async (request) => ok(service.publish(request.body)));

  app.post('/openapi/challenge/apply', async (request) => {
    const { challengeId } = challengeParams.parse(request.body);
    return ok(service.apply(challengeId, request.body));
  });

  app.get('/openapi/challenge/applications', async (request) => {
    const { challengeId } = parseParams(challengeParams, request.query);
    const list = service.applications(challengeId, challengeId);
    return ok({ list, total: list.length });
  });

  app.post('/openapi/application/updateStatus', async (request) => ok(service.setApplicationStatus(idParams.parse(request.body).id, request.body)));
  app.post('/openapi/challenge/updateStatus', async (request) => ok(service.setChallengeStatus(idParams.parse(request.body).id, request.body)));
  app.post('/openapi/challenge/update', async (request) => ok(service.updateChallenge(idParams.parse(request.body).id, request.body)));
}

export const standIn: StandInDialect = { register, sendFailure: ERRORS.sendFailure };
