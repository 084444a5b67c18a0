/**
 * Wuxi adapter: a SOAP client for `POST /ws/KjyService`. Lists page with PageIndex/PageSize to
 * PageCount, lookups are one GetRecords call per kind, writes are operations whose refusals
 * arrive as soap:Faults with a detail reason code. Read operations are marked idempotent, so
 * the http kit retries them although every call is a POST.
 */
import type { ApplicationRecord, ApplicationStatus, ChallengeChanges, ChallengeRecord, ChallengeStatus, EntityKind, NewApplication, NewChallenge, RecordByKind } from '../../schema/contract.js';
import type { AdapterFactory, AdapterOptions, CityAdapter, ListResult, LookupResult } from '../../adapters/kit/adapter.js';
import { collectPages } from '../../adapters/kit/paginate.js';
import { requireNumber } from '../../adapters/kit/parse.js';
import { PlatformAdapter } from '../../adapters/kit/platform-adapter.js';
import { readAnswer } from '../../adapters/kit/validate.js';
import { markedApplication, markedChallenge } from '../../adapters/kit/write-marker.js';
import { DIALECT } from './dialect.js';
import { KIND_ELEMENTS, SoapClient, childOf, nodesOf, textOf, type XmlNode } from './soap.js';

/** The service's largest page. */
const PAGE_SIZE = 100;

class WuxiAdapter extends PlatformAdapter<XmlNode> implements CityAdapter {
  readonly capabilities = { batchLookup: true };
  private readonly soap: SoapClient;

  constructor(options: AdapterOptions) {
    super(options, DIALECT);
    this.soap = new SoapClient(this.http);
  }

  async list<K extends EntityKind>(kind: K): Promise<ListResult<RecordByKind[K]>> {
    const { list: operation, container, element } = KIND_ELEMENTS[kind];
    const nodes = await collectPages<XmlNode, number>(this.city, 1, async (pageIndex) => {
      const result = await this.soap.read(operation, { PageIndex: pageIndex, PageSize: PAGE_SIZE });
      const pageCount = this.answer(operation, () => requireNumber('PageCount', textOf(result, 'PageCount')));
      return { items: this.answer(operation, () => nodesOf(result, container, element)), next: pageIndex! < pageCount ? pageIndex! + 1 : undefined };
    });
    return this.admit(kind, nodes);
  }

  async lookup<K extends EntityKind>(kind: K, localIds: readonly string[]): Promise<LookupResult<RecordByKind[K]>> {
    if (localIds.length === 0) return { records: [], missing: [], quarantined: [] };
    const { element } = KIND_ELEMENTS[kind];
    const result = await this.soap.read('GetRecords', { Kind: element, Id: [...new Set(localIds)] });
    return this.lookedUp(kind, localIds, this.answer('GetRecords', () => nodesOf(result, 'Records', element)));
  }

  async createChallenge(input: NewChallenge): Promise<ChallengeRecord> {
    return this.challengeIn('PublishChallenge', { Challenge: DIALECT.newChallenge(markedChallenge(input)) });
  }

  async submitApplication(challengeLocalId: string, input: NewApplication): Promise<ApplicationRecord> {
    return this.applicationIn('SubmitApplication', { ChallengeId: challengeLocalId, Application: DIALECT.newApplication(markedApplication(input), challengeLocalId) });
  }

  async listApplications(challengeLocalId: string): Promise<ApplicationRecord[]> {
    const result = await this.soap.read('ListApplications', { ChallengeId: challengeLocalId });
    const nodes = this.answer('ListApplications', () => nodesOf(result, 'Applications', 'Application'));
    return nodes.map((node) => this.applicationOf(node, 'ListApplications answer'));
  }

  async setApplicationStatus(applicationLocalId: string, status: ApplicationStatus): Promise<ApplicationRecord> {
    return this.applicationIn('SetApplicationStatus', { ApplicationId: applicationLocalId, ...DIALECT.status('application', status) });
  }

  async setChallengeStatus(challengeLocalId: string, status: ChallengeStatus): Promise<ChallengeRecord> {
    return this.challengeIn('SetChallengeStatus', { ChallengeId: challengeLocalId, ...DIALECT.status('challenge', status) });
  }

  async updateChallenge(challengeLocalId: string, changes: ChallengeChanges): Promise<ChallengeRecord> {
    return this.challengeIn('UpdateChallenge', { ChallengeId: challengeLocalId, ...DIALECT.challengeChanges(changes) });
  }

  async probe(): Promise<void> {
    await this.soap.read(KIND_ELEMENTS.policy.list, { PageIndex: 1, PageSize: 1 });
  }

  /** Part of an operation's answer; a misfit is PLATFORM_BAD_RESPONSE naming the operation. */
  private answer<T>(operation: string, read: () => T): T {
    return readAnswer(this.city, `${operation} answer`, read);
  }

  /** A write operation whose answer holds the `<Challenge>`. */
  private async challengeIn(operation: string, input: Record<string, unknown>): Promise<ChallengeRecord> {
    const result = await this.soap.write(operation, input);
    return this.challengeOf(this.answer(operation, () => childOf(result, 'Challenge')), `${operation} answer`);
  }

  /** A write operation whose answer holds the `<Application>`. */
  private async applicationIn(operation: string, input: Record<string, unknown>): Promise<ApplicationRecord> {
    const result = await this.soap.write(operation, input);
    return this.applicationOf(this.answer(operation, () => childOf(result, 'Application')), `${operation} answer`);
  }
}

export const createAdapter: AdapterFactory = (options) => new WuxiAdapter(options);
