/**
 * Who is calling, and whether the hub sent the call. Partner organisations authenticate at the
 * gateway with an API key; every call the gateway (or the corridor) makes to a subgraph carries
 * the caller's identity in a header that the request's signature covers (subgraphs/signing.ts).
 * A subgraph trusts only the identity inside a verified signature, and refuses every unsigned,
 * badly signed, expired or replayed request except `/health`.
 */
import type { IncomingMessage } from 'node:http';
import { z } from 'zod';
import { IDENTITY_HEADER, SIGNATURE_HEADER } from '../schema/wire.js';
import { RequestVerifier, signRequest, type RequestVerifierOptions } from './signing.js';

export const ROLES = ['PUBLISHER', 'APPLICANT'] as const;
export type Role = (typeof ROLES)[number];

export const IdentitySchema = z
  .object({
    /** Stable id of the organisation, e.g. `org-nanjing-0001`; authorisation compares it. */
    organizationId: z.string().min(1),
    /** Registered name; a challenge's `publisher` and an application's applicant carry it. */
    organizationName: z.string().min(1),
    /** The member city the organisation belongs to. */
    city: z.string().min(1),
    roles: z.array(z.enum(ROLES)),
  })
  .strict();

export type Identity = z.infer<typeof IdentitySchema>;

/** The identity header's value: JSON in base64url (header values must be ASCII; names are Chinese). */
export function encodeIdentity(identity: Identity): string {
  return Buffer.from(JSON.stringify(identity)).toString('base64url');
}

function decodeIdentity(header: string): Identity | undefined {
  try {
    const parsed = IdentitySchema.safeParse(JSON.parse(Buffer.from(header, 'base64url').toString('utf8')));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

export interface OutgoingRequest {
  method: string;
  pathWithQuery: string;
  body: string;
  identity?: Identity | undefined;
}

/** The headers that make a hub request trusted: the identity (when there is a caller) and the signature over both. */
export function signedHeaders(secret: string, request: OutgoingRequest): Record<string, string> {
  const identity = request.identity && encodeIdentity(request.identity);
  const signature = signRequest(secret, { method: request.method, pathWithQuery: request.pathWithQuery, body: request.body, identity });
  return { [SIGNATURE_HEADER]: signature, ...(identity && { [IDENTITY_HEADER]: identity }) };
}

/** A request the guard accepted: who called (undefined for an anonymous caller). */
export interface TrustedRequest {
  identity: Identity | undefined;
}

const single = (header: string | string[] | undefined) => (Array.isArray(header) ? header.join(', ') : header);

/**
 * The receiving side of the trust boundary, one per serving process (it remembers the nonces
 * it accepted). `check` verifies a request once its body is read; the identity it vouches for
 * is then available to the request's handlers through `callerOf`.
 */
export class HubRequestGuard {
  private readonly verifier: RequestVerifier;
  private readonly trusted = new WeakMap<IncomingMessage, TrustedRequest>();

  constructor(secret: string, options: RequestVerifierOptions = {}) {
    this.verifier = new RequestVerifier(secret, options);
  }

  /** Why the request is refused, or undefined when it is trusted. */
  check(request: IncomingMessage, pathWithQuery: string, body: string): string | undefined {
    const identityHeader = single(request.headers[IDENTITY_HEADER]);
    const problem = this.verifier.problem(single(request.headers[SIGNATURE_HEADER]), { method: request.method ?? 'GET', pathWithQuery, body, identity: identityHeader });
    if (problem) return problem;
    const identity = identityHeader === undefined ? undefined : decodeIdentity(identityHeader);
    if (identityHeader !== undefined && !identity) return 'The identity header does not describe an organisation';
    this.trusted.set(request, { identity });
    return undefined;
  }

  /** The identity of a request `check` accepted; undefined for anonymous or unchecked requests. */
  callerOf(request: IncomingMessage): Identity | undefined {
    return this.trusted.get(request)?.identity;
  }
}
