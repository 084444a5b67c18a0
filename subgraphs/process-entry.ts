/**
 * What every process's entry point (`gateway/index.ts`, `subgraphs/corridor/index.ts`,
 * `subgraphs/city/index.ts`) does the same way: it names itself in its log lines and spans, and on
 * SIGINT or SIGTERM closes what it serves, sends its last spans and exits.
 */
import { log, nameLogService } from './log.js';
import { configureTracing, flushTracing } from './tracing.js';

export function identifyProcess(service: string): void {
  nameLogService(service);
  configureTracing(service);
}

export function closeOnSignals(close: () => Promise<void>): void {
  const shutdown = async (signal: NodeJS.Signals) => {
    log.info({ signal }, 'stopping');
    try {
      await close();
    } finally {
      await flushTracing();
      process.exit(0);
    }
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}
