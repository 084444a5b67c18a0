import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adapterFactoryFor } from '../../adapters/index.js';
import type { CityAdapter } from '../../adapters/kit/adapter.js';
import { PlatformError } from '../../adapters/kit/errors.js';
import { findMarkedApplication, findMarkedChallenge, writeMarkerOf } from '../../adapters/kit/write-marker.js';
import { parseGlobalId } from '../../schema/contract.js';
import { MEMBERS, getMember } from '../../schema/registry.js';
import { buildMemberDataset } from '../../sandbox/dataset/index.js';
import { StandInAdmin } from '../../sandbox/kit/admin-client.js';
import { startStandIn, type RunningStandIn } from '../../sandbox/kit/stand-in.js';
import { sandboxFactsFor, standInFor } from '../../sandbox/platforms/index.js';
import { newChallengeFor } from '../conformance/kit.js';

const localIdOf = (id: string) => parseGlobalId(id)!.localId;

async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => new Error('the write was answered'),
    (caught: unknown) => caught,
  );
}

describe.each(MEMBERS.map((member) => member.slug))('%s with lost answers', (slug) => {
  const member = getMember(slug);
  let platform: RunningStandIn;
  let adapter: CityAdapter;
  let admin: StandInAdmin;

  beforeAll(async () => {
    platform = await startStandIn({ member, dataset: buildMemberDataset(slug), dialect: standInFor(slug) });
    adapter = adapterFactoryFor(slug)({ member, baseUrl: platform.url, credentials: sandboxFactsFor(member.slug).credentials, http: { retry: { maxRetries: 0 } } });
    admin = new StandInAdmin(platform.url);
  });
  afterAll(async () => {
    await adapter.close();
    await platform.close();
  });

  it('applies each write, drops its answer, answers reads meanwhile, and answers again once the count is spent', async () => {
    await admin.setFaults({ lostAnswers: 3 });
    // Reads (a token request included) spend nothing.
    await adapter.probe();
    expect((await admin.faults()).lostAnswers).toBe(3);

    const challengeMarker = writeMarkerOf('lost-answers-test', `${slug}-challenge`);
    const lostCreate = await failure(adapter.createChallenge({ ...newChallengeFor(member.nameZh), writeMarker: challengeMarker }));
    expect(lostCreate).toBeInstanceOf(PlatformError);
    expect(lostCreate).toMatchObject({ code: 'PLATFORM_UNAVAILABLE' });
    const made = await findMarkedChallenge(adapter, challengeMarker);
    expect(made).toEqual({ record: expect.objectContaining({ title: newChallengeFor(member.nameZh).title, writeMarker: challengeMarker }) });
    const challenge = (made as { record: { id: string } }).record;
    const marked = (await adapter.list('challenge')).records.filter((record) => record.writeMarker === challengeMarker);
    expect(marked).toHaveLength(1);

    const applicationMarker = writeMarkerOf('lost-answers-test', `${slug}-application`);
    const lostApplication = await failure(
      adapter.submitApplication(localIdOf(challenge.id), {
        challengeId: challenge.id,
        applicantOrganization: '苏州某先进封装研究院',
        applicantCity: 'suzhou',
        proposal: '采用临时键合与应力补偿层方案。',
        contact: { name: '王工', phone: '0512-66668888', email: null },
        writeMarker: applicationMarker,
      }),
    );
    expect(lostApplication).toMatchObject({ code: 'PLATFORM_UNAVAILABLE' });
    const applied = await findMarkedApplication(adapter, localIdOf(challenge.id), applicationMarker);
    expect(applied).toEqual({ record: expect.objectContaining({ challengeId: challenge.id, status: 'SUBMITTED' }) });
    const application = (applied as { record: { id: string } }).record;

    expect(await failure(adapter.setApplicationStatus(localIdOf(application.id), 'UNDER_REVIEW'))).toMatchObject({ code: 'PLATFORM_UNAVAILABLE' });
    expect((await adapter.listApplications(localIdOf(challenge.id))).map((a) => a.status)).toEqual(['UNDER_REVIEW']);

    expect((await admin.faults()).lostAnswers).toBe(0);
    expect(await adapter.setChallengeStatus(localIdOf(challenge.id), 'CLOSED')).toMatchObject({ id: challenge.id, status: 'CLOSED' });
  });
});
