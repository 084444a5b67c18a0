/**
 * The rules every write must pass, in one place: the corridor checks them before it routes a
 * write, and the owning city subgraph checks them again when the write reaches `/internal/writes`,
 * with the same code and message, so a write arriving by any other path gets the same answer.
 * What needs the read index (is the challenge open, has the organisation applied already) stays
 * with the corridor; what only needs the caller and the write is here.
 */
import { z } from 'zod';
import type { ApplicationRecord, ChallengeChanges, ChallengeRecord, NewApplication, NewChallenge } from '../schema/contract.js';
import { userError } from '../schema/errors.js';
import { beijingToday } from '../schema/scalars.js';
import type { Identity, Role } from './identity.js';
import type { OrganizationDirectory } from './organizations.js';
import { writeText } from './write-text.js';

export const MIN_REWARD_YUAN = 1_000;
export const MAX_REWARD_YUAN = 100_000_000;
/** A deadline further out than this is a typo or a way to keep a challenge open for ever. */
export const MAX_DEADLINE_YEARS = 3;

export interface PublishChallengeInput {
  city: string;
  title: string;
  description: string;
  publisherKind: NewChallenge['publisherKind'];
  industries: NewChallenge['industries'];
  technicalField: string;
  rewardYuan?: number | null;
  deadline: string;
  requirements: string;
  tags?: string[] | null;
}

export interface ApplicationInput {
  challengeId: string;
  proposal: string;
  contact: { name?: string | null; phone?: string | null; email?: string | null };
}

/** Fields of long text, where line breaks and tabs belong. */
const MULTILINE_FIELDS = new Set(['input.description', 'input.requirements', 'input.proposal']);

function text(field: string, value: string, min: number, max: number): string {
  return writeText(field, value, { min, max, multiline: MULTILINE_FIELDS.has(field) });
}

/** An optional contact detail: empty means not given. */
function contactText(field: string, value: string | null | undefined, max: number): string | null {
  return value?.trim() ? writeText(field, value, { min: 1, max }) : null;
}

function addYears(date: string, years: number): string {
  return `${Number(date.slice(0, 4)) + years}${date.slice(4)}`;
}

const emailSchema = z.email();

/** The caller, when it is an organisation with `role` (any organisation when no role is asked). */
export function authorisedCaller(identity: Identity | undefined, role: Role | undefined): Identity {
  if (!identity) throw userError('UNAUTHENTICATED', undefined, 'Writes need an API key: send Authorization: Bearer <key>');
  if (role && !identity.roles.includes(role)) throw userError('FORBIDDEN', undefined, `${identity.organizationName} does not have the ${role} role`);
  return identity;
}

/** An organisation publishes in its own member city only. */
export function requirePublishingCity(caller: Identity, city: string): void {
  if (city !== caller.city) throw userError('FORBIDDEN', 'input.city', `${caller.organizationName} belongs to ${caller.city} and publishes there only, not in ${city}`);
}

/** What a publisher may change of its challenge; every field given is checked as publishing checks it. */
export type UpdateChallengeInput = Partial<Pick<PublishChallengeInput, 'title' | 'description' | 'industries' | 'technicalField' | 'rewardYuan' | 'deadline' | 'requirements' | 'tags'>>;

/** Each field a publisher writes, checked and cleaned the same way when it publishes and when it edits. */
const CHALLENGE_FIELD_CHECKS = {
  title: (value: string) => text('input.title', value, 5, 100),
  description: (value: string) => text('input.description', value, 10, 5000),
  industries: (industries: NewChallenge['industries']) => {
    if (industries.length < 1 || industries.length > 5 || new Set(industries).size !== industries.length) {
      throw userError('BAD_USER_INPUT', 'input.industries', 'Give 1–5 different industries');
    }
    return industries;
  },
  technicalField: (value: string) => text('input.technicalField', value, 2, 50),
  rewardYuan: (value: number | null | undefined) => {
    const reward = value ?? null;
    if (reward !== null && !(Number.isInteger(reward) && reward >= MIN_REWARD_YUAN && reward <= MAX_REWARD_YUAN)) {
      throw userError('REWARD_OUT_OF_RANGE', 'input.rewardYuan', `The reward must be whole yuan from ${MIN_REWARD_YUAN} to ${MAX_REWARD_YUAN}, got ${reward}`);
    }
    return reward;
  },
  deadline: (deadline: string, today: string) => {
    if (!(deadline > today)) throw userError('DEADLINE_IN_PAST', 'input.deadline', `The deadline ${deadline} must be after today (${today})`);
    if (deadline > addYears(today, MAX_DEADLINE_YEARS)) throw userError('BAD_USER_INPUT', 'input.deadline', `The deadline must be within ${MAX_DEADLINE_YEARS} years`);
    return deadline;
  },
  requirements: (value: string) => text('input.requirements', value, 2, 2000),
  tags: (values: string[] | null | undefined) => {
    const tags = (values ?? []).map((tag) => writeText('input.tags', tag, { min: 1, max: 20 }));
    if (tags.length > 10) throw userError('BAD_USER_INPUT', 'input.tags', 'Up to 10 tags of 1–20 characters');
    // A platform keeps tags as a set: a repeated one would be refused there, after the write was accepted.
    const repeated = tags.find((tag, position) => tags.indexOf(tag) !== position);
    if (repeated !== undefined) throw userError('BAD_USER_INPUT', 'input.tags', `The tag "${repeated}" is given twice; give each tag once`);
    return tags;
  },
} as const;

