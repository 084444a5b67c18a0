/**
 * Putuo's science-and-technology cloud platform (dialect rest-camel): a conventional REST JSON
 * API under `/api/v1` with camelCase fields, 1-based `page`/`pageSize` paging, ISO-8601 dates
 * and date-times, amounts in yuan, Chinese vocabulary labels and a batch lookup by `?ids=`.
 * Errors carry a conventional HTTP status and `{ error: { code, message } }`.
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import { ZodError, z } from 'zod';
import { ENTITY_KINDS, globalId, type EntityKind, type RecordByKind } from '../../schema/contract.js';
import { NEW_APPLICATION_FIELDS, NEW_CHALLENGE_FIELDS } from '../../schema/record-fields.js';
import { describeIssues } from '../../sandbox/kit/native-input.js';
import { defineNativeForm } from '../../sandbox/kit/native-form.js';
import type { StandInContext, SandboxFacts, StandInDialect } from '../../sandbox/kit/stand-in.js';
import { PlatformRejection } from '../../sandbox/kit/store.js';

/** Where this stand-in listens in the sandbox and what it is called there. */
export const sandbox: SandboxFacts = { port: 4101, dialect: 'rest-camel' };

const DEFAULT_PAGE_SIZE = 20;
const MAX_PAGE_SIZE = 100;
const MAX_BATCH_IDS = 100;

const COLLECTIONS: Record<EntityKind, string> = { policy: 'policies', carrier: 'carriers', challenge: 'challenges' };

const REJECTIONS: Record<PlatformRejection['reason'], { status: number; code: string }> = {
  NOT_FOUND: { status: 404, code: 'RESOURCE_NOT_FOUND' },
  CHALLENGE_NOT_OPEN: { status: 409, code: 'CHALLENGE_CLOSED' },
  DUPLICATE_APPLICATION: { status: 409, code: 'ALREADY_APPLIED' },
  INVALID: { status: 422, code: 'VALIDATION_FAILED' },
};

/** The contract's camelCase names but for these; location and contact are nested objects. */
const FORM = defineNativeForm({
  record: { url: 'detailUrl', sourceUpdatedAt: 'updatedAt' },
  names: {
    policy: { maxSupportYuan: 'maxSupport' },
    carrier: { kind: 'type' },
    challenge: { publisherKind: 'publisherType', rewardYuan: 'reward' },
  },
});

/** A request the platform refuses before it reaches the store (bad paging, too many ids). */
class BadRequest extends Error {}

const serialize = <K extends EntityKind>(context: StandInContext, kind: K, record: RecordByKind[K]) => FORM.write(kind, record, context.faults.isMalformed(record.id));

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
    const created = store.createChallenge(FORM.read('challenge', request.body, NEW_CHALLENGE_FIELDS));
    return reply.code(201).send(serialize(context, 'challenge', created));
  });

  app.post('/api/v1/challenges/:id/applications', async (request, reply) => {
    const { id } = request.params as { id: string };
    const input = FORM.read('application', request.body, NEW_APPLICATION_FIELDS);
    const application = store.submitApplication(id, { ...input, challengeId: globalId(member.slug, 'challenge', id) });
    return reply.code(201).send(FORM.write('application', application));
  });

  app.get('/api/v1/challenges/:id/applications', async (request) => {
    const { id } = request.params as { id: string };
    if (!store.get('challenge', id)) throw new PlatformRejection('NOT_FOUND', `challenge ${id} does not exist`);
    return { items: store.applicationsOf(id).map((application) => FORM.write('application', application)) };
  });

  app.patch('/api/v1/applications/:id', async (request) => {
    const { id } = request.params as { id: string };
    const { status } = FORM.read('application', request.body, ['status']);
    return FORM.write('application', store.setApplicationStatus(id, status));
  });

  app.patch('/api/v1/challenges/:id', async (request) => {
    const { id } = request.params as { id: string };
    const { status } = FORM.read('challenge', request.body, ['status']);
    return serialize(context, 'challenge', store.setChallengeStatus(id, status));
  });
}

function sendFailure(reply: FastifyReply, failure: { status: number; message: string }): FastifyReply {
  const code = failure.status === 429 ? 'RATE_LIMITED' : failure.status >= 500 ? 'INTERNAL_ERROR' : 'BAD_REQUEST';
  return reply.code(failure.status).send({ error: { code, message: failure.message } });
}

export const standIn: StandInDialect = { register, sendFailure };
