/**
 * The corridor subgraph's resolvers. Lists, search and matching are answered from the read
 * index and return references (`{ __typename: "NanjingPolicy", id }`); the gateway hydrates the
 * other fields from the owning member's subgraph.
 */
import type { GraphQLResolveInfo } from 'graphql';
import { ENTITY_KINDS, parseGlobalId, type AnyRecord, type ChallengeRecord, type EntityKind, type Industry } from '../../schema/contract.js';
import { badUserInput, catalogueError, recordNotFound, recordQuarantined, userError } from '../../schema/errors.js';
import type { Member } from '../../schema/registry.js';
import { DateScalar, DateTimeScalar, beijingDateTime, beijingToday } from '../../schema/scalars.js';
import { callerSpecific, type SubgraphResolvers } from '../http-server.js';
import { log } from '../log.js';
import type { Identity } from '../identity.js';
import { APPLICATION_RESOLVERS, entityReference } from '../references.js';
import { INTERFACE_OF, memberTypeName, type ApplicationView, type CircuitSnapshot, type WriteOutcome } from '../../schema/wire.js';
import { CityUnreachable } from './city-client.js';
import { checkPageSize, listPage, type AnyFilter, type FacetName, type ListPage } from './read-index/lists.js';
import { matches, openOn, type Match, type MatchReason } from './read-index/matching.js';
import { corridorMap, type MapQuery as MapArgs } from './read-index/map.js';
import { search } from './read-index/search.js';
import type { ReadIndex } from './read-index/store.js';
import { cityState } from './sync.js';
import { matchReasonDetail, provinceOf, type VocabularyAnswer } from './labels.js';
import type { Language } from '../../schema/api-vocabularies.js';
import type { ApplyToChallengeInput, PublishChallengeInput, WriteRouter } from './write-router.js';
import type { UpdateChallengeInput } from '../write-rules.js';

export interface CorridorContext {
  today: string;
  /** The caller as the gateway vouched for it; undefined for anonymous calls. */
  identity: Identity | undefined;
  /** The language of labels a field is not asked for in another (the request's Accept-Language). */
  language: Language;
}

export interface CorridorResolverOptions {
  index: ReadIndex;
  members: readonly Member[];
  syncIntervalMs: number;
  writes: WriteRouter;
  /** Every enumeration of the schema with its labels (vocabulariesOf). */
  vocabularies: readonly VocabularyAnswer[];
}

/** A label-carrying field's language: its argument, or the request's. */
const languageOf = (args: { language?: Language | null }, context: CorridorContext): Language => args.language ?? context.language;

/** A routed write whose member's subgraph could not be reached was not accepted: say so, name the member. */
async function routed<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof CityUnreachable) {
      log.warn({ city: error.city, err: error }, 'routed write could not reach its city subgraph');
      throw catalogueError('CITY_UNAVAILABLE', `${error.city}'s city subgraph could not be reached. The write was not accepted; retry with the same idempotency key.`, { city: error.city });
    }
    throw error;
  }
}

/** City.status.circuit: what the city subgraph last reported, CLOSED before its first report. */
function circuitStatus(circuit: CircuitSnapshot | null) {
  const at = (instant: string | undefined) => (instant === undefined ? null : beijingDateTime(new Date(instant)));
  if (!circuit) return { state: 'CLOSED', consecutiveFailures: 0, openedAt: null, nextProbeAt: null };
  return { state: circuit.state, consecutiveFailures: circuit.consecutiveFailures, openedAt: at(circuit.openedAt), nextProbeAt: at(circuit.nextProbeAt) };
}

/** `financeProduct` → `FINANCE_PRODUCT`: a kind as the API's EntityKind enum names it. */
export const kindEnum = (kind: EntityKind) => kind.replace(/[A-Z]/g, (letter) => `_${letter}`).toUpperCase();
const KIND_OF_ENUM = Object.fromEntries(ENTITY_KINDS.map((kind) => [kindEnum(kind), kind])) as Record<string, EntityKind>;

/**
 * Each kind's list as the API names it: the field on Query, City and EntityCounts, and its facet
 * fields beyond cities and industries, each an index facet and the bucket's field.
 */
