/**
 * Builds the scaled corridor dataset and reports size, time, throughput and heap.
 *
 *   npx tsx bench/dataset.bench.ts            # 10,000 records per kind per member (810,000 records)
 *   npx tsx bench/dataset.bench.ts --per-kind 2000
 */
import { ENTITY_KINDS } from '../schema/contract.js';
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

const rows = [...corridor].map(([slug, d]) => ({ member: slug, counts: ENTITY_KINDS.map((kind) => d[kind].length) }));
const sum = (counts: readonly number[]): number => counts.reduce((s, n) => s + n, 0);
const total = sum(rows.map((r) => sum(r.counts)));

const header = ['member', ...ENTITY_KINDS, 'total'];
const widths = header.map((cell) => Math.max(10, cell.length));
const line = (cells: readonly string[]): string =>
  cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join(' ');
const countCells = (counts: readonly number[]): string[] => [...counts, sum(counts)].map(int);

console.log(`corridor dataset: ${int(perKind)} records per kind per member, seed ${DEFAULT_SEED}`);
console.log(line(header));
console.log(line(widths.map((w) => '-'.repeat(w))));
for (const r of rows) console.log(line([r.member, ...countCells(r.counts)]));
console.log(line(widths.map((w) => '-'.repeat(w))));
console.log(line(['all', ...countCells(ENTITY_KINDS.map((_, k) => sum(rows.map((r) => r.counts[k] ?? 0))))]));
console.log('');
console.log(`records      ${int(total)}`);
console.log(`elapsed      ${elapsedMs.toFixed(0)} ms`);
console.log(`throughput   ${int(Math.round(total / (elapsedMs / 1000)))} records/s`);
console.log(`heap used    ${mib(heapAfter)} (dataset ≈ ${mib(Math.max(0, heapAfter - heapBefore))})`);

if (total !== MEMBERS.length * ENTITY_KINDS.length * perKind) {
  console.error(`expected ${MEMBERS.length * ENTITY_KINDS.length * perKind} records, built ${total}`);
  process.exitCode = 1;
}
