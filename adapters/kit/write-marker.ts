/**
 * Write markers: how a write that lost its answer is found again instead of made twice.
 *
 * Every create the hub sends (a challenge, an application) carries a marker derived from the
 * write's id. The one free-text field every dialect keeps verbatim and lists back is the title of
 * a challenge and the proposal of an application, so the marker travels there as a short suffix
 * (` [hub:0123456789abcdef]`) that adapters add on the way out and the kit strips on the way in:
 * records leave the adapter with the clean text and the marker in `writeMarker`. Before the hub
 * retries a create whose earlier attempt may have reached the platform, it looks the marker up
 * and adopts the record it finds.
 */
import { createHash } from 'node:crypto';
import type { ApplicationRecord, ChallengeRecord, NewApplication, NewChallenge } from '../../schema/contract.js';
import type { CityAdapter } from './adapter.js';
import type { QuarantinedRecord } from './validate.js';

const SUFFIX = / \[hub:([0-9a-f]{16})\]$/;

/** The marker of a write, stable for its organisation and idempotency key. */
export function writeMarkerOf(organizationId: string, idempotencyKey: string): string {
  return createHash('sha256').update(`${organizationId}\n${idempotencyKey}`).digest('hex').slice(0, 16);
}

function marked(text: string, marker: string | undefined): string {
  return marker === undefined ? text : `${text} [hub:${marker}]`;
}

/** Text as read from a platform, without the marker suffix, and the marker when there was one. */
export function splitWriteMarker(text: string): { text: string; marker?: string } {
  const match = SUFFIX.exec(text);
  return match ? { text: text.slice(0, match.index), marker: match[1]! } : { text };
}

/** A new challenge as the platform is to keep it: the title carries the write's marker. */
export function markedChallenge(input: NewChallenge): NewChallenge {
  const { writeMarker, ...rest } = input;
  return { ...rest, title: marked(input.title, writeMarker) };
}

/** A new application as the platform is to keep it: the proposal carries the write's marker. */
export function markedApplication(input: NewApplication): NewApplication {
  const { writeMarker, ...rest } = input;
  return { ...rest, proposal: marked(input.proposal, writeMarker) };
}

/** What a platform holds for a marker: the record, a quarantined record (created, but unreadable), or nothing. */
export type MarkedLookup<R> = { record: R } | { quarantined: QuarantinedRecord } | null;

/** The challenge a marked create made on the platform, if it did. */
export async function findMarkedChallenge(adapter: CityAdapter, marker: string): Promise<MarkedLookup<ChallengeRecord>> {
  const { records, quarantined } = await adapter.list('challenge');
  const record = records.find((challenge) => challenge.writeMarker === marker);
  if (record) return { record };
  const broken = quarantined.find((entry) => entry.writeMarker === marker);
  return broken ? { quarantined: broken } : null;
}

/** The application a marked create made on a challenge, if it did. */
export async function findMarkedApplication(adapter: CityAdapter, challengeLocalId: string, marker: string): Promise<MarkedLookup<ApplicationRecord>> {
  const record = (await adapter.listApplications(challengeLocalId)).find((application) => application.writeMarker === marker);
  return record ? { record } : null;
}
