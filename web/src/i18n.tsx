/**
 * Chinese by default, English by the header's toggle (remembered in the browser). Record text
 * (titles, names, snippets) is the platforms' own and stays as written; the page's own words are
 * here; member names come from the API (`nameZh`, `nameEn`), enumeration labels from its
 * `vocabularies` (vocabulary.ts), and labels the API words itself (a match's reasons) are asked
 * for in the page's language.
 */
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useVocabularies, type VocabularyName } from './vocabulary';

export type Language = 'zh' | 'en';

const LANGUAGE_STORAGE = 'corridor.language';

const MESSAGES = {
  title: ['一图览全域', 'Corridor explorer'],
  subtitle: ['沿沪宁产业创新带', 'Shanghai–Nanjing innovation corridor'],
  languageToggle: ['English', '中文'],
  navMap: ['地图', 'Map'],
  navSearch: ['搜索', 'Search'],
  navMarketplace: ['我要发榜 / 我要揭榜', 'Publish / apply'],
  navStatus: ['成员状态', 'Members'],
  sectionPolicies: ['政策发布', 'Policies'],
  sectionCarriers: ['资源共享', 'Carriers'],
  sectionChallenges: ['技术对接', 'Challenges'],
  sectionFinanceProducts: ['金融服务', 'Finance'],
  sectionTalentServices: ['人才交流', 'Talent services'],
  sectionAchievements: ['成果展示', 'Achievements'],
  sectionCooperationItems: ['合作清单', 'Cooperation'],
  sectionTechnologyManagers: ['技术经理人', 'Technology managers'],
  sectionConsortia: ['创新联合体', 'Consortia'],
  searchPlaceholder: ['全域搜索，如 芯片、人才公寓', 'Search the corridor, e.g. 芯片, robot'],
  searchButton: ['搜索', 'Search'],
  searchHint: ['输入两个或以上汉字，或英文单词', 'Two Chinese characters or more, or English words'],
  results: ['{count} 条结果', '{count} results'],
  records: ['共 {count} 条', '{count} records'],
  loadMore: ['加载更多', 'Load more'],
  allShown: ['已显示全部 {count} 条', 'All {count} shown'],
  loading: ['加载中…', 'Loading…'],
  noResults: ['没有符合条件的记录', 'Nothing matches'],
  filterMembers: ['成员', 'Members'],
  filterIndustries: ['产业', 'Industries'],
  filterKinds: ['类型', 'Kinds'],
  filterText: ['关键词', 'Keywords'],
  orderBy: ['排序', 'Order'],
  clearFilters: ['清除筛选', 'Clear filters'],
  allMembers: ['全部成员', 'All members'],
  allIndustries: ['全部产业', 'All industries'],
  facetCategories: ['类别', 'Categories'],
  facetStatuses: ['状态', 'Status'],
  facetKinds: ['载体类型', 'Carrier kinds'],
  facetLevels: ['级别', 'Levels'],
  facetProductKinds: ['产品类型', 'Product kinds'],
  facetServiceKinds: ['服务类型', 'Service kinds'],
  facetMaturities: ['成熟度', 'Maturity'],
  facetTransferModes: ['转化方式', 'Transfer modes'],
  facetCooperationKinds: ['合作类型', 'Cooperation kinds'],
  facetLeadRoles: ['牵头角色', 'Lead roles'],
  jumpToPlatform: ['在{city}科创云平台查看', 'View on the {city} platform'],
  goToPlatform: ['前往{city}科创云平台', 'Go to the {city} platform'],
  details: ['详情', 'Details'],
  close: ['关闭', 'Close'],
  recordUnavailable: ['{city}平台暂不可用，这条记录暂缺', 'The {city} platform is unavailable; this record is missing for now'],
  recordQuarantined: ['{city}平台发送的这条记录格式有误，暂不显示', 'The {city} platform sent this record malformed; held back'],
  recordGone: ['{city}平台已不再提供这条记录', 'The {city} platform no longer has this record'],
  membersDown: ['以下成员平台暂不可用，其记录可能暂缺或来自旧副本；其余成员数据完整：{cities}', 'These members are unavailable; their records may be missing or from older copies, everything else is complete: {cities}'],
  membersDegraded: ['以下成员平台同步异常，其数据可能不是最新：{cities}', 'These members did not sync fully; their data may not be the latest: {cities}'],
  staleCopies: ['{city}的部分记录来自 {age} 秒前的副本', 'Some {city} records are copies from {age} s ago'],
  statusTitle: ['成员状态', "Members' status"],
  statusLag: ['同步延迟 {seconds} 秒', 'synced {seconds} s ago'],
  statusNeverSynced: ['尚未同步', 'not synced yet'],
  statusQuarantined: ['{count} 条记录格式有误被暂扣', '{count} records held back as malformed'],
  statusNoneQuarantined: ['无暂扣记录', 'No records held back'],
  mapDrawn: ['地图上共 {count} 条记录', '{count} records on the map'],
  mapTruncated: ['单点过多，放大地图或缩小筛选范围可看全', 'too many single records: zoom in or narrow the filter to see all'],
  mapCluster: ['{near}一带 {count} 条（放大查看）', '{count} records near {near} (zoom in)'],
  mapPointList: ['地图上的记录（列表）', 'Records on the map (as a list)'],
  mapKinds: ['显示类型', 'Show'],
  member: ['成员', 'Member'],
  filterThisMember: ['只看该成员', 'Show this member only'],
  reward: ['榜额', 'Reward'],
  rewardNegotiable: ['面议', 'Negotiable'],
  deadline: ['截止', 'Deadline'],
  published: ['发布', 'Published'],
  publisher: ['发榜单位', 'Publisher'],
  issuer: ['发布机构', 'Issuer'],
  maxSupport: ['最高支持', 'Up to'],
  freeArea: ['可用面积 {area} ㎡', '{area} m² free'],
  operator: ['运营主体', 'Operator'],
  lender: ['金融机构', 'Lender'],
  rate: ['利率', 'Rate'],
  maxAmount: ['最高额度', 'Up to'],
  termMonths: ['期限 {months} 个月', '{months}-month term'],
  provider: ['服务机构', 'Provider'],
  capacity: ['可容纳 {count} 人', 'room for {count}'],
  owner: ['成果单位', 'Owner'],
  askingPrice: ['转让价格', 'Asking price'],
  trl: ['技术成熟度 TRL {level}', 'TRL {level}'],
  leadOrganization: ['牵头单位', 'Lead organisation'],
  started: ['启动', 'Started'],
  membersInvolved: ['涉及 {count} 个成员', '{count} members involved'],
  organization: ['所在机构', 'Organisation'],
  services: ['服务', 'Services'],
  requirements: ['揭榜条件', 'Requirements'],
  technicalField: ['技术领域', 'Technical field'],
  applicationCount: ['{count} 份揭榜申请', '{count} applications'],
  matchingCarriers: ['可承接的载体（跨成员匹配）', 'Carriers that could take it on (across members)'],
  openChallenges: ['可对接的揭榜任务', 'Open challenges it could take on'],
  matchScore: ['匹配度 {score}', 'match {score}'],
  distance: ['{km} km', '{km} km'],
  signIn: ['登录', 'Sign in'],
  signOut: ['退出', 'Sign out'],
  apiKey: ['API 密钥', 'API key'],
  apiKeyHint: ['合作单位的 API 密钥；本地沙箱的演示密钥见 README（如 demo-nanjing-zijinshan）', "Your organisation's API key; the local sandbox's demo keys are in the README (e.g. demo-nanjing-zijinshan)"],
  signedIn: ['已登录', 'Signed in'],
  publishTitle: ['我要发榜', 'Publish a challenge'],
  applyTitle: ['我要揭榜', 'Apply'],
  publishButton: ['发布榜单', 'Publish'],
  applyButton: ['提交揭榜申请', 'Submit application'],
  fieldCity: ['所属成员', 'Member city'],
  fieldTitle: ['榜单名称', 'Title'],
  fieldDescription: ['需求描述', 'Description'],
  fieldPublisherKind: ['发榜单位类型', 'Publisher kind'],
  fieldIndustries: ['所属产业（1–5 个）', 'Industries (1–5)'],
  fieldTechnicalField: ['技术领域', 'Technical field'],
  fieldReward: ['榜额（元，空为面议）', 'Reward (yuan; empty: negotiable)'],
  fieldDeadline: ['截止日期', 'Deadline'],
  fieldRequirements: ['揭榜条件', 'Requirements'],
  fieldProposal: ['揭榜方案', 'Proposal'],
  fieldContactName: ['联系人', 'Contact name'],
  fieldContactPhone: ['联系电话', 'Phone'],
  fieldContactEmail: ['电子邮箱', 'E-mail'],
  writePending: ['待送达：{city}平台暂时无法接收，已安全保存，恢复后自动送达', 'Pending: the {city} platform cannot take it now; kept safely and delivered once it is back'],
  writeDelivered: ['已送达{city}平台', 'Delivered to the {city} platform'],
  writeFailed: ['未成功：{reason}', 'Failed: {reason}'],
  writeAttempts: ['已尝试 {attempts} 次', '{attempts} attempts'],
  viewChallenge: ['查看榜单', 'View the challenge'],
  myChallenges: ['我发布的榜单', 'My challenges'],
  myApplications: ['我的揭榜申请', 'My applications'],
  noChallenges: ['尚未发布榜单', 'No challenges published yet'],
  applications: ['揭榜申请', 'Applications'],
  noApplications: ['暂无揭榜申请', 'No applications yet'],
  startReview: ['纳入评审', 'Review'],
  reject: ['不予入选', 'Reject'],
  award: ['确定揭榜方', 'Award'],
  closeChallenge: ['关闭榜单', 'Close'],
  startChallengeReview: ['截止揭榜，进入评审', 'Stop applications and review'],
  withdraw: ['撤回', 'Withdraw'],
  signInToApply: ['登录后可揭榜', 'Sign in to apply'],
  signInFirst: ['请先用 API 密钥登录', 'Sign in with an API key first'],
  notOpen: ['该榜单不在揭榜期', 'This challenge is not open'],
  submittedAt: ['提交于 {time}', 'submitted {time}'],
  contact: ['联系方式', 'Contact'],
  errorGeneric: ['请求未成功：{message}', 'The request failed: {message}'],
} as const satisfies Record<string, readonly [string, string]>;