const LISTS: { readonly [K in EntityKind]: { field: string; facets: Readonly<Record<string, readonly [FacetName, string]>> } } = {
  policy: { field: 'policies', facets: { categories: ['categories', 'category'], statuses: ['statuses', 'status'] } },
  carrier: { field: 'carriers', facets: { kinds: ['kinds', 'kind'], levels: ['levels', 'level'] } },
  challenge: { field: 'challenges', facets: { statuses: ['statuses', 'status'] } },
  financeProduct: { field: 'financeProducts', facets: { productKinds: ['kinds', 'productKind'] } },
  talentService: { field: 'talentServices', facets: { serviceKinds: ['kinds', 'serviceKind'] } },
  achievement: { field: 'achievements', facets: { maturities: ['kinds', 'maturity'], transferModes: ['categories', 'transferMode'] } },
  cooperation: { field: 'cooperationItems', facets: { cooperationKinds: ['kinds', 'cooperationKind'], statuses: ['statuses', 'status'] } },
  technologyManager: { field: 'technologyManagers', facets: {} },
  consortium: { field: 'consortia', facets: { leadRoles: ['kinds', 'leadRole'] } },
};

interface ListArgs {
  filter?: AnyFilter | null;
  orderBy: string;
  first: number;
  after?: string | null;
}

