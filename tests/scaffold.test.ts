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

const SCAFFOLDS = [
  {
    slug: 'jiaxing',
    typePrefix: 'Jiaxing',
    files: ['README.md', 'adapter.ts', 'dialect.ts', 'member.ts', 'stand-in.ts'],
    source: /template|模板/i,
    args: ['--name-zh', '嘉兴市', '--name-en', 'Jiaxing', '--adcode', '330400', '--province-zh', '浙江省', '--province-en', 'Zhejiang', '--lat', '30.7461', '--lng', '120.7555'],
  },
  {
    slug: 'huzhou',
    typePrefix: 'Huzhou',
    files: ['README.md', 'adapter.ts', 'dialect.ts', 'member.ts', 'stand-in.ts', 'token.ts'],
    source: /nantong|南通/i,
    args: ['--name-zh', '湖州市', '--name-en', 'Huzhou', '--adcode', '330500', '--province-zh', '浙江省', '--province-en', 'Zhejiang', '--lat', '30.8930', '--lng', '120.0868', '--like', 'nantong'],
  },
] as const;

describe('npm run new-city', () => {
  let copy: string;
  /** What `git status` showed after each scaffold. */
  const changes = new Map<string, string[]>();

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
    // One member from the template (JSON:API), one copying a member's dialect; each change is seen on its own.
    for (const scaffold of SCAFFOLDS) {
      await inCopy(copy, process.execPath, ['--import', 'tsx', 'members/new-city.ts', scaffold.slug, ...scaffold.args], 120_000);
      const { stdout } = await inCopy(copy, 'git', ['status', '--porcelain', '--untracked-files=all'], 30_000);
      changes.set(scaffold.slug, stdout.split('\n').filter(Boolean).map((line) => line.slice(3)).sort());
      await inCopy(copy, 'git', ['add', '-A'], 30_000);
      await inCopy(copy, 'git', [...git, 'commit', '-qm', `new-city ${scaffold.slug}`], 30_000);
    }
  }, 300_000);

  afterAll(() => {
    if (copy) rmSync(copy, { recursive: true, force: true });
  });

  it.each(SCAFFOLDS)('adds $slug as one folder and the recomposed supergraph, nothing else', (scaffold) => {
    const changed = changes.get(scaffold.slug)!;
    expect(changed.filter((path) => !path.startsWith(`members/${scaffold.slug}/`))).toEqual(['schema/supergraph.graphql']);
    expect(readdirSync(join(copy, `members/${scaffold.slug}`)).sort()).toEqual([...scaffold.files]);
    expect(readFileSync(join(copy, 'schema/supergraph.graphql'), 'utf8')).toMatch(new RegExp(`type ${scaffold.typePrefix}Challenge\\b`));
  });

  it.each(SCAFFOLDS.map((scaffold, order) => ({ ...scaffold, order })))('gives $slug the next free ports, and none of its source\'s names', (scaffold) => {
    const member = readFileSync(join(copy, `members/${scaffold.slug}/member.ts`), 'utf8');
    const standIn = readFileSync(join(copy, `members/${scaffold.slug}/stand-in.ts`), 'utf8');
    expect(member).toContain(`subgraphPort: ${Math.max(...MEMBERS.map((m) => m.subgraphPort)) + 1 + scaffold.order},`);
    expect(standIn).toContain(`port: ${Math.max(...MEMBERS.map((m) => sandboxFactsFor(m.slug).port)) + 1 + scaffold.order},`);
    for (const file of scaffold.files) expect(readFileSync(join(copy, `members/${scaffold.slug}/${file}`), 'utf8')).not.toMatch(scaffold.source);
  });

  it('adds members that pass the conformance kit', async () => {
    const { stdout } = await inCopy(copy, process.execPath, [join(copy, 'node_modules/vitest/vitest.mjs'), 'run', 'tests/conformance', '-t', '^(jiaxing|huzhou) adapter conformance', '--reporter=json'], 400_000);
    const report = JSON.parse(stdout.slice(stdout.indexOf('{'))) as { numFailedTests: number; testResults: { assertionResults: { fullName: string; status: string }[] }[] };
    const results = report.testResults.flatMap((file) => file.assertionResults).filter((test) => test.status !== 'skipped' && test.status !== 'pending');
    for (const { slug } of SCAFFOLDS) expect(results.filter((test) => test.fullName.startsWith(`${slug} adapter conformance`)).length).toBeGreaterThan(10);
    expect(results.every((test) => /^(jiaxing|huzhou) adapter conformance/.test(test.fullName))).toBe(true);
    expect(results.filter((test) => test.status !== 'passed')).toEqual([]);
    expect(report.numFailedTests).toBe(0);
  }, 420_000);

  // Last: it breaks the copy's new member.
  it('stops the start when a member folder lacks a file, naming both', async () => {
    rmSync(join(copy, 'members/jiaxing/dialect.ts'));
    const start = inCopy(copy, process.execPath, ['--import', 'tsx', '-e', "await import('./schema/registry.ts')"], 60_000);
    await expect(start).rejects.toMatchObject({ stderr: expect.stringContaining('members/jiaxing/ has no dialect.ts') });
  }, 90_000);
});
