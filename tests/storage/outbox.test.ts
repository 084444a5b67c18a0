/**
 * The write outbox on each backend: one write per idempotency key, delivered once, kept across a
 * restart, and told to the change feed in order. On PostgreSQL, two outboxes on one database play
 * two replicas of a city subgraph: what one accepts the other answers, and retries through either
 * deliver each write once between them.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CityAdapter } from '../../adapters/kit/adapter.js';
import { PlatformError } from '../../adapters/kit/errors.js';
import type { ChallengeRecord } from '../../schema/contract.js';
import { getMember } from '../../schema/registry.js';
import type { WriteRequest } from '../../schema/wire.js';
import { IdempotencyConflict, WriteOutbox } from '../../subgraphs/city/outbox.js';
import type { OutboxStoreLocation } from '../../subgraphs/city/outbox-store.js';
import type { Identity } from '../../subgraphs/identity.js';
import { DATABASE_URL, freshDatabase, titled } from './backends.js';

const member = getMember('putuo');
const publisher: Identity = { organizationId: 'org-putuo-0001', organizationName: '普陀测试单位', city: 'putuo', roles: ['PUBLISHER'] };
const FAST_DELIVERY = { initialRetryMs: 20, maxRetryMs: 50, acceptWaitMs: 0 };

/** A platform that closes challenges after `delayMs`, counting calls per challenge; `down` refuses every call. */
function fakePlatform(delayMs = 0) {
  const closes = new Map<string, number>();
  const platform = {
    down: false,
    closes,
    adapter: {
      member,
      async setChallengeStatus(localId: string, status: string) {
        if (platform.down) throw new PlatformError('PLATFORM_UNAVAILABLE', 'could not be reached', { city: member.slug });
        await new Promise((resolve) => setTimeout(resolve, delayMs));
        closes.set(localId, (closes.get(localId) ?? 0) + 1);
        return { ...challenge(localId), status };
      },
    } as unknown as CityAdapter,
  };
  return platform;
}

function challenge(localId: string): ChallengeRecord {
  return { id: `putuo:challenge:${localId}`, city: 'putuo', title: `测试榜单 ${localId}`, status: 'OPEN', applicationCount: 0 } as unknown as ChallengeRecord;
}

function closeRequest(localId: string, idempotencyKey = `close-${localId}`): WriteRequest {
  return { idempotencyKey, fingerprint: `close:${localId}`, write: { operation: 'closeChallenge', challenge: challenge(localId) } };
}

async function delivered(outbox: WriteOutbox, idempotencyKey: string): Promise<void> {
  await expect.poll(async () => (await outbox.find(publisher.organizationId, idempotencyKey))?.receipt.state, { timeout: 5_000, interval: 20 }).toBe('DELIVERED');
}

interface Backend {
  name: string;
  available: boolean;
  /** A location for one test's outbox; outboxes opened on one location share their writes. */
  location(): Promise<Omit<OutboxStoreLocation, 'member'>>;
}

let folder: string;
const databases: (() => Promise<void>)[] = [];
beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'outbox-backends-'));
});
afterAll(async () => {
  rmSync(folder, { recursive: true, force: true });
  await Promise.all(databases.map((drop) => drop()));
});

let files = 0;
const BACKENDS: Backend[] = [
  { name: 'SQLite', available: true, location: async () => ({ databasePath: join(folder, `outbox-${files++}.db`) }) },
  {
    name: titled('PostgreSQL', { DATABASE_URL }),
    available: DATABASE_URL !== undefined,
    location: async () => {
      const database = await freshDatabase(DATABASE_URL!);
      databases.push(database.drop);
      return { databasePath: ':memory:', databaseUrl: database.url };
    },
  },
];

