/**
 * Putuo's science-and-technology cloud platform (dialect rest-camel): a conventional REST JSON
 * API under `/api/v1` with camelCase fields, 1-based `page`/`pageSize` paging, ISO-8601 dates
 * and date-times, amounts in yuan, Chinese vocabulary labels and a batch lookup by `?ids=`.
 * Errors carry a conventional HTTP status and `{ error: { code, message } }`.
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
import type { StandInContext, SandboxFacts, StandInDialect } from '../../sandbox/kit/stand-in.js';
import { PlatformRejection, localIdOf } from '../../sandbox/kit/store.js';

/** Where this stand-in listens in the sandbox and what it is called there. */
export const sandbox: SandboxFacts = { port: 4101, dialect: 'rest-camel' };

const DEFAULT_PAGE_SIZE = 20;
const MAX_PAGE_SIZE = 100;
const MAX_BATCH_IDS = 100;

const COLLECTIONS: Record<EntityKind, string> = { policy: 'policies', carrier: 'carriers', challenge: 'challenges' };

/** The field a malformed record loses: its title, which every client needs. */
const TITLE_FIELDS: Record<EntityKind, string> = { policy: 'title', carrier: 'name', challenge: 'title' };

const REJECTIONS: Record<PlatformRejection['reason'], { status: number; code: string }> = {
  NOT_FOUND: { status: 404, code: 'RESOURCE_NOT_FOUND' },
  CHALLENGE_NOT_OPEN: { status: 409, code: 'CHALLENGE_CLOSED' },
  DUPLICATE_APPLICATION: { status: 409, code: 'ALREADY_APPLIED' },
  INVALID: { status: 422, code: 'VALIDATION_FAILED' },
};

/** A request the platform refuses before it reaches the store (bad paging, too many ids). */
class BadRequest extends Error {}

type NativeRecord = Record<string, unknown>;

function policyOut(record: PolicyRecord): NativeRecord {
  return {
    id: localIdOf(record),
    title: record.title,
    docNumber: record.docNumber,
    issuer: record.issuer,
    publishedOn: record.publishedOn,
    effectiveFrom: record.effectiveFrom,
    expiresOn: record.expiresOn,
    categories: record.categories.map((value) => nativeLabel(POLICY_CATEGORY, value, record)),
    industries: record.industries.map((value) => nativeLabel(INDUSTRY, value, record)),
    summary: record.summary,
    maxSupport: record.maxSupportYuan,
    eligibility: record.eligibility,
    detailUrl: record.url,
    tags: record.tags,
    updatedAt: record.sourceUpdatedAt,
  };
}

function carrierOut(record: CarrierRecord): NativeRecord {
  return {
    id: localIdOf(record),
    name: record.name,
    type: nativeLabel(CARRIER_KIND, record.kind, record),
    level: nativeLabel(CARRIER_LEVEL, record.level, record),
    industries: record.industries.map((value) => nativeLabel(INDUSTRY, value, record)),
    operator: record.operator,
    address: record.address,
    district: record.district,
    location: record.location,
    floorArea: record.floorArea,
    freeArea: record.freeArea,
    services: record.services,
    contact: record.contact,
    detailUrl: record.url,
    tags: record.tags,
    updatedAt: record.sourceUpdatedAt,
  };
}

function challengeOut(record: ChallengeRecord): NativeRecord {
  return {
    id: localIdOf(record),
    title: record.title,
    description: record.description,
    publisher: record.publisher,
    publisherType: nativeLabel(PUBLISHER_KIND, record.publisherKind, record),
    industries: record.industries.map((value) => nativeLabel(INDUSTRY, value, record)),
    technicalField: record.technicalField,
    reward: record.rewardYuan,
    deadline: record.deadline,
    status: CHALLENGE_STATUS.labels[record.status],
    publishedOn: record.publishedOn,
    requirements: record.requirements,
    applicationCount: record.applicationCount,
    detailUrl: record.url,
    tags: record.tags,
    updatedAt: record.sourceUpdatedAt,
  };
}

function applicationOut(application: ApplicationRecord): NativeRecord {
  return {
    id: localIdOf(application),
    challengeId: localIdOf({ id: application.challengeId }),
    applicantOrganization: application.applicantOrganization,
    applicantCity: application.applicantCity,
    proposal: application.proposal,
    contact: application.contact,
    status: APPLICATION_STATUS.labels[application.status],
    submittedAt: application.submittedAt,
  };
}

const SERIALIZERS: { [K in EntityKind]: (record: RecordByKind[K]) => NativeRecord } = {
  policy: policyOut,
  carrier: carrierOut,
  challenge: challengeOut,
};

function serialize<K extends EntityKind>(context: StandInContext, kind: K, record: RecordByKind[K]): NativeRecord {
  const native = (SERIALIZERS[kind] as (record: RecordByKind[K]) => NativeRecord)(record);
  if (context.faults.isMalformed(record.id)) delete native[TITLE_FIELDS[kind]];
  return native;
}

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');
const contactIn = z.object({ name: z.string().nullable(), phone: z.string().nullable(), email: z.string().nullable() });

