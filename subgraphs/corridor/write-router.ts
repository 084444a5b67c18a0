/**
 * Writes (揭榜挂帅) as the corridor routes them: check who is calling and what they ask against
 * the read index, then hand the write to the owning member's city subgraph, whose outbox
 * delivers it to the platform (now, or once the platform is back). The index shows the result
 * at once.
 */
import { createHash } from 'node:crypto';
import { parseGlobalId, type ApplicationStatus, type ChallengeRecord } from '../../schema/contract.js';
import { isCatalogueCode, userError, WRITE_FAILURE_REASONS } from '../../schema/errors.js';
import type { Member } from '../../schema/registry.js';
import { beijingToday } from '../../schema/scalars.js';
import type { Identity, Role } from '../identity.js';
import { WRITES_PATH, type ApplicationView, type WireRefusal, type WriteOperation, type WriteOutcome, type WriteRequest } from '../../schema/wire.js';
import type { CityClient } from './city-client.js';
import type { ReadIndex } from './read-index/store.js';
import type { OrganizationDirectory } from '../organizations.js';
import {
  authorisedCaller,
  checkedApplication,
  checkedChallenge,
  checkedChanges,
  isApplicant,
  isPublisher,
  requireApplicant,
  requirePublisher,
  requirePublishingCity,
  type ApplicationInput,
  type PublishChallengeInput,
  type UpdateChallengeInput,
} from '../write-rules.js';

export type { ApplicationInput as ApplyToChallengeInput, PublishChallengeInput } from '../write-rules.js';

const IDEMPOTENCY_KEY = /^[A-Za-z0-9_-]{8,128}$/;

/**
 * How long one write call to a city subgraph may take by default: more than the city's accept
 * wait (2 s), less than the gateway's subgraph timeout (5 s), so a kept write always gets its
 * receipt to the caller.
 */
export const DEFAULT_CITY_WRITE_TIMEOUT_MS = 3_500;

/** A city subgraph's answer to a write call: an outcome, or (any status but 200) a refusal. */
type WriteAnswer = WriteOutcome & Partial<WireRefusal>;

export class WriteRouter {
  private readonly members: ReadonlyMap<string, Member>;

  constructor(
    private readonly index: ReadIndex,
    members: readonly Member[],
    private readonly cities: CityClient,
    private readonly organizations: OrganizationDirectory,
    private readonly writeTimeoutMs: number,
  ) {
    this.members = new Map(members.map((member) => [member.slug, member]));
  }

  async publishChallenge(identity: Identity | undefined, input: PublishChallengeInput, idempotencyKey: string): Promise<WriteOutcome> {
    const caller = this.caller(identity, 'PUBLISHER', idempotencyKey);
    if (!this.members.has(input.city)) throw userError('BAD_USER_INPUT', 'input.city', `"${input.city}" is not a member; members: ${[...this.members.keys()].join(', ')}`);
    requirePublishingCity(caller, input.city);
    return this.route(caller, input.city, { operation: 'publishChallenge', input, idempotencyKey }, () => ({
      operation: 'publishChallenge',
      challenge: checkedChallenge(caller, input),
    }));
  }

  async applyToChallenge(identity: Identity | undefined, input: ApplicationInput, idempotencyKey: string): Promise<WriteOutcome> {
    const caller = this.caller(identity, 'APPLICANT', idempotencyKey);
    const city = this.cityOf(input.challengeId, 'challenge', 'input.challengeId');
    return this.route(caller, city, { operation: 'applyToChallenge', input, idempotencyKey }, () => {
      const challenge = this.challenge(input.challengeId, 'input.challengeId');
      const today = beijingToday();
      if (challenge.status !== 'OPEN' || challenge.deadline < today) {
        throw userError('CHALLENGE_NOT_OPEN', 'input.challengeId', `The challenge is ${challenge.status.toLowerCase().replace('_', ' ')} with deadline ${challenge.deadline}; it takes no applications`);
      }
      if (isPublisher(caller, challenge, this.organizations)) throw userError('FORBIDDEN', 'input.challengeId', 'An organisation cannot apply to its own challenge');
      const earlier = this.index
        .applicationsOf(caller.organizationName)
        .find((application) => application.challengeId === challenge.id && isApplicant(caller, application, this.organizations) && application.status !== 'WITHDRAWN' && application.delivery !== 'FAILED');
      if (earlier) throw userError('ALREADY_APPLIED', 'input.challengeId', `${caller.organizationName} already applied to this challenge (${earlier.id})`);
      return { operation: 'applyToChallenge', challenge, application: checkedApplication(caller, input) };
    });
  }

