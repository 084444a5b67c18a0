import { XMLParser } from 'fast-xml-parser';
import { request } from 'undici';
import { describe, expect, it } from 'vitest';
import { CHALLENGE_STATUS, COOPERATION_KIND, type ChallengeRecord } from '../../schema/contract.js';
import { getMember } from '../../schema/registry.js';
import { buildMemberDataset } from '../../sandbox/dataset/index.js';
import { SERVICE_NAMESPACE, SOAP_NAMESPACE } from '../../members/wuxi/stand-in.js';
import { localId, standInForFile } from './harness.js';

type Node = Record<string, any>;

const dataset = buildMemberDataset('wuxi');
// A plain reader, so the test checks the wire format rather than the adapter's parsing.
const reader = new XMLParser({ removeNSPrefix: true, ignoreAttributes: true, parseTagValue: false, trimValues: false });
const running = standInForFile('wuxi', dataset);

async function post(xml: string) {
  const response = await request(`${running.url}/ws/KjyService`, { method: 'POST', headers: { 'content-type': 'text/xml; charset=utf-8' }, body: xml });
  const text = await response.body.text();
  return { status: response.statusCode, contentType: response.headers['content-type'], text, body: (reader.parse(text) as Node).Envelope.Body as Node };
}

const soap = (operation: string, inner = '') =>
  post(`<soap:Envelope xmlns:soap="${SOAP_NAMESPACE}"><soap:Body><k:${operation} xmlns:k="${SERVICE_NAMESPACE}">${inner}</k:${operation}></soap:Body></soap:Envelope>`);

const asList = <T>(value: T | T[] | undefined | ''): T[] => (value === undefined || value === '' ? [] : Array.isArray(value) ? value : [value]);

