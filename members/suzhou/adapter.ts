/**
 * Suzhou (苏州市) adapter: the platform's own GraphQL API. Queries go by GET so the http kit's
 * retry policy applies to them; mutations go by POST and are never retried. Relay connections
 * are followed to the end, `nodes(ids:)` is the batch lookup, snapshot diffs find changes.
 */
import { ENTITY_KINDS, type ApplicationRecord, type ApplicationStatus, type ChallengeChanges, type ChallengeRecord, type ChallengeStatus, type EntityKind, type NewApplication, type NewChallenge, type RecordByKind } from '../../schema/contract.js';
import type { AdapterFactory, CityAdapter, ListResult, LookupResult } from '../../adapters/kit/adapter.js';
import { PlatformError, refusalCodes, refusalError } from '../../adapters/kit/errors.js';
import { chunk, collectPages } from '../../adapters/kit/paginate.js';
import { isNativeRecord, type NativeRecord } from '../../adapters/kit/parse.js';
import { PlatformAdapter } from '../../adapters/kit/platform-adapter.js';
import { markedApplication, markedChallenge } from '../../adapters/kit/write-marker.js';
import { DIALECT } from './dialect.js';

const ENDPOINT = '/graphql';
/** Suzhou caps `first` at 100. */
const PAGE_SIZE = 100;
/** Suzhou answers at most 100 ids per `nodes(ids:)` query. */
const IDS_PER_LOOKUP = 100;

const REJECTION_REASONS = refusalCodes({
  NOT_FOUND: 'NOT_FOUND',
  DEMAND_NOT_OPEN: 'CHALLENGE_NOT_OPEN',
  ALREADY_APPLIED: 'DUPLICATE_APPLICATION',
  INVALID: 'INVALID',
});

const USER_ERRORS = 'userErrors { code message }';

/** GraphQL type of each kind, and the connection field that lists it. */
const TYPENAMES: Record<EntityKind, string> = {
  policy: 'Policy',
  carrier: 'Carrier',
  challenge: 'Demand',
  financeProduct: 'FinancingProduct',
  talentService: 'TalentService',
  achievement: 'TechAchievement',
  cooperation: 'CooperationProject',
  technologyManager: 'TechBroker',
  consortium: 'InnovationConsortium',
};
const CONNECTIONS: Record<EntityKind, string> = {
  policy: 'policies',
  carrier: 'carriers',
  challenge: 'demands',
  financeProduct: 'financingProducts',
  talentService: 'talentServices',
  achievement: 'techAchievements',
  cooperation: 'cooperationProjects',
  technologyManager: 'techBrokers',
  consortium: 'innovationConsortia',
};

/** A selection set of the dialect's native paths: `a b.c b.d` → `a b { c d }`. */
function selectionOf(paths: readonly string[]): string {
  const children = new Map<string, string[]>();
  for (const path of paths) {
    const [head, ...rest] = path.split('.');
    children.set(head!, [...(children.get(head!) ?? []), ...(rest.length > 0 ? [rest.join('.')] : [])]);
  }
  return [...children].map(([name, below]) => (below.length > 0 ? `${name} { ${selectionOf(below)} }` : name)).join(' ');
}

/** Every field the dialect reads of a kind, as an inline fragment (usable on `Node` too). */
const SELECTIONS = Object.fromEntries(
  ENTITY_KINDS.map((kind) => [kind, `... on ${TYPENAMES[kind]} { ${selectionOf(DIALECT.paths(kind))} }`]),
) as Record<EntityKind, string>;
const APPLICATION_SELECTION = `... on Application { ${selectionOf(DIALECT.paths('application'))} }`;

interface GraphQLAnswer {
  data?: Record<string, unknown> | null;
  errors?: { message?: unknown; extensions?: { code?: unknown } }[];
}

