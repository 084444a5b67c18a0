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
import { z } from 'zod';
import { APPLICATION_STATUS, CHALLENGE_STATUS, COOPERATION_STATUS, ENTITY_KINDS, type EntityKind } from '../../schema/contract.js';
import { Refusal, jsonErrors, nativeService, type IdRoute } from '../../sandbox/kit/json-platform.js';
import { defineNativeForm, snakeCase } from '../../sandbox/kit/native-form.js';
import type { StandInContext, SandboxFacts, StandInDialect } from '../../sandbox/kit/stand-in.js';

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

const COLLECTIONS: Record<EntityKind, string> = {
  policy: 'policies',
  carrier: 'carriers',
  challenge: 'challenges',
  financeProduct: 'finance_products',
  talentService: 'talent_services',
  achievement: 'achievements',
  cooperation: 'cooperation_items',
  technologyManager: 'technology_managers',
  consortium: 'consortia',
};

/** Errors are OAuth-style `{ error, error_description }` with a conventional status. */
const ERRORS = jsonErrors<string>(
  {
    rejections: {
      NOT_FOUND: { status: 404, code: 'not_found' },
      CHALLENGE_NOT_OPEN: { status: 409, code: 'challenge_not_open' },
      DUPLICATE_APPLICATION: { status: 409, code: 'duplicate_application' },
      INVALID: { status: 422, code: 'invalid_request' },
    },
    badRequest: { code: 'invalid_request' },
    rateLimited: { code: 'rate_limited' },
    internal: { code: 'server_error' },
  },
  (reply, { status, code, message }) => reply.code(status).send({ error: code, error_description: message }),
);

const lowerCase = <V extends string>(values: readonly V[]) => Object.fromEntries(values.map((value) => [value, value.toLowerCase()])) as Record<V, string>;
const CONTACT = { name: 'contact.person', phone: 'contact.tel' };
const GEO = { lat: 'geo.lat', lng: 'geo.lng' };
/** An impossible timestamp, as a bad data migration leaves them: what a malformed record carries. */
const brokenTimestamp = { sourceUpdatedAt: () => '2025-13-45T25:61:00Z' };

