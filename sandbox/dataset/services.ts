/**
 * Generated finance products (金融服务) and talent services (人才交流), completing the curated ones
 * (the corridor's two loans and Putuo's talent services) by the rules of generator.ts.
 */
import type { FinanceProductKind, FinanceProductRecord, TalentServiceKind, TalentServiceRecord } from '../../schema/contract.js';
import type { Member } from '../../schema/registry.js';
import {
  address,
  civilFromDays,
  completeWith,
  contact,
  industriesFor,
  isoDate,
  issuersWith,
  locate,
  moneyYuan,
  otherFieldFor,
  phrasesFor,
  pickTheme,
  randomDay,
  recordHead,
  tags,
  updatedAfter,
  workday,
  type Completion,
  type Context,
  type NameRegistry,
} from './generator.js';
import {
  FINANCE_TAGS,
  INSURERS,
  NATIONAL_BANKS,
  PROVINCIAL_BANKS,
  TALENT_TAGS,
  type MemberProfile,
} from './phrases.js';
import type { Rng } from './random.js';

/** The place in company names: 上海普陀 for Putuo, 南京 for Nanjing. */
function placeName(profile: MemberProfile): string {
  const place = profile.companyPrefixes[0] ?? profile.cityShort;
  return place === profile.cityShort ? place : `${place}${profile.cityShort}`;
}

/** A bank's office in the member: a 支行 in a district (普陀支行), a 分行 in a city (无锡分行). */
function branchOf(profile: MemberProfile, bank: string): string {
  return `${bank}${profile.cityShort}${profile.scope.endsWith('区') ? '支行' : '分行'}`;
}

/** The members' names as a platform writes them: 沿沪宁"八市一区" when it is all of them. */
function servedScope(served: readonly Member[], corridor: readonly Member[]): string {
  return served.length === corridor.length ? '沿沪宁"八市一区"' : served.map((m) => m.nameZh).join('、');
}

// ---------------------------------------------------------------------------------------------
// Finance products
// ---------------------------------------------------------------------------------------------

interface FinanceWords {
  city: string;
  word: string;
}

interface FinanceTheme {
  weight: number;
  names: readonly ((w: FinanceWords) => string)[];
  lenders: (c: Context) => readonly string[];
  /** Bounds of the largest amount, in 万元. */
  maxWan: readonly [number, number];
  terms: readonly number[];
  rate: (r: Rng) => string;
  /** E-mail host part of the lender's contact. */
  mail: string;
}

const banksOf = (c: Context): string[] =>
  [...NATIONAL_BANKS, ...(PROVINCIAL_BANKS[c.member.provinceZh] ?? [])].map((bank) => branchOf(c.profile, bank));

const loanRate = (r: Rng): string =>
  r.pick([`年化${r.float(2.55, 4.35).toFixed(2)}%起`, `LPR+${r.int(5, 60)}bp起`, `LPR-${r.int(5, 30)}bp起`, `年化${r.float(2.8, 3.9).toFixed(2)}%，贴息后低至${r.float(1.2, 2.4).toFixed(2)}%`]);

