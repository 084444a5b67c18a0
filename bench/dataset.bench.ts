/**
 * Builds the scaled corridor dataset and reports size, time, throughput and heap.
 *
 *   npx tsx bench/dataset.bench.ts            # 10,000 records per kind per member (270,000 records)
 *   npx tsx bench/dataset.bench.ts --per-kind 2000
 */
import { MEMBERS } from '../schema/registry.js';
import { buildCorridorDataset, buildMemberDataset, DEFAULT_SEED } from '../sandbox/dataset/index.js';

function perKindArgument(argv: readonly string[]): number {
  const index = argv.indexOf('--per-kind');
  if (index === -1) return 10_000;
  const value = Number(argv[index + 1]);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`--per-kind needs a positive integer, got "${argv[index + 1]}"`);
  return value;
}

const mib = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
const int = (n: number): string => n.toLocaleString('en-US');

const perKind = perKindArgument(process.argv.slice(2));

// Warm-up: load modules and let the JIT see the generator once (not timed).
buildMemberDataset(MEMBERS[0]!.slug);

const heapBefore = process.memoryUsage().heapUsed;
const started = performance.now();
const corridor = buildCorridorDataset({ perKind });
const elapsedMs = performance.now() - started;
const heapAfter = process.memoryUsage().heapUsed;

const rows = [...corridor].map(([slug, d]) => ({
  member: slug,
  policies: d.policies.length,
  carriers: d.carriers.length,
  challenges: d.challenges.length,
  total: d.policies.length + d.carriers.length + d.challenges.length,
}));
const total = rows.reduce((sum, r) => sum + r.total, 0);

const header = ['member', 'policies', 'carriers', 'challenges', 'total'];
const widths = [10, 10, 10, 11, 10];
const line = (cells: readonly string[]): string =>
  cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join(' ');

console.log(`corridor dataset: ${int(perKind)} records per kind per member, seed ${DEFAULT_SEED}`);
console.log(line(header));
console.log(line(widths.map((w) => '-'.repeat(w))));
for (const r of rows) console.log(line([r.member, int(r.policies), int(r.carriers), int(r.challenges), int(r.total)]));
console.log(line(widths.map((w) => '-'.repeat(w))));
console.log(
  line([
    'all',
    int(rows.reduce((s, r) => s + r.policies, 0)),
    int(rows.reduce((s, r) => s + r.carriers, 0)),
    int(rows.reduce((s, r) => s + r.challenges, 0)),
    int(total),
  ]),
);
console.log('');
console.log(`records      ${int(total)}`);
console.log(`elapsed      ${elapsedMs.toFixed(0)} ms`);
console.log(`throughput   ${int(Math.round(total / (elapsedMs / 1000)))} records/s`);
console.log(`heap used    ${mib(heapAfter)} (dataset ≈ ${mib(Math.max(0, heapAfter - heapBefore))})`);

if (total !== MEMBERS.length * 3 * perKind) {
  console.error(`expected ${MEMBERS.length * 3 * perKind} records, built ${total}`);
  process.exitCode = 1;
}
