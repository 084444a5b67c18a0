import { describe, expect, it } from 'vitest';
import {
  CARRIER_KIND,
  CARRIER_LEVEL,
  CHALLENGE_STATUS,
  INDUSTRY,
  parseGlobalId,
  POLICY_CATEGORY,
  policyStatus,
  PUBLISHER_KIND,
  isVocabulary,
  type CarrierRecord,
  type ChallengeRecord,
  type EntityKind,
  type PolicyRecord,
} from '../schema/contract.js';
import * as contract from '../schema/contract.js';
import { MEMBERS, type Member } from '../schema/registry.js';
import {
  buildCorridorDataset,
  buildMemberDataset,
  DEFAULT_SEED,
  DEFAULT_SIZES,
  nativeLabel,
  nativeValue,
  wanText,
  type MemberDataset,
} from '../sandbox/dataset/index.js';
import { PROFILES } from '../sandbox/dataset/phrases.js';

const REFERENCE_DATE = '2026-11-21';
const AREA_CODES: Record<string, string> = {
  putuo: '021', nanjing: '025', wuxi: '0510', changzhou: '0519', suzhou: '0512',
  nantong: '0513', yangzhou: '0514', zhenjiang: '0511', taizhou: '0523',
};
const URL_SEGMENT: Record<EntityKind, string> = { policy: 'policies', carrier: 'carriers', challenge: 'challenges' };
// The records' own vocabularies: a tag may well read like a label of the API's (揭榜挂帅).
const STANDARD_LABELS = new Set(Object.values(contract).flatMap((value) => (isVocabulary(value) ? Object.values(value.labels) : [])));

const corridor = buildCorridorDataset();
const all = [...corridor.values()];
const allPolicies = all.flatMap((d) => d.policies);
const allCarriers = all.flatMap((d) => d.carriers);
const allChallenges = all.flatMap((d) => d.challenges);
const allRecords = [...allPolicies, ...allCarriers, ...allChallenges];

function dataset(slug: string): MemberDataset {
  const found = corridor.get(slug);
  if (!found) throw new Error(`no dataset for ${slug}`);
  return found;
}

// ---------------------------------------------------------------------------------------------
// Validator: every field of every record, against the contract and the dataset rules
// ---------------------------------------------------------------------------------------------

function isDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

function distanceKm(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const rad = Math.PI / 180;
  const h =
    Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 +
    Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lng - a.lng) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

function decimals(x: number): number {
  const text = String(x);
  return text.includes('.') ? text.length - text.indexOf('.') - 1 : 0;
}