const FINANCE_THEMES: Record<Exclude<FinanceProductKind, 'OTHER'>, FinanceTheme> = {
  CREDIT_LOAN: {
    weight: 34,
    names: [(w) => `${w.city}科创贷`, (w) => `"${w.word}"研发贷`, () => '专精特新信用贷', (w) => `${w.city}英才贷`, () => '科技成长贷', () => '沿沪宁科技e贷'],
    lenders: banksOf,
    maxWan: [100, 3000],
    terms: [12, 24, 36],
    rate: loanRate,
    mail: 'bank',
  },
  IP_PLEDGE_LOAN: {
    weight: 16,
    names: [() => '知识产权质押贷', () => '专利e贷', (w) => `"${w.word}"知产融`, () => '商标专利混合质押贷'],
    lenders: banksOf,
    maxWan: [50, 2000],
    terms: [12, 24, 36],
    rate: loanRate,
    mail: 'bank',
  },
  GUARANTEE: {
    weight: 10,
    names: [() => '科技型中小企业批量担保', (w) => `首贷担保"${w.city}担"`, (w) => `${w.word}企业履约担保`],
    lenders: (c) => [`${placeName(c.profile)}科技融资担保有限公司`, `${placeName(c.profile)}中小企业融资担保有限公司`],
    maxWan: [100, 2000],
    terms: [12, 24, 36],
    rate: (r) => `担保费率${r.pick(['0.5', '0.8', '1'])}%/年`,
    mail: 'dbgs',
  },
  EQUITY_FUND: {
    weight: 12,
    names: [(w) => `${w.city}${w.word}产业投资基金`, (w) => `${w.city}天使投资引导基金`, (w) => `沿沪宁${w.word}科创基金（${w.city}）`],
    lenders: (c) => [`${placeName(c.profile)}创新投资集团有限公司`, `${placeName(c.profile)}科创投资管理有限公司`],
    maxWan: [500, 5000],
    terms: [60, 84, 120],
    rate: () => '股权投资，按投资协议约定',
    mail: 'ctjj',
  },
  INSURANCE: {
    weight: 12,
    names: [() => '首台（套）重大技术装备综合保险', () => '研发费用损失保险', () => '知识产权侵权责任保险', () => '关键研发设备损失保险', (w) => `${w.word}首批次应用保险`],
    lenders: (c) => INSURERS.map((insurer) => `${insurer}股份有限公司${c.profile.cityShort}${c.profile.scope.endsWith('区') ? '支公司' : '分公司'}`),
    maxWan: [50, 5000],
    terms: [12],
    rate: (r) => `保险费率${r.float(0.3, 1.5).toFixed(1)}%`,
    mail: 'ins',
  },
  SUPPLY_CHAIN: {
    weight: 16,
    names: [(w) => `链主e贷（${w.word}产业链）`, () => '订单贷', (w) => `应收账款融资"${w.city}链融"`, () => '票据e融'],
    lenders: banksOf,
    maxWan: [50, 5000],
    terms: [6, 12],
    rate: loanRate,
    mail: 'bank',
  },
};

/** Product kinds outside the contract vocabulary, by the platform's own label. */
const OTHER_FINANCE_THEMES: Record<string, FinanceTheme> = {
  融资租赁: { ...FINANCE_THEMES.CREDIT_LOAN, names: [(w) => `${w.word}设备融资租赁`], maxWan: [100, 5000], terms: [24, 36, 60] },
  投贷联动: { ...FINANCE_THEMES.CREDIT_LOAN, names: [(w) => `投贷联动"${w.city}科创通"`], terms: [36, 60] },
  科技信贷风险池: { ...FINANCE_THEMES.CREDIT_LOAN, names: [(w) => `${w.city}科技信贷风险补偿池贷款`], maxWan: [50, 1000], terms: [12, 24] },
};

const FINANCE_ENTITIES = ['科技型中小企业', '高新技术企业', '专精特新中小企业', '初创期科技企业', '链主企业上下游配套企业', '创新联合体成员单位'];
const FINANCE_CONDITIONS = [
  '成立满1年', '近一年营业收入<2亿元', '无不良征信记录', '拥有有效发明专利≥1项', '研发投入占营业收入比例≥3%', '实际控制人信用良好',
  '与沿沪宁城市单位有合作项目',
];
const FINANCE_APPLY: readonly ((lender: string, city: string) => string)[] = [
  () => '通过"沿沪宁协同创新集市"小程序"金融服务"板块在线申请，客户经理3个工作日内对接。',
  (lender) => `登录${lender}手机银行或官网"科创金融"专区提交申请。`,
  (lender) => `携营业执照、近两年财务报表至${lender}办理。`,
  (_, city) => `经${city}科技金融服务工作站推荐后线上提交材料。`,
];

/** The member first, then with some chance other members, or the whole corridor. */
function servingMembers(r: Rng, member: Member, corridor: readonly Member[]): Member[] {
  const others = corridor.filter((m) => m.slug !== member.slug);
  const roll = r.next();
  if (roll < 0.2) return [member, ...others];
  if (roll < 0.45) return [member, ...r.sample(others, r.int(1, 3)).sort((a, b) => corridor.indexOf(a) - corridor.indexOf(b))];
  return [member];
}

