/**
 * Generated achievements (成果展示), cooperation items (合作清单), technology managers (技术经理人)
 * and consortia (创新联合体), completing the curated ones by the rules of generator.ts. Partners
 * come from the other members' profiles; consortium codes are cited through citations.ts.
 */
import {
  ACHIEVEMENT_MATURITY,
  CONSORTIUM_ROLE,
  TRANSFER_MODE,
  type AchievementMaturity,
  type AchievementRecord,
  type ConsortiumRecord,
  type ConsortiumRole,
  type CooperationKind,
  type CooperationRecord,
  type CooperationStatus,
  type TechnologyManagerRecord,
  type TransferMode,
} from '../../schema/contract.js';
import type { Member } from '../../schema/registry.js';
import type { Citable, Citer } from './citations.js';
import {
  civilFromDays,
  completeWith,
  contact,
  dayOf,
  industriesFor,
  isoDate,
  LAST_UPDATE,
  moneyYuan,
  otherFieldFor,
  phrasesFor,
  pickIndustries,
  profileFor,
  publisherFor,
  randomDay,
  recordHead,
  tags,
  timestamp,
  updatedAfter,
  wanText,
  workday,
  type Completion,
  type Context,
  type NameRegistry,
} from './generator.js';
import {
  ACHIEVEMENT_TAGS,
  CONSORTIUM_TAGS,
  COOPERATION_TAGS,
  MANAGER_TAGS,
  OTHER_CONSORTIUM_ROLE_LABELS,
  OTHER_MATURITY_LABELS,
  OTHER_TRANSFER_MODE_LABELS,
  TECH_MANAGER_CERTIFICATES,
  TECH_MANAGER_LEVELS,
  TECH_MANAGER_SERVICES,
  type IndustryPhrases,
  type MemberProfile,
} from './phrases.js';
import type { Rng } from './random.js';

type OrganizationKind = 'UNIVERSITY' | 'RESEARCH_INSTITUTE' | 'ENTERPRISE';

/** A university, institute or company of the member whose profile this is. */
function organizationOf(r: Rng, profile: MemberProfile, ph: IndustryPhrases, kind: OrganizationKind): string {
  return publisherFor(r, kind, null, profile, ph, []);
}

function anyOrganizationOf(r: Rng, profile: MemberProfile, ph: IndustryPhrases): string {
  return organizationOf(r, profile, ph, r.weighted([['UNIVERSITY', 35], ['RESEARCH_INSTITUTE', 30], ['ENTERPRISE', 35]] as const));
}

/** `count` other members (as many as there are, at most), in registry order. */
function othersOf(r: Rng, member: Member, corridor: readonly Member[], count: number): Member[] {
  const others = corridor.filter((m) => m.slug !== member.slug);
  return r.sample(others, count).sort((a, b) => corridor.indexOf(a) - corridor.indexOf(b));
}

/** One organisation of each other member, then now and then one more of any of them; distinct, never `lead`. */
function partnersFrom(r: Rng, others: readonly Member[], ph: IndustryPhrases, lead: string): string[] {
  const partners: string[] = [];
  const add = (name: string): void => {
    if (name !== lead && !partners.includes(name)) partners.push(name);
  };
  for (const other of others) add(anyOrganizationOf(r, profileFor(other), ph));
  if (others.length > 0 && r.chance(0.3)) add(anyOrganizationOf(r, profileFor(r.pick(others)), ph));
  return partners;
}

/** 2026年3月 — how summaries write a month. */
function monthText(day: number): string {
  const [y, m] = civilFromDays(day);
  return `${y}年${m}月`;
}

// ---------------------------------------------------------------------------------------------
// Technology managers
// ---------------------------------------------------------------------------------------------

const MANAGER_ORGANIZATIONS: readonly ((c: Context, ph: IndustryPhrases) => string)[] = [
  (c) => `${c.r.pick(c.profile.universities)}技术转移中心`,
  (c) => c.r.pick(c.profile.institutes),
  (c) => `${c.profile.scope}技术转移中心`,
  (c) => `${c.profile.cityShort}科技成果转化服务中心`,
  (c, ph) => `${c.r.pick(c.profile.companyPrefixes)}${c.r.pick(ph.brands)}${c.r.pick(['知识产权代理有限公司', '科技咨询有限公司', '技术转移有限公司'])}`,
];

