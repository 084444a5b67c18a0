import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getMember } from '../../schema/registry.js';
import { startSandbox } from '../../sandbox/stand-ins.js';
import { buildMemberDataset } from '../../sandbox/dataset/index.js';
import { StandInAdmin } from '../../sandbox/kit/admin-client.js';
import { startStandIn, type RunningStandIn } from '../../sandbox/kit/stand-in.js';
import { standInFor } from '../../sandbox/platforms/index.js';
import { localId, requestJson } from './harness.js';

const newChallenge = {
  bdmc: '重启后仍在的榜单',
  xqms: '平台重启后记录与编号都应保留。',
  fbdw: '南京某集成电路有限公司',
  dwlx: '企业',
  cyly: '集成电路',
  jsly: '芯片架构',
  jbje: '面议',
  jzrq: '2099年12月31日',
  jsyq: '无',
  bq: '揭榜挂帅',
};

const application = { sqdw: '无锡某微电子研究院', szcs: '无锡市', fanr: '存内计算方案。', lxr: '周工', lxdh: '0510-12345678', dzyx: '' };

describe('a stand-in started on a data folder keeps what was written through its API', () => {
  const dataset = buildMemberDataset('nanjing');
  let folder: string;
  let platform: RunningStandIn | undefined;
  const dataFile = () => join(folder, 'nanjing.json');
  const start = async () => {
    platform = await startStandIn({ member: getMember('nanjing'), dataset, dialect: standInFor('nanjing'), dataFile: dataFile() });
    return platform;
  };
  const call = (method: 'GET' | 'POST', path: string, body?: unknown) => requestJson(method, `${platform!.url}${path}`, body);

  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'stand-in-data-'));
  });
  afterEach(async () => {
    await platform?.close();
    platform = undefined;
    rmSync(folder, { recursive: true, force: true });
  });

  it('serves a created challenge, its application and their statuses after a restart, and never reuses an id', async () => {
    await start();
    const created = await call('POST', '/api/jbgs/fb', newChallenge);
    expect(created.json.data.id).toBe('NA-NEW-000001');
    const submitted = await call('POST', '/api/jbgs/jb', { bdid: 'NA-NEW-000001', ...application });
    await call('POST', '/api/jbgs/sqzt', { id: submitted.json.data.id, sqzt: '评审中' });
    await call('POST', '/api/jbgs/bdzt', { id: 'NA-NEW-000001', bdzt: '评审中' });
    const before = await call('GET', '/api/jbgs/detail?id=NA-NEW-000001');
    const sequenceBefore = platform!.store.headSequence;
    await platform!.close();

    await start();
    const after = await call('GET', '/api/jbgs/detail?id=NA-NEW-000001');
    expect(after.status).toBe(200);
    expect(after.json.data).toEqual(before.json.data);
    expect(after.json.data).toMatchObject({ bdmc: newChallenge.bdmc, bdzt: '评审中', jbsl: '1' });
    const applications = await call('GET', '/api/jbgs/sqlb?bdid=NA-NEW-000001');
    expect(applications.json.rows).toEqual([expect.objectContaining({ id: submitted.json.data.id, sqdw: application.sqdw, sqzt: '评审中' })]);
    expect(platform!.store.headSequence).toBe(sequenceBefore);

    const next = await call('POST', '/api/jbgs/fb', { ...newChallenge, bdmc: '重启后新建的榜单' });
    expect(next.json.data.id).toBe('NA-NEW-000002');
    const nextApplication = await call('POST', '/api/jbgs/jb', { bdid: 'NA-NEW-000002', ...application });
    expect(nextApplication.json.data.id).not.toBe(submitted.json.data.id);
  });

  it('keeps only what changed: the seeded records stay in the dataset, a record deleted on the platform stays deleted', async () => {
    await start();
    const seeded = dataset.challenge[0]!;
    await new StandInAdmin(platform!.url).remove('challenge', localId(seeded));
    await call('POST', '/api/jbgs/fb', newChallenge);
    await platform!.close();
    const saved = JSON.parse(readFileSync(dataFile(), 'utf8')) as { records: { challenge: { id: string }[]; policy: unknown[]; carrier: unknown[] } };
    expect(saved.records.challenge.map((record) => localId(record))).toEqual(['NA-NEW-000001']);
    expect(saved.records.policy).toEqual([]);

    await start();
    expect((await call('GET', `/api/jbgs/detail?id=${encodeURIComponent(localId(seeded))}`)).status).toBe(404);
    expect(platform!.store.count('policy')).toBe(dataset.policy.length);
    expect(platform!.store.count('challenge')).toBe(dataset.challenge.length);
  });

  it('refuses to start on a data file it cannot read, naming the file', async () => {
    writeFileSync(dataFile(), '{ not json');
    await expect(start()).rejects.toThrow(`The platform data file ${dataFile()} is not valid JSON`);
  });

  it('keeps each platform of a sandbox in its own file in the folder', async () => {
    const first = await startSandbox({ ports: 'ephemeral', dataFolder: folder });
    try {
      const created = await requestJson('POST', `${first.urlOf('nanjing')}/api/jbgs/fb`, newChallenge);
      expect(created.json.data.id).toBe('NA-NEW-000001');
    } finally {
      await first.close();
    }
    const second = await startSandbox({ ports: 'ephemeral', dataFolder: folder });
    try {
      const created = await requestJson('POST', `${second.urlOf('nanjing')}/api/jbgs/fb`, newChallenge);
      expect(created.json.data.id).toBe('NA-NEW-000002');
      expect(second.platforms.get('putuo')!.store.count('challenge')).toBe(buildMemberDataset('putuo').challenge.length);
    } finally {
      await second.close();
    }
  });
});
