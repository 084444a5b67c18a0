import { JIANGSU, defineMember } from '../../schema/member.js';
import { sandboxLinks } from '../../schema/member-links.js';

export const member = defineMember({
  slug: 'nanjing',
  nameZh: '南京市',
  nameEn: 'Nanjing',
  adcode: '320100',
  ...JIANGSU,
  centre: { lat: 32.0603, lng: 118.7969 },
  ...sandboxLinks('nanjing'),
  leadingIndustries: ['INTELLIGENT_SOFTWARE', 'INTEGRATED_CIRCUITS', 'BIOMEDICINE', 'CYBERSECURITY', 'NEW_ENERGY'],
  subgraphPort: 4202,
});
