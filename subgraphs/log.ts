/**
 * The hub's process log: JSON lines on stderr (pino). Callers get codes and references; the
 * details they must not see (stacks, SQL, platform bodies) go here. `LOG_LEVEL` (info) sets
 * how much is written.
 *
 * Every line written while a request is being served carries its request id, `trace_id` (the
 * W3C trace id the gateway starts or takes from the caller's `traceparent`, passed to every
 * subgraph and platform call: tracing.ts), and `span_id`, so one id finds the request's lines in
 * every process. What would let someone act as a caller or the hub is never written: API keys,
 * the hub secret, platform credentials and applicants' contacts are not put in log lines, and the
 * fields that could hold them are censored should one be logged by mistake.
 */
import { pino } from 'pino';
import { activeTraceIds } from './tracing.js';

/** Fields that hold secrets or personal data, wherever they sit in a logged object (two levels deep). */
const CENSORED_FIELDS = ['authorization', 'x-api-key', 'apiKey', 'key', 'hubSecret', 'secret', 'credentials', 'clientSecret', 'client_secret', 'contact', 'phone', 'email'];

export const log = pino(
  {
    name: 'corridor-hub',
    level: process.env['LOG_LEVEL'] ?? 'info',
    mixin: () => {
      const ids = activeTraceIds();
      return ids ? { trace_id: ids.traceId, span_id: ids.spanId } : {};
    },
    redact: { paths: CENSORED_FIELDS.flatMap((field) => [`["${field}"]`, `*["${field}"]`, `*.*["${field}"]`]), censor: '[censored]' },
  },
  process.stderr,
);

/** Names the process's part in every line it writes from now on (`gateway`, `corridor`, `city:nanjing`). */
export function nameLogService(service: string): void {
  log.setBindings({ service });
}