function makeFinanceProduct(c: Context, corridor: readonly Member[], n: number, names: NameRegistry): FinanceProductRecord {
  const { r, profile, member } = c;
  const otherField = otherFieldFor(r, null, 0.08, [['productKind', 6], ['industry', 3]]);
  const { value: productKind, theme, otherLabel: ownLabel } = pickTheme(r, otherField === 'productKind', FINANCE_THEMES, OTHER_FINANCE_THEMES);
  const chosen = industriesFor(r, c.leading, otherField === 'industry');
  const otherLabel = ownLabel ?? chosen.otherLabel;
  const ph = phrasesFor(chosen.industries, otherLabel);
  const words: FinanceWords = { city: profile.cityShort, word: r.pick(ph.words) };
  const name = names.claim(
    () => {
      words.word = r.pick(ph.words);
      return r.pick(theme.names)(words);
    },
    (base, k) => `${base}${k}.0`,
  );
  const lender = r.pick(theme.lenders(c));
  const served = servingMembers(r, member, corridor);
  const published = workday(randomDay(r, served.length === corridor.length ? '2025-10-27' : '2023-03-01', '2026-11-13'));
  const maxAmountYuan = r.chance(0.15) ? null : moneyYuan(r, theme.maxWan[0], theme.maxWan[1]);
  const [condition, another] = r.sample(FINANCE_CONDITIONS, 2) as [string, string];
  return {
    ...recordHead(c, 'financeProduct', n),
    tags: tags(r, FINANCE_TAGS, otherLabel),
    sourceUpdatedAt: updatedAfter(r, published, 300),
    name,
    lender,
    productKind,
    industries: chosen.industries,
    minAmountYuan: r.chance(0.5) ? null : r.pick([10, 20, 30, 50]) * 10000,
    maxAmountYuan,
    rate: r.chance(0.2) ? null : theme.rate(r),
    termMonths: r.chance(0.15) ? null : r.pick(theme.terms),
    eligibility: `在${servedScope(served, corridor)}注册的${r.pick(FINANCE_ENTITIES)}；${condition}；${another}。`,
    servingMembers: served.map((m) => m.slug),
    howToApply: r.pick(FINANCE_APPLY)(lender, profile.cityShort),
    publishedOn: isoDate(published),
    contact: contact(r, profile, `${profile.mailTag}${theme.mail}.example.com`, 0.6),
  };
}

export function completeFinanceProducts(job: Completion<'financeProduct'>): FinanceProductRecord[] {
  return completeWith('financeProduct', job, { title: (x) => x.name, make: (c, n, names) => makeFinanceProduct(c, job.corridor, n, names) });
}

// ---------------------------------------------------------------------------------------------
// Talent services
// ---------------------------------------------------------------------------------------------

interface TalentWords {
  scope: string;
  city: string;
  place: string;
  area: string;
  word: string;
  field: string;
  brand: string;
  year: number;
  university: string;
  institute: string;
  hospital: string;
  /** The talent office (人才办) and the human-resources bureau of the member. */
  talentOffice: string;
  hrBureau: string;
}

/** A service's name with the body that provides it. */
type TalentVariant = (w: TalentWords) => readonly [name: string, provider: string];

interface TalentTheme {
  weight: number;
  variants: readonly TalentVariant[];
  /** Places, rooms or seats offered. */
  capacity: readonly [number, number];
  availability: (r: Rng, capacity: number, published: number) => string;
  eligibility: (w: TalentWords) => string;
}

const deadlineText = (published: number, r: Rng): string => {
  const [y, m, d] = civilFromDays(published + r.int(20, 60));
  return `报名截止${y}年${m}月${d}日`;
};

