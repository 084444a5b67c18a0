/**
 * Changzhou's dialect: export rows keyed by the export's Chinese column names; the write API
 * answers in the same columns as JSON, so one table serves both. Lists are joined with `；`, dates
 * are `YYYY/MM/DD`, instants `YYYY/MM/DD HH:mm:ss` (Beijing time), money is 万元 text, vocabularies
 * are Chinese labels, an empty cell is null.
 */
import { defineDialect, joined, money } from '../../adapters/kit/dialect.js';

const contact = { name: '联系人', phone: '联系电话', email: '电子邮箱' };

export const DIALECT = defineDialect({
  record: { id: '编号', tags: '标签', sourceUpdatedAt: '更新时间' },
  paths: {
    policy: {
      title: '政策名称', docNumber: '文号', issuer: '发布机构', publishedOn: '发布日期', effectiveFrom: '生效日期', expiresOn: '失效日期', categories: '政策类别',
      industries: '适用产业', summary: '政策摘要', maxSupportYuan: '最高支持金额（万元）', eligibility: '申报条件', url: '原文链接',
    },
    carrier: {
      name: '载体名称', kind: '载体类型', level: '载体级别', industries: '产业领域', operator: '运营主体', address: '详细地址', district: '所在区县',
      location: { lat: '纬度', lng: '经度' }, floorArea: '总面积（平方米）', freeArea: '可用面积（平方米）', services: '服务内容', contact, url: '详情链接',
    },
    challenge: {
      title: '需求名称', description: '需求描述', publisher: '发布单位', publisherKind: '单位性质', industries: '产业领域', technicalField: '技术领域',
      rewardYuan: '悬赏金额（万元）', deadline: '截止日期', status: '揭榜状态', publishedOn: '发布日期', requirements: '技术要求', applicationCount: '揭榜数', url: '详情链接',
    },
    application: { challengeId: '需求编号', applicantOrganization: '揭榜单位', applicantCity: '所在城市', proposal: '揭榜方案', contact, status: '状态', submittedAt: '提交时间' },
  },
  lists: () => joined('；'),
  money: money.wanText(),
  dates: 'slashed',
  emptyText: '',
  // The export always writes a reward or 面议, so an empty cell is an error rather than a silent 面议.
  codecs: { challenge: { rewardYuan: money.wanText({ present: true }) } },
});
