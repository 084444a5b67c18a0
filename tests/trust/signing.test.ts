/** The hub's request signatures (subgraphs/signing.ts): what they cover and what they refuse. */
import { describe, expect, it } from 'vitest';
import { hubSecretFrom, randomHubSecret, RequestVerifier, SIGNATURE_WINDOW_MS, signRequest, type SignedParts } from '../../subgraphs/signing.js';

const SECRET = randomHubSecret();
const PARTS: SignedParts = {
  method: 'POST',
  pathWithQuery: '/graphql',
  body: JSON.stringify({ query: '{ _service { sdl } }' }),
  identity: Buffer.from(JSON.stringify({ organizationId: 'org-nanjing-zijinshan' })).toString('base64url'),
};

/** A verifier whose clock the test sets. */
function verifierAt(start: number, options: { replayCacheLimit?: number } = {}) {
  let now = start;
  const verifier = new RequestVerifier(SECRET, { clock: () => now, ...options });
  return { verifier, setNow: (value: number) => (now = value) };
}

describe('request signatures', () => {
  const now = 1_800_000_000_000;

  it('accept a request signed with the shared secret, once', () => {
    const { verifier } = verifierAt(now);
    const header = signRequest(SECRET, PARTS, now);
    expect(verifier.problem(header, PARTS)).toBeUndefined();
    expect(verifier.problem(header, PARTS)).toBe('The request was already received once (replay)');
  });

  const otherIdentity = Buffer.from(JSON.stringify({ organizationId: 'org-suzhou-nano-packaging' })).toString('base64url');
  it.each<[string, SignedParts, SignedParts]>([
    ['a tampered body', PARTS, { ...PARTS, body: PARTS.body.replace('sdl', 'sdl __typename') }],
    ['another path', PARTS, { ...PARTS, pathWithQuery: '/internal/writes' }],
    ['another query string', PARTS, { ...PARTS, pathWithQuery: '/graphql?x=1' }],
    ['another method', PARTS, { ...PARTS, method: 'GET' }],
    ['a swapped identity', PARTS, { ...PARTS, identity: otherIdentity }],
    ['an identity added to an anonymous request', { ...PARTS, identity: undefined }, PARTS],
    ['an identity removed', PARTS, { ...PARTS, identity: undefined }],
  ])('refuse %s', (_case, signedFor, received) => {
    const { verifier } = verifierAt(now);
    expect(verifier.problem(signRequest(SECRET, signedFor, now), received)).toBe('The request signature does not match');
  });

  it('refuse a signature made with another secret', () => {
    const { verifier } = verifierAt(now);
    expect(verifier.problem(signRequest(randomHubSecret(), PARTS, now), PARTS)).toBe('The request signature does not match');
  });

  it('refuse a missing or malformed header', () => {
    const { verifier } = verifierAt(now);
    expect(verifier.problem(undefined, PARTS)).toMatch(/not signed/);
    expect(verifier.problem('t=1,v1=abc', PARTS)).toMatch(/malformed/);
  });

  it(`refuse a signature older or newer than the window of ${SIGNATURE_WINDOW_MS / 1000} s`, () => {
    const { verifier } = verifierAt(now);
    expect(verifier.problem(signRequest(SECRET, PARTS, now - SIGNATURE_WINDOW_MS - 1), PARTS)).toBe('The request signature has expired');
    expect(verifier.problem(signRequest(SECRET, PARTS, now + SIGNATURE_WINDOW_MS + 1), PARTS)).toBe('The request signature has expired');
    expect(verifier.problem(signRequest(SECRET, PARTS, now - SIGNATURE_WINDOW_MS + 1_000), PARTS)).toBeUndefined();
  });

  it('refuse a replay after its nonce left the cache, because the signature has left the window too', () => {
    const { verifier, setNow } = verifierAt(now);
    const header = signRequest(SECRET, PARTS, now);
    expect(verifier.problem(header, PARTS)).toBeUndefined();
    setNow(now + SIGNATURE_WINDOW_MS + 1);
    // Another request makes the verifier forget nonces that have left the window.
    expect(verifier.problem(signRequest(SECRET, PARTS, now + SIGNATURE_WINDOW_MS + 1), PARTS)).toBeUndefined();
    expect(verifier.problem(header, PARTS)).toBe('The request signature has expired');
  });

  it('keep at most the cache limit of nonces, refusing every signature not newer than those forgotten', () => {
    const { verifier } = verifierAt(now, { replayCacheLimit: 2 });
    const first = signRequest(SECRET, PARTS, now - 3);
    const second = signRequest(SECRET, PARTS, now - 2);
    expect(verifier.problem(first, PARTS)).toBeUndefined();
    expect(verifier.problem(second, PARTS)).toBeUndefined();
    expect(verifier.problem(signRequest(SECRET, PARTS, now - 1), PARTS)).toBeUndefined();
    // `first` was forgotten to keep the cache at two: sending it again must still fail.
    expect(verifier.problem(first, PARTS)).toBe('The request signature has expired');
    expect(verifier.problem(second, PARTS)).toBe('The request was already received once (replay)');
    expect(verifier.problem(signRequest(SECRET, PARTS, now - 3), PARTS)).toBe('The request signature has expired');
    expect(verifier.problem(signRequest(SECRET, PARTS, now), PARTS)).toBeUndefined();
  });
});

describe('the hub secret', () => {
  it('is required in every environment, with a message that says how to make one', () => {
    expect(() => hubSecretFrom({})).toThrow(/HUB_SECRET is not set.*randomBytes/s);
    expect(() => hubSecretFrom({ NODE_ENV: 'development' })).toThrow(/HUB_SECRET is not set/);
    expect(() => hubSecretFrom({ HUB_SECRET: 'short' })).toThrow(/at least 16 characters/);
    expect(hubSecretFrom({ HUB_SECRET: 'a-secret-long-enough' })).toBe('a-secret-long-enough');
  });

  it('is random per run where none is given', () => {
    expect(randomHubSecret()).not.toBe(randomHubSecret());
    expect(randomHubSecret().length).toBeGreaterThanOrEqual(32);
  });

  it('is refused by a verifier when too short to resist guessing', () => {
    expect(() => new RequestVerifier('short')).toThrow(/at least 16 characters/);
  });
});