describe.each(BACKENDS)('the write outbox on $name', (backend) => {
  const open = (location: Omit<OutboxStoreLocation, 'member'>, adapter: CityAdapter) => WriteOutbox.open({ member, adapter, ...location, delivery: FAST_DELIVERY });

  it.skipIf(!backend.available)('delivers a write once, and its key answers with the same outcome again', async () => {
    const platform = fakePlatform();
    const outbox = await open(await backend.location(), platform.adapter);
    outbox.start();
    try {
      await outbox.submit(publisher, closeRequest('PT-G-1'));
      await delivered(outbox, 'close-PT-G-1');
      const again = await outbox.submit(publisher, closeRequest('PT-G-1'));
      expect(again.receipt).toMatchObject({ state: 'DELIVERED', attempts: 1 });
      expect(platform.closes.get('PT-G-1')).toBe(1);
      await expect(outbox.submit(publisher, { ...closeRequest('PT-G-2', 'close-PT-G-1') })).rejects.toThrow(IdempotencyConflict);
    } finally {
      await outbox.close();
    }
  });

  it.skipIf(!backend.available)('keeps a pending write across a restart and delivers it afterwards', async () => {
    const location = await backend.location();
    const platform = fakePlatform();
    platform.down = true;
    const before = await open(location, platform.adapter);
    before.start();
    await before.submit(publisher, closeRequest('PT-G-3'));
    await expect.poll(async () => (await before.find(publisher.organizationId, 'close-PT-G-3'))?.receipt.attempts, { timeout: 5_000 }).toBeGreaterThan(0);
    await before.close();
    platform.down = false;
    const after = await open(location, platform.adapter);
    after.start();
    try {
      await delivered(after, 'close-PT-G-3');
      expect(platform.closes.get('PT-G-3')).toBe(1);
    } finally {
      await after.close();
    }
  });

  it.skipIf(!backend.available)('tells the change feed every write in order, and nothing twice', async () => {
    const platform = fakePlatform();
    const outbox = await open(await backend.location(), platform.adapter);
    outbox.start();
    try {
      // Accepted while the platform is down, so the feed shows both as the hub holds them first.
      platform.down = true;
      for (const localId of ['PT-G-4', 'PT-G-5']) await outbox.submit(publisher, closeRequest(localId));
      const first = await outbox.changesSince(0);
      expect(first.upserts.map((record) => record.id)).toEqual(['putuo:challenge:PT-G-4', 'putuo:challenge:PT-G-5']);
      platform.down = false;
      await Promise.all(['PT-G-4', 'PT-G-5'].map((localId) => delivered(outbox, `close-${localId}`)));
      const next = await outbox.changesSince(first.position);
      expect(next.position).toBeGreaterThan(first.position);
      expect(next.upserts.map((record) => (record as ChallengeRecord).status)).toEqual(['CLOSED', 'CLOSED']);
      expect((await outbox.changesSince(next.position)).upserts).toEqual([]);
    } finally {
      await outbox.close();
    }
  });
});

describe(titled('two city-subgraph replicas sharing one PostgreSQL outbox', { DATABASE_URL }), () => {
  it.skipIf(!DATABASE_URL)('answers through one replica what the other accepted, and delivers every write once across retries through both', async () => {
    const location = await BACKENDS[1]!.location();
    // Slow enough that both replicas see every write pending while the other is attempting it.
    const platform = fakePlatform(30);
    const replicas = await Promise.all([0, 1].map(() => WriteOutbox.open({ member, adapter: platform.adapter, ...location, delivery: FAST_DELIVERY })));
    for (const replica of replicas) replica.start();
    try {
      const ids = Array.from({ length: 24 }, (_, n) => `PT-G-${100 + n}`);
      // Every write is sent through one replica and retried at once through the other, as a client whose first answer was lost would.
      const outcomes = await Promise.all(ids.flatMap((localId, n) => [replicas[n % 2]!.submit(publisher, closeRequest(localId)), replicas[(n + 1) % 2]!.submit(publisher, closeRequest(localId))]));
      for (let n = 0; n < ids.length; n++) expect(outcomes[2 * n]!.provisionalIds).toEqual(outcomes[2 * n + 1]!.provisionalIds);
      await Promise.all(ids.map((localId, n) => delivered(replicas[n % 2]!, `close-${localId}`)));
      for (const localId of ids) {
        expect(platform.closes.get(localId), localId).toBe(1);
        const seen = await Promise.all(replicas.map((replica) => replica.find(publisher.organizationId, `close-${localId}`)));
        expect(seen[0]!.receipt).toEqual(seen[1]!.receipt);
        expect(seen[0]!.receipt.attempts).toBe(1);
      }
      // Both replicas serve the same feed.
      const feeds = await Promise.all(replicas.map((replica) => replica.changesSince(0)));
      expect(feeds[0]).toEqual(feeds[1]);
    } finally {
      await Promise.all(replicas.map((replica) => replica.close()));
    }
  });
});
