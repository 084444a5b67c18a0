/**
 * Nantong's science-and-technology cloud platform (dialect rest-oauth2): REST JSON under `/v2`
 * behind OAuth2 client credentials. `POST /oauth/token` (form-encoded) issues bearer tokens that
 * live `tokenTtlSeconds`; every other call needs one, and an unknown or expired token gets
 * 401 `invalid_token`. Lists page by opaque cursor (`?limit=&cursor=` → `{ data, next_cursor }`),
 * lookup is one id per call. Fields are snake_case and nested, timestamps UTC (`…Z`), money in
 * fen (分), vocabularies as Chinese labels, statuses as lower-case codes. Errors are OAuth-style
 * `{ error, error_description }` with a conventional status; bursts get 429 + Retry-After.
 */
import { randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
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
import { describeIssues, valuesOfLabels } from '../../sandbox/kit/native-input.js';
import type { PlatformFailure, StandInContext, SandboxFacts, StandInDialect } from '../../sandbox/kit/stand-in.js';
import { PlatformRejection, localIdOf } from '../../sandbox/kit/store.js';

const SANDBOX_CLIENT = { clientId: 'corridor-hub', clientSecret: 'nantong-sandbox-secret' };
/**
 * Where this stand-in listens in the sandbox and what it is called there. Nantong's gateway
 * throttles bursts and issues short-lived tokens, as the real one does.
 */
export const sandbox: SandboxFacts = {
  port: 4106,
  dialect: 'rest-oauth2',
  credentials: SANDBOX_CLIENT,
  behaviour: { rateLimit: { requests: 200, windowMs: 1_000 }, tokenTtlSeconds: 600 },
};

const TOKEN_PATH = '/oauth/token';
const DEFAULT_LIMIT = 50;
const MAX_LIMIT = 100;

const COLLECTIONS: Record<EntityKind, string> = { policy: 'policies', carrier: 'carriers', challenge: 'challenges' };

/** A refusal in Nantong's OAuth-style error form. */
class NantongError extends Error {
  constructor(
    readonly status: number,
    readonly error: string,
    description: string,
  ) {
    super(description);
  }
}

const REJECTIONS: Record<PlatformRejection['reason'], { status: number; error: string }> = {
  NOT_FOUND: { status: 404, error: 'not_found' },
  CHALLENGE_NOT_OPEN: { status: 409, error: 'challenge_not_open' },
  DUPLICATE_APPLICATION: { status: 409, error: 'duplicate_application' },
  INVALID: { status: 422, error: 'invalid_request' },
};

type Native = Record<string, unknown>;

/** `2025-03-06T09:30:00+08:00` → `2025-03-06T01:30:00Z`: Nantong stores and sends UTC. */
function utc(dateTime: string): string {
  return new Date(dateTime).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function fen(yuan: number | null): number | null {
  return yuan === null ? null : yuan * 100;
}

function policyOut(record: PolicyRecord): Native {
  return {
    id: localIdOf(record),
    policy_name: record.title,
    doc_no: record.docNumber,
    issuing_body: record.issuer,
    dates: { published: record.publishedOn, effective: record.effectiveFrom, expires: record.expiresOn },
    categories: record.categories.map((value) => nativeLabel(POLICY_CATEGORY, value, record)),
    industries: record.industries.map((value) => nativeLabel(INDUSTRY, value, record)),
    abstract: record.summary,
    max_support_fen: fen(record.maxSupportYuan),
    eligibility: record.eligibility,
    source_url: record.url,
    labels: record.tags,
    updated_at: utc(record.sourceUpdatedAt),
  };
}

function carrierOut(record: CarrierRecord): Native {
  return {
    id: localIdOf(record),
    carrier_name: record.name,
    carrier_type: nativeLabel(CARRIER_KIND, record.kind, record),
    level: nativeLabel(CARRIER_LEVEL, record.level, record),
    industries: record.industries.map((value) => nativeLabel(INDUSTRY, value, record)),
    operator: record.operator,
    address: { full: record.address, district: record.district },
    geo: { lat: record.location.lat, lng: record.location.lng },
    area_sqm: { total: record.floorArea, vacant: record.freeArea },
    services: record.services,
    contact: { person: record.contact.name, tel: record.contact.phone, email: record.contact.email },
    source_url: record.url,
    labels: record.tags,
    updated_at: utc(record.sourceUpdatedAt),
  };
}

function challengeOut(record: ChallengeRecord): Native {
  return {
    id: localIdOf(record),
    title: record.title,
    description: record.description,
    publisher: { name: record.publisher, type: nativeLabel(PUBLISHER_KIND, record.publisherKind, record) },
    industries: record.industries.map((value) => nativeLabel(INDUSTRY, value, record)),
    technical_field: record.technicalField,
    reward_fen: fen(record.rewardYuan),
    deadline: record.deadline,
    status: record.status.toLowerCase(),
    published_on: record.publishedOn,
    requirements: record.requirements,
    application_count: record.applicationCount,
    source_url: record.url,
    labels: record.tags,
    updated_at: utc(record.sourceUpdatedAt),
  };
}

function applicationOut(application: ApplicationRecord): Native {
  return {
    id: localIdOf(application),
    challenge_id: localIdOf({ id: application.challengeId }),
    applicant: { organization: application.applicantOrganization, city: application.applicantCity },
    proposal: application.proposal,
    contact: { person: application.contact.name, tel: application.contact.phone, email: application.contact.email },
    status: application.status.toLowerCase(),
    submitted_at: utc(application.submittedAt),
  };
}

const SERIALIZERS: { [K in EntityKind]: (record: RecordByKind[K]) => Native } = {
  policy: policyOut,
  carrier: carrierOut,
  challenge: challengeOut,
};

/** A malformed record keeps its id but carries an impossible timestamp, as a bad data migration leaves them. */
function serialize<K extends EntityKind>(context: StandInContext, kind: K, record: RecordByKind[K]): Native {
  const native = (SERIALIZERS[kind] as (record: RecordByKind[K]) => Native)(record);
  if (context.faults.isMalformed(record.id)) native.updated_at = '2025-13-45T25:61:00Z';
  return native;
}

const contactIn = z.object({ person: z.string().nullable(), tel: z.string().nullable(), email: z.string().nullable() });

const newChallengeIn = z.object({
  title: z.string(),
  description: z.string(),
  publisher: z.object({ name: z.string(), type: z.string() }),
  industries: z.array(z.string()),
  technical_field: z.string(),
  reward_fen: z.number().int().nonnegative().nullable(),
  deadline: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD'),
  requirements: z.string(),
  labels: z.array(z.string()).default([]),
});

const newApplicationIn = z.object({
  applicant: z.object({ organization: z.string().min(1), city: z.string().min(1) }),
  proposal: z.string().min(1),
  contact: contactIn,
});

const challengeStatusIn = z.object({ status: z.enum(CHALLENGE_STATUS.values.map((v) => v.toLowerCase()) as [string, ...string[]]) });
const applicationStatusIn = z.object({ status: z.enum(APPLICATION_STATUS.values.map((v) => v.toLowerCase()) as [string, ...string[]]) });

const tokenIn = z.object({ grant_type: z.string(), client_id: z.string(), client_secret: z.string() });
const pageIn = z.object({ limit: z.coerce.number().int().min(1).default(DEFAULT_LIMIT), cursor: z.string().optional() });

function cursorFor(offset: number): string {
  return Buffer.from(JSON.stringify({ offset })).toString('base64url');
}

function offsetOf(cursor: string): number {
  try {
    const { offset } = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { offset?: unknown };
    if (typeof offset === 'number' && Number.isInteger(offset) && offset >= 0) return offset;
  } catch {
    // fall through to the refusal below
  }
  throw new NantongError(400, 'invalid_cursor', `cursor "${cursor}" is not one this API issued`);
}

/** Issued tokens and when they stop working (epoch ms). */
class TokenIssuer {
  private readonly expiries = new Map<string, number>();

  issue(ttlSeconds: number, now = Date.now()): string {
    for (const [token, expiry] of this.expiries) if (expiry <= now) this.expiries.delete(token);
    const token = randomBytes(24).toString('base64url');
    this.expiries.set(token, now + ttlSeconds * 1000);
    return token;
  }

  /** Why a bearer token is refused, or undefined when it is good. */
  refusal(authorization: string | undefined, now = Date.now()): string | undefined {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
    if (!match) return 'a bearer token is required';
    const expiry = this.expiries.get(match[1]!);
    if (expiry === undefined) return 'the access token is unknown';
    if (expiry <= now) return 'the access token expired';
    return undefined;
  }
}

function register(app: FastifyInstance, context: StandInContext): void {
  const { store, member, faults } = context;
  const tokens = new TokenIssuer();
  // The one client the stand-in knows: its sandbox credentials.
  const { clientId: knownId, clientSecret: knownSecret } = SANDBOX_CLIENT;

  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_request, body, done) => {
    done(null, Object.fromEntries(new URLSearchParams(body as string)));
  });

  app.setErrorHandler((error, _request, reply) => {
    if (error instanceof NantongError) return reply.code(error.status).send({ error: error.error, error_description: error.message });
    if (error instanceof PlatformRejection) {
      const { status, error: code } = REJECTIONS[error.reason];
      return reply.code(status).send({ error: code, error_description: error.message });
    }
    if (error instanceof ZodError) return reply.code(422).send({ error: 'invalid_request', error_description: describeIssues(error) });
    const status = (error as { statusCode?: number }).statusCode ?? 500;
    return reply.code(status).send({ error: status < 500 ? 'invalid_request' : 'server_error', error_description: (error as Error).message });
  });

  app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    if (request.routeOptions.url === TOKEN_PATH) return;
    const refusal = tokens.refusal(request.headers.authorization);
    if (refusal === undefined) return;
    reply.header('www-authenticate', `Bearer realm="nantong", error="invalid_token", error_description="${refusal}"`);
    return reply.code(401).send({ error: 'invalid_token', error_description: refusal });
  });

  app.post(TOKEN_PATH, async (request) => {
    const parsed = tokenIn.safeParse(request.body);
    if (!parsed.success) throw new NantongError(400, 'invalid_request', 'grant_type, client_id and client_secret are required');
    const { grant_type: grantType, client_id: clientId, client_secret: clientSecret } = parsed.data;
    if (grantType !== 'client_credentials') throw new NantongError(400, 'unsupported_grant_type', `grant_type ${grantType} is not supported`);
    if (clientId !== knownId || clientSecret !== knownSecret) throw new NantongError(401, 'invalid_client', 'client authentication failed');
    const ttl = faults.settings.tokenTtlSeconds;
    return { access_token: tokens.issue(ttl), token_type: 'Bearer', expires_in: ttl };
  });

  for (const kind of ENTITY_KINDS) {
    app.get(`/v2/${COLLECTIONS[kind]}`, async (request) => {
      const page = pageIn.safeParse(request.query);
      if (!page.success) throw new NantongError(400, 'invalid_request', 'limit must be a positive integer');
      const limit = Math.min(page.data.limit, MAX_LIMIT);
      const start = page.data.cursor === undefined ? 0 : offsetOf(page.data.cursor);
      const all = store.list(kind);
      const end = start + limit;
      return {
        data: all.slice(start, end).map((record) => serialize(context, kind, record)),
        next_cursor: end < all.length ? cursorFor(end) : null,
      };
    });

    app.get(`/v2/${COLLECTIONS[kind]}/:id`, async (request) => {
      const { id } = request.params as { id: string };
      const record = store.get(kind, id);
      if (!record) throw new NantongError(404, 'not_found', `${kind} ${id} does not exist`);
      return serialize(context, kind, record);
    });
  }

  app.post('/v2/challenges', async (request, reply) => {
    const input = newChallengeIn.parse(request.body);
    const created = store.createChallenge({
      title: input.title,
      description: input.description,
      publisher: input.publisher.name,
      publisherKind: nativeValue(PUBLISHER_KIND, input.publisher.type),
      industries: valuesOfLabels(INDUSTRY, input.industries),
      technicalField: input.technical_field,
      rewardYuan: input.reward_fen === null ? null : Math.round(input.reward_fen / 100),
      deadline: input.deadline,
      requirements: input.requirements,
      tags: input.labels,
    });
    return reply.code(201).send(serialize(context, 'challenge', created));
  });

  app.post('/v2/challenges/:id/applications', async (request, reply) => {
    const { id } = request.params as { id: string };
    const input = newApplicationIn.parse(request.body);
    const application = store.submitApplication(id, {
      challengeId: globalId(member.slug, 'challenge', id),
      applicantOrganization: input.applicant.organization,
      applicantCity: input.applicant.city,
      proposal: input.proposal,
      contact: { name: input.contact.person, phone: input.contact.tel, email: input.contact.email },
    });
    return reply.code(201).send(applicationOut(application));
  });

  app.get('/v2/challenges/:id/applications', async (request) => {
    const { id } = request.params as { id: string };
    if (!store.get('challenge', id)) throw new PlatformRejection('NOT_FOUND', `challenge ${id} does not exist`);
    return { data: store.applicationsOf(id).map(applicationOut) };
  });

  app.patch('/v2/applications/:id', async (request) => {
    const { id } = request.params as { id: string };
    const { status } = applicationStatusIn.parse(request.body);
    return applicationOut(store.setApplicationStatus(id, status.toUpperCase() as ApplicationRecord['status']));
  });

  app.patch('/v2/challenges/:id', async (request) => {
    const { id } = request.params as { id: string };
    const { status } = challengeStatusIn.parse(request.body);
    return serialize(context, 'challenge', store.setChallengeStatus(id, status.toUpperCase() as ChallengeRecord['status']));
  });
}

function sendFailure(reply: FastifyReply, failure: PlatformFailure): FastifyReply {
  const error = failure.status === 429 ? 'rate_limited' : failure.status >= 500 ? 'server_error' : 'invalid_request';
  return reply.code(failure.status).send({ error, error_description: failure.message });
}

export const standIn: StandInDialect = { register, sendFailure };
