/** Resolvers of a member's entity types: references hydrated through the per-request loaders. */
import type { GraphQLResolveInfo } from 'graphql';
import { userError } from '../../schema/errors.js';
import type { CityAdapter } from '../../adapters/kit/adapter.js';
import {
  ENTITY_KINDS,
  parseGlobalId,
  policyStatus,
  recordPlace,
  type AchievementRecord,
  type AnyRecord,
  type ChallengeRecord,
  type EntityKind,
  type FinanceProductRecord,
  type PolicyRecord,
  type TechnologyManagerRecord,
} from '../../schema/contract.js';
import type { Member } from '../../schema/registry.js';
import { DateScalar, DateTimeScalar, beijingToday } from '../../schema/scalars.js';
import { callerSpecific, uncacheable, type SubgraphResolvers } from '../http-server.js';
import type { Identity } from '../identity.js';
import type { OrganizationDirectory } from '../organizations.js';
import type { StaleDataReport } from '../stale-data.js';
import { isPublisher } from '../write-rules.js';
import { APPLICATION_RESOLVERS } from '../references.js';
import { INTERFACE_OF, memberTypeName, type ApplicationView } from '../../schema/wire.js';
import { cityUnavailable, type EntityLoaders } from './entity-loaders.js';
import type { WriteOutbox } from './outbox.js';


export interface CityContext {
  loaders: EntityLoaders;
  /** The copies past their freshness the loaders served this request, because the platform could not answer. */
  staleness: StaleDataReport;
  /** The caller as the gateway vouched for it; undefined for anonymous calls. */
  identity: Identity | undefined;
}

export function money(yuan: number | null): { yuan: number; wan: number; currency: 'CNY' } | null {
  return yuan === null ? null : { yuan, wan: yuan / 10_000, currency: 'CNY' };
}

const cityReference = (record: { city: string }) => ({ slug: record.city });
const cityReferences = (slugs: readonly string[]) => slugs.map((slug) => ({ slug }));

export interface CityResolverOptions {
  member: Member;
  adapter: CityAdapter;
  outbox: WriteOutbox;
  organizations: OrganizationDirectory;
}

export function citySubgraphResolvers({ member, adapter, outbox, organizations }: CityResolverOptions): SubgraphResolvers {
  const resolveReference =
    (kind: EntityKind) =>
    async (reference: { id: string }, context: CityContext, info: GraphQLResolveInfo) => {
      const parts = parseGlobalId(reference.id);
      if (!parts || parts.city !== member.slug || parts.kind !== kind) return null;
      if (kind === 'challenge' && parts.localId.startsWith('pending-')) return (await outbox.provisionalChallenge(reference.id)) ?? null;
      const record = await context.loaders[kind].load(parts.localId);
      // An answer holding a stale copy says so (extensions.staleData) and is never reused.
      if (!context.staleness.isEmpty) uncacheable(info);
      return record;
    };
  const kindOf = (record: { id: string }) => parseGlobalId(record.id)?.kind as EntityKind;

  async function applications(challenge: ChallengeRecord, context: CityContext): Promise<ApplicationView[]> {
    if (!isPublisher(context.identity, challenge, organizations)) {
      throw userError('FORBIDDEN', 'applications', 'Only the publishing organisation may see the applications to a challenge');
    }
    const pending = await outbox.pendingApplicationsFor(challenge.id);
    const localId = parseGlobalId(challenge.id)!.localId;
    if (localId.startsWith('pending-')) return pending;
    try {
      const delivered = await adapter.listApplications(localId);
      return [...delivered.map((application): ApplicationView => ({ ...application, delivery: 'DELIVERED' })), ...pending];
    } catch (error) {
      throw cityUnavailable(member.slug, error);
    }
  }

  return {
    Date: DateScalar,
    DateTime: DateTimeScalar,
    Node: { __resolveType: (record: { id: string }) => memberTypeName(member, kindOf(record)) },
    ...Object.fromEntries(ENTITY_KINDS.map((kind) => [INTERFACE_OF[kind], { __resolveType: () => memberTypeName(member, kind) }])),
    Application: APPLICATION_RESOLVERS,
    // What every member type resolves the same way; the kinds below add what is theirs.
    ...Object.fromEntries(
      ENTITY_KINDS.map((kind) => [
        memberTypeName(member, kind),
        {
          __resolveReference: resolveReference(kind),
          city: cityReference,
          location: (record: AnyRecord) => recordPlace(record, member.centre).location,
          locationPrecision: (record: AnyRecord) => recordPlace(record, member.centre).precision,
          ...KIND_RESOLVERS[kind],
          ...(kind === 'challenge' && {
            applications: (challenge: ChallengeRecord, _args: unknown, context: CityContext, info: GraphQLResolveInfo) => {
              callerSpecific(info);
              return applications(challenge, context);
            },
          }),
        },
      ]),
    ),
  } as SubgraphResolvers;
}

/** The fields of each kind that are not a record field as it stands. */
const KIND_RESOLVERS: { readonly [K in EntityKind]?: Readonly<Record<string, (record: never, args: never, context: never, info: GraphQLResolveInfo) => unknown>> } = {
  policy: {
    status: (policy: PolicyRecord) => policyStatus(policy, beijingToday()),
    maxSupport: (policy: PolicyRecord) => money(policy.maxSupportYuan),
  },
  challenge: {
    reward: (challenge: ChallengeRecord) => money(challenge.rewardYuan),
  },
  financeProduct: {
    minAmount: (product: FinanceProductRecord) => money(product.minAmountYuan),
    maxAmount: (product: FinanceProductRecord) => money(product.maxAmountYuan),
    servingMembers: (product: FinanceProductRecord) => cityReferences(product.servingMembers),
  },
  achievement: {
    askingPrice: (achievement: AchievementRecord) => money(achievement.askingPriceYuan),
  },
  cooperation: {
    members: (item: { members: string[] }) => cityReferences(item.members),
  },
  consortium: {
    members: (consortium: { members: string[] }) => cityReferences(consortium.members),
  },
  technologyManager: {
    // A manager's contact is for identified callers; the answer differs by caller, so it is never shared.
    contact: (manager: TechnologyManagerRecord, _args: unknown, context: CityContext, info: GraphQLResolveInfo) => {
      callerSpecific(info);
      return context.identity ? manager.contact : null;
    },
  },
};
