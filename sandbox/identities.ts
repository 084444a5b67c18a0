/**
 * Demo organisations and their API keys for the local corridor. The keys are public on purpose:
 * they only ever open the sandbox. A deployment issues its own keys in API_KEYS_FILE.
 */
import { sha256, type ApiKeyEntry } from '../gateway/api-keys.js';
import type { Identity } from '../subgraphs/identity.js';
import { OrganizationDirectory } from '../subgraphs/organizations.js';

export interface DemoOrganization {
  key: string;
  identity: Identity;
}

export const DEMO_ORGANIZATIONS: readonly DemoOrganization[] = [
  {
    key: 'demo-nanjing-zijinshan',
    identity: { organizationId: 'org-nanjing-zijinshan', organizationName: '紫金山实验室', city: 'nanjing', roles: ['PUBLISHER', 'APPLICANT'] },
  },
  {
    key: 'demo-suzhou-nano-packaging',
    identity: { organizationId: 'org-suzhou-nano-packaging', organizationName: '苏州纳米先进封装研究院', city: 'suzhou', roles: ['APPLICANT', 'PUBLISHER'] },
  },
  {
    key: 'demo-wuxi-zhongwei',
    identity: { organizationId: 'org-wuxi-zhongwei', organizationName: '无锡中微高科电子有限公司', city: 'wuxi', roles: ['PUBLISHER', 'APPLICANT'] },
  },
  {
    key: 'demo-putuo-chemical',
    identity: { organizationId: 'org-putuo-chemical', organizationName: '上海化工研究院有限公司', city: 'putuo', roles: ['PUBLISHER', 'APPLICANT'] },
  },
  {
    key: 'demo-changzhou-reader',
    identity: { organizationId: 'org-changzhou-reader', organizationName: '常州科教城技术转移中心', city: 'changzhou', roles: [] },
  },
];

/** The demo organisations by id, for the subgraphs' authorisation of records that name them. */
export function demoOrganizationDirectory(): OrganizationDirectory {
  return new OrganizationDirectory(DEMO_ORGANIZATIONS.map(({ identity }) => identity));
}

/** The demo keys as the gateway stores keys: hashed. */
export function demoApiKeyEntries(): ApiKeyEntry[] {
  return DEMO_ORGANIZATIONS.map(({ key, identity }) => ({ keySha256: sha256(key), ...identity }));
}

export function demoKey(organizationId: string): string {
  const found = DEMO_ORGANIZATIONS.find((organization) => organization.identity.organizationId === organizationId);
  if (!found) throw new Error(`No demo organisation ${organizationId}`);
  return found.key;
}