/** Problems with one member's records; empty when everything holds. */
function validateMember(member: Member, data: MemberDataset): string[] {
  const problems: string[] = [];
  const fail = (id: string, message: string): void => {
    if (problems.length < 30) problems.push(`${id}: ${message}`);
  };
  const profiled = PROFILES[member.slug] !== undefined;
  const districts = new Set((PROFILES[member.slug]?.districts ?? []).map((d) => d.name));

  const text = (id: string, field: string, value: unknown, nullable = false): void => {
    if (value === null && nullable) return;
    if (typeof value !== 'string' || value.trim() === '') return fail(id, `${field} must be a non-empty string`);
    if (/[\r\0]/.test(value)) fail(id, `${field} contains \\r or NUL`);
    if (/[\uD800-\uDFFF]/.test(value)) fail(id, `${field} contains characters outside the BMP`);
  };
  const enumArray = (id: string, field: string, values: unknown, vocab: readonly string[], min: number, max: number): void => {
    if (!Array.isArray(values) || values.length < min || values.length > max) return fail(id, `${field} must have ${min}-${max} values`);
    if (new Set(values).size !== values.length) fail(id, `${field} has duplicates`);
    for (const v of values) if (!vocab.includes(v)) fail(id, `${field} has unknown value ${String(v)}`);
  };
  const money = (id: string, field: string, value: number | null): void => {
    if (value === null) return;
    if (!Number.isInteger(value) || value <= 0 || value % 100 !== 0) fail(id, `${field} must be a positive whole multiple of 100`);
  };

  const common = (kind: EntityKind, r: PolicyRecord | CarrierRecord | ChallengeRecord, seen: Set<string>, otherCount: number): void => {
    const parts = parseGlobalId(r.id);
    if (!parts || parts.city !== member.slug || parts.kind !== kind) return fail(r.id, 'id is not a global id of this member and kind');
    if (!/^[A-Za-z0-9-]+$/.test(parts.localId)) fail(r.id, 'local id has characters outside [A-Za-z0-9-]');
    if (seen.has(r.id)) fail(r.id, 'duplicate id');
    seen.add(r.id);
    if (r.city !== member.slug) fail(r.id, 'city is not the member slug');
    if (r.url !== `${member.portalUrl}/${URL_SEGMENT[kind]}/${parts.localId}`) fail(r.id, `unexpected url ${r.url}`);
    if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/.test(r.sourceUpdatedAt) || !isDate(r.sourceUpdatedAt.slice(0, 10))) {
      fail(r.id, 'sourceUpdatedAt is not YYYY-MM-DDTHH:mm:ss+08:00');
    }
    if (r.sourceUpdatedAt.slice(0, 10) > '2026-11-20') fail(r.id, 'sourceUpdatedAt is after the dataset date');
    if (!Array.isArray(r.tags) || r.tags.length > 3) fail(r.id, 'tags must be an array of at most 3 labels');
    if (new Set(r.tags).size !== r.tags.length) fail(r.id, 'tags has duplicates');
    r.tags.forEach((t, i) => text(r.id, `tags[${i}]`, t));
    for (const t of r.tags) if (STANDARD_LABELS.has(t)) fail(r.id, `tag "${t}" equals a standard vocabulary label`);
    if (otherCount > 1) fail(r.id, 'more than one vocabulary field is OTHER');
    if (otherCount === 1 && (r.tags[0] === undefined || r.tags[0] === '')) fail(r.id, 'OTHER value without its label as tags[0]');
  };

  const policyIds = new Set<string>();
  for (const p of data.policies) {
    const others = (p.categories.includes('OTHER') ? 1 : 0) + (p.industries.includes('OTHER') ? 1 : 0);
    common('policy', p, policyIds, others);
    for (const f of ['title', 'issuer', 'summary', 'eligibility'] as const) text(p.id, f, p[f]);
    text(p.id, 'docNumber', p.docNumber, true);
    if (p.docNumber !== null && !/〔20\d{2}〕\d+号$/.test(p.docNumber)) fail(p.id, `docNumber ${p.docNumber} is not 字〔年〕号`);
    if (!isDate(p.publishedOn) || p.publishedOn < '2021-01-01' || p.publishedOn > '2026-11-20') fail(p.id, 'publishedOn outside 2021..2026-11-20');
    if (p.effectiveFrom !== null && (!isDate(p.effectiveFrom) || p.effectiveFrom < p.publishedOn)) fail(p.id, 'bad effectiveFrom');
    const start = p.effectiveFrom ?? p.publishedOn;
    if (p.expiresOn !== null && (!isDate(p.expiresOn) || p.expiresOn <= start)) fail(p.id, 'bad expiresOn');
    enumArray(p.id, 'categories', p.categories, POLICY_CATEGORY.values, 1, 3);
    enumArray(p.id, 'industries', p.industries, INDUSTRY.values, 1, 3);
    money(p.id, 'maxSupportYuan', p.maxSupportYuan);
  }

  const carrierIds = new Set<string>();
  for (const c of data.carriers) {
    const others = (c.kind === 'OTHER' ? 1 : 0) + (c.level === 'OTHER' ? 1 : 0) + (c.industries.includes('OTHER') ? 1 : 0);
    common('carrier', c, carrierIds, others);
    for (const f of ['name', 'operator', 'address', 'district'] as const) text(c.id, f, c[f]);
    if (!CARRIER_KIND.values.includes(c.kind)) fail(c.id, `unknown kind ${c.kind}`);
    if (!CARRIER_LEVEL.values.includes(c.level)) fail(c.id, `unknown level ${c.level}`);
    enumArray(c.id, 'industries', c.industries, INDUSTRY.values, 1, 3);
    // Members added after the founding nine have no profile: their places are generic.
    if (profiled && !districts.has(c.district)) fail(c.id, `district ${c.district} is not a district of ${member.nameZh}`);
    if (!c.address.includes(c.district)) fail(c.id, 'address does not name the district');
    const { lat, lng } = c.location;
    if (!Number.isFinite(lat) || !Number.isFinite(lng) || decimals(lat) > 6 || decimals(lng) > 6) fail(c.id, 'location not rounded to 6 decimals');
    if (distanceKm(member.centre, c.location) > 20) fail(c.id, `location ${distanceKm(member.centre, c.location).toFixed(1)} km from the centre`);
    if (!Number.isInteger(c.floorArea) || c.floorArea < 500 || c.floorArea > 200000) fail(c.id, `floorArea ${c.floorArea} outside 500-200000`);
    if (!Number.isInteger(c.freeArea) || c.freeArea < 0 || c.freeArea > c.floorArea) fail(c.id, 'freeArea outside 0..floorArea');
    if (c.services.length < 2 || c.services.length > 5 || new Set(c.services).size !== c.services.length) fail(c.id, 'services must be 2-5 distinct');
    c.services.forEach((s, i) => text(c.id, `services[${i}]`, s));
    text(c.id, 'contact.name', c.contact.name);
    const phone = new RegExp(`^${AREA_CODES[member.slug]}-[2-9]\\d{6,7}$`);
    if (profiled && (c.contact.phone === null || !phone.test(c.contact.phone))) fail(c.id, `phone ${String(c.contact.phone)} does not fit ${member.slug}`);
    if (c.contact.email !== null && !/^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$/.test(c.contact.email)) fail(c.id, `bad email ${c.contact.email}`);
  }

  const challengeIds = new Set<string>();
  for (const g of data.challenges) {
    const others = (g.publisherKind === 'OTHER' ? 1 : 0) + (g.industries.includes('OTHER') ? 1 : 0);
    common('challenge', g, challengeIds, others);
    for (const f of ['title', 'description', 'publisher', 'technicalField', 'requirements'] as const) text(g.id, f, g[f]);
    if (!PUBLISHER_KIND.values.includes(g.publisherKind)) fail(g.id, `unknown publisherKind ${g.publisherKind}`);
    if (!CHALLENGE_STATUS.values.includes(g.status)) fail(g.id, `unknown status ${g.status}`);
    enumArray(g.id, 'industries', g.industries, INDUSTRY.values, 1, 3);
    money(g.id, 'rewardYuan', g.rewardYuan);
    if (!isDate(g.publishedOn) || g.publishedOn < '2025-01-01' || g.publishedOn > '2026-11-20') fail(g.id, 'publishedOn outside 2025..2026');
    if (!isDate(g.deadline) || g.deadline < g.publishedOn) fail(g.id, 'deadline before publishedOn');
    if (g.status === 'OPEN' && (g.deadline < '2027-01-01' || g.deadline > '2028-12-31')) fail(g.id, 'OPEN deadline outside 2027-2028');
    if (g.status !== 'OPEN' && g.deadline >= REFERENCE_DATE) fail(g.id, 'closed-for-entries challenge with a future deadline');
    if (!Number.isInteger(g.applicationCount) || g.applicationCount < 0 || g.applicationCount > 30) fail(g.id, 'applicationCount outside 0-30');
  }
  return problems;
}