const EDUCATION = ['博士', '硕士', '理学博士', '工学硕士', '本科'];

function makeTechnologyManager(c: Context, n: number): TechnologyManagerRecord {
  const { r, profile } = c;
  const { industries, otherLabel } = industriesFor(r, c.leading, r.chance(0.04));
  const ph = phrasesFor(industries, otherLabel);
  // The manager is their own contact.
  const person = contact(r, profile, `${profile.mailTag}jsjl.example.com`, 0.85);
  const organization = r.pick(MANAGER_ORGANIZATIONS)(c, ph);
  const technicalFields = r.sample(ph.fields, r.int(1, 3));
  const services = r.sample(TECH_MANAGER_SERVICES, r.int(2, 4));
  const years = r.int(3, 18);
  const deals = r.int(5, 80);
  const profileText =
    `${r.pick(EDUCATION)}，从事技术转移工作${years}年，沿沪宁技术经理人联盟成员。` +
    `累计促成技术合同${deals}项、成交额${wanText(moneyYuan(r, 100, 20000))}万元，擅长${technicalFields.join('、')}领域的${services[0] ?? '需求挖掘'}` +
    (r.chance(0.4) ? `，曾全程参与"上海研发-江苏制造"协同项目。` : '。');
  return {
    ...recordHead(c, 'technologyManager', n),
    tags: tags(r, MANAGER_TAGS, otherLabel),
    sourceUpdatedAt: timestamp(r, workday(randomDay(r, '2025-03-03', LAST_UPDATE))),
    name: person.name,
    organization,
    technicalFields,
    industries,
    certifications: [r.pick(TECH_MANAGER_LEVELS), ...r.sample(TECH_MANAGER_CERTIFICATES, r.int(0, 2))],
    services,
    profile: profileText,
    contact: person,
  };
}

/** People share names: a manager's name is not unique, so none is claimed. */
export function completeTechnologyManagers(job: Completion<'technologyManager'>): TechnologyManagerRecord[] {
  return completeWith('technologyManager', job, { title: (x) => x.name, make: makeTechnologyManager });
}

// ---------------------------------------------------------------------------------------------
// Consortia
// ---------------------------------------------------------------------------------------------

const LEAD_KINDS: Record<Exclude<ConsortiumRole, 'OTHER'>, readonly (readonly [OrganizationKind, number])[]> = {
  CHAIN_LEADER: [['ENTERPRISE', 70], ['RESEARCH_INSTITUTE', 30]],
  ALLIANCE_LEADER: [['ENTERPRISE', 100]],
  LEAD_UNIT: [['RESEARCH_INSTITUTE', 60], ['UNIVERSITY', 40]],
};

const CONSORTIUM_TARGETS: readonly ((r: Rng) => string)[] = [
  (r) => `形成团体标准${r.int(2, 6)}项`,
  (r) => `突破关键核心技术${r.int(3, 10)}项`,
  (r) => `带动产业规模超${r.pick([50, 100, 300, 500])}亿元`,
  (r) => `建成中试验证线${r.int(1, 3)}条`,
];

/** Later batches' codes name the registering member: YHN-LHT-2026-WX002 (the first batch's are YHN-LHT-2025-001 …). */
function consortiumCode(profile: MemberProfile, year: number, n: number): string {
  return `YHN-LHT-${year}-${profile.prefix}${String(n).padStart(3, '0')}`;
}

