/**
 * Nanjing's dialect: pinyin-initial keys (`zcmc` 政策名称, `fbjg` 发布机构 …, see README.md), dates
 * written `2025年3月6日`, money in 万元 text (`面议` when negotiable), every list joined with 、, an
 * empty contact field as "", and the applicant's city by its Chinese name.
 */
import { MEMBERS, findMember } from '../../schema/registry.js';
import { defineDialect, joined, money, text, type Codec } from '../../adapters/kit/dialect.js';

/** The platform names the applicant's city (`南京市`); the contract wants the member slug. */
const memberByName: Codec<string> = {
  read: (raw, field, context) => {
    const name = text.read(raw, field, context);
    return MEMBERS.find((member) => member.nameZh === name)?.slug ?? name;
  },
  write: (slug) => findMember(slug)?.nameZh ?? slug,
};
const contact = { name: 'lxr', phone: 'lxdh', email: 'dzyx' };
const location = { lat: 'wd', lng: 'jd' };

export const DIALECT = defineDialect({
  record: { id: 'id', url: 'ljdz', tags: 'bq', sourceUpdatedAt: 'gxsj' },
  paths: {
    policy: {
      title: 'zcmc', docNumber: 'wh', issuer: 'fbjg', publishedOn: 'fbrq', effectiveFrom: 'sxrq', expiresOn: 'jzrq',
      categories: 'zclb', industries: 'cyly', summary: 'zcjj', maxSupportYuan: 'zgzc', eligibility: 'sbtj',
    },
    carrier: {
      name: 'ztmc', kind: 'ztlx', level: 'ztjb', industries: 'cyly', operator: 'yydw', address: 'dz', district: 'ssqx',
      location, floorArea: 'zmj', freeArea: 'kzmj', services: 'fwnr', contact,
    },
    challenge: {
      title: 'bdmc', description: 'xqms', publisher: 'fbdw', publisherKind: 'dwlx', industries: 'cyly', technicalField: 'jsly',
      rewardYuan: 'jbje', deadline: 'jzrq', status: 'bdzt', publishedOn: 'fbrq', requirements: 'jsyq', applicationCount: 'jbsl',
      consortiumCode: 'lhtbm', technologyManagerIds: 'jsjlrbh',
    },
    financeProduct: {
      name: 'cpmc', lender: 'jrjg', productKind: 'cplx', industries: 'cyly', minAmountYuan: 'zdde', maxAmountYuan: 'zged', rate: 'll',
      termMonths: 'dkqx', eligibility: 'sqtj', servingMembers: 'fwcs', howToApply: 'sqfs', publishedOn: 'fbrq', contact,
    },
    talentService: {
      name: 'fwmc', serviceKind: 'fwlx', provider: 'tgdw', industries: 'cyly', address: 'dz', district: 'ssqx', location,
      eligibility: 'sqtj', capacity: 'rnsl', availability: 'kyqk', howToApply: 'sqfs', publishedOn: 'fbrq', contact,
    },
    achievement: {
      title: 'cgmc', owner: 'wcdw', technicalField: 'jsly', industries: 'cyly', maturity: 'csd', trl: 'jsjxd', transferModes: 'zhfs',
      askingPriceYuan: 'zrjg', patents: 'zlh', summary: 'cgjj', publishedOn: 'fbrq', consortiumCode: 'lhtbm', contact,
    },
    cooperation: {
      title: 'xmmc', cooperationKind: 'hzlx', leadOrganization: 'qtdw', members: 'cycs', partners: 'hzdw', status: 'xmzt', startedOn: 'ksrq',
      endsOn: 'jsrq', summary: 'xmjj', industries: 'cyly', consortiumCode: 'lhtbm',
    },
    technologyManager: { name: 'xm', organization: 'gzdw', technicalFields: 'jsly', industries: 'cyly', certifications: 'zgzs', services: 'fwnr', profile: 'grjj', contact },
    consortium: {
      name: 'lhtmc', code: 'lhtbm', technicalField: 'jsly', industries: 'cyly', leadOrganization: 'qtdw', leadRole: 'qtjs', partners: 'cydw', members: 'cycs',
      goals: 'jsmb', foundedOn: 'clrq',
    },
    application: { challengeId: 'bdid', applicantOrganization: 'sqdw', applicantCity: 'szcs', proposal: 'fanr', contact, status: 'sqzt', submittedAt: 'tjsj' },
  },
  lists: () => joined('、'),
  money: money.wanText(),
  dates: 'chinese',
  emptyText: '',
  codecs: { application: { applicantCity: memberByName } },
  sendsChallengeId: true,
});
