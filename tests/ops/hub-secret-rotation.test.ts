/**
 * Rotating HUB_SECRET without downtime: while HUB_SECRET_PREVIOUS is set a receiver accepts the
 * signatures of senders still on the old secret as well as the new one (docs/operations.md).
 */
import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { HubRequestGuard, signedHeaders } from '../../subgraphs/identity.js';
import { previousHubSecretFrom } from '../../subgraphs/signing.js';

const OLD = 'the-old-hub-secret-being-replaced';
const NEW = 'the-new-hub-secret-taking-over-now';
const OTHER = 'a-secret-the-hub-never-had-at-all';

/** A request as the guard sees it: method, path and the headers a sender signed it with. */
function signedWith(secret: string): IncomingMessage {
  const headers = signedHeaders(secret, { method: 'GET', pathWithQuery: '/internal/changes', body: '' });
  return { method: 'GET', headers } as unknown as IncomingMessage;
}

describe('HUB_SECRET rotation', () => {
  it('accepts the current and the previous secret while both are set, and no other', () => {
    const guard = new HubRequestGuard(NEW, { previousSecret: OLD });
    expect(guard.check(signedWith(NEW), '/internal/changes', '')).toBeUndefined();
    expect(guard.check(signedWith(OLD), '/internal/changes', '')).toBeUndefined();
    expect(guard.check(signedWith(OTHER), '/internal/changes', '')).toMatch(/does not match/);
  });

  it('accepts only the current secret once the previous one is dropped', () => {
    const guard = new HubRequestGuard(NEW);
    expect(guard.check(signedWith(OLD), '/internal/changes', '')).toMatch(/does not match/);
  });

  it('reads HUB_SECRET_PREVIOUS, refusing a short one or one equal to HUB_SECRET', () => {
    expect(previousHubSecretFrom({ HUB_SECRET: NEW })).toBeUndefined();
    expect(previousHubSecretFrom({ HUB_SECRET: NEW, HUB_SECRET_PREVIOUS: '' })).toBeUndefined();
    expect(previousHubSecretFrom({ HUB_SECRET: NEW, HUB_SECRET_PREVIOUS: OLD })).toBe(OLD);
    expect(() => previousHubSecretFrom({ HUB_SECRET: NEW, HUB_SECRET_PREVIOUS: 'short' })).toThrow(/at least 16/);
    expect(() => previousHubSecretFrom({ HUB_SECRET: NEW, HUB_SECRET_PREVIOUS: NEW })).toThrow(/same as HUB_SECRET/);
  });
});