function makeConsortium(c: Context, corridor: readonly Member[], n: number, names: NameRegistry): ConsortiumRecord {
  const { r, profile, member } = c;
  const otherField = otherFieldFor(r, null, 0.08, [['leadRole', 6], ['industry', 2]]);
  const otherRole = otherField === 'leadRole' ? r.pick(OTHER_CONSORTIUM_ROLE_LABELS) : null;
  const chosen = otherField === 'industry' ? industriesFor(r, c.leading, true) : { industries: pickIndustries(r, c.leading, 2), otherLabel: null };
  const otherLabel = otherRole ?? chosen.otherLabel;
  const ph = phrasesFor(chosen.industries, otherLabel);
  let technicalField = '';
  const name = names.claim(
    () => {
      technicalField = r.pick(ph.fields);
      return `沿沪宁${technicalField}创新联合体`;
    },
    (base, k) => `${base}（${k}）`,
  );
  const leadRole: ConsortiumRole = otherRole === null ? r.weighted([['CHAIN_LEADER', 40], ['ALLIANCE_LEADER', 30], ['LEAD_UNIT', 30]] as const) : 'OTHER';
  const leadKind = leadRole === 'OTHER' ? 'ENTERPRISE' : r.weighted(LEAD_KINDS[leadRole]);
  const leadOrganization = organizationOf(r, profile, ph, leadKind);
  const others = othersOf(r, member, corridor, r.int(1, 3));
  // A local partner of another kind than the lead, so it is never the lead itself.
  const localPartner = organizationOf(r, profile, ph, leadKind === 'UNIVERSITY' ? 'RESEARCH_INSTITUTE' : 'UNIVERSITY');
  const partners = [localPartner, ...partnersFrom(r, others, ph, leadOrganization).filter((p) => p !== localPartner)];
  const founded = workday(randomDay(r, '2025-10-27', '2026-10-30'));
  const year = civilFromDays(founded)[0];
  return {
    ...recordHead(c, 'consortium', n),
    tags: tags(r, CONSORTIUM_TAGS, otherLabel),
    sourceUpdatedAt: updatedAfter(r, founded, 200),
    name,
    code: consortiumCode(profile, year, n),
    technicalField,
    industries: chosen.industries,
    leadOrganization,
    leadRole,
    partners,
    members: [member.slug, ...others.map((m) => m.slug)],
    goals:
      `由${leadOrganization}担任${otherRole ?? CONSORTIUM_ROLE.labels[leadRole]}，联合${partners.join('、')}，聚焦${technicalField}"卡脖子"技术协同攻关；` +
      `企业统筹资源与产业落地，高校专注前沿理论和原始创新，研究院承担标准制定与知识产权布局。到${year + 3}年，${r.pick(CONSORTIUM_TARGETS)(r)}。`,
    foundedOn: isoDate(founded),
  };
}

export function completeConsortia(job: Completion<'consortium'>): ConsortiumRecord[] {
  return completeWith('consortium', job, { title: (x) => x.name, make: (c, n, names) => makeConsortium(c, job.corridor, n, names) });
}

// ---------------------------------------------------------------------------------------------
// Achievements
// ---------------------------------------------------------------------------------------------

/** The technology readiness levels each stage spans. */
const MATURITY_TRL: Record<Exclude<AchievementMaturity, 'OTHER'>, readonly [number, number]> = {
  LABORATORY: [2, 4],
  PROTOTYPE: [4, 6],
  PILOT: [6, 7],
  SMALL_BATCH: [7, 8],
  INDUSTRIALISED: [8, 9],
};
const MATURITY_WEIGHTS = [['LABORATORY', 20], ['PROTOTYPE', 25], ['PILOT', 22], ['SMALL_BATCH', 18], ['INDUSTRIALISED', 15]] as const;
const STANDARD_TRANSFER_MODES = TRANSFER_MODE.values.filter((mode) => mode !== 'OTHER');
const ACHIEVEMENT_SUFFIXES = ['技术', '关键技术', '关键技术及应用', '核心技术', '一体化解决方案', '成套技术'];
const PATENT_CHECK_WEIGHTS = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];

/** A granted patent number: ZL, the 12-digit application number (year, type, serial) and its check digit. */
function patentNumber(r: Rng, year: number): string {
  const application = `${year}${r.weighted([[1, 80], [2, 20]] as const)}${String(r.int(0, 9_999_999)).padStart(7, '0')}`;
  const sum = [...application].reduce((total, digit, i) => total + Number(digit) * (PATENT_CHECK_WEIGHTS[i] ?? 0), 0);
  const check = sum % 11;
  return `ZL${application}.${check === 10 ? 'X' : check}`;
}

