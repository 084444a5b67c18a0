/**
 * One rule for OTHER in every dialect: a value OTHER is written as the vocabulary's own OTHER
 * (其他, or the platform's code for it), and the client's tags travel as tags, never in its place.
 */
import { describe, expect, it } from 'vitest';
import { DIALECT as changzhou } from '../../members/changzhou/dialect.js';
import type { Dialect, Field } from '../../adapters/kit/dialect.js';
import { DIALECT as nanjing } from '../../members/nanjing/dialect.js';
import { DIALECT as nantong } from '../../members/nantong/dialect.js';
import { DIALECT as putuo } from '../../members/putuo/dialect.js';
import { DIALECT as suzhou } from '../../members/suzhou/dialect.js';
import { DIALECT as taizhou } from '../../members/taizhou/dialect.js';
import { DIALECT as wuxi } from '../../members/wuxi/dialect.js';
import { DIALECT as yangzhou } from '../../members/yangzhou/dialect.js';
import { DIALECT as zhenjiang } from '../../members/zhenjiang/dialect.js';
import type { NewChallenge } from '../../schema/contract.js';
import { MEMBERS } from '../../schema/registry.js';

/** Each dialect, and what it writes for OTHER (its README's code table, or the contract's 其他). */
const DIALECTS: Record<string, { dialect: Dialect<never>; other: string }> = {
  putuo: { dialect: putuo, other: '其他' },
  nanjing: { dialect: nanjing, other: '其他' },
  wuxi: { dialect: wuxi, other: '其他' },
  changzhou: { dialect: changzhou, other: '其他' },
  suzhou: { dialect: suzhou, other: 'OTHER' },
  nantong: { dialect: nantong, other: '其他' },
  yangzhou: { dialect: yangzhou, other: '其他' },
  zhenjiang: { dialect: zhenjiang, other: 'QT' },
  taizhou: { dialect: taizhou, other: '其他' },
};

const TAG = '揭榜挂帅';
const challenge: NewChallenge = {
  title: '面向行业协会的场景开放需求',
  description: '协会牵头的共性技术需求。',
  publisher: '某产业技术协会',
  publisherKind: 'OTHER',
  industries: ['OTHER'],
  technicalField: '共性技术',
  rewardYuan: 500_000,
  deadline: '2099-06-30',
  requirements: '具备相关业绩',
  tags: [TAG],
};

function valueAt(body: Record<string, unknown>, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], body);
}

function withoutPath(body: Record<string, unknown>, path: string): Record<string, unknown> {
  const [head, ...rest] = path.split('.');
  const { [head!]: inner, ...others } = body;
  return rest.length === 0 ? others : { ...others, [head!]: withoutPath(inner as Record<string, unknown>, rest.join('.')) };
}

describe('a new challenge with OTHER values', () => {
  it('covers every member', () => {
    expect(Object.keys(DIALECTS).sort()).toEqual(MEMBERS.map((member) => member.slug).sort());
  });

  it.each(Object.keys(DIALECTS))('%s writes its own OTHER for the publisher type and industry, and the tag only as a tag', (slug) => {
    const { dialect, other } = DIALECTS[slug]!;
    const body = dialect.newChallenge(challenge);
    const path = (field: string) => (dialect.tables.challenge[field] as Field).path;

    expect(valueAt(body, path('publisherKind'))).toBe(other);
    expect(JSON.stringify(valueAt(body, path('industries')))).toContain(JSON.stringify(other));
    expect(JSON.stringify(valueAt(body, path('tags')))).toContain(TAG);
    expect(JSON.stringify(withoutPath(body, path('tags')))).not.toContain(TAG);
  });
});
