/**
 * Deterministic generator that completes a member's curated records to the requested size.
 *
 * One PRNG stream per (seed, member, kind), consumed strictly in record order, and another for
 * what the records cite (citations.ts); the only state carried between records is what keeps a
 * platform consistent (used names, used document numbers). Consequences:
 * - a member's output depends on other members only through what it cites and the partners it
 *   names from their profiles;
 * - the first N generated records are the same whatever the total, so the default dataset is a
 *   prefix of every larger one (per member and kind);
 * - no clock, no Math.random(): byte-identical output for the same options.
 */
import {
  globalId,
  INDUSTRY,
  type CarrierKind,
  type CarrierLevel,
  type CarrierRecord,
  type ChallengeRecord,
  type ChallengeStatus,
  type Contact,
  type EntityKind,
  type GeoPoint,
  type Industry,
  type PolicyCategory,
  type PolicyRecord,
  type PublisherKind,
  type RecordByKind,
} from '../../schema/contract.js';
import { recordUrl } from '../../schema/member-links.js';
import type { Member } from '../../schema/registry.js';
import {
  CARRIER_TAGS,
  CHALLENGE_TAGS,
  GENERIC_CARRIER_SERVICES,
  GIVEN_NAMES,
  INDUSTRY_PHRASES,
  KIND_SERVICES,
  OTHER_CARRIER_KIND_LABELS,
  OTHER_CARRIER_LEVEL_LABELS,
  OTHER_INDUSTRY_LABELS,
  OTHER_INDUSTRY_PHRASES,
  OTHER_POLICY_CATEGORY_LABELS,
  OTHER_PUBLISHER_KIND_LABELS,
  POLICY_TAGS,
  PROFILES,
  SURNAMES,
  type DistrictInfo,
  type IndustryPhrases,
  type Issuer,
  type IssuerRole,
  type MemberProfile,
  type StdIndustry,
} from './phrases.js';
import { Citer, NOTHING_CITABLE, type Citable } from './citations.js';
import { deriveSeed, Rng } from './random.js';

/** The day the dataset's statuses are designed around (policies: expired / in effect / upcoming). */
export const REFERENCE_DATE = '2026-11-21';
/** Latest date any record was published or updated. */
export const LAST_UPDATE = '2026-11-20';

// ---------------------------------------------------------------------------------------------
// Calendar helpers (proleptic Gregorian, day numbers since 1970-01-01; no Date object needed)
// ---------------------------------------------------------------------------------------------

export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function civilFromDays(days: number): [number, number, number] {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return [y, m, d];
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

export function isoDate(days: number): string {
  const [y, m, d] = civilFromDays(days);
  return `${y}-${pad2(m)}-${pad2(d)}`;
}

export function dayOf(date: string): number {
  return daysFromCivil(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)));
}

/** The day before the same calendar day `years` later (a policy valid for N years). */
function plusYearsMinusOneDay(days: number, years: number): number {
  const [y, m, d] = civilFromDays(days);
  return daysFromCivil(y + years, m, m === 2 && d === 29 ? 28 : d) - 1;
}

/** Moves Saturday/Sunday to the preceding Friday (offices publish on working days). */
export function workday(days: number): number {
  const dow = (((days + 4) % 7) + 7) % 7; // 0 = Sunday
  if (dow === 6) return days - 1;
  if (dow === 0) return days - 2;
  return days;
}

export function randomDay(r: Rng, from: string | number, to: string | number): number {
  const a = typeof from === 'string' ? dayOf(from) : from;
  const b = typeof to === 'string' ? dayOf(to) : to;
  return r.int(a, Math.max(a, b));
}

export function timestamp(r: Rng, day: number): string {
  const minutes = r.int(8 * 60 + 30, 20 * 60);
  return `${isoDate(day)}T${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}:${pad2(r.int(0, 59))}+08:00`;
}

/** When a record published on `day` was last updated: within `maxLagDays`, never after the dataset's last day. */
export function updatedAfter(r: Rng, day: number, maxLagDays: number): string {
  return timestamp(r, randomDay(r, day, Math.min(dayOf(LAST_UPDATE), day + maxLagDays)));
}

// ---------------------------------------------------------------------------------------------
// Shared helpers
// ---------------------------------------------------------------------------------------------

export const STD_INDUSTRIES: readonly StdIndustry[] = INDUSTRY.values.filter((v): v is StdIndustry => v !== 'OTHER');

const RELATED: Record<StdIndustry, readonly StdIndustry[]> = {
  INTEGRATED_CIRCUITS: ['ARTIFICIAL_INTELLIGENCE', 'INTELLIGENT_VEHICLES', 'NEW_MATERIALS'],
  BIOMEDICINE: ['DIGITAL_HEALTH', 'NEW_MATERIALS', 'ARTIFICIAL_INTELLIGENCE'],
  ARTIFICIAL_INTELLIGENCE: ['INTELLIGENT_SOFTWARE', 'ROBOTICS', 'INTEGRATED_CIRCUITS'],
  NEW_ENERGY: ['INTELLIGENT_VEHICLES', 'NEW_MATERIALS', 'INTELLIGENT_MANUFACTURING'],
  NEW_MATERIALS: ['NEW_ENERGY', 'INTEGRATED_CIRCUITS', 'BIOMEDICINE'],
  INTELLIGENT_MANUFACTURING: ['ROBOTICS', 'INTELLIGENT_SOFTWARE', 'ARTIFICIAL_INTELLIGENCE'],
  ROBOTICS: ['ARTIFICIAL_INTELLIGENCE', 'INTELLIGENT_MANUFACTURING', 'DIGITAL_HEALTH'],
  INTELLIGENT_SOFTWARE: ['ARTIFICIAL_INTELLIGENCE', 'CYBERSECURITY', 'DIGITAL_ADVERTISING'],
  DIGITAL_HEALTH: ['BIOMEDICINE', 'ARTIFICIAL_INTELLIGENCE', 'INTELLIGENT_SOFTWARE'],
  CYBERSECURITY: ['INTELLIGENT_SOFTWARE', 'ARTIFICIAL_INTELLIGENCE', 'INTELLIGENT_VEHICLES'],
  DIGITAL_ADVERTISING: ['INTELLIGENT_SOFTWARE', 'ARTIFICIAL_INTELLIGENCE'],
  INTELLIGENT_VEHICLES: ['INTEGRATED_CIRCUITS', 'NEW_ENERGY', 'ARTIFICIAL_INTELLIGENCE'],
  LOW_ALTITUDE_ECONOMY: ['INTELLIGENT_MANUFACTURING', 'NEW_MATERIALS', 'ARTIFICIAL_INTELLIGENCE'],
  GEOSPATIAL: ['ARTIFICIAL_INTELLIGENCE', 'INTELLIGENT_SOFTWARE', 'LOW_ALTITUDE_ECONOMY'],
};

function leadingOf(member: Member): StdIndustry[] {
  const leading = member.leadingIndustries.filter((v): v is StdIndustry => v !== 'OTHER');
  return leading.length > 0 ? leading : STD_INDUSTRIES.slice();
}

/** 1–3 distinct industries: the first mostly a leading one, the rest related or leading. */
export function pickIndustries(r: Rng, leading: readonly StdIndustry[], maxCount = 3): StdIndustry[] {
  const first = r.chance(0.8) ? r.pick(leading) : r.pick(STD_INDUSTRIES);
  const count = Math.min(maxCount, r.weighted([[1, 48], [2, 36], [3, 16]] as const));
  const out: StdIndustry[] = [first];
  for (let attempt = 0; out.length < count && attempt < 12; attempt++) {
    const roll = r.next();
    const candidate = roll < 0.5 ? r.pick(RELATED[first]) : roll < 0.85 ? r.pick(leading) : r.pick(STD_INDUSTRIES);
    if (!out.includes(candidate)) out.push(candidate);
  }
  return out;
}

/** Industries of a record whose industry field is the OTHER one: OTHER first, maybe one more. */
function otherIndustries(r: Rng, leading: readonly StdIndustry[]): Industry[] {
  return r.chance(0.4) ? ['OTHER', r.pick(leading)] : ['OTHER'];
}

