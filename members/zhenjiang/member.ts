import { JIANGSU, defineMember } from '../../schema/member.js';
import { sandboxLinks } from '../../schema/member-links.js';

export const member = defineMember({
  slug: 'zhenjiang',
  nameZh: '镇江市',
  nameEn: 'Zhenjiang',
  adcode: '321100',
  ...JIANGSU,
  centre: { lat: 32.1878, lng: 119.425 },
  ...sandboxLinks('zhenjiang'),
  leadingIndustries: ['LOW_ALTITUDE_ECONOMY', 'NEW_MATERIALS', 'INTELLIGENT_MANUFACTURING'],
  subgraphPort: 4208,
});
