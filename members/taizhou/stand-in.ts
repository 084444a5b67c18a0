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
import type { PlatformFailure, StandInContext, SandboxFacts, StandInDialect } from '../../sandbox/kit/stand-in.js';
import { PlatformRejection, localIdOf, type PlatformStore } from '../../sandbox/kit/store.js';

/** Where this stand-in listens in the sandbox and what it is called there. */
export const sandbox: SandboxFacts = { port: 4109, dialect: 'ndjson-feed' };

const DEFAULT_LIMIT = 500;
const MAX_LIMIT = 5_000;

/** A refusal in Taizhou's error form. */
class TaizhouError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const REJECTIONS: Record<PlatformRejection['reason'], { status: number; code: string }> = {
  NOT_FOUND: { status: 404, code: 'RECORD_NOT_FOUND' },
  CHALLENGE_NOT_OPEN: { status: 409, code: 'CHALLENGE_NOT_OPEN' },
  DUPLICATE_APPLICATION: { status: 409, code: 'DUPLICATE_APPLICATION' },
  INVALID: { status: 400, code: 'INVALID_INPUT' },
};

type Native = Record<string, unknown>;

function policyOut(record: PolicyRecord): Native {
  return {
    id: localIdOf(record),
    title: record.title,
    doc_number: record.docNumber,
    issuer: record.issuer,
    published_on: record.publishedOn,
    effective_from: record.effectiveFrom,
    expires_on: record.expiresOn,
    categories: record.categories.map((value) => nativeLabel(POLICY_CATEGORY, value, record)),
    industries: record.industries.map((value) => nativeLabel(INDUSTRY, value, record)),
    summary: record.summary,
    max_support_yuan: record.maxSupportYuan,
    eligibility: record.eligibility,
    url: record.url,
    tags: record.tags,
    updated_at: record.sourceUpdatedAt,
  };
}

function carrierOut(record: CarrierRecord): Native {
  return {
    id: localIdOf(record),
    name: record.name,
    kind: nativeLabel(CARRIER_KIND, record.kind, record),
    level: nativeLabel(CARRIER_LEVEL, record.level, record),
    industries: record.industries.map((value) => nativeLabel(INDUSTRY, value, record)),
    operator: record.operator,
    address: record.address,
    district: record.district,
    lat: record.location.lat,
    lng: record.location.lng,
    floor_area_sqm: record.floorArea,
    free_area_sqm: record.freeArea,
    services: record.services,
    contact_name: record.contact.name,
    contact_phone: record.contact.phone,
    contact_email: record.contact.email,
    url: record.url,
    tags: record.tags,
    updated_at: record.sourceUpdatedAt,
  };
}

function challengeOut(record: ChallengeRecord): Native {
  return {
    id: localIdOf(record),
    title: record.title,
    description: record.description,
    publisher: record.publisher,
    publisher_kind: nativeLabel(PUBLISHER_KIND, record.publisherKind, record),
    industries: record.industries.map((value) => nativeLabel(INDUSTRY, value, record)),
    technical_field: record.technicalField,
    reward_yuan: record.rewardYuan,
    deadline: record.deadline,
    status: CHALLENGE_STATUS.labels[record.status],
    published_on: record.publishedOn,
    requirements: record.requirements,
    application_count: record.applicationCount,
    url: record.url,
    tags: record.tags,
    updated_at: record.sourceUpdatedAt,
  };
}

function applicationOut(application: ApplicationRecord): Native {
  return {
    id: localIdOf(application),
    challenge_id: localIdOf({ id: application.challengeId }),
    applicant_organization: application.applicantOrganization,
    applicant_city: application.applicantCity,
    proposal: application.proposal,
    contact_name: application.contact.name,
    contact_phone: application.contact.phone,
    contact_email: application.contact.email,
    status: APPLICATION_STATUS.labels[application.status],
    submitted_at: application.submittedAt,
  };
}

const SERIALIZERS: { [K in EntityKind]: (record: RecordByKind[K]) => Native } = {
  policy: policyOut,
  carrier: carrierOut,
  challenge: challengeOut,
};

const TITLE_FIELDS: Record<EntityKind, string> = { policy: 'title', carrier: 'name', challenge: 'title' };