export function corridorResolvers(options: CorridorResolverOptions): SubgraphResolvers {
  const { index, members } = options;
  const memberSlugs = new Set(members.map((member) => member.slug));
  const memberBySlug = (slug: string) => members.find((member) => member.slug === slug);

  const reference = entityReference;

  const facetBuckets = (page: ListPage, name: FacetName, key: string) =>
    page.facet(name).map(({ value, count }) => ({ [key]: value, count }));

  function connection(kind: EntityKind, args: ListArgs, context: CorridorContext, cities?: string[]) {
    const filter = { ...args.filter, ...(cities && { cities }) };
    const page = listPage(index, { kind, filter, orderBy: args.orderBy, first: args.first, after: args.after, today: context.today }, memberSlugs);
    return {
      edges: page.edges.map((edge) => ({ cursor: edge.cursor, distanceKm: edge.distanceKm, node: reference(edge.id) })),
      pageInfo: {
        hasNextPage: page.hasNextPage,
        hasPreviousPage: page.hasPreviousPage,
        startCursor: page.edges[0]?.cursor ?? null,
        endCursor: page.edges.at(-1)?.cursor ?? null,
      },
      totalCount: () => page.totalCount(),
      facets: {
        cities: () => page.facet('cities').flatMap(({ value, count }) => (memberBySlug(value) ? [{ city: memberBySlug(value), count }] : [])),
        industries: () => facetBuckets(page, 'industries', 'industry'),
        ...Object.fromEntries(Object.entries(LISTS[kind].facets).map(([field, [name, key]]) => [field, () => facetBuckets(page, name, key)])),
      },
    };
  }

  const matchLimit = (first: number) => {
    if (!Number.isInteger(first) || first < 1 || first > 50) throw badUserInput('first', `first must be between 1 and 50, got ${first}`);
    return first;
  };
  const payload = (outcome: WriteOutcome | null) =>
    outcome && {
      receipt: outcome.receipt,
      challenge: outcome.challenge && reference(outcome.challenge.id),
      application: outcome.application,
    };
  const { writes } = options;
  type Keyed<I> = { input: I; idempotencyKey: string };

  /** A match field: the best records of `kind` for the parent record, each under `as` (`carrier`, `challenge` …). */
  const matchField =
    (kind: EntityKind, as: string, openOnly = false) =>
    (ref: { id: string }, args: { first: number }, context: CorridorContext) => {
      const record = index.get(ref.id) as (AnyRecord & { industries: Industry[] }) | undefined;
      if (!record) return [];
      return matches(index, record, kind, matchLimit(args.first), openOnly ? openOn(context.today) : undefined).map((match: Match) => ({
        score: match.score,
        reasons: match.reasons,
        distanceKm: match.distanceKm,
        [as]: reference(match.id),
      }));
    };

  const consortiumByCode = (code: string | null | undefined) => {
    const id = code ? index.idsCiting('consortium', code, 1)[0] : undefined;
    return id ? reference(id) : null;
  };
  const consortiumLink = { consortium: (ref: { id: string }) => consortiumByCode((index.get(ref.id) as { consortiumCode?: string | null } | undefined)?.consortiumCode) };
  const citing = (kind: EntityKind) => (ref: { id: string }, args: { first: number }) => {
    checkPageSize(args.first);
    const code = (index.get(ref.id) as { code?: string } | undefined)?.code;
    return code ? index.idsCiting(kind, code, args.first).map(reference) : [];
  };

  /** The corridor's fields of each kind's member types (schema: CROSS_MEMBER_FIELDS in sdl.ts). */
  const crossMemberFields: { readonly [K in EntityKind]?: Readonly<Record<string, (ref: { id: string }, args: never, context: CorridorContext) => unknown>> } = {
    carrier: { openChallenges: matchField('challenge', 'challenge', true) },
    challenge: {
      matchingCarriers: matchField('carrier', 'carrier'),
      matchingAchievements: matchField('achievement', 'achievement'),
      matchingTechnologyManagers: matchField('technologyManager', 'technologyManager'),
      // Only managers the corridor holds: an id that names none is not a manager to show.
      technologyManagers: (ref: { id: string }) =>
        ((index.get(ref.id) as ChallengeRecord | undefined)?.technologyManagerIds ?? []).filter((id) => index.has(id)).map(reference),
      ...consortiumLink,
    },
    achievement: { matchingChallenges: matchField('challenge', 'challenge', true), ...consortiumLink },
    cooperation: consortiumLink,
    consortium: { challenges: citing('challenge'), achievements: citing('achievement'), cooperationItems: citing('cooperation') },
  };
  const memberTypes = Object.fromEntries(
    members.flatMap((member) =>
      ENTITY_KINDS.flatMap((kind) => {
        const fields = crossMemberFields[kind];
        return fields ? [[memberTypeName(member, kind), { __resolveReference: (ref: { id: string }) => ref, ...fields }]] : [];
      }),
    ),
  );
  const lists = (cities?: (parent: Member) => string[]) =>
    Object.fromEntries(
      ENTITY_KINDS.map((kind) => [LISTS[kind].field, (parent: Member, args: ListArgs, context: CorridorContext) => connection(kind, args, context, cities?.(parent))]),
    );

  return {
    Date: DateScalar,
    DateTime: DateTimeScalar,
    Query: {
      cities: () => members,
      city: (_: unknown, args: { slug: string }) => memberBySlug(args.slug) ?? null,
      node: (_: unknown, args: { id: string }) => {
        const parts = parseGlobalId(args.id);
        if (!parts || parts.kind === 'application' || !memberBySlug(parts.city)) {
          throw userError('INVALID_ID', 'id', `"${args.id}" is not a global id of a known member; ids look like nanjing:policy:<id>`);
        }
        // The index holds every record of every member as of its last sync, and each write the
        // moment it is accepted: an id it does not hold is not a record, and the caller is told so.
        if (!index.has(args.id)) {
          const quarantine = index.syncState(parts.city).quarantinedRecords.find((entry) => entry.kind === parts.kind && entry.nativeId === parts.localId);
          throw quarantine ? recordQuarantined(parts.city, args.id, quarantine.reason) : recordNotFound(parts.city, args.id);
        }
        return reference(args.id);
      },
      ...lists(),
      consortium: (_: unknown, args: { code: string }) => consortiumByCode(args.code),
      myApplications: (_: unknown, _args: unknown, context: CorridorContext, info: GraphQLResolveInfo) => {
        callerSpecific(info);
        if (!context.identity) throw userError('UNAUTHENTICATED', undefined, 'myApplications needs an API key: send Authorization: Bearer <key>');
        return options.writes.applicationsOf(context.identity);
      },
      myChallenges: (_: unknown, _args: unknown, context: CorridorContext, info: GraphQLResolveInfo) => {
        callerSpecific(info);
        if (!context.identity) throw userError('UNAUTHENTICATED', undefined, 'myChallenges needs an API key: send Authorization: Bearer <key>');
        return writes.challengesOf(context.identity).map((challenge) => reference(challenge.id));
      },
      writeReceipt: async (_: unknown, args: { city: string; idempotencyKey: string }, context: CorridorContext, info: GraphQLResolveInfo) => {
        callerSpecific(info);
        return (await routed(() => writes.receipt(context.identity, args.city, args.idempotencyKey)))?.receipt ?? null;
      },
      corridorMap: (_: unknown, args: { within?: MapArgs['within']; zoom: number; kinds?: string[] | null; cities?: string[] | null; industries?: Industry[] | null }) => {
        const unknown = (args.cities ?? []).filter((slug) => !memberSlugs.has(slug));
        if (unknown.length) throw badUserInput('cities', `Unknown member slug(s): ${unknown.join(', ')}`);
        const kinds = args.kinds?.length ? args.kinds.map((kind) => KIND_OF_ENUM[kind]!) : [...ENTITY_KINDS];
        const map = corridorMap(index, { within: args.within, zoom: args.zoom, kinds, cities: args.cities, industries: args.industries }, (city) => memberBySlug(city)!.centre);
        return {
          ...map,
          clusters: map.clusters.map((cluster) => ({ ...cluster, id: String(cluster.id), countsByKind: cluster.countsByKind.map(({ kind, count }) => ({ kind: kindEnum(kind), count })) })),
          points: map.points.map((point) => ({
            ...point,
            kind: kindEnum(point.kind),
            city: memberBySlug(point.city),
            locationPrecision: point.precision,
          })),
        };
      },
      vocabularies: (_: unknown, args: { names?: string[] | null }) => {
        if (!args.names) return options.vocabularies;
        const unknown = args.names.filter((name) => !options.vocabularies.some((vocabulary) => vocabulary.name === name));
        if (unknown.length) throw badUserInput('names', `No enumeration ${unknown.join(', ')}; the enumerations are ${options.vocabularies.map((vocabulary) => vocabulary.name).join(', ')}`);
        return options.vocabularies.filter((vocabulary) => args.names!.includes(vocabulary.name));
      },
      search: (_: unknown, args: { text: string; kinds?: string[] | null; cities?: string[] | null; first: number; after?: string | null }) => {
        checkPageSize(args.first);
        const unknown = (args.cities ?? []).filter((slug) => !memberSlugs.has(slug));
        if (unknown.length) throw badUserInput('cities', `Unknown member slug(s): ${unknown.join(', ')}`);
        const kinds = (args.kinds?.length ? args.kinds : Object.keys(KIND_OF_ENUM)).map((kind) => KIND_OF_ENUM[kind]!);
        const page = search(index, { text: args.text, kinds, cities: args.cities ?? null, first: args.first, after: args.after });
        return {
          edges: page.hits.map((hit) => ({ cursor: hit.cursor, score: hit.score, kind: kindEnum(hit.kind), snippet: hit.snippet, node: reference(hit.id) })),
          pageInfo: {
            hasNextPage: page.hasNextPage,
            hasPreviousPage: page.hasPreviousPage,
            startCursor: page.hits[0]?.cursor ?? null,
            endCursor: page.hits.at(-1)?.cursor ?? null,
          },
          totalCount: () => page.totalCount(),
        };
      },
    },
    Mutation: {
      publishChallenge: (_: unknown, args: Keyed<PublishChallengeInput>, context: CorridorContext) =>
        routed(() => writes.publishChallenge(context.identity, args.input, args.idempotencyKey)).then(payload),
      applyToChallenge: (_: unknown, args: Keyed<ApplyToChallengeInput>, context: CorridorContext) =>
        routed(() => writes.applyToChallenge(context.identity, args.input, args.idempotencyKey)).then(payload),
      reviewApplication: (_: unknown, args: Keyed<{ applicationId: string; decision: 'UNDER_REVIEW' | 'REJECTED' }>, context: CorridorContext) =>
        routed(() => writes.reviewApplication(context.identity, args.input, args.idempotencyKey)).then(payload),
      awardChallenge: (_: unknown, args: Keyed<{ challengeId: string; applicationId: string }>, context: CorridorContext) =>
        routed(() => writes.awardChallenge(context.identity, args.input, args.idempotencyKey)).then(payload),
      updateChallenge: (_: unknown, args: Keyed<{ challengeId: string; changes: UpdateChallengeInput }>, context: CorridorContext) =>
        routed(() => writes.updateChallenge(context.identity, args.input, args.idempotencyKey)).then(payload),
      assignTechnologyManager: (_: unknown, args: Keyed<{ challengeId: string; technologyManagerId: string }>, context: CorridorContext) =>
        routed(() => writes.assignTechnologyManager(context.identity, args.input, args.idempotencyKey)).then(payload),
      startReview: (_: unknown, args: Keyed<{ challengeId: string }>, context: CorridorContext) =>
        routed(() => writes.startReview(context.identity, args.input, args.idempotencyKey)).then(payload),
      closeChallenge: (_: unknown, args: Keyed<{ challengeId: string }>, context: CorridorContext) =>
        routed(() => writes.closeChallenge(context.identity, args.input, args.idempotencyKey)).then(payload),
      withdrawApplication: (_: unknown, args: Keyed<{ applicationId: string }>, context: CorridorContext) =>
        routed(() => writes.withdrawApplication(context.identity, args.input, args.idempotencyKey)).then(payload),
    },
    WriteReceipt: { city: (receipt: { city: string }) => memberBySlug(receipt.city) },
    Application: {
      ...APPLICATION_RESOLVERS,
      applicantCity: (application: ApplicationView) => memberBySlug(application.applicantCity),
    },
    VocabularyValue: {
      label: (value: VocabularyAnswer['values'][number], args: { language?: Language | null }, context: CorridorContext) =>
        languageOf(args, context) === 'EN' ? value.labelEn : value.labelZh,
    },
    MatchReason: {
      detail: (reason: MatchReason, args: { language?: Language | null }, context: CorridorContext) => matchReasonDetail(reason, languageOf(args, context)),
    },
    City: {
      __resolveReference: (ref: { slug: string }) => memberBySlug(ref.slug) ?? null,
      province: (member: Member, args: { language?: Language | null }, context: CorridorContext) => provinceOf(member, languageOf(args, context)),
      location: (member: Member) => member.centre,
      platformUrl: (member: Member) => member.portalUrl,
      counts: (member: Member) => {
        const { byKind, openChallenges } = index.counts(member.slug);
        return { ...Object.fromEntries(ENTITY_KINDS.map((kind) => [LISTS[kind].field, byKind[kind]])), openChallenges };
      },
      status: (member: Member) => {
        const state = index.syncState(member.slug);
        const now = new Date();
        return {
          state: cityState(state, options.syncIntervalMs, now),
          lastSyncedAt: state.lastSuccessAt && beijingDateTime(new Date(state.lastSuccessAt)),
          lagSeconds: state.lastSuccessAt && Math.max(0, Math.round((now.getTime() - Date.parse(state.lastSuccessAt)) / 1000)),
          lastError: state.lastError,
          quarantinedRecords: state.quarantined,
          quarantined: state.quarantinedRecords.map((entry) => ({ ...entry, kind: kindEnum(entry.kind), since: beijingDateTime(new Date(entry.since)) })),
          circuit: circuitStatus(state.circuit),
        };
      },
      ...lists((member) => [member.slug]),
    },
    Node: { __resolveType: (ref: { __typename: string }) => ref.__typename },
    ...Object.fromEntries(ENTITY_KINDS.map((kind) => [INTERFACE_OF[kind], { __resolveType: (ref: { __typename: string }) => ref.__typename }])),
    ...memberTypes,
  } as SubgraphResolvers;
}

export function corridorContext(identity: Identity | undefined, language: Language): CorridorContext {
  return { today: beijingToday(), identity, language };
}
