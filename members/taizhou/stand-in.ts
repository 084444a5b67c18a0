/**
 * Taizhou's science-and-technology cloud platform (dialect ndjson-feed): an incremental change
 * feed. `GET /feed?since=<token>&limit=<n>` answers NDJSON, one JSON object per line — upserts
 * with the whole record, tombstones for deletions — ending in a checkpoint line with the token to
 * continue from. Without `since` the feed is a full snapshot. An unknown or expired token
 * answers 410 Gone: the client resyncs from a snapshot. `GET /records/<type>/<id>` looks up one
 * record. Records are flat snake_case objects, dates ISO, money in yuan, vocabularies and
 * statuses as Chinese labels. Errors are `{ code, message }` with a conventional status.
 */
import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { ENTITY_KINDS, type EntityKind } from '../../schema/contract.js';
import { Refusal, jsonErrors, nativeService, type IdRoute, type NativeService } from '../../sandbox/kit/json-platform.js';
import { defineNativeForm, snakeCase } from '../../sandbox/kit/native-form.js';
import type { StandInContext, SandboxFacts, StandInDialect } from '../../sandbox/kit/stand-in.js';
import { localIdOf, type PlatformStore } from '../../sandbox/kit/store.js';

/** Where this stand-in listens in the sandbox and what it is called there. */
export const sandbox: SandboxFacts = { port: 4109, dialect: 'ndjson-feed' };

const DEFAULT_LIMIT = 500;
const MAX_LIMIT = 5_000;

/** Errors are `{ code, message }` with a conventional status. */
const ERRORS = jsonErrors<string>(
  {
    rejections: {
      NOT_FOUND: { status: 404, code: 'RECORD_NOT_FOUND' },
      CHALLENGE_NOT_OPEN: { status: 409, code: 'CHALLENGE_NOT_OPEN' },
      DUPLICATE_APPLICATION: { status: 409, code: 'DUPLICATE_APPLICATION' },
      INVALID: { status: 400, code: 'INVALID_INPUT' },
    },
    badRequest: { code: 'BAD_REQUEST' },
    rateLimited: { code: 'RATE_LIMITED' },
    internal: { code: 'INTERNAL_ERROR' },
  },
  (reply, { status, code, message }) => reply.code(status).send({ code, message }),
);

const CONTACT = { name: 'contact_name', phone: 'contact_phone', email: 'contact_email' };
const LOCATION = { lat: 'lat', lng: 'lng' };

/**
 * Flat snake_case records, members as the cities' Chinese names; a malformed one lost its title
 * column on the way into the feed.
 */
const FORM = defineNativeForm({
  naming: snakeCase,
  record: { sourceUpdatedAt: 'updated_at' },
  names: {
    carrier: { location: LOCATION, floorArea: 'floor_area_sqm', freeArea: 'free_area_sqm', contact: CONTACT },
    financeProduct: { servingMembers: 'serving_cities', contact: CONTACT },
    talentService: { location: LOCATION, contact: CONTACT },
    achievement: { contact: CONTACT },
    cooperation: { members: 'cities' },
    technologyManager: { contact: CONTACT },
    consortium: { members: 'cities' },
    application: { contact: CONTACT },
  },
});

/** The feed's `type` and the lookup path's name of a kind: the kind in snake_case (`finance_product`). */
const typeOf = (kind: EntityKind) => snakeCase(kind);

/**
 * Where a reader of the feed stands. `epoch` ties a token to one run of the platform (its log
 * restarts with it); `offset` is set while a snapshot is being paged and counts records served.
 */
interface FeedPosition {
  epoch: string;
  sequence: number;
  offset?: number;
}

function encodeToken(position: FeedPosition): string {
  const parts = [position.epoch, position.sequence.toString(36)];
  if (position.offset !== undefined) parts.push(position.offset.toString(36));
  return parts.join('.');
}

function gone(since: string): Refusal<string> {
  return new Refusal(410, 'SINCE_EXPIRED', `since token "${since}" is unknown or expired; resync from a full snapshot`);
}

function decodeToken(since: string, epoch: string, store: PlatformStore): FeedPosition {
  const [tokenEpoch, sequence36, offset36, ...rest] = since.split('.');
  if (tokenEpoch !== epoch || sequence36 === undefined || rest.length > 0 || !/^[0-9a-z]+$/.test(sequence36)) throw gone(since);
  const sequence = parseInt(sequence36, 36);
  if (sequence > store.headSequence) throw gone(since);
  if (offset36 === undefined) return { epoch, sequence };
  // Paging a snapshot by position is only sound while nothing moved under it.
  if (!/^[0-9a-z]+$/.test(offset36) || sequence !== store.headSequence) throw gone(since);
  return { epoch, sequence, offset: parseInt(offset36, 36) };
}

