import { JIANGSU, defineMember } from '../../schema/member.js';
import { sandboxLinks } from '../../schema/member-links.js';

export const member = defineMember({
  slug: 'nantong',
  nameZh: '南通市',
  nameEn: 'Nantong',
  adcode: '320600',
  ...JIANGSU,
  centre: { lat: 31.9802, lng: 120.8943 },
  ...sandboxLinks('nantong'),
  leadingIndustries: ['BIOMEDICINE', 'NEW_MATERIALS', 'INTELLIGENT_MANUFACTURING'],
  subgraphPort: 4206,
  platformCredentials: ['clientId', 'clientSecret'],
});
