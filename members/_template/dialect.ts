/**
 * Template's dialect: JSON:API resources `{ type, id, attributes, links }` whose attributes are
 * the contract's own names in kebab case, money in 万元 numbers, Chinese labels, ISO dates.
 */
import { defineDialect, money, resolveJsonPath } from '../../adapters/kit/dialect.js';
import { isNativeRecord, type NativeRecord } from '../../adapters/kit/parse.js';

const kebabCase = (name: string) => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

export const DIALECT = defineDialect({
  naming: kebabCase,
  record: { url: 'links.self', sourceUpdatedAt: 'updated-at' },
  // Amounts are named for their unit, 万元.
  paths: {
    policy: { maxSupportYuan: 'max-support-wan' },
    challenge: { rewardYuan: 'reward-wan' },
    financeProduct: { minAmountYuan: 'min-amount-wan', maxAmountYuan: 'max-amount-wan' },
    achievement: { askingPriceYuan: 'asking-price-wan' },
  },
  money: money.wan,
  // The id and links are the resource's own; every other field is an attribute, and a write body is the attributes.
  resolve: (resource: NativeRecord, path) =>
    path === 'id' || path.startsWith('links.')
      ? resolveJsonPath(resource, path)
      : resolveJsonPath(isNativeRecord(resource.attributes) ? resource.attributes : resource, path),
});