function makeAchievement(c: Context, n: number, titles: NameRegistry, forceOther: boolean, citer: Citer): AchievementRecord {
  const { r, profile } = c;
  const otherField = otherFieldFor(r, forceOther ? 'maturity' : null, 0.05, [['maturity', 5], ['transferMode', 3], ['industry', 3]]);
  // The platform's own label for an OTHER maturity or transfer mode.
  const ownLabel =
    otherField === 'maturity' ? r.pick(OTHER_MATURITY_LABELS) : otherField === 'transferMode' ? r.pick(OTHER_TRANSFER_MODE_LABELS) : null;
  const chosen = industriesFor(r, c.leading, otherField === 'industry');
  const otherLabel = ownLabel ?? chosen.otherLabel;
  const ph = phrasesFor(chosen.industries, otherLabel);
  let [object, technicalField] = r.pick(ph.objects);
  const title = titles.claim(
    () => {
      [object, technicalField] = r.pick(ph.objects);
      return `${object}${r.pick(ACHIEVEMENT_SUFFIXES)}`;
    },
    (base, k) => `${base}（V${k}.0）`,
  );
  const owner = organizationOf(r, profile, ph, r.weighted([['UNIVERSITY', 45], ['RESEARCH_INSTITUTE', 30], ['ENTERPRISE', 25]] as const));
  const maturity: AchievementMaturity = otherField === 'maturity' ? 'OTHER' : r.weighted(MATURITY_WEIGHTS);
  const trlRange = maturity === 'OTHER' ? null : MATURITY_TRL[maturity];
  const trl = trlRange === null || r.chance(0.25) ? null : r.int(trlRange[0], trlRange[1]);
  const modeCount = r.weighted([[1, 45], [2, 40], [3, 15]] as const);
  // An unmapped mode comes first and takes one of the at most three places.
  const transferModes: TransferMode[] =
    otherField === 'transferMode' ? ['OTHER', ...r.sample(STANDARD_TRANSFER_MODES, modeCount - 1)] : r.sample(STANDARD_TRANSFER_MODES, modeCount);
  const published = workday(randomDay(r, '2023-03-01', '2026-11-13'));
  const publishedYear = civilFromDays(published)[0];
  const patents = Array.from({ length: r.weighted([[0, 25], [1, 35], [2, 25], [3, 15]] as const) }, () =>
    patentNumber(r, r.int(2017, Math.min(2025, publishedYear))),
  );
  const stage = maturity === 'OTHER' ? (ownLabel ?? '') : ACHIEVEMENT_MATURITY.labels[maturity];
  const modes = transferModes.map((mode) => (mode === 'OTHER' ? (ownLabel ?? '') : TRANSFER_MODE.labels[mode])).join('、');
  const specs = r.sample(ph.specs, r.int(1, 2)).join('，');
  const summary = r.pick([
    `${owner}围绕${technicalField}方向长期攻关，形成${title}。主要指标：${specs}；目前处于${stage}，可面向沿沪宁城市企业以${modes}方式转化。`,
    `针对${object}工程化成熟度不足的问题，${owner}研发了${title}，${specs}。成果处于${stage}，拟通过${modes}方式与企业合作。`,
    `该成果依托${owner}在${technicalField}方向的研究基础，${specs}${patents.length > 0 ? `，已获授权发明专利${patents.length}项` : ''}；寻求${modes}合作伙伴。`,
  ]);
  return {
    ...recordHead(c, 'achievement', n),
    tags: tags(r, ACHIEVEMENT_TAGS, otherLabel),
    sourceUpdatedAt: updatedAfter(r, published, 300),
    title,
    owner,
    technicalField,
    industries: chosen.industries,
    maturity,
    trl,
    transferModes,
    askingPriceYuan: r.chance(0.35) ? null : moneyYuan(r, 10, 3000),
    patents,
    summary,
    publishedOn: isoDate(published),
    consortiumCode: citer.consortiumCode(chosen.industries, 0.12),
    contact: contact(r, profile, `${profile.mailTag}cg.example.com`, 0.75),
  };
}