export type MessageKey = keyof typeof MESSAGES;

export interface CityNames {
  nameZh: string;
  nameEn: string;
}

export interface I18n {
  language: Language;
  setLanguage(language: Language): void;
  /** The page's own words, with `{name}` placeholders filled. */
  t(key: MessageKey, values?: Readonly<Record<string, string | number>>): string;
  /** The API's language value for label fields (`language: ZH | EN`). */
  apiLanguage: 'ZH' | 'EN';
  /** An enumeration value's label; the value itself until the vocabularies have arrived. */
  label(vocabulary: VocabularyName, value: string): string;
  /** An enumeration's values in the schema's order. */
  values(vocabulary: VocabularyName): string[];
  cityName(city: CityNames): string;
  /** Items as a list: 集成电路、人工智能 / Integrated circuits, Artificial intelligence. */
  list(items: readonly string[]): string;
  /** A labelled value: 发榜单位：… / Publisher: … */
  field(label: string, text: string): string;
  /** A note after a name: 紫金山实验室（南京市） / Purple Mountain Lab (Nanjing). */
  aside(text: string, note: string): string;
}

const I18nContext = createContext<I18n | null>(null);

function storedLanguage(): Language {
  return localStorage.getItem(LANGUAGE_STORAGE) === 'en' ? 'en' : 'zh';
}

