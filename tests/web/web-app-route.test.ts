import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { webAppRoute } from '../../gateway/web-app.js';

const built = mkdtempSync(join(tmpdir(), 'web-app-'));
mkdirSync(join(built, 'assets'));
writeFileSync(join(built, 'index.html'), '<!doctype html><title>一图览全域</title>');
writeFileSync(join(built, 'assets', 'index-abc123.js'), 'console.log(1)');
writeFileSync(join(built, '.build-inputs'), 'digest');
const empty = mkdtempSync(join(tmpdir(), 'web-app-empty-'));
afterAll(() => {
  rmSync(built, { recursive: true, force: true });
  rmSync(empty, { recursive: true, force: true });
});

const get = (folder: string, path: string) => webAppRoute(folder)({} as IncomingMessage, new URL(path, 'http://127.0.0.1'), '');

describe("the gateway's explorer route", () => {
  it('serves the page at / uncached, so a rebuild shows at once, and its hashed assets cached for a year', async () => {
    const page = await get(built, '/');
    expect(page).toMatchObject({ status: 200, contentType: 'text/html; charset=utf-8', headers: { 'cache-control': 'no-cache' } });
    expect(String(page.body)).toContain('一图览全域');
    expect(await get(built, '/assets/index-abc123.js')).toMatchObject({ status: 200, contentType: 'text/javascript; charset=utf-8', headers: { 'cache-control': 'public, max-age=31536000, immutable' } });
  });

  it('serves nothing outside the build folder, nor files of kinds it does not serve', async () => {
    for (const path of ['/../package.json', '/%2e%2e/package.json', '/assets/../../package.json', '/.build-inputs', '/assets/missing.js', '/map', '/%E0%A4%A.js']) {
      expect((await get(built, path)).status, path).toBe(404);
    }
  });

  it('says how to build the page when it is not built, and links to GraphiQL', async () => {
    const answer = await get(empty, '/');
    expect(answer.status).toBe(503);
    expect(String(answer.body)).toContain('npm run build:web');
    expect(String(answer.body)).toContain('/graphiql');
  });
});
