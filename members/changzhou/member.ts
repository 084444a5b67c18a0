import { JIANGSU, defineMember } from '../../schema/member.js';
import { sandboxLinks } from '../../schema/member-links.js';

export const member = defineMember({
  slug: 'changzhou',
  nameZh: '常州市',
  nameEn: 'Changzhou',
  adcode: '320400',
  ...JIANGSU,
  centre: { lat: 31.8112, lng: 119.9741 },
  ...sandboxLinks('changzhou'),
  leadingIndustries: ['NEW_ENERGY', 'INTELLIGENT_MANUFACTURING', 'NEW_MATERIALS', 'INTELLIGENT_VEHICLES'],
  subgraphPort: 4204,
});
