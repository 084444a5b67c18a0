/**
 * The last step of `npm run build`: the processes read SDL files beside their modules
 * (`schema/contract.graphql`, `schema/supergraph.graphql`, `subgraphs/corridor/corridor.graphql`),
 * which tsc does not emit, so every `.graphql` file of the compiled folders is copied to the same
 * place under `dist/`. The folders are the build's own (`include` of tsconfig.build.json), so a
 * new folder or SDL file needs no change here. The explorer page Vite built (web/dist, the step
 * before) goes to dist/web/dist, where the compiled gateway looks for it beside its own modules.
 */
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
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

const WEB_APP = join(ROOT, 'web', 'dist');
if (!existsSync(join(WEB_APP, 'index.html'))) throw new Error(`${relative(ROOT, WEB_APP)} has no page: build it first (npm run build:web)`);
cpSync(WEB_APP, join(OUT_DIR, 'web', 'dist'), { recursive: true });
console.log(`copied the explorer page to ${relative(ROOT, join(OUT_DIR, 'web', 'dist'))}/`);
