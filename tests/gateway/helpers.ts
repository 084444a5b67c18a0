/**
 * A gateway of its own in front of a local corridor's subgraphs, with the edge settings a test
 * needs, and a count of the requests it sends them: each subgraph is reached through a
 * forwarding HTTP server on loopback that counts what passes (paths and bodies unchanged, so the
 * hub's signatures still verify).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { request } from 'undici';
import { ApiKeys, type ApiKeyEntry } from '../../gateway/api-keys.js';
import { startGateway, type GatewayOptions, type RunningGateway } from '../../gateway/server.js';
import { SUPERGRAPH_PATH } from '../../schema/wire.js';
import type { LocalCorridor } from '../../sandbox/local-corridor.js';
import { demoApiKeyEntries } from '../../sandbox/identities.js';
import { readBody } from '../../subgraphs/http-server.js';

export interface EdgeGateway {
  gateway: RunningGateway;
  graphqlUrl: string;
  /** Requests the gateway has sent to any subgraph so far. */
  subgraphCalls(): number;
  close(): Promise<void>;
}

async function countingForwarder(target: string, count: () => void): Promise<{ url: string; server: Server }> {
  const server = createServer((incoming, outgoing) => {
    count();
    void (async () => {
      const body = incoming.method === 'POST' ? await readBody(incoming) : undefined;
      const headers = Object.fromEntries(Object.entries(incoming.headers).filter(([name]) => !['host', 'connection', 'content-length', 'transfer-encoding'].includes(name))) as Record<string, string>;
      const answer = await request(`${target}${incoming.url}`, { method: incoming.method as 'GET' | 'POST', headers, body });
      const text = await answer.body.text();
      outgoing.writeHead(answer.statusCode, { 'content-type': String(answer.headers['content-type'] ?? 'application/json'), ...(answer.headers['cache-control'] && { 'cache-control': String(answer.headers['cache-control']) }) });
      outgoing.end(text);
    })().catch(() => outgoing.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

export async function startEdgeGateway(corridor: LocalCorridor, options: Partial<GatewayOptions> & { extraKeys?: ApiKeyEntry[] } = {}): Promise<EdgeGateway> {
  let calls = 0;
  const targets: [string, string][] = [['corridor', corridor.corridor.url], ...[...corridor.cities].map(([slug, city]): [string, string] => [slug, city.url])];
  const forwarders = await Promise.all(targets.map(async ([name, url]) => [name, await countingForwarder(url, () => calls++)] as const));
  const { extraKeys = [], ...overrides } = options;
  const gateway = await startGateway({
    apiKeys: new ApiKeys([...demoApiKeyEntries(), ...extraKeys]),
    requireApiKey: false,
    hubSecret: corridor.hubSecret,
    supergraphPath: SUPERGRAPH_PATH,
    subgraphUrls: Object.fromEntries(forwarders.map(([name, forwarder]) => [name, forwarder.url])),
    subgraphTimeoutMs: 5_000,
    supergraphPollMs: 60_000,
    rateLimits: { anonymous: { perMinute: 100_000, burst: 10_000 }, key: { perMinute: 100_000, burst: 10_000 } },
    ...overrides,
  });
  return {
    gateway,
    graphqlUrl: `${gateway.url}/graphql`,
    subgraphCalls: () => calls,
    close: async () => {
      await gateway.close();
      await Promise.all(forwarders.map(([, { server }]) => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve())))));
    },
  };
}

export interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: any;
}

/** A POST of a GraphQL request, answered with status, headers and the parsed body. */
export async function post(url: string, payload: unknown, headers: Record<string, string> = {}): Promise<RawAnswer> {
  const answer = await request(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof payload === 'string' ? payload : JSON.stringify(payload) });
  const text = await answer.body.text();
  return { status: answer.statusCode, headers: answer.headers, body: text ? JSON.parse(text) : undefined };
}

/** The first error's code of an answer. */
export function codeOf(answer: RawAnswer): unknown {
  return answer.body?.errors?.[0]?.extensions?.code;
}