interface Connection {
  edges: { node: NativeRecord }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

function isConnection(value: unknown): value is Connection {
  return (
    isNativeRecord(value) &&
    Array.isArray(value.edges) &&
    value.edges.every((edge) => isNativeRecord(edge) && isNativeRecord(edge.node)) &&
    isNativeRecord(value.pageInfo) &&
    typeof value.pageInfo.hasNextPage === 'boolean'
  );
}

class SuzhouAdapter extends PlatformAdapter<NativeRecord> implements CityAdapter {
  readonly capabilities = { batchLookup: true };

  async list<K extends EntityKind>(kind: K): Promise<ListResult<RecordByKind[K]>> {
    const field = CONNECTIONS[kind];
    const document = `query($after: String) { ${field}(first: ${PAGE_SIZE}, after: $after) { pageInfo { hasNextPage endCursor } edges { node { ${SELECTIONS[kind]} } } } }`;
    const natives = await collectPages<NativeRecord, string>(this.city, undefined, async (after) => {
      const connection = (await this.query(document, { after: after ?? null }))[field];
      if (!isConnection(connection)) throw this.http.badResponse(`${field} is not a connection with edges and pageInfo`);
      const { hasNextPage, endCursor } = connection.pageInfo;
      if (hasNextPage && !endCursor) throw this.http.badResponse(`${field} has a next page but no endCursor`);
      return { items: connection.edges.map((edge) => edge.node), next: hasNextPage ? endCursor! : undefined };
    });
    return this.admit(kind, natives);
  }

  async lookup<K extends EntityKind>(kind: K, localIds: readonly string[]): Promise<LookupResult<RecordByKind[K]>> {
    const document = `query($ids: [ID!]!) { nodes(ids: $ids) { __typename ${SELECTIONS[kind]} } }`;
    const answers = await Promise.all(
      chunk([...new Set(localIds)], IDS_PER_LOOKUP).map(async (ids) => {
        const nodes = (await this.query(document, { ids })).nodes;
        if (!Array.isArray(nodes) || nodes.length !== ids.length) throw this.http.badResponse('nodes did not answer one entry per id');
        return nodes;
      }),
    );
    // An id of another kind answers a node of another type: for this kind it is missing.
    const natives = answers.flat().filter((node): node is NativeRecord => isNativeRecord(node) && node.__typename === TYPENAMES[kind]);
    return this.lookedUp(kind, localIds, natives);
  }

  async createChallenge(input: NewChallenge): Promise<ChallengeRecord> {
    const payload = await this.mutate(
      'publishDemand',
      `mutation($input: PublishDemandInput!) { publishDemand(input: $input) { demand { ${SELECTIONS.challenge} } ${USER_ERRORS} } }`,
      DIALECT.newChallenge(markedChallenge(input)),
    );
    return this.challengeOf(payload.demand);
  }

  async submitApplication(challengeLocalId: string, input: NewApplication): Promise<ApplicationRecord> {
    const payload = await this.mutate(
      'applyForDemand',
      `mutation($input: ApplyForDemandInput!) { applyForDemand(input: $input) { application { ${APPLICATION_SELECTION} } ${USER_ERRORS} } }`,
      DIALECT.newApplication(markedApplication(input), challengeLocalId),
    );
    return this.applicationOf(payload.application);
  }

  async listApplications(challengeLocalId: string): Promise<ApplicationRecord[]> {
    const document = `query($id: ID!) { node(id: $id) { __typename ... on Demand { applications { ${APPLICATION_SELECTION} } } } }`;
    const node = (await this.query(document, { id: challengeLocalId })).node;
    if (!isNativeRecord(node) || node.__typename !== TYPENAMES.challenge) {
      throw new PlatformError('PLATFORM_REJECTED', `demand ${challengeLocalId} does not exist`, { city: this.city, reason: 'NOT_FOUND' });
    }
    if (!Array.isArray(node.applications)) throw this.http.badResponse('Demand.applications is not a list');
    return node.applications.map((native) => this.applicationOf(native));
  }

