/**
 * Changzhou's dialect: export rows keyed by the export's Chinese column names; the write API
 * answers in the same columns as JSON, so one table serves both. Lists are joined with `；`, dates
 * are `YYYY/MM/DD`, instants `YYYY/MM/DD HH:mm:ss` (Beijing time), money is 万元 text, vocabularies
 * are Chinese labels, members the cities' Chinese names, an empty cell is null.
 */
import { defineDialect, joined, money } from '../../adapters/kit/dialect.js';

const contact = { name: '联系人', phone: '联系电话', email: '电子邮箱' };
const location = { lat: '纬度', lng: '经度' };

export const DIALECT = defineDialect({
  record: { id: '编号', tags: '标签', sourceUpdatedAt: '更新时间' },
  paths: {
    policy: {
      title: '政策名称', docNumber: '文号', issuer: '发布机构', publishedOn: '发布日期', effectiveFrom: '生效日期', expiresOn: '失效日期', categories: '政策类别',
      industries: '适用产业', summary: '政策摘要', maxSupportYuan: '最高支持金额（万元）', eligibility: '申报条件', url: '原文链接',
    },
    carrier: {
      name: '载体名称', kind: '载体类型', level: '载体级别', industries: '产业领域', operator: '运营主体', address: '详细地址', district: '所在区县',
      location, floorArea: '总面积（平方米）', freeArea: '可用面积（平方米）', services: '服务内容', contact, url: '详情链接',
    },
    challenge: {
      title: '需求名称', description: '需求描述', publisher: '发布单位', publisherKind: '单位性质', industries: '产业领域', technicalField: '技术领域',
      rewardYuan: '悬赏金额（万元）', deadline: '截止日期', status: '揭榜状态', publishedOn: '发布日期', requirements: '技术要求', applicationCount: '揭榜数', consortiumCode: '联合体编号', technologyManagerIds: '技术经理人编号',
      url: '详情链接',
    },
    financeProduct: {
      name: '产品名称', lender: '金融机构', productKind: '产品类型', industries: '适用产业', minAmountYuan: '最低额度（万元）', maxAmountYuan: '最高额度（万元）', rate: '参考利率',
      termMonths: '最长期限（月）', eligibility: '申请条件', servingMembers: '服务城市', howToApply: '办理方式', publishedOn: '发布日期', contact: contact, url: '详情链接',
    },
    talentService: {
      name: '服务名称', serviceKind: '服务类型', provider: '服务机构', industries: '产业领域', address: '详细地址', district: '所在区县', location,
      eligibility: '申请条件', capacity: '服务容量', availability: '可用情况', howToApply: '办理方式', publishedOn: '发布日期', contact: contact, url: '详情链接',
    },
    achievement: {
      title: '成果名称', owner: '成果持有单位', technicalField: '技术领域', industries: '产业领域', maturity: '成熟度', trl: '技术就绪度', transferModes: '转化方式',
      askingPriceYuan: '转让价格（万元）', patents: '专利号', summary: '成果简介', publishedOn: '发布日期', consortiumCode: '联合体编号', contact: contact, url: '详情链接',
    },
    cooperation: {
      title: '项目名称', cooperationKind: '合作类型', leadOrganization: '牵头单位', members: '参与城市', partners: '合作单位', status: '项目状态', startedOn: '开始日期',
      endsOn: '结束日期', summary: '项目简介', industries: '产业领域', consortiumCode: '联合体编号', url: '详情链接',
    },
    technologyManager: {
      name: '姓名', organization: '所在单位', technicalFields: '专业领域', industries: '产业领域', certifications: '资格证书', services: '服务内容', profile: '个人简介',
      contact: contact, url: '详情链接',
    },
    consortium: {
      name: '联合体名称', code: '联合体编号', technicalField: '技术领域', industries: '产业领域', leadOrganization: '牵头单位', leadRole: '牵头角色', partners: '成员单位',
      members: '参与城市', goals: '建设目标', foundedOn: '成立日期', url: '详情链接',
    },
    application: { challengeId: '需求编号', applicantOrganization: '揭榜单位', applicantCity: '所在城市', proposal: '揭榜方案', contact, status: '状态', submittedAt: '提交时间' },
  },
  lists: () => joined('；'),
  money: money.wanText(),
  dates: 'slashed',
  emptyText: '',
  // The export always writes a reward or asking price, or 面议, so an empty cell is an error rather than a silent 面议.
  codecs: { challenge: { rewardYuan: money.wanText({ present: true }) }, achievement: { askingPriceYuan: money.wanText({ present: true }) } },
});
