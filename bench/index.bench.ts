/**
 * The corridor's read index on its own, without HTTP or GraphQL: builds it from the scaled
 * dataset (one reset batch per member, as the first sync applies it), then times the queries a
 * list page, its facets and a detail page's matching cost, so a slow page can be traced to the
 * index or ruled out.
 *
 * The index remembers answers until its next write, so each query is timed twice: computed (the
 * index is written to, untimed, before every iteration, as any sync that brings a change does)
 * and remembered (the same question again, with nothing written in between).
 *
 *   npm run bench:index                               # 10,000 records per kind per member
 *   npm run bench:index -- --per-kind 2000 --iterations 500
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildCorridorDataset } from '../sandbox/dataset/index.js';
import { ENTITY_KINDS, type AnyRecord } from '../schema/contract.js';
import { MEMBERS, getMember } from '../schema/registry.js';
import { beijingToday } from '../schema/scalars.js';
import { listPage, type ChallengeFilter, type FacetName, type ListQuery } from '../subgraphs/corridor/read-index/lists.js';
import { corridorMap } from '../subgraphs/corridor/read-index/map.js';
import { matches } from '../subgraphs/corridor/read-index/matching.js';
import { ReadIndex } from '../subgraphs/corridor/read-index/store.js';
import { quantile } from './load.js';

const { values: flags } = parseArgs({
  options: {
    'per-kind': { type: 'string', default: '10000' },
    iterations: { type: 'string', default: '300' },
    // Each measurement also stops after this long, so a slow query cannot stall the run.
    'max-seconds': { type: 'string', default: '15' },
  },
});
const perKind = Number(flags['per-kind']);
const iterations = Number(flags.iterations);
const maxMs = Number(flags['max-seconds']) * 1000;
if (!(Number.isInteger(perKind) && perKind > 0) || !(Number.isInteger(iterations) && iterations > 0) || !(maxMs > 0)) {
  throw new Error('--per-kind and --iterations need positive integers, --max-seconds a positive number');
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

let started = performance.now();
const dataset = buildCorridorDataset({ perKind });
console.log(`dataset: ${perKind} records per kind per member (${MEMBERS.length * ENTITY_KINDS.length * perKind} records) built in ${seconds(performance.now() - started)}`);

// A file, not :memory:, with the journal settings the corridor uses: what production reads from.
const folder = mkdtempSync(join(tmpdir(), 'corridor-index-bench-'));
const index = new ReadIndex(join(folder, 'corridor.db'));
try {
  started = performance.now();
  for (const [slug, member] of dataset) {
    index.apply(slug, { reset: true, upserts: ENTITY_KINDS.flatMap((kind): AnyRecord[] => member[kind]), deletions: [] });
  }
  console.log(`read index built in ${seconds(performance.now() - started)} (one reset batch per member)`);
  // Re-writing one record as it is changes nothing but the index version: remembered answers go.
  const unchanged = dataset.get(MEMBERS[0]!.slug)!.challenge[0]!;
  const forgetAnswers = () => index.upsert([unchanged]);
  // A dozen challenges spread over the members for the detail page's matching: few enough that
  // the remembered run asks the same questions again.
  const everyChallenge = [...dataset.values()].flatMap((member) => member.challenge);
  const detailChallenges = Array.from({ length: 12 }, (_, i) => everyChallenge[Math.floor((i * everyChallenge.length) / 12) + 7]!);
  dataset.clear();

  const knownCities = new Set(MEMBERS.map((member) => member.slug));
  const centreOf = (slug: string) => getMember(slug).centre;
  const today = beijingToday();
  const filters: ChallengeFilter[] = [
    { statuses: ['OPEN'], industries: ['INTEGRATED_CIRCUITS', 'NEW_MATERIALS'] },
    { statuses: ['OPEN'], industries: ['BIOMEDICINE', 'DIGITAL_HEALTH'] },
    { statuses: ['OPEN'], industries: ['ROBOTICS', 'INTELLIGENT_MANUFACTURING'] },
  ];
  const query = (i: number, orderBy: string, first: number): ListQuery => ({ kind: 'challenge', filter: filters[i % filters.length]!, orderBy, first, today });

  /**
   * Times `run` up to `iterations` times or `maxMs`, whichever comes first, after one untimed run;
   * computed: the index forgets its remembered answers (untimed) before every iteration.
   */
  function measureOnce(label: string, run: (i: number) => unknown, computed: boolean): string[] {
    run(0);
    const samples: number[] = [];
    const deadline = performance.now() + maxMs;
    for (let i = 0; i < iterations && performance.now() < deadline; i++) {
      if (computed) forgetAnswers();
      const t0 = performance.now();
      run(i);
      samples.push(performance.now() - t0);
    }
    const sorted = Float64Array.from(samples).sort();
    return [label, computed ? 'computed' : 'remembered', String(sorted.length), quantile(sorted, 0.5).toFixed(2), quantile(sorted, 0.95).toFixed(2), sorted[sorted.length - 1]!.toFixed(2)];
  }
  const measure = (label: string, run: (i: number) => unknown): string[][] => [measureOnce(label, run, true), measureOnce('', run, false)];

  const facet = (name: FacetName) => (i: number) => listPage(index, query(i, 'NEWEST', 1), knownCities).facet(name);
  const rows = [
    ...measure('listPage OPEN+industries NEWEST, first 50 (keys)', (i) => listPage(index, query(i, 'NEWEST', 50), knownCities).edges),
    ...measure('listPage OPEN+industries DEADLINE_SOONEST, first 50', (i) => listPage(index, query(i, 'DEADLINE_SOONEST', 50), knownCities).edges),
    ...measure('listPage OPEN+industries REWARD, first 50', (i) => listPage(index, query(i, 'REWARD', 50), knownCities).edges),
    ...measure('totalCount of the filtered set', (i) => listPage(index, query(i, 'NEWEST', 1), knownCities).totalCount()),
    ...measure("page.facet('cities')", facet('cities')),
    ...measure("page.facet('industries')", facet('industries')),
    ...measure("page.facet('statuses')", facet('statuses')),
    ...measure('a facets page: totalCount + cities + industries + statuses', (i) => {
      const page = listPage(index, query(i, 'NEWEST', 1), knownCities);
      return [page.totalCount(), page.facet('cities'), page.facet('industries'), page.facet('statuses')];
    }),
    ...measure('corridorMap, every kind, whole corridor, zoom 7', () => corridorMap(index, { zoom: 7, kinds: ENTITY_KINDS }, centreOf)),
    ...measure('corridorMap, carriers, Shanghai viewport, zoom 12', () =>
      corridorMap(index, { zoom: 12, kinds: ['carrier'], within: { south: 31.15, west: 121.3, north: 31.35, east: 121.5 } }, centreOf),
    ),
    ...measure("a detail page's matchingCarriers(first: 5)", (i) => matches(index, detailChallenges[i % detailChallenges.length]!, 'carrier', 5)),
  ];

  const header = ['query', 'answer', 'n', 'p50 ms', 'p95 ms', 'max ms'];
  const widths = header.map((cell, i) => Math.max(cell.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((cell, i) => (i < 2 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
  console.log('');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
  console.log(`\nn < ${iterations} means the ${flags['max-seconds']} s bound of that measurement was reached first.`);
} finally {
  index.close();
  rmSync(folder, { recursive: true, force: true });
}