  async setApplicationStatus(applicationLocalId: string, status: ApplicationStatus): Promise<ApplicationRecord> {
    const payload = await this.mutate(
      'updateApplicationState',
      `mutation($input: UpdateApplicationStateInput!) { updateApplicationState(input: $input) { application { ${APPLICATION_SELECTION} } ${USER_ERRORS} } }`,
      { applicationId: applicationLocalId, ...DIALECT.status('application', status) },
    );
    return this.applicationOf(payload.application);
  }

  async setChallengeStatus(challengeLocalId: string, status: ChallengeStatus): Promise<ChallengeRecord> {
    return this.demandMutation('updateDemandStatus', 'UpdateDemandStatusInput', { demandId: challengeLocalId, ...DIALECT.status('challenge', status) });
  }

  async updateChallenge(challengeLocalId: string, changes: ChallengeChanges): Promise<ChallengeRecord> {
    return this.demandMutation('updateDemand', 'UpdateDemandInput', { demandId: challengeLocalId, ...DIALECT.challengeChanges(changes) });
  }

  /** A mutation on one demand, answered with the demand or userErrors. */
  private async demandMutation(name: string, inputType: string, input: NativeRecord): Promise<ChallengeRecord> {
    const payload = await this.mutate(name, `mutation($input: ${inputType}!) { ${name}(input: $input) { demand { ${SELECTIONS.challenge} } ${USER_ERRORS} } }`, input);
    return this.challengeOf(payload.demand);
  }

  async probe(): Promise<void> {
    await this.query('{ policies(first: 1) { totalCount } }', {});
  }

  /** A query by GET (idempotent, so retried by the http kit); GraphQL `errors` become a PlatformError. */
  private async query(document: string, variables: Record<string, unknown>): Promise<NativeRecord> {
    const response = await this.http.request('GET', ENDPOINT, {
      query: { query: document, variables: JSON.stringify(variables) },
      headers: { accept: 'application/json' },
      acceptStatuses: [400],
    });
    return this.dataOf(response.status, response.url, this.http.parseJson<GraphQLAnswer>(response));
  }

  /** A mutation by POST; a payload with `userErrors` is the platform refusing the write. */
  private async mutate(field: string, document: string, input: NativeRecord): Promise<NativeRecord> {
    const response = await this.http.request('POST', ENDPOINT, {
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: document, variables: { input } }),
      acceptStatuses: [400],
    });
    const payload = this.dataOf(response.status, response.url, this.http.parseJson<GraphQLAnswer>(response))[field];
    if (!isNativeRecord(payload) || !Array.isArray(payload.userErrors)) throw this.http.badResponse(`${field} answered without a payload`, response.url);
    const [refusal] = payload.userErrors as { code?: unknown; message?: unknown }[];
    if (refusal === undefined) return payload;
    const code = typeof refusal.code === 'string' ? refusal.code : undefined;
    const message = typeof refusal.message === 'string' ? refusal.message : `${field} answered a userError`;
    throw refusalError(REJECTION_REASONS, code, message, { city: this.city, status: response.status, url: response.url });
  }

  private dataOf(status: number, url: string, answer: GraphQLAnswer): NativeRecord {
    if (Array.isArray(answer.errors) && answer.errors.length > 0) {
      const detail = answer.errors.map((error) => `${String(error.message)} (${String(error.extensions?.code ?? 'no code')})`).join('; ');
      throw new PlatformError('PLATFORM_BAD_RESPONSE', `GraphQL errors: ${detail}`, { city: this.city, status, url });
    }
    if (!isNativeRecord(answer.data)) throw this.http.badResponse('GraphQL answer has neither data nor errors', url);
    return answer.data;
  }

  protected override challengeOf(native: unknown): ChallengeRecord {
    if (!isNativeRecord(native)) throw this.http.badResponse('the payload has no demand');
    return super.challengeOf(native, 'demand answer');
  }

  protected override applicationOf(native: unknown): ApplicationRecord {
    if (!isNativeRecord(native)) throw this.http.badResponse('the payload has no application');
    return super.applicationOf(native);
  }
}

export const createAdapter: AdapterFactory = (options) => new SuzhouAdapter(options, DIALECT);
