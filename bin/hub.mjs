#!/usr/bin/env node
/**
 * Starts one part of the hub: `hub gateway`, `hub corridor`, `hub city <slug>`, `hub keys …`
 * (npm run gateway | corridor | city | keys, and the container image's command). With
 * NODE_ENV=production it runs the compiled build (`npm run build`, in dist/) on plain node;
 * elsewhere the TypeScript source, through tsx in this same process.
 *
 * Plain JavaScript on purpose: it is what runs before either the build or tsx is there.
 */
import { existsSync } from 'node:fs';

const ENTRY_POINTS = {
  gateway: 'gateway/index',
  corridor: 'subgraphs/corridor/index',
  city: 'subgraphs/city/index',
  keys: 'gateway/keys',
};

const role = process.argv[2];
const entry = ENTRY_POINTS[role];
if (!entry) {
  console.error(`usage: hub <${Object.keys(ENTRY_POINTS).join('|')}> [arguments]   (got ${role === undefined ? 'nothing' : `"${role}"`})`);
  process.exit(2);
}
// The part reads its own arguments from argv[2] on, as when it is run directly.
process.argv.splice(2, 1);

if (process.env.NODE_ENV === 'production') {
  const compiled = new URL(`../dist/${entry}.js`, import.meta.url);
  if (!existsSync(compiled)) {
    console.error(`${compiled.pathname} is missing: run \`npm run build\` first (production runs the compiled build)`);
    process.exit(2);
  }
  await import(compiled.href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import(new URL(`../${entry}.ts`, import.meta.url).href);
}