const TALENT_THEMES: Record<Exclude<TalentServiceKind, 'OTHER'>, TalentTheme> = {
  TALENT_APARTMENT: {
    weight: 28,
    variants: [
      (w) => [`${w.area}人才公寓`, `${w.scope}人才服务中心`],
      (w) => [`${w.area}青年人才驿站`, `${w.place}安居集团有限公司`],
      (w) => [`${w.area}国际人才社区`, `${w.place}${w.area}人才公寓运营管理有限公司`],
      (w) => [`${w.area}科创人才公寓`, `${w.place}安居集团有限公司`],
    ],
    capacity: [40, 600],
    availability: (r, capacity) => (r.chance(0.2) ? '暂满，可登记轮候' : `可入住${r.int(1, Math.min(60, capacity))}套`),
    eligibility: (w) => `在${w.scope}全职工作的青年科技人才、技术经理人；租金不高于同地段市场价的70%，租期最长3年。`,
  },
  SHORT_STAY: {
    weight: 10,
    variants: [
      (w) => [`沿沪宁人才来${w.city}短期访问服务`, `${w.scope}人才服务中心`],
      (w) => [`${w.area}人才驿站短住服务`, w.talentOffice],
      (w) => [`科创人才"${w.city}一周"体验服务`, w.talentOffice],
    ],
    capacity: [10, 80],
    availability: (r) => `本月可预约${r.int(2, 20)}间`,
    eligibility: (w) => `来${w.city}开展合作交流的沿沪宁城市科创人才，须由合作单位推荐；每次最长免费入住7天。`,
  },
  INSTITUTE_VISIT: {
    weight: 12,
    variants: [
      (w) => [`${w.institute}开放日对接服务`, w.institute],
      (w) => [`${w.university}${w.field}实验室开放对接`, w.university],
      (w) => [`"院所行"${w.word}专场对接`, `${w.scope}科学技术协会`],
    ],
    capacity: [20, 100],
    availability: (r, capacity) => `余${r.int(1, capacity)}席`,
    eligibility: (w) => `沿沪宁城市${w.word}领域企业技术负责人及科研人员，每家单位限报2人。`,
  },
  TALENT_PROGRAMME: {
    weight: 14,
    variants: [
      (w) => [`${w.brand}计划（${w.word}方向）`, w.talentOffice],
      (w) => [`${w.year}年度${w.scope}${w.word}领军人才项目`, w.hrBureau],
      (w) => [`沿沪宁${w.word}青年科学家联合培养计划`, w.university],
    ],
    capacity: [10, 100],
    availability: (r, _, published) => deadlineText(published, r),
    eligibility: (w) => `在${w.scope}创新创业的${w.word}领域高层次人才及团队，年龄一般不超过45周岁。`,
  },
  RECRUITMENT_EVENT: {
    weight: 16,
    variants: [
      (w) => [`${w.year}年${w.scope}${w.word}产业专场招聘会`, w.hrBureau],
      (w) => [`沿沪宁高校毕业生"${w.city}行"招聘活动`, w.hrBureau],
      (w) => [`"${w.brand}"海外人才云聘会`, w.talentOffice],
    ],
    capacity: [50, 300],
    availability: (r, capacity) => (r.chance(0.5) ? `余${r.int(1, Math.min(40, capacity))}个展位` : '报名中'),
    eligibility: (w) => `在${w.scope}注册的用人单位；求职者不限户籍，沿沪宁城市高校毕业生优先。`,
  },
  TRAINING: {
    weight: 16,
    variants: [
      (w) => [`技术经理人能力提升培训班（${w.city}站）`, `${w.scope}技术经理人协会`],
      (w) => [`${w.word}工程师高级研修班`, `${w.university}继续教育学院`],
      (w) => [`沿沪宁${w.word}产业人才交流沙龙`, `${w.scope}科学技术协会`],
    ],
    capacity: [30, 120],
    availability: (r, _, published) => deadlineText(published, r),
    eligibility: (w) => `从事${w.field}研发、技术转移或产业服务的在职人员，沿沪宁城市学员免收培训费。`,
  },
};

