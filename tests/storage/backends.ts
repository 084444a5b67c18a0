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

/** A suite title that says when, and why, it is skipped: `needs` names the server URLs it runs against. */
export function titled(name: string, needs: Record<string, string | undefined>): string {
  const missing = Object.keys(needs).filter((variable) => !needs[variable]);
  if (missing.length === 0) return name;
  const variables = missing.join(' and ');
  console.warn(`${variables} not set: "${name}" is skipped (.ci/run starts the servers and sets the URLs)`);
  return `${name} (skipped: ${variables} not set)`;
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