function share<T>(items: readonly T[], predicate: (item: T) => boolean): number {
  return items.filter(predicate).length / items.length;
}

function hasOther(r: PolicyRecord | CarrierRecord | ChallengeRecord): boolean {
  return Object.values(r).some((v) => v === 'OTHER' || (Array.isArray(v) && v.includes('OTHER')));
}

// ---------------------------------------------------------------------------------------------

describe('default corridor dataset sizes', () => {
  it('has exactly 311 carriers and 298 challenges across the nine founding members (the 三张清单 resource and demand lists)', () => {
    const founders = Object.keys(DEFAULT_SIZES).map((slug) => corridor.get(slug)!);
    expect(founders).toHaveLength(9);
    expect(founders.flatMap((d) => d.carriers)).toHaveLength(311);
    expect(founders.flatMap((d) => d.challenges)).toHaveLength(298);
  });

  it('gives every member exactly its DEFAULT_SIZES, keyed by slug in registry order', () => {
    expect([...corridor.keys()]).toEqual(MEMBERS.map((m) => m.slug));
    for (const [slug, d] of corridor) {
      if (!DEFAULT_SIZES[slug]) continue; // a member added later has the generator's fallback sizes
      expect({ slug, policies: d.policies.length, carriers: d.carriers.length, challenges: d.challenges.length }).toEqual({
        slug,
        ...DEFAULT_SIZES[slug],
      });
    }
  });

  it('has at least 20 policies per member', () => {
    for (const d of all) expect(d.policies.length).toBeGreaterThanOrEqual(20);
  });

  it('makes Suzhou and Nanjing the two largest members in every kind', () => {
    for (const kind of ['policies', 'carriers', 'challenges'] as const) {
      const ranked = [...corridor.entries()].sort((a, b) => b[1][kind].length - a[1][kind].length).map(([slug]) => slug);
      expect(ranked.slice(0, 2).sort()).toEqual(['nanjing', 'suzhou']);
    }
  });

  it("gives Putuo exactly the document's 20 carriers by kind and level", () => {
    const counts: Record<string, number> = {};
    for (const c of dataset('putuo').carriers) counts[`${c.kind}/${c.level}`] = (counts[`${c.kind}/${c.level}`] ?? 0) + 1;
    expect(counts).toEqual({
      'INCUBATOR/NATIONAL': 2,
      'INCUBATOR/MUNICIPAL': 9,
      'INCUBATOR/DISTRICT': 3,
      'MAKER_SPACE/NATIONAL': 1,
      'MAKER_SPACE/MUNICIPAL': 4,
      'UNIVERSITY_SCIENCE_PARK/NATIONAL': 1,
    });
  });
});