/** Service kinds outside the contract vocabulary, by the platform's own label. */
const OTHER_TALENT_THEMES: Record<string, TalentTheme> = {
  子女入学服务: {
    ...TALENT_THEMES.SHORT_STAY,
    variants: [(w) => ['高层次人才子女入学服务', `${w.scope}教育局`]],
    eligibility: (w) => `经认定的${w.scope}高层次人才，其子女可按意愿协调就读义务教育阶段学校。`,
  },
  人才医疗绿色通道: {
    ...TALENT_THEMES.SHORT_STAY,
    variants: [(w) => [`${w.hospital}人才医疗绿色通道`, w.hospital]],
    eligibility: (w) => `持有${w.brand}服务卡的人才及其配偶、子女、父母。`,
  },
  人才落户服务: {
    ...TALENT_THEMES.SHORT_STAY,
    variants: [(w) => [`${w.scope}人才落户"一件事"服务`, `${w.scope}人才服务中心`]],
    eligibility: (w) => `在${w.scope}就业创业、具有本科及以上学历或中级及以上职称的人才。`,
  },
};

const TALENT_APPLY: readonly ((provider: string, brand: string, where: string) => string)[] = [
  () => '通过"沿沪宁协同创新集市"小程序"人才交流"板块在线申请。',
  (_, brand) => `登录"${brand}"服务平台提交申请材料，5个工作日内反馈。`,
  (provider) => `由用人单位统一向${provider}提交申请。`,
  (_, __, where) => `现场办理：${where}。`,
];

function makeTalentService(c: Context, n: number, names: NameRegistry): TalentServiceRecord {
  const { r, profile, member } = c;
  const otherField = otherFieldFor(r, null, 0.08, [['serviceKind', 6], ['industry', 3]]);
  const { value: serviceKind, theme, otherLabel: ownLabel } = pickTheme(r, otherField === 'serviceKind', TALENT_THEMES, OTHER_TALENT_THEMES);
  const chosen = industriesFor(r, c.leading, otherField === 'industry');
  const otherLabel = ownLabel ?? chosen.otherLabel;
  const ph = phrasesFor(chosen.industries, otherLabel);
  const d = r.pick(profile.districts);
  const landmarks = c.landmarksFor.get(d) ?? profile.landmarks;
  const published = workday(randomDay(r, '2024-01-02', '2026-11-13'));
  const words: TalentWords = {
    scope: profile.scope,
    city: profile.cityShort,
    place: placeName(profile),
    area: d.short,
    word: r.pick(ph.words),
    field: r.pick(ph.fields),
    brand: profile.talentBrand,
    year: civilFromDays(published)[0],
    university: r.pick(profile.universities),
    institute: r.pick(profile.institutes),
    hospital: r.pick(profile.hospitals),
    talentOffice: r.pick(issuersWith(profile, ['talent', 'hr'])).name,
    hrBureau: r.pick(issuersWith(profile, ['hr'])).name,
  };
  let provider = '';
  const name = names.claim(
    () => {
      words.area = r.chance(0.55) ? d.short : r.pick(landmarks);
      words.word = r.pick(ph.words);
      const [candidate, providedBy] = r.pick(theme.variants)(words);
      provider = providedBy;
      return candidate;
    },
    (base, k) => `${base}（第${k}期）`,
  );
  const where = address(r, profile, d);
  const capacity = r.chance(0.25) ? null : r.int(theme.capacity[0], theme.capacity[1]);
  return {
    ...recordHead(c, 'talentService', n),
    tags: tags(r, TALENT_TAGS, otherLabel),
    sourceUpdatedAt: updatedAfter(r, published, 240),
    name,
    serviceKind,
    provider,
    industries: chosen.industries,
    address: where,
    district: d.name,
    location: locate(r, d.anchor, member.centre),
    eligibility: theme.eligibility(words),
    capacity,
    availability: r.chance(0.3) ? null : theme.availability(r, capacity ?? theme.capacity[1], published),
    howToApply: r.pick(TALENT_APPLY)(provider, profile.talentBrand, where),
    publishedOn: isoDate(published),
    contact: contact(r, profile, `${profile.mailTag}rc.example.com`, 0.6),
  };
}

export function completeTalentServices(job: Completion<'talentService'>): TalentServiceRecord[] {
  return completeWith('talentService', job, { title: (x) => x.name, make: makeTalentService });
}
