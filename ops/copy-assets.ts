/**
 * The second step of `npm run build`: the processes read SDL files beside their modules
 * (`schema/contract.graphql`, `schema/supergraph.graphql`, `subgraphs/corridor/corridor.graphql`),
 * which tsc does not emit, so every `.graphql` file of the compiled folders is copied to the same
 * place under `dist/`. The folders are the build's own (`include` of tsconfig.build.json), so a
 * new folder or SDL file needs no change here.
 */
import { copyFileSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository: this file runs compiled, from `dist/ops/`. */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const OUT_DIR = join(ROOT, 'dist');
const ASSET = /\.graphql$/;

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : filesUnder(path);
    return [path];
  });
}

const { include } = JSON.parse(readFileSync(join(ROOT, 'tsconfig.build.json'), 'utf8')) as { include: string[] };
const assets = include.flatMap((folder) => filesUnder(join(ROOT, folder))).filter((path) => ASSET.test(path));
for (const asset of assets) {
  const target = join(OUT_DIR, relative(ROOT, asset));
  mkdirSync(dirname(target), { recursive: true });
  copyFileSync(asset, target);
}
console.log(`copied ${assets.length} SDL files to ${relative(ROOT, OUT_DIR)}/`);
