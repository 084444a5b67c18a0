import { describe, expect, it } from 'vitest';
import {
  ACHIEVEMENT_MATURITY,
  CARRIER_KIND,
  CHALLENGE_STATUS,
  ENTITY_KINDS,
  INDUSTRY,
  parseGlobalId,
  policyStatus,
  PUBLISHER_KIND,
  isVocabulary,
  type AnyRecord,
  type EntityKind,
  type RecordByKind,
} from '../schema/contract.js';
import * as contract from '../schema/contract.js';
import { FIELD_VOCABULARIES, RECORD_FIELDS, TITLE_FIELD, type FieldShape, type FieldType, type VocabularyName } from '../schema/record-fields.js';
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
const LAST_UPDATE = '2026-11-20';
const AREA_CODES: Record<string, string> = {
  putuo: '021', nanjing: '025', wuxi: '0510', changzhou: '0519', suzhou: '0512',
  nantong: '0513', yangzhou: '0514', zhenjiang: '0511', taizhou: '0523',
};
const URL_SEGMENT: Record<EntityKind, string> = {
  policy: 'policies',
  carrier: 'carriers',
  challenge: 'challenges',
  financeProduct: 'finance-products',
  talentService: 'talent-services',
  achievement: 'achievements',
  cooperation: 'cooperation',
  technologyManager: 'technology-managers',
  consortium: 'consortia',
};
// The records' own vocabularies: a tag may well read like a label of the API's (揭榜挂帅).
const STANDARD_LABELS = new Set(Object.values(contract).flatMap((value) => (isVocabulary(value) ? Object.values(value.labels) : [])));
const SLUGS = new Set(MEMBERS.map((m) => m.slug));

const corridor = buildCorridorDataset();
const all = [...corridor.values()];
const recordsOf = <K extends EntityKind>(kind: K, data: Iterable<MemberDataset> = all): RecordByKind[K][] => [...data].flatMap((d) => d[kind]);
const allPolicies = recordsOf('policy');
const allChallenges = recordsOf('challenge');
const allRecords: AnyRecord[] = ENTITY_KINDS.flatMap((kind) => recordsOf(kind));

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

/** The vocabulary fields of a kind (one value or many), from the contract's field types. */
function vocabularyFields(kind: EntityKind): { field: string; vocabulary: VocabularyName; many: boolean }[] {
  const shape: FieldShape = RECORD_FIELDS[kind];
  return Object.entries(shape).flatMap(([field, type]) => {
    if (typeof type !== 'string') return [];
    const match = /^(one|many):(\w+)$/.exec(type);
    return match ? [{ field, vocabulary: match[2] as VocabularyName, many: match[1] === 'many' }] : [];
  });
}

/** How many vocabulary fields of a record hold OTHER. */
function otherCount(kind: EntityKind, record: AnyRecord): number {
  const values = record as unknown as Record<string, unknown>;
  return vocabularyFields(kind).filter(({ field }) => {
    const value = values[field];
    return value === 'OTHER' || (Array.isArray(value) && value.includes('OTHER'));
  }).length;
}

/** Problems with the shape of a value against its contract field type; empty when it conforms. */
function fieldProblems(path: string, type: FieldType | FieldShape, value: unknown): string[] {
  if (typeof type !== 'string') {
    if (typeof value !== 'object' || value === null) return [`${path} must be an object`];
    return Object.entries(type).flatMap(([field, inner]) => fieldProblems(`${path}.${field}`, inner, (value as Record<string, unknown>)[field]));
  }
  const vocabulary = /^(one|many):(\w+)$/.exec(type);
  if (vocabulary) {
    const values: readonly string[] = FIELD_VOCABULARIES[vocabulary[2] as VocabularyName].values;
    if (vocabulary[1] === 'one') return values.includes(value as string) ? [] : [`${path} ${String(value)} is not a contract value`];
    if (!Array.isArray(value) || value.length === 0) return [`${path} must be a non-empty list`];
    if (new Set(value).size !== value.length) return [`${path} has duplicates`];
    return value.filter((v) => !values.includes(v as string)).map((v) => `${path} ${String(v)} is not a contract value`);
  }
  const nonEmptyText = (v: unknown) => typeof v === 'string' && v.trim() !== '';
  switch (type) {
    case 'id':
    case 'text':
      return nonEmptyText(value) ? [] : [`${path} must be non-empty text`];
    case 'optionalText':
      return value === null || nonEmptyText(value) ? [] : [`${path} must be null or non-empty text`];
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? [] : [`${path} must be a number`];
    case 'optionalNumber':
      return value === null || (typeof value === 'number' && Number.isFinite(value)) ? [] : [`${path} must be null or a number`];
    case 'date':
      return isDate(value) ? [] : [`${path} must be a date`];
    case 'optionalDate':
      return value === null || isDate(value) ? [] : [`${path} must be null or a date`];
    case 'dateTime':
      return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/.test(value) && isDate(value.slice(0, 10))
        ? []
        : [`${path} is not YYYY-MM-DDTHH:mm:ss+08:00`];
    case 'money':
      return value === null || (Number.isInteger(value) && (value as number) > 0 && (value as number) % 100 === 0)
        ? []
        : [`${path} must be null or a positive whole multiple of 100`];
    case 'list':
      return Array.isArray(value) && value.every(nonEmptyText) ? [] : [`${path} must be a list of non-empty texts`];
    case 'members':
      return Array.isArray(value) && value.length > 0 && new Set(value).size === value.length && value.every((slug) => SLUGS.has(slug as string))
        ? []
        : [`${path} must list distinct member slugs`];
    case 'challengeRef':
      return [`${path}: records of the dataset carry no challenge reference`];
  }
  return [`${path}: unknown field type ${type}`];
}

