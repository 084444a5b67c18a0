/**
 * Builds the explorer page with Vite when the build is missing or stale: `npm start` and the
 * browser tests call ensureWebBuilt() before they serve it; `npm run build:web` (this module run
 * as a script) builds it always. A build is stale when any of its inputs changed since (a digest
 * of their contents sits beside the output). Builds take a lock file, so two processes asking at
 * once (two test files, or a test beside `npm start`) build once and never read a half-written page.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, existsSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_WEB_APP_FOLDER } from '../gateway/web-app.js';

const REPOSITORY = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** What the page is built from: its sources, its Vite configuration and the installed versions. */
const BUILD_INPUTS = ['web/index.html', 'web/vite.config.ts', 'web/src', 'package-lock.json'];
const FINGERPRINT_FILE = join(DEFAULT_WEB_APP_FOLDER, '.build-inputs');
const LOCK_FILE = join(REPOSITORY, 'web', '.build.lock');
const LOCK_WAIT_MS = 5 * 60_000;

function filesUnder(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path).sort().flatMap((name) => filesUnder(join(path, name)));
}

/** A digest of every input file's path and content. */
function inputsDigest(): string {
  const hash = createHash('sha256');
  for (const file of BUILD_INPUTS.flatMap((input) => filesUnder(join(REPOSITORY, input)))) {
    hash.update(relative(REPOSITORY, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

function isBuilt(digest: string): boolean {
  return existsSync(join(DEFAULT_WEB_APP_FOLDER, 'index.html')) && existsSync(FINGERPRINT_FILE) && readFileSync(FINGERPRINT_FILE, 'utf8') === digest;
}

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Takes the build lock, waiting while a live process holds it; a dead holder's lock is taken over. */
async function takeLock(): Promise<() => void> {
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    try {
      const descriptor = openSync(LOCK_FILE, 'wx');
      writeSync(descriptor, String(process.pid));
      closeSync(descriptor);
      return () => rmSync(LOCK_FILE, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = Number(readFileSync(LOCK_FILE, 'utf8').trim());
    if (Number.isInteger(holder) && holder > 0 && !processIsAlive(holder)) {
      rmSync(LOCK_FILE, { force: true });
      continue;
    }
    if (Date.now() > deadline) throw new Error(`the explorer build lock ${LOCK_FILE} is still held by process ${holder}`);
    await new Promise((done) => setTimeout(done, 250));
  }
}

/** Runs `vite build` as its own process, so its bundler never shares a test worker's module graph. */
function viteBuild(): Promise<void> {
  const vite = join(dirname(createRequire(import.meta.url).resolve('vite/package.json')), 'bin', 'vite.js');
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [vite, 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'], { cwd: REPOSITORY, stdio: ['ignore', 'inherit', 'inherit'] });
    child.once('error', fail);
    child.once('exit', (code) => (code === 0 ? done() : fail(new Error(`vite build exited with ${code}`))));
  });
}

/** Builds the page unless its build is current; `force` builds it anyway. Answers whether it built. */
export async function ensureWebBuilt({ force = false }: { force?: boolean } = {}): Promise<boolean> {
  if (!force && isBuilt(inputsDigest())) return false;
  const release = await takeLock();
  try {
    // Another process may have built it while this one waited for the lock.
    const digest = inputsDigest();
    if (!force && isBuilt(digest)) return false;
    await viteBuild();
    writeFileSync(FINGERPRINT_FILE, digest);
    return true;
  } finally {
    release();
  }
}

const runAsScript = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (runAsScript) {
  await ensureWebBuilt({ force: true });
  console.log(`built the explorer page into ${relative(REPOSITORY, DEFAULT_WEB_APP_FOLDER)}`);
}