describe('curated records from the source documents', () => {
  const names = (slug: string): string[] => dataset(slug).carriers.map((c) => c.name);
  const titles = (slug: string, kind: 'policies' | 'challenges'): string[] => dataset(slug)[kind].map((r) => r.title);

  it('lists the named institutions and carriers in their members', () => {
    const zijinshan = dataset('nanjing').carriers.find((c) => c.name === '紫金山实验室');
    expect(zijinshan).toMatchObject({ kind: 'LABORATORY', level: 'NATIONAL', district: '江宁区' });
    expect(names('suzhou')).toContain('姑苏实验室');
    expect(dataset('wuxi').carriers.find((c) => c.name === '无锡市产业创新研究院')?.kind).toBe('RESEARCH_INSTITUTE');
    expect(names('wuxi')).toContain('芯光互连研究院');
    expect(dataset('changzhou').carriers.find((c) => c.name === '常州市科教城')?.kind).toBe('TECH_PARK');
    expect(names('nantong')).toContain('南通市北生物医药和生命健康研究院');
    expect(names('zhenjiang').some((n) => n.includes('京口大禹山'))).toBe(true);
    const chuangxinli = dataset('putuo').carriers.find((c) => c.name.includes('创新里'));
    expect(chuangxinli?.address).toContain('武宁路801号');
    expect(chuangxinli?.floorArea).toBe(3248);
    for (const name of ['信泰中心', '上海清华国际创新中心', '上海机器人产业技术研究院', '上海市测绘院']) {
      expect(names('putuo').some((n) => n.includes(name)), name).toBe(true);
    }
    expect(names('putuo').some((n) => /中以[（(]上海[）)]创新园/.test(n))).toBe(true);
  });

  it('includes the consortium challenges, loans and Putuo policies', () => {
    const chiplet = dataset('wuxi').challenges.find((g) => g.title.includes('Chiplet集成技术'));
    expect(chiplet).toMatchObject({ publisher: '无锡中微高科电子有限公司', status: 'OPEN' });
    const polyolefin = dataset('putuo').challenges.find((g) => g.title.includes('聚烯烃先进材料'));
    expect(polyolefin?.publisher).toContain('上海化工研究院');
    expect(allPolicies.some((p) => p.title.includes('沿沪宁创新贷'))).toBe(true);
    expect(allPolicies.some((p) => p.title.includes('沿沪宁产业创新贷'))).toBe(true);
    expect(dataset('putuo').policies.map((p) => p.docNumber)).toEqual(expect.arrayContaining(['普府〔2025〕19号', '普科委〔2025〕22号']));
    expect(titles('putuo', 'policies').some((t) => t.includes('人才公寓'))).toBe(true);
    expect(titles('putuo', 'policies').some((t) => t.includes('概念验证'))).toBe(true);
    expect(titles('putuo', 'policies').some((t) => t.includes('中试平台'))).toBe(true);
  });

  it('puts curated records first with stable ids, Putuo having the most', () => {
    expect(dataset('nanjing').carriers[0]).toMatchObject({ id: 'nanjing:carrier:NJ-C-000001', name: '紫金山实验室' });
    expect(dataset('wuxi').challenges[0]?.id).toBe('wuxi:challenge:WX-G-000001');
    expect(dataset('putuo').policies[0]?.id).toBe('putuo:policy:PT-P-000001');
    const other = buildMemberDataset('nanjing', { seed: 7 });
    expect(other.carriers[0]).toEqual(dataset('nanjing').carriers[0]);
  });
});

