/**
 * `npm run new-city -- <slug> --name-zh … --name-en … --adcode … --lat … --lng …`
 *
 * Adds a member to the corridor: its registry entry, its adapter folder, its stand-in platform
 * and their wiring, then recomposes the supergraph. The new member starts out speaking the
 * dialect of an existing member (`--like`, default putuo's REST JSON), so the conformance kit
 * passes for it at once; writing its own dialect is then a change inside its two files.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { INDUSTRY, type Industry } from '../../schema/contract.js';
import { MEMBERS, findMember } from '../../schema/registry.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const at = (path: string) => `${root}${path}`;

function fail(message: string): never {
  console.error(`new-city: ${message}`);
  process.exit(2);
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    'name-zh': { type: 'string' },
    'name-en': { type: 'string' },
    adcode: { type: 'string' },
    'province-zh': { type: 'string', default: '江苏省' },
    'province-en': { type: 'string', default: 'Jiangsu' },
    lat: { type: 'string' },
    lng: { type: 'string' },
    industries: { type: 'string', default: '' },
    like: { type: 'string', default: 'putuo' },
  },
});

const slug = positionals[0] ?? fail('give the new member slug, e.g. `npm run new-city -- jiaxing --name-zh 嘉兴市 …`');
if (!/^[a-z][a-z0-9]{1,30}$/.test(slug)) fail(`slug "${slug}" must be lower-case pinyin letters and digits, starting with a letter`);
if (findMember(slug)) fail(`"${slug}" is already a member; a later member whose pinyin collides takes a suffix, e.g. ${slug}2`);
const like = findMember(values.like) ?? fail(`--like "${values.like}" is not a member; pick one of ${MEMBERS.map((m) => m.slug).join(', ')}`);
const nameZh = values['name-zh'] ?? fail('--name-zh is required, e.g. 嘉兴市');
const nameEn = values['name-en'] ?? fail('--name-en is required, e.g. Jiaxing');
const adcode = values.adcode ?? fail('--adcode is required (6 digits, GB/T 2260)');
if (!/^\d{6}$/.test(adcode)) fail(`--adcode must be 6 digits, got "${adcode}"`);
const lat = Number(values.lat ?? fail('--lat is required'));
const lng = Number(values.lng ?? fail('--lng is required'));
if (!(lat >= -90 && lat <= 90) || !(lng >= -180 && lng <= 180)) fail('--lat/--lng must be degrees');
const industries = values.industries.split(',').filter(Boolean);
const unknown = industries.filter((industry) => !(INDUSTRY.values as string[]).includes(industry));
if (unknown.length) fail(`unknown industries ${unknown.join(', ')}; use ${INDUSTRY.values.join(', ')}`);
const leading = (industries.length ? industries : like.leadingIndustries) as Industry[];

function edit(path: string, change: (text: string) => string): void {
  const before = readFileSync(at(path), 'utf8');
  const after = change(before);
  if (after === before) fail(`could not find where to add ${slug} in ${path}`);
  writeFileSync(at(path), after);
}

function create(path: string, text: string): void {
  if (existsSync(at(path))) fail(`${path} already exists`);
  mkdirSync(at(path.slice(0, path.lastIndexOf('/'))), { recursive: true });
  writeFileSync(at(path), text);
}

const province =
  values['province-zh'] === '江苏省' && values['province-en'] === 'Jiangsu'
    ? '...JIANGSU'
    : `provinceZh: ${JSON.stringify(values['province-zh'])}, provinceEn: ${JSON.stringify(values['province-en'])}`;

edit('schema/registry.ts', (text) =>
  text.replace(
    /\n\];\n/,
    `
  member(${MEMBERS.length}, {
    slug: '${slug}', nameZh: ${JSON.stringify(nameZh)}, nameEn: ${JSON.stringify(nameEn)}, adcode: '${adcode}', ${province},
    centre: { lat: ${lat}, lng: ${lng} }, dialect: '${like.dialect}',
    leadingIndustries: [${leading.map((industry) => `'${industry}'`).join(', ')}],${like.sandboxCredentials ? `\n    sandboxCredentials: ${JSON.stringify(like.sandboxCredentials)},` : ''}
  }),
];
`,
  ),
);

create(
  `adapters/${slug}/index.ts`,
  `/**
 * ${nameZh} adapter. The platform speaks the same API as ${like.nameZh}'s (see
 * adapters/${like.slug}/README.md); when it turns out to speak its own dialect, replace this
 * re-export with an adapter of its own (README.md, "Adding a member").
 */
export { createAdapter } from '../${like.slug}/index.js';
`,
);
create(
  `adapters/${slug}/README.md`,
  `# ${nameZh} (${nameEn})

Speaks the same native API as ${like.nameZh}: see [../${like.slug}/README.md](../${like.slug}/README.md).
Platform base URL: \`CITY_${slug.toUpperCase()}_PLATFORM_URL\` (the sandbox stand-in by default).
`,
);
create(
  `sandbox/platforms/${slug}.ts`,
  `/** ${nameZh}'s stand-in platform: the same API as ${like.nameZh}'s, over ${nameZh}'s share of the dataset. */
export { standIn } from './${like.slug}.js';
`,
);

edit('adapters/index.ts', (text) =>
  text
    .replace(/(import \{ createAdapter as \w+ \} from '\.\/\w+\/index\.js';\n)(?!import \{ createAdapter)/, `$1import { createAdapter as ${slug} } from './${slug}/index.js';\n`)
    .replace(/\n\};\n/, `\n  ${slug},\n};\n`),
);
edit('sandbox/platforms/index.ts', (text) =>
  text
    .replace(/(import \{ standIn as \w+ \} from '\.\/\w+\.js';\n)(?!import \{ standIn)/, `$1import { standIn as ${slug} } from './${slug}.js';\n`)
    .replace(/\n\};\n/, `\n  ${slug},\n};\n`),
);

// The registry this process loaded is the old one: compose in a fresh process.
execFileSync(process.execPath, ['--import', 'tsx', at('gateway/compose.ts')], { stdio: 'inherit' });

console.log(`
Added ${slug} (${nameZh}):
  schema/registry.ts          registry entry (stand-in port ${4101 + MEMBERS.length}, subgraph port ${4201 + MEMBERS.length})
  adapters/${slug}/            adapter, speaking ${like.slug}'s dialect for now
  sandbox/platforms/${slug}.ts  stand-in platform
  schema/supergraph.graphql   recomposed with ${slug}'s types

Next: npm test   (the conformance kit now runs for ${slug} too)
`);