  async reviewApplication(identity: Identity | undefined, input: { applicationId: string; decision: 'UNDER_REVIEW' | 'REJECTED' }, idempotencyKey: string): Promise<WriteOutcome> {
    return this.followUpApplication(identity, input, idempotencyKey, 'publisher', (challenge, application) => ({
      operation: 'setApplicationStatus',
      challenge,
      application,
      status: input.decision,
    }));
  }

  async withdrawApplication(identity: Identity | undefined, input: { applicationId: string }, idempotencyKey: string): Promise<WriteOutcome> {
    return this.followUpApplication(identity, input, idempotencyKey, 'applicant', (challenge, application) => ({
      operation: 'setApplicationStatus',
      challenge,
      application,
      status: 'WITHDRAWN' satisfies ApplicationStatus,
    }));
  }

  async awardChallenge(identity: Identity | undefined, input: { challengeId: string; applicationId: string }, idempotencyKey: string): Promise<WriteOutcome> {
    const caller = this.caller(identity, 'PUBLISHER', idempotencyKey);
    const city = this.cityOf(input.challengeId, 'challenge', 'input.challengeId');
    return this.route(caller, city, { operation: 'awardChallenge', input, idempotencyKey }, () => {
      const challenge = this.ownChallenge(caller, input.challengeId);
      const application = this.application(input.applicationId, 'input.applicationId');
      if (application.challengeId !== challenge.id) throw userError('BAD_USER_INPUT', 'input.applicationId', 'The application is to another challenge');
      this.expectState('input.applicationId', application.status, ['SUBMITTED', 'UNDER_REVIEW'], 'application');
      return { operation: 'awardChallenge', challenge, application };
    });
  }

  /** The publisher edits its challenge while it is open. */
  async updateChallenge(identity: Identity | undefined, input: { challengeId: string; changes: UpdateChallengeInput }, idempotencyKey: string): Promise<WriteOutcome> {
    const caller = this.caller(identity, 'PUBLISHER', idempotencyKey);
    const city = this.cityOf(input.challengeId, 'challenge', 'input.challengeId');
    return this.route(caller, city, { operation: 'updateChallenge', input, idempotencyKey }, () => {
      const challenge = this.ownChallenge(caller, input.challengeId);
      this.expectState('input.challengeId', challenge.status, ['OPEN'], 'challenge');
      return { operation: 'updateChallenge', challenge, changes: checkedChanges(input.changes) };
    });
  }

  /** The publisher assigns one of the corridor's technology managers to its challenge. */
  async assignTechnologyManager(identity: Identity | undefined, input: { challengeId: string; technologyManagerId: string }, idempotencyKey: string): Promise<WriteOutcome> {
    const caller = this.caller(identity, 'PUBLISHER', idempotencyKey);
    const city = this.cityOf(input.challengeId, 'challenge', 'input.challengeId');
    return this.route(caller, city, { operation: 'updateChallenge', input, idempotencyKey }, () => {
      const challenge = this.ownChallenge(caller, input.challengeId);
      const manager = parseGlobalId(input.technologyManagerId);
      if (manager?.kind !== 'technologyManager' || !this.members.has(manager.city)) {
        throw userError('INVALID_ID', 'input.technologyManagerId', `"${input.technologyManagerId}" is not the global id of a technology manager`);
      }
      if (!this.index.has(input.technologyManagerId)) throw userError('NOT_FOUND', 'input.technologyManagerId', `No technology manager ${input.technologyManagerId}`);
      if (challenge.technologyManagerIds.includes(input.technologyManagerId)) {
        throw userError('BAD_USER_INPUT', 'input.technologyManagerId', 'The technology manager is already assigned to this challenge');
      }
      return { operation: 'updateChallenge', challenge, changes: { technologyManagerIds: [...challenge.technologyManagerIds, input.technologyManagerId] } };
    });
  }

  /** The publisher stops taking applications and starts reviewing them (OPEN → UNDER_REVIEW). */
  async startReview(identity: Identity | undefined, input: { challengeId: string }, idempotencyKey: string): Promise<WriteOutcome> {
    const caller = this.caller(identity, 'PUBLISHER', idempotencyKey);
    const city = this.cityOf(input.challengeId, 'challenge', 'input.challengeId');
    return this.route(caller, city, { operation: 'startReview', input, idempotencyKey }, () => {
      const challenge = this.ownChallenge(caller, input.challengeId);
      this.expectState('input.challengeId', challenge.status, ['OPEN'], 'challenge');
      return { operation: 'startReview', challenge };
    });
  }