describe('determinism', () => {
  it('builds byte-identical output for the same options', () => {
    expect(JSON.stringify([...buildCorridorDataset()])).toBe(JSON.stringify([...corridor]));
    expect(buildCorridorDataset({ seed: 42 })).toEqual(buildCorridorDataset({ seed: 42 }));
  });

  it('builds a member alone exactly as its slice of the corridor', () => {
    for (const m of MEMBERS) expect(buildMemberDataset(m.slug)).toEqual(dataset(m.slug));
  });

  it('uses DEFAULT_SEED by default and changes generated records with another seed', () => {
    expect(buildMemberDataset('suzhou', { seed: DEFAULT_SEED })).toEqual(dataset('suzhou'));
    expect(buildMemberDataset('suzhou', { seed: 1 }).carriers.slice(2)).not.toEqual(dataset('suzhou').carriers.slice(2));
  });

  it('keeps the default records as a prefix of a scaled build', () => {
    const scaled = buildMemberDataset('nanjing', { perKind: 300 });
    const d = dataset('nanjing');
    expect(scaled.policies.slice(0, d.policies.length)).toEqual(d.policies);
    expect(scaled.carriers.slice(0, d.carriers.length)).toEqual(d.carriers);
    expect(scaled.challenges.slice(0, d.challenges.length)).toEqual(d.challenges);
  });

  it('hands out fresh copies, so one consumer cannot change another consumer’s records', () => {
    const a = buildMemberDataset('putuo');
    a.carriers[0]!.tags.push('改动');
    expect(buildMemberDataset('putuo').carriers[0]!.tags).not.toContain('改动');
  });
});

