/**
 * Entity references shared by every subgraph: how a global id becomes the reference the gateway
 * hydrates from the owning member's subgraph, and how an application points at its challenge.
 */
import { parseGlobalId } from '../schema/contract.js';
import { findMember } from '../schema/registry.js';
import { memberTypeName, type ApplicationView } from '../schema/wire.js';

/** The entity reference of a record by global id, typed for the member that owns it. */
export function entityReference(id: string): { __typename: string; id: string } | null {
  const parts = parseGlobalId(id);
  const owner = parts && findMember(parts.city);
  return parts && owner && parts.kind !== 'application' ? { __typename: memberTypeName(owner, parts.kind), id } : null;
}

/** Field resolvers of an application, shared by every subgraph that returns one. */
export const APPLICATION_RESOLVERS = {
  challenge: (application: ApplicationView) => entityReference(application.challengeId),
  applicantCity: (application: ApplicationView) => ({ slug: application.applicantCity }),
};