  async closeChallenge(identity: Identity | undefined, input: { challengeId: string }, idempotencyKey: string): Promise<WriteOutcome> {
    const caller = this.caller(identity, 'PUBLISHER', idempotencyKey);
    const city = this.cityOf(input.challengeId, 'challenge', 'input.challengeId');
    return this.route(caller, city, { operation: 'closeChallenge', input, idempotencyKey }, () => ({
      operation: 'closeChallenge',
      challenge: this.ownChallenge(caller, input.challengeId),
    }));
  }

  /** The challenges the caller's organisation published, newest first. */
  challengesOf(caller: Identity): ChallengeRecord[] {
    return this.index.challengesPublishedBy(caller.organizationName).filter((challenge) => isPublisher(caller, challenge, this.organizations));
  }

  /** The caller's own applications: those its organisation (by id) submitted. */
  applicationsOf(caller: Identity): ApplicationView[] {
    return this.index.applicationsOf(caller.organizationName).filter((application) => isApplicant(caller, application, this.organizations));
  }

  /** The outcome of an earlier write of the caller's, by key. */
  async receipt(identity: Identity | undefined, city: string, idempotencyKey: string): Promise<WriteOutcome | null> {
    const caller = this.caller(identity, undefined, idempotencyKey);
    if (!this.members.has(city)) throw userError('BAD_USER_INPUT', 'city', `"${city}" is not a member`);
    const answer = await this.cities.call<WriteOutcome>(city, 'GET', `${WRITES_PATH}?idempotencyKey=${encodeURIComponent(idempotencyKey)}`, { identity: caller, timeoutMs: this.writeTimeoutMs });
    if (answer.status !== 200) return null;
    this.showInIndex(answer.body, false);
    return answer.body;
  }

  private followUpApplication(
    identity: Identity | undefined,
    input: { applicationId: string },
    idempotencyKey: string,
    actor: 'publisher' | 'applicant',
    write: (challenge: ChallengeRecord, application: ApplicationView) => WriteOperation,
  ): Promise<WriteOutcome> {
    const caller = this.caller(identity, actor === 'publisher' ? 'PUBLISHER' : 'APPLICANT', idempotencyKey);
    const { applicationId } = input;
    const city = this.cityOf(applicationId, 'application', 'input.applicationId');
    return this.route(caller, city, { operation: 'setApplicationStatus', input: { ...input, actor }, idempotencyKey }, () => {
      const application = this.application(applicationId, 'input.applicationId');
      const challenge = actor === 'publisher' ? this.ownChallenge(caller, application.challengeId) : this.challenge(application.challengeId, 'input.applicationId');
      if (actor === 'applicant') requireApplicant(caller, application, this.organizations);
      this.expectState('input.applicationId', application.status, ['SUBMITTED', 'UNDER_REVIEW'], 'application');
      return write(challenge, application);
    });
  }

  /**
   * A write goes out once: an earlier write with the same key answers for it (even when the
   * checks would now fail, e.g. "already applied" after the first attempt succeeded).
   */
  private async route(
    caller: Identity,
    city: string,
    request: { operation: WriteOperation['operation']; input: unknown; idempotencyKey: string },
    checkedWrite: () => WriteOperation,
  ): Promise<WriteOutcome> {
    const fingerprint = createHash('sha256').update(`${request.operation}:${JSON.stringify(request.input)}`).digest('hex');
    const lookup = `${WRITES_PATH}?idempotencyKey=${encodeURIComponent(request.idempotencyKey)}&fingerprint=${fingerprint}`;
    const earlier = await this.cities.call<WriteAnswer>(city, 'GET', lookup, { identity: caller, timeoutMs: this.writeTimeoutMs });
    // A replay answers with the recorded outcome; the index keeps the newer state it holds (showInIndex).
    if (earlier.status === 200) return this.settled(earlier.body, false);
    if (earlier.status !== 404) return this.refusal(city, earlier);
    const body: WriteRequest = { idempotencyKey: request.idempotencyKey, fingerprint, write: checkedWrite() };
    const answer = await this.cities.call<WriteAnswer>(city, 'POST', WRITES_PATH, { body, identity: caller, timeoutMs: this.writeTimeoutMs });
    return answer.status === 200 ? this.settled(answer.body, true) : this.refusal(city, answer);
  }