describe('record completeness', () => {
  it('validates every field of every record of every member', () => {
    for (const m of MEMBERS) expect(validateMember(m, dataset(m.slug)), m.slug).toEqual([]);
  });

  it('puts the unmapped label in tags[0] for OTHER values, and nativeLabel returns it', () => {
    const others = allRecords.filter(hasOther);
    expect(others.length).toBeGreaterThan(0);
    for (const r of others) {
      expect(STANDARD_LABELS.has(r.tags[0] ?? '')).toBe(false);
      if ('kind' in r && r.kind === 'OTHER') expect(nativeLabel(CARRIER_KIND, r.kind, r)).toBe(r.tags[0]);
      if ('publisherKind' in r && r.publisherKind === 'OTHER') expect(nativeLabel(PUBLISHER_KIND, r.publisherKind, r)).toBe(r.tags[0]);
    }
  });

  it('keeps OTHER to a few percent of records', () => {
    const s = share(allRecords, hasOther);
    expect(s).toBeGreaterThan(0.01);
    expect(s).toBeLessThan(0.1);
  });

  it('gives every member an OTHER publisher kind and policy category, and an OTHER carrier value', () => {
    for (const [slug, d] of corridor) {
      expect(d.challenges.some((g) => g.publisherKind === 'OTHER'), slug).toBe(true);
      expect(d.policies.some((p) => p.categories.includes('OTHER')), slug).toBe(true);
      // Putuo's 20 carriers are fixed by the document, so its OTHER carrier value is an industry.
      if (slug === 'putuo') expect(d.carriers.some((c) => c.industries.includes('OTHER')), slug).toBe(true);
      else expect(d.carriers.some((c) => c.kind === 'OTHER'), slug).toBe(true);
    }
  });

  it('keeps 普陀区 as the only district of Putuo, with its street areas in addresses', () => {
    const putuo = dataset('putuo').carriers;
    expect(new Set(putuo.map((c) => c.district))).toEqual(new Set(['普陀区']));
    expect(putuo.some((c) => /长风|桃浦|真如/.test(c.address))).toBe(true);
  });

  it('biases industries towards each member’s leading industries', () => {
    for (const m of MEMBERS) {
      const d = dataset(m.slug);
      const firsts = [...d.policies, ...d.carriers, ...d.challenges].map((r) => r.industries[0]);
      expect(share(firsts, (i) => i !== undefined && m.leadingIndustries.includes(i)), m.slug).toBeGreaterThan(0.6);
    }
  });
});

describe('realistic distributions relative to 2026-11-21', () => {
  it('has policies expired, in effect and a few upcoming', () => {
    const statuses = allPolicies.map((p) => policyStatus(p, REFERENCE_DATE));
    expect(share(statuses, (s) => s === 'EXPIRED')).toBeGreaterThan(0.15);
    expect(share(statuses, (s) => s === 'IN_EFFECT')).toBeGreaterThan(0.4);
    expect(statuses.filter((s) => s === 'UPCOMING').length).toBeGreaterThanOrEqual(3);
    expect(share(statuses, (s) => s === 'UPCOMING')).toBeLessThan(0.15);
    expect(allPolicies.some((p) => p.effectiveFrom === null)).toBe(true);
    expect(allPolicies.some((p) => p.expiresOn === null)).toBe(true);
    expect(allPolicies.some((p) => p.maxSupportYuan === null)).toBe(true);
  });

  it('has about 70% of challenges open, with the rest under review, awarded or closed', () => {
    const open = share(allChallenges, (g) => g.status === 'OPEN');
    expect(open).toBeGreaterThan(0.6);
    expect(open).toBeLessThan(0.8);
    for (const s of ['UNDER_REVIEW', 'AWARDED', 'CLOSED'] as const) expect(allChallenges.some((g) => g.status === s), s).toBe(true);
    expect(allChallenges.some((g) => g.status === 'OPEN' && g.applicationCount === 0)).toBe(true);
  });

  it('has about 15% of rewards negotiable (null)', () => {
    const negotiable = share(allChallenges, (g) => g.rewardYuan === null);
    expect(negotiable).toBeGreaterThan(0.07);
    expect(negotiable).toBeLessThan(0.25);
  });

  it('has amounts that need decimals in 万元', () => {
    expect(allChallenges.some((g) => g.rewardYuan !== null && g.rewardYuan % 10000 !== 0)).toBe(true);
  });
});

