/**
 * Wuxi adapter: a SOAP client for `POST /ws/KjyService`. Lists page with PageIndex/PageSize to
 * PageCount, lookups are one GetRecords call per kind, writes are operations whose refusals
 * arrive as soap:Faults with a detail reason code. Read operations are marked idempotent, so
 * the http kit retries them although every call is a POST.
 */
import type { ApplicationRecord, ApplicationStatus, ChallengeRecord, ChallengeStatus, EntityKind, NewApplication, NewChallenge, RecordByKind } from '../../schema/contract.js';
import type { Member } from '../../schema/registry.js';
import type { AdapterFactory, AdapterOptions, CityAdapter, ListResult, LookupResult } from '../../adapters/kit/adapter.js';
import { PlatformHttpClient } from '../../adapters/kit/http.js';
import { orderedLookup } from '../../adapters/kit/lookup.js';
import { collectPages } from '../../adapters/kit/paginate.js';
import { requireNumber } from '../../adapters/kit/parse.js';
import { SnapshotChangeTracker } from '../../adapters/kit/snapshot-changes.js';
import { admitAll, answeredApplication, answeredRecord, readAnswer } from '../../adapters/kit/validate.js';
import { markedApplication, markedChallenge } from '../../adapters/kit/write-marker.js';
import { OPERATIONS, READER, applicationInput, challengeInput, statusLabel } from './dialect.js';
import { SoapClient, childOf, nodesOf, textOf, type XmlNode } from './soap.js';

/** The service's largest page. */
const PAGE_SIZE = 100;

class WuxiAdapter implements CityAdapter {
  readonly member: Member;
  readonly capabilities = { batchLookup: true };
  private readonly http: PlatformHttpClient;
  private readonly soap: SoapClient;
  private readonly tracker: SnapshotChangeTracker;

  constructor(options: AdapterOptions) {
    this.member = options.member;
    this.http = new PlatformHttpClient({ ...options.http, city: options.member.slug, baseUrl: options.baseUrl });
    this.soap = new SoapClient(this.http);
    this.tracker = new SnapshotChangeTracker(options.member.slug, (kind) => this.list(kind));
  }

  private get city(): string {
    return this.member.slug;
  }

  async list<K extends EntityKind>(kind: K): Promise<ListResult<RecordByKind[K]>> {
    const { list: operation, container, element } = OPERATIONS[kind];
    const nodes = await collectPages<XmlNode, number>(this.city, 1, async (pageIndex) => {
      const result = await this.soap.read(operation, { PageIndex: pageIndex, PageSize: PAGE_SIZE });
      const pageCount = readAnswer(this.city, `${operation} answer`, () => requireNumber('PageCount', textOf(result, 'PageCount')));
      return {
        items: readAnswer(this.city, `${operation} answer`, () => nodesOf(result, container, element)),
        next: pageIndex! < pageCount ? pageIndex! + 1 : undefined,
      };
    });
    return admitAll(this.city, kind, nodes, READER);
  }

  async lookup<K extends EntityKind>(kind: K, localIds: readonly string[]): Promise<LookupResult<RecordByKind[K]>> {
    if (localIds.length === 0) return { records: [], missing: [], quarantined: [] };
    const { element } = OPERATIONS[kind];
    const result = await this.soap.read('GetRecords', { Kind: element, Id: [...new Set(localIds)] });
    const nodes = readAnswer(this.city, 'GetRecords answer', () => nodesOf(result, 'Records', element));
    const { records, quarantined } = admitAll(this.city, kind, nodes, READER);
    return orderedLookup(localIds, records, quarantined);
  }

  changes(cursor: string | null) {
    return this.tracker.changes(cursor);
  }

  async createChallenge(input: NewChallenge): Promise<ChallengeRecord> {
    return this.challengeOf('PublishChallenge', await this.soap.write('PublishChallenge', challengeInput(markedChallenge(input))));
  }

  async submitApplication(challengeLocalId: string, input: NewApplication): Promise<ApplicationRecord> {
    const result = await this.soap.write('SubmitApplication', applicationInput(challengeLocalId, markedApplication(input)));
    return this.applicationOf('SubmitApplication', this.answerElement('SubmitApplication', result, 'Application'));
  }

  async listApplications(challengeLocalId: string): Promise<ApplicationRecord[]> {
    const result = await this.soap.read('ListApplications', { ChallengeId: challengeLocalId });
    const nodes = readAnswer(this.city, 'ListApplications answer', () => nodesOf(result, 'Applications', 'Application'));
    return nodes.map((node) => this.applicationOf('ListApplications', node));
  }

  async setApplicationStatus(applicationLocalId: string, status: ApplicationStatus): Promise<ApplicationRecord> {
    const result = await this.soap.write('SetApplicationStatus', { ApplicationId: applicationLocalId, Status: statusLabel.application(status) });
    return this.applicationOf('SetApplicationStatus', this.answerElement('SetApplicationStatus', result, 'Application'));
  }

  async setChallengeStatus(challengeLocalId: string, status: ChallengeStatus): Promise<ChallengeRecord> {
    return this.challengeOf('SetChallengeStatus', await this.soap.write('SetChallengeStatus', { ChallengeId: challengeLocalId, Status: statusLabel.challenge(status) }));
  }

  async probe(): Promise<void> {
    await this.soap.read(OPERATIONS.policy.list, { PageIndex: 1, PageSize: 1 });
  }

  circuit() {
    return this.http.circuit.snapshot();
  }

  close(): Promise<void> {
    return this.http.close();
  }

  /** The element `name` of an operation's answer. */
  private answerElement(operation: string, result: XmlNode, name: string): XmlNode {
    return readAnswer(this.city, `${operation} answer`, () => childOf(result, name));
  }

  private challengeOf(operation: string, result: XmlNode): ChallengeRecord {
    return answeredRecord(this.city, 'challenge', this.answerElement(operation, result, 'Challenge'), READER, `${operation} answer`);
  }

  private applicationOf(operation: string, node: XmlNode): ApplicationRecord {
    return answeredApplication(this.city, node, READER, `${operation} answer`);
  }
}

export const createAdapter: AdapterFactory = (options) => new WuxiAdapter(options);
