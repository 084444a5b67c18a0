import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import { request } from 'undici';
import { describe, expect, it } from 'vitest';
import type { PolicyRecord } from '../../schema/contract.js';
import { getMember } from '../../schema/registry.js';
import { buildMemberDataset } from '../../sandbox/dataset/index.js';
import { localId, requestJson, standInForFile } from './harness.js';

const dataset = buildMemberDataset('changzhou');
const running = standInForFile('changzhou', dataset);

async function get(path: string, headers: Record<string, string> = {}) {
  const response = await request(`${running.url}${path}`, { headers });
  return { status: response.statusCode, headers: response.headers, bytes: Buffer.from(await response.body.arrayBuffer()) };
}

const send = (method: 'GET' | 'POST' | 'PATCH', path: string, body?: unknown) => requestJson(method, `${running.url}${path}`, body);

/** The export as rows keyed by column, read the way a GBK-aware client reads it. */
async function exportRows(file: string): Promise<Record<string, string>[]> {
  const { bytes } = await get(`/opendata/${file}`);
  return parse(iconv.decode(bytes, 'gb18030'), { columns: true }) as Record<string, string>[];
}

interface ManifestFile {
  kind: string;
  name: string;
  rows: number;
  etag: string;
  lastModified: string;
  exportDate: string;
}

