/**
 * Putuo's dialect: the contract's own camelCase names but for a few (a kind is a `…Type`, an
 * amount has no `Yuan`), ISO dates, whole yuan, Chinese labels, platform-local ids; location and
 * contact are nested objects.
 */
import { defineDialect } from '../../adapters/kit/dialect.js';

export const DIALECT = defineDialect({
  record: { url: 'detailUrl', sourceUpdatedAt: 'updatedAt' },
  paths: {
    policy: { maxSupportYuan: 'maxSupport' },
    carrier: { kind: 'type' },
    challenge: { publisherKind: 'publisherType', rewardYuan: 'reward' },
    financeProduct: { productKind: 'productType', minAmountYuan: 'minAmount', maxAmountYuan: 'maxAmount' },
    talentService: { serviceKind: 'serviceType' },
    achievement: { askingPriceYuan: 'askingPrice' },
    cooperation: { cooperationKind: 'cooperationType' },
  },
});
