import { describe, expect, it } from 'vitest';
import type { ChallengeRecord } from '../../schema/contract.js';
import { getMember } from '../../schema/registry.js';
import { buildMemberDataset } from '../../sandbox/dataset/index.js';
import { CODES, PAGE_CAP } from '../../members/zhenjiang/stand-in.js';
import { localId, requestJson, standInForFile } from './harness.js';

type Entity = Record<string, unknown>;
interface Page {
  '@odata.context': string;
  '@odata.count'?: number;
  '@odata.nextLink'?: string;
  value: Entity[];
}

// Larger than the default so listings span several capped pages.
const dataset = buildMemberDataset('zhenjiang', { perKind: 120 });
const running = standInForFile('zhenjiang', dataset);

async function call(method: 'GET' | 'POST' | 'PATCH', path: string, body?: unknown, headers: Record<string, string> = {}) {
  const answer = await requestJson(method, path.startsWith('http') ? path : `${running.url}${path}`, body, headers);
  return { ...answer, json: answer.json as Page & Entity & { error: { code: string; message: string } } };
}

const query = (options: Record<string, string>) =>
  Object.entries(options).map(([name, value]) => `${name}=${encodeURIComponent(value)}`).join('&');

/** Every entity of a query, following nextLinks (bounded). */
async function collect(path: string): Promise<{ entities: Entity[]; pages: number }> {
  const entities: Entity[] = [];
  let next: string | undefined = path;
  let pages = 0;
  while (next !== undefined && pages < 500) {
    const { status, json } = await call('GET', next);
    expect(status).toBe(200);
    expect(json.value.length).toBeLessThanOrEqual(PAGE_CAP);
    entities.push(...json.value);
    next = json['@odata.nextLink'];
    pages += 1;
  }
  expect(next).toBeUndefined();
  return { entities, pages };
}

