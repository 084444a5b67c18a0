/**
 * Typed client for a stand-in's `/__sandbox/` admin API, for tests, demos and benchmarks that
 * steer a platform running in another process.
 */
import { request } from 'undici';
import type { EntityKind, RecordByKind } from '../../schema/contract.js';
import type { FaultSettings } from './faults.js';
import { ADMIN_PREFIX, type CallStats } from './stand-in.js';

export class StandInAdmin {
  constructor(readonly baseUrl: string) {}

  faults(): Promise<FaultSettings> {
    return this.call('GET', '/faults');
  }

  setFaults(change: Partial<FaultSettings>): Promise<FaultSettings> {
    return this.call('PATCH', '/faults', change);
  }

  resetFaults(): Promise<FaultSettings> {
    return this.call('POST', '/faults/reset');
  }

  stats(): Promise<CallStats> {
    return this.call('GET', '/stats');
  }

  resetStats(): Promise<CallStats> {
    return this.call('POST', '/stats/reset');
  }

  /** Every record of a kind the platform holds, as its staff would see them. */
  list<K extends EntityKind>(kind: K): Promise<RecordByKind[K][]> {
    return this.call('GET', `/records/${kind}`);
  }

  /** Creates or edits a record as the platform's own staff would. */
  upsert<K extends EntityKind>(kind: K, record: RecordByKind[K]): Promise<RecordByKind[K]> {
    return this.call('PUT', `/records/${kind}`, record);
  }

  remove(kind: EntityKind, localId: string): Promise<{ removed: boolean }> {
    return this.call('DELETE', `/records/${kind}/${encodeURIComponent(localId)}`);
  }

  private async call<T>(method: 'GET' | 'PATCH' | 'POST' | 'PUT' | 'DELETE', path: string, body?: unknown): Promise<T> {
    const response = await request(`${this.baseUrl}${ADMIN_PREFIX}${path}`, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const payload = (await response.body.json()) as T;
    if (response.statusCode >= 400) {
      throw new Error(`stand-in admin ${method} ${path} failed with ${response.statusCode}: ${JSON.stringify(payload)}`);
    }
    return payload;
  }
}
