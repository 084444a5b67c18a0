/**
 * What the adapter tests share: a member's adapter (on its stand-in) for one test file, the
 * fidelity check over every kind, and reading a PlatformError out of a failed call.
 */
import { afterAll, beforeAll, expect } from 'vitest';
import type { CityAdapter } from '../../adapters/kit/adapter.js';
import { PlatformError } from '../../adapters/kit/errors.js';
import { ENTITY_KINDS } from '../../schema/contract.js';
import type { MemberDataset } from '../../sandbox/dataset/index.js';
import { liveHandle } from '../sandbox/harness.js';

export { localId, standInForFile } from '../sandbox/harness.js';

/** Lists every kind through the adapter and expects exactly the dataset's records, in order. */
export async function expectEveryKindListedAsIs(adapter: CityAdapter, dataset: MemberDataset): Promise<void> {
  for (const kind of ENTITY_KINDS) expect((await adapter.list(kind)).records).toEqual(dataset[kind]);
}

/** The PlatformError a call failed with; anything else (or success) fails the test. */
export async function failure(promise: Promise<unknown>): Promise<PlatformError> {
  const error = await promise.then(() => undefined, (caught: unknown) => caught);
  if (!(error instanceof PlatformError)) throw new Error(`expected a PlatformError, got ${String(error)}`);
  return error;
}

/** Creates the file's adapter before its tests (after the stand-in it talks to) and closes it after them. */
export function adapterForFile(create: () => CityAdapter): CityAdapter {
  let adapter: CityAdapter | undefined;
  beforeAll(() => {
    adapter = create();
  });
  afterAll(async () => {
    await adapter?.close();
  });
  return liveHandle('the adapter', () => adapter);
}
