/**
 * Wuxi adapter: a SOAP client for `POST /ws/KjyService`. Lists page with PageIndex/PageSize to
 * PageCount, lookups are one GetRecords call per kind, writes are operations whose refusals
 * arrive as soap:Faults with a detail reason code.
 */
import type { ApplicationRecord, ApplicationStatus, ChallengeRecord, ChallengeStatus, EntityKind, NewApplication, NewChallenge, RecordByKind } from '../../schema/contract.js';
import type { AdapterFactory, CityAdapter, ListResult, LookupResult } from '../kit/adapter.js';
import { PlatformHttpClient } from '../kit/http.js';
import { orderedLookup } from '../kit/lookup.js';
import { collectPages } from '../kit/paginate.js';
import { MappingError, requireNumber } from '../kit/parse.js';
import { SnapshotChangeTracker } from '../kit/snapshot-changes.js';
import { Quarantine, checkApplication } from '../kit/validate.js';
import { MAPPERS, OPERATIONS, applicationInput, challengeInput, mapApplication, statusLabel } from './mapping.js';
import { SoapClient, childOf, nodesOf, textOf, type XmlNode } from './soap.js';

/** The service's largest page. */
const PAGE_SIZE = 100;

export const createAdapter: AdapterFactory = (options) => {
  const { member } = options;
  const city = member.slug;
  const http = new PlatformHttpClient({ ...options.http, city, baseUrl: options.baseUrl });
  const soap = new SoapClient(http);

  function admitAll<K extends EntityKind>(kind: K, nodes: XmlNode[]): ListResult<RecordByKind[K]> {
    const quarantine = new Quarantine(city);
    const records = nodes.flatMap((node) => {
      const localId = typeof node.Id === 'string' ? node.Id : null;
      const record = quarantine.admit(kind, localId, () => MAPPERS[kind](city, node));
      return record ? [record] : [];
    });
    return { records, quarantined: quarantine.records };
  }

  /** Runs a mapping of a write's answer; a misfit is the platform's fault, not a quarantine. */
  function readAnswer<T>(operation: string, map: () => T): T {
    try {
      return map();
    } catch (error) {
      if (error instanceof MappingError) throw http.badResponse(`${operation} returned an unreadable record: ${error.message}`);
      throw error;
    }
  }

  function challengeOf(operation: string, result: XmlNode): ChallengeRecord {
    const { records, quarantined } = admitAll('challenge', [readAnswer(operation, () => childOf(result, 'Challenge'))]);
    if (!records[0]) throw http.badResponse(`${operation} returned a challenge that does not fit the contract: ${quarantined[0]?.reason}`);
    return records[0];
  }

  const applicationOf = (operation: string, node: XmlNode): ApplicationRecord =>
    readAnswer(operation, () => checkApplication(mapApplication(city, node)));

  async function list<K extends EntityKind>(kind: K): Promise<ListResult<RecordByKind[K]>> {
    const { list: operation, container, element } = OPERATIONS[kind];
    const nodes = await collectPages<XmlNode, number>(city, 1, async (pageIndex) => {
      const result = await soap.invoke(operation, { PageIndex: pageIndex, PageSize: PAGE_SIZE });
      const pageCount = readAnswer(operation, () => requireNumber('PageCount', textOf(result, 'PageCount')));
      return {
        items: readAnswer(operation, () => nodesOf(result, container, element)),
        next: pageIndex! < pageCount ? pageIndex! + 1 : undefined,
      };
    });
    return admitAll(kind, nodes);
  }

  const tracker = new SnapshotChangeTracker(city, list);

  const adapter: CityAdapter = {
    member,
    capabilities: { batchLookup: true, incrementalChanges: false },

    list,

    async lookup<K extends EntityKind>(kind: K, localIds: readonly string[]): Promise<LookupResult<RecordByKind[K]>> {
      if (localIds.length === 0) return { records: [], missing: [], quarantined: [] };
      const { element } = OPERATIONS[kind];
      const result = await soap.invoke('GetRecords', { Kind: element, Id: [...new Set(localIds)] });
      const { records, quarantined } = admitAll(kind, readAnswer('GetRecords', () => nodesOf(result, 'Records', element)));
      return orderedLookup(localIds, records, quarantined);
    },

    changes: (cursor) => tracker.changes(cursor),

    async createChallenge(input: NewChallenge): Promise<ChallengeRecord> {
      return challengeOf('PublishChallenge', await soap.invoke('PublishChallenge', challengeInput(input)));
    },

    async submitApplication(challengeLocalId: string, input: NewApplication): Promise<ApplicationRecord> {
      const result = await soap.invoke('SubmitApplication', applicationInput(challengeLocalId, input));
      return applicationOf('SubmitApplication', readAnswer('SubmitApplication', () => childOf(result, 'Application')));
    },

    async listApplications(challengeLocalId: string): Promise<ApplicationRecord[]> {
      const result = await soap.invoke('ListApplications', { ChallengeId: challengeLocalId });
      return readAnswer('ListApplications', () => nodesOf(result, 'Applications', 'Application')).map((node) => applicationOf('ListApplications', node));
    },

    async setApplicationStatus(applicationLocalId: string, status: ApplicationStatus): Promise<ApplicationRecord> {
      const result = await soap.invoke('SetApplicationStatus', { ApplicationId: applicationLocalId, Status: statusLabel.application(status) });
      return applicationOf('SetApplicationStatus', readAnswer('SetApplicationStatus', () => childOf(result, 'Application')));
    },

    async setChallengeStatus(challengeLocalId: string, status: ChallengeStatus): Promise<ChallengeRecord> {
      return challengeOf('SetChallengeStatus', await soap.invoke('SetChallengeStatus', { ChallengeId: challengeLocalId, Status: statusLabel.challenge(status) }));
    },

    async probe(): Promise<void> {
      await soap.invoke(OPERATIONS.policy.list, { PageIndex: 1, PageSize: 1 });
    },

    close: () => http.close(),
  };
  return adapter;
};
