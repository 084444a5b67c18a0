/**
 * Hive Gateway's configuration for the benchmark: one plugin that signs every request to a
 * subgraph exactly as our gateway does (subgraphs/signing.ts, the same code and secret), so the
 * peer is let through the trust boundary and pays the same HMAC per subgraph fetch, no more.
 * Hive Gateway reads this file because the benchmark starts it from bench/peer.
 */
import { SIGNATURE_HEADER } from '../../schema/wire.js';
import { signRequest } from '../../subgraphs/signing.js';

/** The part of Hive Gateway's `onFetch` payload the plugin uses (its types live in the peer's own install). */
interface FetchPayload {
  url: string;
  options: { method?: string; body?: unknown; headers?: Record<string, string> | Headers };
  setOptions(options: FetchPayload['options']): void;
}

const hubSecret = process.env['HUB_SECRET'];
if (!hubSecret) throw new Error('HUB_SECRET is not set: the benchmark passes its run secret to the peer (bench/gateways.ts)');

function plainHeaders(headers: FetchPayload['options']['headers']): Record<string, string> {
  return headers instanceof Headers ? Object.fromEntries(headers.entries()) : { ...headers };
}

export const gatewayConfig = {
  plugins: () => [
    {
      onFetch({ url, options, setOptions }: FetchPayload) {
        const target = new URL(url);
        const body = typeof options.body === 'string' ? options.body : '';
        const signature = signRequest(hubSecret, { method: options.method ?? 'GET', pathWithQuery: `${target.pathname}${target.search}`, body, identity: undefined });
        setOptions({ ...options, headers: { ...plainHeaders(options.headers), [SIGNATURE_HEADER]: signature } });
      },
    },
  ],
};
