/** Turns whatever a platform returned for a lookup into the seam's ordered LookupResult. */
import { parseGlobalId } from '../../schema/contract.js';
import type { LookupResult } from './adapter.js';
import type { QuarantinedRecord } from './validate.js';

export function orderedLookup<R extends { id: string }>(
  requested: readonly string[],
  found: readonly R[],
  quarantined: QuarantinedRecord[],
): LookupResult<R> {
  const byLocalId = new Map(found.map((record) => [parseGlobalId(record.id)?.localId, record]));
  const unreadable = new Set(quarantined.map((q) => q.localId));
  const missing = [...new Set(requested.filter((id) => !byLocalId.has(id) && !unreadable.has(id)))];
  return { records: requested.map((id) => byLocalId.get(id) ?? null), missing, quarantined };
}