/** A record's industries; when they are the OTHER one, also that industry's own label. */
export function industriesFor(r: Rng, leading: readonly StdIndustry[], other: boolean): { industries: Industry[]; otherLabel: string | null } {
  if (!other) return { industries: pickIndustries(r, leading), otherLabel: null };
  const otherLabel = r.pick(OTHER_INDUSTRY_LABELS);
  return { industries: otherIndustries(r, leading), otherLabel };
}

/**
 * Which vocabulary field of a new record holds OTHER, if any: the forced one, otherwise now and
 * then one of `fields` by weight. At most one field per record, so its label fits in tags[0].
 */
export function otherFieldFor<F extends string>(r: Rng, forced: F | null, chance: number, fields: readonly (readonly [F, number])[]): F | null {
  if (forced !== null) return forced;
  return r.chance(chance) ? r.weighted(fields) : null;
}

export function phrasesFor(industries: readonly Industry[], otherLabel: string | null): IndustryPhrases {
  const first = industries[0] ?? 'OTHER';
  if (first === 'OTHER') return OTHER_INDUSTRY_PHRASES[otherLabel ?? ''] ?? INDUSTRY_PHRASES.INTELLIGENT_MANUFACTURING;
  return INDUSTRY_PHRASES[first];
}

const NICE_WAN = [1, 2, 3, 5, 8, 10, 15, 20, 30, 50, 80, 100, 150, 200, 300, 500, 800, 1000, 1500, 2000, 3000, 5000];

/** Whole yuan, a multiple of 100 (0.01 万元), between the bounds given in 万元. */
export function moneyYuan(r: Rng, minWan: number, maxWan: number): number {
  if (r.chance(0.6)) {
    const nice = NICE_WAN.filter((w) => w >= minWan && w <= maxWan);
    if (nice.length > 0) return r.pick(nice) * 10000;
  }
  const wan = Math.exp(r.float(Math.log(minWan), Math.log(maxWan)));
  const step = r.weighted([[100, 50], [10, 30], [1, 20]] as const); // in 0.01 万元: whole, one or two decimals
  const hundredths = Math.max(step, Math.round((wan * 100) / step) * step);
  return hundredths * 100;
}

/** 万元 text for a yuan amount: 3550000 → "355", 123600 → "12.36". */
export function wanText(yuan: number): string {
  return (yuan / 10000).toFixed(2).replace(/\.?0+$/, '');
}

const LANDLINE_FIRST_DIGITS = [5, 6, 8];

function phone(r: Rng, profile: MemberProfile): string {
  return `${profile.areaCode}-${r.pick(LANDLINE_FIRST_DIGITS)}${String(r.int(0, 9_999_999)).padStart(7, '0')}`;
}

export function contact(r: Rng, profile: MemberProfile, mailHost: string, emailChance: number): Contact & { name: string } {
  const [surname, surnamePy] = r.pick(SURNAMES);
  const [given, givenPy] = r.pick(GIVEN_NAMES);
  const email = r.chance(emailChance) ? `${surnamePy}${givenPy}${r.chance(0.3) ? r.int(1, 99) : ''}@${mailHost}` : null;
  return { name: `${surname}${given}`, phone: phone(r, profile), email };
}

