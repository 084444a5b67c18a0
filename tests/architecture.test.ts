/**
 * The processes meet only at the wire contract (schema/wire.ts): the corridor never reaches into
 * the city subgraph's or an adapter's code, shared code into either subgraph, nor the running gateway into a
 * subgraph or the composer. A stand-in is the member's platform, written apart from its adapter.
 * Read from the import lines of the source, so a new import that crosses a line fails here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const IMPORT = /^\s*(?:import|export)\b[^'"]*?\bfrom\s+['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/gm;

function sourceFiles(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** Every file's relative imports, as repository paths (`subgraphs/city/sdl.ts`). */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of ['gateway', 'subgraphs', 'schema', 'members', 'sandbox'].flatMap(sourceFiles)) {
    const imports = [...readFileSync(join(ROOT, file), 'utf8').matchAll(IMPORT)]
      .map((match) => match[1] ?? match[2] ?? match[3]!)
      .filter((specifier) => specifier.startsWith('.'))
      .map((specifier) => relative(ROOT, normalize(join(ROOT, dirname(file), specifier))).replace(/\.js$/, '.ts'));
    graph.set(file, imports);
  }
  return graph;
}

const under = (folder: string) => (path: string) => path.startsWith(`${folder}/`);
const COMPOSER = 'gateway/compose.ts';
const isStandIn = (file: string) => /^members\/[^/]+\/stand-in\.ts$/.test(file);
/** The client side of a member: the adapter kit and a member's files but for its stand-in and facts. */
const isClientSide = (path: string) => under('adapters')(path) || (under('members')(path) && !/\/(stand-in|member)\.ts$/.test(path));

interface Boundary {
  rule: string;
  /** The files the rule is about. */
  importer: (file: string) => boolean;
  /** What they must not import. */
  forbidden: (path: string) => boolean;
}

const BOUNDARIES: Boundary[] = [
  {
    rule: 'the corridor imports nothing from the city subgraph nor from an adapter',
    importer: under('subgraphs/corridor'),
    forbidden: (path) => under('subgraphs/city')(path) || under('adapters')(path),
  },
  {
    rule: 'shared code imports no subgraph',
    importer: (file) => under('schema')(file) || /^subgraphs\/[^/]+\.ts$/.test(file),
    forbidden: (path) => under('subgraphs/city')(path) || under('subgraphs/corridor')(path),
  },
  {
    rule: 'the running gateway imports neither subgraph nor the composer',
    importer: (file) => under('gateway')(file) && file !== COMPOSER,
    forbidden: (path) => under('subgraphs/city')(path) || under('subgraphs/corridor')(path) || path === COMPOSER,
  },
  {
    rule: 'a stand-in and its platform kit import nothing from the client side, so the platform keeps checking its adapter',
    importer: (file) => isStandIn(file) || under('sandbox/kit')(file),
    forbidden: isClientSide,
  },
];

function crossings(graph: Map<string, string[]>, boundary: Boundary): string[] {
  return [...graph].filter(([file]) => boundary.importer(file)).flatMap(([file, imports]) => imports.filter(boundary.forbidden).map((path) => `${file} → ${path}`));
}

describe('the import graph', () => {
  const graph = importGraph();

  it('is read from the source: it sees the imports the boundaries are about', () => {
    // Without these the rules below would pass on an empty graph.
    expect(graph.get('subgraphs/corridor/sync.ts')).toContain('schema/wire.ts');
    expect(graph.get(COMPOSER)).toContain('subgraphs/city/sdl.ts');
    expect(graph.get('gateway/server.ts')).toContain('subgraphs/http-server.ts');
    expect(graph.get('subgraphs/corridor/write-router.ts')).toContain('subgraphs/write-rules.ts');
    expect(graph.get('members/wuxi/stand-in.ts')).toContain('sandbox/kit/native-form.ts');
  });

  for (const boundary of BOUNDARIES) {
    it(boundary.rule, () => {
      expect(crossings(graph, boundary)).toEqual([]);
    });
  }

  it('would catch a crossing', () => {
    const crossing = new Map([
      ['subgraphs/corridor/sync.ts', ['subgraphs/city/subgraph.ts']],
      ['gateway/config.ts', [COMPOSER]],
      ['members/wuxi/stand-in.ts', ['adapters/kit/parse.ts', 'members/wuxi/soap.ts', 'members/wuxi/member.ts']],
    ]);
    expect(BOUNDARIES.map((boundary) => crossings(crossing, boundary).length)).toEqual([1, 0, 1, 2]);
  });
});