/** A challenge to publish in `input.city`, checked and with its text cleaned; the caller is its publisher. */
export function checkedChallenge(caller: Identity, input: PublishChallengeInput, today: string = beijingToday()): NewChallenge {
  requirePublishingCity(caller, input.city);
  const check = CHALLENGE_FIELD_CHECKS;
  const deadline = check.deadline(input.deadline, today);
  const rewardYuan = check.rewardYuan(input.rewardYuan);
  const industries = check.industries(input.industries);
  const tags = check.tags(input.tags);
  return {
    title: check.title(input.title),
    description: check.description(input.description),
    publisher: caller.organizationName,
    publisherOrganizationId: caller.organizationId,
    publisherKind: input.publisherKind,
    industries,
    technicalField: check.technicalField(input.technicalField),
    rewardYuan,
    deadline,
    requirements: check.requirements(input.requirements),
    tags,
  };
}

/** The changes a publisher asks for, each checked as publishing checks it; at least one is needed. */
export function checkedChanges(input: UpdateChallengeInput, today: string = beijingToday()): ChallengeChanges {
  const changes: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(input) as [keyof UpdateChallengeInput, never][]) {
    if (value === undefined || (value === null && field !== 'rewardYuan')) continue;
    changes[field] = CHALLENGE_FIELD_CHECKS[field](value, today);
  }
  if (Object.keys(changes).length === 0) throw userError('BAD_USER_INPUT', 'input', 'Give at least one field to change');
  return changes as ChallengeChanges;
}

/** An application by the caller, checked and with its text cleaned. */
export function checkedApplication(caller: Identity, input: ApplicationInput): NewApplication {
  const contact = {
    name: contactText('input.contact.name', input.contact.name, 50),
    phone: contactText('input.contact.phone', input.contact.phone, 30),
    email: contactText('input.contact.email', input.contact.email, 254),
  };
  if (!contact.phone && !contact.email) throw userError('BAD_USER_INPUT', 'input.contact', 'Give a phone or an e-mail for the publisher to reach you');
  if (contact.email && !emailSchema.safeParse(contact.email).success) throw userError('BAD_USER_INPUT', 'input.contact.email', `"${contact.email}" is not an e-mail address`);
  return {
    challengeId: input.challengeId,
    applicantOrganization: caller.organizationName,
    applicantOrganizationId: caller.organizationId,
    applicantCity: caller.city,
    proposal: text('input.proposal', input.proposal, 20, 5000),
    contact,
  };
}

/** Whether the caller published the challenge: by organisation id, never by name alone. */
export function isPublisher(caller: Identity | undefined, challenge: Pick<ChallengeRecord, 'publisher' | 'publisherOrganizationId'>, directory: OrganizationDirectory): boolean {
  return caller !== undefined && directory.idOf(challenge.publisher, challenge.publisherOrganizationId) === caller.organizationId;
}

/** Whether the caller submitted the application: by organisation id, never by name alone. */
export function isApplicant(caller: Identity | undefined, application: Pick<ApplicationRecord, 'applicantOrganization' | 'applicantOrganizationId'>, directory: OrganizationDirectory): boolean {
  return caller !== undefined && directory.idOf(application.applicantOrganization, application.applicantOrganizationId) === caller.organizationId;
}

/** Refuses a follow-up on a challenge by anyone but its publisher. */
export function requirePublisher(caller: Identity, challenge: ChallengeRecord, directory: OrganizationDirectory): void {
  if (!isPublisher(caller, challenge, directory)) {
    throw userError('FORBIDDEN', 'input.challengeId', `The challenge belongs to ${challenge.publisher}; only it may do this`);
  }
}

/** Refuses a withdrawal by anyone but the applicant. */
export function requireApplicant(caller: Identity, application: ApplicationRecord, directory: OrganizationDirectory): void {
  if (!isApplicant(caller, application, directory)) {
    throw userError('FORBIDDEN', 'input.applicationId', `The application belongs to ${application.applicantOrganization}; only it may withdraw it`);
  }
}
