/**
 * What the JSON stand-in platforms share of their transport: the hub's calls carried out in the
 * platform's native form, one reading of whatever a route throws (the store's refusals, a request
 * the platform's validation refused, the platform's own refusals, Fastify's, failures) and of the
 * harness's injected failures, answered in each platform's own error form; and pages by number.
 * A platform keeps its routes, parameters and envelopes, its codes and how an error is sent.
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import { ZodError } from 'zod';
import { globalId, type ChallengeChanges, type ChallengeRecord, type EntityKind, type RecordByKind } from '../../schema/contract.js';
import { CHALLENGE_CHANGE_FIELDS, NEW_APPLICATION_FIELDS, NEW_CHALLENGE_FIELDS } from '../../schema/record-fields.js';
import type { Native, NativeForm } from './native-form.js';
import { describeIssues } from './native-input.js';
import type { PlatformFailure, StandInContext } from './stand-in.js';
import { PlatformRejection, type PlatformStore } from './store.js';

/** A route with the platform's id of a record in its path (`/challenges/:id/…`). */
export interface IdRoute {
  Params: { id: string };
}

/** The hub's calls as a platform answers them, in its native form; ids are the platform's own. */
export interface NativeService {
  /** A record as the platform serves it: broken while a fault says so. */
  serve<K extends EntityKind>(kind: K, record: RecordByKind[K]): Native;
  /** The record with the platform's id, served; `notFound` words the refusal of an unknown one. */
  find(kind: EntityKind, id: string, notFound?: string): Native;
  /** Publishes the challenge a client's body describes. */
  publish(body: unknown): Native;
  apply(challengeId: string, body: unknown): Native;
  /** A challenge's applications; `notFound` words the refusal of an unknown challenge. */
  applications(challengeId: string, notFound?: string): Native[];
  /** Sets the status a client's body names. */
  setApplicationStatus(applicationId: string, body: unknown): Native;
  setChallengeStatus(challengeId: string, body: unknown): Native;
  /** Applies the publisher's edits a client's body holds. */
  updateChallenge(challengeId: string, body: unknown): Native;
  /** A status, or edits, whichever the body holds: platforms whose one PATCH takes both. */
  changeChallenge(challengeId: string, body: unknown): Native;
}

/** A publisher's edits of a challenge, as a client's body holds them in the platform's form. */
export function editedChallenge(store: PlatformStore, form: NativeForm, challengeId: string, body: unknown): ChallengeRecord {
  const changes: ChallengeChanges = form.readGiven('challenge', body, CHALLENGE_CHANGE_FIELDS);
  if (Object.keys(changes).length === 0) throw new PlatformRejection('INVALID', 'the body changes nothing');
  return store.updateChallenge(challengeId, changes);
}

/** A status, or edits, whichever the body holds: for platforms whose one call takes both. */
export function changedChallenge(store: PlatformStore, form: NativeForm, challengeId: string, body: unknown): ChallengeRecord {
  const { status } = form.readGiven('challenge', body, ['status']);
  return status === undefined ? editedChallenge(store, form, challengeId, body) : store.setChallengeStatus(challengeId, status);
}

export function nativeService({ store, member, faults }: StandInContext, form: NativeForm): NativeService {
  const serve = <K extends EntityKind>(kind: K, record: RecordByKind[K]) => form.write(kind, record, faults.isMalformed(record.id));
  return {
    serve,
    find(kind, id, notFound = `${kind} ${id} does not exist`) {
      const record = store.get(kind, id);
      if (!record) throw new PlatformRejection('NOT_FOUND', notFound);
      return serve(kind, record);
    },
    publish: (body) => serve('challenge', store.createChallenge(form.read('challenge', body, NEW_CHALLENGE_FIELDS))),
    apply(challengeId, body) {
      const application = form.read('application', body, NEW_APPLICATION_FIELDS);
      return form.write('application', store.submitApplication(challengeId, { ...application, challengeId: globalId(member.slug, 'challenge', challengeId) }));
    },
    applications(challengeId, notFound = `challenge ${challengeId} does not exist`) {
      if (!store.get('challenge', challengeId)) throw new PlatformRejection('NOT_FOUND', notFound);
      return store.applicationsOf(challengeId).map((application) => form.write('application', application));
    },
    setApplicationStatus: (applicationId, body) => form.write('application', store.setApplicationStatus(applicationId, form.read('application', body, ['status']).status)),
    setChallengeStatus: (challengeId, body) => serve('challenge', store.setChallengeStatus(challengeId, form.read('challenge', body, ['status']).status)),
    updateChallenge: (challengeId, body) => serve('challenge', editedChallenge(store, form, challengeId, body)),
    changeChallenge: (challengeId, body) => serve('challenge', changedChallenge(store, form, challengeId, body)),
  };
}

