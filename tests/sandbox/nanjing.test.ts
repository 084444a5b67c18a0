import { describe, expect, it } from 'vitest';
import { buildMemberDataset } from '../../sandbox/dataset/index.js';
import { localId, requestJson, standInForFile } from './harness.js';

const CHINESE_DATE = /^\d{4}年\d{1,2}月\d{1,2}日$/;

const newChallenge = {
  bdmc: '存算一体芯片低功耗架构',
  xqms: '面向端侧推理，功耗需低于 1W。',
  fbdw: '南京某集成电路有限公司',
  dwlx: '企业',
  cyly: '集成电路、人工智能',
  jsly: '芯片架构',
  jbje: '面议',
  jzrq: '2099年12月31日',
  jsyq: '具备流片经验',
  bq: '揭榜挂帅、卡脖子',
};

const application = { sqdw: '无锡某微电子研究院', szcs: '无锡市', fanr: '基于SRAM存内计算方案。', lxr: '周工', lxdh: '0510-12345678', dzyx: '' };

describe('the Nanjing stand-in (pinyin keys, Chinese dates, 万元 strings, detail by id)', () => {
  const dataset = buildMemberDataset('nanjing');
  const platform = standInForFile('nanjing', dataset);
  const call = (method: 'GET' | 'POST', path: string, body?: unknown) => requestJson(method, `${platform.url}${path}`, body);

  it('lists policies under pinyin-initial keys with rows and totalCount', async () => {
    const { status, json } = await call('GET', '/api/zc/list?pageNo=1&pageSize=5');
    expect(status).toBe(200);
    expect(json).toMatchObject({ success: true, totalCount: dataset.policy.length });
    expect(json.rows).toHaveLength(5);
    const [row] = json.rows;
    const policy = dataset.policy[0]!;
    expect(Object.keys(row).sort()).toEqual(['bq', 'cyly', 'fbjg', 'fbrq', 'gxsj', 'id', 'jzrq', 'ljdz', 'sbtj', 'sxrq', 'wh', 'zcjj', 'zclb', 'zcmc', 'zgzc'].sort());
    expect(row).toMatchObject({ id: localId(policy.id), zcmc: policy.title, fbjg: policy.issuer, wh: policy.docNumber ?? '' });
  });

  it('quietly cuts pages to 50 rows', async () => {
    const { json } = await call('GET', '/api/zt/list?pageNo=1&pageSize=500');
    expect(json.rows).toHaveLength(Math.min(50, dataset.carrier.length));
    expect(json.totalCount).toBe(dataset.carrier.length);
  });

  it('writes dates as 2025年3月6日, open-ended ones as 长期有效, and date-times without an offset', async () => {
    const { json } = await call('GET', '/api/zc/list?pageNo=1&pageSize=50');
    for (const row of json.rows) {
      expect(row.fbrq).toMatch(CHINESE_DATE);
      expect(row.jzrq).toMatch(row.jzrq === '长期有效' ? /长期有效/ : CHINESE_DATE);
      expect(row.gxsj).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
    }
    const policy = dataset.policy[0]!;
    const [year, month, day] = policy.publishedOn.split('-').map(Number);
    expect(json.rows[0].fbrq).toBe(`${year}年${month}月${day}日`);
  });

  it('writes money as strings in 万元, and 面议 for a negotiable reward', async () => {
    const { json } = await call('GET', `/api/jbgs/list?pageNo=1&pageSize=50`);
    const rows = new Map<string, any>(json.rows.map((row: { id: string }) => [row.id, row]));
    for (const challenge of dataset.challenge.slice(0, 50)) {
      const expected = challenge.rewardYuan === null ? '面议' : String(challenge.rewardYuan / 10_000);
      expect(rows.get(localId(challenge.id))?.jbje).toBe(expected);
    }
    expect(dataset.challenge.some((challenge) => challenge.rewardYuan === null)).toBe(true);
  });

  it('serves one record per detail call and 404 with errMsg for an unknown id', async () => {
    const carrier = dataset.carrier[2]!;
    const found = await call('GET', `/api/zt/detail?id=${encodeURIComponent(localId(carrier.id))}`);
    expect(found.json).toMatchObject({ success: true, data: { id: localId(carrier.id), ztmc: carrier.name, wd: String(carrier.location.lat) } });
    const missing = await call('GET', '/api/zt/detail?id=NO-SUCH-ID');
    expect(missing.status).toBe(404);
    expect(missing.json).toEqual({ success: false, errMsg: expect.stringContaining('NO-SUCH-ID') });
  });

  it('publishes a challenge and takes an application in pinyin keys', async () => {
    const created = await call('POST', '/api/jbgs/fb', newChallenge);
    expect(created.status).toBe(200);
    expect(created.json.data).toMatchObject({ ...newChallenge, bdzt: '揭榜中', jbsl: '0' });
    const bdid = created.json.data.id as string;

    const submitted = await call('POST', '/api/jbgs/jb', { bdid, ...application });
    expect(submitted.json.data).toMatchObject({ bdid, ...application, sqzt: '已提交' });
    expect(submitted.json.data.tjsj).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);

    const listed = await call('GET', `/api/jbgs/sqlb?bdid=${bdid}`);
    expect(listed.json).toMatchObject({ success: true, totalCount: 1, rows: [{ id: submitted.json.data.id }] });

    const reviewed = await call('POST', '/api/jbgs/sqzt', { id: submitted.json.data.id, sqzt: '评审中' });
    expect(reviewed.json.data.sqzt).toBe('评审中');
    const awarded = await call('POST', '/api/jbgs/bdzt', { id: bdid, bdzt: '已揭榜' });
    expect(awarded.json.data).toMatchObject({ bdzt: '已揭榜', jbsl: '1' });
  });

  it('refuses writes with an HTTP status and { success: false, errMsg }', async () => {
    const { json: created } = await call('POST', '/api/jbgs/fb', { ...newChallenge, bdmc: '重复揭榜测试' });
    const bdid = created.data.id as string;
    await call('POST', '/api/jbgs/jb', { bdid, ...application });

    const duplicate = await call('POST', '/api/jbgs/jb', { bdid, ...application });
    expect(duplicate).toMatchObject({ status: 409, json: { success: false, errMsg: expect.any(String) } });
    const unknown = await call('POST', '/api/jbgs/jb', { bdid: 'NO-SUCH-ID', ...application });
    expect(unknown.status).toBe(404);
    await call('POST', '/api/jbgs/bdzt', { id: bdid, bdzt: '已关闭' });
    const closed = await call('POST', '/api/jbgs/jb', { bdid, ...application, sqdw: '另一家单位' });
    expect(closed.status).toBe(410);
    const badDate = await call('POST', '/api/jbgs/fb', { ...newChallenge, jzrq: '2099-12-31' });
    expect(badDate).toMatchObject({ status: 400, json: { success: false, errMsg: expect.stringContaining('jzrq') } });
  });

  it('serves a malformed policy with an impossible Chinese date and its id intact', async () => {
    platform.faults.update({ malformedFraction: 0.5 });
    const broken = dataset.policy.find((policy) => platform.faults.isMalformed(policy.id))!;
    const { json } = await call('GET', `/api/zc/detail?id=${encodeURIComponent(localId(broken.id))}`);
    expect(json.data).toMatchObject({ id: localId(broken.id), zcmc: broken.title, fbrq: '2025年13月45日' });
  });
});
