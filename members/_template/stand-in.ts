/**
 * Template's science-and-technology cloud platform (dialect json-api): JSON:API under `/api`.
 * Collections page with `page[size]` and `page[number]` and link the next page in `links.next`;
 * `filter[id]=a,b` looks several records up; writes send `{ data: { type, attributes } }`.
 * Attributes are kebab-case, money in 万元 numbers, dates ISO, vocabularies Chinese labels.
 * Errors are `{ errors: [{ status, code, detail }] }`.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { ENTITY_KINDS, type AnyRecord } from '../../schema/contract.js';
import type { TableKind } from '../../schema/record-fields.js';
import { Refusal, jsonErrors, nativeService, numberedPage, type IdRoute } from '../../sandbox/kit/json-platform.js';
import { defineNativeForm, type Native } from '../../sandbox/kit/native-form.js';
import type { SandboxFacts, StandInContext, StandInDialect } from '../../sandbox/kit/stand-in.js';

/** Where this stand-in listens in the sandbox and what it is called there. */
export const sandbox: SandboxFacts = { port: 4199, dialect: 'json-api' };

const MEDIA_TYPE = 'application/vnd.api+json';
const DEFAULT_PAGE_SIZE = 20;
const MAX_PAGE_SIZE = 100;

const TYPES: Record<TableKind, string> = {
  policy: 'policies',
  carrier: 'carriers',
  challenge: 'challenges',
  financeProduct: 'finance-products',
  talentService: 'talent-services',
  achievement: 'achievements',
  cooperation: 'cooperation-items',
  technologyManager: 'technology-managers',
  consortium: 'consortia',
  application: 'applications',
};

/** `{ errors: [{ status, code, detail }] }`. */
const ERRORS = jsonErrors<string>(
  {
    rejections: {
      NOT_FOUND: { status: 404, code: 'not-found' },
      CHALLENGE_NOT_OPEN: { status: 409, code: 'challenge-closed' },
      DUPLICATE_APPLICATION: { status: 409, code: 'already-applied' },
      INVALID: { status: 422, code: 'invalid' },
    },
    badRequest: { code: 'bad-request' },
    rateLimited: { code: 'too-many-requests' },
    internal: { code: 'server-error' },
  },
  (reply, { status, code, message }) => reply.code(status).type(MEDIA_TYPE).send({ errors: [{ status: String(status), code, detail: message }] }),
);

const FORM = defineNativeForm({
  naming: (name) => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`),
  record: { url: 'links.self', sourceUpdatedAt: 'updated-at' },
  names: {
    policy: { maxSupportYuan: 'max-support-wan' },
    challenge: { rewardYuan: 'reward-wan' },
    financeProduct: { minAmountYuan: 'min-amount-wan', maxAmountYuan: 'max-amount-wan' },
    achievement: { askingPriceYuan: 'asking-price-wan' },
  },
  money: 'wan',
});

/** A record as a resource: the id and links at the top, every other field an attribute. */
function resource(kind: TableKind, native: Native): Native {
  const { id, links, ...attributes } = native;
  return { type: TYPES[kind], id, attributes, ...(links !== undefined && { links }) };
}

const pageQuery = z.object({
  'page[size]': z.coerce.number().int().min(1).default(DEFAULT_PAGE_SIZE),
  'page[number]': z.coerce.number().int().min(1).default(1),
  'filter[id]': z.string().optional(),
});

/** The attributes of a write's `{ data: { type, attributes } }`, once its type is the one expected. */
function attributesOf(body: unknown, kind: TableKind): unknown {
  const data = (body as { data?: { type?: unknown; attributes?: unknown } } | null)?.data;
  if (data?.type !== TYPES[kind]) throw new Refusal(422, 'invalid', `data.type: expected "${TYPES[kind]}"`);
  return data.attributes;
}

function register(app: FastifyInstance, context: StandInContext): void {
  const { store } = context;
  const service = nativeService(context, FORM);
  const one = (kind: TableKind, native: Native) => ({ data: resource(kind, native) });
  ERRORS.register(app);

  app.addContentTypeParser(MEDIA_TYPE, { parseAs: 'string' }, (_request, body, done) => {
    try {
      done(null, JSON.parse(body as string));
    } catch {
      done(new Refusal(400, 'bad-request', 'the body is not JSON'), undefined);
    }
  });

  for (const kind of ENTITY_KINDS) {
    app.get(`/api/${TYPES[kind]}`, async (request) => {
      const query = pageQuery.parse(request.query);
      const served = (records: readonly AnyRecord[]) => records.map((record) => resource(kind, service.serve(kind, record)));
      if (query['filter[id]'] !== undefined) {
        const ids = query['filter[id]'].split(',').filter(Boolean);
        if (ids.length > MAX_PAGE_SIZE) throw new Refusal(422, 'invalid', `filter[id]: at most ${MAX_PAGE_SIZE} ids`);
        return { data: served(ids.flatMap((id) => store.get(kind, id) ?? [])) };
      }
      const size = Math.min(query['page[size]'], MAX_PAGE_SIZE);
      const all = store.list(kind);
      const more = query['page[number]'] * size < all.length;
      const next = more ? `/api/${TYPES[kind]}?page[size]=${size}&page[number]=${query['page[number]'] + 1}` : undefined;
      return { data: served(numberedPage(all, query['page[number]'], size, MAX_PAGE_SIZE)), ...(next && { links: { next } }) };
    });
  }

  app.post('/api/challenges', async (request, reply) => reply.code(201).type(MEDIA_TYPE).send(one('challenge', service.publish(attributesOf(request.body, 'challenge')))));
  app.patch<IdRoute>('/api/challenges/:id', async (request) => one('challenge', service.changeChallenge(request.params.id, attributesOf(request.body, 'challenge'))));
  app.post<IdRoute>('/api/challenges/:id/applications', async (request, reply) =>
    reply.code(201).type(MEDIA_TYPE).send(one('application', service.apply(request.params.id, attributesOf(request.body, 'application')))),
  );
  app.get<IdRoute>('/api/challenges/:id/applications', async (request) => ({ data: service.applications(request.params.id).map((native) => resource('application', native)) }));
  app.patch<IdRoute>('/api/applications/:id', async (request) => one('application', service.setApplicationStatus(request.params.id, attributesOf(request.body, 'application'))));
}

export const standIn: StandInDialect = { register, sendFailure: ERRORS.sendFailure };