export function LanguageProvider({ children }: { children: ReactNode }) {
  const [language, setLanguage] = useState<Language>(storedLanguage);
  const vocabularies = useVocabularies();
  useEffect(() => {
    localStorage.setItem(LANGUAGE_STORAGE, language);
    document.documentElement.lang = language === 'zh' ? 'zh-CN' : 'en';
  }, [language]);
  const i18n = useMemo<I18n>(() => {
    const index = language === 'zh' ? 0 : 1;
    return {
      language,
      setLanguage,
      t: (key, values = {}) => MESSAGES[key][index].replace(/\{(\w+)\}/g, (placeholder, name: string) => String(values[name] ?? placeholder)),
      apiLanguage: language === 'zh' ? 'ZH' : 'EN',
      label: (vocabulary, value) => {
        const found = vocabularies.get(vocabulary)?.find((entry) => entry.value === value);
        return found ? (language === 'zh' ? found.labelZh : found.labelEn) : value;
      },
      values: (vocabulary) => (vocabularies.get(vocabulary) ?? []).map((entry) => entry.value),
      cityName: (city) => (language === 'zh' ? city.nameZh : city.nameEn),
      list: (items) => items.join(language === 'zh' ? '、' : ', '),
      field: (label, text) => (language === 'zh' ? `${label}：${text}` : `${label}: ${text}`),
      aside: (text, note) => (language === 'zh' ? `${text}（${note}）` : `${text} (${note})`),
    };
  }, [language, vocabularies]);
  return <I18nContext.Provider value={i18n}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n outside LanguageProvider');
  return i18n;
}
