/**
 * Traces: one trace per request, from the gateway through the subgraphs to each platform call,
 * carried between processes in the W3C `traceparent` header. Its trace id is the request id that
 * every log line of the request carries (log.ts), in every process it reaches.
 *
 * Spans are exported over OTLP/HTTP only when `OTEL_EXPORTER_OTLP_ENDPOINT` is set (the standard
 * OTLP variables, `OTEL_EXPORTER_OTLP_HEADERS` …, are read by the exporter). Without it, ids are
 * still made and passed on, but nothing is recorded, so tracing costs a request next to nothing.
 * The OpenTelemetry 2.x packages are used because they run on Node 20 (3.x needs Node 22).
 */
import { ROOT_CONTEXT, SpanKind, SpanStatusCode, context, propagation, trace, type Attributes, type Context, type Span } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { AlwaysOffSampler, AlwaysOnSampler, BatchSpanProcessor, ParentBasedSampler, TracerProvider } from '@opentelemetry/sdk-trace';

// The active span follows the request through every await, timer and callback it starts.
context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
propagation.setGlobalPropagator(new W3CTraceContextPropagator());

/** The name spans and log lines give a process when its entry point names none. */
const DEFAULT_SERVICE = 'corridor-hub';
/** How long finished spans wait to be sent together (`OTEL_BSP_SCHEDULE_DELAY`, the SDK's own default). */
const DEFAULT_EXPORT_DELAY_MS = 5_000;

let provider: TracerProvider | undefined;

/**
 * Sets the process's tracer up, once: the first call wins, so the whole local corridor in one
 * process (tests, `npm start`) shares one. Each entry point calls it first with its own name.
 */
export function configureTracing(service: string, env: NodeJS.ProcessEnv = process.env): void {
  if (provider) return;
  const endpoint = env['OTEL_EXPORTER_OTLP_ENDPOINT'] || env['OTEL_EXPORTER_OTLP_TRACES_ENDPOINT'];
  const delay = Number(env['OTEL_BSP_SCHEDULE_DELAY'] || DEFAULT_EXPORT_DELAY_MS);
  provider = new TracerProvider({
    resource: resourceFromAttributes({ 'service.name': env['OTEL_SERVICE_NAME'] || service }),
    // Not exporting: spans are never recorded, yet each still gets its ids, and passes them on.
    sampler: endpoint ? new ParentBasedSampler({ root: new AlwaysOnSampler() }) : new AlwaysOffSampler(),
    spanProcessors: endpoint ? [new BatchSpanProcessor({ exporter: new OTLPTraceExporter(), scheduledDelayMillis: Number.isFinite(delay) && delay > 0 ? delay : DEFAULT_EXPORT_DELAY_MS })] : [],
  });
  trace.setGlobalTracerProvider(provider);
}

/** Sends the spans not yet exported; a process calls it before it exits. */
export async function flushTracing(): Promise<void> {
  await provider?.shutdown();
}

function tracer() {
  if (!provider) configureTracing(DEFAULT_SERVICE);
  return trace.getTracer(DEFAULT_SERVICE);
}

/** The request id of the active request: its trace id, or undefined outside any request. */
export function activeTraceIds(): { traceId: string; spanId: string } | undefined {
  const span = trace.getActiveSpan();
  if (!span) return undefined;
  const { traceId, spanId } = span.spanContext();
  return trace.isSpanContextValid(span.spanContext()) ? { traceId, spanId } : undefined;
}

/** The trace a request joins: the caller's `traceparent`, or a new one. */
export function incomingContext(headers: Record<string, string | string[] | undefined>): Context {
  return propagation.extract(ROOT_CONTEXT, headers);
}

/** `traceparent` (and `tracestate`) for a request sent from the active span. */
export function traceHeaders(): Record<string, string> {
  const carrier: Record<string, string> = {};
  propagation.inject(context.active(), carrier);
  return carrier;
}

export interface SpanOptions {
  kind?: 'server' | 'client' | 'internal';
  attributes?: Attributes;
  /** Starts a trace of its own instead of joining the active one (background work: sync rounds). */
  root?: boolean;
  /** The context to start in (an incoming request's); the active one when omitted. */
  parent?: Context;
}

const KINDS = { server: SpanKind.SERVER, client: SpanKind.CLIENT, internal: SpanKind.INTERNAL } as const;

/**
 * Runs `work` in a new active span, ended when `work` settles; a thrown error marks it failed.
 * `work` may set the outcome itself (`span.setStatus`) for failures that do not throw.
 */
export function inSpan<T>(name: string, options: SpanOptions, work: (span: Span) => Promise<T>): Promise<T> {
  const spanOptions = { kind: KINDS[options.kind ?? 'internal'], attributes: options.attributes, root: options.root };
  return tracer().startActiveSpan(name, spanOptions, options.parent ?? context.active(), async (span) => {
    try {
      return await work(span);
    } catch (error) {
      span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.name : 'error' });
      throw error;
    } finally {
      span.end();
    }
  });
}

/** Marks a span failed without an exception (an HTTP answer that is a failure). */
export function markFailed(span: Span, reason: string): void {
  span.setStatus({ code: SpanStatusCode.ERROR, message: reason });
}

/**
 * Runs `work` outside any request: timers a request happens to arm (an outbox's next round)
 * must not carry that request's trace into unrelated later work.
 */
export function detached<T>(work: () => T): T {
  return context.with(ROOT_CONTEXT, work);
}