function round6(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

export function distanceKm(a: GeoPoint, b: GeoPoint): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** A point up to `maxKm` from the anchor and never more than 15 km from the member centre. */
export function locate(r: Rng, anchor: GeoPoint, centre: GeoPoint, maxKm = 2.5): GeoPoint {
  for (let attempt = 0; attempt < 8; attempt++) {
    const dist = Math.sqrt(r.next()) * maxKm;
    const theta = r.next() * 2 * Math.PI;
    const point = {
      lat: round6(anchor.lat + (dist * Math.cos(theta)) / 111.32),
      lng: round6(anchor.lng + (dist * Math.sin(theta)) / (111.32 * Math.cos((anchor.lat * Math.PI) / 180))),
    };
    if (distanceKm(centre, point) <= 15) return point;
  }
  return { lat: round6(anchor.lat), lng: round6(anchor.lng) };
}

export function address(r: Rng, profile: MemberProfile, d: DistrictInfo): string {
  const road = r.pick(d.roads);
  const num = r.chance(0.7) ? r.int(1, 999) : r.int(1000, 3999);
  const roll = r.next();
  const extra = roll < 0.5 ? '' : roll < 0.8 ? `${r.int(1, 12)}号楼` : `${r.int(2, 28)}楼`;
  return `${profile.addressPrefix}${d.name}${d.street ?? ''}${road}${num}号${extra}`;
}

/** Tags: optional unmapped label first, then 0–`max` distinct labels from the pool. */
export function tags(r: Rng, pool: readonly string[], otherLabel: string | null): string[] {
  const out: string[] = otherLabel ? [otherLabel] : [];
  const extra = r.int(0, otherLabel ? 2 : 3);
  for (const t of r.sample(pool, extra)) if (!out.includes(t)) out.push(t);
  return out;
}

/** Names already used within one member and kind, with the next free number per base name. */
export class NameRegistry {
  private readonly used: Set<string>;
  private readonly nextNumber = new Map<string, number>();

  constructor(initial: Iterable<string>) {
    this.used = new Set(initial);
  }

  /** A few fresh candidates, then numbered variants of the last one (O(1) amortised). */
  claim(candidate: () => string, decorate: (base: string, k: number) => string): string {
    let base = '';
    for (let attempt = 0; attempt < 3; attempt++) {
      base = candidate();
      if (!this.used.has(base)) {
        this.used.add(base);
        return base;
      }
    }
    for (let k = this.nextNumber.get(base) ?? 2; ; k++) {
      const variant = decorate(base, k);
      if (!this.used.has(variant)) {
        this.used.add(variant);
        this.nextNumber.set(base, k + 1);
        return variant;
      }
    }
  }
}

/** How a platform names a kind: the letter in its local ids (NJ-C-000001) and the folder of its pages. */
const PLATFORM_NAMES: Record<EntityKind, { letter: string; urlSegment: string }> = {
  policy: { letter: 'P', urlSegment: 'policies' },
  carrier: { letter: 'C', urlSegment: 'carriers' },
  challenge: { letter: 'G', urlSegment: 'challenges' },
  financeProduct: { letter: 'F', urlSegment: 'finance-products' },
  talentService: { letter: 'T', urlSegment: 'talent-services' },
  achievement: { letter: 'A', urlSegment: 'achievements' },
  // H for 合作: C is the carriers'.
  cooperation: { letter: 'H', urlSegment: 'cooperation' },
  technologyManager: { letter: 'M', urlSegment: 'technology-managers' },
  // L for 联合体.
  consortium: { letter: 'L', urlSegment: 'consortia' },
};

export function localIdFor(profile: MemberProfile, kind: EntityKind, n: number): string {
  return `${profile.prefix}-${PLATFORM_NAMES[kind].letter}-${String(n).padStart(6, '0')}`;
}

/**
 * A record's value in its kind's main vocabulary with the theme that words it: a standard value by
 * weight or, for a record that holds OTHER, one of the platform's own labels, whose theme it uses.
 */
export function pickTheme<V extends string, T extends { weight: number }>(
  r: Rng,
  other: boolean,
  standard: Record<V, T>,
  unmapped: Record<string, T>,
): { value: V | 'OTHER'; theme: T; otherLabel: string | null } {
  if (other) {
    const [otherLabel, theme] = r.pick(Object.entries(unmapped));
    return { value: 'OTHER', theme, otherLabel };
  }
  const value = r.weighted((Object.keys(standard) as V[]).map((v) => [v, standard[v].weight] as const));
  return { value, theme: standard[value], otherLabel: null };
}

/** The id, city and url that head every record: the member's n-th of the kind. */
export function recordHead(c: Pick<Context, 'member' | 'profile'>, kind: EntityKind, n: number): { id: string; city: string; url: string } {
  const localId = localIdFor(c.profile, kind, n);
  return { id: globalId(c.member.slug, kind, localId), city: c.member.slug, url: recordUrl(c.member, kind, localId) };
}

/** What completing one kind of one member starts from. */
export interface Completion<K extends EntityKind> {
  member: Member;
  seed: number;
  /** The member's curated records of the kind, with their ids; they come first and stay as they are. */
  curated: RecordByKind[K][];
  /** How many records the kind has in the end. */
  total: number;
  /** Every member in registry order: where partners and served members come from. */
  corridor: readonly Member[];
}

/** How a kind's new records are made, one by one in record order. */
export interface Maker<K extends EntityKind> {
  /** The field that names a record, unique within the member and kind. */
  title: (record: RecordByKind[K]) => string;
  /**
   * Whether a record holds OTHER in the kind's main vocabulary. Given, the member's first new
   * record is made with OTHER when no curated one has it, so every platform shows an unmapped
   * label; kinds with a handful of records per member leave it out, or OTHER would stop being rare.
   */
  hasOther?: (record: RecordByKind[K]) => boolean;
  /** `cite` chooses what the record cites, for kinds that cite consortia or technology managers. */
  make: (c: Context, n: number, titles: NameRegistry, forceOther: boolean, cite: Citer) => RecordByKind[K];
}

/** The curated records, then new ones numbered on from them up to the total. */
export function completeWith<K extends EntityKind>(
  kind: K,
  { member, seed, curated, total }: Completion<K>,
  maker: Maker<K>,
  citable: Citable = NOTHING_CITABLE,
): RecordByKind[K][] {
  const c = context(member, seed, kind);
  const cite = new Citer(seed, member.slug, kind, citable);
  const out = curated.slice();
  const titles = new NameRegistry(curated.map(maker.title));
  let needOther = maker.hasOther !== undefined && !curated.some(maker.hasOther);
  for (let n = curated.length + 1; n <= total; n++) {
    out.push(maker.make(c, n, titles, needOther, cite));
    needOther = false;
  }
  return out;
}

/** A generic profile for a member added to the registry without one in phrases.ts. */
export function profileFor(member: Member): MemberProfile {
  const known = PROFILES[member.slug];
  if (known) return known;
  const short = member.nameZh.replace(/[市区县]$/, '');
  const scope = member.nameZh;
  const p = short.charAt(0);
  const roles: [string, IssuerRole][] = [
    ['人民政府', 'gov'], ['科学技术局', 'sci'], ['工业和信息化局', 'mii'], ['人力资源和社会保障局', 'hr'], ['财政局', 'fin'],
    ['市场监督管理局', 'amr'], ['商务局', 'com'],
  ];
  return {
    prefix: member.slug.slice(0, 2).toUpperCase() + member.slug.slice(-1).toUpperCase(),
    cityShort: short,
    scope,
    companyPrefixes: [short],
    addressPrefix: `${member.provinceZh === member.nameZh ? '' : member.provinceZh}${member.nameZh}`,
    labScopes: [member.provinceZh, scope],
    areaCode: '000',
    mailTag: member.slug.slice(0, 3),
    talentBrand: `${short}英才`,
    landmarks: [short],
    districts: [{ name: member.nameZh, short, anchor: member.centre, roads: ['人民路', '解放路', '建设路', '科技路'] }],
    universities: [`${short}大学`],
    hospitals: [`${short}市人民医院`],
    institutes: [`${short}产业技术研究院`],
    issuers: roles.map(([suffix, role]) => ({ name: `${scope}${suffix}`, stems: [`${p}${suffix.charAt(0)}发`], role, scope })),
  };
}

export interface Context {
  member: Member;
  profile: MemberProfile;
  leading: StdIndustry[];
  r: Rng;
  /** District governments that issue policies (none for Putuo, which is itself a district). */
  districtIssuers: Issuer[];
  /** Government bodies that publish challenges. */
  governmentPublishers: string[];
  /** Per district, the landmarks that do not name another district (names stay consistent with addresses). */
  landmarksFor: Map<DistrictInfo, readonly string[]>;
}

function context(member: Member, seed: number, kind: EntityKind): Context {
  const profile = profileFor(member);
  const districtIssuers = profile.districts.flatMap((d) => (d.issuer ? [d.issuer] : []));
  return {
    member,
    profile,
    leading: leadingOf(member),
    r: new Rng(deriveSeed(seed, member.slug, kind)),
    districtIssuers,
    governmentPublishers: [...issuersWith(profile, ['sci', 'mii', 'ndrc']).map((i) => i.name), ...districtIssuers.map((i) => i.name)],
    landmarksFor: new Map(
      profile.districts.map((d) => {
        const own = profile.landmarks.filter((l) => l === d.short || !profile.districts.some((o) => o.short === l));
        return [d, own.length > 0 ? own : [d.short]] as const;
      }),
    ),
  };
}

// ---------------------------------------------------------------------------------------------
// Carriers
// ---------------------------------------------------------------------------------------------

interface KindProfile {
  weight: number;
  floor: readonly [number, number];
  levels: readonly (readonly [CarrierLevel, number])[];
  mail: string;
}

const KIND_PROFILES: Record<CarrierKind, KindProfile> = {
  INCUBATOR: { weight: 22, floor: [2000, 60000], levels: [['NATIONAL', 15], ['PROVINCIAL', 35], ['MUNICIPAL', 35], ['DISTRICT', 15]], mail: 'fhq' },
  MAKER_SPACE: { weight: 14, floor: [500, 6000], levels: [['NATIONAL', 10], ['PROVINCIAL', 30], ['MUNICIPAL', 40], ['DISTRICT', 20]], mail: 'zckj' },
  UNIVERSITY_SCIENCE_PARK: { weight: 4, floor: [10000, 150000], levels: [['NATIONAL', 50], ['PROVINCIAL', 40], ['MUNICIPAL', 10]], mail: 'kjy' },
  RESEARCH_INSTITUTE: { weight: 12, floor: [3000, 80000], levels: [['NATIONAL', 5], ['PROVINCIAL', 35], ['MUNICIPAL', 45], ['DISTRICT', 15]], mail: 'yjy' },
  LABORATORY: { weight: 10, floor: [800, 100000], levels: [['NATIONAL', 10], ['PROVINCIAL', 45], ['MUNICIPAL', 40], ['DISTRICT', 5]], mail: 'lab' },
  INNOVATION_CENTER: { weight: 8, floor: [2000, 50000], levels: [['NATIONAL', 8], ['PROVINCIAL', 40], ['MUNICIPAL', 40], ['DISTRICT', 12]], mail: 'cxzx' },
  PROOF_OF_CONCEPT_CENTER: { weight: 6, floor: [500, 8000], levels: [['PROVINCIAL', 25], ['MUNICIPAL', 50], ['DISTRICT', 25]], mail: 'poc' },
  PILOT_PLATFORM: { weight: 7, floor: [1500, 40000], levels: [['NATIONAL', 5], ['PROVINCIAL', 35], ['MUNICIPAL', 45], ['DISTRICT', 15]], mail: 'zspt' },
  TECH_PARK: { weight: 9, floor: [20000, 200000], levels: [['NATIONAL', 10], ['PROVINCIAL', 35], ['MUNICIPAL', 40], ['DISTRICT', 15]], mail: 'park' },
  SERVICE_PLATFORM: { weight: 8, floor: [500, 12000], levels: [['NATIONAL', 5], ['PROVINCIAL', 35], ['MUNICIPAL', 45], ['DISTRICT', 15]], mail: 'fwpt' },
  OTHER: { weight: 0, floor: [1000, 30000], levels: [['NATIONAL', 10], ['PROVINCIAL', 30], ['MUNICIPAL', 45], ['DISTRICT', 15]], mail: 'jsq' },
};

const KIND_WEIGHTS = (Object.keys(KIND_PROFILES) as CarrierKind[])
  .filter((k) => KIND_PROFILES[k].weight > 0)
  .map((k) => [k, KIND_PROFILES[k].weight] as const);

const OPERATOR_SUFFIXES = [
  '科技创业服务中心有限公司', '科创发展有限公司', '高新技术创业服务中心', '产业园运营管理有限公司', '创业投资管理有限公司',
  '科技园发展有限公司', '孵化器管理有限公司',
];
const PLATFORM_OPERATOR_SUFFIXES = ['科技发展有限公司', '科创发展有限公司', '产业技术服务有限公司', '科技园发展有限公司', '检测技术服务有限公司'];

interface CarrierNaming {
  name: string;
  /** The university or institute the name is built on, if any (becomes the operator). */
  host: string | null;
}

function carrierNaming(
  r: Rng,
  kind: CarrierKind,
  otherLabel: string | null,
  profile: MemberProfile,
  area: string,
  ph: IndustryPhrases,
): CarrierNaming {
  const word = r.pick(ph.words);
  const field = r.pick(ph.fields);
  const univ = r.pick(profile.universities);
  switch (kind) {
    case 'INCUBATOR':
      return { name: `${area}${word}${r.pick(['科技企业孵化器', '孵化器', '创业孵化基地', '专业孵化器'])}`, host: null };
    case 'MAKER_SPACE':
      return { name: `${area}${r.chance(0.5) ? word : ''}${r.pick(['众创空间', '创客空间', '创客汇', '青年创新社区'])}`, host: null };
    case 'UNIVERSITY_SCIENCE_PARK':
      return { name: `${univ}${r.pick(['国家大学科技园', '大学科技园', '科技园'])}`, host: univ };
    case 'RESEARCH_INSTITUTE': {
      const roll = r.next();
      if (roll < 0.4) return { name: `${profile.cityShort}${word}产业技术研究院`, host: null };
      if (roll < 0.7) return { name: `${univ}${profile.cityShort}${word}研究院`, host: univ };
      return { name: `${area}${field}创新研究院`, host: null };
    }
    case 'LABORATORY': {
      const roll = r.next();
      if (roll < 0.45) return { name: `${r.pick(profile.labScopes)}${field}重点实验室`, host: r.chance(0.6) ? univ : null };
      if (roll < 0.75) return { name: `${univ}${field}联合实验室`, host: univ };
      return { name: `${area}${field}实验室`, host: null };
    }
    case 'INNOVATION_CENTER':
      return { name: r.pick([`${profile.scope}${word}创新中心`, `${area}${field}技术创新中心`, `长三角${field}创新中心`]), host: null };
    case 'PROOF_OF_CONCEPT_CENTER':
      return r.chance(0.5)
        ? { name: `${univ}${word}概念验证中心`, host: univ }
        : { name: `${area}${field}概念验证中心`, host: null };
    case 'PILOT_PLATFORM':
      return { name: r.pick([`${area}${field}中试平台`, `${profile.cityShort}${word}中试基地`, `${field}中试熟化平台`]), host: null };
    case 'TECH_PARK':
      return { name: r.pick([`${area}${word}产业园`, `${area}科技园`, `${area}${word}创新港`, `${area}智造园`, `${area}${word}小镇`]), host: null };
    case 'SERVICE_PLATFORM':
      return {
        name: r.pick([`${profile.cityShort}${field}公共服务平台`, `${area}${word}公共技术服务平台`, `${field}检验检测公共服务平台`]),
        host: null,
      };
    case 'OTHER':
      switch (otherLabel) {
        case '星创天地':
          return { name: `${area}${r.pick(['农业', '智慧农业', '田园', '农创'])}星创天地`, host: null };
        case '科技企业加速器':
          return { name: `${area}${word}科技企业加速器`, host: null };
        case '技术转移中心':
          return { name: `${profile.cityShort}${word}技术转移中心`, host: null };
        case '离岸创新中心':
          return { name: `${area}${word}离岸创新中心`, host: null };
        default:
          return { name: `${area}${r.pick(['大众创业万众创新', '双创'])}示范基地`, host: null };
      }
  }
}

function carrierOperator(r: Rng, kind: CarrierKind, naming: CarrierNaming, profile: MemberProfile, area: string): string {
  if (naming.host) return kind === 'UNIVERSITY_SCIENCE_PARK' ? `${naming.host}科技园发展有限公司` : naming.host;
  if ((kind === 'RESEARCH_INSTITUTE' || kind === 'LABORATORY' || kind === 'INNOVATION_CENTER') && r.chance(0.35)) {
    return r.pick(profile.institutes);
  }
  if (kind === 'TECH_PARK' && r.chance(0.35)) return `${naming.name}管理委员会`;
  const incubating = kind === 'INCUBATOR' || kind === 'MAKER_SPACE' || kind === 'OTHER';
  return `${r.pick(profile.companyPrefixes)}${area}${r.pick(incubating ? OPERATOR_SUFFIXES : PLATFORM_OPERATOR_SUFFIXES)}`;
}

function floorArea(r: Rng, [min, max]: readonly [number, number]): number {
  const value = Math.exp(r.float(Math.log(min), Math.log(max)));
  return Math.min(max, Math.max(min, Math.round(value / 10) * 10));
}

function makeCarrier(c: Context, n: number, names: NameRegistry, forceOtherKind: boolean): CarrierRecord {
  const { r, profile, member } = c;
  const otherField = otherFieldFor(r, forceOtherKind ? 'kind' : null, 0.04, [['kind', 5], ['level', 2], ['industry', 3]]);
  let otherLabel: string | null = null;
  let kind: CarrierKind;
  if (otherField === 'kind') {
    otherLabel = r.pick(OTHER_CARRIER_KIND_LABELS);
    kind = 'OTHER';
  } else {
    kind = r.weighted(KIND_WEIGHTS);
  }
  const kp = KIND_PROFILES[kind];
  let level: CarrierLevel;
  if (otherField === 'level') {
    otherLabel = r.pick(OTHER_CARRIER_LEVEL_LABELS);
    level = 'OTHER';
  } else {
    level = r.weighted(kp.levels);
  }
  let industries: Industry[];
  if (otherField === 'industry') {
    otherLabel = r.pick(OTHER_INDUSTRY_LABELS);
    industries = otherIndustries(r, c.leading);
  } else {
    industries = pickIndustries(r, c.leading);
  }
  const ph = phrasesFor(industries, otherLabel);
  const d = r.pick(profile.districts);
  const landmarks = c.landmarksFor.get(d) ?? profile.landmarks;
  let area = d.short;
  let naming: CarrierNaming = { name: '', host: null };
  const name = names.claim(
    () => {
      area = r.chance(0.55) ? d.short : r.pick(landmarks);
      naming = carrierNaming(r, kind, otherLabel, profile, area, ph);
      return naming.name;
    },
    (base, k) => `${base}（${k}号基地）`,
  );
  const operator = carrierOperator(r, kind, naming, profile, area);
  const floor = floorArea(r, kp.floor);
  const free = r.chance(0.12) ? 0 : Math.min(floor, Math.round((floor * r.float(0.03, 0.45)) / 10) * 10);
  const services = new Set<string>([r.pick(ph.services), r.pick(KIND_SERVICES[kind] ?? GENERIC_CARRIER_SERVICES)]);
  const serviceCount = r.int(2, 5);
  while (services.size < serviceCount) services.add(r.pick(r.chance(0.5) ? GENERIC_CARRIER_SERVICES : ph.services));
  return {
    ...recordHead(c, 'carrier', n),
    tags: tags(r, CARRIER_TAGS, otherLabel),
    sourceUpdatedAt: timestamp(r, workday(randomDay(r, '2024-03-04', LAST_UPDATE))),
    name,
    kind,
    level,
    industries,
    operator,
    address: address(r, profile, d),
    district: d.name,
    location: locate(r, d.anchor, member.centre),
    floorArea: floor,
    freeArea: free,
    services: [...services].slice(0, serviceCount),
    contact: contact(r, profile, `${profile.mailTag}${kp.mail}.example.com`, 0.8),
  };
}

export function completeCarriers(job: Completion<'carrier'>): CarrierRecord[] {
  return completeWith('carrier', job, { title: (x) => x.name, hasOther: (x) => x.kind === 'OTHER', make: makeCarrier });
}

// ---------------------------------------------------------------------------------------------
// Challenges
// ---------------------------------------------------------------------------------------------

const CHALLENGE_SUFFIXES = ['技术攻关', '关键技术研发', '联合攻关', '技术研究', '解决方案征集', '揭榜攻关'];
const COMPLETE_GOAL = /(研究|开发|验证|设计|研制|产业化|示范|认证|评测|集成|注册)$/;
/** The description's opening, worded for the kind of publisher. */
function intro(r: Rng, kind: PublisherKind, field: string): string {
  switch (kind) {
    case 'ENTERPRISE':
      return r.pick([`长期深耕${field}领域的研发与产业化`, `主要从事${field}相关产品的研发和生产`, `围绕${field}方向开展技术研发`]);
    case 'UNIVERSITY':
    case 'RESEARCH_INSTITUTE':
      return r.pick([`在${field}方向已形成实验室阶段成果`, `长期从事${field}研究`, `围绕${field}开展应用基础研究与工程化`]);
    case 'HOSPITAL':
      return r.pick([`在临床诊疗中对${field}提出明确需求`, `拟开放临床场景，推进${field}相关产品的临床验证`]);
    case 'GOVERNMENT':
      return r.pick([`围绕区域${field}产业发展需求，代表辖区企业发布攻关需求`, `结合辖区产业链"卡脖子"环节，梳理${field}方向的共性需求`]);
    case 'OTHER':
      return r.pick([`汇聚会员单位在${field}方向的共性需求`, `组织产业链上下游单位围绕${field}开展联合攻关`]);
  }
}
const PAINS: readonly ((object: string) => string)[] = [
  (o) => `目前${o}的关键工艺仍依赖进口`,
  (o) => `现有${o}方案的关键指标与国际先进水平存在差距`,
  (o) => `${o}的工程化成熟度不足`,
  (o) => `${o}缺少可规模化的工程方案`,
  (o) => `${o}的验证周期长、成本高`,
];
const IMPACTS = [
  '制约了产品在高端市场的应用', '导致综合成本居高不下', '影响下游客户的导入验证进度', '已成为产业链"卡脖子"环节',
  '难以满足客户对交付周期的要求',
];
const SEEKS = [
  '征集具备相关技术积累的高校、院所及企业开展联合攻关',
  '寻求技术合作伙伴，合作方式可为委托开发、合作开发或技术许可',
  '征集可在12个月内完成样机验证的解决方案',
  '诚邀沿沪宁城市创新联合体揭榜，"企业出题、院所解题、政府助题"',
];
const DELIVERABLES = [
  '提交技术方案及可行性报告', '完成工程样机并通过第三方检测', '形成发明专利≥2项', '实现小批量试产并完成客户验证',
  '提供可复现的算法代码与测试报告', '完成中试验证，形成工艺包',
];
const COOPERATION = [
  '揭榜方须具备相关领域研发团队及成功案例', '优先支持沿沪宁城市高校院所与企业组成联合体揭榜', '项目周期不超过18个月',
  '知识产权归属由双方协商约定', '揭榜方须配备不少于5人的R&D团队',
];

function companyName(r: Rng, profile: MemberProfile, ph: IndustryPhrases): string {
  const prefix = r.pick(profile.companyPrefixes);
  const b1 = r.chance(0.3) ? r.pick(profile.landmarks) : r.pick(ph.brands);
  const suffix = r.pick(ph.companySuffixes);
  let b2 = r.pick(ph.brands);
  for (let attempt = 0; attempt < 4 && (b1.endsWith(b2) || suffix.startsWith(b2)); attempt++) b2 = r.pick(ph.brands);
  if (b1.endsWith(b2) || suffix.startsWith(b2)) b2 = '';
  return `${prefix}${b1}${b2}${suffix}`;
}

export function issuersWith(profile: MemberProfile, roles: readonly IssuerRole[]): Issuer[] {
  const found = profile.issuers.filter((i) => roles.includes(i.role));
  return found.length > 0 ? found : profile.issuers.slice();
}

export function publisherFor(
  r: Rng,
  kind: PublisherKind,
  otherLabel: string | null,
  profile: MemberProfile,
  ph: IndustryPhrases,
  governmentPublishers: readonly string[],
): string {
  const word = r.pick(ph.words);
  switch (kind) {
    case 'ENTERPRISE':
      return companyName(r, profile, ph);
    case 'UNIVERSITY':
      return r.pick(profile.universities);
    case 'RESEARCH_INSTITUTE':
      return r.chance(0.6) ? r.pick(profile.institutes) : `${profile.cityShort}${word}产业技术研究院`;
    case 'GOVERNMENT':
      return r.pick(governmentPublishers);
    case 'HOSPITAL':
      return r.pick(profile.hospitals);
    case 'OTHER':
      switch (otherLabel) {
        case '行业协会':
          return `${profile.scope}${word}行业协会`;
        case '产业联盟':
          return `沿沪宁${word}产业链式联盟`;
        case '创新联合体':
          return `沿沪宁${r.pick(ph.fields)}创新联合体`;
        default:
          return r.pick([`${profile.scope}科技创业促进会`, `${profile.scope}技术经理人协会`, `${profile.scope}青年科技工作者协会`]);
      }
  }
}

function challengeTitle(r: Rng, ph: IndustryPhrases, object: string): string {
  const roll = r.next();
  if (roll < 0.12) return `"揭榜挂帅"：${object}${r.pick(ph.goals)}`;
  if (roll < 0.25) return `${object}关键技术${r.pick(['研发', '攻关', '验证'])}`;
  const goal = r.pick(ph.goals);
  // A goal that already names an activity ("测试方法研究", "产业化") takes no suffix.
  return COMPLETE_GOAL.test(goal) ? `${object}${goal}` : `${object}${goal}${r.pick(CHALLENGE_SUFFIXES)}`;
}

function applicationCount(r: Rng, status: ChallengeStatus): number {
  const skewed = (): number => 1 + Math.floor(29 * r.next() ** 1.6);
  switch (status) {
    case 'OPEN':
      return r.chance(0.12) ? 0 : skewed();
    case 'CLOSED':
      return r.chance(0.2) ? 0 : skewed();
    default:
      return skewed();
  }
}

function makeChallenge(c: Context, n: number, titles: NameRegistry, forceOtherPublisher: boolean, citer: Citer): ChallengeRecord {
  const { r, profile } = c;
  const otherField = otherFieldFor(r, forceOtherPublisher ? 'publisher' : null, 0.045, [['publisher', 6], ['industry', 4]]);
  let otherLabel: string | null = null;
  let industries: Industry[];
  if (otherField === 'industry') {
    otherLabel = r.pick(OTHER_INDUSTRY_LABELS);
    industries = otherIndustries(r, c.leading);
  } else {
    industries = pickIndustries(r, c.leading);
  }
  const ph = phrasesFor(industries, otherLabel);
  const first = industries[0];
  const health = first === 'BIOMEDICINE' || first === 'DIGITAL_HEALTH';
  let publisherKind: PublisherKind;
  if (otherField === 'publisher') {
    otherLabel = r.pick(OTHER_PUBLISHER_KIND_LABELS);
    publisherKind = 'OTHER';
  } else {
    publisherKind = r.weighted([
      ['ENTERPRISE', 62], ['UNIVERSITY', 10], ['RESEARCH_INSTITUTE', 14], ['GOVERNMENT', 6], ['HOSPITAL', health ? 18 : 0],
    ] as const);
  }
  const publisher = publisherFor(r, publisherKind, otherLabel, profile, ph, c.governmentPublishers);
  let [object, technicalField] = r.pick(ph.objects);
  const title = titles.claim(
    () => {
      [object, technicalField] = r.pick(ph.objects);
      return challengeTitle(r, ph, object);
    },
    (base, k) => `${base}（第${k}期）`,
  );

  let description =
    `${publisher}${intro(r, publisherKind, technicalField)}。` +
    `${r.pick(PAINS)(object)}，${r.pick(IMPACTS)}。现以"揭榜挂帅"方式面向沿沪宁产业创新带${r.pick(SEEKS)}。`;
  if (r.chance(0.25)) description += `\n预期成果：${r.pick(DELIVERABLES)}。`;
  if (r.chance(0.15)) description += `有意向的单位可通过"沿沪宁协同创新集市"小程序"我要揭榜"提交方案。`;

  const specs = r.sample(ph.specs, r.int(1, 3));
  const deliverable = r.pick(DELIVERABLES);
  const coop = r.pick(COOPERATION);
  const requirements = r.chance(0.5)
    ? [...specs, deliverable, coop].map((line, i) => `${i + 1}. ${line}`).join('；\n') + '。'
    : `${specs.join('，')}；${deliverable}，${coop}。`;

  const status = r.weighted([['OPEN', 70], ['UNDER_REVIEW', 10], ['AWARDED', 12], ['CLOSED', 8]] as const);
  let published: number;
  let deadline: number;
  const lastDeadline = dayOf('2026-11-13');
  switch (status) {
    case 'OPEN':
      published = workday(randomDay(r, '2025-01-06', '2026-11-13'));
      deadline = randomDay(r, '2027-01-04', '2028-12-29');
      break;
    case 'UNDER_REVIEW':
      published = workday(randomDay(r, '2026-03-02', '2026-08-28'));
      deadline = Math.min(lastDeadline, published + r.int(45, 80));
      break;
    case 'AWARDED':
      published = workday(randomDay(r, '2025-01-06', '2026-04-30'));
      deadline = Math.min(lastDeadline, published + r.int(60, 150));
      break;
    default:
      published = workday(randomDay(r, '2025-01-06', '2026-06-30'));
      deadline = Math.min(lastDeadline, published + r.int(30, 120));
  }
  const updated = randomDay(r, published, Math.min(dayOf(LAST_UPDATE), published + 200));
  return {
    ...recordHead(c, 'challenge', n),
    tags: tags(r, CHALLENGE_TAGS, otherLabel),
    sourceUpdatedAt: timestamp(r, updated),
    title,
    description,
    publisher,
    publisherKind,
    industries,
    technicalField,
    rewardYuan: r.chance(0.15) ? null : moneyYuan(r, 5, 1000),
    deadline: isoDate(deadline),
    status,
    publishedOn: isoDate(published),
    requirements,
    applicationCount: applicationCount(r, status),
    consortiumCode: citer.consortiumCode(industries, 0.15),
    technologyManagerIds: citer.technologyManagerIds(industries),
  };
}

export function completeChallenges(job: Completion<'challenge'>, citable: Citable): ChallengeRecord[] {
  return completeWith('challenge', job, { title: (x) => x.title, hasOther: (x) => x.publisherKind === 'OTHER', make: makeChallenge }, citable);
}

// ---------------------------------------------------------------------------------------------
// Policies
// ---------------------------------------------------------------------------------------------

interface PolicyCtx {
  r: Rng;
  profile: MemberProfile;
  /** Territory named in the title ("南京市", "江宁区", "普陀区"). */
  scope: string;
  /** "全市" or "全区". */
  unit: string;
  year: number;
  word: string;
  subject: string;
  /** "最高300万元" or "适当" — always used as 给予${cap}…. */
  cap: string;
  /** Number of measures in a policy package. */
  measures: number;
  /** Target industry scale in 亿元. */
  scale: string;
}

type Text = (c: PolicyCtx) => string;
/** A title and the summary that goes with it. */
type Variant = readonly [title: Text, summary: Text];

interface Theme {
  category: PolicyCategory;
  weight: number;
  roles: readonly IssuerRole[];
  supportWan: readonly [number, number];
  extras: readonly PolicyCategory[];
  variants: readonly Variant[];
}

const THEMES: readonly Theme[] = [
  {
    category: 'TALENT',
    weight: 14,
    roles: ['talent', 'hr', 'gov'],
    supportWan: [5, 500],
    extras: ['RD_SUBSIDY', 'CARRIER_SUPPORT'],
    variants: [
      [
        (c) => `《${c.scope}关于进一步加强${c.word}领域高层次人才引进培育的若干措施》`,
        (c) => `对新引进的${c.word}领域领军人才及团队，给予${c.cap}项目资助；入选人才优先保障人才公寓，最长可免租3年。`,
      ],
      [
        (c) => `《${c.scope}人才公寓建设和管理办法》`,
        (c) => `统筹筹集人才公寓房源，面向在${c.scope}工作的青年科技人才、技术经理人提供"拎包入住"式租赁住房，租金不高于同地段市场价的70%，并给予${c.cap}租房补贴。`,
      ],
      [
        (c) => `关于开展${c.year}年度${c.scope}“${c.profile.talentBrand}计划”申报工作的通知`,
        (c) => `围绕${c.subject}，遴选一批创新创业领军人才，给予${c.cap}资助，并在子女入学、医疗保障、人才公寓等方面提供"一站式"服务。`,
      ],
      [
        (c) => `《${c.scope}青年科技人才安居保障实施细则》`,
        (c) => `对首次在${c.scope}就业的青年科技人才给予${c.cap}安居补贴；符合条件的可申请入住人才公寓，租期最长3年。`,
      ],
      [
        (c) => `《${c.scope}技术经理人队伍建设实施方案》`,
        (c) => `培育一批懂技术、懂市场、懂法律的技术经理人，聚焦${c.word}等重点产业，按促成的技术合同成交额给予${c.cap}奖励。`,
      ],
      [
        (c) => `《${c.scope}支持沿沪宁科创人才跨城流动的若干措施》`,
        (c) => `为沿沪宁城市科创人才提供短期人才公寓免租、商务出差、院所对接等服务，推动人才跨区域流动，每人每年给予${c.cap}补贴。`,
      ],
    ],
  },
  {
    category: 'FINANCE',
    weight: 12,
    roles: ['fin', 'sci', 'govOffice'],
    supportWan: [20, 1000],
    extras: ['TECHNOLOGY_TRANSFER', 'INDUSTRY'],
    variants: [
      [
        (c) => `《${c.scope}科技型中小企业信贷风险补偿资金管理办法》`,
        (c) => `对合作银行向${c.word}等领域科技型中小企业发放的信用贷款，风险补偿资金池按实际损失的40%予以补偿，单户给予${c.cap}补偿。`,
      ],
      [
        (c) => `《${c.scope}关于推进"科技-产业-金融"良性循环的若干措施》`,
        (c) => `引导银行、保险、创投协同支持${c.word}企业，推广"沿沪宁创新贷""沿沪宁产业创新贷"等专属产品，对首贷企业给予${c.cap}贴息。`,
      ],
      [
        (c) => `《${c.scope}天使投资风险补偿实施细则》`,
        (c) => `对投资种子期、初创期科技企业的天使投资机构，按实际投资损失的30%给予${c.cap}风险补偿。`,
      ],
      [
        (c) => `关于申报${c.year}年度${c.scope}科技贷款贴息的通知`,
        (c) => `对科技型中小企业上年度获得的银行贷款，按贷款市场报价利率（LPR）的50%给予${c.cap}贴息。`,
      ],
      [
        (c) => `《${c.scope}知识产权质押融资贴息办法》`,
        (c) => `对以专利、商标等知识产权质押获得银行贷款的科技企业，按实际利息的50%给予${c.cap}贴息，并对评估、担保费用予以补贴。`,
      ],
      [
        (c) => `《${c.scope}科创基金矩阵建设方案》`,
        (c) => `引导政府资本和产业资本"投早、投小、投硬科技"，构建"1+N"科创基金矩阵，重点投向${c.subject}等领域。\n对子基金返投比例不低于1:1.5的，给予管理机构${c.cap}奖励。`,
      ],
    ],
  },
  {
    category: 'CARRIER_SUPPORT',
    weight: 12,
    roles: ['sci', 'gov'],
    supportWan: [50, 1000],
    extras: ['INDUSTRY', 'TECHNOLOGY_TRANSFER'],
    variants: [
      [
        (c) => `《${c.scope}科技企业孵化器和众创空间绩效评价办法》`,
        (c) => `对新认定的国家级、省级孵化器给予${c.cap}奖励；鼓励孵化器为在孵企业减免房租，按减免面积给予运营补贴。`,
      ],
      [
        (c) => `《${c.scope}概念验证中心建设运营支持办法（试行）》`,
        (c) => `支持高校院所、龙头企业建设面向${c.word}领域的概念验证中心，开展技术和市场"双验证"，按建设投入的30%给予${c.cap}补助。`,
      ],
      [
        (c) => `《${c.scope}支持${c.word}中试平台建设的若干政策》`,
        (c) => `对服务沿沪宁城市企业的${c.word}中试平台，按设备投入及服务收入给予${c.cap}补助；年度中试服务合同金额>100万元的另予奖励。`,
      ],
      [
        (c) => `《${c.scope}大学科技园高质量发展实施方案》`,
        (c) => `支持大学科技园建设低成本、便利化的创新创业空间，对年度考核优秀的给予${c.cap}奖励。`,
      ],
      [
        (c) => `关于开展${c.year}年度${c.scope}新型研发机构备案及绩效评价的通知`,
        (c) => `对经备案的新型研发机构，根据研发投入、成果转化、人才集聚等绩效，分档给予${c.cap}支持。`,
      ],
      [
        (c) => `《${c.scope}"创新联合体"组建运行管理办法》`,
        (c) => `支持链主企业联合沿沪宁城市高校院所组建${c.word}创新联合体，聚焦"卡脖子"技术开展协同攻关，经认定的给予${c.cap}支持。`,
      ],
    ],
  },
  {
    category: 'RD_SUBSIDY',
    weight: 14,
    roles: ['sci', 'mii', 'ndrc'],
    supportWan: [10, 2000],
    extras: ['INDUSTRY', 'TALENT'],
    variants: [
      [
        (c) => `《${c.scope}企业研发费用补助实施细则》`,
        (c) => `按企业上年度研发费用（R&D）增量部分的10%给予${c.cap}补助；对研发投入强度>5%的企业另予奖励。`,
      ],
      [
        (c) => `关于组织申报${c.year}年度${c.scope}${c.word}关键核心技术攻关项目的通知`,
        (c) => `聚焦${c.subject}，采用"揭榜挂帅""赛马"等方式组织关键核心技术攻关，单个项目给予${c.cap}资助。`,
      ],
      [
        (c) => `《${c.scope}首台（套）重大装备和首版次软件认定奖励办法》`,
        (c) => `对经认定的首台（套）装备、首版次软件，按首年销售额的20%给予${c.cap}奖励。`,
      ],
      [
        (c) => `《${c.scope}${c.subject}专项资金管理办法》`,
        (c) => `专项资金重点支持${c.subject}方向的研发攻关、平台建设和成果产业化，单个项目给予${c.cap}资助。\n申报单位须提供不低于1:1的自筹配套资金。`,
      ],
      [
        (c) => `关于开展${c.year}年度${c.scope}科技计划项目（${c.word}）申报工作的通知`,
        (c) => `重点支持${c.word}领域企业开展前沿技术研发，项目实施期一般不超过3年，财政给予${c.cap}资助。`,
      ],
    ],
  },
  {
    category: 'TECHNOLOGY_TRANSFER',
    weight: 10,
    roles: ['sci', 'govOffice'],
    supportWan: [5, 300],
    extras: ['FINANCE', 'CARRIER_SUPPORT'],
    variants: [
      [
        (c) => `《${c.scope}技术转移机构和技术经理人奖励办法》`,
        (c) => `对促成技术交易的技术转移机构，按技术合同实际成交额的3%给予${c.cap}奖励。`,
      ],
      [
        (c) => `《${c.scope}"揭榜挂帅"科技项目组织实施办法》`,
        (c) => `由企业出题、院所解题、政府助题，面向沿沪宁城市公开张榜，揭榜方完成攻关任务后按合同金额的30%给予${c.cap}支持。`,
      ],
      [
        (c) => `《${c.scope}促进高校院所科技成果就地转化的若干措施》`,
        (c) => `支持高校院所${c.word}领域科技成果在${c.scope}转化落地，对技术合同成交额>500万元的项目给予${c.cap}奖补，并通过"拨投结合"方式予以后续支持。`,
      ],
      [
        (c) => `关于开展${c.year}年度${c.scope}技术合同认定登记奖补的通知`,
        (c) => `对经认定登记的技术开发、技术转让合同，按技术交易额的2%给予卖方${c.cap}奖补；购买沿沪宁城市高校院所成果的企业，按实际支付额的20%给予补贴。`,
      ],
      [
        (c) => `《${c.scope}概念验证和中试熟化"双验证"项目管理办法》`,
        (c) => `支持概念验证中心和中试平台为${c.word}项目提供技术和市场"双验证"服务，对验证通过并实现转化的项目给予${c.cap}支持。`,
      ],
    ],
  },
  {
    category: 'INDUSTRY',
    weight: 20,
    roles: ['gov', 'mii', 'ndrc', 'govOffice'],
    supportWan: [50, 5000],
    extras: ['RD_SUBSIDY', 'TALENT', 'FINANCE'],
    variants: [
      [
        (c) => `《${c.scope}关于支持${c.subject}的若干政策》`,
        (c) => `围绕${c.subject}，从企业引育、创新平台、应用场景、人才支撑、金融服务等方面提出${c.measures}条措施，对重大产业项目给予${c.cap}支持。`,
      ],
      [
        (c) => `《${c.scope}加快推进${c.subject}三年行动计划（${c.year}-${c.year + 2}年）》`,
        (c) => `到${c.year + 2}年，${c.unit}${c.word}产业规模力争突破${c.scale}亿元，集聚专精特新企业>100家；对首次入选国家级专精特新"小巨人"的企业给予${c.cap}奖励。`,
      ],
      [
        (c) => `《${c.scope}推动${c.subject}的实施意见》`,
        (c) => `推动${c.word}产业链上下游协同，鼓励与沿沪宁城市共建"研发在上海、制造在江苏"的跨区域产业链，对跨区域合作项目给予${c.cap}补助。`,
      ],
      [
        (c) => `《${c.scope}${c.word}产业集群培育方案》`,
        (c) => `一、支持创新平台建设；二、支持关键技术攻关；三、支持应用场景开放。\n对符合条件的${c.word}企业，按项目实际投资额的10%给予${c.cap}补助。`,
      ],
      [
        (c) => `《${c.scope}关于打造${c.word}产业创新集群的若干措施》`,
        (c) => `聚焦${c.word}产业链关键环节，实施强链、补链、延链工程，对新落户的链主企业给予${c.cap}奖励。`,
      ],
    ],
  },
  {
    category: 'INTERNATIONAL',
    weight: 6,
    roles: ['sci', 'com', 'gov'],
    supportWan: [20, 500],
    extras: ['CARRIER_SUPPORT', 'TALENT'],
    variants: [
      [
        (c) => `《${c.scope}国际科技合作项目管理办法》`,
        (c) => `支持企业与以色列、新加坡、德国等国家的高校、企业开展${c.word}领域联合研发，对经评审立项的项目给予${c.cap}资助。`,
      ],
      [
        (c) => `《${c.scope}支持外资研发中心发展的若干措施》`,
        (c) => `对新设立或升级的外资研发中心，按研发投入给予${c.cap}奖励，并在人才签证、通关便利等方面提供支持。`,
      ],
      [
        (c) => `《${c.scope}离岸创新中心建设指引》`,
        (c) => `鼓励有条件的园区和龙头企业建设离岸创新中心，链接海外高校、基金与人才资源，对运营绩效优秀的给予${c.cap}补贴。`,
      ],
      [
        (c) => `关于组织申报${c.year}年度${c.scope}国际产业研发合作项目的通知`,
        (c) => `面向${c.word}领域征集国际产业研发合作项目，支持企业引进海外先进技术并在本地转化，单个项目给予${c.cap}资助。`,
      ],
      [
        (c) => `《${c.scope}企业出海服务平台建设方案》`,
        (c) => `组建管理咨询、法律仲裁、金融保险、人力资源等专业服务联盟，为企业"走出去"提供一站式服务，对参加境外展会的企业给予${c.cap}补贴。`,
      ],
    ],
  },
];

/** Categories outside the contract vocabulary, by the platform's own label. */
const OTHER_THEMES: Record<string, Theme> = {
  知识产权: {
    category: 'OTHER', weight: 0, roles: ['amr', 'sci'], supportWan: [5, 200], extras: ['FINANCE'],
    variants: [
      [
        (c) => `《${c.scope}知识产权专项资金管理办法》`,
        (c) => `对获得中国专利金奖的单位给予${c.cap}奖励；支持企业开展高价值专利培育和海外专利布局。`,
      ],
      [
        (c) => `《${c.scope}高价值专利培育实施方案》`,
        (c) => `围绕${c.word}产业培育高价值专利组合，支持建设知识产权运营中心，给予${c.cap}补助。`,
      ],
      [
        (c) => `关于开展${c.year}年度${c.scope}专利导航项目申报的通知`,
        (c) => `面向${c.word}等重点产业开展专利导航分析，对立项项目给予${c.cap}资助。`,
      ],
    ],
  },
  科学普及: {
    category: 'OTHER', weight: 0, roles: ['sci'], supportWan: [2, 50], extras: [],
    variants: [
      [
        (c) => `《${c.scope}科普基地认定管理办法》`,
        (c) => `对新认定的科普基地给予${c.cap}一次性补助，鼓励科研院所、企业向公众开放实验室和生产线。`,
      ],
      [
        (c) => `关于开展${c.year}年度${c.scope}科普项目申报工作的通知`,
        (c) => `支持面向公众的${c.word}科普作品创作和科普活动，单个项目给予${c.cap}资助。`,
      ],
    ],
  },
  标准化: {
    category: 'OTHER', weight: 0, roles: ['amr'], supportWan: [5, 100], extras: ['INDUSTRY'],
    variants: [
      [
        (c) => `《${c.scope}标准化战略专项资金管理办法》`,
        (c) => `对主导制定国际标准、国家标准的单位给予${c.cap}资助，支持${c.word}领域团体标准建设。`,
      ],
      [
        (c) => `《${c.scope}团体标准培优计划实施方案》`,
        (c) => `培育一批${c.word}领域先进团体标准，对入选培优计划的标准给予${c.cap}资助。`,
      ],
    ],
  },
  质量品牌: {
    category: 'OTHER', weight: 0, roles: ['amr', 'gov'], supportWan: [10, 100], extras: [],
    variants: [
      [
        (c) => `《${c.scope}质量奖评审管理办法》`,
        (c) => `对获得${c.scope}质量奖的组织给予${c.cap}奖励，引导企业开展卓越绩效管理。`,
      ],
      [
        (c) => `《${c.scope}"品质${c.profile.cityShort}"品牌建设实施方案》`,
        (c) => `支持${c.word}企业培育自主品牌，对新获评"品质${c.profile.cityShort}"认证的企业给予${c.cap}奖励。`,
      ],
    ],
  },
};

const THEME_WEIGHTS = THEMES.map((t) => [t, t.weight] as const);

const ELIG_ENTITIES = [
  '科技型中小企业', '高新技术企业', '新型研发机构', '高校院所及其技术转移机构', '孵化载体运营机构', '专精特新"小巨人"企业',
  '创新联合体牵头单位',
];
const TALENT_ENTITIES = ['高层次人才', '青年科技人才（年龄<35周岁）', '技术经理人', '博士后研究人员', '企业R&D岗位核心骨干'];
const ELIG_CONDITIONS = [
  '上年度研发投入占营业收入比例≥5%', '近三年无严重失信行为', '营业收入<4亿元且从业人员<500人',
  '拥有与申报方向相关的核心自主知识产权', '依法纳税，财务管理制度健全', '申报项目须与沿沪宁城市单位开展实质性合作',
  '具备独立法人资格，成立满1年', '同一项目不得重复享受同类财政支持',
];

function eligibility(r: Rng, theme: Theme, scope: string): string {
  const [a, b] = r.sample(ELIG_CONDITIONS, 2) as [string, string];
  if (theme.category === 'TALENT') {
    return `在${scope}全职工作并依法缴纳社会保险的${r.pick(TALENT_ENTITIES)}；${a}。`;
  }
  const entity = r.pick(ELIG_ENTITIES);
  return r.chance(0.3)
    ? `申报主体须同时满足：\n1. 在${scope}依法注册的${entity}；\n2. ${a}；\n3. ${b}。`
    : `在${scope}依法注册的${entity}；${a}；${b}。`;
}

interface DocState {
  used: Set<string>;
  next: Map<string, number>;
}

function docNumber(r: Rng, state: DocState, issuer: Issuer, year: number): string {
  const stem = r.pick(issuer.stems);
  const key = `${stem}|${year}`;
  let n = (state.next.get(key) ?? r.int(1, 8)) + r.int(0, 3);
  for (;;) {
    const text = `${stem}〔${year}〕${n}号`;
    if (!state.used.has(text)) {
      state.used.add(text);
      state.next.set(key, n + 1);
      return text;
    }
    n++;
  }
}

interface PolicyDates {
  published: number;
  effectiveFrom: number | null;
  expiresOn: number | null;
}

function policyDates(r: Rng): PolicyDates {
  if (r.chance(0.06)) {
    // announced, not yet in force on the reference date
    const published = workday(randomDay(r, '2026-09-01', LAST_UPDATE));
    const effectiveFrom = dayOf(r.pick(['2026-12-01', '2027-01-01', '2027-01-01', '2027-03-01']));
    const expiresOn = r.chance(0.2) ? null : plusYearsMinusOneDay(effectiveFrom, r.pick([2, 3, 3, 5]));
    return { published, effectiveFrom, expiresOn };
  }
  const year = r.weighted([[2021, 10], [2022, 12], [2023, 17], [2024, 21], [2025, 25], [2026, 15]] as const);
  const published = workday(randomDay(r, `${year}-01-04`, year === 2026 ? '2026-10-30' : `${year}-12-30`));
  const effectiveFrom = r.chance(0.12) ? null : published + r.pick([0, 0, 0, 1, 7, 10, 15, 20]);
  const start = effectiveFrom ?? published;
  const expiresOn = r.chance(0.15) ? null : plusYearsMinusOneDay(start, r.pick([1, 2, 2, 3, 3, 3, 5]));
  return { published, effectiveFrom, expiresOn };
}

function makePolicy(c: Context, n: number, titles: NameRegistry, docs: DocState, forceOtherCategory: boolean): PolicyRecord {
  const { r, profile } = c;
  const otherField = otherFieldFor(r, forceOtherCategory ? 'category' : null, 0.04, [['category', 6], ['industry', 4]]);
  let otherLabel: string | null = null;
  let theme: Theme;
  if (otherField === 'category') {
    otherLabel = r.pick(OTHER_POLICY_CATEGORY_LABELS);
    theme = OTHER_THEMES[otherLabel] ?? (OTHER_THEMES['知识产权'] as Theme);
  } else {
    theme = r.weighted(THEME_WEIGHTS);
  }
  let industries: Industry[];
  if (otherField === 'industry') {
    otherLabel = r.pick(OTHER_INDUSTRY_LABELS);
    industries = otherIndustries(r, c.leading);
  } else {
    industries = pickIndustries(r, c.leading);
  }
  const ph = phrasesFor(industries, otherLabel);
  const categories: PolicyCategory[] = [theme.category];
  if (theme.extras.length > 0 && r.chance(0.3)) categories.push(r.pick(theme.extras));

  const dates = policyDates(r);
  const year = civilFromDays(dates.published)[0];
  // Issuer: a city body with the theme's role, now and then a district government.
  const districtIssuers = c.districtIssuers;
  const issuer =
    districtIssuers.length > 0 && theme.category !== 'OTHER' && r.chance(0.2)
      ? r.pick(districtIssuers)
      : r.pick(issuersWith(profile, theme.roles));
  const maxSupportYuan = r.chance(0.12) ? null : moneyYuan(r, theme.supportWan[0], theme.supportWan[1]);
  const ctx: PolicyCtx = {
    r,
    profile,
    scope: issuer.scope,
    unit: issuer.scope.endsWith('区') ? '全区' : '全市',
    year,
    word: r.pick(ph.words),
    subject: r.pick(ph.policySubjects),
    cap: maxSupportYuan === null ? '适当' : `最高${wanText(maxSupportYuan)}万元`,
    measures: r.int(10, 30),
    scale: r.pick(['300', '500', '800', '1000', '2000']),
  };
  let variant = r.pick(theme.variants);
  const title = titles.claim(
    () => {
      ctx.word = r.pick(ph.words);
      ctx.subject = r.pick(ph.policySubjects);
      variant = r.pick(theme.variants);
      return variant[0](ctx);
    },
    (base, k) => (base.endsWith('》') ? `${base.slice(0, -1)}（${k === 2 ? '修订' : `第${k - 1}次修订`}）》` : `${base}（第${k}批）`),
  );
  const summary = variant[1](ctx);
  return {
    ...recordHead(c, 'policy', n),
    tags: tags(r, POLICY_TAGS, otherLabel),
    sourceUpdatedAt: updatedAfter(r, dates.published, 400),
    title,
    docNumber: r.chance(0.15) ? null : docNumber(r, docs, issuer, year),
    issuer: issuer.name,
    publishedOn: isoDate(dates.published),
    effectiveFrom: dates.effectiveFrom === null ? null : isoDate(dates.effectiveFrom),
    expiresOn: dates.expiresOn === null ? null : isoDate(dates.expiresOn),
    categories,
    industries,
    summary,
    maxSupportYuan,
    eligibility: eligibility(r, theme, issuer.scope),
  };
}

export function completePolicies(job: Completion<'policy'>): PolicyRecord[] {
  const docs: DocState = { used: new Set(job.curated.flatMap((x) => (x.docNumber ? [x.docNumber] : []))), next: new Map() };
  return completeWith('policy', job, {
    title: (x) => x.title,
    hasOther: (x) => x.categories.includes('OTHER'),
    make: (c, n, titles, forceOther) => makePolicy(c, n, titles, docs, forceOther),
  });
}
