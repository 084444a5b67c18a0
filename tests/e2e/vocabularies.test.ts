/**
 * Bilingual vocabularies through the gateway of a local corridor, as a front-end building its
 * filters would ask: every enumeration the public schema has, each value with its Chinese and
 * English label; and the fields that carry a label in the language of the request's
 * Accept-Language, or of their `language` argument. The routers' response caches are on, so an
 * answer in one language is never served for the other. Through every router (routers.ts).
 */
import { request } from 'undici';
import { describe, expect, it } from 'vitest';
import { INDUSTRY } from '../../schema/contract.js';
import { query } from './helpers.js';
import { corridorBehindEveryRouter, ROUTERS } from './routers.js';

const setup = corridorBehindEveryRouter({ ports: 'ephemeral' });

const PROVINCE = `{ city(slug: "suzhou") { province } }`;
const ENGLISH = { 'accept-language': 'en-GB,en;q=0.9,zh-CN;q=0.5' };
const CHINESE = { 'accept-language': 'zh-CN,zh;q=0.9,en;q=0.8' };

interface VocabularyAnswer {
  name: string;
  values: { value: string; labelZh: string; labelEn: string; label: string }[];
}

const VOCABULARIES = `query ($names: [String!]) { vocabularies(names: $names) { name values { value labelZh labelEn label } } }`;

async function vocabularies(graphqlUrl: string, headers: Record<string, string> = {}, names?: string[]): Promise<VocabularyAnswer[]> {
  const answer = await query(graphqlUrl, VOCABULARIES, { names }, headers);
  expect(answer.errors).toBeUndefined();
  return answer.data!['vocabularies'];
}

describe.each(ROUTERS)('vocabularies through %s', (router) => {
  const graphqlUrl = () => setup.graphqlUrl(router);

  it('has every enumeration of the public schema, with its values in the schema order', async () => {
    const introspected = await query(graphqlUrl(), `{ __schema { types { kind name enumValues { name } } } }`);
    const schemaEnums = (introspected.data!['__schema'].types as { kind: string; name: string; enumValues: { name: string }[] | null }[])
      .filter((type) => type.kind === 'ENUM' && !type.name.startsWith('__'))
      .map((type) => ({ name: type.name, values: type.enumValues!.map((value) => value.name) }));
    const answer = await vocabularies(graphqlUrl());
    expect(schemaEnums.length).toBeGreaterThanOrEqual(18);
    expect(new Map(answer.map((vocabulary) => [vocabulary.name, vocabulary.values.map((value) => value.value)]))).toEqual(
      new Map(schemaEnums.map((schemaEnum) => [schemaEnum.name, schemaEnum.values])),
    );
    for (const value of answer.flatMap((vocabulary) => vocabulary.values)) {
      expect(value.labelZh, value.value).toMatch(/\p{Script=Han}/u);
      expect(value.labelEn, value.value).toMatch(/^[A-Z][^\p{Script=Han}]*$/u);
    }
  });

  it('labels each value in Chinese and English, as the contract does', async () => {
    const [industry] = await vocabularies(graphqlUrl(), {}, ['Industry']);
    expect(industry!.values).toHaveLength(INDUSTRY.values.length);
    expect(industry!.values[0]).toEqual({ value: 'INTEGRATED_CIRCUITS', labelZh: '集成电路', labelEn: 'Integrated circuits', label: '集成电路' });
  });

  it('answers only the enumerations named, in the schema order', async () => {
    const answer = await vocabularies(graphqlUrl(), {}, ['ChallengeOrder', 'ChallengeStatus']);
    expect(answer.map((vocabulary) => vocabulary.name)).toEqual(['ChallengeStatus', 'ChallengeOrder']);
    expect(answer[0]!.values.map((value) => [value.value, value.labelZh, value.labelEn])).toEqual([
      ['OPEN', '揭榜中', 'Open'],
      ['UNDER_REVIEW', '评审中', 'Under review'],
      ['AWARDED', '已揭榜', 'Awarded'],
      ['CLOSED', '已关闭', 'Closed'],
    ]);
  });

  it('refuses a name that is no enumeration with BAD_USER_INPUT naming the argument', async () => {
    const answer = await query(graphqlUrl(), VOCABULARIES, { names: ['Industry', 'Colour'] });
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'names' });
    expect(answer.errors?.[0]?.message).toMatch(/^No enumeration Colour; the enumerations are Industry, /);
  });
});