export function completeAchievements(job: Completion<'achievement'>, citable: Citable): AchievementRecord[] {
  return completeWith('achievement', job, { title: (x) => x.title, hasOther: (x) => x.maturity === 'OTHER', make: makeAchievement }, citable);
}

// ---------------------------------------------------------------------------------------------
// Cooperation items
// ---------------------------------------------------------------------------------------------

interface CooperationWords {
  lead: string;
  city: string;
  other: string;
  /** Where the lead does research and where the partner builds: 上海 / 南通. */
  leadPlace: string;
  otherPlace: string;
  word: string;
  field: string;
  object: string;
  spec: string;
  r: Rng;
}

interface CooperationTheme {
  weight: number;
  /** Who leads an item of the theme; any university, institute or company of the member when not given. */
  lead?: (c: Context) => string;
  titles: readonly ((w: CooperationWords) => string)[];
  /** What the partners do together, after "由…牵头，联合…". */
  work: (w: CooperationWords) => string;
}

const COOPERATION_THEMES: Record<Exclude<CooperationKind, 'OTHER' | 'CONSORTIUM_TASK'>, CooperationTheme> = {
  JOINT_RESEARCH: {
    weight: 24,
    titles: [(w) => `${w.object}跨区域联合攻关`, (w) => `${w.city}${w.other}${w.field}联合研发项目`],
    work: (w) => `围绕${w.object}开展联合攻关，目标${w.spec}`,
  },
  CO_BUILT_PLATFORM: {
    weight: 15,
    titles: [(w) => `${w.city}-${w.other}${w.field}联合实验室共建`, (w) => `沿沪宁${w.field}概念验证中心共建共用`, (w) => `${w.field}中试平台跨城共享`],
    work: (w) => `共建共用${w.field}平台，面向沿沪宁城市企业开放技术和市场"双验证"服务`,
  },
  INDUSTRY_CHAIN: {
    weight: 16,
    titles: [(w) => `${w.word}产业链上下游协同配套（${w.city}牵头）`, (w) => `沿沪宁${w.word}产业链式联盟${w.city}分链建设`],
    work: (w) => `梳理${w.word}产业链上下游配套需求，推动"强链、补链、延链"`,
  },
  CROSS_CITY_BUSINESS: {
    weight: 18,
    titles: [(w) => `${w.lead}"${w.leadPlace}研发、${w.otherPlace}制造"协同项目`, (w) => `${w.lead}在${w.other}设立生产基地`],
    work: (w) =>
      `推动"${w.leadPlace}研发、${w.otherPlace}制造"，` +
      w.r.pick([`生产成本降低${w.r.int(10, 45)}%`, `新增合同额${wanText(moneyYuan(w.r, 100, 5000))}万元`, `交付周期缩短${w.r.int(10, 40)}%`]),
  },
  TALENT_EXCHANGE: {
    weight: 10,
    titles: [(w) => `${w.city}-${w.other}${w.word}人才联合培养`, (w) => `沿沪宁${w.word}青年科技人才互派交流`],
    work: (w) => `互派${w.r.int(5, 40)}名${w.word}领域科研和工程人员开展交流`,
  },
  EVENT: {
    weight: 10,
    lead: (c) => c.r.pick(c.governmentPublishers),
    titles: [(w) => `沿沪宁${w.word}产业供需对接会（${w.city}站）`, (w) => `沿沪宁城市科技和产业协同创新日${w.word}分论坛`],
    work: (w) => `组织${w.word}产业供需对接，发布需求清单${w.r.int(10, 60)}项`,
  },
};

/** Cooperation kinds outside the contract vocabulary, by the platform's own label. */
const OTHER_COOPERATION_THEMES: Record<string, CooperationTheme> = {
  飞地经济: { weight: 0, titles: [(w) => `${w.city}-${w.other}科创飞地共建`], work: () => '探索"离岸创新+产业飞地"模式，在对方城市设立研发飞地' },
  政务服务协同: {
    weight: 0,
    lead: (c) => c.r.pick(c.governmentPublishers),
    titles: [(w) => `沿沪宁政务服务"远程虚拟窗口"${w.city}专窗`],
    work: () => '依托"远程虚拟窗口"实现企业开办、资质变更等事项跨省通办',
  },
  文旅合作: { weight: 0, titles: [(w) => `"沿着沪宁去旅行"${w.city}文旅科技合作`], work: () => '共建文旅大市场，联合推出"沿着沪宁去旅行"主题线路' },
};

