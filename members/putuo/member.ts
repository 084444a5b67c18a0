import { defineMember } from '../../schema/member.js';
import { sandboxLinks } from '../../schema/member-links.js';

export const member = defineMember({
  slug: 'putuo',
  nameZh: '上海市普陀区',
  nameEn: 'Putuo District, Shanghai',
  adcode: '310107',
  provinceZh: '上海市',
  provinceEn: 'Shanghai',
  centre: { lat: 31.2496, lng: 121.3972 },
  ...sandboxLinks('putuo'),
  leadingIndustries: ['INTELLIGENT_SOFTWARE', 'DIGITAL_HEALTH', 'ROBOTICS', 'NEW_MATERIALS', 'GEOSPATIAL'],
  subgraphPort: 4201,
});