/** snake_case keys with nested objects, UTC timestamps, money in fen, statuses as lower-case codes. */
const FORM = defineNativeForm({
  naming: snakeCase,
  record: { url: 'source_url', tags: 'labels', sourceUpdatedAt: 'updated_at' },
  names: {
    policy: {
      title: 'policy_name', docNumber: 'doc_no', issuer: 'issuing_body', summary: 'abstract', maxSupportYuan: 'max_support_fen',
      publishedOn: 'dates.published', effectiveFrom: 'dates.effective', expiresOn: 'dates.expires',
    },
    carrier: {
      name: 'carrier_name', kind: 'carrier_type', address: 'address.full', district: 'address.district', location: GEO,
      floorArea: 'area_sqm.total', freeArea: 'area_sqm.vacant', contact: CONTACT,
    },
    challenge: { publisher: 'publisher.name', publisherKind: 'publisher.type', rewardYuan: 'reward_fen' },
    financeProduct: {
      name: 'product_name', productKind: 'product_type', minAmountYuan: 'amount_fen.min', maxAmountYuan: 'amount_fen.max', servingMembers: 'serving_cities',
      publishedOn: 'dates.published', contact: CONTACT,
    },
    talentService: {
      name: 'service_name', serviceKind: 'service_type', address: 'address.full', district: 'address.district', location: GEO,
      publishedOn: 'dates.published', contact: CONTACT,
    },
    achievement: { title: 'achievement_name', askingPriceYuan: 'asking_price_fen', patents: 'patent_nos', summary: 'abstract', publishedOn: 'dates.published', contact: CONTACT },
    cooperation: {
      title: 'item_name', cooperationKind: 'cooperation_type', leadOrganization: 'lead.organization', members: 'cities', summary: 'abstract',
      startedOn: 'dates.started', endsOn: 'dates.ends',
    },
    technologyManager: { name: 'manager_name', contact: CONTACT },
    consortium: { name: 'consortium_name', code: 'consortium_code', leadOrganization: 'lead.organization', leadRole: 'lead.role', members: 'cities', foundedOn: 'dates.founded' },
    application: { applicantOrganization: 'applicant.organization', applicantCity: 'applicant.city', contact: CONTACT },
  },
  money: 'fen',
  dateTimes: 'utc',
  codes: {
    challengeStatus: lowerCase(CHALLENGE_STATUS.values),
    applicationStatus: lowerCase(APPLICATION_STATUS.values),
    cooperationStatus: lowerCase(COOPERATION_STATUS.values),
  },
  broken: Object.fromEntries(ENTITY_KINDS.map((kind) => [kind, brokenTimestamp])),
});

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
  throw new Refusal(400, 'invalid_cursor', `cursor "${cursor}" is not one this API issued`);
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
  const { store, faults } = context;
  const service = nativeService(context, FORM);
  const tokens = new TokenIssuer();
  // The one client the stand-in knows: its sandbox credentials.
  const { clientId: knownId, clientSecret: knownSecret } = SANDBOX_CLIENT;

  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_request, body, done) => {
    done(null, Object.fromEntries(new URLSearchParams(body as string)));
  });

  ERRORS.register(app);

  app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    if (request.routeOptions.url === TOKEN_PATH) return;
    const refusal = tokens.refusal(request.headers.authorization);
    if (refusal === undefined) return;
    reply.header('www-authenticate', `Bearer realm="nantong", error="invalid_token", error_description="${refusal}"`);
    return reply.code(401).send({ error: 'invalid_token', error_description: refusal });
  });

  app.post(TOKEN_PATH, async (request) => {
    const parsed = tokenIn.safeParse(request.body);
    if (!parsed.success) throw new Refusal(400, 'invalid_request', 'grant_type, client_id and client_secret are required');
    const { grant_type: grantType, client_id: clientId, client_secret: clientSecret } = parsed.data;
    if (grantType !== 'client_credentials') throw new Refusal(400, 'unsupported_grant_type', `grant_type ${grantType} is not supported`);
    if (clientId !== knownId || clientSecret !== knownSecret) throw new Refusal(401, 'invalid_client', 'client authentication failed');
    const ttl = faults.settings.tokenTtlSeconds;
    return { access_token: tokens.issue(ttl), token_type: 'Bearer', expires_in: ttl };
  });

  for (const kind of ENTITY_KINDS) {
    app.get(`/v2/${COLLECTIONS[kind]}`, async (request) => {
      const page = pageIn.safeParse(request.query);
      if (!page.success) throw new Refusal(400, 'invalid_request', 'limit must be a positive integer');
      const limit = Math.min(page.data.limit, MAX_LIMIT);
      const start = page.data.cursor === undefined ? 0 : offsetOf(page.data.cursor);
      const all = store.list(kind);
      const end = start + limit;
      return {
        data: all.slice(start, end).map((record) => service.serve(kind, record)),
        next_cursor: end < all.length ? cursorFor(end) : null,
      };
    });

    app.get<IdRoute>(`/v2/${COLLECTIONS[kind]}/:id`, async (request) => service.find(kind, request.params.id));
  }

  app.post('/v2/challenges', async (request, reply) => reply.code(201).send(service.publish(request.body)));
  app.post<IdRoute>('/v2/challenges/:id/applications', async (request, reply) => reply.code(201).send(service.apply(request.params.id, request.body)));
  app.get<IdRoute>('/v2/challenges/:id/applications', async (request) => ({ data: service.applications(request.params.id) }));
  app.patch<IdRoute>('/v2/applications/:id', async (request) => service.setApplicationStatus(request.params.id, request.body));
  app.patch<IdRoute>('/v2/challenges/:id', async (request) => service.changeChallenge(request.params.id, request.body));
}

export const standIn: StandInDialect = { register, sendFailure: ERRORS.sendFailure };
