import { JIANGSU, defineMember } from '../../schema/member.js';
import { sandboxLinks } from '../../schema/member-links.js';

export const member = defineMember({
  slug: 'yangzhou',
  nameZh: '扬州市',
  nameEn: 'Yangzhou',
  adcode: '321000',
  ...JIANGSU,
  centre: { lat: 32.3942, lng: 119.413 },
  ...sandboxLinks('yangzhou'),
  leadingIndustries: ['INTELLIGENT_VEHICLES', 'NEW_ENERGY', 'INTELLIGENT_MANUFACTURING'],
  subgraphPort: 4207,
});
