import { JIANGSU, defineMember } from '../../schema/member.js';
import { sandboxLinks } from '../../schema/member-links.js';

export const member = defineMember({
  slug: 'taizhou',
  nameZh: '泰州市',
  nameEn: 'Taizhou',
  adcode: '321200',
  ...JIANGSU,
  centre: { lat: 32.4558, lng: 119.9229 },
  ...sandboxLinks('taizhou'),
  leadingIndustries: ['BIOMEDICINE', 'NEW_ENERGY', 'INTELLIGENT_MANUFACTURING'],
  subgraphPort: 4209,
});
