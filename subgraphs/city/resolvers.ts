/** Resolvers of a member's entity types: references hydrated through the per-request loaders. */
import type { buildSubgraphSchema } from '@apollo/subgraph';
import {
  parseGlobalId,
  policyStatus,
  type ChallengeRecord,
  type EntityKind,
  type PolicyRecord,
} from '../../schema/contract.js';
import type { Member } from '../../schema/registry.js';
import { DateScalar, DateTimeScalar, beijingToday } from '../../schema/scalars.js';
import type { EntityLoaders } from './entity-loaders.js';
import { INTERFACE_OF, memberTypeName } from './sdl.js';

/** The resolver map `buildSubgraphSchema` takes (its type is not exported by name). */
export type SubgraphResolvers = NonNullable<Extract<Parameters<typeof buildSubgraphSchema>[0], { typeDefs: unknown }>['resolvers']>;

export interface CityContext {
  loaders: EntityLoaders;
}

export function money(yuan: number | null): { yuan: number; wan: number; currency: 'CNY' } | null {
  return yuan === null ? null : { yuan, wan: yuan / 10_000, currency: 'CNY' };
}

const cityReference = (record: { city: string }) => ({ slug: record.city });

export function citySubgraphResolvers(member: Member): SubgraphResolvers {
  const resolveReference =
    (kind: EntityKind) =>
    (reference: { id: string }, context: CityContext) => {
      const parts = parseGlobalId(reference.id);
      if (!parts || parts.city !== member.slug || parts.kind !== kind) return null;
      return context.loaders[kind].load(parts.localId);
    };
  const kindOf = (record: { id: string }) => parseGlobalId(record.id)?.kind as EntityKind;

  return {
    Date: DateScalar,
    DateTime: DateTimeScalar,
    Node: { __resolveType: (record: { id: string }) => memberTypeName(member, kindOf(record)) },
    ...Object.fromEntries(
      (['policy', 'carrier', 'challenge'] as const).map((kind) => [INTERFACE_OF[kind], { __resolveType: () => memberTypeName(member, kind) }]),
    ),
    [memberTypeName(member, 'policy')]: {
      __resolveReference: resolveReference('policy'),
      city: cityReference,
      status: (policy: PolicyRecord) => policyStatus(policy, beijingToday()),
      maxSupport: (policy: PolicyRecord) => money(policy.maxSupportYuan),
    },
    [memberTypeName(member, 'carrier')]: {
      __resolveReference: resolveReference('carrier'),
      city: cityReference,
    },
    [memberTypeName(member, 'challenge')]: {
      __resolveReference: resolveReference('challenge'),
      city: cityReference,
      reward: (challenge: ChallengeRecord) => money(challenge.rewardYuan),
    },
  } as SubgraphResolvers;
}
