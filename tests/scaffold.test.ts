/**
 * `npm run new-city` in a throwaway copy of the repository: it must add exactly one folder (and
 * the recomposed supergraph), and the member it adds must pass the conformance kit as it is.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sandboxFactsFor } from '../sandbox/platforms/index.js';
import { MEMBERS } from '../schema/registry.js';

const run = promisify(execFile);
const repository = fileURLToPath(new URL('../', import.meta.url));

/** The copy runs its own tools; nothing of this test run's own workers may leak into them. */
const childEnv = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST') && name !== 'NODE_OPTIONS' && name !== 'TEST'));

async function inCopy(copy: string, command: string, args: string[], timeout: number) {
  return run(command, args, { cwd: copy, env: childEnv, timeout, maxBuffer: 64 * 1024 * 1024 });
}

describe('npm run new-city', () => {
  let copy: string;

  beforeAll(async () => {
    copy = mkdtempSync(join(tmpdir(), 'corridor-new-city-'));
    const { stdout } = await run('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: repository, maxBuffer: 16 * 1024 * 1024 });
    for (const file of stdout.split('\0').filter((path) => path && path !== 'node_modules')) {
      mkdirSync(join(copy, dirname(file)), { recursive: true });
      cpSync(join(repository, file), join(copy, file));
    }
    symlinkSync(realpathSync(join(repository, 'node_modules')), join(copy, 'node_modules'));
    const git = ['-c', 'user.name=scaffold test', '-c', 'user.email=scaffold@test.invalid'];
    await inCopy(copy, 'git', ['init', '-q'], 30_000);
    // The symlink is a file to git, which the `node_modules/` pattern does not cover.
    writeFileSync(join(copy, '.git/info/exclude'), 'node_modules\n');
    await inCopy(copy, 'git', ['add', '-A'], 30_000);
    await inCopy(copy, 'git', [...git, 'commit', '-qm', 'before new-city'], 30_000);
    await inCopy(
      copy,
      process.execPath,
      ['--import', 'tsx', 'members/new-city.ts', 'jiaxing', '--name-zh', '嘉兴市', '--name-en', 'Jiaxing', '--adcode', '330400',
        '--province-zh', '浙江省', '--province-en', 'Zhejiang', '--lat', '30.7461', '--lng', '120.7555', '--like', 'nantong'],
      120_000,
    );
  }, 180_000);

  afterAll(() => {
    if (copy) rmSync(copy, { recursive: true, force: true });
  });

  it('changes one folder and the supergraph, nothing else', async () => {
    const { stdout } = await inCopy(copy, 'git', ['status', '--porcelain', '--untracked-files=all'], 30_000);
    const changed = stdout.split('\n').filter(Boolean).map((line) => line.slice(3)).sort();
    expect(changed.filter((path) => !path.startsWith('members/jiaxing/'))).toEqual(['schema/supergraph.graphql']);
    expect(readdirSync(join(copy, 'members/jiaxing')).sort()).toEqual(['README.md', 'adapter.ts', 'dialect.ts', 'member.ts', 'stand-in.ts', 'token.ts']);
    expect(readFileSync(join(copy, 'schema/supergraph.graphql'), 'utf8')).toMatch(/type JiaxingChallenge\b/);
  });

  it('gives the new member the next free ports', () => {
    const member = readFileSync(join(copy, 'members/jiaxing/member.ts'), 'utf8');
    const standIn = readFileSync(join(copy, 'members/jiaxing/stand-in.ts'), 'utf8');
    expect(member).toContain(`subgraphPort: ${Math.max(...MEMBERS.map((m) => m.subgraphPort)) + 1},`);
    expect(standIn).toContain(`port: ${Math.max(...MEMBERS.map((m) => sandboxFactsFor(m.slug).port)) + 1},`);
    expect(standIn).not.toMatch(/nantong|南通/i);
  });

  it('adds a member that passes the conformance kit', async () => {
    const { stdout } = await inCopy(copy, process.execPath, [join(copy, 'node_modules/vitest/vitest.mjs'), 'run', 'tests/conformance', '-t', '^jiaxing adapter conformance', '--reporter=json'], 300_000);
    const report = JSON.parse(stdout.slice(stdout.indexOf('{'))) as { numFailedTests: number; testResults: { assertionResults: { fullName: string; status: string }[] }[] };
    const results = report.testResults.flatMap((file) => file.assertionResults).filter((test) => test.status !== 'skipped' && test.status !== 'pending');
    expect(results.length).toBeGreaterThan(10);
    expect(results.every((test) => test.fullName.startsWith('jiaxing adapter conformance'))).toBe(true);
    expect(results.filter((test) => test.status !== 'passed')).toEqual([]);
    expect(report.numFailedTests).toBe(0);
  }, 320_000);

  // Last: it breaks the copy's new member.
  it('stops the start when a member folder lacks a file, naming both', async () => {
    rmSync(join(copy, 'members/jiaxing/dialect.ts'));
    const start = inCopy(copy, process.execPath, ['--import', 'tsx', '-e', "await import('./schema/registry.ts')"], 60_000);
    await expect(start).rejects.toMatchObject({ stderr: expect.stringContaining('members/jiaxing/ has no dialect.ts') });
  }, 90_000);
});
