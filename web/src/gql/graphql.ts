/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Which achievements to list. Conditions combine with AND; values inside one list combine with OR. */
export type AchievementFilter = {
  /** Asking price within this range; negotiable ones are excluded when set. */
  askingPrice?: MoneyRange | null | undefined;
  /** Members by slug. */
  cities?: Array<string | number> | null | undefined;
  /** From any of these consortia, by corridor code. */
  consortiumCodes?: Array<string> | null | undefined;
  /** Any of these industries. */
  industries?: Array<Industry> | null | undefined;
  /** Any of these maturities. */
  maturities?: Array<AchievementMaturity> | null | undefined;
  /** At least this technology readiness level, 1–9. */
  minTrl?: number | null | undefined;
  /** Published within this range. */
  published?: DateRange | null | undefined;
  /** Free text over title, summary, owner, technical field, patents and tags. */
  text?: string | null | undefined;
  /** Offered in any of these ways. */
  transferModes?: Array<TransferMode> | null | undefined;
};

/** How far a technology achievement is from the market (成熟度). */
export type AchievementMaturity =
  /** 产业化 — Industrialised: in industrial production. */
  | 'INDUSTRIALISED'
  /** 实验室阶段 — Laboratory: proven in the laboratory. */
  | 'LABORATORY'
  /** 其他 — Other: a stage that maps to none of the above; the label is in `tags`. */
  | 'OTHER'
  /** 中试阶段 — Pilot: in pilot-scale trials. */
  | 'PILOT'
  /** 样机样品 — Prototype: a prototype or sample exists. */
  | 'PROTOTYPE'
  /** 小批量生产 — Small batch: in small-batch production. */
  | 'SMALL_BATCH';

/** Orderings of an achievement list. */
export type AchievementOrder =
  /** 报价最高 — Highest price: highest asking price first; negotiable last. */
  | 'ASKING_PRICE'
  /** 最新发布 — Newest: most recently published first. */
  | 'NEWEST'
  /** 最相关 — Most relevant: best text match first; needs `filter.text`. */
  | 'RELEVANCE'
  /** 成熟度最高 — Most mature: highest technology readiness first; unstated last. */
  | 'TRL';

/** Where an application to a challenge (揭榜申请) is in its life. */
export type ApplicationStatus =
  /** 已中榜 — Awarded. */
  | 'AWARDED'
  /** 未中榜 — Not selected. */
  | 'REJECTED'
  /** 已提交 — Submitted: not yet reviewed. */
  | 'SUBMITTED'
  /** 评审中 — Under review: by the publisher. */
  | 'UNDER_REVIEW'
  /** 已撤回 — Withdrawn: by the applicant. */
  | 'WITHDRAWN';

/** An application (我要揭榜). The applicant is the calling organisation. */
export type ApplyToChallengeInput = {
  /** The challenge, by global id. */
  challengeId: string | number;
  /** Who the publisher should contact; a phone or an e-mail is required. */
  contact: ContactInput;
  /** How you propose to solve it, 20–5000 characters. */
  proposal: string;
};

/** An award. */
export type AwardChallengeInput = {
  /** The winning application, by global id. */
  applicationId: string | number;
  /** The challenge, by global id. */
  challengeId: string | number;
};

/** Which carriers to list. Conditions combine with AND; values inside one list combine with OR. */
export type CarrierFilter = {
  /** Members by slug. */
  cities?: Array<string | number> | null | undefined;
  /** Any of these industries. */
  industries?: Array<Industry> | null | undefined;
  /** Any of these kinds. */
  kinds?: Array<CarrierKind> | null | undefined;
  /** Any of these levels. */
  levels?: Array<CarrierLevel> | null | undefined;
  /** At least this much free floor area, in square metres. */
  minFreeArea?: number | null | undefined;
  /** Within this distance of a point. */
  near?: GeoCircle | null | undefined;
  /** Free text over name, operator, address, services and tags. */
  text?: string | null | undefined;
  /** Inside this map viewport. */
  within?: GeoBox | null | undefined;
};

/** The kind of a science-and-technology carrier (科技载体类型). */
export type CarrierKind =
  /** 孵化器 — Incubator: a technology business incubator. */
  | 'INCUBATOR'
  /** 创新中心 — Innovation centre. */
  | 'INNOVATION_CENTER'
  /** 实验室 — Laboratory: e.g. 紫金山实验室, 姑苏实验室. */
  | 'LABORATORY'
  /** 众创空间 — Maker space. */
  | 'MAKER_SPACE'
  /** 其他 — Other: a platform kind that maps to none of the above (e.g. 星创天地); the label is in `tags`. */
  | 'OTHER'
  /** 中试平台 — Pilot platform: pilot-scale production. */
  | 'PILOT_PLATFORM'
  /** 概念验证中心 — Proof-of-concept centre. */
  | 'PROOF_OF_CONCEPT_CENTER'
  /** 新型研发机构 — New-type R&D institute: research institutes, including 产业技术研究院. */
  | 'RESEARCH_INSTITUTE'
  /** 公共服务平台 — Public service platform: public technology services. */
  | 'SERVICE_PLATFORM'
  /** 科技园区 — Technology park. */
  | 'TECH_PARK'
  /** 大学科技园 — University science park. */
  | 'UNIVERSITY_SCIENCE_PARK';

/** The level of government that recognised a carrier (认定级别). */
export type CarrierLevel =
  /** 区级 — District: district or county. */
  | 'DISTRICT'
  /** 市级 — Municipal: for Shanghai, city-level. */
  | 'MUNICIPAL'
  /** 国家级 — National. */
  | 'NATIONAL'
  /** 其他 — Other: a level that maps to none of the above; the label is in `tags`. */
  | 'OTHER'
  /** 省级 — Provincial. */
  | 'PROVINCIAL';

/** Orderings of a carrier list. */
export type CarrierOrder =
  /** 距离最近 — Nearest: nearest first; needs `filter.near`. */
  | 'DISTANCE'
  /** 可用面积最大 — Most free area: most free floor area first. */
  | 'FREE_AREA'
  /** 最近更新 — Recently updated: most recently updated first. */
  | 'NEWEST'
  /** 最相关 — Most relevant: best text match first; needs `filter.text`. */
  | 'RELEVANCE';

/** Which challenges to list. Conditions combine with AND; values inside one list combine with OR. */
export type ChallengeFilter = {
  /** Members by slug. */
  cities?: Array<string | number> | null | undefined;
  /** Deadline within this range. */
  deadline?: DateRange | null | undefined;
  /** Any of these industries. */
  industries?: Array<Industry> | null | undefined;
  /** Published within this range. */
  published?: DateRange | null | undefined;
  /** Any of these publisher kinds. */
  publisherKinds?: Array<PublisherKind> | null | undefined;
  /** Reward within this range; challenges with a negotiable reward are excluded when set. */
  reward?: MoneyRange | null | undefined;
  /** Any of these statuses. */
  statuses?: Array<ChallengeStatus> | null | undefined;
  /** Free text over title, description, publisher, technical field, requirements and tags. */
  text?: string | null | undefined;
};

/** Orderings of a challenge list. */
export type ChallengeOrder =
  /** 即将截止 — Deadline soonest: earliest deadline first. */
  | 'DEADLINE_SOONEST'
  /** 最新发布 — Newest: most recently published first. */
  | 'NEWEST'
  /** 最相关 — Most relevant: best text match first; needs `filter.text`. */
  | 'RELEVANCE'
  /** 悬赏最高 — Largest reward: largest reward first; negotiable last. */
  | 'REWARD';

/** Where a challenge (揭榜挂帅) is in its life. */
export type ChallengeStatus =
  /** 已揭榜 — Awarded: awarded to an applicant. */
  | 'AWARDED'
  /** 已关闭 — Closed: closed without award. */
  | 'CLOSED'
  /** 揭榜中 — Open: open for applications until its deadline. */
  | 'OPEN'
  /** 评审中 — Under review: applications closed, under review by the publisher. */
  | 'UNDER_REVIEW';

/** Health of a member's platform as the corridor sees it. */
export type CityState =
  /** 降级 — Degraded: reachable, but the last sync failed in part or is older than expected; data may be stale. */
  | 'DEGRADED'
  /** 不可用 — Down: unreachable, the last syncs failed; the corridor serves its last known data. */
  | 'DOWN'
  /** 正常 — Up: synced recently and reachable. */
  | 'UP';

/** A challenge to close. */
export type CloseChallengeInput = {
  /** The challenge, by global id. */
  challengeId: string | number;
};

/** Which consortia to list. Conditions combine with AND; values inside one list combine with OR. */
export type ConsortiumFilter = {
  /** Lead members by slug. */
  cities?: Array<string | number> | null | undefined;
  /** Any of these industries. */
  industries?: Array<Industry> | null | undefined;
  /** Involving any of these members. */
  involving?: Array<string | number> | null | undefined;
  /** Any of these lead roles. */
  leadRoles?: Array<ConsortiumRole> | null | undefined;
  /** Free text over name, code, goals, technical field, lead, partners and tags. */
  text?: string | null | undefined;
};

/** Orderings of a consortium list. */
export type ConsortiumOrder =
  /** 最新成立 — Newest: most recently founded first. */
  | 'NEWEST'
  /** 最相关 — Most relevant: best text match first; needs `filter.text`. */
  | 'RELEVANCE';

/** The lead's role in an innovation consortium. */
export type ConsortiumRole =
  /** 盟主 — Alliance leader. */
  | 'ALLIANCE_LEADER'
  /** 链主 — Chain leader: the body leading an industry chain. */
  | 'CHAIN_LEADER'
  /** 牵头单位 — Lead unit. */
  | 'LEAD_UNIT'
  /** 其他 — Other: a role that maps to none of the above; the label is in `tags`. */
  | 'OTHER';

/** How to reach someone. */
export type ContactInput = {
  /** E-mail address. */
  email?: string | null | undefined;
  /** Contact person. */
  name?: string | null | undefined;
  /** Telephone. */
  phone?: string | null | undefined;
};

/** Which cooperation items to list. Conditions combine with AND; values inside one list combine with OR. */
export type CooperationFilter = {
  /** Lead members by slug. */
  cities?: Array<string | number> | null | undefined;
  /** Serving any of these consortia, by corridor code. */
  consortiumCodes?: Array<string> | null | undefined;
  /** Any of these kinds. */
  cooperationKinds?: Array<CooperationKind> | null | undefined;
  /** Any of these industries. */
  industries?: Array<Industry> | null | undefined;
  /** Involving any of these members, as lead or partner. */
  involving?: Array<string | number> | null | undefined;
  /** Started within this range. */
  started?: DateRange | null | undefined;
  /** Any of these statuses. */
  statuses?: Array<CooperationStatus> | null | undefined;
  /** Free text over title, summary, lead organisation, partners and tags. */
  text?: string | null | undefined;
};

/** What a cooperation item is (合作事项类型). */
export type CooperationKind =
  /** 联合体任务 — Consortium task: a task of an innovation consortium. */
  | 'CONSORTIUM_TASK'
  /** 共建平台 — Co-built platform: a platform or centre built together. */
  | 'CO_BUILT_PLATFORM'
  /** 企业跨城业务 — Cross-city business: an enterprise working across member cities. */
  | 'CROSS_CITY_BUSINESS'
  /** 行业活动 — Industry event. */
  | 'EVENT'
  /** 产业链合作 — Industry-chain cooperation. */
  | 'INDUSTRY_CHAIN'
  /** 联合攻关 — Joint research: on a key technology. */
  | 'JOINT_RESEARCH'
  /** 其他 — Other: a kind that maps to none of the above; the label is in `tags`. */
  | 'OTHER'
  /** 人才交流 — Talent exchange. */
  | 'TALENT_EXCHANGE';

/** Orderings of a cooperation list. */
export type CooperationOrder =
  /** 即将结束 — Ending soonest: soonest to end first; open-ended last. */
  | 'ENDING_SOONEST'
  /** 最新启动 — Newest: most recently started first; not yet started last. */
  | 'NEWEST'
  /** 最相关 — Most relevant: best text match first; needs `filter.text`. */
  | 'RELEVANCE';

/** Where a cooperation item is in its life. */
export type CooperationStatus =
  /** 已完成 — Completed. */
  | 'COMPLETED'
  /** 进行中 — In progress. */
  | 'IN_PROGRESS'
  /** 规划中 — Planned. */
  | 'PLANNED';

/** An inclusive range of dates; either end may be open. */
export type DateRange = {
  /** First day included. */
  from?: string | null | undefined;
  /** Last day included. */
  to?: string | null | undefined;
};

/** The kinds of record the corridor holds. */
export type EntityKind =
  /** 成果展示 — Achievements. */
  | 'ACHIEVEMENT'
  /** 科技载体 — Carriers. */
  | 'CARRIER'
  /** 揭榜挂帅 — Challenges. */
  | 'CHALLENGE'
  /** 创新联合体 — Consortia. */
  | 'CONSORTIUM'
  /** 合作清单 — Cooperation items. */
  | 'COOPERATION'
  /** 金融服务 — Finance products. */
  | 'FINANCE_PRODUCT'
  /** 科创政策 — Policies. */
  | 'POLICY'
  /** 人才交流 — Talent services. */
  | 'TALENT_SERVICE'
  /** 技术经理人 — Technology managers. */
  | 'TECHNOLOGY_MANAGER';

/** Which finance products to list. Conditions combine with AND; values inside one list combine with OR. */
export type FinanceProductFilter = {
  /** Largest amount within this range; products without one are excluded when set. */
  amount?: MoneyRange | null | undefined;
  /** Members (the publishing platform's) by slug. */
  cities?: Array<string | number> | null | undefined;
  /** Any of these industries. */
  industries?: Array<Industry> | null | undefined;
  /** Any of these product kinds. */
  productKinds?: Array<FinanceProductKind> | null | undefined;
  /** Published within this range. */
  published?: DateRange | null | undefined;
  /** Serving enterprises of any of these members. */
  servingCities?: Array<string | number> | null | undefined;
  /** Free text over name, lender, eligibility, how to apply, rate and tags. */
  text?: string | null | undefined;
};

/** What a financial product is (金融产品类型). */
export type FinanceProductKind =
  /** 信用贷款 — Credit loan: an unsecured credit loan (e.g. 沿沪宁创新贷). */
  | 'CREDIT_LOAN'
  /** 股权投资基金 — Equity fund: an equity or venture fund. */
  | 'EQUITY_FUND'
  /** 融资担保 — Financing guarantee. */
  | 'GUARANTEE'
  /** 科技保险 — Technology insurance: R&D, first-unit or IP insurance. */
  | 'INSURANCE'
  /** 知识产权质押贷款 — IP-pledge loan: a loan secured on patents or other IP. */
  | 'IP_PLEDGE_LOAN'
  /** 其他 — Other: a product kind that maps to none of the above; the label is in `tags`. */
  | 'OTHER'
  /** 供应链金融 — Supply-chain finance. */
  | 'SUPPLY_CHAIN';

/** Orderings of a finance product list. */
export type FinanceProductOrder =
  /** 额度最高 — Largest amount: largest amount first; unstated last. */
  | 'MAX_AMOUNT'
  /** 最新发布 — Newest: most recently published first. */
  | 'NEWEST'
  /** 最相关 — Most relevant: best text match first; needs `filter.text`. */
  | 'RELEVANCE';

/** A map viewport. */
export type GeoBox = {
  /** Eastern edge, degrees east. */
  east: number;
  /** Northern edge, degrees north. */
  north: number;
  /** Southern edge, degrees north. */
  south: number;
  /** Western edge, degrees east. */
  west: number;
};

/** Everything within a distance of a point. */
export type GeoCircle = {
  /** Centre of the circle. */
  center: GeoPointInput;
  /** Radius in kilometres (great-circle distance). */
  radiusKm: number;
};

/** A point given by a client. */
export type GeoPointInput = {
  /** Latitude in degrees north. */
  lat: number;
  /** Longitude in degrees east. */
  lng: number;
};

/**
 * An industry the corridor tracks. Platform labels that map to none of these become `OTHER`, and
 * the label itself is kept in the record's `tags`.
 */
export type Industry =
  /** 人工智能 — Artificial intelligence. */
  | 'ARTIFICIAL_INTELLIGENCE'
  /** 生物医药 — Biomedicine: medicines and pharmaceuticals. */
  | 'BIOMEDICINE'
  /** 网络安全 — Cybersecurity. */
  | 'CYBERSECURITY'
  /** 数字广告 — Digital advertising. */
  | 'DIGITAL_ADVERTISING'
  /** 数智健康 — Digital health. */
  | 'DIGITAL_HEALTH'
  /** 地理信息测绘 — Geospatial information and surveying. */
  | 'GEOSPATIAL'
  /** 集成电路 — Integrated circuits: chips and packaging (e.g. Chiplet). */
  | 'INTEGRATED_CIRCUITS'
  /** 智能制造 — Intelligent manufacturing: smart factories and industrial equipment. */
  | 'INTELLIGENT_MANUFACTURING'
  /** 智能软件 — Intelligent software: software and information services. */
  | 'INTELLIGENT_SOFTWARE'
  /** 智能汽车 — Intelligent vehicles: intelligent and connected vehicles. */
  | 'INTELLIGENT_VEHICLES'
  /** 低空经济 — Low-altitude economy: drones, eVTOL, general aviation. */
  | 'LOW_ALTITUDE_ECONOMY'
  /** 新能源 — New energy: photovoltaics, batteries, hydrogen, smart grids. */
  | 'NEW_ENERGY'
  /** 新材料 — New materials: advanced materials (e.g. 聚烯烃 polyolefins). */
  | 'NEW_MATERIALS'
  /** 其他 — Other: a platform label that maps to none of the above; the label is in `tags`. */
  | 'OTHER'
  /** 机器人与具身智能 — Robotics and embodied intelligence. */
  | 'ROBOTICS';

/**
 * A language the API's labels come in. A field that carries a label and is given no `language`
 * follows the request's `Accept-Language`: English when it prefers English to Chinese, Chinese
 * otherwise (and when it names neither).
 */
export type Language =
  /** 英文 — English. */
  | 'EN'
  /** 中文 — Chinese. */
  | 'ZH';

/** How exact a record's map position is, so no map pretends to more than the platform says. */
export type LocationPrecision =
  /** 区县 — District: the centre of the record's district. */
  | 'DISTRICT'
  /** 精确地址 — Exact address: the record's own place. */
  | 'EXACT'
  /** 成员中心 — Member centre: the platform gives no place: the centre of the member city. */
  | 'MEMBER_CENTRE';

/** Why a record matched another. */
export type MatchReasonKind =
  /** 距离 — Distance: how close they are to each other. */
  | 'PROXIMITY'
  /** 共同产业 — Shared industries: both belong to the same industries. */
  | 'SHARED_INDUSTRY'
  /** 共同关键词 — Shared keywords: their texts share distinctive terms. */
  | 'TEXT_SIMILARITY';

/** An inclusive range of amounts in yuan; either end may be open. */
export type MoneyRange = {
  /** Largest amount included, in yuan. */
  maxYuan?: number | null | undefined;
  /** Smallest amount included, in yuan. */
  minYuan?: number | null | undefined;
};

/** What a policy supports (科创政策类别). */
export type PolicyCategory =
  /** 载体建设 — Carrier support: incubators, maker spaces, parks. */
  | 'CARRIER_SUPPORT'
  /** 科技金融 — Technology finance: loans such as 沿沪宁创新贷, guarantees, venture funds. */
  | 'FINANCE'
  /** 产业发展 — Industry development: support for a named sector. */
  | 'INDUSTRY'
  /** 国际合作 — International cooperation. */
  | 'INTERNATIONAL'
  /** 其他 — Other: a platform category that maps to none of the above; the label is in `tags`. */
  | 'OTHER'
  /** 研发补助 — R&D subsidies: grants for research and development. */
  | 'RD_SUBSIDY'
  /** 人才 — Talent: recruitment, housing (人才公寓), awards. */
  | 'TALENT'
  /** 成果转化 — Technology transfer: commercialisation, proof of concept. */
  | 'TECHNOLOGY_TRANSFER';

/** Which policies to list. Conditions combine with AND; values inside one list combine with OR. */
export type PolicyFilter = {
  /** Any of these categories. */
  categories?: Array<PolicyCategory> | null | undefined;
  /** Members by slug. */
  cities?: Array<string | number> | null | undefined;
  /** In effect at some day of this range. */
  effective?: DateRange | null | undefined;
  /** Any of these industries. */
  industries?: Array<Industry> | null | undefined;
  /** Maximum support within this range. */
  maxSupport?: MoneyRange | null | undefined;
  /** Published within this range. */
  published?: DateRange | null | undefined;
  /** Any of these statuses (as of today). */
  statuses?: Array<PolicyStatus> | null | undefined;
  /** Free text over title, summary, issuer, eligibility and tags; Chinese (two characters or more) or English. */
  text?: string | null | undefined;
};

/** Orderings of a policy list. */
export type PolicyOrder =
  /** 即将到期 — Expiring soonest: soonest to expire first; open-ended policies last. */
  | 'EXPIRING_SOONEST'
  /** 支持额度最高 — Largest support: largest maximum support first; unstated last. */
  | 'MAX_SUPPORT'
  /** 最新发布 — Newest: most recently published first. */
  | 'NEWEST'
  /** 最相关 — Most relevant: best text match first; needs `filter.text`. */
  | 'RELEVANCE';

/** Whether a policy applies today, derived from its dates. */
export type PolicyStatus =
  /** 已失效 — Expired. */
  | 'EXPIRED'
  /** 有效 — In effect: applies today. */
  | 'IN_EFFECT'
  /** 未生效 — Upcoming: published, not yet in effect. */
  | 'UPCOMING';

/** A challenge to publish (我要发榜). The publisher is the calling organisation. */
export type PublishChallengeInput = {
  /** The member city to publish in: the calling organisation's own. */
  city: string | number;
  /** Last day to apply: after today and within three years. */
  deadline: string;
  /** What is to be solved and why, 10–5000 characters. */
  description: string;
  /** 1–5 industries. */
  industries: Array<Industry>;
  /** What kind of organisation is publishing. */
  publisherKind: PublisherKind;
  /** What an applicant must bring, 2–2000 characters. */
  requirements: string;
  /** Reward or budget in yuan, 1,000 to 100,000,000; omit for negotiable (面议). */
  rewardYuan?: number | null | undefined;
  /** Up to 10 labels of 1–20 characters. */
  tags?: Array<string> | null | undefined;
  /** Technical field, 2–50 characters. */
  technicalField: string;
  /** Title, 5–100 characters. */
  title: string;
};

/** Who published a challenge. */
export type PublisherKind =
  /** 企业 — Enterprise. */
  | 'ENTERPRISE'
  /** 政府部门 — Government body. */
  | 'GOVERNMENT'
  /** 医疗机构 — Medical institution: a hospital or other medical body. */
  | 'HOSPITAL'
  /** 其他 — Other: a publisher kind that maps to none of the above (e.g. 行业协会); the label is in `tags`. */
  | 'OTHER'
  /** 科研院所 — Research institute. */
  | 'RESEARCH_INSTITUTE'
  /** 高校 — University. */
  | 'UNIVERSITY';

/** A review decision. */
export type ReviewApplicationInput = {
  /** The application, by global id. */
  applicationId: string | number;
  /** The decision. */
  decision: ReviewDecision;
};

/** What the publisher decides about an application. */
export type ReviewDecision =
  /** 未中榜 — Not selected: reject the application. */
  | 'REJECTED'
  /** 评审中 — Under review: take the application into review. */
  | 'UNDER_REVIEW';

/** The challenge whose review starts. */
export type StartReviewInput = {
  /** The challenge, by global id. */
  challengeId: string | number;
};

/** Which talent services to list. Conditions combine with AND; values inside one list combine with OR. */
export type TalentServiceFilter = {
  /** Members by slug. */
  cities?: Array<string | number> | null | undefined;
  /** Any of these industries. */
  industries?: Array<Industry> | null | undefined;
  /** Within this distance of a point. */
  near?: GeoCircle | null | undefined;
  /** Published within this range. */
  published?: DateRange | null | undefined;
  /** Any of these service kinds. */
  serviceKinds?: Array<TalentServiceKind> | null | undefined;
  /** Free text over name, provider, eligibility, address, availability and tags. */
  text?: string | null | undefined;
  /** Inside this map viewport. */
  within?: GeoBox | null | undefined;
};

/** What a talent service offers (人才服务类型). */
export type TalentServiceKind =
  /** 院所对接 — Institute visit: visits to and matching with research institutes. */
  | 'INSTITUTE_VISIT'
  /** 其他 — Other: a service kind that maps to none of the above; the label is in `tags`. */
  | 'OTHER'
  /** 招聘活动 — Recruitment event. */
  | 'RECRUITMENT_EVENT'
  /** 短期来访服务 — Short-stay service: business trips and short visits of corridor talent. */
  | 'SHORT_STAY'
  /** 人才公寓 — Talent apartment: short stays free of rent included. */
  | 'TALENT_APARTMENT'
  /** 人才计划 — Talent programme: a programme or award. */
  | 'TALENT_PROGRAMME'
  /** 培训交流 — Training and exchange. */
  | 'TRAINING';

/** Orderings of a talent service list. */
export type TalentServiceOrder =
  /** 容量最大 — Largest capacity: largest capacity first; unstated last. */
  | 'CAPACITY'
  /** 距离最近 — Nearest: nearest first; needs `filter.near`. */
  | 'DISTANCE'
  /** 最新发布 — Newest: most recently published first. */
  | 'NEWEST'
  /** 最相关 — Most relevant: best text match first; needs `filter.text`. */
  | 'RELEVANCE';