/** A malformed record keeps its id but lost its title column on the way into the feed. */
function serialize<K extends EntityKind>(context: StandInContext, kind: K, record: RecordByKind[K]): Native {
  const native = (SERIALIZERS[kind] as (record: RecordByKind[K]) => Native)(record);
  if (context.faults.isMalformed(record.id)) delete native[TITLE_FIELDS[kind]];
  return native;
}

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

function gone(since: string): TaizhouError {
  return new TaizhouError(410, 'SINCE_EXPIRED', `since token "${since}" is unknown or expired; resync from a full snapshot`);
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

const newChallengeIn = z.object({
  title: z.string(),
  description: z.string(),
  publisher: z.string(),
  publisher_kind: z.string(),
  industries: z.array(z.string()),
  technical_field: z.string(),
  reward_yuan: z.number().int().nonnegative().nullable(),
  deadline: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD'),
  requirements: z.string(),
  tags: z.array(z.string()).default([]),
});

const newApplicationIn = z.object({
  applicant_organization: z.string().min(1),
  applicant_city: z.string().min(1),
  proposal: z.string().min(1),
  contact_name: z.string().nullable(),
  contact_phone: z.string().nullable(),
  contact_email: z.string().nullable(),
});

const statusIn = z.object({ status: z.string() });

function register(app: FastifyInstance, context: StandInContext): void {
  const { store, member } = context;
  const feed = new ChangeFeed(context);

  app.setErrorHandler((error, _request, reply) => {
    if (error instanceof TaizhouError) return reply.code(error.status).send({ code: error.code, message: error.message });
    if (error instanceof PlatformRejection) {
      const { status, code } = REJECTIONS[error.reason];
      return reply.code(status).send({ code, message: error.message });
    }
    if (error instanceof ZodError) {
      return reply.code(400).send({ code: 'INVALID_INPUT', message: describeIssues(error) });
    }
    const status = (error as { statusCode?: number }).statusCode ?? 500;
    return reply.code(status).send({ code: status < 500 ? 'BAD_REQUEST' : 'INTERNAL_ERROR', message: (error as Error).message });
  });

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
    const input = newChallengeIn.parse(request.body);
    const created = store.createChallenge({
      title: input.title,
      description: input.description,
      publisher: input.publisher,
      publisherKind: nativeValue(PUBLISHER_KIND, input.publisher_kind),
      industries: valuesOfLabels(INDUSTRY, input.industries),
      technicalField: input.technical_field,
      rewardYuan: input.reward_yuan,
      deadline: input.deadline,
      requirements: input.requirements,
      tags: input.tags,
    });
    return reply.code(201).send(serialize(context, 'challenge', created));
  });

  app.post('/challenges/:id/applications', async (request, reply) => {
    const { id } = request.params as { id: string };
    const input = newApplicationIn.parse(request.body);
    const application = store.submitApplication(id, {
      challengeId: globalId(member.slug, 'challenge', id),
      applicantOrganization: input.applicant_organization,
      applicantCity: input.applicant_city,
      proposal: input.proposal,
      contact: { name: input.contact_name, phone: input.contact_phone, email: input.contact_email },
    });
    return reply.code(201).send(applicationOut(application));
  });

  app.get('/challenges/:id/applications', async (request) => {
    const { id } = request.params as { id: string };
    if (!store.get('challenge', id)) throw new PlatformRejection('NOT_FOUND', `challenge ${id} does not exist`);
    return store.applicationsOf(id).map(applicationOut);
  });

  app.put('/applications/:id/status', async (request) => {
    const { id } = request.params as { id: string };
    const { status } = statusIn.parse(request.body);
    return applicationOut(store.setApplicationStatus(id, statusOfLabel(APPLICATION_STATUS, status)));
  });

  app.put('/challenges/:id/status', async (request) => {
    const { id } = request.params as { id: string };
    const { status } = statusIn.parse(request.body);
    return serialize(context, 'challenge', store.setChallengeStatus(id, statusOfLabel(CHALLENGE_STATUS, status)));
  });
}

function sendFailure(reply: FastifyReply, failure: PlatformFailure): FastifyReply {
  const code = failure.status === 429 ? 'RATE_LIMITED' : failure.status >= 500 ? 'INTERNAL_ERROR' : 'BAD_REQUEST';
  return reply.code(failure.status).send({ code, message: failure.message });
}

export const standIn: StandInDialect = { register, sendFailure };