describe('wuxi stand-in (SOAP XML)', () => {
  it('pages ListPolicies with PageIndex/PageSize, reporting the total and page count', async () => {
    const seen: string[] = [];
    let pageCount = Infinity;
    for (let index = 1; index <= pageCount && index <= 50; index++) {
      const { status, contentType, body } = await soap('ListPolicies', `<PageIndex>${index}</PageIndex><PageSize>10</PageSize>`);
      expect(status).toBe(200);
      expect(contentType).toBe('text/xml; charset=utf-8');
      const page = body.ListPoliciesResponse;
      expect(page).toMatchObject({ TotalCount: String(dataset.policy.length), PageIndex: String(index), PageSize: '10' });
      pageCount = Number(page.PageCount);
      seen.push(...asList<Node>(page.Policies.Policy).map((policy) => policy.Id));
    }
    expect(pageCount).toBe(Math.ceil(dataset.policy.length / 10));
    expect(seen).toEqual(dataset.policy.map(localId));
  });

  it('writes free text in CDATA and escapes the rest, so &, <, quotes and newlines survive', async () => {
    const tricky = 'A&B <芯片> "封装" \'测试\' ]]> 结束\n第二行';
    const base = dataset.challenge[0]!;
    const edited: ChallengeRecord = { ...base, title: tricky, requirements: '温度<85℃ & 湿度>60%\n寿命≥10年', tags: ['R&D', '<新>'], url: `${base.url}?a=1&b=2` };
    running.store.upsert('challenge', edited);

    const { text, body } = await soap('GetRecords', `<Kind>Challenge</Kind><Id>${localId(base)}</Id>`);
    expect(text).toContain('<Title><![CDATA[A&B <芯片> "封装" \'测试\' ]]]]><![CDATA[> 结束\n第二行]]></Title>');
    expect(text).toContain('<Tag>R&amp;D</Tag><Tag>&lt;新&gt;</Tag>');
    expect(text).toContain('?a=1&amp;b=2</Url>');
    const challenge = asList<Node>(body.GetRecordsResponse.Records.Challenge)[0]!;
    expect(challenge.Title).toBe(tricky);
    expect(challenge.Requirements).toBe(edited.requirements);
    expect(challenge.Url).toBe(edited.url);
    expect(challenge.Tags.Tag).toEqual(['R&D', '<新>']);
  });

  it('serves labels, 万元 decimal text, 面议 and YYYY-MM-DD dates', async () => {
    const withReward = dataset.challenge.find((c) => c.rewardYuan !== null && c.rewardYuan % 10_000 !== 0) ?? dataset.challenge.find((c) => c.rewardYuan !== null)!;
    const negotiable = dataset.challenge.find((c) => c.rewardYuan === null)!;
    const { body } = await soap('GetRecords', `<Kind>Challenge</Kind><Id>${localId(withReward)}</Id><Id>${localId(negotiable)}</Id>`);
    const [first, second] = asList<Node>(body.GetRecordsResponse.Records.Challenge);
    expect(first).toMatchObject({ Reward: String(withReward.rewardYuan! / 10_000), Deadline: withReward.deadline, Status: CHALLENGE_STATUS.labels[withReward.status] });
    expect(second!.Reward).toBe('面议');
  });

  it('lists the new kinds with operations of their own: members as <Cities><City> names, 面议 for a negotiable asking price', async () => {
    const { body } = await soap('ListCooperationItems', '<PageIndex>1</PageIndex><PageSize>100</PageSize>');
    const items = asList<Node>(body.ListCooperationItemsResponse.CooperationItems.CooperationItem);
    expect(items.map((item) => item.Id)).toEqual(dataset.cooperation.map(localId));
    const cooperation = dataset.cooperation.find((item) => item.cooperationKind !== 'OTHER')!;
    const item = items.find((candidate) => candidate.Id === localId(cooperation))!;
    expect(item.CooperationType).toBe(COOPERATION_KIND.labels[cooperation.cooperationKind]);
    expect(asList(item.Cities.City)).toEqual(cooperation.members.map((slug) => getMember(slug).nameZh));

    const negotiable = dataset.achievement.find((achievement) => achievement.askingPriceYuan === null)!;
    const { body: found } = await soap('GetRecords', `<Kind>Achievement</Kind><Id>${localId(negotiable)}</Id>`);
    expect(asList<Node>(found.GetRecordsResponse.Records.Achievement)[0]).toMatchObject({ Title: negotiable.title, AskingPrice: '面议', PublishDate: negotiable.publishedOn });
  });

  it('answers a batch GetRecords in one call, listing unknown ids under NotFound', async () => {
    const before = running.stats().total;
    const wanted = [localId(dataset.carrier[3]!), 'WX-NO-SUCH', localId(dataset.carrier[0]!)];
    const { status, body } = await soap('GetRecords', `<Kind>Carrier</Kind>${wanted.map((id) => `<Id>${id}</Id>`).join('')}`);
    expect(status).toBe(200);
    expect(running.stats().total - before).toBe(1);
    const answer = body.GetRecordsResponse;
    expect(asList<Node>(answer.Records.Carrier).map((c) => c.Id)).toEqual([wanted[0], wanted[2]]);
    expect(asList(answer.NotFound.Id)).toEqual(['WX-NO-SUCH']);
  });

  it('answers an unknown operation with HTTP 500 and a soap:Client Fault', async () => {
    const { status, body } = await soap('DeleteEverything');
    expect(status).toBe(500);
    expect(body.Fault).toMatchObject({ faultcode: 'soap:Client', faultstring: expect.stringContaining('Unknown operation "DeleteEverything"') });
    expect(body.Fault.detail).toBeUndefined();
  });

  it('answers a request that is not XML with a Fault', async () => {
    const { status, body } = await post('<soap:Envelope><soap:Body><ListPolicies>');
    expect(status).toBe(500);
    expect(body.Fault.faultcode).toBe('soap:Client');
  });

  it('publishes a challenge, takes an application and refuses a duplicate with a detail reason code', async () => {
    const published = await soap(
      'PublishChallenge',
      `<Challenge><Title><![CDATA[车规级芯片 & 封装]]></Title><Description><![CDATA[需求说明]]></Description><Publisher>无锡某半导体有限公司</Publisher>
       <PublisherType>企业</PublisherType><Industries><Industry>集成电路</Industry></Industries><TechnicalField>先进封装</TechnicalField>
       <Reward>123.45</Reward><Deadline>2099-01-31</Deadline><Requirements><![CDATA[良率≥99%]]></Requirements><Tags><Tag>车规</Tag></Tags></Challenge>`,
    );
    expect(published.status).toBe(200);
    const challenge = published.body.PublishChallengeResponse.Challenge;
    expect(challenge).toMatchObject({ Title: '车规级芯片 & 封装', Reward: '123.45', Status: '揭榜中', ApplicationCount: '0', PublisherType: '企业' });

    const application = `<ChallengeId>${challenge.Id}</ChallengeId><Application><ApplicantOrganization>江南大学</ApplicantOrganization>
      <ApplicantCity>wuxi</ApplicantCity><Proposal><![CDATA[方案 <v1>]]></Proposal><Contact><Name>张工</Name></Contact></Application>`;
    const submitted = await soap('SubmitApplication', application);
    expect(submitted.body.SubmitApplicationResponse.Application).toMatchObject({ ChallengeId: challenge.Id, Proposal: '方案 <v1>', Status: '已提交' });

    const duplicate = await soap('SubmitApplication', application);
    expect(duplicate.status).toBe(500);
    expect(duplicate.body.Fault).toMatchObject({ faultcode: 'soap:Client', detail: { KjyFault: { ReasonCode: 'DuplicateApplication' } } });

    const listed = await soap('ListApplications', `<ChallengeId>${challenge.Id}</ChallengeId>`);
    const applicationId = asList<Node>(listed.body.ListApplicationsResponse.Applications.Application)[0]!.Id;
    const reviewed = await soap('SetApplicationStatus', `<ApplicationId>${applicationId}</ApplicationId><Status>评审中</Status>`);
    expect(reviewed.body.SetApplicationStatusResponse.Application.Status).toBe('评审中');

    const closed = await soap('SetChallengeStatus', `<ChallengeId>${challenge.Id}</ChallengeId><Status>已关闭</Status>`);
    expect(closed.body.SetChallengeStatusResponse.Challenge).toMatchObject({ Status: '已关闭', ApplicationCount: '1' });
    const late = await soap('SubmitApplication', application.replace('江南大学', '无锡学院'));
    expect(late.body.Fault.detail.KjyFault.ReasonCode).toBe('ChallengeNotOpen');
  });

  it('refuses unknown ids and bad input with reason codes', async () => {
    const unknown = await soap('ListApplications', '<ChallengeId>WX-NO-SUCH</ChallengeId>');
    expect(unknown.body.Fault.detail.KjyFault.ReasonCode).toBe('RecordNotFound');
    const badStatus = await soap('SetChallengeStatus', `<ChallengeId>${localId(dataset.challenge[1]!)}</ChallengeId><Status>完成</Status>`);
    expect(badStatus.body.Fault.detail.KjyFault.ReasonCode).toBe('InvalidArgument');
    const badPage = await soap('ListCarriers', '<PageSize>1000</PageSize>');
    expect(badPage.body.Fault.detail.KjyFault.ReasonCode).toBe('InvalidArgument');
  });

  it('serves malformed records with an impossible date, an empty name or a placeholder reward, ids intact', async () => {
    running.faults.update({ malformedFraction: 1 });
    const policy = asList<Node>((await soap('ListPolicies', '<PageSize>1</PageSize>')).body.ListPoliciesResponse.Policies.Policy)[0]!;
    expect(policy.Id).toBe(localId(dataset.policy[0]!));
    expect(policy.PublishDate).toMatch(/^\d{4}-02-30$/);
    const carrier = asList<Node>((await soap('ListCarriers', '<PageSize>1</PageSize>')).body.ListCarriersResponse.Carriers.Carrier)[0]!;
    expect(carrier.Name).toBe('');
    const challenge = asList<Node>((await soap('ListChallenges', '<PageSize>1</PageSize>')).body.ListChallengesResponse.Challenges.Challenge)[0]!;
    expect(challenge.Reward).toBe('待定');
  });

  it('answers injected failures with a soap:Server Fault', async () => {
    running.faults.update({ errorRate: 1 });
    const { status, body } = await soap('ListPolicies');
    expect(status).toBe(500);
    expect(body.Fault.faultcode).toBe('soap:Server');
  });
});
