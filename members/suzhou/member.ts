import { JIANGSU, defineMember } from '../../schema/member.js';
import { sandboxLinks } from '../../schema/member-links.js';

export const member = defineMember({
  slug: 'suzhou',
  nameZh: '苏州市',
  nameEn: 'Suzhou',
  adcode: '320500',
  ...JIANGSU,
  centre: { lat: 31.299, lng: 120.5853 },
  ...sandboxLinks('suzhou'),
  leadingIndustries: ['BIOMEDICINE', 'NEW_MATERIALS', 'ARTIFICIAL_INTELLIGENCE', 'INTEGRATED_CIRCUITS', 'ROBOTICS'],
  subgraphPort: 4205,
});
