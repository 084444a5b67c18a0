/**
 * The dialect kit on its own: one description read and written, errors naming the platform's
 * own field, and the rules every dialect shares.
 */
import { describe, expect, it } from 'vitest';
import { defineDialect, joined, money, snakeCase } from '../../adapters/kit/dialect.js';
import { MappingError } from '../../adapters/kit/parse.js';
import type { NewChallenge } from '../../schema/contract.js';

const dialect = defineDialect({
  naming: snakeCase,
  record: { url: 'link', tags: 'labels', sourceUpdatedAt: 'changed' },
  paths: { challenge: { publisher: 'org.name', publisherKind: 'org.type', rewardYuan: 'reward_wan' } },
  lists: () => joined('、'),
  money: money.wanText(),
  dates: 'chinese',
});

const native = {
  id: 'C-1',
  title: '高精度晶圆级封装翘曲控制',
  description: '攻克大尺寸晶圆翘曲控制难题。',
  org: { name: '某封装企业', type: '行业协会' },
  industries: '集成电路、新材料',
  technical_field: '先进封装',
  reward_wan: '150',
  deadline: '2028年6月30日',
  status: '揭榜中',
  published_on: '2025-03-06',
  requirements: '具备中试线',
  application_count: 2,
  consortium_code: 'YHN-LHT-2025-002',
  technology_manager_ids: 'wuxi:technologyManager:WX-M-000001',
  link: 'https://example.org/c/1',
  labels: '揭榜挂帅',
  changed: '2025-03-06 09:30:00',
};

describe('a dialect defined with the kit', () => {
  it('reads a native record into the contract, an unknown label as OTHER kept in tags', () => {
    expect(dialect.reader.records.challenge('jiaxing', native)).toEqual({
      id: 'jiaxing:challenge:C-1',
      city: 'jiaxing',
      url: 'https://example.org/c/1',
      tags: ['揭榜挂帅', '行业协会'],
      sourceUpdatedAt: '2025-03-06T09:30:00+08:00',
      title: '高精度晶圆级封装翘曲控制',
      description: '攻克大尺寸晶圆翘曲控制难题。',
      publisher: '某封装企业',
      publisherKind: 'OTHER',
      industries: ['INTEGRATED_CIRCUITS', 'NEW_MATERIALS'],
      technicalField: '先进封装',
      rewardYuan: 1_500_000,
      deadline: '2028-06-30',
      status: 'OPEN',
      publishedOn: '2025-03-06',
      requirements: '具备中试线',
      applicationCount: 2,
      consortiumCode: 'YHN-LHT-2025-002',
      technologyManagerIds: ['wuxi:technologyManager:WX-M-000001'],
    });
  });

  it('writes a new challenge in the same names, units, list form and date format', () => {
    const input: NewChallenge = {
      title: '高精度晶圆级封装翘曲控制',
      description: '攻克大尺寸晶圆翘曲控制难题。',
      publisher: '某封装企业',
      publisherKind: 'ENTERPRISE',
      industries: ['INTEGRATED_CIRCUITS', 'NEW_MATERIALS'],
      technicalField: '先进封装',
      rewardYuan: null,
      deadline: '2028-06-30',
      requirements: '具备中试线',
      tags: ['揭榜挂帅'],
      publisherOrganizationId: 'org-1',
    };
    expect(dialect.newChallenge(input)).toEqual({
      title: input.title,
      description: input.description,
      org: { name: '某封装企业', type: '企业' },
      industries: '集成电路、新材料',
      technical_field: '先进封装',
      reward_wan: '面议',
      deadline: '2028年6月30日',
      requirements: '具备中试线',
      labels: '揭榜挂帅',
    });
    expect(dialect.status('challenge', 'UNDER_REVIEW')).toEqual({ status: '评审中' });
  });

  it('names the native field in what it cannot read, and the parent object when that is missing', () => {
    expect(() => dialect.reader.records.challenge('jiaxing', { ...native, deadline: '2028年13月1日' })).toThrow(new MappingError('deadline: "2028年13月1日" is not a calendar date'));
    expect(() => dialect.reader.records.challenge('jiaxing', { ...native, org: null })).toThrow(new MappingError('org: expected an object'));
  });

  it('lists every native path a kind reads', () => {
    expect(dialect.paths('challenge')).toEqual(expect.arrayContaining(['id', 'link', 'labels', 'changed', 'org.name', 'org.type', 'reward_wan', 'application_count']));
  });
});
