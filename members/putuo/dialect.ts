/**
 * Putuo's dialect: the contract's own camelCase names but for a few, ISO dates, whole yuan,
 * Chinese labels, platform-local ids; location and contact are nested objects.
 */
import { defineDialect } from '../../adapters/kit/dialect.js';

export const DIALECT = defineDialect({
  record: { url: 'detailUrl', sourceUpdatedAt: 'updatedAt' },
  paths: {
    policy: { maxSupportYuan: 'maxSupport' },
    carrier: { kind: 'type' },
    challenge: { publisherKind: 'publisherType', rewardYuan: 'reward' },
  },
});
