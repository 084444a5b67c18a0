/**
 * The harness every stand-in platform runs in: a Fastify server on loopback with the member's
 * native routes (registered by its dialect module), fault injection in front of them, call
 * counting, and an admin API under `/__sandbox/` that tests and demos use to steer it.
 */
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { AsyncLocalStorage } from 'node:async_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { ZodError, z } from 'zod';
import { ENTITY_KINDS, type EntityKind } from '../../schema/contract.js';
import type { Member } from '../../schema/registry.js';
import { FaultState, type FaultSettings } from './faults.js';
import { PlatformStore, type PlatformDataset } from './store.js';

export const ADMIN_PREFIX = '/__sandbox';

export interface PlatformFailure {
  /** The HTTP status a conventional platform would use for this failure. */
  status: number;
  message: string;
}

/** What a dialect module gets to serve its member's native API. */
export interface StandInContext {
  member: Member;
  store: PlatformStore;
  faults: FaultState;
  /** Sends a failure in the dialect's own form (status code, envelope, SOAP fault …). */
  fail(reply: FastifyReply, failure: PlatformFailure): FastifyReply;
}

/** One member's native API: the only part of a stand-in that differs between members. */
export interface StandInDialect {
  register(app: FastifyInstance, context: StandInContext): void;
  sendFailure(reply: FastifyReply, failure: PlatformFailure): FastifyReply;
}

/**
 * What only the sandbox needs to know about a member's stand-in; each `members/<slug>/stand-in.ts`
 * exports it as `sandbox` beside its `standIn`.
 */
export interface SandboxFacts {
  /** Loopback port of the stand-in: explicit and permanent, like the member's subgraph port. */
  port: number;
  /** A short name of the dialect it speaks (`rest-camel`, `odata` …), shown by `npm run sandbox`. */
  dialect: string;
  /** Credentials the stand-in accepts; outside production the adapter gets these when none are set. */
  credentials?: Readonly<Record<string, string>>;
  /** What the platform does before anyone injects faults, as the real one does (a rate limit, short-lived tokens). */
  behaviour?: Partial<FaultSettings>;
}

/** The exports of a member's `stand-in.ts`. */
export interface StandInModule {
  standIn: StandInDialect;
  sandbox: SandboxFacts;
}

export interface StandInOptions {
  member: Member;
  dataset: PlatformDataset;
  dialect: StandInDialect;
  /** 0 (the default) picks a free port. */
  port?: number;
  host?: string;
  faults?: Partial<FaultSettings>;
  clock?: () => Date;
  /** The file that keeps what was changed since the dataset, across restarts; memory only when omitted. */
  dataFile?: string;
}

export interface CallStats {
  total: number;
  /** Calls per native route, keyed `METHOD /route/pattern`. */
  byRoute: Record<string, number>;
}

export interface RunningStandIn {
  member: Member;
  url: string;
  store: PlatformStore;
  faults: FaultState;
  stats(): CallStats;
  close(): Promise<void>;
}

const kindParam = z.enum(ENTITY_KINDS as [EntityKind, ...EntityKind[]]);

export async function startStandIn(options: StandInOptions): Promise<RunningStandIn> {
  const { member, dialect } = options;
  // Which request a native write happens in, so the answer of that request alone can be lost.
  const handling = new AsyncLocalStorage<{ wrote: boolean }>();
  const requestState = new WeakMap<FastifyRequest, { wrote: boolean }>();
  const store = new PlatformStore(member, options.dataset, {
    clock: options.clock,
    dataFile: options.dataFile,
    onNativeWrite: () => {
      const state = handling.getStore();
      if (state) state.wrote = true;
    },
  });
  const faults = new FaultState(options.faults);
  const initialFaults = faults.settings;
  let stats: CallStats = { total: 0, byRoute: {} };

  // Bodies up to 10 MB: a scaled export (10,000 records) is several megabytes.
  const app = Fastify({ logger: false, bodyLimit: 10 * 1024 * 1024, forceCloseConnections: true });
  const context: StandInContext = { member, store, faults, fail: (reply, failure) => dialect.sendFailure(reply, failure) };

  app.addHook('onRequest', async (request, reply) => {
    if (request.url.startsWith(ADMIN_PREFIX)) return;
    const route = `${request.method} ${request.routeOptions.url ?? request.url.split('?')[0]}`;
    stats.total += 1;
    stats.byRoute[route] = (stats.byRoute[route] ?? 0) + 1;
    if (faults.settings.outage) {
      // An unreachable platform: the connection is dropped without an answer.
      reply.hijack();
      request.raw.socket.destroy();
      return reply;
    }
    const retryAfter = faults.takeRateLimitSlot();
    if (retryAfter !== undefined) {
      reply.header('retry-after', String(retryAfter));
      return dialect.sendFailure(reply, { status: 429, message: `rate limit exceeded, retry after ${retryAfter}s` });
    }
    const delay = faults.nextDelayMs();
    if (delay > 0) await sleep(delay);
    if (faults.shouldFail()) {
      return dialect.sendFailure(reply, { status: 500, message: 'internal platform error (injected)' });
    }
  });
  // Callback style on purpose: the handler runs inside `done`, so inside this request's context.
  app.addHook('preHandler', (request, _reply, done) => {
    const state = { wrote: false };
    requestState.set(request, state);
    handling.run(state, done);
  });
  app.addHook('onSend', async (request, _reply, payload) => {
    if (requestState.get(request)?.wrote && faults.takeLostAnswer()) request.raw.socket.destroy();
    return payload;
  });

  await app.register(async (admin) => {
    admin.get('/faults', async () => faults.settings);
    admin.patch('/faults', async (request) => faults.update(request.body as Partial<FaultSettings>));
    admin.post('/faults/reset', async () => faults.reset(initialFaults));
    admin.get('/stats', async () => stats);
    admin.post('/stats/reset', async () => {
      stats = { total: 0, byRoute: {} };
      return stats;
    });
    admin.get('/records/:kind', async (request) => store.list(kindParam.parse((request.params as { kind: string }).kind)));
    admin.put('/records/:kind', async (request) => {
      const kind = kindParam.parse((request.params as { kind: string }).kind);
      return store.upsert(kind, request.body as never);
    });
    admin.delete('/records/:kind/:localId', async (request) => {
      const params = request.params as { kind: string; localId: string };
      return { removed: store.remove(kindParam.parse(params.kind), params.localId) };
    });
    admin.setErrorHandler((error, _request, reply) => {
      const status = error instanceof ZodError ? 400 : 500;
      reply.code(status).send({ error: error instanceof ZodError ? error.issues : String(error) });
    });
  }, { prefix: ADMIN_PREFIX });

  await app.register(async (native) => dialect.register(native, context));

  await app.listen({ port: options.port ?? 0, host: options.host ?? '127.0.0.1' });
  const address = app.server.address();
  if (address === null || typeof address === 'string') throw new Error('stand-in did not bind a TCP port');

  return {
    member,
    url: `http://${options.host ?? '127.0.0.1'}:${address.port}`,
    store,
    faults,
    stats: () => structuredClone(stats),
    close: () => app.close(),
  };
}