describe.each(ROUTERS)('fields that carry a label, through %s', (router) => {
  const graphqlUrl = () => setup.graphqlUrl(router);
  const LABELLED = `{
    vocabularies(names: ["CarrierKind"]) { values { value label chinese: label(language: ZH) english: label(language: EN) } }
    city(slug: "nanjing") { province chinese: province(language: ZH) }
    node(id: "wuxi:challenge:WX-G-000001") { ... on Challenge { matchingCarriers(first: 1) { reasons { kind detail chinese: detail(language: ZH) } } } }
  }`;
  const labelled = async (headers: Record<string, string>) => {
    const answer = await query(graphqlUrl(), LABELLED, {}, headers);
    expect(answer.errors).toBeUndefined();
    const [maker] = (answer.data!['vocabularies'][0].values as { value: string }[]).filter((value) => value.value === 'MAKER_SPACE');
    return { maker, city: answer.data!['city'], reasons: answer.data!['node'].matchingCarriers[0].reasons as { kind: string; detail: string; chinese: string }[] };
  };

  it('are in English when Accept-Language prefers English, and in Chinese when asked for it', async () => {
    const { maker, city, reasons } = await labelled(ENGLISH);
    expect(maker).toEqual({ value: 'MAKER_SPACE', label: 'Maker space', chinese: '众创空间', english: 'Maker space' });
    expect(city).toEqual({ province: 'Jiangsu', chinese: '江苏省' });
    const shared = reasons.find((reason) => reason.kind === 'SHARED_INDUSTRY')!;
    expect(shared.detail).toMatch(/^Shared industries: Integrated circuits(, [A-Z][a-z -]+)*$/);
    expect(shared.chinese).toMatch(/^共同产业：集成电路(、\p{Script=Han}+)*$/u);
    expect(reasons.find((reason) => reason.kind === 'PROXIMITY')!.detail).toMatch(/^Distance \d+\.\d km$/);
  });

  it('are in Chinese without Accept-Language or when it prefers Chinese, and in English when asked for it', async () => {
    for (const headers of [{}, CHINESE]) {
      const { maker, city, reasons } = await labelled(headers);
      expect(maker).toEqual({ value: 'MAKER_SPACE', label: '众创空间', chinese: '众创空间', english: 'Maker space' });
      expect(city).toEqual({ province: '江苏省', chinese: '江苏省' });
      expect(reasons.find((reason) => reason.kind === 'PROXIMITY')!.detail).toMatch(/^距离 \d+\.\d km$/);
    }
  });

  it('are never served from a cached answer in the other language', async () => {
    const provinceIn = async (headers: Record<string, string>) => (await query(graphqlUrl(), PROVINCE, {}, headers)).data!['city'].province;
    expect(await provinceIn(CHINESE)).toBe('江苏省');
    expect(await provinceIn(ENGLISH)).toBe('Jiangsu');
    expect(await provinceIn(CHINESE)).toBe('江苏省');
  });
});

// The HTTP caching headers of an answer are our gateway's own: another router writes its own.
describe('our gateway itself', () => {
  it('says its answers vary by Accept-Language, and how long they may be kept', async () => {
    const response = await request(setup.corridor().graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json', ...ENGLISH }, body: JSON.stringify({ query: PROVINCE }) });
    await response.body.dump();
    expect(String(response.headers['vary'])).toMatch(/Accept-Language/);
    expect(response.headers['cache-control']).toMatch(/max-age=[1-9]/);
  });
});