describe('zhenjiang stand-in (OData)', () => {
  it('caps pages at 50 and following @odata.nextLink visits every record exactly once, in order', async () => {
    const { entities, pages } = await collect('/odata/Policies');
    expect(entities.map((e) => e.Id)).toEqual(dataset.policy.map(localId));
    expect(pages).toBe(Math.ceil(dataset.policy.length / PAGE_CAP));
  });

  it('answers with an absolute nextLink carrying $skip, a context URL and the count when asked', async () => {
    const { json } = await call('GET', '/odata/Carriers?$count=true');
    expect(json['@odata.context']).toBe(`${running.url}/odata/$metadata#Carriers`);
    expect(json['@odata.count']).toBe(dataset.carrier.length);
    expect(json['@odata.nextLink']).toBe(`${running.url}/odata/Carriers?$count=true&$skip=${PAGE_CAP}`);
  });

  it('serves PascalCase properties with the platform codes for vocabularies, yuan and ISO dates', async () => {
    const carrier = dataset.carrier[0]!;
    const { json } = await call('GET', `/odata/Carriers('${localId(carrier)}')`);
    expect(json).toMatchObject({
      Id: localId(carrier),
      Name: carrier.name,
      KindCode: CODES.carrierKind[carrier.kind],
      LevelCode: CODES.carrierLevel[carrier.level],
      IndustryCodes: carrier.industries.map((value) => CODES.industry[value]),
      Latitude: carrier.location.lat,
      FloorArea: carrier.floorArea,
      ModifiedAt: carrier.sourceUpdatedAt,
    });
    const challenge = dataset.challenge[0]!;
    const { json: native } = await call('GET', `/odata/Challenges('${localId(challenge)}')`);
    expect(native).toMatchObject({ RewardYuan: challenge.rewardYuan, Deadline: challenge.deadline, StatusCode: CODES.challengeStatus[challenge.status] });
  });

  it('serves the new kinds as entity sets of their own, with codes for their vocabularies and city names for members', async () => {
    const { json: service } = await call('GET', '/odata');
    expect(service.value.map((set) => set.name)).toEqual([
      'Policies', 'Carriers', 'Challenges', 'FinanceProducts', 'TalentServices', 'Achievements', 'CooperationItems', 'TechnologyManagers', 'Consortia',
    ]);
    const achievement = dataset.achievement[0]!;
    const { json: native } = await call('GET', `/odata/Achievements('${localId(achievement)}')`);
    expect(native).toMatchObject({
      Title: achievement.title,
      MaturityCode: CODES.achievementMaturity[achievement.maturity],
      TransferModeCodes: achievement.transferModes.map((value) => CODES.transferMode[value]),
      AskingPriceYuan: achievement.askingPriceYuan,
      Trl: achievement.trl,
    });
    const cooperation = dataset.cooperation[0]!;
    const { entities } = await collect(`/odata/CooperationItems?${query({ $filter: `StatusCode eq '${CODES.cooperationStatus[cooperation.status]}'` })}`);
    expect(entities.map((entity) => entity.Id)).toContain(localId(cooperation));
    expect(entities.find((entity) => entity.Id === localId(cooperation))).toMatchObject({
      CooperationKindCode: CODES.cooperationKind[cooperation.cooperationKind],
      MemberCities: cooperation.members.map((slug) => getMember(slug).nameZh),
    });
  });

  it('honours $filter: a filter and its complement partition the set', async () => {
    const filter = "PublishedOn ge 2025-01-01 and (MaxSupportYuan gt 500000 or contains(Title,'人才'))";
    const matching = await collect(`/odata/Policies?${query({ $filter: filter })}`);
    const complement = await collect(`/odata/Policies?${query({ $filter: `not (${filter})` })}`);
    for (const entity of matching.entities) {
      expect(entity.PublishedOn as string >= '2025-01-01').toBe(true);
      expect((entity.MaxSupportYuan as number | null) !== null && (entity.MaxSupportYuan as number) > 500000 || (entity.Title as string).includes('人才')).toBe(true);
    }
    const matched = matching.entities.map((e) => e.Id as string);
    const rest = complement.entities.map((e) => e.Id as string);
    expect(matched.length).toBeGreaterThan(0);
    expect(rest.length).toBeGreaterThan(0);
    expect(matched.filter((id) => rest.includes(id))).toEqual([]);
    expect(new Set([...matched, ...rest])).toEqual(new Set(dataset.policy.map(localId)));
  });

  it('filters with ne, lt/le and codes', async () => {
    const open = CODES.challengeStatus.OPEN;
    const { entities } = await collect(`/odata/Challenges?${query({ $filter: `StatusCode ne '${open}' and ApplicationCount le 3 and Deadline lt 2030-01-01` })}`);
    const expected = dataset.challenge.filter((c) => c.status !== 'OPEN' && c.applicationCount <= 3 && c.deadline < '2030-01-01');
    expect(entities.map((e) => e.Id)).toEqual(expected.map(localId));
  });

  it('compares date-time literals as instants, whatever their offset', async () => {
    const since = '2026-01-01T00:00:00Z';
    const { entities } = await collect(`/odata/Carriers?${query({ $filter: `ModifiedAt ge ${since}` })}`);
    const expected = dataset.carrier.filter((c) => Date.parse(c.sourceUpdatedAt) >= Date.parse(since));
    expect(expected.length).toBeGreaterThan(0);
    expect(entities.map((e) => e.Id)).toEqual(expected.map(localId));
  });

  it('orders by several properties, asc and desc', async () => {
    const { entities } = await collect(`/odata/Challenges?${query({ $orderby: 'StatusCode asc, Deadline desc,Id' })}`);
    const compare = (a: string, b: string) => (a === b ? 0 : a < b ? -1 : 1);
    const expected = [...dataset.challenge].sort(
      (a, b) =>
        compare(CODES.challengeStatus[a.status], CODES.challengeStatus[b.status]) ||
        compare(b.deadline, a.deadline) ||
        compare(localId(a), localId(b)),
    );
    expect(entities.map((e) => e.Id)).toEqual(expected.map(localId));
  });

  it('applies $skip and $top, continuing a $top larger than the page cap via nextLink', async () => {
    const { json: window } = await call('GET', '/odata/Policies?$skip=3&$top=7');
    expect(window.value.map((e) => e.Id)).toEqual(dataset.policy.slice(3, 10).map(localId));
    expect(window['@odata.nextLink']).toBeUndefined();

    const top = PAGE_CAP + 5;
    const { json: first } = await call('GET', `/odata/Policies?$top=${top}&$skip=1`);
    expect(first.value).toHaveLength(PAGE_CAP);
    expect(first['@odata.nextLink']).toBe(`${running.url}/odata/Policies?$top=5&$skip=${PAGE_CAP + 1}`);
    const { entities } = await collect(`/odata/Policies?$top=${top}&$skip=1`);
    expect(entities.map((e) => e.Id)).toEqual(dataset.policy.slice(1, 1 + top).map(localId));
  });

  it('looks up a batch of ids with one `Id in (…)` call and leaves unknown ids out', async () => {
    const wanted = [localId(dataset.carrier[2]!), 'ZJ-NO-SUCH', localId(dataset.carrier[0]!)];
    const before = running.stats().total;
    const { status, json } = await call('GET', `/odata/Carriers?${query({ $filter: `Id in (${wanted.map((id) => `'${id}'`).join(',')})` })}`);
    expect(status).toBe(200);
    expect(running.stats().total - before).toBe(1);
    expect(json.value.map((e) => e.Id)).toEqual([localId(dataset.carrier[0]!), localId(dataset.carrier[2]!)]);
  });

  it.each([
    ['an unknown property', 'Nope eq 1'],
    ['an inherited object member as property', 'constructor eq 1'],
    ['a missing operand', "Title eq"],
    ['a type mismatch', "FloorArea eq 'big'"],
    ['an unterminated string', "Name eq 'abc"],
    ['a collection property', "IndustryCodes eq 'XCL'"],
    ['unbalanced parentheses', "(Name eq 'a'"],
    ['trailing tokens', "Name eq 'a' 'b'"],
  ])('answers 400 with an OData error for a $filter with %s', async (_, filter) => {
    const { status, json } = await call('GET', `/odata/Carriers?${query({ $filter: filter })}`);
    expect(status).toBe(400);
    expect(json.error).toMatchObject({ code: 'BadRequest', message: expect.any(String) });
  });

  it('answers 400 for a bad $orderby or $top and 404 for an unknown entity set or key', async () => {
    expect((await call('GET', '/odata/Carriers?$orderby=Services')).status).toBe(400);
    expect((await call('GET', '/odata/Carriers?$top=-1')).status).toBe(400);
    expect((await call('GET', '/odata/Carriers?$expand=Foo')).status).toBe(400);
    const unknownSet = await call('GET', '/odata/Spaceships');
    expect(unknownSet.status).toBe(404);
    expect(unknownSet.json.error.code).toBe('ResourceNotFound');
    expect((await call('GET', "/odata/Policies('nope')")).status).toBe(404);
  });

  it('creates a challenge, takes applications, reviews them and closes the challenge', async () => {
    const created = await call('POST', '/odata/Challenges', {
      Title: '低空物流无人机"最后一公里"配送调度 & 起降点选址',
      Description: '第一行\n第二行',
      Publisher: '镇江某低空科技有限公司',
      PublisherKindCode: CODES.publisherKind.ENTERPRISE,
      IndustryCodes: [CODES.industry.LOW_ALTITUDE_ECONOMY],
      TechnicalField: '无人机集群调度',
      RewardYuan: 1_500_000,
      Deadline: '2099-12-31',
      Requirements: '续航≥40 min，载重>5 kg',
      Tags: ['低空经济'],
    });
    expect(created.status).toBe(201);
    const id = created.json.Id as string;
    expect(created.headers.location).toBe(`${running.url}/odata/Challenges('${id}')`);
    expect(created.json).toMatchObject({ StatusCode: CODES.challengeStatus.OPEN, ApplicationCount: 0, RewardYuan: 1_500_000, Description: '第一行\n第二行' });

    const application = { ApplicantOrganization: '江苏大学', ApplicantCity: 'zhenjiang', Proposal: '基于强化学习的调度算法', ContactName: '王工', ContactPhone: '0511-88888888', ContactEmail: null };
    const applied = await call('POST', `/odata/Challenges('${id}')/Applications`, application);
    expect(applied.status).toBe(201);
    expect(applied.json).toMatchObject({ ChallengeId: id, StatusCode: CODES.applicationStatus.SUBMITTED, ContactEmail: null });

    const duplicate = await call('POST', `/odata/Challenges('${id}')/Applications`, application);
    expect(duplicate.status).toBe(409);
    expect(duplicate.json.error.code).toBe('DuplicateApplication');

    const listed = await call('GET', `/odata/Challenges('${id}')/Applications`);
    expect(listed.json.value.map((a) => a.Id)).toEqual([applied.json.Id]);

    const quiet = await call('PATCH', `/odata/Applications('${applied.json.Id}')`, { StatusCode: CODES.applicationStatus.UNDER_REVIEW });
    expect(quiet.status).toBe(204);
    const reviewed = await call('PATCH', `/odata/Applications('${applied.json.Id}')`, { StatusCode: CODES.applicationStatus.AWARDED }, { prefer: 'return=representation' });
    expect(reviewed.status).toBe(200);
    expect(reviewed.json.StatusCode).toBe(CODES.applicationStatus.AWARDED);

    const closed = await call('PATCH', `/odata/Challenges('${id}')`, { StatusCode: CODES.challengeStatus.CLOSED }, { prefer: 'return=representation' });
    expect(closed.json).toMatchObject({ StatusCode: CODES.challengeStatus.CLOSED, ApplicationCount: 1 });

    const late = await call('POST', `/odata/Challenges('${id}')/Applications`, { ...application, ApplicantOrganization: '江苏科技大学' });
    expect(late.status).toBe(409);
    expect(late.json.error).toMatchObject({ code: 'ChallengeClosed' });
  });

  it('refuses writes with OData errors: unknown codes, unknown challenges and applications', async () => {
    const badCode = await call('POST', '/odata/Challenges', { Title: 'x', PublisherKindCode: 'ZZ' });
    expect(badCode.status).toBe(400);
    expect(badCode.json.error.code).toBe('InvalidInput');
    const unknown = await call('POST', "/odata/Challenges('ZJ-NO-SUCH')/Applications", { ApplicantOrganization: 'a', ApplicantCity: 'b', Proposal: 'c' });
    expect(unknown.status).toBe(404);
    expect(unknown.json.error.code).toBe('ResourceNotFound');
    const noApplication = await call('PATCH', "/odata/Applications('nope')", { StatusCode: CODES.applicationStatus.REJECTED });
    expect(noApplication.status).toBe(404);
  });

  it('serves malformed records with an impossible date, prose area or a null title while the Id stays readable', async () => {
    running.faults.update({ malformedFraction: 1 });
    const policy = (await call('GET', '/odata/Policies?$top=1')).json.value[0]!;
    expect(policy.Id).toBe(localId(dataset.policy[0]!));
    expect(policy.PublishedOn).toBe('2025-13-45');
    const carrier = (await call('GET', '/odata/Carriers?$top=1')).json.value[0]!;
    expect(typeof carrier.FloorArea).toBe('string');
    const challenge: Entity = (await call('GET', '/odata/Challenges?$top=1')).json.value[0]!;
    expect(challenge).toMatchObject({ Id: localId(dataset.challenge[0] as ChallengeRecord), Title: null });
  });

  it('answers injected failures with an OData error and the status', async () => {
    running.faults.update({ errorRate: 1 });
    const { status, json } = await call('GET', '/odata/Policies');
    expect(status).toBe(500);
    expect(json.error.code).toBe('InternalServerError');
  });
});