const COOPERATION_WEIGHTS = [
  ...(Object.keys(COOPERATION_THEMES) as (keyof typeof COOPERATION_THEMES)[]).map((kind) => [kind, COOPERATION_THEMES[kind].weight] as const),
  ['CONSORTIUM_TASK', 10] as const,
];

interface CooperationDates {
  status: CooperationStatus;
  startedOn: number | null;
  endsOn: number | null;
  /** The day the item was listed, before any update. */
  listed: number;
}

/**
 * An event lasts a day or two: it is ahead or over, never under way on the reference date. A
 * consortium's task starts once the consortium is founded, and none has had the time to finish.
 */
function cooperationDates(r: Rng, event: boolean, consortium: ConsortiumRecord | null): CooperationDates {
  const status = r.weighted(
    event
      ? ([['PLANNED', 30], ['COMPLETED', 70]] as const)
      : consortium !== null
        ? ([['PLANNED', 20], ['IN_PROGRESS', 80]] as const)
        : ([['PLANNED', 15], ['IN_PROGRESS', 55], ['COMPLETED', 30]] as const),
  );
  const firstStart = consortium === null ? '2024-06-03' : consortium.foundedOn;
  switch (status) {
    case 'PLANNED': {
      const listed = workday(randomDay(r, '2026-03-02', '2026-11-13'));
      const startedOn = r.chance(0.4) ? null : workday(randomDay(r, '2026-12-01', '2027-06-30'));
      const endsOn = startedOn === null || r.chance(0.4) ? null : startedOn + (event ? r.int(0, 1) : r.int(180, 1080));
      return { status, startedOn, endsOn, listed };
    }
    case 'IN_PROGRESS': {
      const startedOn = Math.max(dayOf(firstStart), workday(randomDay(r, firstStart, '2026-10-30')));
      // Under way on the reference date: it ends after it, half a year after its start at the earliest.
      const earliestEnd = Math.max(dayOf('2026-12-01'), startedOn + 180);
      return { status, startedOn, endsOn: r.chance(0.2) ? null : randomDay(r, earliestEnd, earliestEnd + 900), listed: startedOn };
    }
    case 'COMPLETED': {
      const startedOn = workday(randomDay(r, '2024-06-03', event ? '2026-10-30' : '2025-12-31'));
      const endsOn = event ? startedOn + r.int(0, 1) : randomDay(r, startedOn + 90, Math.min(dayOf('2026-11-13'), startedOn + 1080));
      return { status, startedOn, endsOn, listed: startedOn };
    }
  }
}

function statusText(dates: CooperationDates, event: boolean): string {
  const what = event ? '活动' : '项目';
  switch (dates.status) {
    case 'PLANNED':
      return dates.startedOn === null ? `${what}正在筹备。` : `计划于${monthText(dates.startedOn)}${event ? '举办' : '启动'}。`;
    case 'IN_PROGRESS':
      return dates.endsOn === null ? `${what}正在推进中。` : `${what}推进中，预计${monthText(dates.endsOn)}完成。`;
    case 'COMPLETED':
      return `已于${monthText(dates.endsOn ?? dates.listed)}${event ? '举办' : '完成'}。`;
  }
}

function cooperationTheme(kind: CooperationKind, otherKindLabel: string | null, consortium: ConsortiumRecord | null, ph: IndustryPhrases): CooperationTheme {
  if (consortium !== null) {
    return {
      weight: 0,
      titles: [(w) => `${consortium.name}：${w.object}${w.r.pick(ph.goals)}任务`],
      work: (w) => `承担${consortium.name}（${consortium.code}）的${w.object}攻关任务`,
    };
  }
  if (kind === 'OTHER' || kind === 'CONSORTIUM_TASK') return OTHER_COOPERATION_THEMES[otherKindLabel ?? ''] ?? COOPERATION_THEMES.JOINT_RESEARCH;
  return COOPERATION_THEMES[kind];
}

