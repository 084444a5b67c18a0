/**
 * Wuxi adapter: a SOAP client for `POST /ws/KjyService`. Lists page with PageIndex/PageSize to
 * PageCount, lookups are one GetRecords call per kind, writes are operations whose refusals
 * arrive as soap:Faults with a detail reason code. Read operations are marked idempotent, so
 * the http kit retries them although every call is a POST.
 */
import type { ApplicationRecord, ApplicationStatus, ChallengeRecord, ChallengeStatus, EntityKind, NewApplication, NewChallenge, RecordByKind } from '../../schema/contract.js';
import type { AdapterFactory, CityAdapter, ListResult, LookupResult } from '../../adapters/kit/adapter.js';
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

export const createAdapter: AdapterFactory = (options) => {
  const { member } = options;
  const city = member.slug;
  const http = new PlatformHttpClient({ ...options.http, city, baseUrl: options.baseUrl });
  const soap = new SoapClient(http);

  /** The element `name` of an operation's answer. */
  const answerElement = (operation: string, result: XmlNode, name: string) => readAnswer(city, `${operation} answer`, () => childOf(result, name));

  const challengeOf = (operation: string, result: XmlNode): ChallengeRecord =>
    answeredRecord(city, 'challenge', answerElement(operation, result, 'Challenge'), READER, `${operation} answer`);

  const applicationOf = (operation: string, node: XmlNode): ApplicationRecord => answeredApplication(city, node, READER, `${operation} answer`);

  async function list<K extends EntityKind>(kind: K): Promise<ListResult<RecordByKind[K]>> {
    const { list: operation, container, element } = OPERATIONS[kind];
    const nodes = await collectPages<XmlNode, number>(city, 1, async (pageIndex) => {
      const result = await soap.read(operation, { PageIndex: pageIndex, PageSize: PAGE_SIZE });
      const pageCount = readAnswer(city, `${operation} answer`, () => requireNumber('PageCount', textOf(result, 'PageCount')));
      return {
        items: readAnswer(city, `${operation} answer`, () => nodesOf(result, container, element)),
        next: pageIndex! < pageCount ? pageIndex! + 1 : undefined,
      };
    });
    return admitAll(city, kind, nodes, READER);
  }

  const tracker = new SnapshotChangeTracker(city, list);

  const adapter: CityAdapter = {
    member,
    capabilities: { batchLookup: true, incrementalChanges: false },

    list,

    async lookup<K extends EntityKind>(kind: K, localIds: readonly string[]): Promise<LookupResult<RecordByKind[K]>> {
      if (localIds.length === 0) return { records: [], missing: [], quarantined: [] };
      const { element } = OPERATIONS[kind];
      const result = await soap.read('GetRecords', { Kind: element, Id: [...new Set(localIds)] });
      const nodes = readAnswer(city, 'GetRecords answer', () => nodesOf(result, 'Records', element));
      const { records, quarantined } = admitAll(city, kind, nodes, READER);
      return orderedLookup(localIds, records, quarantined);
    },

    changes: (cursor) => tracker.changes(cursor),

    async createChallenge(input: NewChallenge): Promise<ChallengeRecord> {
      return challengeOf('PublishChallenge', await soap.write('PublishChallenge', challengeInput(markedChallenge(input))));
    },

    async submitApplication(challengeLocalId: string, input: NewApplication): Promise<ApplicationRecord> {
      const result = await soap.write('SubmitApplication', applicationInput(challengeLocalId, markedApplication(input)));
      return applicationOf('SubmitApplication', answerElement('SubmitApplication', result, 'Application'));
    },

    async listApplications(challengeLocalId: string): Promise<ApplicationRecord[]> {
      const result = await soap.read('ListApplications', { ChallengeId: challengeLocalId });
      const nodes = readAnswer(city, 'ListApplications answer', () => nodesOf(result, 'Applications', 'Application'));
      return nodes.map((node) => applicationOf('ListApplications', node));
    },

    async setApplicationStatus(applicationLocalId: string, status: ApplicationStatus): Promise<ApplicationRecord> {
      const result = await soap.write('SetApplicationStatus', { ApplicationId: applicationLocalId, Status: statusLabel.application(status) });
      return applicationOf('SetApplicationStatus', answerElement('SetApplicationStatus', result, 'Application'));
    },

    async setChallengeStatus(challengeLocalId: string, status: ChallengeStatus): Promise<ChallengeRecord> {
      return challengeOf('SetChallengeStatus', await soap.write('SetChallengeStatus', { ChallengeId: challengeLocalId, Status: statusLabel.challenge(status) }));
    },

    async probe(): Promise<void> {
      await soap.read(OPERATIONS.policy.list, { PageIndex: 1, PageSize: 1 });
    },

    circuit: () => http.circuit.snapshot(),

    close: () => http.close(),
  };
  return adapter;
};
