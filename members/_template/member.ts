/**
 * Not a member: the starting point of new ones. `npm run new-city` copies this folder (a platform
 * that speaks JSON:API) unless `--like <slug>` names a member to copy, replacing these names.
 */
import { JIANGSU, defineMember } from '../../schema/member.js';
import { sandboxLinks } from '../../schema/member-links.js';

export const member = defineMember({
  slug: 'template',
  nameZh: '模板市',
  nameEn: 'Template City',
  adcode: '320000',
  ...JIANGSU,
  centre: { lat: 32.0603, lng: 118.7969 },
  ...sandboxLinks('template'),
  leadingIndustries: ['ARTIFICIAL_INTELLIGENCE'],
  subgraphPort: 4299,
});