function makeCooperation(c: Context, corridor: readonly Member[], n: number, titles: NameRegistry, forceOther: boolean, citer: Citer): CooperationRecord {
  const { r, profile, member } = c;
  const otherField = otherFieldFor(r, forceOther ? 'cooperationKind' : null, 0.04, [['cooperationKind', 6], ['industry', 3]]);
  const otherKindLabel = otherField === 'cooperationKind' ? r.pick(Object.keys(OTHER_COOPERATION_THEMES)) : null;
  let chosen = industriesFor(r, c.leading, otherField === 'industry');
  let cooperationKind: CooperationKind = otherKindLabel === null ? r.weighted(COOPERATION_WEIGHTS) : 'OTHER';
  // A consortium task needs a consortium the member is in; without one it is joint research.
  const consortium = cooperationKind === 'CONSORTIUM_TASK' ? citer.consortiumFor(chosen.industries) : null;
  if (cooperationKind === 'CONSORTIUM_TASK' && consortium === null) cooperationKind = 'JOINT_RESEARCH';
  if (consortium !== null) chosen = { industries: consortium.industries.slice(), otherLabel: null };
  const otherLabel = otherKindLabel ?? chosen.otherLabel;
  const ph = phrasesFor(chosen.industries, otherLabel);

  const theme = cooperationTheme(cooperationKind, otherKindLabel, consortium, ph);
  const lead =
    consortium !== null && consortium.city === member.slug ? consortium.leadOrganization : (theme.lead?.(c) ?? anyOrganizationOf(r, profile, ph));
  const others =
    consortium !== null
      ? corridor.filter((m) => m.slug !== member.slug && consortium.members.includes(m.slug)).slice(0, 4)
      : othersOf(r, member, corridor, r.int(1, 4));
  const partners =
    consortium !== null
      ? [consortium.leadOrganization, ...consortium.partners].filter((p) => p !== lead).slice(0, 4)
      : partnersFrom(r, others, ph, lead);
  const partner = r.pick(others.length > 0 ? others : corridor);
  const inField = ph.objects.filter(([, f]) => f === consortium?.technicalField);
  const [object, field] = r.pick(inField.length > 0 ? inField : ph.objects);
  const words: CooperationWords = {
    lead,
    city: profile.cityShort,
    other: profileFor(partner).cityShort,
    leadPlace: profile.companyPrefixes[0] ?? profile.cityShort,
    otherPlace: profileFor(partner).companyPrefixes[0] ?? profileFor(partner).cityShort,
    word: r.pick(ph.words),
    field,
    object,
    spec: r.pick(ph.specs),
    r,
  };
  const title = titles.claim(
    () => {
      words.word = r.pick(ph.words);
      return r.pick(theme.titles)(words);
    },
    (base, k) => `${base}（第${k}期）`,
  );
  const dates = cooperationDates(r, cooperationKind === 'EVENT', consortium);
  return {
    ...recordHead(c, 'cooperation', n),
    tags: tags(r, COOPERATION_TAGS, otherLabel),
    sourceUpdatedAt: updatedAfter(r, dates.listed, 240),
    title,
    cooperationKind,
    leadOrganization: lead,
    members: [member.slug, ...others.map((m) => m.slug)],
    partners,
    status: dates.status,
    startedOn: dates.startedOn === null ? null : isoDate(dates.startedOn),
    endsOn: dates.endsOn === null ? null : isoDate(dates.endsOn),
    summary: `由${lead}牵头，联合${partners.join('、')}，${theme.work(words)}。${statusText(dates, cooperationKind === 'EVENT')}`,
    industries: chosen.industries,
    consortiumCode: consortium?.code ?? citer.consortiumCode(chosen.industries, 0.06),
  };
}

export function completeCooperation(job: Completion<'cooperation'>, citable: Citable): CooperationRecord[] {
  return completeWith(
    'cooperation',
    job,
    {
      title: (x) => x.title,
      hasOther: (x) => x.cooperationKind === 'OTHER',
      make: (c, n, titles, forceOther, cite) => makeCooperation(c, job.corridor, n, titles, forceOther, cite),
    },
    citable,
  );
}
