import { JIANGSU, defineMember } from '../../schema/member.js';
import { sandboxLinks } from '../../schema/member-links.js';

export const member = defineMember({
  slug: 'wuxi',
  nameZh: '无锡市',
  nameEn: 'Wuxi',
  adcode: '320200',
  ...JIANGSU,
  centre: { lat: 31.4912, lng: 120.3119 },
  ...sandboxLinks('wuxi'),
  leadingIndustries: ['INTEGRATED_CIRCUITS', 'INTELLIGENT_MANUFACTURING', 'BIOMEDICINE', 'NEW_ENERGY'],
  subgraphPort: 4203,
});