/** Problems with one member's records; empty when everything holds. */
function validateMember(member: Member, data: MemberDataset): string[] {
  const problems: string[] = [];
  const fail = (id: string, message: string): void => {
    if (problems.length < 30) problems.push(`${id}: ${message}`);
  };
  const profiled = PROFILES[member.slug] !== undefined;
  const districts = new Set((PROFILES[member.slug]?.districts ?? []).map((d) => d.name));
  const phone = new RegExp(`^${AREA_CODES[member.slug]}-[2-9]\\d{6,7}$`);

  const text = (id: string, field: string, value: unknown): void => {
    if (typeof value !== 'string') return;
    if (/[\r\0]/.test(value)) fail(id, `${field} contains \\r or NUL`);
    if (/[\uD800-\uDFFF]/.test(value)) fail(id, `${field} contains characters outside the BMP`);
  };
  const count = (id: string, field: string, values: readonly unknown[], min: number, max: number): void => {
    if (values.length < min || values.length > max || new Set(values).size !== values.length) fail(id, `${field} must have ${min}-${max} distinct values`);
  };
  const published = (id: string, field: string, value: string, from: string): void => {
    if (value < from || value > LAST_UPDATE) fail(id, `${field} ${value} outside ${from}..${LAST_UPDATE}`);
  };
  const contactOf = (id: string, contact: { name: string | null; phone: string | null; email: string | null }): void => {
    if (contact.name === null) fail(id, 'contact without a name');
    if (profiled && (contact.phone === null || !phone.test(contact.phone))) fail(id, `phone ${String(contact.phone)} does not fit ${member.slug}`);
    if (contact.email !== null && !/^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$/.test(contact.email)) fail(id, `bad email ${contact.email}`);
  };
  const place = (id: string, r: { address: string; district: string; location: { lat: number; lng: number } }): void => {
    // Members added after the founding nine have no profile: their places are generic.
    if (profiled && !districts.has(r.district)) fail(id, `district ${r.district} is not a district of ${member.nameZh}`);
    if (!r.address.includes(r.district)) fail(id, 'address does not name the district');
    const { lat, lng } = r.location;
    if (decimals(lat) > 6 || decimals(lng) > 6) fail(id, 'location not rounded to 6 decimals');
    if (distanceKm(member.centre, r.location) > 20) fail(id, `location ${distanceKm(member.centre, r.location).toFixed(1)} km from the centre`);
  };
  /** The member first, then other members. */
  const leadFirst = (id: string, field: string, slugs: readonly string[], max: number): void => {
    if (slugs[0] !== member.slug) fail(id, `${field} does not start with ${member.slug}`);
    count(id, field, slugs, 2, max);
  };

  const seen = new Set<string>();
  for (const kind of ENTITY_KINDS) {
    for (const r of data[kind]) {
      const parts = parseGlobalId(r.id);
      if (!parts || parts.city !== member.slug || parts.kind !== kind) {
        fail(r.id, `id is not a global id of this member and ${kind}`);
        continue;
      }
      if (!/^[A-Za-z0-9-]+$/.test(parts.localId)) fail(r.id, 'local id has characters outside [A-Za-z0-9-]');
      if (seen.has(r.id)) fail(r.id, 'duplicate id');
      seen.add(r.id);
      if (r.city !== member.slug) fail(r.id, 'city is not the member slug');
      if (r.url !== `${member.portalUrl}/${URL_SEGMENT[kind]}/${parts.localId}`) fail(r.id, `unexpected url ${r.url}`);
      const fields: FieldShape = RECORD_FIELDS[kind];
      const values = r as unknown as Record<string, unknown>;
      for (const field of Object.keys(values)) if (field !== 'city' && !(field in fields)) fail(r.id, `${field} is not a contract field`);
      for (const [field, type] of Object.entries(fields)) {
        for (const problem of fieldProblems(field, type, values[field])) fail(r.id, problem);
        text(r.id, field, values[field]);
      }
      if (r.sourceUpdatedAt.slice(0, 10) > LAST_UPDATE) fail(r.id, 'sourceUpdatedAt is after the dataset date');
      if (r.tags.length > 3 || new Set(r.tags).size !== r.tags.length) fail(r.id, 'tags must be at most 3 distinct labels');
      for (const t of r.tags) if (STANDARD_LABELS.has(t)) fail(r.id, `tag "${t}" equals a standard vocabulary label`);
      const others = otherCount(kind, r);
      if (others > 1) fail(r.id, 'more than one vocabulary field is OTHER');
      if (others === 1 && (r.tags[0] === undefined || r.tags[0] === '')) fail(r.id, 'OTHER value without its label as tags[0]');
      if ('industries' in r) count(r.id, 'industries', r.industries, 1, 3);
    }
  }

  for (const p of data.policy) {
    if (p.docNumber !== null && !/〔20\d{2}〕\d+号$/.test(p.docNumber)) fail(p.id, `docNumber ${p.docNumber} is not 字〔年〕号`);
    published(p.id, 'publishedOn', p.publishedOn, '2021-01-01');
    if (p.effectiveFrom !== null && p.effectiveFrom < p.publishedOn) fail(p.id, 'bad effectiveFrom');
    const start = p.effectiveFrom ?? p.publishedOn;
    if (p.expiresOn !== null && p.expiresOn <= start) fail(p.id, 'bad expiresOn');
    count(p.id, 'categories', p.categories, 1, 3);
  }

  for (const c of data.carrier) {
    place(c.id, c);
    if (!Number.isInteger(c.floorArea) || c.floorArea < 500 || c.floorArea > 200000) fail(c.id, `floorArea ${c.floorArea} outside 500-200000`);
    if (!Number.isInteger(c.freeArea) || c.freeArea < 0 || c.freeArea > c.floorArea) fail(c.id, 'freeArea outside 0..floorArea');
    count(c.id, 'services', c.services, 2, 5);
    contactOf(c.id, c.contact);
  }

  for (const g of data.challenge) {
    published(g.id, 'publishedOn', g.publishedOn, '2025-01-01');
    if (g.deadline < g.publishedOn) fail(g.id, 'deadline before publishedOn');
    if (g.status === 'OPEN' && (g.deadline < '2027-01-01' || g.deadline > '2028-12-31')) fail(g.id, 'OPEN deadline outside 2027-2028');
    if (g.status !== 'OPEN' && g.deadline >= REFERENCE_DATE) fail(g.id, 'closed-for-entries challenge with a future deadline');
    if (!Number.isInteger(g.applicationCount) || g.applicationCount < 0 || g.applicationCount > 30) fail(g.id, 'applicationCount outside 0-30');
    count(g.id, 'technologyManagerIds', g.technologyManagerIds, 0, 2);
    for (const id of g.technologyManagerIds) if (parseGlobalId(id)?.kind !== 'technologyManager') fail(g.id, `${id} is not a technology manager's id`);
  }

  for (const f of data.financeProduct) {
    published(f.id, 'publishedOn', f.publishedOn, '2023-01-01');
    if (f.minAmountYuan !== null && f.maxAmountYuan !== null && f.minAmountYuan > f.maxAmountYuan) fail(f.id, 'minAmountYuan above maxAmountYuan');
    if (f.termMonths !== null && (!Number.isInteger(f.termMonths) || f.termMonths < 1 || f.termMonths > 240)) fail(f.id, `termMonths ${f.termMonths}`);
    if (f.servingMembers[0] !== member.slug && !f.servingMembers.includes(member.slug)) fail(f.id, 'servingMembers leaves out its own member');
    contactOf(f.id, f.contact);
  }

  for (const t of data.talentService) {
    place(t.id, t);
    published(t.id, 'publishedOn', t.publishedOn, '2024-01-01');
    if (t.capacity !== null && (!Number.isInteger(t.capacity) || t.capacity < 1)) fail(t.id, `capacity ${t.capacity}`);
    contactOf(t.id, t.contact);
  }

  for (const a of data.achievement) {
    published(a.id, 'publishedOn', a.publishedOn, '2023-01-01');
    const range = TRL_BY_MATURITY[a.maturity];
    if (a.trl !== null && (range === null || !Number.isInteger(a.trl) || a.trl < range[0] || a.trl > range[1])) {
      fail(a.id, `trl ${a.trl} does not fit ${a.maturity}`);
    }
    count(a.id, 'transferModes', a.transferModes, 1, 3);
    for (const patent of a.patents) if (!isPatentNumber(patent)) fail(a.id, `${patent} is not a patent number with its check digit`);
    contactOf(a.id, a.contact);
  }

  for (const k of data.cooperation) {
    leadFirst(k.id, 'members', k.members, 5);
    count(k.id, 'partners', k.partners, 1, 6);
    if (k.partners.includes(k.leadOrganization)) fail(k.id, 'the lead is also a partner');
    if (k.startedOn !== null && k.endsOn !== null && k.endsOn < k.startedOn) fail(k.id, 'endsOn before startedOn');
    if (k.status === 'COMPLETED' && (k.endsOn === null || k.endsOn >= REFERENCE_DATE)) fail(k.id, 'completed without a past end');
    if (k.status === 'IN_PROGRESS' && (k.startedOn === null || k.startedOn >= REFERENCE_DATE)) fail(k.id, 'in progress without a past start');
    if (k.status === 'IN_PROGRESS' && k.endsOn !== null && k.endsOn < REFERENCE_DATE) fail(k.id, 'in progress but already ended');
    if (k.status === 'PLANNED' && k.startedOn !== null && k.startedOn < REFERENCE_DATE) fail(k.id, 'planned but already started');
    if (k.cooperationKind === 'CONSORTIUM_TASK' && k.consortiumCode === null) fail(k.id, 'a consortium task without its consortium');
  }

  for (const m of data.technologyManager) {
    count(m.id, 'technicalFields', m.technicalFields, 1, 3);
    count(m.id, 'certifications', m.certifications, 1, 3);
    count(m.id, 'services', m.services, 2, 4);
    if (m.contact.name !== m.name) fail(m.id, 'a manager is their own contact');
    contactOf(m.id, m.contact);
  }

  for (const c of data.consortium) {
    if (!/^YHN-LHT-20\d{2}-[A-Z0-9]{3,}$/.test(c.code)) fail(c.id, `code ${c.code} is not a corridor code`);
    if (c.code.slice(8, 12) !== c.foundedOn.slice(0, 4)) fail(c.id, 'code year is not the founding year');
    leadFirst(c.id, 'members', c.members, 5);
    count(c.id, 'partners', c.partners, 2, 6);
    if (c.partners.includes(c.leadOrganization)) fail(c.id, 'the lead is also a partner');
    if (c.foundedOn < '2025-10-26' || c.foundedOn > LAST_UPDATE) fail(c.id, 'founded before the first consortia or after the dataset date');
  }
  return problems;
}

