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
import { ENTITY_KINDS, globalId, type EntityKind, type RecordByKind } from '../../schema/contract.js';
import { NEW_APPLICATION_FIELDS, NEW_CHALLENGE_FIELDS } from '../../schema/record-fields.js';
import { Refusal, jsonErrors } from '../../sandbox/kit/json-platform.js';
import { defineNativeForm, snakeCase } from '../../sandbox/kit/native-form.js';
import type { StandInContext, SandboxFacts, StandInDialect } from '../../sandbox/kit/stand-in.js';
import { PlatformRejection, localIdOf, type PlatformStore } from '../../sandbox/kit/store.js';

/** Where this stand-in listens in the sandbox and what it is called there. */
export const sandbox: SandboxFacts = { port: 4109, dialect: 'ndjson-feed' };

const DEFAULT_LIMIT = 500;
const MAX_LIMIT = 5_000;

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

/** Flat snake_case records; a malformed one lost its title column on the way into the feed. */
const FORM = defineNativeForm({
  naming: snakeCase,
  record: { sourceUpdatedAt: 'updated_at' },
  names: {
    carrier: { location: { lat: 'lat', lng: 'lng' }, floorArea: 'floor_area_sqm', freeArea: 'free_area_sqm', contact: CONTACT },
    application: { contact: CONTACT },
  },
});

const serialize = <K extends EntityKind>(context: StandInContext, kind: K, record: RecordByKind[K]) => FORM.write(kind, record, context.faults.isMalformed(record.id));

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

  constructor(private readonly context: StandInContext) {}

  read(since: string | undefined, limit: number): FeedLine[] {
    const { store } = this.context;
    if (since === undefined) return this.snapshot({ epoch: this.epoch, sequence: store.headSequence, offset: 0 }, limit);
    const position = decodeToken(since, this.epoch, store);
    return position.offset === undefined ? this.increments(position, limit) : this.snapshot(position, limit);
  }

  /** Every current record as an upsert, stamped with its last change (0 when unchanged since start). */
  private snapshot(position: FeedPosition, limit: number): FeedLine[] {
    const { store } = this.context;
    const lastChange = new Map(store.changesSince(0).map((entry) => [`${entry.kind}:${entry.localId}`, entry.sequence]));
    const all = ENTITY_KINDS.flatMap((kind) => store.list(kind).map((record) => ({ kind, record })));
    const start = position.offset ?? 0;
    const page = all.slice(start, start + limit);
    const lines: FeedLine[] = page.map(({ kind, record }) => ({
      op: 'upsert',
      type: kind,
      seq: lastChange.get(`${kind}:${localIdOf(record)}`) ?? 0,
      record: serialize(this.context, kind, record),
    }));
    const more = start + page.length < all.length;
    const next: FeedPosition = more ? { ...position, offset: start + page.length } : { epoch: this.epoch, sequence: position.sequence };
    return [...lines, { op: 'checkpoint', since: encodeToken(next), more }];
  }

  private increments(position: FeedPosition, limit: number): FeedLine[] {
    const { store } = this.context;
    const changes = store.changesSince(position.sequence);
    const page = changes.slice(0, limit);
    const lines: FeedLine[] = page.map((entry) => {
      if (entry.operation === 'delete') return { op: 'delete', type: entry.kind, seq: entry.sequence, id: entry.localId };
      const record = store.get(entry.kind, entry.localId)!;
      return { op: 'upsert', type: entry.kind, seq: entry.sequence, record: serialize(this.context, entry.kind, record) };
    });
    const more = page.length < changes.length;
    const sequence = more ? page.at(-1)!.sequence : store.headSequence;
    return [...lines, { op: 'checkpoint', since: encodeToken({ epoch: this.epoch, sequence }), more }];
  }
}

const kindIn = z.enum(ENTITY_KINDS as [EntityKind, ...EntityKind[]]);
const feedIn = z.object({ since: z.string().optional(), limit: z.coerce.number().int().min(1).default(DEFAULT_LIMIT) });

function register(app: FastifyInstance, context: StandInContext): void {
  const { store, member } = context;
  const feed = new ChangeFeed(context);

  ERRORS.register(app);

  app.get('/feed', async (request, reply) => {
    const query = feedIn.parse(request.query);
    const lines = feed.read(query.since, Math.min(query.limit, MAX_LIMIT));
    return reply.type('application/x-ndjson; charset=utf-8').send(lines.map((line) => JSON.stringify(line)).join('\n') + '\n');
  });

  app.get('/records/:type/:id', async (request) => {
    const params = request.params as { type: string; id: string };
    const kind = kindIn.parse(params.type);
    const record = store.get(kind, params.id);
    if (!record) throw new PlatformRejection('NOT_FOUND', `${kind} ${params.id} does not exist`);
    return serialize(context, kind, record);
  });

  app.post('/challenges', async (request, reply) => {
    const created = store.createChallenge(FORM.read('challenge', request.body, NEW_CHALLENGE_FIELDS));
    return reply.code(201).send(serialize(context, 'challenge', created));
  });

  app.post('/challenges/:id/applications', async (request, reply) => {
    const { id } = request.params as { id: string };
    const input = FORM.read('application', request.body, NEW_APPLICATION_FIELDS);
    const application = store.submitApplication(id, { ...input, challengeId: globalId(member.slug, 'challenge', id) });
    return reply.code(201).send(FORM.write('application', application));
  });

  app.get('/challenges/:id/applications', async (request) => {
    const { id } = request.params as { id: string };
    if (!store.get('challenge', id)) throw new PlatformRejection('NOT_FOUND', `challenge ${id} does not exist`);
    return store.applicationsOf(id).map((application) => FORM.write('application', application));
  });

  app.put('/applications/:id/status', async (request) => {
    const { id } = request.params as { id: string };
    const { status } = FORM.read('application', request.body, ['status']);
    return FORM.write('application', store.setApplicationStatus(id, status));
  });

  app.put('/challenges/:id/status', async (request) => {
    const { id } = request.params as { id: string };
    const { status } = FORM.read('challenge', request.body, ['status']);
    return serialize(context, 'challenge', store.setChallengeStatus(id, status));
  });
}

export const standIn: StandInDialect = { register, sendFailure: ERRORS.sendFailure };