type FeedLine = Record<string, unknown>;

class ChangeFeed {
  private readonly epoch = randomBytes(4).toString('hex');

  constructor(
    private readonly store: PlatformStore,
    private readonly service: NativeService,
  ) {}

  read(since: string | undefined, limit: number): FeedLine[] {
    const { store } = this;
    if (since === undefined) return this.snapshot({ epoch: this.epoch, sequence: store.headSequence, offset: 0 }, limit);
    const position = decodeToken(since, this.epoch, store);
    return position.offset === undefined ? this.increments(position, limit) : this.snapshot(position, limit);
  }

  /** Every current record as an upsert, stamped with its last change (0 when unchanged since start). */
  private snapshot(position: FeedPosition, limit: number): FeedLine[] {
    const { store } = this;
    const lastChange = new Map(store.changesSince(0).map((entry) => [`${entry.kind}:${entry.localId}`, entry.sequence]));
    const all = ENTITY_KINDS.flatMap((kind) => store.list(kind).map((record) => ({ kind, record })));
    const start = position.offset ?? 0;
    const page = all.slice(start, start + limit);
    const lines: FeedLine[] = page.map(({ kind, record }) => ({
      op: 'upsert',
      type: typeOf(kind),
      seq: lastChange.get(`${kind}:${localIdOf(record)}`) ?? 0,
      record: this.service.serve(kind, record),
    }));
    const more = start + page.length < all.length;
    const next: FeedPosition = more ? { ...position, offset: start + page.length } : { epoch: this.epoch, sequence: position.sequence };
    return [...lines, { op: 'checkpoint', since: encodeToken(next), more }];
  }

  private increments(position: FeedPosition, limit: number): FeedLine[] {
    const { store } = this;
    const changes = store.changesSince(position.sequence);
    const page = changes.slice(0, limit);
    const lines: FeedLine[] = page.map((entry) => {
      if (entry.operation === 'delete') return { op: 'delete', type: typeOf(entry.kind), seq: entry.sequence, id: entry.localId };
      const record = store.get(entry.kind, entry.localId)!;
      return { op: 'upsert', type: typeOf(entry.kind), seq: entry.sequence, record: this.service.serve(entry.kind, record) };
    });
    const more = page.length < changes.length;
    const sequence = more ? page.at(-1)!.sequence : store.headSequence;
    return [...lines, { op: 'checkpoint', since: encodeToken({ epoch: this.epoch, sequence }), more }];
  }
}

const KIND_OF_TYPE: Readonly<Record<string, EntityKind>> = Object.fromEntries(ENTITY_KINDS.map((kind) => [typeOf(kind), kind]));
const typeIn = z.enum(Object.keys(KIND_OF_TYPE) as [string, ...string[]]);
const feedIn = z.object({ since: z.string().optional(), limit: z.coerce.number().int().min(1).default(DEFAULT_LIMIT) });

function register(app: FastifyInstance, context: StandInContext): void {
  const service = nativeService(context, FORM);
  const feed = new ChangeFeed(context.store, service);

  ERRORS.register(app);

  app.get('/feed', async (request, reply) => {
    const query = feedIn.parse(request.query);
    const lines = feed.read(query.since, Math.min(query.limit, MAX_LIMIT));
    return reply.type('application/x-ndjson; charset=utf-8').send(lines.map((line) => JSON.stringify(line)).join('\n') + '\n');
  });

  app.get<{ Params: { type: string; id: string } }>('/records/:type/:id', async (request) => service.find(KIND_OF_TYPE[typeIn.parse(request.params.type)]!, request.params.id));

  app.post('/challenges', async (request, reply) => reply.code(201).send(service.publish(request.body)));
  app.post<IdRoute>('/challenges/:id/applications', async (request, reply) => reply.code(201).send(service.apply(request.params.id, request.body)));
  app.get<IdRoute>('/challenges/:id/applications', async (request) => service.applications(request.params.id));
  app.put<IdRoute>('/applications/:id/status', async (request) => service.setApplicationStatus(request.params.id, request.body));
  app.put<IdRoute>('/challenges/:id/status', async (request) => service.setChallengeStatus(request.params.id, request.body));
  app.patch<IdRoute>('/challenges/:id', async (request) => service.updateChallenge(request.params.id, request.body));
}

export const standIn: StandInDialect = { register, sendFailure: ERRORS.sendFailure };
