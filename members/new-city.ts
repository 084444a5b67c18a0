/**
 * `npm run new-city -- <slug> --name-zh … --name-en … --adcode … [--like <slug>] [--lat … --lng …]`
 *
 * Adds a member to the corridor as one folder, `members/<slug>/`, and recomposes the supergraph;
 * nothing else changes, because the registry, the adapters and the stand-ins are found from the
 * folders at start. The new folder starts as a copy of the template, `members/_template/` (a
 * platform speaking JSON:API), or of an existing member's (`--like <slug>`), with the names
 * replaced, so the conformance kit passes for it at once; teaching it its own dialect is then a
 * change inside that folder.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { sandboxFactsFor } from '../sandbox/platforms/index.js';
import { INDUSTRY, type Industry } from '../schema/contract.js';
import { MEMBERS, findMember } from '../schema/registry.js';
import { member as TEMPLATE } from './_template/member.js';

const root = fileURLToPath(new URL('../', import.meta.url));
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
    like: { type: 'string' },
  },
});

const slug = positionals[0] ?? fail('give the new member slug, e.g. `npm run new-city -- jiaxing --name-zh 嘉兴市 …`');
if (!/^[a-z][a-z0-9]{1,30}$/.test(slug)) fail(`slug "${slug}" must be lower-case pinyin letters and digits, starting with a letter`);
if (findMember(slug)) fail(`"${slug}" is already a member; a later member whose pinyin collides takes a suffix, e.g. ${slug}2`);
const folder = `members/${slug}`;
if (existsSync(at(folder))) fail(`${folder}/ already exists`);
const like =
  values.like === undefined
    ? TEMPLATE
    : (findMember(values.like) ?? fail(`--like "${values.like}" is not a member; pick one of ${MEMBERS.map((m) => m.slug).join(', ')}`));
const likeFolder = like === TEMPLATE ? 'members/_template' : `members/${like.slug}`;
const nameZh = values['name-zh'] ?? fail('--name-zh is required, e.g. 嘉兴市');
const nameEn = values['name-en'] ?? fail('--name-en is required, e.g. Jiaxing');
const adcode = values.adcode ?? fail('--adcode is required (6 digits, GB/T 2260)');
if (!/^\d{6}$/.test(adcode)) fail(`--adcode must be 6 digits, got "${adcode}"`);
const sameAdcode = MEMBERS.find((member) => member.adcode === adcode);
if (sameAdcode) fail(`--adcode ${adcode} is already ${sameAdcode.slug}'s`);
if ((values.lat === undefined) !== (values.lng === undefined)) fail('give both --lat and --lng, or neither');
const centre = values.lat === undefined ? like.centre : { lat: Number(values.lat), lng: Number(values.lng) };
if (!(centre.lat >= -90 && centre.lat <= 90) || !(centre.lng >= -180 && centre.lng <= 180)) fail('--lat/--lng must be degrees');
const industries = values.industries.split(',').filter(Boolean);
const unknown = industries.filter((industry) => !(INDUSTRY.values as string[]).includes(industry));
if (unknown.length) fail(`unknown industries ${unknown.join(', ')}; use ${INDUSTRY.values.join(', ')}`);
const leading = (industries.length ? industries : like.leadingIndustries) as Industry[];

// Ports are permanent: the next free ones, never a position in a list.
const subgraphPort = Math.max(...MEMBERS.map((member) => member.subgraphPort)) + 1;
const sandboxPort = Math.max(...MEMBERS.map((member) => sandboxFactsFor(member.slug).port)) + 1;

/** 上海市普陀区 → 普陀, 南京市 → 南京: how the member's files also name it. */
const shortZh = (name: string) => name.replace(/^.+?市(?=.)/, '').replace(/[市区县]$/, '');
const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const RENAMES: readonly [string, string][] = [
  [like.nameZh, nameZh],
  [shortZh(like.nameZh), shortZh(nameZh)],
  [like.nameEn, nameEn],
  [like.slug.toUpperCase(), slug.toUpperCase()],
  [like.typePrefix, capitalised(slug)],
  [like.slug, slug],
];
const renamed = (text: string) => RENAMES.reduce((result, [from, to]) => result.replaceAll(from, to), text);

const SANDBOX_PORT_LINE = /(export const sandbox: SandboxFacts = \{\s*port: )\d+/;

const copied = readdirSync(at(likeFolder)).filter((file) => file !== 'member.ts');
cpSync(at(likeFolder), at(folder), { recursive: true, filter: (source) => !source.endsWith('/member.ts') });
for (const file of copied) {
  const path = at(`${folder}/${file}`);
  let text = renamed(readFileSync(path, 'utf8'));
  if (file === 'stand-in.ts') {
    if (!SANDBOX_PORT_LINE.test(text)) fail(`${likeFolder}/stand-in.ts has no \`export const sandbox: SandboxFacts = { port: … }\` line to take the new port`);
    text = text.replace(SANDBOX_PORT_LINE, `$1${sandboxPort}`);
  }
  writeFileSync(path, text);
}

const province =
  values['province-zh'] === '江苏省' && values['province-en'] === 'Jiangsu'
    ? '  ...JIANGSU,'
    : `  provinceZh: ${JSON.stringify(values['province-zh'])},\n  provinceEn: ${JSON.stringify(values['province-en'])},`;
const credentials = like.platformCredentials.length ? `\n  platformCredentials: [${like.platformCredentials.map((name) => `'${name}'`).join(', ')}],` : '';
writeFileSync(
  at(`${folder}/member.ts`),
  `import { ${province.includes('JIANGSU') ? 'JIANGSU, ' : ''}defineMember } from '../../schema/member.js';
import { sandboxLinks } from '../../schema/member-links.js';

export const member = defineMember({
  slug: '${slug}',
  nameZh: ${JSON.stringify(nameZh)},
  nameEn: ${JSON.stringify(nameEn)},
  adcode: '${adcode}',
${province}
  centre: { lat: ${centre.lat}, lng: ${centre.lng} },
  ...sandboxLinks('${slug}'),
  leadingIndustries: [${leading.map((industry) => `'${industry}'`).join(', ')}],
  subgraphPort: ${subgraphPort},${credentials}
});
`,
);

// This process discovered the members before the new folder existed: compose in a fresh one.
execFileSync(process.execPath, ['--import', 'tsx', at('gateway/compose.ts')], { stdio: 'inherit', cwd: root });

console.log(`
Added ${slug} (${nameZh}) as ${folder}/, a copy of ${likeFolder}/ with the names replaced:
  member.ts      registry entry (city subgraph port ${subgraphPort})${values.lat === undefined ? `; centre copied from ${like.slug}, set the real one` : ''}
  ${copied.join(', ')}
                 speaking ${like === TEMPLATE ? 'JSON:API, the template\'s' : `${like.slug}'s`} dialect (stand-in port ${sandboxPort})
  schema/supergraph.graphql recomposed with ${slug}'s types

Next: npm test   (the conformance kit now runs for ${slug} too)
`);