  private refusal(city: string, answer: { status: number; body: Partial<WireRefusal> }): never {
    const error = answer.body.error;
    if (answer.status === 409 && error?.code === 'IDEMPOTENCY_KEY_REUSED') throw userError('IDEMPOTENCY_KEY_REUSED', 'idempotencyKey', error.message);
    // The city's re-check of the write rules refused it (e.g. a deadline that passed in between): its answer is the caller's.
    if (answer.status === 422 && error && isCatalogueCode(error.code)) throw userError(error.code, error.field, error.message);
    throw new Error(`${city} refused the write with ${answer.status}: ${answer.body.error?.message ?? 'no detail'}`);
  }

  /** Shows an outcome in the index, or turns a platform refusal into the client's error. */
  private settled(outcome: WriteOutcome, fresh: boolean): WriteOutcome {
    this.showInIndex(outcome, fresh);
    const failure = outcome.receipt.failure;
    if (outcome.receipt.state === 'FAILED' && failure) {
      const verdict = failure.reason === 'UNREADABLE' ? 'the write failed' : "the write was refused by the member's platform";
      throw userError(WRITE_FAILURE_REASONS[failure.reason].code, undefined, `${outcome.receipt.city}: ${verdict}: ${failure.message}`);
    }
    return outcome;
  }

  /**
   * What the index shows of a write's outcome. A fresh outcome (the answer to the write just
   * made) is its records' newest state. Once the write is delivered or failed for good, its
   * provisional copies go: a sync that read the outbox while the write was pending brought them
   * in, and they would be listed beside the delivered record until the next sync. A replay or
   * receipt that finds them still held (no sync has seen the delivery yet) puts the delivered
   * record in their place, unless the index holds it already (then its copy is newer).
   */
  private showInIndex(outcome: WriteOutcome, fresh: boolean): void {
    const { state, recordMissing } = outcome.receipt;
    const replacedProvisional = state !== 'PENDING' && this.index.dropProvisional(outcome.provisionalIds);
    if (state === 'FAILED') return;
    const shown = (alreadyHeld: boolean) => fresh || (replacedProvisional && !alreadyHeld && !recordMissing);
    if (outcome.challenge && shown(this.index.has(outcome.challenge.id))) this.index.upsert([outcome.challenge]);
    if (outcome.application && shown(this.index.application(outcome.application.id) !== undefined)) this.index.upsertApplication(outcome.application);
  }

  private caller(identity: Identity | undefined, role: Role | undefined, idempotencyKey: string): Identity {
    const caller = authorisedCaller(identity, role);
    if (!IDEMPOTENCY_KEY.test(idempotencyKey)) {
      throw userError('BAD_USER_INPUT', 'idempotencyKey', 'idempotencyKey must be 8–128 letters, digits, "-" or "_"');
    }
    return caller;
  }

  private cityOf(id: string, kind: 'challenge' | 'application', field: string): string {
    const parts = parseGlobalId(id);
    if (!parts || parts.kind !== kind || !this.members.has(parts.city)) throw userError('INVALID_ID', field, `"${id}" is not the global id of a ${kind}`);
    return parts.city;
  }

  private challenge(id: string, field: string): ChallengeRecord {
    const challenge = this.index.get(id) as ChallengeRecord | undefined;
    if (!challenge) throw userError('NOT_FOUND', field, `No challenge ${id}`);
    if (parseGlobalId(id)!.localId.startsWith('pending-')) throw userError('WRITE_PENDING', field, 'The challenge has not reached its platform yet; retry once it has');
    return challenge;
  }

  private ownChallenge(caller: Identity, id: string): ChallengeRecord {
    const challenge = this.challenge(id, 'input.challengeId');
    requirePublisher(caller, challenge, this.organizations);
    this.expectState('input.challengeId', challenge.status, ['OPEN', 'UNDER_REVIEW'], 'challenge');
    return challenge;
  }

  private application(id: string, field: string): ApplicationView {
    const application = this.index.application(id);
    if (!application) throw userError('NOT_FOUND', field, `No application ${id}`);
    if (application.delivery === 'PENDING' && parseGlobalId(id)!.localId.startsWith('pending-')) {
      throw userError('WRITE_PENDING', field, 'The application has not reached its platform yet; retry once it has');
    }
    return application;
  }

  private expectState(field: string, state: string, allowed: string[], what: string): void {
    if (!allowed.includes(state)) throw userError('INVALID_STATE', field, `The ${what} is ${state}; this needs ${allowed.join(' or ')}`);
  }
}
