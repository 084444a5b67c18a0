/**
 * Putuo's science-and-technology cloud platform (dialect rest-camel): a conventional REST JSON
 * API under `/api/v1` with camelCase fields, 1-based `page`/`pageSize` paging, ISO-8601 dates
 * and date-times, amounts in yuan, Chinese vocabulary labels and a batch lookup by `?ids=`.
 * Errors carry a conventional HTTP status and `{ error: { code, message } }`.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { ENTITY_KINDS, type EntityKind } from '../../schema/contract.js';
import { Refusal, jsonErrors, nativeService, numberedPage, type IdRoute } from '../../sandbox/kit/json-platform.js';
import { describeIssues } from '../../sandbox/kit/native-input.js';
import { defineNativeForm } from '../../sandbox/kit/native-form.js';
import type { StandInContext, SandboxFacts, StandInDialect } from '../../sandbox/kit/stand-in.js';

/** Where this stand-in listens in the sandbox and what it is called there. */
export const sandbox: SandboxFacts = { port: 4101, dialect: 'rest-camel' };

const DEFAULT_PAGE_SIZE = 20;
const MAX_PAGE_SIZE = 100;
const MAX_BATCH_IDS = 100;

const COLLECTIONS: Record<EntityKind, string> = {
  policy: 'policies',
  carrier: 'carriers',
  challenge: 'challenges',
  financeProduct: 'financeProducts',
  talentService: 'talentServices',
  achievement: 'achievements',
  cooperation: 'cooperationItems',
  technologyManager: 'technologyManagers',
  consortium: 'consortia',
};

/** A conventional HTTP status and `{ error: { code, message } }`. */
const ERRORS = jsonErrors<string>(
  {
    rejections: {
      NOT_FOUND: { status: 404, code: 'RESOURCE_NOT_FOUND' },
      CHALLENGE_NOT_OPEN: { status: 409, code: 'CHALLENGE_CLOSED' },
      DUPLICATE_APPLICATION: { status: 409, code: 'ALREADY_APPLIED' },
      INVALID: { status: 422, code: 'VALIDATION_FAILED' },
    },
    badRequest: { code: 'BAD_REQUEST' },
    rateLimited: { code: 'RATE_LIMITED' },
    internal: { code: 'INTERNAL_ERROR' },
  },
  (reply, { status, code, message }) => reply.code(status).send({ error: { code, message } }),
);

/** The contract's camelCase names but for these; location and contact are nested objects. */
const FORM = defineNativeForm({
  record: { url: 'detailUrl', sourceUpdatedAt: 'updatedAt' },
  names: {
    policy: { maxSupportYuan: 'maxSupport' },
    carrier: { kind: 'type' },
    challenge: { publisherKind: 'publisherType', rewardYuan: 'reward' },
    financeProduct: { productKind: 'productType', minAmountYuan: 'minAmount', maxAmountYuan: 'maxAmount' },
    talentService: { serviceKind: 'serviceType' },
    achievement: { askingPriceYuan: 'askingPrice' },
    cooperation: { cooperationKind: 'cooperationType' },
  },
});

const pageQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).default(DEFAULT_PAGE_SIZE),
  ids: z.string().optional(),
});

/** Paging and lookup parameters; the platform refuses bad ones before it reaches the store. */
function parseQuery(query: unknown): z.infer<typeof pageQuery> {
  const parsed = pageQuery.safeParse(query);
  if (!parsed.success) throw new Refusal(400, 'BAD_REQUEST', describeIssues(parsed.error));
  return parsed.data;
}

function register(app: FastifyInstance, context: StandInContext): void {
  const { store } = context;
  const service = nativeService(context, FORM);
  ERRORS.register(app);

  for (const kind of ENTITY_KINDS) {
    app.get(`/api/v1/${COLLECTIONS[kind]}`, async (request) => {
      const query = parseQuery(request.query);
      if (query.ids !== undefined) {
        const ids = query.ids.split(',').filter(Boolean);
        if (ids.length > MAX_BATCH_IDS) throw new Refusal(400, 'BAD_REQUEST', `at most ${MAX_BATCH_IDS} ids per request, got ${ids.length}`);
        return { items: ids.flatMap((id) => store.get(kind, id) ?? []).map((record) => service.serve(kind, record)) };
      }
      const all = store.list(kind);
      const items = numberedPage(all, query.page, query.pageSize, MAX_PAGE_SIZE).map((record) => service.serve(kind, record));
      return { items, page: query.page, pageSize: Math.min(query.pageSize, MAX_PAGE_SIZE), total: all.length };
    });
  }

  app.post('/api/v1/challenges', async (request, reply) => reply.code(201).send(service.publish(request.body)));
  app.post<IdRoute>('/api/v1/challenges/:id/applications', async (request, reply) => reply.code(201).send(service.apply(request.params.id, request.body)));
  app.get<IdRoute>('/api/v1/challenges/:id/applications', async (request) => ({ items: service.applications(request.params.id) }));
  app.patch<IdRoute>('/api/v1/applications/:id', async (request) => service.setApplicationStatus(request.params.id, request.body));
  app.patch<IdRoute>('/api/v1/challenges/:id', async (request) => service.changeChallenge(request.params.id, request.body));
}

export const standIn: StandInDialect = { register, sendFailure: ERRORS.sendFailure };