describe('changzhou stand-in (GBK CSV exports)', () => {
  it('serves each kind as one GBK file with a header row of Chinese column names', async () => {
    const { status, headers, bytes } = await get('/opendata/policies.csv');
    expect(status).toBe(200);
    expect(headers['content-type']).toBe('text/csv; charset=GBK');
    const firstTitle = dataset.policy.find((policy) => !policy.title.includes('"'))!.title;
    expect(iconv.decode(bytes, 'gbk')).toContain(firstTitle);
    expect(iconv.decode(bytes, 'gbk').split('\r\n')[0]).toBe(
      '编号,政策名称,文号,发布机构,发布日期,生效日期,失效日期,政策类别,适用产业,政策摘要,最高支持金额（万元）,申报条件,原文链接,标签,更新时间',
    );
    // Read as UTF-8 the same bytes are mojibake: they really are GBK.
    expect(bytes.toString('utf8')).not.toContain(firstTitle);
    expect(bytes.toString('utf8')).toContain('\uFFFD');
    expect(bytes.includes(iconv.encode('政策名称', 'gbk'))).toBe(true);
  });

  it('writes dates as YYYY/MM/DD, money in 万元, lists joined with ；, and one row per record', async () => {
    const rows = await exportRows('challenges.csv');
    expect(rows.map((row) => row['编号'])).toEqual(dataset.challenge.map(localId));
    const challenge = dataset.challenge[0]!;
    expect(rows[0]).toMatchObject({
      截止日期: challenge.deadline.replaceAll('-', '/'),
      '悬赏金额（万元）': challenge.rewardYuan === null ? '面议' : String(challenge.rewardYuan / 10_000),
      标签: challenge.tags.join('；'),
      更新时间: `${challenge.sourceUpdatedAt.slice(0, 10).replaceAll('-', '/')} ${challenge.sourceUpdatedAt.slice(11, 19)}`,
    });
    const negotiable = dataset.challenge.findIndex((c) => c.rewardYuan === null);
    expect(rows[negotiable]!['悬赏金额（万元）']).toBe('面议');
  });

  it('writes members as the cities\' Chinese names joined with ；, and a negotiable asking price as 面议', async () => {
    const item = dataset.cooperation[0]!;
    expect((await exportRows('cooperation.csv'))[0]).toMatchObject({
      编号: localId(item),
      项目名称: item.title,
      参与城市: item.members.map((slug) => getMember(slug).nameZh).join('；'),
      开始日期: item.startedOn?.replaceAll('-', '/') ?? '',
    });
    const achievements = await exportRows('achievements.csv');
    const negotiable = dataset.achievement.findIndex((achievement) => achievement.askingPriceYuan === null);
    expect(achievements[negotiable]!['转让价格（万元）']).toBe('面议');
  });

  it('quotes cells with commas, quotes and line breaks, and Chinese text survives the round trip', async () => {
    const edited: PolicyRecord = {
      ...dataset.policy[1]!,
      title: '关于支持"智能制造"、新能源, 新材料产业发展的若干措施',
      summary: '第一条 支持研发；\n第二条 支持转化，\r\n第三条 "专项"资金',
      docNumber: '常政发〔2026〕12号',
    };
    running.store.upsert('policy', edited);
    const { bytes } = await get('/opendata/policies.csv');
    expect(iconv.decode(bytes, 'gbk')).toContain('"关于支持""智能制造""、新能源, 新材料产业发展的若干措施"');
    const row = (await exportRows('policies.csv')).find((r) => r['编号'] === localId(edited))!;
    expect(row).toMatchObject({ 政策名称: edited.title, 政策摘要: edited.summary, 文号: edited.docNumber });
  });

  it('keeps characters beyond GBK (m²) in their GB18030 form instead of dropping them', async () => {
    const carrier = { ...dataset.carrier[0]!, services: ['2000 m²洁净室'] };
    running.store.upsert('carrier', carrier);
    const row = (await exportRows('carriers.csv')).find((r) => r['编号'] === localId(carrier))!;
    expect(row['服务内容']).toBe('2000 m²洁净室');
  });

  it('lists every file in a UTF-8 manifest whose etag makes a conditional GET answer 304', async () => {
    const manifest = await send('GET', '/opendata/manifest.json');
    const files = manifest.json.files as ManifestFile[];
    expect(files.map((f) => [f.kind, f.name, f.rows])).toEqual([
      ['policy', 'policies.csv', dataset.policy.length],
      ['carrier', 'carriers.csv', dataset.carrier.length],
      ['challenge', 'challenges.csv', dataset.challenge.length],
      ['financeProduct', 'finance-products.csv', dataset.financeProduct.length],
      ['talentService', 'talent-services.csv', dataset.talentService.length],
      ['achievement', 'achievements.csv', dataset.achievement.length],
      ['cooperation', 'cooperation.csv', dataset.cooperation.length],
      ['technologyManager', 'tech-managers.csv', dataset.technologyManager.length],
      ['consortium', 'consortia.csv', dataset.consortium.length],
    ]);
    const challenges = files.find((f) => f.kind === 'challenge')!;
    expect(challenges.exportDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    const download = await get('/opendata/challenges.csv');
    expect(download.headers.etag).toBe(challenges.etag);
    expect(download.headers['last-modified']).toBe(challenges.lastModified);

    const unchanged = await get('/opendata/challenges.csv', { 'if-none-match': challenges.etag });
    expect(unchanged.status).toBe(304);
    expect(unchanged.bytes.length).toBe(0);

    running.store.upsert('challenge', { ...dataset.challenge[2]!, applicationCount: 99 });
    const changed = await get('/opendata/challenges.csv', { 'if-none-match': challenges.etag });
    expect(changed.status).toBe(200);
    expect(changed.headers.etag).not.toBe(challenges.etag);
  });

  it('publishes a challenge and handles applications through the JSON API, in the export columns', async () => {
    const created = await send('POST', '/api/challenges', {
      需求名称: '动力电池包热失控预警算法',
      需求描述: '需要多传感器融合的早期预警。',
      发布单位: '常州某新能源科技有限公司',
      单位性质: '企业',
      产业领域: '新能源；智能汽车',
      技术领域: '电池管理系统',
      '悬赏金额（万元）': '80.5',
      截止日期: '2099/09/30',
      技术要求: '预警提前量≥5 min，误报率<0.1%',
      标签: '热管理',
    });
    expect(created.status).toBe(201);
    const id = created.json.data['编号'];
    expect(created.json.data).toMatchObject({ 揭榜状态: '揭榜中', 揭榜数: '0', 产业领域: '新能源；智能汽车', '悬赏金额（万元）': '80.5' });

    const applicant = { 揭榜单位: '常州大学', 所在城市: 'changzhou', 揭榜方案: '基于电化学阻抗谱的预警', 联系人: '刘老师', 联系电话: '', 电子邮箱: 'liu@cczu.edu.cn' };
    const applied = await send('POST', `/api/challenges/${id}/applications`, applicant);
    expect(applied.status).toBe(201);
    expect(applied.json.data).toMatchObject({ 需求编号: id, 状态: '已提交', 联系电话: '' });

    const duplicate = await send('POST', `/api/challenges/${id}/applications`, applicant);
    expect(duplicate).toMatchObject({ status: 409, json: { errcode: 'ALREADY_APPLIED' } });

    const listed = await send('GET', `/api/challenges/${id}/applications`);
    expect(listed.json.data).toHaveLength(1);
    const reviewed = await send('PATCH', `/api/applications/${applied.json.data['编号']}`, { 状态: '评审中' });
    expect(reviewed.json.data['状态']).toBe('评审中');

    const closed = await send('PATCH', `/api/challenges/${id}`, { 揭榜状态: '已关闭' });
    expect(closed.json.data).toMatchObject({ 揭榜状态: '已关闭', 揭榜数: '1' });
    const late = await send('POST', `/api/challenges/${id}/applications`, { ...applicant, 揭榜单位: '河海大学常州校区' });
    expect(late).toMatchObject({ status: 409, json: { errcode: 'CHALLENGE_CLOSED' } });
  });

  it('refuses unknown records and invalid fields with {errcode, errmsg}', async () => {
    expect(await send('GET', '/api/challenges/CZ-NOPE/applications')).toMatchObject({ status: 404, json: { errcode: 'RECORD_NOT_FOUND' } });
    const invalid = await send('POST', '/api/challenges', { 需求名称: '缺少字段' });
    expect(invalid).toMatchObject({ status: 422, json: { errcode: 'INVALID_FIELD', errmsg: expect.any(String) } });
    const badLabel = await send('PATCH', `/api/challenges/${localId(dataset.challenge[3]!)}`, { 揭榜状态: '完结' });
    expect(badLabel).toMatchObject({ status: 422, json: { errcode: 'INVALID_FIELD' } });
  });

  it('exports malformed records with an impossible date, a prose area or an empty title, ids intact', async () => {
    running.faults.update({ malformedFraction: 1 });
    const [policy] = await exportRows('policies.csv');
    expect(policy).toMatchObject({ 编号: localId(dataset.policy[0]!), 发布日期: expect.stringMatching(/^\d{4}\/13\/45$/) });
    const [carrier] = await exportRows('carriers.csv');
    expect(carrier!['总面积（平方米）']).toBe('待核实');
    const [challenge] = await exportRows('challenges.csv');
    expect(challenge).toMatchObject({ 编号: localId(dataset.challenge[0]!), 需求名称: '' });
  });

  it('answers injected failures with a JSON error and the status', async () => {
    running.faults.update({ errorRate: 1 });
    expect(await send('GET', '/opendata/manifest.json')).toMatchObject({ status: 500, json: { errcode: 'SERVER_ERROR' } });
  });
});
