/**
 * What an answer says when some of it was served from copies past their freshness window (a
 * member's platform failed, so its city subgraph served what it last saw): the response
 * extension `staleData: [{ city, ageSeconds }]`, one entry per member, the age of its oldest
 * copy in the answer. A city subgraph writes it; the gateway gathers the entries of every
 * subgraph answer of one operation into the client's answer.
 */
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { STALE_DATA_EXTENSION, type StaleDataEntry } from '../schema/wire.js';


/** The stale copies one operation served: per member, the oldest. */
export class StaleDataReport {
  private readonly oldestByCity = new Map<string, number>();

  /** Notes a copy of `city`'s data `ageMs` old. */
  record(city: string, ageMs: number): void {
    this.recordSeconds(city, Math.max(1, Math.ceil(ageMs / 1000)));
  }

  /** Takes in a subgraph answer's `staleData` extension; anything not of its shape is ignored. */
  merge(extension: unknown): void {
    if (!Array.isArray(extension)) return;
    for (const entry of extension as Partial<StaleDataEntry>[]) {
      if (typeof entry?.city === 'string' && Number.isInteger(entry.ageSeconds) && entry.ageSeconds! > 0) this.recordSeconds(entry.city, entry.ageSeconds!);
    }
  }

  get isEmpty(): boolean {
    return this.oldestByCity.size === 0;
  }

  entries(): StaleDataEntry[] {
    return [...this.oldestByCity].map(([city, ageSeconds]) => ({ city, ageSeconds })).sort((a, b) => (a.city < b.city ? -1 : a.city > b.city ? 1 : 0));
  }

  private recordSeconds(city: string, ageSeconds: number): void {
    this.oldestByCity.set(city, Math.max(ageSeconds, this.oldestByCity.get(city) ?? 0));
  }
}

/**
 * Adds `extensions.staleData` to an answer whose operation served stale copies. Whether the
 * answer may be cached is decided where the copy is served (a field cache hint of max-age 0 in
 * the city subgraph, which the gateway's cache policy inherits from the subgraph's answer).
 */
export function staleDataPlugin<Context extends BaseContext>(reportOf: (context: Context) => StaleDataReport | undefined): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          const report = reportOf(contextValue);
          if (!report || report.isEmpty || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          result.extensions = { ...result.extensions, [STALE_DATA_EXTENSION]: report.entries() };
        },
      };
    },
  };
}
