/**
 * `npm run keys` run as a process, as an operator runs it: a new key is printed once and only
 * its hash is stored; the gateway's key file reader accepts what it writes; list and revoke.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { ApiKeys, sha256 } from '../../gateway/api-keys.js';

const REPOSITORY = join(import.meta.dirname, '../..');
const folder = mkdtempSync(join(tmpdir(), 'keys-cli-'));
const keyFile = join(folder, 'api-keys.json');
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Runs `npm run keys -- …` the way npm does (`node bin/hub.mjs keys …`); never throws, reports the exit code. */
async function keys(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ['bin/hub.mjs', 'keys', ...args, '--file', keyFile], { cwd: REPOSITORY, env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '' }, timeout: 30_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('npm run keys', () => {
  let key = '';

  it('adds a key: prints it once on stdout, stores only its SHA-256 with the identity, which the gateway accepts', async () => {
    const added = await keys('add', '--org', 'org-wuxi-iot-lab', '--name', '无锡物联网创新中心', '--city', 'wuxi', '--roles', 'publisher,APPLICANT');
    expect(added.code).toBe(0);
    key = added.stdout.trim();
    expect(key).toMatch(/^chk_[A-Za-z0-9_-]{43}$/);
    expect(added.stderr).not.toContain(key);
    const stored = readFileSync(keyFile, 'utf8');
    expect(stored).not.toContain(key);
    expect(JSON.parse(stored)).toEqual([expect.objectContaining({ keySha256: sha256(key), organizationId: 'org-wuxi-iot-lab', city: 'wuxi', roles: ['PUBLISHER', 'APPLICANT'] })]);
    expect(ApiKeys.fromFile(keyFile).lookup(key)?.identity).toEqual({ organizationId: 'org-wuxi-iot-lab', organizationName: '无锡物联网创新中心', city: 'wuxi', roles: ['PUBLISHER', 'APPLICANT'] });
  });

  it('refuses an unknown member, an unknown role, and a name another organisation has', async () => {
    expect((await keys('add', '--org', 'org-x', '--name', 'X', '--city', 'hangzhou')).stderr).toMatch(/unknown member "hangzhou"/);
    expect((await keys('add', '--org', 'org-x', '--name', 'X', '--city', 'wuxi', '--roles', 'ADMIN')).stderr).toMatch(/unknown role ADMIN/);
    const taken = await keys('add', '--org', 'org-other', '--name', '无锡物联网创新中心', '--city', 'wuxi');
    expect(taken.code).toBe(2);
    expect(taken.stderr).toMatch(/already the name of org-wuxi-iot-lab/);
    expect(JSON.parse(readFileSync(keyFile, 'utf8'))).toHaveLength(1);
  });

  it('lists keys by id, never the key', async () => {
    const second = await keys('add', '--org', 'org-wuxi-iot-lab', '--name', '无锡物联网创新中心', '--city', 'wuxi', '--roles', 'APPLICANT');
    expect(second.code).toBe(0);
    const listed = await keys('list');
    expect(listed.code).toBe(0);
    expect(listed.stdout).toContain(sha256(key).slice(0, 12));
    expect(listed.stdout).not.toContain(key);
    expect(listed.stdout.trim().split('\n')).toHaveLength(3);
  });

  it('revokes one key by its id, then every key of an organisation; the gateway no longer knows them', async () => {
    const revoked = await keys('revoke', sha256(key).slice(0, 12));
    expect(revoked.code).toBe(0);
    expect(ApiKeys.fromFile(keyFile).lookup(key)).toBeUndefined();
    expect(ApiKeys.fromFile(keyFile).holders).toHaveLength(1);
    expect((await keys('revoke', sha256(key).slice(0, 12))).stderr).toMatch(/no key with id/);
    expect((await keys('revoke', '--org', 'org-wuxi-iot-lab')).code).toBe(0);
    expect(ApiKeys.fromFile(keyFile).holders).toHaveLength(0);
  });
});