/** The readiness levels a stage allows; an unmapped stage has none. */
const TRL_BY_MATURITY: Record<keyof typeof ACHIEVEMENT_MATURITY.labels, readonly [number, number] | null> = {
  LABORATORY: [1, 4],
  PROTOTYPE: [4, 6],
  PILOT: [6, 7],
  SMALL_BATCH: [7, 8],
  INDUSTRIALISED: [8, 9],
  OTHER: null,
};

/** ZL + year, type and serial (12 digits) + '.' + the check digit of CNIPA application numbers. */
function isPatentNumber(text: string): boolean {
  const match = /^ZL(20[12]\d[123]\d{7})\.([\dX])$/.exec(text);
  if (!match) return false;
  const weights = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];
  const sum = [...match[1]!].reduce((total, digit, i) => total + Number(digit) * weights[i]!, 0) % 11;
  return match[2] === (sum === 10 ? 'X' : String(sum));
}

function share<T>(items: readonly T[], predicate: (item: T) => boolean): number {
  return items.filter(predicate).length / items.length;
}

function hasOther(r: AnyRecord): boolean {
  return Object.values(r).some((v) => v === 'OTHER' || (Array.isArray(v) && v.includes('OTHER')));
}

/** Every consortium code a record cites (challenges, achievements, cooperation items), with the citing record. */
function citedCodes(data: Iterable<MemberDataset>): { record: AnyRecord; code: string }[] {
  return [...data].flatMap((d) =>
    [...d.challenge, ...d.achievement, ...d.cooperation].flatMap((record) => (record.consortiumCode === null ? [] : [{ record, code: record.consortiumCode }])),
  );
}

