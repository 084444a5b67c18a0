/**
 * How the gateway calls a subgraph: pooled keep-alive HTTP with a per-subgraph timeout. When a
 * member's subgraph cannot answer, the failure becomes a CITY_UNAVAILABLE error naming the
 * member, and the rest of the query plan goes on: the other members' data is still returned.
 * The corridor subgraph's own failure is CORRIDOR_UNAVAILABLE. A subgraph that answers with
 * the caller's errors is not failing: those errors reach the caller as they are. Every request
 * is signed with the hub's secret, the caller's identity inside the signature. A member's answer
 * that was served from stale copies carries `extensions.staleData`, gathered here per request.
 * Each fetch carries the request's trace (`traceparent`) and is counted and timed by outcome.
 */
import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { Agent, fetch as undiciFetch } from 'undici';
import { log } from '../subgraphs/log.js';
import { metrics } from '../subgraphs/metrics.js';
import { traceHeaders } from '../subgraphs/tracing.js';
import type { ErrorCode } from '../schema/errors.js';
import type { Language } from '../schema/api-vocabularies.js';
import { IDENTITY_HEADER, LANGUAGE_HEADER, SIGNATURE_HEADER, STALE_DATA_EXTENSION } from '../schema/wire.js';
import { languageHeaderValue } from '../subgraphs/language.js';
import { encodeIdentity, type Identity } from '../subgraphs/identity.js';
import { signRequest } from '../subgraphs/signing.js';
import type { StaleDataReport } from '../subgraphs/stale-data.js';

export interface SubgraphDataSourceOptions {
  name: string;
  url: string;
  timeoutMs: number;
  dispatcher: Agent;
  /** True for a member's city subgraph; the corridor's own failures are not a member's. */
  isCity: boolean;
  /** Signs every request (and the caller's identity in it) for the subgraph. */
  hubSecret: string;
}

/** What the data source reads from and writes to the gateway's per-request context. */
export interface SubgraphCallContext {
  identity?: Identity;
  /** The language the caller's Accept-Language chose, passed on to the subgraph. */
  language?: Language;
  /** Gathers the members' `staleData` response extensions for the client's answer. */
  staleData?: StaleDataReport;
}

export class SubgraphDataSource extends RemoteGraphQLDataSource<SubgraphCallContext> {
  private readonly subgraphName: string;
  private readonly isCity: boolean;

  constructor(options: SubgraphDataSourceOptions) {
    super({ url: options.url, fetcher: signingFetcher(options) as never });
    this.subgraphName = options.name;
    this.isCity = options.isCity;
  }

  /** Passes the caller's identity (the fetcher signs it together with the request) and language on. */
  override willSendRequest({ request, context }: Parameters<NonNullable<RemoteGraphQLDataSource<SubgraphCallContext>['willSendRequest']>>[0]): void {
    if (context.identity) request.http?.headers.set(IDENTITY_HEADER, encodeIdentity(context.identity));
    if (context.language) request.http?.headers.set(LANGUAGE_HEADER, languageHeaderValue(context.language));
  }

  /**
   * GraphQL errors in a subgraph's 4xx answer are the caller's (a bad date, a refused limit):
   * they pass on unchanged, code and field. Only no answer, a timeout, a 5xx or an unreadable
   * answer makes the subgraph unavailable; the cause is logged, the caller gets words of ours.
   */
  override async process(options: GraphQLDataSourceProcessOptions<SubgraphCallContext>): ReturnType<RemoteGraphQLDataSource['process']> {
    const subgraph = this.subgraphName;
    const endTimer = metrics.subgraphFetchDuration.startTimer({ subgraph });
    const counted = (outcome: FetchOutcome) => {
      endTimer();
      metrics.subgraphFetches.inc({ subgraph, outcome });
    };
    try {
      const response = await super.process(options);
      counted('success');
      // A member that served stale copies says so in its answer's extensions; the client's answer says it too.
      if (this.isCity) options.context.staleData?.merge(response.extensions?.[STALE_DATA_EXTENSION]);
      return response;
    } catch (error) {
      const answer = subgraphAnswer(error);
      if (answer && answer.status < 500 && answer.errors) {
        counted('caller_error');
        return { errors: answer.errors };
      }
      const { outcome, reason } = fetchFailure(error, answer?.status);
      counted(outcome);
      log.warn({ subgraph, reason, err: error }, 'subgraph fetch failed');
      const failure = this.isCity
        ? { message: `${this.subgraphName} is unavailable: its subgraph ${reason}`, extensions: { code: 'CITY_UNAVAILABLE' satisfies ErrorCode, city: this.subgraphName } }
        : { message: `The corridor subgraph is unavailable: it ${reason}`, extensions: { code: 'CORRIDOR_UNAVAILABLE' satisfies ErrorCode } };
      return { errors: [failure] };
    }
  }
}

/**
 * The data source's fetcher: it sees the exact body the data source serialised, so it signs
 * that body, the method, the path and the identity the data source put in its headers.
 */
function signingFetcher(options: SubgraphDataSourceOptions) {
  return (input: string, init: { method?: string; body?: string; headers?: Record<string, string> }) => {
    const headers = init.headers ?? {};
    const url = new URL(input);
    const parts = { method: init.method ?? 'GET', pathWithQuery: `${url.pathname}${url.search}`, body: init.body ?? '', identity: headers[IDENTITY_HEADER] };
    return undiciFetch(input, { ...init, headers: { ...headers, ...traceHeaders(), [SIGNATURE_HEADER]: signRequest(options.hubSecret, parts) }, dispatcher: options.dispatcher, signal: AbortSignal.timeout(options.timeoutMs) } as never);
  };
}

/** The status and GraphQL errors of a non-2xx answer, as RemoteGraphQLDataSource's errorFromResponse records them. */
function subgraphAnswer(error: unknown): { status: number; errors: GraphQLFormattedError[] | undefined } | undefined {
  const response = error instanceof GraphQLError ? (error.extensions['response'] as { status?: unknown; body?: unknown } | undefined) : undefined;
  if (typeof response?.status !== 'number') return undefined;
  const errors = (response.body as { errors?: unknown } | undefined)?.errors;
  const wellFormed = Array.isArray(errors) && errors.length > 0 && errors.every((entry) => typeof entry?.message === 'string');
  return { status: response.status, errors: wellFormed ? (errors as GraphQLFormattedError[]) : undefined };
}

/** How a fetch ended, as `hub_subgraph_fetches_total` counts it. */
type FetchOutcome = 'success' | 'caller_error' | 'timeout' | 'server_error' | 'unreachable' | 'unreadable';

/** A failed fetch's outcome and, in our words, its reason. */
function fetchFailure(error: unknown, status: number | undefined): { outcome: FetchOutcome; reason: string } {
  if (error instanceof Error && error.name === 'TimeoutError') return { outcome: 'timeout', reason: 'timed out' };
  if (status !== undefined) return { outcome: 'server_error', reason: `answered HTTP ${status}` };
  // undici's fetch rejects with a TypeError when no connection or answer came at all.
  if (error instanceof TypeError) return { outcome: 'unreachable', reason: 'could not be reached' };
  return { outcome: 'unreadable', reason: 'answered in a form that could not be read' };
}