/** Which technology managers to list. Conditions combine with AND; values inside one list combine with OR. */
export type TechnologyManagerFilter = {
  /** Members by slug. */
  cities?: Array<string | number> | null | undefined;
  /** Any of these industries. */
  industries?: Array<Industry> | null | undefined;
  /** Free text over name, organisation, profile, fields, services, certifications and tags. */
  text?: string | null | undefined;
};

/** Orderings of a technology manager list. */
export type TechnologyManagerOrder =
  /** 最近更新 — Recently updated: most recently updated first. */
  | 'NEWEST'
  /** 最相关 — Most relevant: best text match first; needs `filter.text`. */
  | 'RELEVANCE';

/** How an achievement may be transferred (转化方式). */
export type TransferMode =
  /** 作价入股 — Equity contribution: contributed for shares. */
  | 'EQUITY'
  /** 合作开发 — Joint development. */
  | 'JOINT_DEVELOPMENT'
  /** 许可 — Licence. */
  | 'LICENSE'
  /** 其他 — Other: a mode that maps to none of the above; the label is in `tags`. */
  | 'OTHER'
  /** 转让 — Assignment: the rights are sold. */
  | 'TRANSFER';

/** An application to withdraw. */
export type WithdrawApplicationInput = {
  /** The application, by global id. */
  applicationId: string | number;
};

/** Whether a write routed through the hub has reached the owning member's platform. */
export type WriteState =
  /** 已送达 — Delivered: on the platform. */
  | 'DELIVERED'
  /** 未成功 — Failed: refused by the platform; the receipt says why. */
  | 'FAILED'
  /** 待送达 — Pending: accepted by the hub and kept durably; delivered when the platform can take it. */
  | 'PENDING';

export type MapRecordQueryVariables = Exact<{
  id: string | number;
}>;