/** Problems with what records cite: every code and manager id names a record of this corridor build, a task starts after its consortium. */
function citationProblems(data: ReadonlyMap<string, MemberDataset>): string[] {
  const consortia = new Map(recordsOf('consortium', data.values()).map((c) => [c.code, c]));
  const managers = new Set(recordsOf('technologyManager', data.values()).map((m) => m.id));
  const problems: string[] = [];
  for (const { record, code } of citedCodes(data.values())) {
    const consortium = consortia.get(code);
    if (!consortium) problems.push(`${record.id} cites ${code}, which no consortium has`);
    else if (!consortium.members.includes(record.city)) problems.push(`${record.id} cites ${code}, whose members leave out ${record.city}`);
    else if ('cooperationKind' in record && record.cooperationKind === 'CONSORTIUM_TASK' && record.startedOn !== null && record.startedOn < consortium.foundedOn) {
      problems.push(`${record.id} starts before its consortium ${code} was founded`);
    }
  }
  for (const g of recordsOf('challenge', data.values())) {
    for (const id of g.technologyManagerIds) if (!managers.has(id)) problems.push(`${g.id} cites ${id}, which does not exist`);
  }
  return problems.slice(0, 20);
}

// ---------------------------------------------------------------------------------------------

describe('default corridor dataset sizes', () => {
  const founders = (): MemberDataset[] => Object.keys(DEFAULT_SIZES).map((slug) => dataset(slug));

  it('has the 三张清单 corridor-wide: 311 carriers (resources), 298 challenges (demands), 196 cooperation items', () => {
    expect(founders()).toHaveLength(9);
    expect(recordsOf('carrier', founders())).toHaveLength(311);
    expect(recordsOf('challenge', founders())).toHaveLength(298);
    expect(recordsOf('cooperation', founders())).toHaveLength(196);
  });

  it('has the 74 technology managers of the alliance, from every member city', () => {
    expect(recordsOf('technologyManager', founders())).toHaveLength(74);
    for (const d of founders()) expect(d.technologyManager.length).toBeGreaterThanOrEqual(5);
  });

  it('has about 30 finance products, 40 talent services, 120 achievements and a handful of consortia', () => {
    expect(recordsOf('financeProduct', founders())).toHaveLength(30);
    expect(recordsOf('talentService', founders())).toHaveLength(40);
    expect(recordsOf('achievement', founders())).toHaveLength(120);
    expect(recordsOf('consortium', founders())).toHaveLength(8);
  });

  it('gives every member every kind, exactly its DEFAULT_SIZES, keyed by slug in registry order', () => {
    expect([...corridor.keys()]).toEqual(MEMBERS.map((m) => m.slug));
    for (const [slug, d] of corridor) {
      expect(Object.keys(d), slug).toEqual([...ENTITY_KINDS]);
      if (!DEFAULT_SIZES[slug]) continue; // a member added later has the generator's fallback sizes
      expect({ slug, ...Object.fromEntries(ENTITY_KINDS.map((kind) => [kind, d[kind].length])) }).toEqual({ slug, ...DEFAULT_SIZES[slug] });
    }
  });

  it('has at least 20 policies per member', () => {
    for (const d of all) expect(d.policy.length).toBeGreaterThanOrEqual(20);
  });

  // The resource and demand lists; Putuo, the corridor's 始发站, leads the most cooperation and publishes the loans.
  it('makes Suzhou and Nanjing the two largest members in policies, carriers and challenges', () => {
    for (const kind of ['policy', 'carrier', 'challenge'] as const) {
      const ranked = [...corridor.entries()].sort((a, b) => b[1][kind].length - a[1][kind].length).map(([slug]) => slug);
      expect(ranked.slice(0, 2).sort()).toEqual(['nanjing', 'suzhou']);
    }
  });

  it("gives Putuo exactly the document's 20 carriers by kind and level", () => {
    const counts: Record<string, number> = {};
    for (const c of dataset('putuo').carrier) counts[`${c.kind}/${c.level}`] = (counts[`${c.kind}/${c.level}`] ?? 0) + 1;
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
  const names = (slug: string): string[] => dataset(slug).carrier.map((c) => c.name);
  const titles = (slug: string, kind: 'policy' | 'challenge'): string[] => dataset(slug)[kind].map((r) => r.title);

  it('lists the named institutions and carriers in their members', () => {
    const zijinshan = dataset('nanjing').carrier.find((c) => c.name === '紫金山实验室');
    expect(zijinshan).toMatchObject({ kind: 'LABORATORY', level: 'NATIONAL', district: '江宁区' });
    expect(names('suzhou')).toContain('姑苏实验室');
    expect(dataset('wuxi').carrier.find((c) => c.name === '无锡市产业创新研究院')?.kind).toBe('RESEARCH_INSTITUTE');
    expect(names('wuxi')).toContain('芯光互连研究院');
    expect(dataset('changzhou').carrier.find((c) => c.name === '常州市科教城')?.kind).toBe('TECH_PARK');
    expect(names('nantong')).toContain('南通市北生物医药和生命健康研究院');
    expect(names('zhenjiang').some((n) => n.includes('京口大禹山'))).toBe(true);
    const chuangxinli = dataset('putuo').carrier.find((c) => c.name.includes('创新里'));
    expect(chuangxinli?.address).toContain('武宁路801号');
    expect(chuangxinli?.floorArea).toBe(3248);
    for (const name of ['信泰中心', '上海清华国际创新中心', '上海机器人产业技术研究院', '上海市测绘院']) {
      expect(names('putuo').some((n) => n.includes(name)), name).toBe(true);
    }
    expect(names('putuo').some((n) => /中以[（(]上海[）)]创新园/.test(n))).toBe(true);
  });

  it('includes the consortium challenges, citing their consortia, and Putuo policies', () => {
    const chiplet = dataset('wuxi').challenge.find((g) => g.title.includes('Chiplet集成技术'));
    expect(chiplet).toMatchObject({ publisher: '无锡中微高科电子有限公司', status: 'OPEN', consortiumCode: 'YHN-LHT-2025-002' });
    const polyolefin = dataset('putuo').challenge.find((g) => g.title.includes('聚烯烃先进材料'));
    expect(polyolefin?.publisher).toContain('上海化工研究院');
    expect(polyolefin?.consortiumCode).toBe('YHN-LHT-2025-001');
    expect(allPolicies.some((p) => p.title.includes('沿沪宁创新贷'))).toBe(true);
    expect(dataset('putuo').policy.map((p) => p.docNumber)).toEqual(expect.arrayContaining(['普府〔2025〕19号', '普科委〔2025〕22号']));
    expect(titles('putuo', 'policy').some((t) => t.includes('人才公寓'))).toBe(true);
    expect(titles('putuo', 'policy').some((t) => t.includes('概念验证'))).toBe(true);
    expect(titles('putuo', 'policy').some((t) => t.includes('中试平台'))).toBe(true);
  });

  it("has both corridor loans with their banks, serving all nine members, on Putuo's platform", () => {
    const loans = dataset('putuo').financeProduct;
    expect(loans.find((f) => f.name === '沿沪宁创新贷')).toMatchObject({ lender: '上海银行', productKind: 'CREDIT_LOAN', servingMembers: MEMBERS.map((m) => m.slug) });
    expect(loans.find((f) => f.name === '沿沪宁产业创新贷')).toMatchObject({ lender: '江苏银行', productKind: 'CREDIT_LOAN', servingMembers: MEMBERS.map((m) => m.slug) });
    const elsewhere = all.filter((d) => d !== dataset('putuo')).flatMap((d) => d.financeProduct.map((f) => f.name));
    expect(elsewhere).not.toContain('沿沪宁创新贷');
  });

  it("has Putuo's talent services for corridor talent: the rent-free short-stay apartment, business trips and institute visits", () => {
    const services = dataset('putuo').talentService;
    expect(services.find((t) => t.name.includes('人才公寓') && t.name.includes('免租'))?.serviceKind).toBe('TALENT_APARTMENT');
    expect(services.find((t) => t.name.includes('商务出差'))?.serviceKind).toBe('SHORT_STAY');
    expect(services.find((t) => t.name.includes('院所对接'))?.serviceKind).toBe('INSTITUTE_VISIT');
  });

  it('has both first consortia with their lead, role, partners and corridor codes, each in its lead’s member', () => {
    expect(dataset('putuo').consortium.find((c) => c.name === '聚烯烃先进材料创新联合体')).toMatchObject({
      code: 'YHN-LHT-2025-001',
      leadOrganization: '上海化工研究院有限公司',
      leadRole: 'CHAIN_LEADER',
      partners: expect.arrayContaining(['上海交通大学', '华谊集团']),
      members: expect.arrayContaining(['putuo']),
      foundedOn: '2025-10-26',
    });
    const polyolefin = dataset('putuo').consortium.find((c) => c.code === 'YHN-LHT-2025-001')!;
    // The Jiangsu company that built the kiloton cyclic-olefin-copolymer line on the institute's catalyst.
    expect(polyolefin.partners.some((p) => p.startsWith('江苏'))).toBe(true);
    expect(polyolefin.members.some((slug) => slug !== 'putuo')).toBe(true);
    expect(dataset('wuxi').consortium.find((c) => c.name === 'Chiplet集成技术创新联合体')).toMatchObject({
      code: 'YHN-LHT-2025-002',
      leadOrganization: '无锡中微高科电子有限公司',
      leadRole: 'ALLIANCE_LEADER',
      partners: ['复旦大学', '江南大学', '芯光互连研究院'],
      members: expect.arrayContaining(['wuxi']),
      foundedOn: '2025-10-26',
    });
  });

  it('has the native Chiplet standard as an achievement of its consortium, and consortium tasks citing their codes', () => {
    expect(dataset('wuxi').achievement.find((a) => a.title.includes('Chiplet') && a.owner === '芯光互连研究院')).toMatchObject({
      consortiumCode: 'YHN-LHT-2025-002',
      maturity: 'INDUSTRIALISED',
    });
    const tasks = recordsOf('cooperation').filter((k) => k.cooperationKind === 'CONSORTIUM_TASK');
    expect(tasks.some((k) => k.city === 'putuo' && k.consortiumCode === 'YHN-LHT-2025-001')).toBe(true);
    expect(tasks.some((k) => k.city === 'wuxi' && k.consortiumCode === 'YHN-LHT-2025-002')).toBe(true);
    expect(dataset('putuo').cooperation.some((k) => k.title.includes('链式联盟') && k.cooperationKind === 'INDUSTRY_CHAIN')).toBe(true);
    expect(dataset('putuo').cooperation.some((k) => k.summary.includes('45%'))).toBe(true);
  });

  it("has curated technology managers in every member, the one behind 上海蓝鸟's corridor contracts cited by its challenge", () => {
    for (const d of all.slice(0, 9)) expect(d.technologyManager[0]?.organization, d.technologyManager[0]?.city).toBeTruthy();
    const lanniao = dataset('putuo').challenge.find((g) => g.publisher === '上海蓝鸟信息科技有限公司')!;
    const cited = lanniao.technologyManagerIds.map((id) => recordsOf('technologyManager').find((m) => m.id === id)!);
    expect(cited.some((m) => m.profile.includes('上海蓝鸟信息科技有限公司') && m.profile.includes('4400万元'))).toBe(true);
    expect(cited.some((m) => m.city !== 'putuo')).toBe(true);
  });

  it('puts curated records first with stable ids, Putuo having the most', () => {
    expect(dataset('nanjing').carrier[0]).toMatchObject({ id: 'nanjing:carrier:NJ-C-000001', name: '紫金山实验室' });
    expect(dataset('wuxi').challenge[0]?.id).toBe('wuxi:challenge:WX-G-000001');
    expect(dataset('putuo').policy[0]?.id).toBe('putuo:policy:PT-P-000001');
    expect(dataset('putuo').financeProduct[0]?.id).toBe('putuo:financeProduct:PT-F-000001');
    expect(dataset('wuxi').consortium[0]?.id).toBe('wuxi:consortium:WX-L-000001');
    expect(dataset('putuo').technologyManager[0]?.id).toBe('putuo:technologyManager:PT-M-000001');
    const other = buildMemberDataset('nanjing', { seed: 7 });
    expect(other.carrier[0]).toEqual(dataset('nanjing').carrier[0]);
    expect(other.technologyManager.slice(0, 2)).toEqual(dataset('nanjing').technologyManager.slice(0, 2));
  });
});

describe('citations across the corridor', () => {
  it('makes every id unique across kinds and members, and every consortium code unique', () => {
    const ids = allRecords.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    const codes = recordsOf('consortium').map((c) => c.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('cites only consortia that exist and include the citing member, and managers that exist', () => {
    expect(citationProblems(corridor)).toEqual([]);
  });

  it('has a share of challenges citing a consortium and most naming 0–2 managers from several cities', () => {
    expect(share(allChallenges, (g) => g.consortiumCode !== null)).toBeGreaterThan(0.03);
    expect(share(allChallenges, (g) => g.consortiumCode !== null)).toBeLessThan(0.3);
    expect(allChallenges.some((g) => g.technologyManagerIds.length === 0)).toBe(true);
    expect(allChallenges.some((g) => g.technologyManagerIds.length === 2)).toBe(true);
    const citedCities = new Set(allChallenges.flatMap((g) => g.technologyManagerIds.map((id) => parseGlobalId(id)!.city)));
    expect(citedCities.size).toBeGreaterThanOrEqual(5);
    expect(allChallenges.some((g) => g.technologyManagerIds.some((id) => parseGlobalId(id)!.city !== g.city))).toBe(true);
  });

  it('has achievements and cooperation items citing consortia too', () => {
    expect(recordsOf('achievement').filter((a) => a.consortiumCode !== null).length).toBeGreaterThanOrEqual(3);
    expect(recordsOf('cooperation').filter((k) => k.consortiumCode !== null).length).toBeGreaterThanOrEqual(5);
  });

  it('keeps citations valid in scaled builds and with another seed', () => {
    expect(citationProblems(buildCorridorDataset({ perKind: 40 }))).toEqual([]);
    expect(citationProblems(buildCorridorDataset({ seed: 42 }))).toEqual([]);
  });
});

describe('determinism', () => {
  it('builds byte-identical output for the same options', () => {
    expect(JSON.stringify([...buildCorridorDataset()])).toBe(JSON.stringify([...corridor]));
    expect(buildCorridorDataset({ seed: 42 })).toEqual(buildCorridorDataset({ seed: 42 }));
  });

  it('builds a member alone exactly as its slice of the corridor', () => {
    for (const m of MEMBERS) expect(buildMemberDataset(m.slug)).toEqual(dataset(m.slug));
    expect(buildMemberDataset('suzhou', { perKind: 50 })).toEqual(buildCorridorDataset({ perKind: 50 }).get('suzhou'));
  });

  it('uses DEFAULT_SEED by default and changes generated records of every kind with another seed', () => {
    expect(buildMemberDataset('suzhou', { seed: DEFAULT_SEED })).toEqual(dataset('suzhou'));
    const reseeded = buildMemberDataset('suzhou', { seed: 1 });
    for (const kind of ENTITY_KINDS) {
      if (dataset('suzhou')[kind].length > 2) expect(reseeded[kind].slice(2), kind).not.toEqual(dataset('suzhou')[kind].slice(2));
    }
  });

  it('keeps the default records of every kind as a prefix of a scaled build', () => {
    const scaled = buildMemberDataset('nanjing', { perKind: 300 });
    const d = dataset('nanjing');
    for (const kind of ENTITY_KINDS) expect(scaled[kind].slice(0, d[kind].length), kind).toEqual(d[kind]);
  });

  it('hands out fresh copies, so one consumer cannot change another consumer’s records', () => {
    const a = buildMemberDataset('putuo');
    a.carrier[0]!.tags.push('改动');
    a.consortium[0]!.partners.push('改动');
    a.financeProduct[0]!.servingMembers.pop();
    const b = buildMemberDataset('putuo');
    expect(b.carrier[0]!.tags).not.toContain('改动');
    expect(b.consortium[0]!.partners).not.toContain('改动');
    expect(b.financeProduct[0]!.servingMembers).toHaveLength(MEMBERS.length);
  });
});

describe('record completeness', () => {
  it('validates every field of every record of every member', () => {
    for (const m of MEMBERS) expect(validateMember(m, dataset(m.slug)), m.slug).toEqual([]);
  });

  it('holds only contract values in every vocabulary field; OTHER carries its own label in tags[0], which nativeLabel returns', () => {
    let others = 0;
    for (const kind of ENTITY_KINDS) {
      for (const { field, vocabulary, many } of vocabularyFields(kind)) {
        const vocab = FIELD_VOCABULARIES[vocabulary];
        for (const record of recordsOf(kind)) {
          const value = (record as unknown as Record<string, unknown>)[field];
          const values = (many ? value : [value]) as string[];
          for (const v of values) expect((vocab.values as readonly string[]).includes(v), `${record.id} ${field}`).toBe(true);
          if (!values.includes('OTHER')) continue;
          others++;
          expect(STANDARD_LABELS.has(record.tags[0] ?? '')).toBe(false);
          expect(nativeLabel<string>(vocab, 'OTHER', record), `${record.id} ${field}`).toBe(record.tags[0]);
        }
      }
    }
    expect(others).toBeGreaterThan(0);
  });

  it('keeps OTHER to a few percent of records', () => {
    const s = share(allRecords, hasOther);
    expect(s).toBeGreaterThan(0.01);
    expect(s).toBeLessThan(0.1);
  });

  it('gives every member an OTHER in its larger kinds’ main vocabularies, and the corridor one in every vocabulary', () => {
    for (const [slug, d] of corridor) {
      expect(d.challenge.some((g) => g.publisherKind === 'OTHER'), slug).toBe(true);
      expect(d.policy.some((p) => p.categories.includes('OTHER')), slug).toBe(true);
      // Putuo's 20 carriers are fixed by the document, so its OTHER carrier value is an industry.
      if (slug === 'putuo') expect(d.carrier.some((c) => c.industries.includes('OTHER')), slug).toBe(true);
      else expect(d.carrier.some((c) => c.kind === 'OTHER'), slug).toBe(true);
      expect(d.achievement.some((a) => a.maturity === 'OTHER'), slug).toBe(true);
      expect(d.cooperation.some((k) => k.cooperationKind === 'OTHER'), slug).toBe(true);
    }
    // Finance products, talent services and consortia are a handful per member: OTHER is left to chance, seen in a larger build.
    const larger = buildCorridorDataset({ perKind: 60 });
    for (const kind of ENTITY_KINDS) {
      for (const { field, vocabulary } of vocabularyFields(kind)) {
        if (!FIELD_VOCABULARIES[vocabulary].values.some((v) => v === 'OTHER')) continue;
        const values = recordsOf(kind, larger.values()).flatMap((r) => (r as unknown as Record<string, unknown>)[field]);
        expect(values, `${kind}.${field}`).toContain('OTHER');
      }
    }
  });

  it('keeps 普陀区 as the only district of Putuo, with its street areas in addresses', () => {
    const putuo = [...dataset('putuo').carrier, ...dataset('putuo').talentService];
    expect(new Set(putuo.map((c) => c.district))).toEqual(new Set(['普陀区']));
    expect(putuo.some((c) => /长风|桃浦|真如/.test(c.address))).toBe(true);
  });

  it('biases industries towards each member’s leading industries', () => {
    for (const m of MEMBERS) {
      const d = dataset(m.slug);
      const firsts = ENTITY_KINDS.flatMap((kind) => d[kind].flatMap((r) => ('industries' in r ? [r.industries[0]] : [])));
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

  it('has a share of amounts negotiable (null): rewards, asking prices, loan ceilings', () => {
    const negotiable = share(allChallenges, (g) => g.rewardYuan === null);
    expect(negotiable).toBeGreaterThan(0.07);
    expect(negotiable).toBeLessThan(0.25);
    const asking = share(recordsOf('achievement'), (a) => a.askingPriceYuan === null);
    expect(asking).toBeGreaterThan(0.15);
    expect(asking).toBeLessThan(0.55);
    expect(recordsOf('financeProduct').some((f) => f.maxAmountYuan === null)).toBe(true);
  });

  it('has amounts that need decimals in 万元', () => {
    expect(allChallenges.some((g) => g.rewardYuan !== null && g.rewardYuan % 10000 !== 0)).toBe(true);
  });

  it('has cooperation items planned, in progress and completed, and achievements at every stage', () => {
    for (const status of ['PLANNED', 'IN_PROGRESS', 'COMPLETED'] as const) {
      expect(recordsOf('cooperation').some((k) => k.status === status), status).toBe(true);
    }
    for (const maturity of ACHIEVEMENT_MATURITY.values) expect(recordsOf('achievement').some((a) => a.maturity === maturity), maturity).toBe(true);
    expect(recordsOf('achievement').some((a) => a.trl === null && a.maturity !== 'OTHER')).toBe(true);
    expect(recordsOf('achievement').some((a) => a.transferModes.length === 3)).toBe(true);
  });

  it('lists cooperation members as the lead member then one to four others, some corridor-wide products and none dated after the data', () => {
    const others = recordsOf('cooperation').map((k) => k.members.length - 1);
    expect(Math.min(...others)).toBe(1);
    expect(Math.max(...others)).toBe(4);
    expect(recordsOf('financeProduct').filter((f) => f.servingMembers.length === MEMBERS.length).length).toBeGreaterThan(2);
    expect(allRecords.every((r) => r.sourceUpdatedAt.slice(0, 10) <= LAST_UPDATE)).toBe(true);
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

  // People share names, so technology managers are left out.
  it('has enough variety that titles and names are unique within each member and kind', () => {
    for (const d of all) {
      for (const kind of ENTITY_KINDS.filter((k) => k !== 'technologyManager')) {
        const titles = d[kind].map((r) => (r as unknown as Record<string, string>)[TITLE_FIELD[kind]]);
        expect(new Set(titles).size, `${kind} of ${d[kind][0]?.city}`).toBe(titles.length);
      }
    }
  });
});

describe('scaling', () => {
  it('gives perKind 1000 exactly 1000 valid records of every kind per member with unique ids and valid citations', () => {
    const scaled = buildCorridorDataset({ perKind: 1000 });
    for (const m of MEMBERS) {
      const d = scaled.get(m.slug)!;
      expect(ENTITY_KINDS.map((kind) => d[kind].length)).toEqual(ENTITY_KINDS.map(() => 1000));
      const ids = ENTITY_KINDS.flatMap((kind) => d[kind].map((r) => r.id));
      expect(new Set(ids).size).toBe(1000 * ENTITY_KINDS.length);
      expect(validateMember(m, d), m.slug).toEqual([]);
    }
    expect(citationProblems(scaled)).toEqual([]);
  });

  it('rejects a perKind below the curated count and unknown members', () => {
    expect(() => buildMemberDataset('putuo', { perKind: 5 })).toThrow(/"putuo"/);
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
