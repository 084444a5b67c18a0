/**
 * The labels of the API's own enumerations (write and member states, orderings, kinds, match
 * reasons, review decisions, languages), as schema/contract.ts holds those of the records'.
 * Each constant labels the GraphQL enum of its name in PascalCase; corridor-api.graphql and the
 * corridor's SDL describe each value starting with the same `<Chinese label> — <English label>`.
 */
import { vocabulary } from './contract.js';

export const WRITE_STATE = vocabulary({
  PENDING: '待送达',
  DELIVERED: '已送达',
  FAILED: '未成功',
}, {
  PENDING: 'Pending',
  DELIVERED: 'Delivered',
  FAILED: 'Failed',
});

export const CITY_STATE = vocabulary({
  UP: '正常',
  DEGRADED: '降级',
  DOWN: '不可用',
}, {
  UP: 'Up',
  DEGRADED: 'Degraded',
  DOWN: 'Down',
});

export const CIRCUIT_STATE = vocabulary({
  CLOSED: '闭合',
  OPEN: '熔断',
  HALF_OPEN: '半开',
}, {
  CLOSED: 'Closed',
  OPEN: 'Open',
  HALF_OPEN: 'Half-open',
});

export const POLICY_ORDER = vocabulary({
  NEWEST: '最新发布',
  EXPIRING_SOONEST: '即将到期',
  MAX_SUPPORT: '支持额度最高',
  RELEVANCE: '最相关',
}, {
  NEWEST: 'Newest',
  EXPIRING_SOONEST: 'Expiring soonest',
  MAX_SUPPORT: 'Largest support',
  RELEVANCE: 'Most relevant',
});

export const CARRIER_ORDER = vocabulary({
  NEWEST: '最近更新',
  FREE_AREA: '可用面积最大',
  DISTANCE: '距离最近',
  RELEVANCE: '最相关',
}, {
  NEWEST: 'Recently updated',
  FREE_AREA: 'Most free area',
  DISTANCE: 'Nearest',
  RELEVANCE: 'Most relevant',
});

export const CHALLENGE_ORDER = vocabulary({
  NEWEST: '最新发布',
  DEADLINE_SOONEST: '即将截止',
  REWARD: '悬赏最高',
  RELEVANCE: '最相关',
}, {
  NEWEST: 'Newest',
  DEADLINE_SOONEST: 'Deadline soonest',
  REWARD: 'Largest reward',
  RELEVANCE: 'Most relevant',
});

export const ENTITY_KIND = vocabulary({
  POLICY: '科创政策',
  CARRIER: '科技载体',
  CHALLENGE: '揭榜挂帅',
  FINANCE_PRODUCT: '金融服务',
  TALENT_SERVICE: '人才交流',
  ACHIEVEMENT: '成果展示',
  COOPERATION: '合作清单',
  TECHNOLOGY_MANAGER: '技术经理人',
  CONSORTIUM: '创新联合体',
}, {
  POLICY: 'Policies',
  CARRIER: 'Carriers',
  CHALLENGE: 'Challenges',
  FINANCE_PRODUCT: 'Finance products',
  TALENT_SERVICE: 'Talent services',
  ACHIEVEMENT: 'Achievements',
  COOPERATION: 'Cooperation items',
  TECHNOLOGY_MANAGER: 'Technology managers',
  CONSORTIUM: 'Consortia',
});

export const MATCH_REASON_KIND = vocabulary({
  SHARED_INDUSTRY: '共同产业',
  TEXT_SIMILARITY: '共同关键词',
  PROXIMITY: '距离',
}, {
  SHARED_INDUSTRY: 'Shared industries',
  TEXT_SIMILARITY: 'Shared keywords',
  PROXIMITY: 'Distance',
});

export const REVIEW_DECISION = vocabulary({
  UNDER_REVIEW: '评审中',
  REJECTED: '未中榜',
}, {
  UNDER_REVIEW: 'Under review',
  REJECTED: 'Not selected',
});

export const LANGUAGE = vocabulary({
  ZH: '中文',
  EN: '英文',
}, {
  ZH: 'Chinese',
  EN: 'English',
});
export type Language = (typeof LANGUAGE.values)[number];

export const FINANCE_PRODUCT_ORDER = vocabulary({
  NEWEST: '最新发布',
  MAX_AMOUNT: '额度最高',
  RELEVANCE: '最相关',
}, {
  NEWEST: 'Newest',
  MAX_AMOUNT: 'Largest amount',
  RELEVANCE: 'Most relevant',
});

export const TALENT_SERVICE_ORDER = vocabulary({
  NEWEST: '最新发布',
  CAPACITY: '容量最大',
  DISTANCE: '距离最近',
  RELEVANCE: '最相关',
}, {
  NEWEST: 'Newest',
  CAPACITY: 'Largest capacity',
  DISTANCE: 'Nearest',
  RELEVANCE: 'Most relevant',
});

export const ACHIEVEMENT_ORDER = vocabulary({
  NEWEST: '最新发布',
  TRL: '成熟度最高',
  ASKING_PRICE: '报价最高',
  RELEVANCE: '最相关',
}, {
  NEWEST: 'Newest',
  TRL: 'Most mature',
  ASKING_PRICE: 'Highest price',
  RELEVANCE: 'Most relevant',
});

export const COOPERATION_ORDER = vocabulary({
  NEWEST: '最新启动',
  ENDING_SOONEST: '即将结束',
  RELEVANCE: '最相关',
}, {
  NEWEST: 'Newest',
  ENDING_SOONEST: 'Ending soonest',
  RELEVANCE: 'Most relevant',
});

export const TECHNOLOGY_MANAGER_ORDER = vocabulary({
  NEWEST: '最近更新',
  RELEVANCE: '最相关',
}, {
  NEWEST: 'Recently updated',
  RELEVANCE: 'Most relevant',
});

export const CONSORTIUM_ORDER = vocabulary({
  NEWEST: '最新成立',
  RELEVANCE: '最相关',
}, {
  NEWEST: 'Newest',
  RELEVANCE: 'Most relevant',
});