/** A request the platform refuses itself, before the store (a bad cursor, an expired token): its status and code. */
export class Refusal<Code> extends Error {
  constructor(
    readonly status: number,
    readonly code: Code,
    message: string,
  ) {
    super(message);
  }
}

/** The platform's code beside a status; a platform whose errors carry no code leaves it out. */
type WithCode<Code> = undefined extends Code ? { readonly code?: Code } : { readonly code: Code };

export interface ErrorCodes<Code> {
  /** The store's refusals by reason; INVALID also answers a body or query that fails validation. */
  readonly rejections: Readonly<Record<PlatformRejection['reason'], { readonly status: number } & WithCode<Code>>>;
  /** Fastify's own refusals (a body that is not JSON …), keeping their status. */
  readonly badRequest: WithCode<Code>;
  readonly rateLimited: WithCode<Code>;
  /** Everything that went wrong inside the platform. */
  readonly internal: WithCode<Code>;
  /** How a failed validation is worded (default: `path: problem; …`). */
  readonly describe?: (error: ZodError) => string;
}

export interface ErrorAnswer<Code> {
  status: number;
  code: Code;
  message: string;
}

export interface JsonErrors {
  /** Answers whatever the platform's routes throw in its error form. */
  register(app: FastifyInstance): void;
  /** Answers the harness's injected failures (a rate limit, a 500) in the same form. */
  sendFailure(reply: FastifyReply, failure: PlatformFailure): FastifyReply;
}

export function jsonErrors<Code>(codes: ErrorCodes<Code>, send: (reply: FastifyReply, answer: ErrorAnswer<Code>) => FastifyReply): JsonErrors {
  const describe = codes.describe ?? describeIssues;
  const codeOf = (entry: WithCode<Code>) => (entry as { code: Code }).code;
  const byStatus = (status: number) => codeOf(status === 429 ? codes.rateLimited : status >= 500 ? codes.internal : codes.badRequest);

  function answerTo(error: unknown): ErrorAnswer<Code> {
    if (error instanceof Refusal) return { status: error.status, code: error.code as Code, message: error.message };
    if (error instanceof PlatformRejection) {
      const entry = codes.rejections[error.reason];
      return { status: entry.status, code: codeOf(entry), message: error.message };
    }
    if (error instanceof ZodError) {
      const entry = codes.rejections.INVALID;
      return { status: entry.status, code: codeOf(entry), message: describe(error) };
    }
    const status = (error as { statusCode?: number }).statusCode ?? 500;
    return { status, code: byStatus(status), message: (error as Error).message };
  }

  return {
    register(app) {
      app.setErrorHandler((error, _request, reply) => send(reply, answerTo(error)));
    },
    sendFailure(reply, failure) {
      return send(reply, { status: failure.status, code: byStatus(failure.status), message: failure.message });
    },
  };
}

/** Validation issues as `path problem；path problem`, the way the Chinese-language platforms word them. */
export function chineseIssues(error: ZodError): string {
  return error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`).join('；');
}

/** One page by 1-based number; a size above the platform's cap is cut to it quietly, as the real platforms do. */
export function numberedPage<T>(all: readonly T[], page: number, size: number, maxSize: number): T[] {
  const pageSize = Math.min(size, maxSize);
  return all.slice((page - 1) * pageSize, page * pageSize);
}
