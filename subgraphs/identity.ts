/**
 * Who is calling. Partner organisations authenticate at the gateway with an API key; the gateway
 * passes the identity to every subgraph as a signed header, so a subgraph trusts an identity
 * only when the hub signed it, and refuses writes that come without one.
 */
import { z } from 'zod';
import { signValue, verifyValue } from './signing.js';

export const IDENTITY_HEADER = 'x-corridor-identity';

export const ROLES = ['PUBLISHER', 'APPLICANT'] as const;
export type Role = (typeof ROLES)[number];

export const IdentitySchema = z
  .object({
    /** Stable id of the organisation, e.g. `org-nanjing-0001`. */
    organizationId: z.string().min(1),
    /** Registered name; a challenge's `publisher` and an application's applicant carry it. */
    organizationName: z.string().min(1),
    /** The member city the organisation belongs to. */
    city: z.string().min(1),
    roles: z.array(z.enum(ROLES)),
  })
  .strict();

export type Identity = z.infer<typeof IdentitySchema>;

export function signIdentity(secret: string, identity: Identity): string {
  return signValue(secret, identity);
}

/** The identity in a header: undefined when absent, an error message when present but not valid. */
export function identityFromHeader(secret: string, header: string | string[] | undefined): Identity | undefined | { problem: string } {
  if (header === undefined) return undefined;
  const verified = verifyValue(secret, Array.isArray(header) ? header[0]! : header);
  if ('problem' in verified) return { problem: `identity header refused: ${verified.problem}` };
  const parsed = IdentitySchema.safeParse(verified.value);
  return parsed.success ? parsed.data : { problem: 'identity header does not describe an organisation' };
}
