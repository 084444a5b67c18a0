/**
 * The production build: `npm run build` compiles to dist/, and the compiled parts run on plain
 * node with NODE_ENV=production (through bin/hub.mjs, as `npm run gateway` and the image do):
 * member folders found as .js, SDL, supergraph and the explorer page copied beside them. The compiled gateway,
 * corridor and a city subgraph are started and queried, each step bounded in time.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MEMBERS } from '../../schema/registry.js';
import { query } from '../e2e/helpers.js';

const REPOSITORY = join(import.meta.dirname, '../..');
const folder = mkdtempSync(join(tmpdir(), 'compiled-'));
const HUB_SECRET = randomBytes(32).toString('base64url');
const METRICS_TOKEN = randomBytes(24).toString('hex');

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function healthy(url: string, timeoutMs: number): Promise<void> {
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; await new Promise((resolve) => setTimeout(resolve, 200))) {
    try {
      const response = await request(url);
      await response.body.dump();
      if (response.statusCode === 200) return;
    } catch {
      // not listening yet
    }
  }
  throw new Error(`${url} not healthy after ${timeoutMs} ms`);
}

describe('the compiled build', () => {
  const children: ChildProcess[] = [];
  const output: string[] = [];
  let gatewayUrl = '';
  let cityUrl = '';

  /** A compiled part, on plain node with only the environment given (nothing of tsx is loaded). */
  const run = (args: string[], env: Record<string, string>) => {
    const child = spawn(process.execPath, ['bin/hub.mjs', ...args], {
      cwd: REPOSITORY,
      env: { PATH: process.env['PATH'] ?? '', NODE_ENV: 'production', HUB_SECRET, METRICS_TOKEN, HOST: '127.0.0.1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout!.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    children.push(child);
  };

  beforeAll(async () => {
    await promisify(execFile)('npm', ['run', 'build'], { cwd: REPOSITORY, timeout: 180_000 });
    const [gatewayPort, corridorPort, cityPort] = [await freePort(), await freePort(), await freePort()];
    const nanjing = MEMBERS.find((member) => member.slug === 'nanjing')!;
    const cityUrls = { CITY_NANJING_SUBGRAPH_URL: `http://127.0.0.1:${cityPort}` };
    // The platform is not there: the city subgraph still serves (its records answer CITY_UNAVAILABLE).
    run(['city', nanjing.slug], { PORT: String(cityPort), CITY_OUTBOX_DB: join(folder, 'outbox.db'), CITY_NANJING_PLATFORM_URL: 'http://127.0.0.1:9' });
    run(['corridor'], { PORT: String(corridorPort), CORRIDOR_DB: join(folder, 'corridor.db'), ...cityUrls });
    run(['gateway'], { PORT: String(gatewayPort), CORRIDOR_SUBGRAPH_URL: `http://127.0.0.1:${corridorPort}`, ...cityUrls });
    gatewayUrl = `http://127.0.0.1:${gatewayPort}`;
    cityUrl = `http://127.0.0.1:${cityPort}`;
    try {
      await Promise.all([healthy(`${gatewayUrl}/health`, 30_000), healthy(`http://127.0.0.1:${corridorPort}/health`, 30_000), healthy(`${cityUrl}/health?scope=process`, 30_000)]);
    } catch (error) {
      throw new Error(`${(error as Error).message}\n${output.join('')}`);
    }
  }, 240_000);

  afterAll(() => {
    for (const child of children) child.kill('SIGKILL');
    rmSync(folder, { recursive: true, force: true });
  });

  it('compiles every part to dist/ with the SDL files beside the modules that read them', () => {
    for (const file of ['gateway/index.js', 'subgraphs/corridor/index.js', 'subgraphs/city/index.js', 'gateway/keys.js', 'schema/supergraph.graphql', 'schema/contract.graphql', 'subgraphs/corridor/corridor.graphql', 'members/nanjing/adapter.js']) {
      expect(existsSync(join(REPOSITORY, 'dist', file)), file).toBe(true);
    }
  });

  it('answers through the compiled gateway from the compiled corridor, with every member found from dist/members', async () => {
    const answer = await query(`${gatewayUrl}/graphql`, '{ cities { slug } vocabularies(names: ["ChallengeStatus"]) { name } }');
    expect(answer.errors).toBeUndefined();
    expect((answer.data?.['cities'] as { slug: string }[]).map((city) => city.slug)).toEqual(MEMBERS.map((member) => member.slug));
    // Production turns introspection off.
    expect((await query(`${gatewayUrl}/graphql`, '{ __schema { queryType { name } } }')).errors?.[0]?.extensions?.['code']).toBe('INTROSPECTION_DISABLED');
  });

  it('serves the compiled city subgraph and its metrics, behind the token', async () => {
    const unsigned = await request(`${cityUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });
    expect(unsigned.statusCode).toBe(401);
    await unsigned.body.dump();
    const metrics = await request(`${cityUrl}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    expect(metrics.statusCode).toBe(200);
    expect(await metrics.body.text()).toContain('hub_platform_circuit_state{city="nanjing"}');
  });

  it('serves the explorer page at / from the build, and GraphiQL at /graphiql', async () => {
    const page = await request(`${gatewayUrl}/`);
    const html = await page.body.text();
    expect(page.statusCode).toBe(200);
    const script = html.match(/src="(\/assets\/[^"]+\.js)"/)?.[1];
    expect(script).toBeDefined();
    const asset = await request(`${gatewayUrl}${script}`);
    expect(asset.statusCode).toBe(200);
    await asset.body.dump();
    const ide = await request(`${gatewayUrl}/graphiql`);
    expect(ide.statusCode).toBe(200);
    await ide.body.dump();
  });

  it('runs the compiled key tool', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, ['bin/hub.mjs', 'keys', 'list', '--file', join(folder, 'none.json')], { cwd: REPOSITORY, env: { PATH: process.env['PATH'] ?? '', NODE_ENV: 'production' } }).catch((error: { stdout: string; stderr: string }) => ({ stdout: error.stderr }));
    expect(stdout).toMatch(/none\.json does not exist/);
  });
});