const newChallengeIn = z.object({
  title: z.string(),
  description: z.string(),
  publisher: z.string(),
  publisherType: z.string(),
  industries: z.array(z.string()),
  technicalField: z.string(),
  reward: z.number().int().nonnegative().nullable(),
  deadline: isoDate,
  requirements: z.string(),
  tags: z.array(z.string()).default([]),
});

const newApplicationIn = z.object({
  applicantOrganization: z.string().min(1),
  applicantCity: z.string().min(1),
  proposal: z.string().min(1),
  contact: contactIn,
});

const statusIn = z.object({ status: z.string() });

const pageQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).default(DEFAULT_PAGE_SIZE),
  ids: z.string().optional(),
});

function parseQuery(query: unknown): z.infer<typeof pageQuery> {
  const parsed = pageQuery.safeParse(query);
  if (!parsed.success) throw new BadRequest(describeIssues(parsed.error));
  return parsed.data;
}

function register(app: FastifyInstance, context: StandInContext): void {
  const { store, member } = context;

  app.setErrorHandler((error, _request, reply) => {
    if (error instanceof PlatformRejection) {
      const { status, code } = REJECTIONS[error.reason];
      return reply.code(status).send({ error: { code, message: error.message } });
    }
    if (error instanceof ZodError) return reply.code(422).send({ error: { code: 'VALIDATION_FAILED', message: describeIssues(error) } });
    const status = error instanceof BadRequest ? 400 : (error as { statusCode?: number }).statusCode ?? 500;
    return reply.code(status).send({ error: { code: status < 500 ? 'BAD_REQUEST' : 'INTERNAL_ERROR', message: (error as Error).message } });
  });

  for (const kind of ENTITY_KINDS) {
    app.get(`/api/v1/${COLLECTIONS[kind]}`, async (request) => {
      const query = parseQuery(request.query);
      if (query.ids !== undefined) {
        const ids = query.ids.split(',').filter(Boolean);
        if (ids.length > MAX_BATCH_IDS) throw new BadRequest(`at most ${MAX_BATCH_IDS} ids per request, got ${ids.length}`);
        const found = ids.flatMap((id) => {
          const record = store.get(kind, id);
          return record ? [serialize(context, kind, record)] : [];
        });
        return { items: found };
      }
      const pageSize = Math.min(query.pageSize, MAX_PAGE_SIZE);
      const all = store.list(kind);
      const start = (query.page - 1) * pageSize;
      return {
        items: all.slice(start, start + pageSize).map((record) => serialize(context, kind, record)),
        page: query.page,
        pageSize,
        total: all.length,
      };
    });
  }

  app.post('/api/v1/challenges', async (request, reply) => {
    const input = newChallengeIn.parse(request.body);
    const created = store.createChallenge({
      title: input.title,
      description: input.description,
      publisher: input.publisher,
      publisherKind: nativeValue(PUBLISHER_KIND, input.publisherType),
      industries: valuesOfLabels(INDUSTRY, input.industries),
      technicalField: input.technicalField,
      rewardYuan: input.reward,
      deadline: input.deadline,
      requirements: input.requirements,
      tags: input.tags,
    });
    return reply.code(201).send(serialize(context, 'challenge', created));
  });

  app.post('/api/v1/challenges/:id/applications', async (request, reply) => {
    const { id } = request.params as { id: string };
    const input = newApplicationIn.parse(request.body);
    const application = store.submitApplication(id, { ...input, challengeId: globalId(member.slug, 'challenge', id) });
    return reply.code(201).send(applicationOut(application));
  });

  app.get('/api/v1/challenges/:id/applications', async (request) => {
    const { id } = request.params as { id: string };
    if (!store.get('challenge', id)) throw new PlatformRejection('NOT_FOUND', `challenge ${id} does not exist`);
    return { items: store.applicationsOf(id).map(applicationOut) };
  });

  app.patch('/api/v1/applications/:id', async (request) => {
    const { id } = request.params as { id: string };
    const { status } = statusIn.parse(request.body);
    return applicationOut(store.setApplicationStatus(id, statusOfLabel(APPLICATION_STATUS, status)));
  });

  app.patch('/api/v1/challenges/:id', async (request) => {
    const { id } = request.params as { id: string };
    const { status } = statusIn.parse(request.body);
    return serialize(context, 'challenge', store.setChallengeStatus(id, statusOfLabel(CHALLENGE_STATUS, status)));
  });
}

function sendFailure(reply: FastifyReply, failure: { status: number; message: string }): FastifyReply {
  const code = failure.status === 429 ? 'RATE_LIMITED' : failure.status >= 500 ? 'INTERNAL_ERROR' : 'BAD_REQUEST';
  return reply.code(failure.status).send({ error: { code, message: failure.message } });
}

export const standIn: StandInDialect = { register, sendFailure };
