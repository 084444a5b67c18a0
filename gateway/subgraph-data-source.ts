/**
 * How the gateway calls a subgraph: pooled keep-alive HTTP with a per-subgraph timeout. When a
 * member's subgraph cannot answer, the failure becomes a CITY_UNAVAILABLE error naming the
 * member, and the rest of the query plan goes on: the other members' data is still returned.
 * The corridor subgraph's own failure is CORRIDOR_UNAVAILABLE.
 */
import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { Agent, fetch as undiciFetch } from 'undici';
import { IDENTITY_HEADER, signIdentity, type Identity } from '../subgraphs/identity.js';

export interface SubgraphDataSourceOptions {
  name: string;
  url: string;
  timeoutMs: number;
  dispatcher: Agent;
  /** True for a member's city subgraph; the corridor's own failures are not a member's. */
  isCity: boolean;
  /** Signs the caller's identity for the subgraph. */
  hubSecret: string;
}

export class SubgraphDataSource extends RemoteGraphQLDataSource<{ identity?: Identity }> {
  private readonly subgraphName: string;
  private readonly isCity: boolean;
  private readonly hubSecret: string;

  constructor(options: SubgraphDataSourceOptions) {
    super({
      url: options.url,
      fetcher: ((input: string, init: Record<string, unknown>) =>
        undiciFetch(input, { ...init, dispatcher: options.dispatcher, signal: AbortSignal.timeout(options.timeoutMs) } as never)) as never,
    });
    this.subgraphName = options.name;
    this.isCity = options.isCity;
    this.hubSecret = options.hubSecret;
  }

  /** Passes the caller's identity on, signed, so the subgraph can trust it. */
  override willSendRequest({ request, context }: Parameters<NonNullable<RemoteGraphQLDataSource<{ identity?: Identity }>['willSendRequest']>>[0]): void {
    if (context.identity) request.http?.headers.set(IDENTITY_HEADER, signIdentity(this.hubSecret, context.identity));
  }

  override async process(options: GraphQLDataSourceProcessOptions<{ identity?: Identity }>): ReturnType<RemoteGraphQLDataSource['process']> {
    try {
      return await super.process(options);
    } catch (error) {
      const reason = error instanceof Error ? (error.name === 'TimeoutError' ? 'timed out' : error.message) : String(error);
      const failure = this.isCity
        ? { message: `${this.subgraphName} is unavailable: its subgraph ${reason}`, extensions: { code: 'CITY_UNAVAILABLE', city: this.subgraphName } }
        : { message: `The corridor subgraph is unavailable: it ${reason}`, extensions: { code: 'CORRIDOR_UNAVAILABLE' } };
      return { errors: [failure] };
    }
  }
}
