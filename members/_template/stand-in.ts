/**
 * Template's science-and-technology cloud platform (dialect json-api): JSON:API under `/api`.
 * Collections page with `page[size]` and `page[number]` and link the next page in `links.next`;
 * `filter[id]=a,b` looks several records up; writes send `{ data: { type, attributes } }`.
 * Attributes are kebab-case, money in 万元 numbers, dates ISO, vocabularies Chinese labels.
 * Errors are `{ errors: [{ status, code, detail }] }`.
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { ENTITY_KINDS, globalId, type EntityKind } from '../../schema/contract.js';
import { NEW_APPLICATION_FIELDS, NEW_CHALLENGE_FIELDS, type RecordByTable, type TableKind } from '../../schema/record-fields.js';
import { describeIssues } from '../../sandbox/kit/native-input.js';
import { defineNativeForm, type Native } from '../../sandbox/kit/native-form.js';
import type { PlatformFailure, SandboxFacts, StandInContext, StandInDialect } from '../../sandbox/kit/stand-in.js';
import { PlatformRejection } from '../../sandbox/kit/store.js';

/** Where this stand-in listens in the sandbox and what it is called there. */
export const sandbox: SandboxFacts = { port: 4199, dialect: 'json-api' };

const MEDIA_TYPE = 'application/vnd.api+json';
const DEFAULT_PAGE_SIZE = 20;
const MAX_PAGE_SIZE = 100;

const TYPES: Record<TableKind, string> = { policy: 'policies', carrier: 'carriers', challenge: 'challenges', application: 'applications' };

const REFUSALS: Record<PlatformRejection['reason'], { status: number; code: string }> = {
  NOT_FOUND: { status: 404, code: 'not-found' },
  CHALLENGE_NOT_OPEN: { status: 409, code: 'challenge-closed' },
  DUPLICATE_APPLICATION: { status: 409, code: 'already-applied' },
  INVALID: { status: 422, code: 'invalid' },
};

const FORM = defineNativeForm({
  naming: (name) => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`),
  record: { url: 'links.self', sourceUpdatedAt: 'updated-at' },
  names: { policy: { maxSupportYuan: 'max-support-wan' }, challenge: { rewardYuan: 'reward-wan' } },
  money: 'wan',
});

/** A record as a resource: the id and links at the top, every other field an attribute. */
function resource(kind: TableKind, record: RecordByTable[TableKind], broken = false): Native {
  const { id, links, ...attributes } = FORM.write(kind, record, broken);
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
  if (data?.type !== TYPES[kind]) throw new PlatformRejection('INVALID', `data.type: expected "${TYPES[kind]}"`);
  return data.attributes;
}

function sendErrors(reply: FastifyReply, status: number, code: string, detail: string): FastifyReply {
  return reply.code(status).type(MEDIA_TYPE).send({ errors: [{ status: String(status), code, detail }] });
}

function register(app: FastifyInstance, context: StandInContext): void {
  const { store, member, faults } = context;
  const document = (data: unknown, links?: Native) => ({ data, ...(links && { links }) });
  const challengeResource = (record: RecordByTable['challenge']) => resource('challenge', record, faults.isMalformed(record.id));

  app.addContentTypeParser(MEDIA_TYPE, { parseAs: 'string' }, (_request, body, done) => {
    try {
      done(null, JSON.parse(body as string));
    } catch {
      done(new PlatformRejection('INVALID', 'the body is not JSON'), undefined);
    }
  });

  app.setErrorHandler((error, _request, reply) => {
    if (error instanceof PlatformRejection) {
      const { status, code } = REFUSALS[error.reason];
      return sendErrors(reply, status, code, error.message);
    }
    if (error instanceof z.ZodError) return sendErrors(reply, 400, 'bad-request', describeIssues(error));
    const status = (error as { statusCode?: number }).statusCode ?? 500;
    return sendErrors(reply, status, status < 500 ? 'bad-request' : 'server-error', status < 500 ? (error as Error).message : 'internal error');
  });

  for (const kind of ENTITY_KINDS) {
    app.get(`/api/${TYPES[kind]}`, async (request) => {
      const query = pageQuery.parse(request.query);
      const toResource = (record: RecordByTable[EntityKind]) => resource(kind, record, faults.isMalformed(record.id));
      if (query['filter[id]'] !== undefined) {
        const ids = query['filter[id]'].split(',').filter(Boolean);
        if (ids.length > MAX_PAGE_SIZE) throw new PlatformRejection('INVALID', `filter[id]: at most ${MAX_PAGE_SIZE} ids`);
        return document(ids.flatMap((id) => store.get(kind, id) ?? []).map(toResource));
      }
      const size = Math.min(query['page[size]'], MAX_PAGE_SIZE);
      const all = store.list(kind);
      const start = (query['page[number]'] - 1) * size;
      const more = start + size < all.length;
      const next = more ? `/api/${TYPES[kind]}?page[size]=${size}&page[number]=${query['page[number]'] + 1}` : undefined;
      return document(all.slice(start, start + size).map(toResource), next ? { next } : undefined);
    });
  }

  app.post('/api/challenges', async (request, reply) => {
    const created = store.createChallenge(FORM.read('challenge', attributesOf(request.body, 'challenge'), NEW_CHALLENGE_FIELDS));
    return reply.code(201).type(MEDIA_TYPE).send(document(challengeResource(created)));
  });

  app.patch('/api/challenges/:id', async (request) => {
    const { id } = request.params as { id: string };
    const { status } = FORM.read('challenge', attributesOf(request.body, 'challenge'), ['status']);
    return document(challengeResource(store.setChallengeStatus(id, status)));
  });

  app.post('/api/challenges/:id/applications', async (request, reply) => {
    const { id } = request.params as { id: string };
    const input = FORM.read('application', attributesOf(request.body, 'application'), NEW_APPLICATION_FIELDS);
    const application = store.submitApplication(id, { ...input, challengeId: globalId(member.slug, 'challenge', id) });
    return reply.code(201).type(MEDIA_TYPE).send(document(resource('application', application)));
  });

  app.get('/api/challenges/:id/applications', async (request) => {
    const { id } = request.params as { id: string };
    if (!store.get('challenge', id)) throw new PlatformRejection('NOT_FOUND', `challenge ${id} does not exist`);
    return document(store.applicationsOf(id).map((application) => resource('application', application)));
  });

  app.patch('/api/applications/:id', async (request) => {
    const { id } = request.params as { id: string };
    const { status } = FORM.read('application', attributesOf(request.body, 'application'), ['status']);
    return document(resource('application', store.setApplicationStatus(id, status)));
  });
}

export const standIn: StandInDialect = {
  register,
  sendFailure: (reply, failure: PlatformFailure) =>
    sendErrors(reply, failure.status, failure.status === 429 ? 'too-many-requests' : 'server-error', failure.message),
};