export type MapRecordQuery = { __typename: 'Query', node:
    | { __typename: 'ChangzhouAchievement', id: string, title: string, owner: string, technicalField: string, maturity: AchievementMaturity, trl: number | null, transferModes: Array<TransferMode>, url: string, askingPrice: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
    | { __typename: 'ChangzhouCarrier', id: string, name: string, kind: CarrierKind, level: CarrierLevel, industries: Array<Industry>, operator: string, district: string, freeArea: number, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
    | { __typename: 'ChangzhouChallenge', id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
    | { __typename: 'ChangzhouConsortium', id: string, name: string, code: string, leadOrganization: string, leadRole: ConsortiumRole, industries: Array<Industry>, url: string, members: Array<{ __typename: 'City', slug: string }>, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
    | { __typename: 'ChangzhouCooperation', id: string, title: string, leadOrganization: string, cooperationKind: CooperationKind, startedOn: string | null, url: string, cooperationStatus: CooperationStatus, members: Array<{ __typename: 'City', slug: string }>, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
    | { __typename: 'ChangzhouFinanceProduct', id: string, name: string, lender: string, productKind: FinanceProductKind, industries: Array<Industry>, rate: string | null, termMonths: number | null, url: string, maxAmount: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
    | { __typename: 'ChangzhouPolicy', id: string, title: string, issuer: string, docNumber: string | null, publishedOn: string, categories: Array<PolicyCategory>, industries: Array<Industry>, url: string, policyStatus: PolicyStatus, maxSupport: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
    | { __typename: 'ChangzhouTalentService', id: string, name: string, provider: string, serviceKind: TalentServiceKind, district: string, capacity: number | null, industries: Array<Industry>, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
    | { __typename: 'ChangzhouTechnologyManager', id: string, name: string, organization: string, technicalFields: Array<string>, industries: Array<Industry>, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
    | { __typename: 'NanjingAchievement', id: string, title: string, owner: string, technicalField: string, maturity: AchievementMaturity, trl: number | null, transferModes: Array<TransferMode>, url: string, askingPrice: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
    | { __typename: 'NanjingCarrier', id: string, name: string, kind: CarrierKind, level: CarrierLevel, industries: Array<Industry>, operator: string, district: string, freeArea: number, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
    | { __typename: 'NanjingChallenge', id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
    | { __typename: 'NanjingConsortium', id: string, name: string, code: string, leadOrganization: string, leadRole: ConsortiumRole, industries: Array<Industry>, url: string, members: Array<{ __typename: 'City', slug: string }>, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
    | { __typename: 'NanjingCooperation', id: string, title: string, leadOrganization: string, cooperationKind: CooperationKind, startedOn: string | null, url: string, cooperationStatus: CooperationStatus, members: Array<{ __typename: 'City', slug: string }>, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
    | { __typename: 'NanjingFinanceProduct', id: string, name: string, lender: string, productKind: FinanceProductKind, industries: Array<Industry>, rate: string | null, termMonths: number | null, url: string, maxAmount: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
    | { __typename: 'NanjingPolicy', id: string, title: string, issuer: string, docNumber: string | null, publishedOn: string, categories: Array<PolicyCategory>, industries: Array<Industry>, url: string, policyStatus: PolicyStatus, maxSupport: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
    | { __typename: 'NanjingTalentService', id: string, name: string, provider: string, serviceKind: TalentServiceKind, district: string, capacity: number | null, industries: Array<Industry>, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
    | { __typename: 'NanjingTechnologyManager', id: string, name: string, organization: string, technicalFields: Array<string>, industries: Array<Industry>, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
    | { __typename: 'NantongAchievement', id: string, title: string, owner: string, technicalField: string, maturity: AchievementMaturity, trl: number | null, transferModes: Array<TransferMode>, url: string, askingPrice: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
    | { __typename: 'NantongCarrier', id: string, name: string, kind: CarrierKind, level: CarrierLevel, industries: Array<Industry>, operator: string, district: string, freeArea: number, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
    | { __typename: 'NantongChallenge', id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
    | { __typename: 'NantongConsortium', id: string, name: string, code: string, leadOrganization: string, leadRole: ConsortiumRole, industries: Array<Industry>, url: string, members: Array<{ __typename: 'City', slug: string }>, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
    | { __typename: 'NantongCooperation', id: string, title: string, leadOrganization: string, cooperationKind: CooperationKind, startedOn: string | null, url: string, cooperationStatus: CooperationStatus, members: Array<{ __typename: 'City', slug: string }>, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
    | { __typename: 'NantongFinanceProduct', id: string, name: string, lender: string, productKind: FinanceProductKind, industries: Array<Industry>, rate: string | null, termMonths: number | null, url: string, maxAmount: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
    | { __typename: 'NantongPolicy', id: string, title: string, issuer: string, docNumber: string | null, publishedOn: string, categories: Array<PolicyCategory>, industries: Array<Industry>, url: string, policyStatus: PolicyStatus, maxSupport: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
    | { __typename: 'NantongTalentService', id: string, name: string, provider: string, serviceKind: TalentServiceKind, district: string, capacity: number | null, industries: Array<Industry>, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
    | { __typename: 'NantongTechnologyManager', id: string, name: string, organization: string, technicalFields: Array<string>, industries: Array<Industry>, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
    | { __typename: 'PutuoAchievement', id: string, title: string, owner: string, technicalField: string, maturity: AchievementMaturity, trl: number | null, transferModes: Array<TransferMode>, url: string, askingPrice: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
    | { __typename: 'PutuoCarrier', id: string, name: string, kind: CarrierKind, level: CarrierLevel, industries: Array<Industry>, operator: string, district: string, freeArea: number, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
    | { __typename: 'PutuoChallenge', id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
    | { __typename: 'PutuoConsortium', id: string, name: string, code: string, leadOrganization: string, leadRole: ConsortiumRole, industries: Array<Industry>, url: string, members: Array<{ __typename: 'City', slug: string }>, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
    | { __typename: 'PutuoCooperation', id: string, title: string, leadOrganization: string, cooperationKind: CooperationKind, startedOn: string | null, url: string, cooperationStatus: CooperationStatus, members: Array<{ __typename: 'City', slug: string }>, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
    | { __typename: 'PutuoFinanceProduct', id: string, name: string, lender: string, productKind: FinanceProductKind, industries: Array<Industry>, rate: string | null, termMonths: number | null, url: string, maxAmount: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
    | { __typename: 'PutuoPolicy', id: string, title: string, issuer: string, docNumber: string | null, publishedOn: string, categories: Array<PolicyCategory>, industries: Array<Industry>, url: string, policyStatus: PolicyStatus, maxSupport: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
    | { __typename: 'PutuoTalentService', id: string, name: string, provider: string, serviceKind: TalentServiceKind, district: string, capacity: number | null, industries: Array<Industry>, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
    | { __typename: 'PutuoTechnologyManager', id: string, name: string, organization: string, technicalFields: Array<string>, industries: Array<Industry>, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
    | { __typename: 'SuzhouAchievement', id: string, title: string, owner: string, technicalField: string, maturity: AchievementMaturity, trl: number | null, transferModes: Array<TransferMode>, url: string, askingPrice: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
    | { __typename: 'SuzhouCarrier', id: string, name: string, kind: CarrierKind, level: CarrierLevel, industries: Array<Industry>, operator: string, district: string, freeArea: number, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
    | { __typename: 'SuzhouChallenge', id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
    | { __typename: 'SuzhouConsortium', id: string, name: string, code: string, leadOrganization: string, leadRole: ConsortiumRole, industries: Array<Industry>, url: string, members: Array<{ __typename: 'City', slug: string }>, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
    | { __typename: 'SuzhouCooperation', id: string, title: string, leadOrganization: string, cooperationKind: CooperationKind, startedOn: string | null, url: string, cooperationStatus: CooperationStatus, members: Array<{ __typename: 'City', slug: string }>, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
    | { __typename: 'SuzhouFinanceProduct', id: string, name: string, lender: string, productKind: FinanceProductKind, industries: Array<Industry>, rate: string | null, termMonths: number | null, url: string, maxAmount: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
    | { __typename: 'SuzhouPolicy', id: string, title: string, issuer: string, docNumber: string | null, publishedOn: string, categories: Array<PolicyCategory>, industries: Array<Industry>, url: string, policyStatus: PolicyStatus, maxSupport: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
    | { __typename: 'SuzhouTalentService', id: string, name: string, provider: string, serviceKind: TalentServiceKind, district: string, capacity: number | null, industries: Array<Industry>, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
    | { __typename: 'SuzhouTechnologyManager', id: string, name: string, organization: string, technicalFields: Array<string>, industries: Array<Industry>, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
    | { __typename: 'TaizhouAchievement', id: string, title: string, owner: string, technicalField: string, maturity: AchievementMaturity, trl: number | null, transferModes: Array<TransferMode>, url: string, askingPrice: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
    | { __typename: 'TaizhouCarrier', id: string, name: string, kind: CarrierKind, level: CarrierLevel, industries: Array<Industry>, operator: string, district: string, freeArea: number, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
    | { __typename: 'TaizhouChallenge', id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
    | { __typename: 'TaizhouConsortium', id: string, name: string, code: string, leadOrganization: string, leadRole: ConsortiumRole, industries: Array<Industry>, url: string, members: Array<{ __typename: 'City', slug: string }>, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
    | { __typename: 'TaizhouCooperation', id: string, title: string, leadOrganization: string, cooperationKind: CooperationKind, startedOn: string | null, url: string, cooperationStatus: CooperationStatus, members: Array<{ __typename: 'City', slug: string }>, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
    | { __typename: 'TaizhouFinanceProduct', id: string, name: string, lender: string, productKind: FinanceProductKind, industries: Array<Industry>, rate: string | null, termMonths: number | null, url: string, maxAmount: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
    | { __typename: 'TaizhouPolicy', id: string, title: string, issuer: string, docNumber: string | null, publishedOn: string, categories: Array<PolicyCategory>, industries: Array<Industry>, url: string, policyStatus: PolicyStatus, maxSupport: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
    | { __typename: 'TaizhouTalentService', id: string, name: string, provider: string, serviceKind: TalentServiceKind, district: string, capacity: number | null, industries: Array<Industry>, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
    | { __typename: 'TaizhouTechnologyManager', id: string, name: string, organization: string, technicalFields: Array<string>, industries: Array<Industry>, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
    | { __typename: 'WuxiAchievement', id: string, title: string, owner: string, technicalField: string, maturity: AchievementMaturity, trl: number | null, transferModes: Array<TransferMode>, url: string, askingPrice: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
    | { __typename: 'WuxiCarrier', id: string, name: string, kind: CarrierKind, level: CarrierLevel, industries: Array<Industry>, operator: string, district: string, freeArea: number, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
    | { __typename: 'WuxiChallenge', id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
    | { __typename: 'WuxiConsortium', id: string, name: string, code: string, leadOrganization: string, leadRole: ConsortiumRole, industries: Array<Industry>, url: string, members: Array<{ __typename: 'City', slug: string }>, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
    | { __typename: 'WuxiCooperation', id: string, title: string, leadOrganization: string, cooperationKind: CooperationKind, startedOn: string | null, url: string, cooperationStatus: CooperationStatus, members: Array<{ __typename: 'City', slug: string }>, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
    | { __typename: 'WuxiFinanceProduct', id: string, name: string, lender: string, productKind: FinanceProductKind, industries: Array<Industry>, rate: string | null, termMonths: number | null, url: string, maxAmount: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
    | { __typename: 'WuxiPolicy', id: string, title: string, issuer: string, docNumber: string | null, publishedOn: string, categories: Array<PolicyCategory>, industries: Array<Industry>, url: string, policyStatus: PolicyStatus, maxSupport: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
    | { __typename: 'WuxiTalentService', id: string, name: string, provider: string, serviceKind: TalentServiceKind, district: string, capacity: number | null, industries: Array<Industry>, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
    | { __typename: 'WuxiTechnologyManager', id: string, name: string, organization: string, technicalFields: Array<string>, industries: Array<Industry>, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
    | { __typename: 'YangzhouAchievement', id: string, title: string, owner: string, technicalField: string, maturity: AchievementMaturity, trl: number | null, transferModes: Array<TransferMode>, url: string, askingPrice: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
    | { __typename: 'YangzhouCarrier', id: string, name: string, kind: CarrierKind, level: CarrierLevel, industries: Array<Industry>, operator: string, district: string, freeArea: number, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
    | { __typename: 'YangzhouChallenge', id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
    | { __typename: 'YangzhouConsortium', id: string, name: string, code: string, leadOrganization: string, leadRole: ConsortiumRole, industries: Array<Industry>, url: string, members: Array<{ __typename: 'City', slug: string }>, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
    | { __typename: 'YangzhouCooperation', id: string, title: string, leadOrganization: string, cooperationKind: CooperationKind, startedOn: string | null, url: string, cooperationStatus: CooperationStatus, members: Array<{ __typename: 'City', slug: string }>, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
    | { __typename: 'YangzhouFinanceProduct', id: string, name: string, lender: string, productKind: FinanceProductKind, industries: Array<Industry>, rate: string | null, termMonths: number | null, url: string, maxAmount: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
    | { __typename: 'YangzhouPolicy', id: string, title: string, issuer: string, docNumber: string | null, publishedOn: string, categories: Array<PolicyCategory>, industries: Array<Industry>, url: string, policyStatus: PolicyStatus, maxSupport: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
    | { __typename: 'YangzhouTalentService', id: string, name: string, provider: string, serviceKind: TalentServiceKind, district: string, capacity: number | null, industries: Array<Industry>, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
    | { __typename: 'YangzhouTechnologyManager', id: string, name: string, organization: string, technicalFields: Array<string>, industries: Array<Industry>, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
    | { __typename: 'ZhenjiangAchievement', id: string, title: string, owner: string, technicalField: string, maturity: AchievementMaturity, trl: number | null, transferModes: Array<TransferMode>, url: string, askingPrice: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
    | { __typename: 'ZhenjiangCarrier', id: string, name: string, kind: CarrierKind, level: CarrierLevel, industries: Array<Industry>, operator: string, district: string, freeArea: number, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
    | { __typename: 'ZhenjiangChallenge', id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
    | { __typename: 'ZhenjiangConsortium', id: string, name: string, code: string, leadOrganization: string, leadRole: ConsortiumRole, industries: Array<Industry>, url: string, members: Array<{ __typename: 'City', slug: string }>, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
    | { __typename: 'ZhenjiangCooperation', id: string, title: string, leadOrganization: string, cooperationKind: CooperationKind, startedOn: string | null, url: string, cooperationStatus: CooperationStatus, members: Array<{ __typename: 'City', slug: string }>, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
    | { __typename: 'ZhenjiangFinanceProduct', id: string, name: string, lender: string, productKind: FinanceProductKind, industries: Array<Industry>, rate: string | null, termMonths: number | null, url: string, maxAmount: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
    | { __typename: 'ZhenjiangPolicy', id: string, title: string, issuer: string, docNumber: string | null, publishedOn: string, categories: Array<PolicyCategory>, industries: Array<Industry>, url: string, policyStatus: PolicyStatus, maxSupport: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
    | { __typename: 'ZhenjiangTalentService', id: string, name: string, provider: string, serviceKind: TalentServiceKind, district: string, capacity: number | null, industries: Array<Industry>, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
    | { __typename: 'ZhenjiangTechnologyManager', id: string, name: string, organization: string, technicalFields: Array<string>, industries: Array<Industry>, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
   | null };

export type CorridorMapQueryVariables = Exact<{
  within?: GeoBox | null | undefined;
  zoom: number;
  kinds?: Array<EntityKind> | EntityKind | null | undefined;
  cities?: Array<string | number> | string | number | null | undefined;
  industries?: Array<Industry> | Industry | null | undefined;
}>;


export type CorridorMapQuery = { __typename: 'Query', corridorMap: { __typename: 'CorridorMap', totalCount: number, pointsTruncated: boolean, clusters: Array<{ __typename: 'MapCluster', id: string, count: number, expansionZoom: number, location: { __typename: 'GeoPoint', lat: number, lng: number }, countsByKind: Array<{ __typename: 'KindCount', kind: EntityKind, count: number }> }>, points: Array<{ __typename: 'MapPoint', id: string, kind: EntityKind, title: string, url: string, locationPrecision: LocationPrecision, location: { __typename: 'GeoPoint', lat: number, lng: number }, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }> } };

export type ApplyToChallengeMutationVariables = Exact<{
  input: ApplyToChallengeInput;
  idempotencyKey: string;
}>;


export type ApplyToChallengeMutation = { __typename: 'Mutation', applyToChallenge: { __typename: 'ApplicationWritePayload', receipt: { __typename: 'WriteReceipt', idempotencyKey: string, state: WriteState, attempts: number, lastError: string | null, nextAttemptAt: string | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }, application: { __typename: 'Application', id: string, status: ApplicationStatus, delivery: WriteState, submittedAt: string, proposal: string, challenge:
        | { __typename: 'ChangzhouChallenge', id: string, title: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'NanjingChallenge', id: string, title: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'NantongChallenge', id: string, title: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'PutuoChallenge', id: string, title: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'SuzhouChallenge', id: string, title: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'TaizhouChallenge', id: string, title: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'WuxiChallenge', id: string, title: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'YangzhouChallenge', id: string, title: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'ZhenjiangChallenge', id: string, title: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
       } | null } };

export type ApplicantApplicationFragment = { __typename: 'Application', id: string, status: ApplicationStatus, delivery: WriteState, submittedAt: string, proposal: string, challenge:
    | { __typename: 'ChangzhouChallenge', id: string, title: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
    | { __typename: 'NanjingChallenge', id: string, title: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
    | { __typename: 'NantongChallenge', id: string, title: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
    | { __typename: 'PutuoChallenge', id: string, title: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
    | { __typename: 'SuzhouChallenge', id: string, title: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
    | { __typename: 'TaizhouChallenge', id: string, title: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
    | { __typename: 'WuxiChallenge', id: string, title: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
    | { __typename: 'YangzhouChallenge', id: string, title: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
    | { __typename: 'ZhenjiangChallenge', id: string, title: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
   };

export type MyApplicationsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyApplicationsQuery = { __typename: 'Query', myApplications: Array<{ __typename: 'Application', id: string, status: ApplicationStatus, delivery: WriteState, submittedAt: string, proposal: string, challenge:
      | { __typename: 'ChangzhouChallenge', id: string, title: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
      | { __typename: 'NanjingChallenge', id: string, title: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
      | { __typename: 'NantongChallenge', id: string, title: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
      | { __typename: 'PutuoChallenge', id: string, title: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
      | { __typename: 'SuzhouChallenge', id: string, title: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
      | { __typename: 'TaizhouChallenge', id: string, title: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
      | { __typename: 'WuxiChallenge', id: string, title: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
      | { __typename: 'YangzhouChallenge', id: string, title: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
      | { __typename: 'ZhenjiangChallenge', id: string, title: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
     }> };

export type MyChallengesQueryVariables = Exact<{ [key: string]: never; }>;


export type MyChallengesQuery = { __typename: 'Query', myChallenges: Array<
    | { __typename: 'ChangzhouChallenge', id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, applications: Array<{ __typename: 'Application', id: string, applicantOrganization: string, proposal: string, status: ApplicationStatus, submittedAt: string, delivery: WriteState, applicantCity: { __typename: 'City', slug: string, nameZh: string, nameEn: string }, contact: { __typename: 'Contact', name: string | null, phone: string | null, email: string | null } }> | null, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
    | { __typename: 'NanjingChallenge', id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, applications: Array<{ __typename: 'Application', id: string, applicantOrganization: string, proposal: string, status: ApplicationStatus, submittedAt: string, delivery: WriteState, applicantCity: { __typename: 'City', slug: string, nameZh: string, nameEn: string }, contact: { __typename: 'Contact', name: string | null, phone: string | null, email: string | null } }> | null, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
    | { __typename: 'NantongChallenge', id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, applications: Array<{ __typename: 'Application', id: string, applicantOrganization: string, proposal: string, status: ApplicationStatus, submittedAt: string, delivery: WriteState, applicantCity: { __typename: 'City', slug: string, nameZh: string, nameEn: string }, contact: { __typename: 'Contact', name: string | null, phone: string | null, email: string | null } }> | null, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
    | { __typename: 'PutuoChallenge', id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, applications: Array<{ __typename: 'Application', id: string, applicantOrganization: string, proposal: string, status: ApplicationStatus, submittedAt: string, delivery: WriteState, applicantCity: { __typename: 'City', slug: string, nameZh: string, nameEn: string }, contact: { __typename: 'Contact', name: string | null, phone: string | null, email: string | null } }> | null, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
    | { __typename: 'SuzhouChallenge', id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, applications: Array<{ __typename: 'Application', id: string, applicantOrganization: string, proposal: string, status: ApplicationStatus, submittedAt: string, delivery: WriteState, applicantCity: { __typename: 'City', slug: string, nameZh: string, nameEn: string }, contact: { __typename: 'Contact', name: string | null, phone: string | null, email: string | null } }> | null, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
    | { __typename: 'TaizhouChallenge', id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, applications: Array<{ __typename: 'Application', id: string, applicantOrganization: string, proposal: string, status: ApplicationStatus, submittedAt: string, delivery: WriteState, applicantCity: { __typename: 'City', slug: string, nameZh: string, nameEn: string }, contact: { __typename: 'Contact', name: string | null, phone: string | null, email: string | null } }> | null, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
    | { __typename: 'WuxiChallenge', id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, applications: Array<{ __typename: 'Application', id: string, applicantOrganization: string, proposal: string, status: ApplicationStatus, submittedAt: string, delivery: WriteState, applicantCity: { __typename: 'City', slug: string, nameZh: string, nameEn: string }, contact: { __typename: 'Contact', name: string | null, phone: string | null, email: string | null } }> | null, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
    | { __typename: 'YangzhouChallenge', id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, applications: Array<{ __typename: 'Application', id: string, applicantOrganization: string, proposal: string, status: ApplicationStatus, submittedAt: string, delivery: WriteState, applicantCity: { __typename: 'City', slug: string, nameZh: string, nameEn: string }, contact: { __typename: 'Contact', name: string | null, phone: string | null, email: string | null } }> | null, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
    | { __typename: 'ZhenjiangChallenge', id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, applications: Array<{ __typename: 'Application', id: string, applicantOrganization: string, proposal: string, status: ApplicationStatus, submittedAt: string, delivery: WriteState, applicantCity: { __typename: 'City', slug: string, nameZh: string, nameEn: string }, contact: { __typename: 'Contact', name: string | null, phone: string | null, email: string | null } }> | null, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
  > };

export type WithdrawApplicationMutationVariables = Exact<{
  input: WithdrawApplicationInput;
  idempotencyKey: string;
}>;


export type WithdrawApplicationMutation = { __typename: 'Mutation', withdrawApplication: { __typename: 'ApplicationWritePayload', receipt: { __typename: 'WriteReceipt', idempotencyKey: string, state: WriteState, attempts: number, lastError: string | null, nextAttemptAt: string | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }, application: { __typename: 'Application', id: string, status: ApplicationStatus } | null } };

export type PublishChallengeMutationVariables = Exact<{
  input: PublishChallengeInput;
  idempotencyKey: string;
}>;


export type PublishChallengeMutation = { __typename: 'Mutation', publishChallenge: { __typename: 'ChallengeWritePayload', receipt: { __typename: 'WriteReceipt', idempotencyKey: string, state: WriteState, attempts: number, lastError: string | null, nextAttemptAt: string | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }, challenge:
      | { __typename: 'ChangzhouChallenge', id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
      | { __typename: 'NanjingChallenge', id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
      | { __typename: 'NantongChallenge', id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
      | { __typename: 'PutuoChallenge', id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
      | { __typename: 'SuzhouChallenge', id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
      | { __typename: 'TaizhouChallenge', id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
      | { __typename: 'WuxiChallenge', id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
      | { __typename: 'YangzhouChallenge', id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
      | { __typename: 'ZhenjiangChallenge', id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
     | null } };

export type PublisherApplicationFragment = { __typename: 'Application', id: string, applicantOrganization: string, proposal: string, status: ApplicationStatus, submittedAt: string, delivery: WriteState, applicantCity: { __typename: 'City', slug: string, nameZh: string, nameEn: string }, contact: { __typename: 'Contact', name: string | null, phone: string | null, email: string | null } };

export type ReviewApplicationMutationVariables = Exact<{
  input: ReviewApplicationInput;
  idempotencyKey: string;
}>;


export type ReviewApplicationMutation = { __typename: 'Mutation', reviewApplication: { __typename: 'ApplicationWritePayload', receipt: { __typename: 'WriteReceipt', idempotencyKey: string, state: WriteState, attempts: number, lastError: string | null, nextAttemptAt: string | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }, application: { __typename: 'Application', id: string, status: ApplicationStatus } | null } };

export type AwardChallengeMutationVariables = Exact<{
  input: AwardChallengeInput;
  idempotencyKey: string;
}>;


export type AwardChallengeMutation = { __typename: 'Mutation', awardChallenge: { __typename: 'ChallengeWritePayload', receipt: { __typename: 'WriteReceipt', idempotencyKey: string, state: WriteState, attempts: number, lastError: string | null, nextAttemptAt: string | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }, challenge:
      | { __typename: 'ChangzhouChallenge', status: ChallengeStatus, id: string, applications: Array<{ __typename: 'Application', id: string, status: ApplicationStatus }> | null }
      | { __typename: 'NanjingChallenge', status: ChallengeStatus, id: string, applications: Array<{ __typename: 'Application', id: string, status: ApplicationStatus }> | null }
      | { __typename: 'NantongChallenge', status: ChallengeStatus, id: string, applications: Array<{ __typename: 'Application', id: string, status: ApplicationStatus }> | null }
      | { __typename: 'PutuoChallenge', status: ChallengeStatus, id: string, applications: Array<{ __typename: 'Application', id: string, status: ApplicationStatus }> | null }
      | { __typename: 'SuzhouChallenge', status: ChallengeStatus, id: string, applications: Array<{ __typename: 'Application', id: string, status: ApplicationStatus }> | null }
      | { __typename: 'TaizhouChallenge', status: ChallengeStatus, id: string, applications: Array<{ __typename: 'Application', id: string, status: ApplicationStatus }> | null }
      | { __typename: 'WuxiChallenge', status: ChallengeStatus, id: string, applications: Array<{ __typename: 'Application', id: string, status: ApplicationStatus }> | null }
      | { __typename: 'YangzhouChallenge', status: ChallengeStatus, id: string, applications: Array<{ __typename: 'Application', id: string, status: ApplicationStatus }> | null }
      | { __typename: 'ZhenjiangChallenge', status: ChallengeStatus, id: string, applications: Array<{ __typename: 'Application', id: string, status: ApplicationStatus }> | null }
     | null } };

export type StartReviewMutationVariables = Exact<{
  input: StartReviewInput;
  idempotencyKey: string;
}>;


export type StartReviewMutation = { __typename: 'Mutation', startReview: { __typename: 'ChallengeWritePayload', receipt: { __typename: 'WriteReceipt', idempotencyKey: string, state: WriteState, attempts: number, lastError: string | null, nextAttemptAt: string | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }, challenge:
      | { __typename: 'ChangzhouChallenge', status: ChallengeStatus, id: string }
      | { __typename: 'NanjingChallenge', status: ChallengeStatus, id: string }
      | { __typename: 'NantongChallenge', status: ChallengeStatus, id: string }
      | { __typename: 'PutuoChallenge', status: ChallengeStatus, id: string }
      | { __typename: 'SuzhouChallenge', status: ChallengeStatus, id: string }
      | { __typename: 'TaizhouChallenge', status: ChallengeStatus, id: string }
      | { __typename: 'WuxiChallenge', status: ChallengeStatus, id: string }
      | { __typename: 'YangzhouChallenge', status: ChallengeStatus, id: string }
      | { __typename: 'ZhenjiangChallenge', status: ChallengeStatus, id: string }
     | null } };

export type CloseChallengeMutationVariables = Exact<{
  input: CloseChallengeInput;
  idempotencyKey: string;
}>;


export type CloseChallengeMutation = { __typename: 'Mutation', closeChallenge: { __typename: 'ChallengeWritePayload', receipt: { __typename: 'WriteReceipt', idempotencyKey: string, state: WriteState, attempts: number, lastError: string | null, nextAttemptAt: string | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }, challenge:
      | { __typename: 'ChangzhouChallenge', status: ChallengeStatus, id: string }
      | { __typename: 'NanjingChallenge', status: ChallengeStatus, id: string }
      | { __typename: 'NantongChallenge', status: ChallengeStatus, id: string }
      | { __typename: 'PutuoChallenge', status: ChallengeStatus, id: string }
      | { __typename: 'SuzhouChallenge', status: ChallengeStatus, id: string }
      | { __typename: 'TaizhouChallenge', status: ChallengeStatus, id: string }
      | { __typename: 'WuxiChallenge', status: ChallengeStatus, id: string }
      | { __typename: 'YangzhouChallenge', status: ChallengeStatus, id: string }
      | { __typename: 'ZhenjiangChallenge', status: ChallengeStatus, id: string }
     | null } };

export type ReceiptFragment = { __typename: 'WriteReceipt', idempotencyKey: string, state: WriteState, attempts: number, lastError: string | null, nextAttemptAt: string | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

export type WriteReceiptQueryVariables = Exact<{
  city: string | number;
  idempotencyKey: string;
}>;


export type WriteReceiptQuery = { __typename: 'Query', writeReceipt: { __typename: 'WriteReceipt', idempotencyKey: string, state: WriteState, attempts: number, lastError: string | null, nextAttemptAt: string | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } } | null };

export type CarrierPageQueryVariables = Exact<{
  id: string | number;
  language: Language;
}>;


export type CarrierPageQuery = { __typename: 'Query', node:
    | { __typename: 'ChangzhouAchievement', id: string }
    | { __typename: 'ChangzhouCarrier', address: string, services: Array<string>, floorArea: number, id: string, name: string, kind: CarrierKind, level: CarrierLevel, industries: Array<Industry>, operator: string, district: string, freeArea: number, url: string, contact: { __typename: 'Contact', name: string | null, phone: string | null, email: string | null }, openChallenges: Array<{ __typename: 'ChallengeMatch', score: number, distanceKm: number, reasons: Array<{ __typename: 'MatchReason', kind: MatchReasonKind, detail: string }>, challenge:
          | { __typename: 'ChangzhouChallenge', id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
          | { __typename: 'NanjingChallenge', id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
          | { __typename: 'NantongChallenge', id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
          | { __typename: 'PutuoChallenge', id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
          | { __typename: 'SuzhouChallenge', id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
          | { __typename: 'TaizhouChallenge', id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
          | { __typename: 'WuxiChallenge', id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
          | { __typename: 'YangzhouChallenge', id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
          | { __typename: 'ZhenjiangChallenge', id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
         | null }>, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
    | { __typename: 'ChangzhouChallenge', id: string }
    | { __typename: 'ChangzhouConsortium', id: string }
    | { __typename: 'ChangzhouCooperation', id: string }
    | { __typename: 'ChangzhouFinanceProduct', id: string }
    | { __typename: 'ChangzhouPolicy', id: string }
    | { __typename: 'ChangzhouTalentService', id: string }
    | { __typename: 'ChangzhouTechnologyManager', id: string }
    | { __typename: 'NanjingAchievement', id: string }
    | { __typename: 'NanjingCarrier', address: string, services: Array<string>, floorArea: number, id: string, name: string, kind: CarrierKind, level: CarrierLevel, industries: Array<Industry>, operator: string, district: string, freeArea: number, url: string, contact: { __typename: 'Contact', name: string | null, phone: string | null, email: string | null }, openChallenges: Array<{ __typename: 'ChallengeMatch', score: number, distanceKm: number, reasons: Array<{ __typename: 'MatchReason', kind: MatchReasonKind, detail: string }>, challenge:
          | { __typename: 'ChangzhouChallenge', id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
          | { __typename: 'NanjingChallenge', id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
          | { __typename: 'NantongChallenge', id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
          | { __typename: 'PutuoChallenge', id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
          | { __typename: 'SuzhouChallenge', id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
          | { __typename: 'TaizhouChallenge', id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
          | { __typename: 'WuxiChallenge', id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
          | { __typename: 'YangzhouChallenge', id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
          | { __typename: 'ZhenjiangChallenge', id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
         | null }>, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
    | { __typename: 'NanjingChallenge', id: string }
    | { __typename: 'NanjingConsortium', id: string }
    | { __typename: 'NanjingCooperation', id: string }
    | { __typename: 'NanjingFinanceProduct', id: string }
    | { __typename: 'NanjingPolicy', id: string }
    | { __typename: 'NanjingTalentService', id: string }
    | { __typename: 'NanjingTechnologyManager', id: string }
    | { __typename: 'NantongAchievement', id: string }
    | { __typename: 'NantongCarrier', address: string, services: Array<string>, floorArea: number, id: string, name: string, kind: CarrierKind, level: CarrierLevel, industries: Array<Industry>, operator: string, district: string, freeArea: number, url: string, contact: { __typename: 'Contact', name: string | null, phone: string | null, email: string | null }, openChallenges: Array<{ __typename: 'ChallengeMatch', score: number, distanceKm: number, reasons: Array<{ __typename: 'MatchReason', kind: MatchReasonKind, detail: string }>, challenge:
          | { __typename: 'ChangzhouChallenge', id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
          | { __typename: 'NanjingChallenge', id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
          | { __typename: 'NantongChallenge', id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
          | { __typename: 'PutuoChallenge', id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
          | { __typename: 'SuzhouChallenge', id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
          | { __typename: 'TaizhouChallenge', id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
          | { __typename: 'WuxiChallenge', id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
          | { __typename: 'YangzhouChallenge', id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
          | { __typename: 'ZhenjiangChallenge', id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
         | null }>, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
    | { __typename: 'NantongChallenge', id: string }
    | { __typename: 'NantongConsortium', id: string }
    | { __typename: 'NantongCooperation', id: string }
    | { __typename: 'NantongFinanceProduct', id: string }
    | { __typename: 'NantongPolicy', id: string }
    | { __typename: 'NantongTalentService', id: string }
    | { __typename: 'NantongTechnologyManager', id: string }
    | { __typename: 'PutuoAchievement', id: string }
    | { __typename: 'PutuoCarrier', address: string, services: Array<string>, floorArea: number, id: string, name: string, kind: CarrierKind, level: CarrierLevel, industries: Array<Industry>, operator: string, district: string, freeArea: number, url: string, contact: { __typename: 'Contact', name: string | null, phone: string | null, email: string | null }, openChallenges: Array<{ __typename: 'ChallengeMatch', score: number, distanceKm: number, reasons: Array<{ __typename: 'MatchReason', kind: MatchReasonKind, detail: string }>, challenge:
          | { __typename: 'ChangzhouChallenge', id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
          | { __typename: 'NanjingChallenge', id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
          | { __typename: 'NantongChallenge', id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
          | { __typename: 'PutuoChallenge', id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
          | { __typename: 'SuzhouChallenge', id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
          | { __typename: 'TaizhouChallenge', id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
          | { __typename: 'WuxiChallenge', id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
          | { __typename: 'YangzhouChallenge', id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
          | { __typename: 'ZhenjiangChallenge', id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
         | null }>, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
    | { __typename: 'PutuoChallenge', id: string }
    | { __typename: 'PutuoConsortium', id: string }
    | { __typename: 'PutuoCooperation', id: string }
    | { __typename: 'PutuoFinanceProduct', id: string }
    | { __typename: 'PutuoPolicy', id: string }
    | { __typename: 'PutuoTalentService', id: string }
    | { __typename: 'PutuoTechnologyManager', id: string }
    | { __typename: 'SuzhouAchievement', id: string }
    | { __typename: 'SuzhouCarrier', address: string, services: Array<string>, floorArea: number, id: string, name: string, kind: CarrierKind, level: CarrierLevel, industries: Array<Industry>, operator: string, district: string, freeArea: number, url: string, contact: { __typename: 'Contact', name: string | null, phone: string | null, email: string | null }, openChallenges: Array<{ __typename: 'ChallengeMatch', score: number, distanceKm: number, reasons: Array<{ __typename: 'MatchReason', kind: MatchReasonKind, detail: string }>, challenge:
          | { __typename: 'ChangzhouChallenge', id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
          | { __typename: 'NanjingChallenge', id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
          | { __typename: 'NantongChallenge', id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
          | { __typename: 'PutuoChallenge', id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
          | { __typename: 'SuzhouChallenge', id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
          | { __typename: 'TaizhouChallenge', id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
          | { __typename: 'WuxiChallenge', id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
          | { __typename: 'YangzhouChallenge', id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
          | { __typename: 'ZhenjiangChallenge', id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
         | null }>, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
    | { __typename: 'SuzhouChallenge', id: string }
    | { __typename: 'SuzhouConsortium', id: string }
    | { __typename: 'SuzhouCooperation', id: string }
    | { __typename: 'SuzhouFinanceProduct', id: string }
    | { __typename: 'SuzhouPolicy', id: string }
    | { __typename: 'SuzhouTalentService', id: string }
    | { __typename: 'SuzhouTechnologyManager', id: string }
    | { __typename: 'TaizhouAchievement', id: string }
    | { __typename: 'TaizhouCarrier', address: string, services: Array<string>, floorArea: number, id: string, name: string, kind: CarrierKind, level: CarrierLevel, industries: Array<Industry>, operator: string, district: string, freeArea: number, url: string, contact: { __typename: 'Contact', name: string | null, phone: string | null, email: string | null }, openChallenges: Array<{ __typename: 'ChallengeMatch', score: number, distanceKm: number, reasons: Array<{ __typename: 'MatchReason', kind: MatchReasonKind, detail: string }>, challenge:
          | { __typename: 'ChangzhouChallenge', id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
          | { __typename: 'NanjingChallenge', id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
          | { __typename: 'NantongChallenge', id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
          | { __typename: 'PutuoChallenge', id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
          | { __typename: 'SuzhouChallenge', id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
          | { __typename: 'TaizhouChallenge', id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
          | { __typename: 'WuxiChallenge', id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
          | { __typename: 'YangzhouChallenge', id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
          | { __typename: 'ZhenjiangChallenge', id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
         | null }>, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
    | { __typename: 'TaizhouChallenge', id: string }
    | { __typename: 'TaizhouConsortium', id: string }
    | { __typename: 'TaizhouCooperation', id: string }
    | { __typename: 'TaizhouFinanceProduct', id: string }
    | { __typename: 'TaizhouPolicy', id: string }
    | { __typename: 'TaizhouTalentService', id: string }
    | { __typename: 'TaizhouTechnologyManager', id: string }
    | { __typename: 'WuxiAchievement', id: string }
    | { __typename: 'WuxiCarrier', address: string, services: Array<string>, floorArea: number, id: string, name: string, kind: CarrierKind, level: CarrierLevel, industries: Array<Industry>, operator: string, district: string, freeArea: number, url: string, contact: { __typename: 'Contact', name: string | null, phone: string | null, email: string | null }, openChallenges: Array<{ __typename: 'ChallengeMatch', score: number, distanceKm: number, reasons: Array<{ __typename: 'MatchReason', kind: MatchReasonKind, detail: string }>, challenge:
          | { __typename: 'ChangzhouChallenge', id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
          | { __typename: 'NanjingChallenge', id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
          | { __typename: 'NantongChallenge', id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
          | { __typename: 'PutuoChallenge', id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
          | { __typename: 'SuzhouChallenge', id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
          | { __typename: 'TaizhouChallenge', id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
          | { __typename: 'WuxiChallenge', id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
          | { __typename: 'YangzhouChallenge', id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
          | { __typename: 'ZhenjiangChallenge', id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
         | null }>, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
    | { __typename: 'WuxiChallenge', id: string }
    | { __typename: 'WuxiConsortium', id: string }
    | { __typename: 'WuxiCooperation', id: string }
    | { __typename: 'WuxiFinanceProduct', id: string }
    | { __typename: 'WuxiPolicy', id: string }
    | { __typename: 'WuxiTalentService', id: string }
    | { __typename: 'WuxiTechnologyManager', id: string }
    | { __typename: 'YangzhouAchievement', id: string }
    | { __typename: 'YangzhouCarrier', address: string, services: Array<string>, floorArea: number, id: string, name: string, kind: CarrierKind, level: CarrierLevel, industries: Array<Industry>, operator: string, district: string, freeArea: number, url: string, contact: { __typename: 'Contact', name: string | null, phone: string | null, email: string | null }, openChallenges: Array<{ __typename: 'ChallengeMatch', score: number, distanceKm: number, reasons: Array<{ __typename: 'MatchReason', kind: MatchReasonKind, detail: string }>, challenge:
          | { __typename: 'ChangzhouChallenge', id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
          | { __typename: 'NanjingChallenge', id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
          | { __typename: 'NantongChallenge', id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
          | { __typename: 'PutuoChallenge', id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
          | { __typename: 'SuzhouChallenge', id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
          | { __typename: 'TaizhouChallenge', id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
          | { __typename: 'WuxiChallenge', id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
          | { __typename: 'YangzhouChallenge', id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
          | { __typename: 'ZhenjiangChallenge', id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
         | null }>, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
    | { __typename: 'YangzhouChallenge', id: string }
    | { __typename: 'YangzhouConsortium', id: string }
    | { __typename: 'YangzhouCooperation', id: string }
    | { __typename: 'YangzhouFinanceProduct', id: string }
    | { __typename: 'YangzhouPolicy', id: string }
    | { __typename: 'YangzhouTalentService', id: string }
    | { __typename: 'YangzhouTechnologyManager', id: string }
    | { __typename: 'ZhenjiangAchievement', id: string }
    | { __typename: 'ZhenjiangCarrier', address: string, services: Array<string>, floorArea: number, id: string, name: string, kind: CarrierKind, level: CarrierLevel, industries: Array<Industry>, operator: string, district: string, freeArea: number, url: string, contact: { __typename: 'Contact', name: string | null, phone: string | null, email: string | null }, openChallenges: Array<{ __typename: 'ChallengeMatch', score: number, distanceKm: number, reasons: Array<{ __typename: 'MatchReason', kind: MatchReasonKind, detail: string }>, challenge:
          | { __typename: 'ChangzhouChallenge', id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
          | { __typename: 'NanjingChallenge', id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
          | { __typename: 'NantongChallenge', id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
          | { __typename: 'PutuoChallenge', id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
          | { __typename: 'SuzhouChallenge', id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
          | { __typename: 'TaizhouChallenge', id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
          | { __typename: 'WuxiChallenge', id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
          | { __typename: 'YangzhouChallenge', id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
          | { __typename: 'ZhenjiangChallenge', id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
         | null }>, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
    | { __typename: 'ZhenjiangChallenge', id: string }
    | { __typename: 'ZhenjiangConsortium', id: string }
    | { __typename: 'ZhenjiangCooperation', id: string }
    | { __typename: 'ZhenjiangFinanceProduct', id: string }
    | { __typename: 'ZhenjiangPolicy', id: string }
    | { __typename: 'ZhenjiangTalentService', id: string }
    | { __typename: 'ZhenjiangTechnologyManager', id: string }
   | null };

export type ChallengePageQueryVariables = Exact<{
  id: string | number;
  signedIn: boolean;
  language: Language;
}>;


export type ChallengePageQuery = { __typename: 'Query', node:
    | { __typename: 'ChangzhouAchievement', id: string }
    | { __typename: 'ChangzhouCarrier', id: string }
    | { __typename: 'ChangzhouChallenge', publisherKind: PublisherKind, technicalField: string, description: string, requirements: string, publishedOn: string, tags: Array<string>, id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, matchingCarriers: Array<{ __typename: 'CarrierMatch', score: number, distanceKm: number, reasons: Array<{ __typename: 'MatchReason', kind: MatchReasonKind, detail: string }>, carrier:
          | { __typename: 'ChangzhouCarrier', id: string, name: string, kind: CarrierKind, level: CarrierLevel, industries: Array<Industry>, operator: string, district: string, freeArea: number, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
          | { __typename: 'NanjingCarrier', id: string, name: string, kind: CarrierKind, level: CarrierLevel, industries: Array<Industry>, operator: string, district: string, freeArea: number, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
          | { __typename: 'NantongCarrier', id: string, name: string, kind: CarrierKind, level: CarrierLevel, industries: Array<Industry>, operator: string, district: string, freeArea: number, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
          | { __typename: 'PutuoCarrier', id: string, name: string, kind: CarrierKind, level: CarrierLevel, industries: Array<Industry>, operator: string, district: string, freeArea: number, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
          | { __typename: 'SuzhouCarrier', id: string, name: string, kind: CarrierKind, level: CarrierLevel, industries: Array<Industry>, operator: string, district: string, freeArea: number, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
          | { __typename: 'TaizhouCarrier', id: string, name: string, kind: CarrierKind, level: CarrierLevel, industries: Array<Industry>, operator: string, district: string, freeArea: number, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
          | { __typename: 'WuxiCarrier', id: string, name: string, kind: CarrierKind, level: CarrierLevel, industries: Array<Industry>, operator: string, district: string, freeArea: number, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
          | { __typename: 'YangzhouCarrier', id: string, name: string, kind: CarrierKind, level: CarrierLevel, industries: Array<Industry>, operator: string, district: string, freeArea: number, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
          | { __typename: 'ZhenjiangCarrier', id: string, name: string, kind: CarrierKind, level: CarrierLevel, industries: Array<Industry>, operator: string, district: string, freeArea: number, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
         | null }>, applications?: Array<{ __typename: 'Application', id: string, applicantOrganization: string, proposal: string, status: ApplicationStatus, submittedAt: string, delivery: WriteState, applicantCity: { __typename: 'City', slug: string, nameZh: string, nameEn: string }, contact: { __typename: 'Contact', name: string | null, phone: string | null, email: string | null } }> | null, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
    | { __typename: 'ChangzhouConsortium', id: string }
    | { __typename: 'ChangzhouCooperation', id: string }
    | { __typename: 'ChangzhouFinanceProduct', id: string }
    | { __typename: 'ChangzhouPolicy', id: string }
    | { __typename: 'ChangzhouTalentService', id: string }
    | { __typename: 'ChangzhouTechnologyManager', id: string }
    | { __typename: 'NanjingAchievement', id: string }
    | { __typename: 'NanjingCarrier', id: string }
    | { __typename: 'NanjingChallenge', publisherKind: PublisherKind, technicalField: string, description: string, requirements: string, publishedOn: string, tags: Array<string>, id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, matchingCarriers: Array<{ __typename: 'CarrierMatch', score: number, distanceKm: number, reasons: Array<{ __typename: 'MatchReason', kind: MatchReasonKind, detail: string }>, carrier:
          | { __typename: 'ChangzhouCarrier', id: string, name: string, kind: CarrierKind, level: CarrierLevel, industries: Array<Industry>, operator: string, district: string, freeArea: number, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
          | { __typename: 'NanjingCarrier', id: string, name: string, kind: CarrierKind, level: CarrierLevel, industries: Array<Industry>, operator: string, district: string, freeArea: number, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
          | { __typename: 'NantongCarrier', id: string, name: string, kind: CarrierKind, level: CarrierLevel, industries: Array<Industry>, operator: string, district: string, freeArea: number, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
          | { __typename: 'PutuoCarrier', id: string, name: string, kind: CarrierKind, level: CarrierLevel, industries: Array<Industry>, operator: string, district: string, freeArea: number, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
          | { __typename: 'SuzhouCarrier', id: string, name: string, kind: CarrierKind, level: CarrierLevel, industries: Array<Industry>, operator: string, district: string, freeArea: number, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
          | { __typename: 'TaizhouCarrier', id: string, name: string, kind: CarrierKind, level: CarrierLevel, industries: Array<Industry>, operator: string, district: string, freeArea: number, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
          | { __typename: 'WuxiCarrier', id: string, name: string, kind: CarrierKind, level: CarrierLevel, industries: Array<Industry>, operator: string, district: string, freeArea: number, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
          | { __typename: 'YangzhouCarrier', id: string, name: string, kind: CarrierKind, level: CarrierLevel, industries: Array<Industry>, operator: string, district: string, freeArea: number, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
          | { __typename: 'ZhenjiangCarrier', id: string, name: string, kind: CarrierKind, level: CarrierLevel, industries: Array<Industry>, operator: string, district: string, freeArea: number, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
         | null }>, applications?: Array<{ __typename: 'Application', id: string, applicantOrganization: string, proposal: string, status: ApplicationStatus, submittedAt: string, delivery: WriteState, applicantCity: { __typename: 'City', slug: string, nameZh: string, nameEn: string }, contact: { __typename: 'Contact', name: string | null, phone: string | null, email: string | null } }> | null, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
    | { __typename: 'NanjingConsortium', id: string }
    | { __typename: 'NanjingCooperation', id: string }
    | { __typename: 'NanjingFinanceProduct', id: string }
    | { __typename: 'NanjingPolicy', id: string }
    | { __typename: 'NanjingTalentService', id: string }
    | { __typename: 'NanjingTechnologyManager', id: string }
    | { __typename: 'NantongAchievement', id: string }
    | { __typename: 'NantongCarrier', id: string }
    | { __typename: 'NantongChallenge', publisherKind: PublisherKind, technicalField: string, description: string, requirements: string, publishedOn: string, tags: Array<string>, id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, matchingCarriers: Array<{ __typename: 'CarrierMatch', score: number, distanceKm: number, reasons: Array<{ __typename: 'MatchReason', kind: MatchReasonKind, detail: string }>, carrier:
          | { __typename: 'ChangzhouCarrier', id: string, name: string, kind: CarrierKind, level: CarrierLevel, industries: Array<Industry>, operator: string, district: string, freeArea: number, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
          | { __typename: 'NanjingCarrier', id: string, name: string, kind: CarrierKind, level: CarrierLevel, industries: Array<Industry>, operator: string, district: string, freeArea: number, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
          | { __typename: 'NantongCarrier', id: string, name: string, kind: CarrierKind, level: CarrierLevel, industries: Array<Industry>, operator: string, district: string, freeArea: number, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
          | { __typename: 'PutuoCarrier', id: string, name: string, kind: CarrierKind, level: CarrierLevel, industries: Array<Industry>, operator: string, district: string, freeArea: number, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
          | { __typename: 'SuzhouCarrier', id: string, name: string, kind: CarrierKind, level: CarrierLevel, industries: Array<Industry>, operator: string, district: string, freeArea: number, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
          | { __typename: 'TaizhouCarrier', id: string, name: string, kind: CarrierKind, level: CarrierLevel, industries: Array<Industry>, operator: string, district: string, freeArea: number, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
          | { __typename: 'WuxiCarrier', id: string, name: string, kind: CarrierKind, level: CarrierLevel, industries: Array<Industry>, operator: string, district: string, freeArea: number, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
          | { __typename: 'YangzhouCarrier', id: string, name: string, kind: CarrierKind, level: CarrierLevel, industries: Array<Industry>, operator: string, district: string, freeArea: number, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
          | { __typename: 'ZhenjiangCarrier', id: string, name: string, kind: CarrierKind, level: CarrierLevel, industries: Array<Industry>, operator: string, district: string, freeArea: number, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
         | null }>, applications?: Array<{ __typename: 'Application', id: string, applicantOrganization: string, proposal: string, status: ApplicationStatus, submittedAt: string, delivery: WriteState, applicantCity: { __typename: 'City', slug: string, nameZh: string, nameEn: string }, contact: { __typename: 'Contact', name: string | null, phone: string | null, email: string | null } }> | null, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
    | { __typename: 'NantongConsortium', id: string }
    | { __typename: 'NantongCooperation', id: string }
    | { __typename: 'NantongFinanceProduct', id: string }
    | { __typename: 'NantongPolicy', id: string }
    | { __typename: 'NantongTalentService', id: string }
    | { __typename: 'NantongTechnologyManager', id: string }
    | { __typename: 'PutuoAchievement', id: string }
    | { __typename: 'PutuoCarrier', id: string }
    | { __typename: 'PutuoChallenge', publisherKind: PublisherKind, technicalField: string, description: string, requirements: string, publishedOn: string, tags: Array<string>, id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, matchingCarriers: Array<{ __typename: 'CarrierMatch', score: number, distanceKm: number, reasons: Array<{ __typename: 'MatchReason', kind: MatchReasonKind, detail: string }>, carrier:
          | { __typename: 'ChangzhouCarrier', id: string, name: string, kind: CarrierKind, level: CarrierLevel, industries: Array<Industry>, operator: string, district: string, freeArea: number, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
          | { __typename: 'NanjingCarrier', id: string, name: string, kind: CarrierKind, level: CarrierLevel, industries: Array<Industry>, operator: string, district: string, freeArea: number, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
          | { __typename: 'NantongCarrier', id: string, name: string, kind: CarrierKind, level: CarrierLevel, industries: Array<Industry>, operator: string, district: string, freeArea: number, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
          | { __typename: 'PutuoCarrier', id: string, name: string, kind: CarrierKind, level: CarrierLevel, industries: Array<Industry>, operator: string, district: string, freeArea: number, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
          | { __typename: 'SuzhouCarrier', id: string, name: string, kind: CarrierKind, level: CarrierLevel, industries: Array<Industry>, operator: string, district: string, freeArea: number, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
          | { __typename: 'TaizhouCarrier', id: string, name: string, kind: CarrierKind, level: CarrierLevel, industries: Array<Industry>, operator: string, district: string, freeArea: number, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
          | { __typename: 'WuxiCarrier', id: string, name: string, kind: CarrierKind, level: CarrierLevel, industries: Array<Industry>, operator: string, district: string, freeArea: number, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
          | { __typename: 'YangzhouCarrier', id: string, name: string, kind: CarrierKind, level: CarrierLevel, industries: Array<Industry>, operator: string, district: string, freeArea: number, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
          | { __typename: 'ZhenjiangCarrier', id: string, name: string, kind: CarrierKind, level: CarrierLevel, industries: Array<Industry>, operator: string, district: string, freeArea: number, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
         | null }>, applications?: Array<{ __typename: 'Application', id: string, applicantOrganization: string, proposal: string, status: ApplicationStatus, submittedAt: string, delivery: WriteState, applicantCity: { __typename: 'City', slug: string, nameZh: string, nameEn: string }, contact: { __typename: 'Contact', name: string | null, phone: string | null, email: string | null } }> | null, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
    | { __typename: 'PutuoConsortium', id: string }
    | { __typename: 'PutuoCooperation', id: string }
    | { __typename: 'PutuoFinanceProduct', id: string }
    | { __typename: 'PutuoPolicy', id: string }
    | { __typename: 'PutuoTalentService', id: string }
    | { __typename: 'PutuoTechnologyManager', id: string }
    | { __typename: 'SuzhouAchievement', id: string }
    | { __typename: 'SuzhouCarrier', id: string }
    | { __typename: 'SuzhouChallenge', publisherKind: PublisherKind, technicalField: string, description: string, requirements: string, publishedOn: string, tags: Array<string>, id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, matchingCarriers: Array<{ __typename: 'CarrierMatch', score: number, distanceKm: number, reasons: Array<{ __typename: 'MatchReason', kind: MatchReasonKind, detail: string }>, carrier:
          | { __typename: 'ChangzhouCarrier', id: string, name: string, kind: CarrierKind, level: CarrierLevel, industries: Array<Industry>, operator: string, district: string, freeArea: number, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
          | { __typename: 'NanjingCarrier', id: string, name: string, kind: CarrierKind, level: CarrierLevel, industries: Array<Industry>, operator: string, district: string, freeArea: number, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
          | { __typename: 'NantongCarrier', id: string, name: string, kind: CarrierKind, level: CarrierLevel, industries: Array<Industry>, operator: string, district: string, freeArea: number, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
          | { __typename: 'PutuoCarrier', id: string, name: string, kind: CarrierKind, level: CarrierLevel, industries: Array<Industry>, operator: string, district: string, freeArea: number, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
          | { __typename: 'SuzhouCarrier', id: string, name: string, kind: CarrierKind, level: CarrierLevel, industries: Array<Industry>, operator: string, district: string, freeArea: number, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
          | { __typename: 'TaizhouCarrier', id: string, name: string, kind: CarrierKind, level: CarrierLevel, industries: Array<Industry>, operator: string, district: string, freeArea: number, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
          | { __typename: 'WuxiCarrier', id: string, name: string, kind: CarrierKind, level: CarrierLevel, industries: Array<Industry>, operator: string, district: string, freeArea: number, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
          | { __typename: 'YangzhouCarrier', id: string, name: string, kind: CarrierKind, level: CarrierLevel, industries: Array<Industry>, operator: string, district: string, freeArea: number, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
          | { __typename: 'ZhenjiangCarrier', id: string, name: string, kind: CarrierKind, level: CarrierLevel, industries: Array<Industry>, operator: string, district: string, freeArea: number, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
         | null }>, applications?: Array<{ __typename: 'Application', id: string, applicantOrganization: string, proposal: string, status: ApplicationStatus, submittedAt: string, delivery: WriteState, applicantCity: { __typename: 'City', slug: string, nameZh: string, nameEn: string }, contact: { __typename: 'Contact', name: string | null, phone: string | null, email: string | null } }> | null, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
    | { __typename: 'SuzhouConsortium', id: string }
    | { __typename: 'SuzhouCooperation', id: string }
    | { __typename: 'SuzhouFinanceProduct', id: string }
    | { __typename: 'SuzhouPolicy', id: string }
    | { __typename: 'SuzhouTalentService', id: string }
    | { __typename: 'SuzhouTechnologyManager', id: string }
    | { __typename: 'TaizhouAchievement', id: string }
    | { __typename: 'TaizhouCarrier', id: string }
    | { __typename: 'TaizhouChallenge', publisherKind: PublisherKind, technicalField: string, description: string, requirements: string, publishedOn: string, tags: Array<string>, id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, matchingCarriers: Array<{ __typename: 'CarrierMatch', score: number, distanceKm: number, reasons: Array<{ __typename: 'MatchReason', kind: MatchReasonKind, detail: string }>, carrier:
          | { __typename: 'ChangzhouCarrier', id: string, name: string, kind: CarrierKind, level: CarrierLevel, industries: Array<Industry>, operator: string, district: string, freeArea: number, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
          | { __typename: 'NanjingCarrier', id: string, name: string, kind: CarrierKind, level: CarrierLevel, industries: Array<Industry>, operator: string, district: string, freeArea: number, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
          | { __typename: 'NantongCarrier', id: string, name: string, kind: CarrierKind, level: CarrierLevel, industries: Array<Industry>, operator: string, district: string, freeArea: number, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
          | { __typename: 'PutuoCarrier', id: string, name: string, kind: CarrierKind, level: CarrierLevel, industries: Array<Industry>, operator: string, district: string, freeArea: number, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
          | { __typename: 'SuzhouCarrier', id: string, name: string, kind: CarrierKind, level: CarrierLevel, industries: Array<Industry>, operator: string, district: string, freeArea: number, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
          | { __typename: 'TaizhouCarrier', id: string, name: string, kind: CarrierKind, level: CarrierLevel, industries: Array<Industry>, operator: string, district: string, freeArea: number, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
          | { __typename: 'WuxiCarrier', id: string, name: string, kind: CarrierKind, level: CarrierLevel, industries: Array<Industry>, operator: string, district: string, freeArea: number, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
          | { __typename: 'YangzhouCarrier', id: string, name: string, kind: CarrierKind, level: CarrierLevel, industries: Array<Industry>, operator: string, district: string, freeArea: number, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
          | { __typename: 'ZhenjiangCarrier', id: string, name: string, kind: CarrierKind, level: CarrierLevel, industries: Array<Industry>, operator: string, district: string, freeArea: number, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
         | null }>, applications?: Array<{ __typename: 'Application', id: string, applicantOrganization: string, proposal: string, status: ApplicationStatus, submittedAt: string, delivery: WriteState, applicantCity: { __typename: 'City', slug: string, nameZh: string, nameEn: string }, contact: { __typename: 'Contact', name: string | null, phone: string | null, email: string | null } }> | null, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
    | { __typename: 'TaizhouConsortium', id: string }
    | { __typename: 'TaizhouCooperation', id: string }
    | { __typename: 'TaizhouFinanceProduct', id: string }
    | { __typename: 'TaizhouPolicy', id: string }
    | { __typename: 'TaizhouTalentService', id: string }
    | { __typename: 'TaizhouTechnologyManager', id: string }
    | { __typename: 'WuxiAchievement', id: string }
    | { __typename: 'WuxiCarrier', id: string }
    | { __typename: 'WuxiChallenge', publisherKind: PublisherKind, technicalField: string, description: string, requirements: string, publishedOn: string, tags: Array<string>, id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, matchingCarriers: Array<{ __typename: 'CarrierMatch', score: number, distanceKm: number, reasons: Array<{ __typename: 'MatchReason', kind: MatchReasonKind, detail: string }>, carrier:
          | { __typename: 'ChangzhouCarrier', id: string, name: string, kind: CarrierKind, level: CarrierLevel, industries: Array<Industry>, operator: string, district: string, freeArea: number, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
          | { __typename: 'NanjingCarrier', id: string, name: string, kind: CarrierKind, level: CarrierLevel, industries: Array<Industry>, operator: string, district: string, freeArea: number, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
          | { __typename: 'NantongCarrier', id: string, name: string, kind: CarrierKind, level: CarrierLevel, industries: Array<Industry>, operator: string, district: string, freeArea: number, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
          | { __typename: 'PutuoCarrier', id: string, name: string, kind: CarrierKind, level: CarrierLevel, industries: Array<Industry>, operator: string, district: string, freeArea: number, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
          | { __typename: 'SuzhouCarrier', id: string, name: string, kind: CarrierKind, level: CarrierLevel, industries: Array<Industry>, operator: string, district: string, freeArea: number, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
          | { __typename: 'TaizhouCarrier', id: string, name: string, kind: CarrierKind, level: CarrierLevel, industries: Array<Industry>, operator: string, district: string, freeArea: number, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
          | { __typename: 'WuxiCarrier', id: string, name: string, kind: CarrierKind, level: CarrierLevel, industries: Array<Industry>, operator: string, district: string, freeArea: number, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
          | { __typename: 'YangzhouCarrier', id: string, name: string, kind: CarrierKind, level: CarrierLevel, industries: Array<Industry>, operator: string, district: string, freeArea: number, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
          | { __typename: 'ZhenjiangCarrier', id: string, name: string, kind: CarrierKind, level: CarrierLevel, industries: Array<Industry>, operator: string, district: string, freeArea: number, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
         | null }>, applications?: Array<{ __typename: 'Application', id: string, applicantOrganization: string, proposal: string, status: ApplicationStatus, submittedAt: string, delivery: WriteState, applicantCity: { __typename: 'City', slug: string, nameZh: string, nameEn: string }, contact: { __typename: 'Contact', name: string | null, phone: string | null, email: string | null } }> | null, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
    | { __typename: 'WuxiConsortium', id: string }
    | { __typename: 'WuxiCooperation', id: string }
    | { __typename: 'WuxiFinanceProduct', id: string }
    | { __typename: 'WuxiPolicy', id: string }
    | { __typename: 'WuxiTalentService', id: string }
    | { __typename: 'WuxiTechnologyManager', id: string }
    | { __typename: 'YangzhouAchievement', id: string }
    | { __typename: 'YangzhouCarrier', id: string }
    | { __typename: 'YangzhouChallenge', publisherKind: PublisherKind, technicalField: string, description: string, requirements: string, publishedOn: string, tags: Array<string>, id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, matchingCarriers: Array<{ __typename: 'CarrierMatch', score: number, distanceKm: number, reasons: Array<{ __typename: 'MatchReason', kind: MatchReasonKind, detail: string }>, carrier:
          | { __typename: 'ChangzhouCarrier', id: string, name: string, kind: CarrierKind, level: CarrierLevel, industries: Array<Industry>, operator: string, district: string, freeArea: number, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
          | { __typename: 'NanjingCarrier', id: string, name: string, kind: CarrierKind, level: CarrierLevel, industries: Array<Industry>, operator: string, district: string, freeArea: number, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
          | { __typename: 'NantongCarrier', id: string, name: string, kind: CarrierKind, level: CarrierLevel, industries: Array<Industry>, operator: string, district: string, freeArea: number, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
          | { __typename: 'PutuoCarrier', id: string, name: string, kind: CarrierKind, level: CarrierLevel, industries: Array<Industry>, operator: string, district: string, freeArea: number, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
          | { __typename: 'SuzhouCarrier', id: string, name: string, kind: CarrierKind, level: CarrierLevel, industries: Array<Industry>, operator: string, district: string, freeArea: number, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
          | { __typename: 'TaizhouCarrier', id: string, name: string, kind: CarrierKind, level: CarrierLevel, industries: Array<Industry>, operator: string, district: string, freeArea: number, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
          | { __typename: 'WuxiCarrier', id: string, name: string, kind: CarrierKind, level: CarrierLevel, industries: Array<Industry>, operator: string, district: string, freeArea: number, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
          | { __typename: 'YangzhouCarrier', id: string, name: string, kind: CarrierKind, level: CarrierLevel, industries: Array<Industry>, operator: string, district: string, freeArea: number, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
          | { __typename: 'ZhenjiangCarrier', id: string, name: string, kind: CarrierKind, level: CarrierLevel, industries: Array<Industry>, operator: string, district: string, freeArea: number, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
         | null }>, applications?: Array<{ __typename: 'Application', id: string, applicantOrganization: string, proposal: string, status: ApplicationStatus, submittedAt: string, delivery: WriteState, applicantCity: { __typename: 'City', slug: string, nameZh: string, nameEn: string }, contact: { __typename: 'Contact', name: string | null, phone: string | null, email: string | null } }> | null, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
    | { __typename: 'YangzhouConsortium', id: string }
    | { __typename: 'YangzhouCooperation', id: string }
    | { __typename: 'YangzhouFinanceProduct', id: string }
    | { __typename: 'YangzhouPolicy', id: string }
    | { __typename: 'YangzhouTalentService', id: string }
    | { __typename: 'YangzhouTechnologyManager', id: string }
    | { __typename: 'ZhenjiangAchievement', id: string }
    | { __typename: 'ZhenjiangCarrier', id: string }
    | { __typename: 'ZhenjiangChallenge', publisherKind: PublisherKind, technicalField: string, description: string, requirements: string, publishedOn: string, tags: Array<string>, id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, matchingCarriers: Array<{ __typename: 'CarrierMatch', score: number, distanceKm: number, reasons: Array<{ __typename: 'MatchReason', kind: MatchReasonKind, detail: string }>, carrier:
          | { __typename: 'ChangzhouCarrier', id: string, name: string, kind: CarrierKind, level: CarrierLevel, industries: Array<Industry>, operator: string, district: string, freeArea: number, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
          | { __typename: 'NanjingCarrier', id: string, name: string, kind: CarrierKind, level: CarrierLevel, industries: Array<Industry>, operator: string, district: string, freeArea: number, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
          | { __typename: 'NantongCarrier', id: string, name: string, kind: CarrierKind, level: CarrierLevel, industries: Array<Industry>, operator: string, district: string, freeArea: number, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
          | { __typename: 'PutuoCarrier', id: string, name: string, kind: CarrierKind, level: CarrierLevel, industries: Array<Industry>, operator: string, district: string, freeArea: number, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
          | { __typename: 'SuzhouCarrier', id: string, name: string, kind: CarrierKind, level: CarrierLevel, industries: Array<Industry>, operator: string, district: string, freeArea: number, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
          | { __typename: 'TaizhouCarrier', id: string, name: string, kind: CarrierKind, level: CarrierLevel, industries: Array<Industry>, operator: string, district: string, freeArea: number, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
          | { __typename: 'WuxiCarrier', id: string, name: string, kind: CarrierKind, level: CarrierLevel, industries: Array<Industry>, operator: string, district: string, freeArea: number, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
          | { __typename: 'YangzhouCarrier', id: string, name: string, kind: CarrierKind, level: CarrierLevel, industries: Array<Industry>, operator: string, district: string, freeArea: number, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
          | { __typename: 'ZhenjiangCarrier', id: string, name: string, kind: CarrierKind, level: CarrierLevel, industries: Array<Industry>, operator: string, district: string, freeArea: number, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
         | null }>, applications?: Array<{ __typename: 'Application', id: string, applicantOrganization: string, proposal: string, status: ApplicationStatus, submittedAt: string, delivery: WriteState, applicantCity: { __typename: 'City', slug: string, nameZh: string, nameEn: string }, contact: { __typename: 'Contact', name: string | null, phone: string | null, email: string | null } }> | null, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
    | { __typename: 'ZhenjiangConsortium', id: string }
    | { __typename: 'ZhenjiangCooperation', id: string }
    | { __typename: 'ZhenjiangFinanceProduct', id: string }
    | { __typename: 'ZhenjiangPolicy', id: string }
    | { __typename: 'ZhenjiangTalentService', id: string }
    | { __typename: 'ZhenjiangTechnologyManager', id: string }
   | null };

export type CityNameFragment = { __typename: 'City', slug: string, nameZh: string, nameEn: string };

type PolicyCard_ChangzhouPolicy_Fragment = { __typename: 'ChangzhouPolicy', id: string, title: string, issuer: string, docNumber: string | null, publishedOn: string, categories: Array<PolicyCategory>, industries: Array<Industry>, url: string, policyStatus: PolicyStatus, maxSupport: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type PolicyCard_NanjingPolicy_Fragment = { __typename: 'NanjingPolicy', id: string, title: string, issuer: string, docNumber: string | null, publishedOn: string, categories: Array<PolicyCategory>, industries: Array<Industry>, url: string, policyStatus: PolicyStatus, maxSupport: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type PolicyCard_NantongPolicy_Fragment = { __typename: 'NantongPolicy', id: string, title: string, issuer: string, docNumber: string | null, publishedOn: string, categories: Array<PolicyCategory>, industries: Array<Industry>, url: string, policyStatus: PolicyStatus, maxSupport: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type PolicyCard_PutuoPolicy_Fragment = { __typename: 'PutuoPolicy', id: string, title: string, issuer: string, docNumber: string | null, publishedOn: string, categories: Array<PolicyCategory>, industries: Array<Industry>, url: string, policyStatus: PolicyStatus, maxSupport: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type PolicyCard_SuzhouPolicy_Fragment = { __typename: 'SuzhouPolicy', id: string, title: string, issuer: string, docNumber: string | null, publishedOn: string, categories: Array<PolicyCategory>, industries: Array<Industry>, url: string, policyStatus: PolicyStatus, maxSupport: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type PolicyCard_TaizhouPolicy_Fragment = { __typename: 'TaizhouPolicy', id: string, title: string, issuer: string, docNumber: string | null, publishedOn: string, categories: Array<PolicyCategory>, industries: Array<Industry>, url: string, policyStatus: PolicyStatus, maxSupport: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type PolicyCard_WuxiPolicy_Fragment = { __typename: 'WuxiPolicy', id: string, title: string, issuer: string, docNumber: string | null, publishedOn: string, categories: Array<PolicyCategory>, industries: Array<Industry>, url: string, policyStatus: PolicyStatus, maxSupport: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type PolicyCard_YangzhouPolicy_Fragment = { __typename: 'YangzhouPolicy', id: string, title: string, issuer: string, docNumber: string | null, publishedOn: string, categories: Array<PolicyCategory>, industries: Array<Industry>, url: string, policyStatus: PolicyStatus, maxSupport: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type PolicyCard_ZhenjiangPolicy_Fragment = { __typename: 'ZhenjiangPolicy', id: string, title: string, issuer: string, docNumber: string | null, publishedOn: string, categories: Array<PolicyCategory>, industries: Array<Industry>, url: string, policyStatus: PolicyStatus, maxSupport: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

export type PolicyCardFragment =
  | PolicyCard_ChangzhouPolicy_Fragment
  | PolicyCard_NanjingPolicy_Fragment
  | PolicyCard_NantongPolicy_Fragment
  | PolicyCard_PutuoPolicy_Fragment
  | PolicyCard_SuzhouPolicy_Fragment
  | PolicyCard_TaizhouPolicy_Fragment
  | PolicyCard_WuxiPolicy_Fragment
  | PolicyCard_YangzhouPolicy_Fragment
  | PolicyCard_ZhenjiangPolicy_Fragment
;

type CarrierCard_ChangzhouCarrier_Fragment = { __typename: 'ChangzhouCarrier', id: string, name: string, kind: CarrierKind, level: CarrierLevel, industries: Array<Industry>, operator: string, district: string, freeArea: number, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type CarrierCard_NanjingCarrier_Fragment = { __typename: 'NanjingCarrier', id: string, name: string, kind: CarrierKind, level: CarrierLevel, industries: Array<Industry>, operator: string, district: string, freeArea: number, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type CarrierCard_NantongCarrier_Fragment = { __typename: 'NantongCarrier', id: string, name: string, kind: CarrierKind, level: CarrierLevel, industries: Array<Industry>, operator: string, district: string, freeArea: number, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type CarrierCard_PutuoCarrier_Fragment = { __typename: 'PutuoCarrier', id: string, name: string, kind: CarrierKind, level: CarrierLevel, industries: Array<Industry>, operator: string, district: string, freeArea: number, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type CarrierCard_SuzhouCarrier_Fragment = { __typename: 'SuzhouCarrier', id: string, name: string, kind: CarrierKind, level: CarrierLevel, industries: Array<Industry>, operator: string, district: string, freeArea: number, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type CarrierCard_TaizhouCarrier_Fragment = { __typename: 'TaizhouCarrier', id: string, name: string, kind: CarrierKind, level: CarrierLevel, industries: Array<Industry>, operator: string, district: string, freeArea: number, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type CarrierCard_WuxiCarrier_Fragment = { __typename: 'WuxiCarrier', id: string, name: string, kind: CarrierKind, level: CarrierLevel, industries: Array<Industry>, operator: string, district: string, freeArea: number, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type CarrierCard_YangzhouCarrier_Fragment = { __typename: 'YangzhouCarrier', id: string, name: string, kind: CarrierKind, level: CarrierLevel, industries: Array<Industry>, operator: string, district: string, freeArea: number, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type CarrierCard_ZhenjiangCarrier_Fragment = { __typename: 'ZhenjiangCarrier', id: string, name: string, kind: CarrierKind, level: CarrierLevel, industries: Array<Industry>, operator: string, district: string, freeArea: number, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

export type CarrierCardFragment =
  | CarrierCard_ChangzhouCarrier_Fragment
  | CarrierCard_NanjingCarrier_Fragment
  | CarrierCard_NantongCarrier_Fragment
  | CarrierCard_PutuoCarrier_Fragment
  | CarrierCard_SuzhouCarrier_Fragment
  | CarrierCard_TaizhouCarrier_Fragment
  | CarrierCard_WuxiCarrier_Fragment
  | CarrierCard_YangzhouCarrier_Fragment
  | CarrierCard_ZhenjiangCarrier_Fragment
;

type ChallengeCard_ChangzhouChallenge_Fragment = { __typename: 'ChangzhouChallenge', id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type ChallengeCard_NanjingChallenge_Fragment = { __typename: 'NanjingChallenge', id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type ChallengeCard_NantongChallenge_Fragment = { __typename: 'NantongChallenge', id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type ChallengeCard_PutuoChallenge_Fragment = { __typename: 'PutuoChallenge', id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type ChallengeCard_SuzhouChallenge_Fragment = { __typename: 'SuzhouChallenge', id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type ChallengeCard_TaizhouChallenge_Fragment = { __typename: 'TaizhouChallenge', id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type ChallengeCard_WuxiChallenge_Fragment = { __typename: 'WuxiChallenge', id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type ChallengeCard_YangzhouChallenge_Fragment = { __typename: 'YangzhouChallenge', id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type ChallengeCard_ZhenjiangChallenge_Fragment = { __typename: 'ZhenjiangChallenge', id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

export type ChallengeCardFragment =
  | ChallengeCard_ChangzhouChallenge_Fragment
  | ChallengeCard_NanjingChallenge_Fragment
  | ChallengeCard_NantongChallenge_Fragment
  | ChallengeCard_PutuoChallenge_Fragment
  | ChallengeCard_SuzhouChallenge_Fragment
  | ChallengeCard_TaizhouChallenge_Fragment
  | ChallengeCard_WuxiChallenge_Fragment
  | ChallengeCard_YangzhouChallenge_Fragment
  | ChallengeCard_ZhenjiangChallenge_Fragment
;

type FinanceProductCard_ChangzhouFinanceProduct_Fragment = { __typename: 'ChangzhouFinanceProduct', id: string, name: string, lender: string, productKind: FinanceProductKind, industries: Array<Industry>, rate: string | null, termMonths: number | null, url: string, maxAmount: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type FinanceProductCard_NanjingFinanceProduct_Fragment = { __typename: 'NanjingFinanceProduct', id: string, name: string, lender: string, productKind: FinanceProductKind, industries: Array<Industry>, rate: string | null, termMonths: number | null, url: string, maxAmount: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type FinanceProductCard_NantongFinanceProduct_Fragment = { __typename: 'NantongFinanceProduct', id: string, name: string, lender: string, productKind: FinanceProductKind, industries: Array<Industry>, rate: string | null, termMonths: number | null, url: string, maxAmount: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type FinanceProductCard_PutuoFinanceProduct_Fragment = { __typename: 'PutuoFinanceProduct', id: string, name: string, lender: string, productKind: FinanceProductKind, industries: Array<Industry>, rate: string | null, termMonths: number | null, url: string, maxAmount: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type FinanceProductCard_SuzhouFinanceProduct_Fragment = { __typename: 'SuzhouFinanceProduct', id: string, name: string, lender: string, productKind: FinanceProductKind, industries: Array<Industry>, rate: string | null, termMonths: number | null, url: string, maxAmount: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type FinanceProductCard_TaizhouFinanceProduct_Fragment = { __typename: 'TaizhouFinanceProduct', id: string, name: string, lender: string, productKind: FinanceProductKind, industries: Array<Industry>, rate: string | null, termMonths: number | null, url: string, maxAmount: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type FinanceProductCard_WuxiFinanceProduct_Fragment = { __typename: 'WuxiFinanceProduct', id: string, name: string, lender: string, productKind: FinanceProductKind, industries: Array<Industry>, rate: string | null, termMonths: number | null, url: string, maxAmount: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type FinanceProductCard_YangzhouFinanceProduct_Fragment = { __typename: 'YangzhouFinanceProduct', id: string, name: string, lender: string, productKind: FinanceProductKind, industries: Array<Industry>, rate: string | null, termMonths: number | null, url: string, maxAmount: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type FinanceProductCard_ZhenjiangFinanceProduct_Fragment = { __typename: 'ZhenjiangFinanceProduct', id: string, name: string, lender: string, productKind: FinanceProductKind, industries: Array<Industry>, rate: string | null, termMonths: number | null, url: string, maxAmount: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

export type FinanceProductCardFragment =
  | FinanceProductCard_ChangzhouFinanceProduct_Fragment
  | FinanceProductCard_NanjingFinanceProduct_Fragment
  | FinanceProductCard_NantongFinanceProduct_Fragment
  | FinanceProductCard_PutuoFinanceProduct_Fragment
  | FinanceProductCard_SuzhouFinanceProduct_Fragment
  | FinanceProductCard_TaizhouFinanceProduct_Fragment
  | FinanceProductCard_WuxiFinanceProduct_Fragment
  | FinanceProductCard_YangzhouFinanceProduct_Fragment
  | FinanceProductCard_ZhenjiangFinanceProduct_Fragment
;

type TalentServiceCard_ChangzhouTalentService_Fragment = { __typename: 'ChangzhouTalentService', id: string, name: string, provider: string, serviceKind: TalentServiceKind, district: string, capacity: number | null, industries: Array<Industry>, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type TalentServiceCard_NanjingTalentService_Fragment = { __typename: 'NanjingTalentService', id: string, name: string, provider: string, serviceKind: TalentServiceKind, district: string, capacity: number | null, industries: Array<Industry>, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type TalentServiceCard_NantongTalentService_Fragment = { __typename: 'NantongTalentService', id: string, name: string, provider: string, serviceKind: TalentServiceKind, district: string, capacity: number | null, industries: Array<Industry>, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type TalentServiceCard_PutuoTalentService_Fragment = { __typename: 'PutuoTalentService', id: string, name: string, provider: string, serviceKind: TalentServiceKind, district: string, capacity: number | null, industries: Array<Industry>, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type TalentServiceCard_SuzhouTalentService_Fragment = { __typename: 'SuzhouTalentService', id: string, name: string, provider: string, serviceKind: TalentServiceKind, district: string, capacity: number | null, industries: Array<Industry>, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type TalentServiceCard_TaizhouTalentService_Fragment = { __typename: 'TaizhouTalentService', id: string, name: string, provider: string, serviceKind: TalentServiceKind, district: string, capacity: number | null, industries: Array<Industry>, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type TalentServiceCard_WuxiTalentService_Fragment = { __typename: 'WuxiTalentService', id: string, name: string, provider: string, serviceKind: TalentServiceKind, district: string, capacity: number | null, industries: Array<Industry>, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type TalentServiceCard_YangzhouTalentService_Fragment = { __typename: 'YangzhouTalentService', id: string, name: string, provider: string, serviceKind: TalentServiceKind, district: string, capacity: number | null, industries: Array<Industry>, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type TalentServiceCard_ZhenjiangTalentService_Fragment = { __typename: 'ZhenjiangTalentService', id: string, name: string, provider: string, serviceKind: TalentServiceKind, district: string, capacity: number | null, industries: Array<Industry>, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

export type TalentServiceCardFragment =
  | TalentServiceCard_ChangzhouTalentService_Fragment
  | TalentServiceCard_NanjingTalentService_Fragment
  | TalentServiceCard_NantongTalentService_Fragment
  | TalentServiceCard_PutuoTalentService_Fragment
  | TalentServiceCard_SuzhouTalentService_Fragment
  | TalentServiceCard_TaizhouTalentService_Fragment
  | TalentServiceCard_WuxiTalentService_Fragment
  | TalentServiceCard_YangzhouTalentService_Fragment
  | TalentServiceCard_ZhenjiangTalentService_Fragment
;

type AchievementCard_ChangzhouAchievement_Fragment = { __typename: 'ChangzhouAchievement', id: string, title: string, owner: string, technicalField: string, maturity: AchievementMaturity, trl: number | null, transferModes: Array<TransferMode>, url: string, askingPrice: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type AchievementCard_NanjingAchievement_Fragment = { __typename: 'NanjingAchievement', id: string, title: string, owner: string, technicalField: string, maturity: AchievementMaturity, trl: number | null, transferModes: Array<TransferMode>, url: string, askingPrice: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type AchievementCard_NantongAchievement_Fragment = { __typename: 'NantongAchievement', id: string, title: string, owner: string, technicalField: string, maturity: AchievementMaturity, trl: number | null, transferModes: Array<TransferMode>, url: string, askingPrice: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type AchievementCard_PutuoAchievement_Fragment = { __typename: 'PutuoAchievement', id: string, title: string, owner: string, technicalField: string, maturity: AchievementMaturity, trl: number | null, transferModes: Array<TransferMode>, url: string, askingPrice: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type AchievementCard_SuzhouAchievement_Fragment = { __typename: 'SuzhouAchievement', id: string, title: string, owner: string, technicalField: string, maturity: AchievementMaturity, trl: number | null, transferModes: Array<TransferMode>, url: string, askingPrice: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type AchievementCard_TaizhouAchievement_Fragment = { __typename: 'TaizhouAchievement', id: string, title: string, owner: string, technicalField: string, maturity: AchievementMaturity, trl: number | null, transferModes: Array<TransferMode>, url: string, askingPrice: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type AchievementCard_WuxiAchievement_Fragment = { __typename: 'WuxiAchievement', id: string, title: string, owner: string, technicalField: string, maturity: AchievementMaturity, trl: number | null, transferModes: Array<TransferMode>, url: string, askingPrice: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type AchievementCard_YangzhouAchievement_Fragment = { __typename: 'YangzhouAchievement', id: string, title: string, owner: string, technicalField: string, maturity: AchievementMaturity, trl: number | null, transferModes: Array<TransferMode>, url: string, askingPrice: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type AchievementCard_ZhenjiangAchievement_Fragment = { __typename: 'ZhenjiangAchievement', id: string, title: string, owner: string, technicalField: string, maturity: AchievementMaturity, trl: number | null, transferModes: Array<TransferMode>, url: string, askingPrice: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

export type AchievementCardFragment =
  | AchievementCard_ChangzhouAchievement_Fragment
  | AchievementCard_NanjingAchievement_Fragment
  | AchievementCard_NantongAchievement_Fragment
  | AchievementCard_PutuoAchievement_Fragment
  | AchievementCard_SuzhouAchievement_Fragment
  | AchievementCard_TaizhouAchievement_Fragment
  | AchievementCard_WuxiAchievement_Fragment
  | AchievementCard_YangzhouAchievement_Fragment
  | AchievementCard_ZhenjiangAchievement_Fragment
;

type CooperationCard_ChangzhouCooperation_Fragment = { __typename: 'ChangzhouCooperation', id: string, title: string, leadOrganization: string, cooperationKind: CooperationKind, startedOn: string | null, url: string, cooperationStatus: CooperationStatus, members: Array<{ __typename: 'City', slug: string }>, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type CooperationCard_NanjingCooperation_Fragment = { __typename: 'NanjingCooperation', id: string, title: string, leadOrganization: string, cooperationKind: CooperationKind, startedOn: string | null, url: string, cooperationStatus: CooperationStatus, members: Array<{ __typename: 'City', slug: string }>, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type CooperationCard_NantongCooperation_Fragment = { __typename: 'NantongCooperation', id: string, title: string, leadOrganization: string, cooperationKind: CooperationKind, startedOn: string | null, url: string, cooperationStatus: CooperationStatus, members: Array<{ __typename: 'City', slug: string }>, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type CooperationCard_PutuoCooperation_Fragment = { __typename: 'PutuoCooperation', id: string, title: string, leadOrganization: string, cooperationKind: CooperationKind, startedOn: string | null, url: string, cooperationStatus: CooperationStatus, members: Array<{ __typename: 'City', slug: string }>, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type CooperationCard_SuzhouCooperation_Fragment = { __typename: 'SuzhouCooperation', id: string, title: string, leadOrganization: string, cooperationKind: CooperationKind, startedOn: string | null, url: string, cooperationStatus: CooperationStatus, members: Array<{ __typename: 'City', slug: string }>, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type CooperationCard_TaizhouCooperation_Fragment = { __typename: 'TaizhouCooperation', id: string, title: string, leadOrganization: string, cooperationKind: CooperationKind, startedOn: string | null, url: string, cooperationStatus: CooperationStatus, members: Array<{ __typename: 'City', slug: string }>, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type CooperationCard_WuxiCooperation_Fragment = { __typename: 'WuxiCooperation', id: string, title: string, leadOrganization: string, cooperationKind: CooperationKind, startedOn: string | null, url: string, cooperationStatus: CooperationStatus, members: Array<{ __typename: 'City', slug: string }>, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type CooperationCard_YangzhouCooperation_Fragment = { __typename: 'YangzhouCooperation', id: string, title: string, leadOrganization: string, cooperationKind: CooperationKind, startedOn: string | null, url: string, cooperationStatus: CooperationStatus, members: Array<{ __typename: 'City', slug: string }>, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type CooperationCard_ZhenjiangCooperation_Fragment = { __typename: 'ZhenjiangCooperation', id: string, title: string, leadOrganization: string, cooperationKind: CooperationKind, startedOn: string | null, url: string, cooperationStatus: CooperationStatus, members: Array<{ __typename: 'City', slug: string }>, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

export type CooperationCardFragment =
  | CooperationCard_ChangzhouCooperation_Fragment
  | CooperationCard_NanjingCooperation_Fragment
  | CooperationCard_NantongCooperation_Fragment
  | CooperationCard_PutuoCooperation_Fragment
  | CooperationCard_SuzhouCooperation_Fragment
  | CooperationCard_TaizhouCooperation_Fragment
  | CooperationCard_WuxiCooperation_Fragment
  | CooperationCard_YangzhouCooperation_Fragment
  | CooperationCard_ZhenjiangCooperation_Fragment
;

type TechnologyManagerCard_ChangzhouTechnologyManager_Fragment = { __typename: 'ChangzhouTechnologyManager', id: string, name: string, organization: string, technicalFields: Array<string>, industries: Array<Industry>, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type TechnologyManagerCard_NanjingTechnologyManager_Fragment = { __typename: 'NanjingTechnologyManager', id: string, name: string, organization: string, technicalFields: Array<string>, industries: Array<Industry>, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type TechnologyManagerCard_NantongTechnologyManager_Fragment = { __typename: 'NantongTechnologyManager', id: string, name: string, organization: string, technicalFields: Array<string>, industries: Array<Industry>, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type TechnologyManagerCard_PutuoTechnologyManager_Fragment = { __typename: 'PutuoTechnologyManager', id: string, name: string, organization: string, technicalFields: Array<string>, industries: Array<Industry>, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type TechnologyManagerCard_SuzhouTechnologyManager_Fragment = { __typename: 'SuzhouTechnologyManager', id: string, name: string, organization: string, technicalFields: Array<string>, industries: Array<Industry>, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type TechnologyManagerCard_TaizhouTechnologyManager_Fragment = { __typename: 'TaizhouTechnologyManager', id: string, name: string, organization: string, technicalFields: Array<string>, industries: Array<Industry>, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type TechnologyManagerCard_WuxiTechnologyManager_Fragment = { __typename: 'WuxiTechnologyManager', id: string, name: string, organization: string, technicalFields: Array<string>, industries: Array<Industry>, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type TechnologyManagerCard_YangzhouTechnologyManager_Fragment = { __typename: 'YangzhouTechnologyManager', id: string, name: string, organization: string, technicalFields: Array<string>, industries: Array<Industry>, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type TechnologyManagerCard_ZhenjiangTechnologyManager_Fragment = { __typename: 'ZhenjiangTechnologyManager', id: string, name: string, organization: string, technicalFields: Array<string>, industries: Array<Industry>, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

export type TechnologyManagerCardFragment =
  | TechnologyManagerCard_ChangzhouTechnologyManager_Fragment
  | TechnologyManagerCard_NanjingTechnologyManager_Fragment
  | TechnologyManagerCard_NantongTechnologyManager_Fragment
  | TechnologyManagerCard_PutuoTechnologyManager_Fragment
  | TechnologyManagerCard_SuzhouTechnologyManager_Fragment
  | TechnologyManagerCard_TaizhouTechnologyManager_Fragment
  | TechnologyManagerCard_WuxiTechnologyManager_Fragment
  | TechnologyManagerCard_YangzhouTechnologyManager_Fragment
  | TechnologyManagerCard_ZhenjiangTechnologyManager_Fragment
;

type ConsortiumCard_ChangzhouConsortium_Fragment = { __typename: 'ChangzhouConsortium', id: string, name: string, code: string, leadOrganization: string, leadRole: ConsortiumRole, industries: Array<Industry>, url: string, members: Array<{ __typename: 'City', slug: string }>, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type ConsortiumCard_NanjingConsortium_Fragment = { __typename: 'NanjingConsortium', id: string, name: string, code: string, leadOrganization: string, leadRole: ConsortiumRole, industries: Array<Industry>, url: string, members: Array<{ __typename: 'City', slug: string }>, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type ConsortiumCard_NantongConsortium_Fragment = { __typename: 'NantongConsortium', id: string, name: string, code: string, leadOrganization: string, leadRole: ConsortiumRole, industries: Array<Industry>, url: string, members: Array<{ __typename: 'City', slug: string }>, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type ConsortiumCard_PutuoConsortium_Fragment = { __typename: 'PutuoConsortium', id: string, name: string, code: string, leadOrganization: string, leadRole: ConsortiumRole, industries: Array<Industry>, url: string, members: Array<{ __typename: 'City', slug: string }>, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type ConsortiumCard_SuzhouConsortium_Fragment = { __typename: 'SuzhouConsortium', id: string, name: string, code: string, leadOrganization: string, leadRole: ConsortiumRole, industries: Array<Industry>, url: string, members: Array<{ __typename: 'City', slug: string }>, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type ConsortiumCard_TaizhouConsortium_Fragment = { __typename: 'TaizhouConsortium', id: string, name: string, code: string, leadOrganization: string, leadRole: ConsortiumRole, industries: Array<Industry>, url: string, members: Array<{ __typename: 'City', slug: string }>, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type ConsortiumCard_WuxiConsortium_Fragment = { __typename: 'WuxiConsortium', id: string, name: string, code: string, leadOrganization: string, leadRole: ConsortiumRole, industries: Array<Industry>, url: string, members: Array<{ __typename: 'City', slug: string }>, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type ConsortiumCard_YangzhouConsortium_Fragment = { __typename: 'YangzhouConsortium', id: string, name: string, code: string, leadOrganization: string, leadRole: ConsortiumRole, industries: Array<Industry>, url: string, members: Array<{ __typename: 'City', slug: string }>, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type ConsortiumCard_ZhenjiangConsortium_Fragment = { __typename: 'ZhenjiangConsortium', id: string, name: string, code: string, leadOrganization: string, leadRole: ConsortiumRole, industries: Array<Industry>, url: string, members: Array<{ __typename: 'City', slug: string }>, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

export type ConsortiumCardFragment =
  | ConsortiumCard_ChangzhouConsortium_Fragment
  | ConsortiumCard_NanjingConsortium_Fragment
  | ConsortiumCard_NantongConsortium_Fragment
  | ConsortiumCard_PutuoConsortium_Fragment
  | ConsortiumCard_SuzhouConsortium_Fragment
  | ConsortiumCard_TaizhouConsortium_Fragment
  | ConsortiumCard_WuxiConsortium_Fragment
  | ConsortiumCard_YangzhouConsortium_Fragment
  | ConsortiumCard_ZhenjiangConsortium_Fragment
;

type AnyCard_ChangzhouAchievement_Fragment = { __typename: 'ChangzhouAchievement', id: string, title: string, owner: string, technicalField: string, maturity: AchievementMaturity, trl: number | null, transferModes: Array<TransferMode>, url: string, askingPrice: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type AnyCard_ChangzhouCarrier_Fragment = { __typename: 'ChangzhouCarrier', id: string, name: string, kind: CarrierKind, level: CarrierLevel, industries: Array<Industry>, operator: string, district: string, freeArea: number, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type AnyCard_ChangzhouChallenge_Fragment = { __typename: 'ChangzhouChallenge', id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type AnyCard_ChangzhouConsortium_Fragment = { __typename: 'ChangzhouConsortium', id: string, name: string, code: string, leadOrganization: string, leadRole: ConsortiumRole, industries: Array<Industry>, url: string, members: Array<{ __typename: 'City', slug: string }>, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type AnyCard_ChangzhouCooperation_Fragment = { __typename: 'ChangzhouCooperation', id: string, title: string, leadOrganization: string, cooperationKind: CooperationKind, startedOn: string | null, url: string, cooperationStatus: CooperationStatus, members: Array<{ __typename: 'City', slug: string }>, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type AnyCard_ChangzhouFinanceProduct_Fragment = { __typename: 'ChangzhouFinanceProduct', id: string, name: string, lender: string, productKind: FinanceProductKind, industries: Array<Industry>, rate: string | null, termMonths: number | null, url: string, maxAmount: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type AnyCard_ChangzhouPolicy_Fragment = { __typename: 'ChangzhouPolicy', id: string, title: string, issuer: string, docNumber: string | null, publishedOn: string, categories: Array<PolicyCategory>, industries: Array<Industry>, url: string, policyStatus: PolicyStatus, maxSupport: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type AnyCard_ChangzhouTalentService_Fragment = { __typename: 'ChangzhouTalentService', id: string, name: string, provider: string, serviceKind: TalentServiceKind, district: string, capacity: number | null, industries: Array<Industry>, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type AnyCard_ChangzhouTechnologyManager_Fragment = { __typename: 'ChangzhouTechnologyManager', id: string, name: string, organization: string, technicalFields: Array<string>, industries: Array<Industry>, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type AnyCard_NanjingAchievement_Fragment = { __typename: 'NanjingAchievement', id: string, title: string, owner: string, technicalField: string, maturity: AchievementMaturity, trl: number | null, transferModes: Array<TransferMode>, url: string, askingPrice: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type AnyCard_NanjingCarrier_Fragment = { __typename: 'NanjingCarrier', id: string, name: string, kind: CarrierKind, level: CarrierLevel, industries: Array<Industry>, operator: string, district: string, freeArea: number, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type AnyCard_NanjingChallenge_Fragment = { __typename: 'NanjingChallenge', id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type AnyCard_NanjingConsortium_Fragment = { __typename: 'NanjingConsortium', id: string, name: string, code: string, leadOrganization: string, leadRole: ConsortiumRole, industries: Array<Industry>, url: string, members: Array<{ __typename: 'City', slug: string }>, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type AnyCard_NanjingCooperation_Fragment = { __typename: 'NanjingCooperation', id: string, title: string, leadOrganization: string, cooperationKind: CooperationKind, startedOn: string | null, url: string, cooperationStatus: CooperationStatus, members: Array<{ __typename: 'City', slug: string }>, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type AnyCard_NanjingFinanceProduct_Fragment = { __typename: 'NanjingFinanceProduct', id: string, name: string, lender: string, productKind: FinanceProductKind, industries: Array<Industry>, rate: string | null, termMonths: number | null, url: string, maxAmount: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type AnyCard_NanjingPolicy_Fragment = { __typename: 'NanjingPolicy', id: string, title: string, issuer: string, docNumber: string | null, publishedOn: string, categories: Array<PolicyCategory>, industries: Array<Industry>, url: string, policyStatus: PolicyStatus, maxSupport: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type AnyCard_NanjingTalentService_Fragment = { __typename: 'NanjingTalentService', id: string, name: string, provider: string, serviceKind: TalentServiceKind, district: string, capacity: number | null, industries: Array<Industry>, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type AnyCard_NanjingTechnologyManager_Fragment = { __typename: 'NanjingTechnologyManager', id: string, name: string, organization: string, technicalFields: Array<string>, industries: Array<Industry>, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type AnyCard_NantongAchievement_Fragment = { __typename: 'NantongAchievement', id: string, title: string, owner: string, technicalField: string, maturity: AchievementMaturity, trl: number | null, transferModes: Array<TransferMode>, url: string, askingPrice: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type AnyCard_NantongCarrier_Fragment = { __typename: 'NantongCarrier', id: string, name: string, kind: CarrierKind, level: CarrierLevel, industries: Array<Industry>, operator: string, district: string, freeArea: number, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type AnyCard_NantongChallenge_Fragment = { __typename: 'NantongChallenge', id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type AnyCard_NantongConsortium_Fragment = { __typename: 'NantongConsortium', id: string, name: string, code: string, leadOrganization: string, leadRole: ConsortiumRole, industries: Array<Industry>, url: string, members: Array<{ __typename: 'City', slug: string }>, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type AnyCard_NantongCooperation_Fragment = { __typename: 'NantongCooperation', id: string, title: string, leadOrganization: string, cooperationKind: CooperationKind, startedOn: string | null, url: string, cooperationStatus: CooperationStatus, members: Array<{ __typename: 'City', slug: string }>, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type AnyCard_NantongFinanceProduct_Fragment = { __typename: 'NantongFinanceProduct', id: string, name: string, lender: string, productKind: FinanceProductKind, industries: Array<Industry>, rate: string | null, termMonths: number | null, url: string, maxAmount: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type AnyCard_NantongPolicy_Fragment = { __typename: 'NantongPolicy', id: string, title: string, issuer: string, docNumber: string | null, publishedOn: string, categories: Array<PolicyCategory>, industries: Array<Industry>, url: string, policyStatus: PolicyStatus, maxSupport: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type AnyCard_NantongTalentService_Fragment = { __typename: 'NantongTalentService', id: string, name: string, provider: string, serviceKind: TalentServiceKind, district: string, capacity: number | null, industries: Array<Industry>, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type AnyCard_NantongTechnologyManager_Fragment = { __typename: 'NantongTechnologyManager', id: string, name: string, organization: string, technicalFields: Array<string>, industries: Array<Industry>, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type AnyCard_PutuoAchievement_Fragment = { __typename: 'PutuoAchievement', id: string, title: string, owner: string, technicalField: string, maturity: AchievementMaturity, trl: number | null, transferModes: Array<TransferMode>, url: string, askingPrice: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type AnyCard_PutuoCarrier_Fragment = { __typename: 'PutuoCarrier', id: string, name: string, kind: CarrierKind, level: CarrierLevel, industries: Array<Industry>, operator: string, district: string, freeArea: number, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type AnyCard_PutuoChallenge_Fragment = { __typename: 'PutuoChallenge', id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type AnyCard_PutuoConsortium_Fragment = { __typename: 'PutuoConsortium', id: string, name: string, code: string, leadOrganization: string, leadRole: ConsortiumRole, industries: Array<Industry>, url: string, members: Array<{ __typename: 'City', slug: string }>, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type AnyCard_PutuoCooperation_Fragment = { __typename: 'PutuoCooperation', id: string, title: string, leadOrganization: string, cooperationKind: CooperationKind, startedOn: string | null, url: string, cooperationStatus: CooperationStatus, members: Array<{ __typename: 'City', slug: string }>, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type AnyCard_PutuoFinanceProduct_Fragment = { __typename: 'PutuoFinanceProduct', id: string, name: string, lender: string, productKind: FinanceProductKind, industries: Array<Industry>, rate: string | null, termMonths: number | null, url: string, maxAmount: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type AnyCard_PutuoPolicy_Fragment = { __typename: 'PutuoPolicy', id: string, title: string, issuer: string, docNumber: string | null, publishedOn: string, categories: Array<PolicyCategory>, industries: Array<Industry>, url: string, policyStatus: PolicyStatus, maxSupport: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type AnyCard_PutuoTalentService_Fragment = { __typename: 'PutuoTalentService', id: string, name: string, provider: string, serviceKind: TalentServiceKind, district: string, capacity: number | null, industries: Array<Industry>, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type AnyCard_PutuoTechnologyManager_Fragment = { __typename: 'PutuoTechnologyManager', id: string, name: string, organization: string, technicalFields: Array<string>, industries: Array<Industry>, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type AnyCard_SuzhouAchievement_Fragment = { __typename: 'SuzhouAchievement', id: string, title: string, owner: string, technicalField: string, maturity: AchievementMaturity, trl: number | null, transferModes: Array<TransferMode>, url: string, askingPrice: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type AnyCard_SuzhouCarrier_Fragment = { __typename: 'SuzhouCarrier', id: string, name: string, kind: CarrierKind, level: CarrierLevel, industries: Array<Industry>, operator: string, district: string, freeArea: number, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type AnyCard_SuzhouChallenge_Fragment = { __typename: 'SuzhouChallenge', id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type AnyCard_SuzhouConsortium_Fragment = { __typename: 'SuzhouConsortium', id: string, name: string, code: string, leadOrganization: string, leadRole: ConsortiumRole, industries: Array<Industry>, url: string, members: Array<{ __typename: 'City', slug: string }>, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type AnyCard_SuzhouCooperation_Fragment = { __typename: 'SuzhouCooperation', id: string, title: string, leadOrganization: string, cooperationKind: CooperationKind, startedOn: string | null, url: string, cooperationStatus: CooperationStatus, members: Array<{ __typename: 'City', slug: string }>, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type AnyCard_SuzhouFinanceProduct_Fragment = { __typename: 'SuzhouFinanceProduct', id: string, name: string, lender: string, productKind: FinanceProductKind, industries: Array<Industry>, rate: string | null, termMonths: number | null, url: string, maxAmount: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type AnyCard_SuzhouPolicy_Fragment = { __typename: 'SuzhouPolicy', id: string, title: string, issuer: string, docNumber: string | null, publishedOn: string, categories: Array<PolicyCategory>, industries: Array<Industry>, url: string, policyStatus: PolicyStatus, maxSupport: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type AnyCard_SuzhouTalentService_Fragment = { __typename: 'SuzhouTalentService', id: string, name: string, provider: string, serviceKind: TalentServiceKind, district: string, capacity: number | null, industries: Array<Industry>, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type AnyCard_SuzhouTechnologyManager_Fragment = { __typename: 'SuzhouTechnologyManager', id: string, name: string, organization: string, technicalFields: Array<string>, industries: Array<Industry>, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type AnyCard_TaizhouAchievement_Fragment = { __typename: 'TaizhouAchievement', id: string, title: string, owner: string, technicalField: string, maturity: AchievementMaturity, trl: number | null, transferModes: Array<TransferMode>, url: string, askingPrice: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type AnyCard_TaizhouCarrier_Fragment = { __typename: 'TaizhouCarrier', id: string, name: string, kind: CarrierKind, level: CarrierLevel, industries: Array<Industry>, operator: string, district: string, freeArea: number, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type AnyCard_TaizhouChallenge_Fragment = { __typename: 'TaizhouChallenge', id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type AnyCard_TaizhouConsortium_Fragment = { __typename: 'TaizhouConsortium', id: string, name: string, code: string, leadOrganization: string, leadRole: ConsortiumRole, industries: Array<Industry>, url: string, members: Array<{ __typename: 'City', slug: string }>, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type AnyCard_TaizhouCooperation_Fragment = { __typename: 'TaizhouCooperation', id: string, title: string, leadOrganization: string, cooperationKind: CooperationKind, startedOn: string | null, url: string, cooperationStatus: CooperationStatus, members: Array<{ __typename: 'City', slug: string }>, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type AnyCard_TaizhouFinanceProduct_Fragment = { __typename: 'TaizhouFinanceProduct', id: string, name: string, lender: string, productKind: FinanceProductKind, industries: Array<Industry>, rate: string | null, termMonths: number | null, url: string, maxAmount: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type AnyCard_TaizhouPolicy_Fragment = { __typename: 'TaizhouPolicy', id: string, title: string, issuer: string, docNumber: string | null, publishedOn: string, categories: Array<PolicyCategory>, industries: Array<Industry>, url: string, policyStatus: PolicyStatus, maxSupport: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type AnyCard_TaizhouTalentService_Fragment = { __typename: 'TaizhouTalentService', id: string, name: string, provider: string, serviceKind: TalentServiceKind, district: string, capacity: number | null, industries: Array<Industry>, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type AnyCard_TaizhouTechnologyManager_Fragment = { __typename: 'TaizhouTechnologyManager', id: string, name: string, organization: string, technicalFields: Array<string>, industries: Array<Industry>, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type AnyCard_WuxiAchievement_Fragment = { __typename: 'WuxiAchievement', id: string, title: string, owner: string, technicalField: string, maturity: AchievementMaturity, trl: number | null, transferModes: Array<TransferMode>, url: string, askingPrice: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type AnyCard_WuxiCarrier_Fragment = { __typename: 'WuxiCarrier', id: string, name: string, kind: CarrierKind, level: CarrierLevel, industries: Array<Industry>, operator: string, district: string, freeArea: number, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type AnyCard_WuxiChallenge_Fragment = { __typename: 'WuxiChallenge', id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type AnyCard_WuxiConsortium_Fragment = { __typename: 'WuxiConsortium', id: string, name: string, code: string, leadOrganization: string, leadRole: ConsortiumRole, industries: Array<Industry>, url: string, members: Array<{ __typename: 'City', slug: string }>, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type AnyCard_WuxiCooperation_Fragment = { __typename: 'WuxiCooperation', id: string, title: string, leadOrganization: string, cooperationKind: CooperationKind, startedOn: string | null, url: string, cooperationStatus: CooperationStatus, members: Array<{ __typename: 'City', slug: string }>, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type AnyCard_WuxiFinanceProduct_Fragment = { __typename: 'WuxiFinanceProduct', id: string, name: string, lender: string, productKind: FinanceProductKind, industries: Array<Industry>, rate: string | null, termMonths: number | null, url: string, maxAmount: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type AnyCard_WuxiPolicy_Fragment = { __typename: 'WuxiPolicy', id: string, title: string, issuer: string, docNumber: string | null, publishedOn: string, categories: Array<PolicyCategory>, industries: Array<Industry>, url: string, policyStatus: PolicyStatus, maxSupport: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type AnyCard_WuxiTalentService_Fragment = { __typename: 'WuxiTalentService', id: string, name: string, provider: string, serviceKind: TalentServiceKind, district: string, capacity: number | null, industries: Array<Industry>, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type AnyCard_WuxiTechnologyManager_Fragment = { __typename: 'WuxiTechnologyManager', id: string, name: string, organization: string, technicalFields: Array<string>, industries: Array<Industry>, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type AnyCard_YangzhouAchievement_Fragment = { __typename: 'YangzhouAchievement', id: string, title: string, owner: string, technicalField: string, maturity: AchievementMaturity, trl: number | null, transferModes: Array<TransferMode>, url: string, askingPrice: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type AnyCard_YangzhouCarrier_Fragment = { __typename: 'YangzhouCarrier', id: string, name: string, kind: CarrierKind, level: CarrierLevel, industries: Array<Industry>, operator: string, district: string, freeArea: number, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type AnyCard_YangzhouChallenge_Fragment = { __typename: 'YangzhouChallenge', id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type AnyCard_YangzhouConsortium_Fragment = { __typename: 'YangzhouConsortium', id: string, name: string, code: string, leadOrganization: string, leadRole: ConsortiumRole, industries: Array<Industry>, url: string, members: Array<{ __typename: 'City', slug: string }>, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type AnyCard_YangzhouCooperation_Fragment = { __typename: 'YangzhouCooperation', id: string, title: string, leadOrganization: string, cooperationKind: CooperationKind, startedOn: string | null, url: string, cooperationStatus: CooperationStatus, members: Array<{ __typename: 'City', slug: string }>, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type AnyCard_YangzhouFinanceProduct_Fragment = { __typename: 'YangzhouFinanceProduct', id: string, name: string, lender: string, productKind: FinanceProductKind, industries: Array<Industry>, rate: string | null, termMonths: number | null, url: string, maxAmount: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type AnyCard_YangzhouPolicy_Fragment = { __typename: 'YangzhouPolicy', id: string, title: string, issuer: string, docNumber: string | null, publishedOn: string, categories: Array<PolicyCategory>, industries: Array<Industry>, url: string, policyStatus: PolicyStatus, maxSupport: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type AnyCard_YangzhouTalentService_Fragment = { __typename: 'YangzhouTalentService', id: string, name: string, provider: string, serviceKind: TalentServiceKind, district: string, capacity: number | null, industries: Array<Industry>, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type AnyCard_YangzhouTechnologyManager_Fragment = { __typename: 'YangzhouTechnologyManager', id: string, name: string, organization: string, technicalFields: Array<string>, industries: Array<Industry>, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type AnyCard_ZhenjiangAchievement_Fragment = { __typename: 'ZhenjiangAchievement', id: string, title: string, owner: string, technicalField: string, maturity: AchievementMaturity, trl: number | null, transferModes: Array<TransferMode>, url: string, askingPrice: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type AnyCard_ZhenjiangCarrier_Fragment = { __typename: 'ZhenjiangCarrier', id: string, name: string, kind: CarrierKind, level: CarrierLevel, industries: Array<Industry>, operator: string, district: string, freeArea: number, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type AnyCard_ZhenjiangChallenge_Fragment = { __typename: 'ZhenjiangChallenge', id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type AnyCard_ZhenjiangConsortium_Fragment = { __typename: 'ZhenjiangConsortium', id: string, name: string, code: string, leadOrganization: string, leadRole: ConsortiumRole, industries: Array<Industry>, url: string, members: Array<{ __typename: 'City', slug: string }>, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type AnyCard_ZhenjiangCooperation_Fragment = { __typename: 'ZhenjiangCooperation', id: string, title: string, leadOrganization: string, cooperationKind: CooperationKind, startedOn: string | null, url: string, cooperationStatus: CooperationStatus, members: Array<{ __typename: 'City', slug: string }>, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type AnyCard_ZhenjiangFinanceProduct_Fragment = { __typename: 'ZhenjiangFinanceProduct', id: string, name: string, lender: string, productKind: FinanceProductKind, industries: Array<Industry>, rate: string | null, termMonths: number | null, url: string, maxAmount: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type AnyCard_ZhenjiangPolicy_Fragment = { __typename: 'ZhenjiangPolicy', id: string, title: string, issuer: string, docNumber: string | null, publishedOn: string, categories: Array<PolicyCategory>, industries: Array<Industry>, url: string, policyStatus: PolicyStatus, maxSupport: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type AnyCard_ZhenjiangTalentService_Fragment = { __typename: 'ZhenjiangTalentService', id: string, name: string, provider: string, serviceKind: TalentServiceKind, district: string, capacity: number | null, industries: Array<Industry>, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

type AnyCard_ZhenjiangTechnologyManager_Fragment = { __typename: 'ZhenjiangTechnologyManager', id: string, name: string, organization: string, technicalFields: Array<string>, industries: Array<Industry>, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } };

export type AnyCardFragment =
  | AnyCard_ChangzhouAchievement_Fragment
  | AnyCard_ChangzhouCarrier_Fragment
  | AnyCard_ChangzhouChallenge_Fragment
  | AnyCard_ChangzhouConsortium_Fragment
  | AnyCard_ChangzhouCooperation_Fragment
  | AnyCard_ChangzhouFinanceProduct_Fragment
  | AnyCard_ChangzhouPolicy_Fragment
  | AnyCard_ChangzhouTalentService_Fragment
  | AnyCard_ChangzhouTechnologyManager_Fragment
  | AnyCard_NanjingAchievement_Fragment
  | AnyCard_NanjingCarrier_Fragment
  | AnyCard_NanjingChallenge_Fragment
  | AnyCard_NanjingConsortium_Fragment
  | AnyCard_NanjingCooperation_Fragment
  | AnyCard_NanjingFinanceProduct_Fragment
  | AnyCard_NanjingPolicy_Fragment
  | AnyCard_NanjingTalentService_Fragment
  | AnyCard_NanjingTechnologyManager_Fragment
  | AnyCard_NantongAchievement_Fragment
  | AnyCard_NantongCarrier_Fragment
  | AnyCard_NantongChallenge_Fragment
  | AnyCard_NantongConsortium_Fragment
  | AnyCard_NantongCooperation_Fragment
  | AnyCard_NantongFinanceProduct_Fragment
  | AnyCard_NantongPolicy_Fragment
  | AnyCard_NantongTalentService_Fragment
  | AnyCard_NantongTechnologyManager_Fragment
  | AnyCard_PutuoAchievement_Fragment
  | AnyCard_PutuoCarrier_Fragment
  | AnyCard_PutuoChallenge_Fragment
  | AnyCard_PutuoConsortium_Fragment
  | AnyCard_PutuoCooperation_Fragment
  | AnyCard_PutuoFinanceProduct_Fragment
  | AnyCard_PutuoPolicy_Fragment
  | AnyCard_PutuoTalentService_Fragment
  | AnyCard_PutuoTechnologyManager_Fragment
  | AnyCard_SuzhouAchievement_Fragment
  | AnyCard_SuzhouCarrier_Fragment
  | AnyCard_SuzhouChallenge_Fragment
  | AnyCard_SuzhouConsortium_Fragment
  | AnyCard_SuzhouCooperation_Fragment
  | AnyCard_SuzhouFinanceProduct_Fragment
  | AnyCard_SuzhouPolicy_Fragment
  | AnyCard_SuzhouTalentService_Fragment
  | AnyCard_SuzhouTechnologyManager_Fragment
  | AnyCard_TaizhouAchievement_Fragment
  | AnyCard_TaizhouCarrier_Fragment
  | AnyCard_TaizhouChallenge_Fragment
  | AnyCard_TaizhouConsortium_Fragment
  | AnyCard_TaizhouCooperation_Fragment
  | AnyCard_TaizhouFinanceProduct_Fragment
  | AnyCard_TaizhouPolicy_Fragment
  | AnyCard_TaizhouTalentService_Fragment
  | AnyCard_TaizhouTechnologyManager_Fragment
  | AnyCard_WuxiAchievement_Fragment
  | AnyCard_WuxiCarrier_Fragment
  | AnyCard_WuxiChallenge_Fragment
  | AnyCard_WuxiConsortium_Fragment
  | AnyCard_WuxiCooperation_Fragment
  | AnyCard_WuxiFinanceProduct_Fragment
  | AnyCard_WuxiPolicy_Fragment
  | AnyCard_WuxiTalentService_Fragment
  | AnyCard_WuxiTechnologyManager_Fragment
  | AnyCard_YangzhouAchievement_Fragment
  | AnyCard_YangzhouCarrier_Fragment
  | AnyCard_YangzhouChallenge_Fragment
  | AnyCard_YangzhouConsortium_Fragment
  | AnyCard_YangzhouCooperation_Fragment
  | AnyCard_YangzhouFinanceProduct_Fragment
  | AnyCard_YangzhouPolicy_Fragment
  | AnyCard_YangzhouTalentService_Fragment
  | AnyCard_YangzhouTechnologyManager_Fragment
  | AnyCard_ZhenjiangAchievement_Fragment
  | AnyCard_ZhenjiangCarrier_Fragment
  | AnyCard_ZhenjiangChallenge_Fragment
  | AnyCard_ZhenjiangConsortium_Fragment
  | AnyCard_ZhenjiangCooperation_Fragment
  | AnyCard_ZhenjiangFinanceProduct_Fragment
  | AnyCard_ZhenjiangPolicy_Fragment
  | AnyCard_ZhenjiangTalentService_Fragment
  | AnyCard_ZhenjiangTechnologyManager_Fragment
;

export type SearchQueryVariables = Exact<{
  text: string;
  first: number;
  after?: string | null | undefined;
}>;


export type SearchQuery = { __typename: 'Query', search: { __typename: 'SearchConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'SearchHit', cursor: string, kind: EntityKind, snippet: string, node:
        | { __typename: 'ChangzhouAchievement', id: string, title: string, owner: string, technicalField: string, maturity: AchievementMaturity, trl: number | null, transferModes: Array<TransferMode>, url: string, askingPrice: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'ChangzhouCarrier', id: string, name: string, kind: CarrierKind, level: CarrierLevel, industries: Array<Industry>, operator: string, district: string, freeArea: number, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'ChangzhouChallenge', id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'ChangzhouConsortium', id: string, name: string, code: string, leadOrganization: string, leadRole: ConsortiumRole, industries: Array<Industry>, url: string, members: Array<{ __typename: 'City', slug: string }>, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'ChangzhouCooperation', id: string, title: string, leadOrganization: string, cooperationKind: CooperationKind, startedOn: string | null, url: string, cooperationStatus: CooperationStatus, members: Array<{ __typename: 'City', slug: string }>, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'ChangzhouFinanceProduct', id: string, name: string, lender: string, productKind: FinanceProductKind, industries: Array<Industry>, rate: string | null, termMonths: number | null, url: string, maxAmount: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'ChangzhouPolicy', id: string, title: string, issuer: string, docNumber: string | null, publishedOn: string, categories: Array<PolicyCategory>, industries: Array<Industry>, url: string, policyStatus: PolicyStatus, maxSupport: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'ChangzhouTalentService', id: string, name: string, provider: string, serviceKind: TalentServiceKind, district: string, capacity: number | null, industries: Array<Industry>, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'ChangzhouTechnologyManager', id: string, name: string, organization: string, technicalFields: Array<string>, industries: Array<Industry>, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'NanjingAchievement', id: string, title: string, owner: string, technicalField: string, maturity: AchievementMaturity, trl: number | null, transferModes: Array<TransferMode>, url: string, askingPrice: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'NanjingCarrier', id: string, name: string, kind: CarrierKind, level: CarrierLevel, industries: Array<Industry>, operator: string, district: string, freeArea: number, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'NanjingChallenge', id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'NanjingConsortium', id: string, name: string, code: string, leadOrganization: string, leadRole: ConsortiumRole, industries: Array<Industry>, url: string, members: Array<{ __typename: 'City', slug: string }>, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'NanjingCooperation', id: string, title: string, leadOrganization: string, cooperationKind: CooperationKind, startedOn: string | null, url: string, cooperationStatus: CooperationStatus, members: Array<{ __typename: 'City', slug: string }>, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'NanjingFinanceProduct', id: string, name: string, lender: string, productKind: FinanceProductKind, industries: Array<Industry>, rate: string | null, termMonths: number | null, url: string, maxAmount: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'NanjingPolicy', id: string, title: string, issuer: string, docNumber: string | null, publishedOn: string, categories: Array<PolicyCategory>, industries: Array<Industry>, url: string, policyStatus: PolicyStatus, maxSupport: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'NanjingTalentService', id: string, name: string, provider: string, serviceKind: TalentServiceKind, district: string, capacity: number | null, industries: Array<Industry>, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'NanjingTechnologyManager', id: string, name: string, organization: string, technicalFields: Array<string>, industries: Array<Industry>, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'NantongAchievement', id: string, title: string, owner: string, technicalField: string, maturity: AchievementMaturity, trl: number | null, transferModes: Array<TransferMode>, url: string, askingPrice: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'NantongCarrier', id: string, name: string, kind: CarrierKind, level: CarrierLevel, industries: Array<Industry>, operator: string, district: string, freeArea: number, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'NantongChallenge', id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'NantongConsortium', id: string, name: string, code: string, leadOrganization: string, leadRole: ConsortiumRole, industries: Array<Industry>, url: string, members: Array<{ __typename: 'City', slug: string }>, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'NantongCooperation', id: string, title: string, leadOrganization: string, cooperationKind: CooperationKind, startedOn: string | null, url: string, cooperationStatus: CooperationStatus, members: Array<{ __typename: 'City', slug: string }>, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'NantongFinanceProduct', id: string, name: string, lender: string, productKind: FinanceProductKind, industries: Array<Industry>, rate: string | null, termMonths: number | null, url: string, maxAmount: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'NantongPolicy', id: string, title: string, issuer: string, docNumber: string | null, publishedOn: string, categories: Array<PolicyCategory>, industries: Array<Industry>, url: string, policyStatus: PolicyStatus, maxSupport: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'NantongTalentService', id: string, name: string, provider: string, serviceKind: TalentServiceKind, district: string, capacity: number | null, industries: Array<Industry>, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'NantongTechnologyManager', id: string, name: string, organization: string, technicalFields: Array<string>, industries: Array<Industry>, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'PutuoAchievement', id: string, title: string, owner: string, technicalField: string, maturity: AchievementMaturity, trl: number | null, transferModes: Array<TransferMode>, url: string, askingPrice: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'PutuoCarrier', id: string, name: string, kind: CarrierKind, level: CarrierLevel, industries: Array<Industry>, operator: string, district: string, freeArea: number, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'PutuoChallenge', id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'PutuoConsortium', id: string, name: string, code: string, leadOrganization: string, leadRole: ConsortiumRole, industries: Array<Industry>, url: string, members: Array<{ __typename: 'City', slug: string }>, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'PutuoCooperation', id: string, title: string, leadOrganization: string, cooperationKind: CooperationKind, startedOn: string | null, url: string, cooperationStatus: CooperationStatus, members: Array<{ __typename: 'City', slug: string }>, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'PutuoFinanceProduct', id: string, name: string, lender: string, productKind: FinanceProductKind, industries: Array<Industry>, rate: string | null, termMonths: number | null, url: string, maxAmount: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'PutuoPolicy', id: string, title: string, issuer: string, docNumber: string | null, publishedOn: string, categories: Array<PolicyCategory>, industries: Array<Industry>, url: string, policyStatus: PolicyStatus, maxSupport: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'PutuoTalentService', id: string, name: string, provider: string, serviceKind: TalentServiceKind, district: string, capacity: number | null, industries: Array<Industry>, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'PutuoTechnologyManager', id: string, name: string, organization: string, technicalFields: Array<string>, industries: Array<Industry>, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'SuzhouAchievement', id: string, title: string, owner: string, technicalField: string, maturity: AchievementMaturity, trl: number | null, transferModes: Array<TransferMode>, url: string, askingPrice: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'SuzhouCarrier', id: string, name: string, kind: CarrierKind, level: CarrierLevel, industries: Array<Industry>, operator: string, district: string, freeArea: number, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'SuzhouChallenge', id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'SuzhouConsortium', id: string, name: string, code: string, leadOrganization: string, leadRole: ConsortiumRole, industries: Array<Industry>, url: string, members: Array<{ __typename: 'City', slug: string }>, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'SuzhouCooperation', id: string, title: string, leadOrganization: string, cooperationKind: CooperationKind, startedOn: string | null, url: string, cooperationStatus: CooperationStatus, members: Array<{ __typename: 'City', slug: string }>, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'SuzhouFinanceProduct', id: string, name: string, lender: string, productKind: FinanceProductKind, industries: Array<Industry>, rate: string | null, termMonths: number | null, url: string, maxAmount: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'SuzhouPolicy', id: string, title: string, issuer: string, docNumber: string | null, publishedOn: string, categories: Array<PolicyCategory>, industries: Array<Industry>, url: string, policyStatus: PolicyStatus, maxSupport: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'SuzhouTalentService', id: string, name: string, provider: string, serviceKind: TalentServiceKind, district: string, capacity: number | null, industries: Array<Industry>, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'SuzhouTechnologyManager', id: string, name: string, organization: string, technicalFields: Array<string>, industries: Array<Industry>, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'TaizhouAchievement', id: string, title: string, owner: string, technicalField: string, maturity: AchievementMaturity, trl: number | null, transferModes: Array<TransferMode>, url: string, askingPrice: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'TaizhouCarrier', id: string, name: string, kind: CarrierKind, level: CarrierLevel, industries: Array<Industry>, operator: string, district: string, freeArea: number, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'TaizhouChallenge', id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'TaizhouConsortium', id: string, name: string, code: string, leadOrganization: string, leadRole: ConsortiumRole, industries: Array<Industry>, url: string, members: Array<{ __typename: 'City', slug: string }>, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'TaizhouCooperation', id: string, title: string, leadOrganization: string, cooperationKind: CooperationKind, startedOn: string | null, url: string, cooperationStatus: CooperationStatus, members: Array<{ __typename: 'City', slug: string }>, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'TaizhouFinanceProduct', id: string, name: string, lender: string, productKind: FinanceProductKind, industries: Array<Industry>, rate: string | null, termMonths: number | null, url: string, maxAmount: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'TaizhouPolicy', id: string, title: string, issuer: string, docNumber: string | null, publishedOn: string, categories: Array<PolicyCategory>, industries: Array<Industry>, url: string, policyStatus: PolicyStatus, maxSupport: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'TaizhouTalentService', id: string, name: string, provider: string, serviceKind: TalentServiceKind, district: string, capacity: number | null, industries: Array<Industry>, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'TaizhouTechnologyManager', id: string, name: string, organization: string, technicalFields: Array<string>, industries: Array<Industry>, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'WuxiAchievement', id: string, title: string, owner: string, technicalField: string, maturity: AchievementMaturity, trl: number | null, transferModes: Array<TransferMode>, url: string, askingPrice: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'WuxiCarrier', id: string, name: string, kind: CarrierKind, level: CarrierLevel, industries: Array<Industry>, operator: string, district: string, freeArea: number, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'WuxiChallenge', id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'WuxiConsortium', id: string, name: string, code: string, leadOrganization: string, leadRole: ConsortiumRole, industries: Array<Industry>, url: string, members: Array<{ __typename: 'City', slug: string }>, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'WuxiCooperation', id: string, title: string, leadOrganization: string, cooperationKind: CooperationKind, startedOn: string | null, url: string, cooperationStatus: CooperationStatus, members: Array<{ __typename: 'City', slug: string }>, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'WuxiFinanceProduct', id: string, name: string, lender: string, productKind: FinanceProductKind, industries: Array<Industry>, rate: string | null, termMonths: number | null, url: string, maxAmount: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'WuxiPolicy', id: string, title: string, issuer: string, docNumber: string | null, publishedOn: string, categories: Array<PolicyCategory>, industries: Array<Industry>, url: string, policyStatus: PolicyStatus, maxSupport: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'WuxiTalentService', id: string, name: string, provider: string, serviceKind: TalentServiceKind, district: string, capacity: number | null, industries: Array<Industry>, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'WuxiTechnologyManager', id: string, name: string, organization: string, technicalFields: Array<string>, industries: Array<Industry>, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'YangzhouAchievement', id: string, title: string, owner: string, technicalField: string, maturity: AchievementMaturity, trl: number | null, transferModes: Array<TransferMode>, url: string, askingPrice: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'YangzhouCarrier', id: string, name: string, kind: CarrierKind, level: CarrierLevel, industries: Array<Industry>, operator: string, district: string, freeArea: number, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'YangzhouChallenge', id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'YangzhouConsortium', id: string, name: string, code: string, leadOrganization: string, leadRole: ConsortiumRole, industries: Array<Industry>, url: string, members: Array<{ __typename: 'City', slug: string }>, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'YangzhouCooperation', id: string, title: string, leadOrganization: string, cooperationKind: CooperationKind, startedOn: string | null, url: string, cooperationStatus: CooperationStatus, members: Array<{ __typename: 'City', slug: string }>, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'YangzhouFinanceProduct', id: string, name: string, lender: string, productKind: FinanceProductKind, industries: Array<Industry>, rate: string | null, termMonths: number | null, url: string, maxAmount: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'YangzhouPolicy', id: string, title: string, issuer: string, docNumber: string | null, publishedOn: string, categories: Array<PolicyCategory>, industries: Array<Industry>, url: string, policyStatus: PolicyStatus, maxSupport: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'YangzhouTalentService', id: string, name: string, provider: string, serviceKind: TalentServiceKind, district: string, capacity: number | null, industries: Array<Industry>, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'YangzhouTechnologyManager', id: string, name: string, organization: string, technicalFields: Array<string>, industries: Array<Industry>, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'ZhenjiangAchievement', id: string, title: string, owner: string, technicalField: string, maturity: AchievementMaturity, trl: number | null, transferModes: Array<TransferMode>, url: string, askingPrice: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'ZhenjiangCarrier', id: string, name: string, kind: CarrierKind, level: CarrierLevel, industries: Array<Industry>, operator: string, district: string, freeArea: number, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'ZhenjiangChallenge', id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'ZhenjiangConsortium', id: string, name: string, code: string, leadOrganization: string, leadRole: ConsortiumRole, industries: Array<Industry>, url: string, members: Array<{ __typename: 'City', slug: string }>, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'ZhenjiangCooperation', id: string, title: string, leadOrganization: string, cooperationKind: CooperationKind, startedOn: string | null, url: string, cooperationStatus: CooperationStatus, members: Array<{ __typename: 'City', slug: string }>, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'ZhenjiangFinanceProduct', id: string, name: string, lender: string, productKind: FinanceProductKind, industries: Array<Industry>, rate: string | null, termMonths: number | null, url: string, maxAmount: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'ZhenjiangPolicy', id: string, title: string, issuer: string, docNumber: string | null, publishedOn: string, categories: Array<PolicyCategory>, industries: Array<Industry>, url: string, policyStatus: PolicyStatus, maxSupport: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'ZhenjiangTalentService', id: string, name: string, provider: string, serviceKind: TalentServiceKind, district: string, capacity: number | null, industries: Array<Industry>, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'ZhenjiangTechnologyManager', id: string, name: string, organization: string, technicalFields: Array<string>, industries: Array<Industry>, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
       | null }> } };

export type PolicyListQueryVariables = Exact<{
  filter?: PolicyFilter | null | undefined;
  orderBy?: PolicyOrder | null | undefined;
  first: number;
  after?: string | null | undefined;
  withFacets: boolean;
}>;


export type PolicyListQuery = { __typename: 'Query', list: { __typename: 'PolicyConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'PolicyEdge', cursor: string, node:
        | { __typename: 'ChangzhouPolicy', id: string, title: string, issuer: string, docNumber: string | null, publishedOn: string, categories: Array<PolicyCategory>, industries: Array<Industry>, url: string, policyStatus: PolicyStatus, maxSupport: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'NanjingPolicy', id: string, title: string, issuer: string, docNumber: string | null, publishedOn: string, categories: Array<PolicyCategory>, industries: Array<Industry>, url: string, policyStatus: PolicyStatus, maxSupport: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'NantongPolicy', id: string, title: string, issuer: string, docNumber: string | null, publishedOn: string, categories: Array<PolicyCategory>, industries: Array<Industry>, url: string, policyStatus: PolicyStatus, maxSupport: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'PutuoPolicy', id: string, title: string, issuer: string, docNumber: string | null, publishedOn: string, categories: Array<PolicyCategory>, industries: Array<Industry>, url: string, policyStatus: PolicyStatus, maxSupport: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'SuzhouPolicy', id: string, title: string, issuer: string, docNumber: string | null, publishedOn: string, categories: Array<PolicyCategory>, industries: Array<Industry>, url: string, policyStatus: PolicyStatus, maxSupport: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'TaizhouPolicy', id: string, title: string, issuer: string, docNumber: string | null, publishedOn: string, categories: Array<PolicyCategory>, industries: Array<Industry>, url: string, policyStatus: PolicyStatus, maxSupport: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'WuxiPolicy', id: string, title: string, issuer: string, docNumber: string | null, publishedOn: string, categories: Array<PolicyCategory>, industries: Array<Industry>, url: string, policyStatus: PolicyStatus, maxSupport: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'YangzhouPolicy', id: string, title: string, issuer: string, docNumber: string | null, publishedOn: string, categories: Array<PolicyCategory>, industries: Array<Industry>, url: string, policyStatus: PolicyStatus, maxSupport: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'ZhenjiangPolicy', id: string, title: string, issuer: string, docNumber: string | null, publishedOn: string, categories: Array<PolicyCategory>, industries: Array<Industry>, url: string, policyStatus: PolicyStatus, maxSupport: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
       | null }>, facets?: { __typename: 'PolicyFacets', cities: Array<{ __typename: 'CityFacet', count: number, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }>, industries: Array<{ __typename: 'IndustryFacet', count: number, value: Industry }>, categories: Array<{ __typename: 'PolicyCategoryFacet', count: number, value: PolicyCategory }>, statuses: Array<{ __typename: 'PolicyStatusFacet', count: number, value: PolicyStatus }> } } };

export type CarrierListQueryVariables = Exact<{
  filter?: CarrierFilter | null | undefined;
  orderBy?: CarrierOrder | null | undefined;
  first: number;
  after?: string | null | undefined;
  withFacets: boolean;
}>;


export type CarrierListQuery = { __typename: 'Query', list: { __typename: 'CarrierConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'CarrierEdge', cursor: string, node:
        | { __typename: 'ChangzhouCarrier', id: string, name: string, kind: CarrierKind, level: CarrierLevel, industries: Array<Industry>, operator: string, district: string, freeArea: number, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'NanjingCarrier', id: string, name: string, kind: CarrierKind, level: CarrierLevel, industries: Array<Industry>, operator: string, district: string, freeArea: number, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'NantongCarrier', id: string, name: string, kind: CarrierKind, level: CarrierLevel, industries: Array<Industry>, operator: string, district: string, freeArea: number, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'PutuoCarrier', id: string, name: string, kind: CarrierKind, level: CarrierLevel, industries: Array<Industry>, operator: string, district: string, freeArea: number, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'SuzhouCarrier', id: string, name: string, kind: CarrierKind, level: CarrierLevel, industries: Array<Industry>, operator: string, district: string, freeArea: number, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'TaizhouCarrier', id: string, name: string, kind: CarrierKind, level: CarrierLevel, industries: Array<Industry>, operator: string, district: string, freeArea: number, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'WuxiCarrier', id: string, name: string, kind: CarrierKind, level: CarrierLevel, industries: Array<Industry>, operator: string, district: string, freeArea: number, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'YangzhouCarrier', id: string, name: string, kind: CarrierKind, level: CarrierLevel, industries: Array<Industry>, operator: string, district: string, freeArea: number, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'ZhenjiangCarrier', id: string, name: string, kind: CarrierKind, level: CarrierLevel, industries: Array<Industry>, operator: string, district: string, freeArea: number, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
       | null }>, facets?: { __typename: 'CarrierFacets', cities: Array<{ __typename: 'CityFacet', count: number, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }>, industries: Array<{ __typename: 'IndustryFacet', count: number, value: Industry }>, kinds: Array<{ __typename: 'CarrierKindFacet', count: number, value: CarrierKind }>, levels: Array<{ __typename: 'CarrierLevelFacet', count: number, value: CarrierLevel }> } } };

export type ChallengeListQueryVariables = Exact<{
  filter?: ChallengeFilter | null | undefined;
  orderBy?: ChallengeOrder | null | undefined;
  first: number;
  after?: string | null | undefined;
  withFacets: boolean;
}>;


export type ChallengeListQuery = { __typename: 'Query', list: { __typename: 'ChallengeConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'ChallengeEdge', cursor: string, node:
        | { __typename: 'ChangzhouChallenge', id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'NanjingChallenge', id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'NantongChallenge', id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'PutuoChallenge', id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'SuzhouChallenge', id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'TaizhouChallenge', id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'WuxiChallenge', id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'YangzhouChallenge', id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'ZhenjiangChallenge', id: string, title: string, publisher: string, deadline: string, industries: Array<Industry>, applicationCount: number, url: string, challengeStatus: ChallengeStatus, reward: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
       | null }>, facets?: { __typename: 'ChallengeFacets', cities: Array<{ __typename: 'CityFacet', count: number, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }>, industries: Array<{ __typename: 'IndustryFacet', count: number, value: Industry }>, statuses: Array<{ __typename: 'ChallengeStatusFacet', count: number, value: ChallengeStatus }> } } };

export type FinanceProductListQueryVariables = Exact<{
  filter?: FinanceProductFilter | null | undefined;
  orderBy?: FinanceProductOrder | null | undefined;
  first: number;
  after?: string | null | undefined;
  withFacets: boolean;
}>;


export type FinanceProductListQuery = { __typename: 'Query', list: { __typename: 'FinanceProductConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'FinanceProductEdge', cursor: string, node:
        | { __typename: 'ChangzhouFinanceProduct', id: string, name: string, lender: string, productKind: FinanceProductKind, industries: Array<Industry>, rate: string | null, termMonths: number | null, url: string, maxAmount: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'NanjingFinanceProduct', id: string, name: string, lender: string, productKind: FinanceProductKind, industries: Array<Industry>, rate: string | null, termMonths: number | null, url: string, maxAmount: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'NantongFinanceProduct', id: string, name: string, lender: string, productKind: FinanceProductKind, industries: Array<Industry>, rate: string | null, termMonths: number | null, url: string, maxAmount: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'PutuoFinanceProduct', id: string, name: string, lender: string, productKind: FinanceProductKind, industries: Array<Industry>, rate: string | null, termMonths: number | null, url: string, maxAmount: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'SuzhouFinanceProduct', id: string, name: string, lender: string, productKind: FinanceProductKind, industries: Array<Industry>, rate: string | null, termMonths: number | null, url: string, maxAmount: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'TaizhouFinanceProduct', id: string, name: string, lender: string, productKind: FinanceProductKind, industries: Array<Industry>, rate: string | null, termMonths: number | null, url: string, maxAmount: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'WuxiFinanceProduct', id: string, name: string, lender: string, productKind: FinanceProductKind, industries: Array<Industry>, rate: string | null, termMonths: number | null, url: string, maxAmount: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'YangzhouFinanceProduct', id: string, name: string, lender: string, productKind: FinanceProductKind, industries: Array<Industry>, rate: string | null, termMonths: number | null, url: string, maxAmount: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'ZhenjiangFinanceProduct', id: string, name: string, lender: string, productKind: FinanceProductKind, industries: Array<Industry>, rate: string | null, termMonths: number | null, url: string, maxAmount: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
       | null }>, facets?: { __typename: 'FinanceProductFacets', cities: Array<{ __typename: 'CityFacet', count: number, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }>, industries: Array<{ __typename: 'IndustryFacet', count: number, value: Industry }>, productKinds: Array<{ __typename: 'FinanceProductKindFacet', count: number, value: FinanceProductKind }> } } };

export type TalentServiceListQueryVariables = Exact<{
  filter?: TalentServiceFilter | null | undefined;
  orderBy?: TalentServiceOrder | null | undefined;
  first: number;
  after?: string | null | undefined;
  withFacets: boolean;
}>;


export type TalentServiceListQuery = { __typename: 'Query', list: { __typename: 'TalentServiceConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'TalentServiceEdge', cursor: string, node:
        | { __typename: 'ChangzhouTalentService', id: string, name: string, provider: string, serviceKind: TalentServiceKind, district: string, capacity: number | null, industries: Array<Industry>, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'NanjingTalentService', id: string, name: string, provider: string, serviceKind: TalentServiceKind, district: string, capacity: number | null, industries: Array<Industry>, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'NantongTalentService', id: string, name: string, provider: string, serviceKind: TalentServiceKind, district: string, capacity: number | null, industries: Array<Industry>, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'PutuoTalentService', id: string, name: string, provider: string, serviceKind: TalentServiceKind, district: string, capacity: number | null, industries: Array<Industry>, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'SuzhouTalentService', id: string, name: string, provider: string, serviceKind: TalentServiceKind, district: string, capacity: number | null, industries: Array<Industry>, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'TaizhouTalentService', id: string, name: string, provider: string, serviceKind: TalentServiceKind, district: string, capacity: number | null, industries: Array<Industry>, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'WuxiTalentService', id: string, name: string, provider: string, serviceKind: TalentServiceKind, district: string, capacity: number | null, industries: Array<Industry>, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'YangzhouTalentService', id: string, name: string, provider: string, serviceKind: TalentServiceKind, district: string, capacity: number | null, industries: Array<Industry>, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'ZhenjiangTalentService', id: string, name: string, provider: string, serviceKind: TalentServiceKind, district: string, capacity: number | null, industries: Array<Industry>, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
       | null }>, facets?: { __typename: 'TalentServiceFacets', cities: Array<{ __typename: 'CityFacet', count: number, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }>, industries: Array<{ __typename: 'IndustryFacet', count: number, value: Industry }>, serviceKinds: Array<{ __typename: 'TalentServiceKindFacet', count: number, value: TalentServiceKind }> } } };

export type AchievementListQueryVariables = Exact<{
  filter?: AchievementFilter | null | undefined;
  orderBy?: AchievementOrder | null | undefined;
  first: number;
  after?: string | null | undefined;
  withFacets: boolean;
}>;


export type AchievementListQuery = { __typename: 'Query', list: { __typename: 'AchievementConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'AchievementEdge', cursor: string, node:
        | { __typename: 'ChangzhouAchievement', id: string, title: string, owner: string, technicalField: string, maturity: AchievementMaturity, trl: number | null, transferModes: Array<TransferMode>, url: string, askingPrice: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'NanjingAchievement', id: string, title: string, owner: string, technicalField: string, maturity: AchievementMaturity, trl: number | null, transferModes: Array<TransferMode>, url: string, askingPrice: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'NantongAchievement', id: string, title: string, owner: string, technicalField: string, maturity: AchievementMaturity, trl: number | null, transferModes: Array<TransferMode>, url: string, askingPrice: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'PutuoAchievement', id: string, title: string, owner: string, technicalField: string, maturity: AchievementMaturity, trl: number | null, transferModes: Array<TransferMode>, url: string, askingPrice: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'SuzhouAchievement', id: string, title: string, owner: string, technicalField: string, maturity: AchievementMaturity, trl: number | null, transferModes: Array<TransferMode>, url: string, askingPrice: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'TaizhouAchievement', id: string, title: string, owner: string, technicalField: string, maturity: AchievementMaturity, trl: number | null, transferModes: Array<TransferMode>, url: string, askingPrice: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'WuxiAchievement', id: string, title: string, owner: string, technicalField: string, maturity: AchievementMaturity, trl: number | null, transferModes: Array<TransferMode>, url: string, askingPrice: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'YangzhouAchievement', id: string, title: string, owner: string, technicalField: string, maturity: AchievementMaturity, trl: number | null, transferModes: Array<TransferMode>, url: string, askingPrice: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'ZhenjiangAchievement', id: string, title: string, owner: string, technicalField: string, maturity: AchievementMaturity, trl: number | null, transferModes: Array<TransferMode>, url: string, askingPrice: { __typename: 'Money', yuan: number, wan: number } | null, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
       | null }>, facets?: { __typename: 'AchievementFacets', cities: Array<{ __typename: 'CityFacet', count: number, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }>, industries: Array<{ __typename: 'IndustryFacet', count: number, value: Industry }>, maturities: Array<{ __typename: 'AchievementMaturityFacet', count: number, value: AchievementMaturity }>, transferModes: Array<{ __typename: 'TransferModeFacet', count: number, value: TransferMode }> } } };

export type CooperationListQueryVariables = Exact<{
  filter?: CooperationFilter | null | undefined;
  orderBy?: CooperationOrder | null | undefined;
  first: number;
  after?: string | null | undefined;
  withFacets: boolean;
}>;


export type CooperationListQuery = { __typename: 'Query', list: { __typename: 'CooperationConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'CooperationEdge', cursor: string, node:
        | { __typename: 'ChangzhouCooperation', id: string, title: string, leadOrganization: string, cooperationKind: CooperationKind, startedOn: string | null, url: string, cooperationStatus: CooperationStatus, members: Array<{ __typename: 'City', slug: string }>, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'NanjingCooperation', id: string, title: string, leadOrganization: string, cooperationKind: CooperationKind, startedOn: string | null, url: string, cooperationStatus: CooperationStatus, members: Array<{ __typename: 'City', slug: string }>, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'NantongCooperation', id: string, title: string, leadOrganization: string, cooperationKind: CooperationKind, startedOn: string | null, url: string, cooperationStatus: CooperationStatus, members: Array<{ __typename: 'City', slug: string }>, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'PutuoCooperation', id: string, title: string, leadOrganization: string, cooperationKind: CooperationKind, startedOn: string | null, url: string, cooperationStatus: CooperationStatus, members: Array<{ __typename: 'City', slug: string }>, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'SuzhouCooperation', id: string, title: string, leadOrganization: string, cooperationKind: CooperationKind, startedOn: string | null, url: string, cooperationStatus: CooperationStatus, members: Array<{ __typename: 'City', slug: string }>, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'TaizhouCooperation', id: string, title: string, leadOrganization: string, cooperationKind: CooperationKind, startedOn: string | null, url: string, cooperationStatus: CooperationStatus, members: Array<{ __typename: 'City', slug: string }>, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'WuxiCooperation', id: string, title: string, leadOrganization: string, cooperationKind: CooperationKind, startedOn: string | null, url: string, cooperationStatus: CooperationStatus, members: Array<{ __typename: 'City', slug: string }>, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'YangzhouCooperation', id: string, title: string, leadOrganization: string, cooperationKind: CooperationKind, startedOn: string | null, url: string, cooperationStatus: CooperationStatus, members: Array<{ __typename: 'City', slug: string }>, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'ZhenjiangCooperation', id: string, title: string, leadOrganization: string, cooperationKind: CooperationKind, startedOn: string | null, url: string, cooperationStatus: CooperationStatus, members: Array<{ __typename: 'City', slug: string }>, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
       | null }>, facets?: { __typename: 'CooperationFacets', cities: Array<{ __typename: 'CityFacet', count: number, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }>, industries: Array<{ __typename: 'IndustryFacet', count: number, value: Industry }>, cooperationKinds: Array<{ __typename: 'CooperationKindFacet', count: number, value: CooperationKind }>, statuses: Array<{ __typename: 'CooperationStatusFacet', count: number, value: CooperationStatus }> } } };

export type TechnologyManagerListQueryVariables = Exact<{
  filter?: TechnologyManagerFilter | null | undefined;
  orderBy?: TechnologyManagerOrder | null | undefined;
  first: number;
  after?: string | null | undefined;
  withFacets: boolean;
}>;


export type TechnologyManagerListQuery = { __typename: 'Query', list: { __typename: 'TechnologyManagerConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'TechnologyManagerEdge', cursor: string, node:
        | { __typename: 'ChangzhouTechnologyManager', id: string, name: string, organization: string, technicalFields: Array<string>, industries: Array<Industry>, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'NanjingTechnologyManager', id: string, name: string, organization: string, technicalFields: Array<string>, industries: Array<Industry>, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'NantongTechnologyManager', id: string, name: string, organization: string, technicalFields: Array<string>, industries: Array<Industry>, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'PutuoTechnologyManager', id: string, name: string, organization: string, technicalFields: Array<string>, industries: Array<Industry>, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'SuzhouTechnologyManager', id: string, name: string, organization: string, technicalFields: Array<string>, industries: Array<Industry>, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'TaizhouTechnologyManager', id: string, name: string, organization: string, technicalFields: Array<string>, industries: Array<Industry>, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'WuxiTechnologyManager', id: string, name: string, organization: string, technicalFields: Array<string>, industries: Array<Industry>, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'YangzhouTechnologyManager', id: string, name: string, organization: string, technicalFields: Array<string>, industries: Array<Industry>, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'ZhenjiangTechnologyManager', id: string, name: string, organization: string, technicalFields: Array<string>, industries: Array<Industry>, url: string, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
       | null }>, facets?: { __typename: 'TechnologyManagerFacets', cities: Array<{ __typename: 'CityFacet', count: number, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }>, industries: Array<{ __typename: 'IndustryFacet', count: number, value: Industry }> } } };

export type ConsortiumListQueryVariables = Exact<{
  filter?: ConsortiumFilter | null | undefined;
  orderBy?: ConsortiumOrder | null | undefined;
  first: number;
  after?: string | null | undefined;
  withFacets: boolean;
}>;


export type ConsortiumListQuery = { __typename: 'Query', list: { __typename: 'ConsortiumConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'ConsortiumEdge', cursor: string, node:
        | { __typename: 'ChangzhouConsortium', id: string, name: string, code: string, leadOrganization: string, leadRole: ConsortiumRole, industries: Array<Industry>, url: string, members: Array<{ __typename: 'City', slug: string }>, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'NanjingConsortium', id: string, name: string, code: string, leadOrganization: string, leadRole: ConsortiumRole, industries: Array<Industry>, url: string, members: Array<{ __typename: 'City', slug: string }>, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'NantongConsortium', id: string, name: string, code: string, leadOrganization: string, leadRole: ConsortiumRole, industries: Array<Industry>, url: string, members: Array<{ __typename: 'City', slug: string }>, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'PutuoConsortium', id: string, name: string, code: string, leadOrganization: string, leadRole: ConsortiumRole, industries: Array<Industry>, url: string, members: Array<{ __typename: 'City', slug: string }>, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'SuzhouConsortium', id: string, name: string, code: string, leadOrganization: string, leadRole: ConsortiumRole, industries: Array<Industry>, url: string, members: Array<{ __typename: 'City', slug: string }>, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'TaizhouConsortium', id: string, name: string, code: string, leadOrganization: string, leadRole: ConsortiumRole, industries: Array<Industry>, url: string, members: Array<{ __typename: 'City', slug: string }>, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'WuxiConsortium', id: string, name: string, code: string, leadOrganization: string, leadRole: ConsortiumRole, industries: Array<Industry>, url: string, members: Array<{ __typename: 'City', slug: string }>, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'YangzhouConsortium', id: string, name: string, code: string, leadOrganization: string, leadRole: ConsortiumRole, industries: Array<Industry>, url: string, members: Array<{ __typename: 'City', slug: string }>, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
        | { __typename: 'ZhenjiangConsortium', id: string, name: string, code: string, leadOrganization: string, leadRole: ConsortiumRole, industries: Array<Industry>, url: string, members: Array<{ __typename: 'City', slug: string }>, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }
       | null }>, facets?: { __typename: 'ConsortiumFacets', cities: Array<{ __typename: 'CityFacet', count: number, city: { __typename: 'City', slug: string, nameZh: string, nameEn: string } }>, industries: Array<{ __typename: 'IndustryFacet', count: number, value: Industry }>, leadRoles: Array<{ __typename: 'ConsortiumRoleFacet', count: number, value: ConsortiumRole }> } } };

export type MembersQueryVariables = Exact<{ [key: string]: never; }>;


export type MembersQuery = { __typename: 'Query', cities: Array<{ __typename: 'City', slug: string, nameZh: string, nameEn: string, adcode: string, platformUrl: string, provinceZh: string, provinceEn: string, location: { __typename: 'GeoPoint', lat: number, lng: number }, counts: { __typename: 'EntityCounts', policies: number, carriers: number, challenges: number, openChallenges: number, financeProducts: number, talentServices: number, achievements: number, cooperationItems: number, technologyManagers: number, consortia: number }, status: { __typename: 'CityStatus', state: CityState, lagSeconds: number | null, lastError: string | null, quarantinedRecords: number, quarantined: Array<{ __typename: 'QuarantinedRecord', kind: EntityKind, nativeId: string | null, reason: string }> } }> };

export type VocabulariesQueryVariables = Exact<{ [key: string]: never; }>;


export type VocabulariesQuery = { __typename: 'Query', vocabularies: Array<{ __typename: 'Vocabulary', name: string, values: Array<{ __typename: 'VocabularyValue', value: string, labelZh: string, labelEn: string }> }> };

export const CityNameFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CityName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"City"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]} as unknown as DocumentNode<CityNameFragment, unknown>;
export const ApplicantApplicationFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicantApplication"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"proposal"}},{"kind":"Field","name":{"kind":"Name","value":"challenge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CityName"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CityName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"City"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]} as unknown as DocumentNode<ApplicantApplicationFragment, unknown>;
export const PublisherApplicationFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublisherApplication"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"applicantOrganization"}},{"kind":"Field","name":{"kind":"Name","value":"applicantCity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CityName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposal"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CityName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"City"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]} as unknown as DocumentNode<PublisherApplicationFragment, unknown>;
export const ReceiptFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Receipt"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WriteReceipt"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"idempotencyKey"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CityName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CityName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"City"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]} as unknown as DocumentNode<ReceiptFragment, unknown>;
export const PolicyCardFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PolicyCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Policy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"docNumber"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","alias":{"kind":"Name","value":"policyStatus"},"name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"industries"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"maxSupport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"wan"}}]}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CityName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CityName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"City"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]} as unknown as DocumentNode<PolicyCardFragment, unknown>;
export const CarrierCardFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CarrierCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Carrier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"industries"}},{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"district"}},{"kind":"Field","name":{"kind":"Name","value":"freeArea"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CityName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CityName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"City"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]} as unknown as DocumentNode<CarrierCardFragment, unknown>;
export const ChallengeCardFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChallengeCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Challenge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","alias":{"kind":"Name","value":"challengeStatus"},"name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"industries"}},{"kind":"Field","name":{"kind":"Name","value":"applicationCount"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"reward"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"wan"}}]}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CityName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CityName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"City"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]} as unknown as DocumentNode<ChallengeCardFragment, unknown>;
export const FinanceProductCardFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FinanceProductCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FinanceProduct"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"lender"}},{"kind":"Field","name":{"kind":"Name","value":"productKind"}},{"kind":"Field","name":{"kind":"Name","value":"industries"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"termMonths"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"maxAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"wan"}}]}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CityName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CityName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"City"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]} as unknown as DocumentNode<FinanceProductCardFragment, unknown>;
export const TalentServiceCardFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TalentServiceCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TalentService"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"serviceKind"}},{"kind":"Field","name":{"kind":"Name","value":"district"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"industries"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CityName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CityName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"City"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]} as unknown as DocumentNode<TalentServiceCardFragment, unknown>;
export const AchievementCardFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AchievementCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Achievement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"technicalField"}},{"kind":"Field","name":{"kind":"Name","value":"maturity"}},{"kind":"Field","name":{"kind":"Name","value":"trl"}},{"kind":"Field","name":{"kind":"Name","value":"transferModes"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"askingPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"wan"}}]}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CityName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CityName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"City"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]} as unknown as DocumentNode<AchievementCardFragment, unknown>;
export const CooperationCardFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CooperationCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cooperation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"leadOrganization"}},{"kind":"Field","name":{"kind":"Name","value":"cooperationKind"}},{"kind":"Field","alias":{"kind":"Name","value":"cooperationStatus"},"name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CityName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CityName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"City"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]} as unknown as DocumentNode<CooperationCardFragment, unknown>;
export const TechnologyManagerCardFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TechnologyManagerCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TechnologyManager"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organization"}},{"kind":"Field","name":{"kind":"Name","value":"technicalFields"}},{"kind":"Field","name":{"kind":"Name","value":"industries"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CityName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CityName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"City"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]} as unknown as DocumentNode<TechnologyManagerCardFragment, unknown>;
export const ConsortiumCardFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsortiumCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Consortium"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"leadOrganization"}},{"kind":"Field","name":{"kind":"Name","value":"leadRole"}},{"kind":"Field","name":{"kind":"Name","value":"industries"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CityName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CityName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"City"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]} as unknown as DocumentNode<ConsortiumCardFragment, unknown>;
export const AnyCardFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnyCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PolicyCard"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CarrierCard"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChallengeCard"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FinanceProductCard"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TalentServiceCard"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AchievementCard"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CooperationCard"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TechnologyManagerCard"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsortiumCard"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CityName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"City"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PolicyCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Policy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"docNumber"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","alias":{"kind":"Name","value":"policyStatus"},"name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"industries"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"maxSupport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"wan"}}]}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CityName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CarrierCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Carrier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"industries"}},{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"district"}},{"kind":"Field","name":{"kind":"Name","value":"freeArea"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CityName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChallengeCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Challenge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","alias":{"kind":"Name","value":"challengeStatus"},"name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"industries"}},{"kind":"Field","name":{"kind":"Name","value":"applicationCount"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"reward"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"wan"}}]}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CityName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FinanceProductCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FinanceProduct"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"lender"}},{"kind":"Field","name":{"kind":"Name","value":"productKind"}},{"kind":"Field","name":{"kind":"Name","value":"industries"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"termMonths"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"maxAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"wan"}}]}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CityName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TalentServiceCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TalentService"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"serviceKind"}},{"kind":"Field","name":{"kind":"Name","value":"district"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"industries"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CityName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AchievementCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Achievement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"technicalField"}},{"kind":"Field","name":{"kind":"Name","value":"maturity"}},{"kind":"Field","name":{"kind":"Name","value":"trl"}},{"kind":"Field","name":{"kind":"Name","value":"transferModes"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"askingPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"wan"}}]}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CityName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CooperationCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cooperation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"leadOrganization"}},{"kind":"Field","name":{"kind":"Name","value":"cooperationKind"}},{"kind":"Field","alias":{"kind":"Name","value":"cooperationStatus"},"name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CityName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TechnologyManagerCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TechnologyManager"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organization"}},{"kind":"Field","name":{"kind":"Name","value":"technicalFields"}},{"kind":"Field","name":{"kind":"Name","value":"industries"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CityName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsortiumCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Consortium"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"leadOrganization"}},{"kind":"Field","name":{"kind":"Name","value":"leadRole"}},{"kind":"Field","name":{"kind":"Name","value":"industries"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CityName"}}]}}]}}]} as unknown as DocumentNode<AnyCardFragment, unknown>;
export const MapRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MapRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnyCard"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CityName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"City"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PolicyCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Policy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"docNumber"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","alias":{"kind":"Name","value":"policyStatus"},"name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"industries"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"maxSupport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"wan"}}]}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CityName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CarrierCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Carrier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"industries"}},{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"district"}},{"kind":"Field","name":{"kind":"Name","value":"freeArea"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CityName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChallengeCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Challenge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","alias":{"kind":"Name","value":"challengeStatus"},"name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"industries"}},{"kind":"Field","name":{"kind":"Name","value":"applicationCount"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"reward"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"wan"}}]}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CityName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FinanceProductCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FinanceProduct"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"lender"}},{"kind":"Field","name":{"kind":"Name","value":"productKind"}},{"kind":"Field","name":{"kind":"Name","value":"industries"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"termMonths"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"maxAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"wan"}}]}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CityName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TalentServiceCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TalentService"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"serviceKind"}},{"kind":"Field","name":{"kind":"Name","value":"district"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"industries"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CityName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AchievementCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Achievement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"technicalField"}},{"kind":"Field","name":{"kind":"Name","value":"maturity"}},{"kind":"Field","name":{"kind":"Name","value":"trl"}},{"kind":"Field","name":{"kind":"Name","value":"transferModes"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"askingPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"wan"}}]}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CityName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CooperationCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cooperation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"leadOrganization"}},{"kind":"Field","name":{"kind":"Name","value":"cooperationKind"}},{"kind":"Field","alias":{"kind":"Name","value":"cooperationStatus"},"name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CityName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TechnologyManagerCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TechnologyManager"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organization"}},{"kind":"Field","name":{"kind":"Name","value":"technicalFields"}},{"kind":"Field","name":{"kind":"Name","value":"industries"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CityName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsortiumCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Consortium"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"leadOrganization"}},{"kind":"Field","name":{"kind":"Name","value":"leadRole"}},{"kind":"Field","name":{"kind":"Name","value":"industries"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CityName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnyCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PolicyCard"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CarrierCard"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChallengeCard"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FinanceProductCard"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TalentServiceCard"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AchievementCard"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CooperationCard"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TechnologyManagerCard"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsortiumCard"}}]}}]} as unknown as DocumentNode<MapRecordQuery, MapRecordQueryVariables>;
export const CorridorMapDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CorridorMap"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"within"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"GeoBox"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"zoom"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EntityKind"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cities"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"industries"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Industry"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"corridorMap"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"within"},"value":{"kind":"Variable","name":{"kind":"Name","value":"within"}}},{"kind":"Argument","name":{"kind":"Name","value":"zoom"},"value":{"kind":"Variable","name":{"kind":"Name","value":"zoom"}}},{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}}},{"kind":"Argument","name":{"kind":"Name","value":"cities"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cities"}}},{"kind":"Argument","name":{"kind":"Name","value":"industries"},"value":{"kind":"Variable","name":{"kind":"Name","value":"industries"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pointsTruncated"}},{"kind":"Field","name":{"kind":"Name","value":"clusters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"expansionZoom"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lng"}}]}},{"kind":"Field","name":{"kind":"Name","value":"countsByKind"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"locationPrecision"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lng"}}]}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CityName"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CityName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"City"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]} as unknown as DocumentNode<CorridorMapQuery, CorridorMapQueryVariables>;
export const ApplyToChallengeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApplyToChallenge"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApplyToChallengeInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applyToChallenge"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receipt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Receipt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicantApplication"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CityName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"City"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Receipt"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WriteReceipt"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"idempotencyKey"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CityName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicantApplication"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"proposal"}},{"kind":"Field","name":{"kind":"Name","value":"challenge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CityName"}}]}}]}}]}}]} as unknown as DocumentNode<ApplyToChallengeMutation, ApplyToChallengeMutationVariables>;
export const MyApplicationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyApplications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myApplications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicantApplication"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CityName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"City"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicantApplication"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"proposal"}},{"kind":"Field","name":{"kind":"Name","value":"challenge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CityName"}}]}}]}}]}}]} as unknown as DocumentNode<MyApplicationsQuery, MyApplicationsQueryVariables>;
export const MyChallengesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyChallenges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myChallenges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChallengeCard"}},{"kind":"Field","name":{"kind":"Name","value":"applications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PublisherApplication"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CityName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"City"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChallengeCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Challenge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","alias":{"kind":"Name","value":"challengeStatus"},"name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"industries"}},{"kind":"Field","name":{"kind":"Name","value":"applicationCount"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"reward"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"wan"}}]}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CityName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublisherApplication"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"applicantOrganization"}},{"kind":"Field","name":{"kind":"Name","value":"applicantCity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CityName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposal"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<MyChallengesQuery, MyChallengesQueryVariables>;
export const WithdrawApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WithdrawApplicationInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receipt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Receipt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CityName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"City"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Receipt"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WriteReceipt"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"idempotencyKey"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CityName"}}]}}]}}]} as unknown as DocumentNode<WithdrawApplicationMutation, WithdrawApplicationMutationVariables>;
export const PublishChallengeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishChallenge"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PublishChallengeInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishChallenge"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receipt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Receipt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"challenge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChallengeCard"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CityName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"City"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Receipt"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WriteReceipt"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"idempotencyKey"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CityName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChallengeCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Challenge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","alias":{"kind":"Name","value":"challengeStatus"},"name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"industries"}},{"kind":"Field","name":{"kind":"Name","value":"applicationCount"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"reward"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"wan"}}]}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CityName"}}]}}]}}]} as unknown as DocumentNode<PublishChallengeMutation, PublishChallengeMutationVariables>;
export const ReviewApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviewApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewApplicationInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receipt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Receipt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CityName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"City"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Receipt"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WriteReceipt"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"idempotencyKey"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CityName"}}]}}]}}]} as unknown as DocumentNode<ReviewApplicationMutation, ReviewApplicationMutationVariables>;
export const AwardChallengeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AwardChallenge"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AwardChallengeInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"awardChallenge"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receipt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Receipt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"challenge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Challenge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"applications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CityName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"City"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Receipt"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WriteReceipt"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"idempotencyKey"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CityName"}}]}}]}}]} as unknown as DocumentNode<AwardChallengeMutation, AwardChallengeMutationVariables>;
export const StartReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartReviewInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receipt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Receipt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"challenge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Challenge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CityName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"City"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Receipt"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WriteReceipt"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"idempotencyKey"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CityName"}}]}}]}}]} as unknown as DocumentNode<StartReviewMutation, StartReviewMutationVariables>;
export const CloseChallengeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseChallenge"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloseChallengeInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeChallenge"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receipt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Receipt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"challenge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Challenge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CityName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"City"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Receipt"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WriteReceipt"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"idempotencyKey"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CityName"}}]}}]}}]} as unknown as DocumentNode<CloseChallengeMutation, CloseChallengeMutationVariables>;
export const WriteReceiptDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WriteReceipt"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"city"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"writeReceipt"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"city"},"value":{"kind":"Variable","name":{"kind":"Name","value":"city"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Receipt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CityName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"City"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Receipt"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WriteReceipt"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"idempotencyKey"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CityName"}}]}}]}}]} as unknown as DocumentNode<WriteReceiptQuery, WriteReceiptQueryVariables>;
export const CarrierPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CarrierPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Carrier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CarrierCard"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"services"}},{"kind":"Field","name":{"kind":"Name","value":"floorArea"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openChallenges"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"8"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"distanceKm"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"detail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"challenge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChallengeCard"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CityName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"City"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CarrierCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Carrier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"industries"}},{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"district"}},{"kind":"Field","name":{"kind":"Name","value":"freeArea"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CityName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChallengeCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Challenge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","alias":{"kind":"Name","value":"challengeStatus"},"name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"industries"}},{"kind":"Field","name":{"kind":"Name","value":"applicationCount"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"reward"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"wan"}}]}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CityName"}}]}}]}}]} as unknown as DocumentNode<CarrierPageQuery, CarrierPageQueryVariables>;
export const ChallengePageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChallengePage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"signedIn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Challenge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChallengeCard"}},{"kind":"Field","name":{"kind":"Name","value":"publisherKind"}},{"kind":"Field","name":{"kind":"Name","value":"technicalField"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"requirements"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"matchingCarriers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"8"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"distanceKm"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"detail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"carrier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CarrierCard"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"applications"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"signedIn"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PublisherApplication"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CityName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"City"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChallengeCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Challenge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","alias":{"kind":"Name","value":"challengeStatus"},"name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"industries"}},{"kind":"Field","name":{"kind":"Name","value":"applicationCount"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"reward"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"wan"}}]}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CityName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CarrierCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Carrier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"industries"}},{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"district"}},{"kind":"Field","name":{"kind":"Name","value":"freeArea"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CityName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublisherApplication"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"applicantOrganization"}},{"kind":"Field","name":{"kind":"Name","value":"applicantCity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CityName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposal"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<ChallengePageQuery, ChallengePageQueryVariables>;
export const SearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Search"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"snippet"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnyCard"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CityName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"City"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PolicyCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Policy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"docNumber"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","alias":{"kind":"Name","value":"policyStatus"},"name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"industries"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"maxSupport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"wan"}}]}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CityName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CarrierCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Carrier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"industries"}},{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"district"}},{"kind":"Field","name":{"kind":"Name","value":"freeArea"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CityName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChallengeCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Challenge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","alias":{"kind":"Name","value":"challengeStatus"},"name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"industries"}},{"kind":"Field","name":{"kind":"Name","value":"applicationCount"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"reward"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"wan"}}]}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CityName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FinanceProductCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FinanceProduct"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"lender"}},{"kind":"Field","name":{"kind":"Name","value":"productKind"}},{"kind":"Field","name":{"kind":"Name","value":"industries"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"termMonths"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"maxAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"wan"}}]}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CityName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TalentServiceCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TalentService"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"serviceKind"}},{"kind":"Field","name":{"kind":"Name","value":"district"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"industries"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CityName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AchievementCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Achievement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"technicalField"}},{"kind":"Field","name":{"kind":"Name","value":"maturity"}},{"kind":"Field","name":{"kind":"Name","value":"trl"}},{"kind":"Field","name":{"kind":"Name","value":"transferModes"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"askingPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"wan"}}]}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CityName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CooperationCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cooperation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"leadOrganization"}},{"kind":"Field","name":{"kind":"Name","value":"cooperationKind"}},{"kind":"Field","alias":{"kind":"Name","value":"cooperationStatus"},"name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CityName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TechnologyManagerCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TechnologyManager"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organization"}},{"kind":"Field","name":{"kind":"Name","value":"technicalFields"}},{"kind":"Field","name":{"kind":"Name","value":"industries"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CityName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsortiumCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Consortium"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"leadOrganization"}},{"kind":"Field","name":{"kind":"Name","value":"leadRole"}},{"kind":"Field","name":{"kind":"Name","value":"industries"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CityName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnyCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PolicyCard"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CarrierCard"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChallengeCard"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FinanceProductCard"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TalentServiceCard"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AchievementCard"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CooperationCard"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TechnologyManagerCard"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsortiumCard"}}]}}]} as unknown as DocumentNode<SearchQuery, SearchQueryVariables>;
export const PolicyListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PolicyList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withFacets"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"list"},"name":{"kind":"Name","value":"policies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PolicyCard"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"facets"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withFacets"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CityName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"industries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"value"},"name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"value"},"name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statuses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"value"},"name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CityName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"City"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PolicyCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Policy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"docNumber"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","alias":{"kind":"Name","value":"policyStatus"},"name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"industries"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"maxSupport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"wan"}}]}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CityName"}}]}}]}}]} as unknown as DocumentNode<PolicyListQuery, PolicyListQueryVariables>;
export const CarrierListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CarrierList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CarrierFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CarrierOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withFacets"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"list"},"name":{"kind":"Name","value":"carriers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CarrierCard"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"facets"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withFacets"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CityName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"industries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"value"},"name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kinds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"value"},"name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"levels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"value"},"name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CityName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"City"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CarrierCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Carrier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"industries"}},{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"district"}},{"kind":"Field","name":{"kind":"Name","value":"freeArea"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CityName"}}]}}]}}]} as unknown as DocumentNode<CarrierListQuery, CarrierListQueryVariables>;
export const ChallengeListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChallengeList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ChallengeFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ChallengeOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withFacets"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"list"},"name":{"kind":"Name","value":"challenges"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChallengeCard"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"facets"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withFacets"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CityName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"industries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"value"},"name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statuses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"value"},"name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CityName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"City"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChallengeCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Challenge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","alias":{"kind":"Name","value":"challengeStatus"},"name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"industries"}},{"kind":"Field","name":{"kind":"Name","value":"applicationCount"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"reward"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"wan"}}]}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CityName"}}]}}]}}]} as unknown as DocumentNode<ChallengeListQuery, ChallengeListQueryVariables>;
export const FinanceProductListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FinanceProductList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FinanceProductFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FinanceProductOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withFacets"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"list"},"name":{"kind":"Name","value":"financeProducts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FinanceProductCard"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"facets"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withFacets"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CityName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"industries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"value"},"name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"productKinds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"value"},"name":{"kind":"Name","value":"productKind"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CityName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"City"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FinanceProductCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FinanceProduct"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"lender"}},{"kind":"Field","name":{"kind":"Name","value":"productKind"}},{"kind":"Field","name":{"kind":"Name","value":"industries"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"termMonths"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"maxAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"wan"}}]}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CityName"}}]}}]}}]} as unknown as DocumentNode<FinanceProductListQuery, FinanceProductListQueryVariables>;
export const TalentServiceListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TalentServiceList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TalentServiceFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TalentServiceOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withFacets"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"list"},"name":{"kind":"Name","value":"talentServices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TalentServiceCard"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"facets"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withFacets"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CityName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"industries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"value"},"name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceKinds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"value"},"name":{"kind":"Name","value":"serviceKind"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CityName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"City"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TalentServiceCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TalentService"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"serviceKind"}},{"kind":"Field","name":{"kind":"Name","value":"district"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"industries"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CityName"}}]}}]}}]} as unknown as DocumentNode<TalentServiceListQuery, TalentServiceListQueryVariables>;
export const AchievementListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AchievementList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AchievementFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AchievementOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withFacets"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"list"},"name":{"kind":"Name","value":"achievements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AchievementCard"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"facets"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withFacets"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CityName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"industries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"value"},"name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"maturities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"value"},"name":{"kind":"Name","value":"maturity"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transferModes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"value"},"name":{"kind":"Name","value":"transferMode"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CityName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"City"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AchievementCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Achievement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"technicalField"}},{"kind":"Field","name":{"kind":"Name","value":"maturity"}},{"kind":"Field","name":{"kind":"Name","value":"trl"}},{"kind":"Field","name":{"kind":"Name","value":"transferModes"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"askingPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"wan"}}]}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CityName"}}]}}]}}]} as unknown as DocumentNode<AchievementListQuery, AchievementListQueryVariables>;
export const CooperationListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CooperationList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CooperationFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CooperationOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withFacets"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"list"},"name":{"kind":"Name","value":"cooperationItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CooperationCard"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"facets"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withFacets"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CityName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"industries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"value"},"name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cooperationKinds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"value"},"name":{"kind":"Name","value":"cooperationKind"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statuses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"value"},"name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CityName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"City"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CooperationCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cooperation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"leadOrganization"}},{"kind":"Field","name":{"kind":"Name","value":"cooperationKind"}},{"kind":"Field","alias":{"kind":"Name","value":"cooperationStatus"},"name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CityName"}}]}}]}}]} as unknown as DocumentNode<CooperationListQuery, CooperationListQueryVariables>;
export const TechnologyManagerListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TechnologyManagerList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TechnologyManagerFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TechnologyManagerOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withFacets"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"list"},"name":{"kind":"Name","value":"technologyManagers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TechnologyManagerCard"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"facets"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withFacets"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CityName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"industries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"value"},"name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CityName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"City"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TechnologyManagerCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TechnologyManager"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organization"}},{"kind":"Field","name":{"kind":"Name","value":"technicalFields"}},{"kind":"Field","name":{"kind":"Name","value":"industries"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CityName"}}]}}]}}]} as unknown as DocumentNode<TechnologyManagerListQuery, TechnologyManagerListQueryVariables>;
export const ConsortiumListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsortiumList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ConsortiumFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ConsortiumOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withFacets"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"list"},"name":{"kind":"Name","value":"consortia"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsortiumCard"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"facets"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withFacets"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CityName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"industries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"value"},"name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadRoles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"value"},"name":{"kind":"Name","value":"leadRole"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CityName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"City"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsortiumCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Consortium"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"leadOrganization"}},{"kind":"Field","name":{"kind":"Name","value":"leadRole"}},{"kind":"Field","name":{"kind":"Name","value":"industries"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CityName"}}]}}]}}]} as unknown as DocumentNode<ConsortiumListQuery, ConsortiumListQueryVariables>;
export const MembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","alias":{"kind":"Name","value":"provinceZh"},"name":{"kind":"Name","value":"province"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"EnumValue","value":"ZH"}}]},{"kind":"Field","alias":{"kind":"Name","value":"provinceEn"},"name":{"kind":"Name","value":"province"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"EnumValue","value":"EN"}}]},{"kind":"Field","name":{"kind":"Name","value":"adcode"}},{"kind":"Field","name":{"kind":"Name","value":"platformUrl"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lng"}}]}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policies"}},{"kind":"Field","name":{"kind":"Name","value":"carriers"}},{"kind":"Field","name":{"kind":"Name","value":"challenges"}},{"kind":"Field","name":{"kind":"Name","value":"openChallenges"}},{"kind":"Field","name":{"kind":"Name","value":"financeProducts"}},{"kind":"Field","name":{"kind":"Name","value":"talentServices"}},{"kind":"Field","name":{"kind":"Name","value":"achievements"}},{"kind":"Field","name":{"kind":"Name","value":"cooperationItems"}},{"kind":"Field","name":{"kind":"Name","value":"technologyManagers"}},{"kind":"Field","name":{"kind":"Name","value":"consortia"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"lagSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"quarantinedRecords"}},{"kind":"Field","name":{"kind":"Name","value":"quarantined"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MembersQuery, MembersQueryVariables>;
export const VocabulariesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Vocabularies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vocabularies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"labelZh"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}}]}}]}}]} as unknown as DocumentNode<VocabulariesQuery, VocabulariesQueryVariables>;