describe('text content', () => {
  const texts = allRecords.flatMap((r) =>
    Object.values(r).flatMap((v) => (typeof v === 'string' ? [v] : Array.isArray(v) ? v.filter((x) => typeof x === 'string') : [])),
  );

  it('contains searchable industry words, English terms and 人才公寓 policies', () => {
    const records = allRecords.map((r) => JSON.stringify(r));
    for (const word of ['芯片', '机器人', '人工智能', 'Chiplet', 'AI']) {
      expect(records.filter((t) => t.includes(word)).length, word).toBeGreaterThanOrEqual(5);
    }
    expect(allPolicies.filter((p) => `${p.title}${p.summary}`.includes('人才公寓')).length).toBeGreaterThanOrEqual(3);
  });

  it('contains characters that stress serialisers: & < > quotes commas and newlines', () => {
    for (const ch of ['&', '<', '>', '"', ',', '\n']) expect(texts.some((t) => t.includes(ch)), JSON.stringify(ch)).toBe(true);
  });

  it('has enough variety that titles and names are unique within each member and kind', () => {
    for (const d of all) {
      expect(new Set(d.policies.map((p) => p.title)).size).toBe(d.policies.length);
      expect(new Set(d.carriers.map((c) => c.name)).size).toBe(d.carriers.length);
      expect(new Set(d.challenges.map((g) => g.title)).size).toBe(d.challenges.length);
    }
  });
});

describe('scaling', () => {
  it('gives perKind 2000 exactly 2000 valid records of each kind per member with unique ids', () => {
    const scaled = buildCorridorDataset({ perKind: 2000 });
    for (const m of MEMBERS) {
      const d = scaled.get(m.slug)!;
      expect([d.policies.length, d.carriers.length, d.challenges.length]).toEqual([2000, 2000, 2000]);
      const ids = [...d.policies, ...d.carriers, ...d.challenges].map((r) => r.id);
      expect(new Set(ids).size).toBe(6000);
      expect(validateMember(m, d), m.slug).toEqual([]);
    }
  });

  it('rejects a perKind below the curated count and unknown members', () => {
    expect(() => buildMemberDataset('putuo', { perKind: 5 })).toThrow(RangeError);
    expect(() => buildMemberDataset('putuo', { perKind: 20.5 })).toThrow(RangeError);
    expect(() => buildMemberDataset('hangzhou')).toThrow(/Unknown member/);
  });
});

describe('label helpers', () => {
  it('nativeLabel gives the contract label, or tags[0] for OTHER', () => {
    expect(nativeLabel(CARRIER_KIND, 'INCUBATOR', { tags: ['长三角'] })).toBe('孵化器');
    expect(nativeLabel(CARRIER_KIND, 'OTHER', { tags: ['星创天地', '长三角'] })).toBe('星创天地');
    expect(nativeLabel(INDUSTRY, 'OTHER', { tags: [] })).toBe('其他');
  });

  it('nativeValue inverts labels, mapping unknown labels to OTHER', () => {
    expect(nativeValue(PUBLISHER_KIND, '高校')).toBe('UNIVERSITY');
    expect(nativeValue(PUBLISHER_KIND, '行业协会')).toBe('OTHER');
    expect(nativeValue(INDUSTRY, '集成电路')).toBe('INTEGRATED_CIRCUITS');
    expect(() => nativeValue(CHALLENGE_STATUS, '未知')).toThrow(RangeError);
  });

  it('wanText renders yuan in 万元 with up to two decimals', () => {
    expect(wanText(3550000)).toBe('355');
    expect(wanText(123600)).toBe('12.36');
    expect(wanText(1250000)).toBe('125');
    expect(wanText(50000)).toBe('5');
    expect(wanText(10000000)).toBe('1000');
  });
});
