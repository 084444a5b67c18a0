/**
 * `npm run sandbox`: starts the nine stand-in platforms and prints their base URLs. Each listens
 * where the city subgraphs will look for it: the port of `CITY_<SLUG>_PLATFORM_URL` when set, its
 * stand-in's sandbox port otherwise. Options: --per-kind N (scaled dataset), --latency MS,
 * --jitter MS, --error-rate R, --data-dir DIR (where each platform keeps what was written to it;
 * SANDBOX_DATA_DIR, or `.data/platforms`, by default).
 */
import { parseArgs } from 'node:util';
import { platformUrlVariable, type Member } from '../schema/member.js';
import { platformDataFolderFrom, startSandbox } from './stand-ins.js';
import { sandboxFactsFor } from './platforms/index.js';

const { values } = parseArgs({
  options: {
    'per-kind': { type: 'string' },
    latency: { type: 'string' },
    jitter: { type: 'string' },
    'error-rate': { type: 'string' },
    'data-dir': { type: 'string' },
  },
});

function numberOption(name: string, raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0) {
    console.error(`--${name} must be a non-negative number, got "${raw}"`);
    process.exit(2);
  }
  return value;
}

const perKind = numberOption('per-kind', values['per-kind']);
const everyMember = {
  ...(values.latency !== undefined && { latencyMs: numberOption('latency', values.latency) }),
  ...(values.jitter !== undefined && { jitterMs: numberOption('jitter', values.jitter) }),
  ...(values['error-rate'] !== undefined && { errorRate: numberOption('error-rate', values['error-rate']) }),
};

/** Where the member's city subgraph will look: the port of its platform URL when set, its stand-in's own port otherwise. */
function portOf(member: Member): number {
  const url = process.env[platformUrlVariable(member)];
  return url ? Number(new URL(url).port) : sandboxFactsFor(member.slug).port;
}

const sandbox = await startSandbox({
  dataset: perKind === undefined ? {} : { perKind },
  faults: { '*': everyMember },
  ports: portOf,
  dataFolder: values['data-dir'] ?? platformDataFolderFrom(process.env),
});
console.log(`Stand-in platforms (admin API under /__sandbox/ on each; data in ${sandbox.dataFolder}):`);
for (const [slug, platform] of sandbox.platforms) {
  console.log(`  ${slug.padEnd(10)} ${sandboxFactsFor(slug).dialect.padEnd(14)} ${platform.url}`);
}

const shutdown = async () => {
  await sandbox.close();
  process.exit(0);
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
