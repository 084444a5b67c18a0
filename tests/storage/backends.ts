/**
 * The storage backends the storage suites run against. SQLite always runs; PostgreSQL runs when
 * DATABASE_URL names a server (`.ci/run` starts one), each suite in a fresh database of its own
 * so suites and runs never see each other's rows. Without a URL the PostgreSQL variants are
 * skipped, and the suite's name and the output say so.
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';

export const DATABASE_URL = process.env['DATABASE_URL'] || undefined;
export const REDIS_URL = process.env['REDIS_URL'] || undefined;

/** A suite title that says when, and why, its variant is skipped. */
export function titled(name: string, serverUrl: string | undefined, variable: string): string {
  if (serverUrl) return name;
  console.warn(`${variable} is not set: the ${name} variant is skipped (.ci/run starts the server and sets it)`);
  return `${name} (skipped: ${variable} not set)`;
}

/** Creates an empty database on the server at DATABASE_URL; `drop` removes it again. */
export async function freshDatabase(serverUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `hub_test_${randomUUID().replaceAll('-', '')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}
