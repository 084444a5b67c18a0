/**
 * A caller's bad input, through the gateway of a whole local corridor: every refusal is
 * BAD_USER_INPUT (or INVALID_ID) naming the field, never CORRIDOR_UNAVAILABLE, never an internal
 * message; and a normal query works right after. Property runs are bounded (60 each).
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoKey } from '../../sandbox/identities.js';
import { startLocalCorridor, type LocalCorridor } from '../../sandbox/local-corridor.js';
import { MEMBERS } from '../../schema/registry.js';
import { expectHonest, expectUserError, post, type Answer } from './http.js';

let corridor: LocalCorridor;
let url: string;

beforeAll(async () => {
  corridor = await startLocalCorridor({ ports: 'ephemeral' });
  url = corridor.graphqlUrl;
});

afterAll(async () => {
  await corridor?.close();
});

const cursorOf = (parts: unknown) => Buffer.from(JSON.stringify(parts)).toString('base64url');
const LIST = `query ($after: String, $filter: ChallengeFilter) { challenges(filter: $filter, after: $after, first: 2) { totalCount edges { cursor } } }`;

async function expectNormalQueryWorks(): Promise<void> {
  const answer = await post(url, `{ challenges(first: 1, orderBy: REWARD) { totalCount edges { node { id } } } }`);
  expect(answer.errors).toBeUndefined();
  expect(answer.data!['challenges'].totalCount).toBeGreaterThan(0);
}

describe('bad dates', () => {
  it('refuses a month 13 literal as BAD_USER_INPUT naming filter.deadline.from, not CORRIDOR_UNAVAILABLE', async () => {
    const answer = await post(url, `{ challenges(filter: { deadline: { from: "2027-13-01" } }) { totalCount } }`);
    expect(answer.status).toBe(200);
    const error = expectUserError(answer, 'BAD_USER_INPUT', 'filter.deadline.from');
    expect(error.message).toContain('2027-13-01');
    await expectNormalQueryWorks();
  });

  it('refuses "yesterday" as a published date', async () => {
    expectUserError(await post(url, `{ challenges(filter: { published: { from: "yesterday" } }) { totalCount } }`), 'BAD_USER_INPUT', 'filter.published.from');
    expectUserError(await post(url, `{ policies(filter: { effective: { to: "2026-02-29" } }) { totalCount } }`), 'BAD_USER_INPUT', 'filter.effective.to');
  });

  it('refuses a Date variable of 2028-02-30, naming the variable and the path inside it', async () => {
    const direct = await post(url, `query ($d: Date) { challenges(filter: { deadline: { from: $d } }) { totalCount } }`, { d: '2028-02-30' });
    expect(direct.status).toBe(200);
    expectUserError(direct, 'BAD_USER_INPUT', '$d');
    const nested = await post(url, LIST, { filter: { deadline: { to: '2028-02-30' } } });
    expectUserError(nested, 'BAD_USER_INPUT', '$filter.deadline.to');
    await expectNormalQueryWorks();
  });

  it('accepts real dates, including 29 February of a leap year', async () => {
    const answer = await post(url, `{ challenges(filter: { deadline: { from: "2028-02-29", to: "2030-12-31" } }) { totalCount } }`);
    expect(answer.errors).toBeUndefined();
  });

  it('answers a variable of the wrong type at the gateway itself as BAD_USER_INPUT naming it', async () => {
    const answer = await post(url, `query ($n: Int) { challenges(first: $n) { totalCount } }`, { n: 'twenty' });
    expect(answer.status).toBe(400);
    expectUserError(answer, 'BAD_USER_INPUT', '$n');
  });
});

describe('crafted cursors', () => {
  const crafted: [string, string][] = [
    ['garbage', '%%%not-base64%%%'],
    ['base64 of text that is not JSON', Buffer.from('hello world').toString('base64url')],
    ['base64 of an object', cursorOf({ orderBy: 'challenge:NEWEST' })],
    ['an object as ordering value (SQLite would take it as named parameters)', cursorOf(['challenge:NEWEST', { a: 1 }, 'x'])],
    ['SQL as ordering value and id', cursorOf(['challenge:NEWEST', "'; DROP TABLE records; --", "x' OR '1'='1"])],
    ['a huge number for a text ordering', cursorOf(['challenge:NEWEST', 1e308, 'nanjing:challenge:1'])],
    ['a number JSON reads as Infinity', Buffer.from('["challenge:REWARD",1e400,"a"]').toString('base64url')],
    ['an id that is a number', cursorOf(['challenge:NEWEST', '2026-01-01', 42])],
    ['too many parts', cursorOf(['challenge:NEWEST', '2026-01-01', 'x', 'y'])],
    ['another list', cursorOf(['policy:NEWEST', '2026-01-01', 'nanjing:policy:1'])],
  ];

  it.each(crafted)('refuses %s as BAD_USER_INPUT naming after', async (_, cursor) => {
    expectUserError(await post(url, LIST, { after: cursor }), 'BAD_USER_INPUT', 'after');
    expectUserError(await post(url, `query ($after: String) { search(text: "芯片", after: $after) { totalCount } }`, { after: cursor }), 'BAD_USER_INPUT', 'after');
  });

  it('still pages with the cursors it issued, after refusing crafted ones', async () => {
    const first = await post(url, LIST);
    const endCursor = first.data!['challenges'].edges[1].cursor;
    const next = await post(url, LIST, { after: endCursor });
    expect(next.errors).toBeUndefined();
    expect(next.data!['challenges'].edges[0].cursor).not.toBe(endCursor);
  });
});

describe('filters, ids and names out of range', () => {
  const refusals: [string, string, string][] = [
    ['a latitude of 1000', `{ carriers(filter: { near: { center: { lat: 1000, lng: 120 }, radiusKm: 5 } }) { totalCount } }`, 'filter.near.center.lat'],
    ['a radius of 0', `{ carriers(filter: { near: { center: { lat: 31, lng: 120 }, radiusKm: 0 } }) { totalCount } }`, 'filter.near.radiusKm'],
    ['a longitude of 500 in a box', `{ carriers(filter: { within: { south: 30, west: 500, north: 32, east: 121 } }) { totalCount } }`, 'filter.within.west'],
    ['a negative reward', `{ challenges(filter: { reward: { minYuan: -5 } }) { totalCount } }`, 'filter.reward.minYuan'],
    ['a minimum above the maximum', `{ policies(filter: { maxSupport: { minYuan: 10, maxYuan: 1 } }) { totalCount } }`, 'filter.maxSupport'],
    ['a negative free area', `{ carriers(filter: { minFreeArea: -1 }) { totalCount } }`, 'filter.minFreeArea'],
    ['a page of 0', `{ challenges(first: 0) { totalCount } }`, 'first'],
    ['a page of 1000', `{ search(text: "芯片", first: 1000) { totalCount } }`, 'first'],
    ['an unknown member in a filter', `{ challenges(filter: { cities: ["atlantis"] }) { totalCount } }`, 'filter.cities'],
    ['an unknown member in a search', `{ search(text: "芯片", cities: ["atlantis"]) { totalCount } }`, 'cities'],
    ['search text of punctuation only', `{ search(text: "*** ()") { totalCount } }`, 'text'],
  ];

  it.each(refusals)('refuses %s as BAD_USER_INPUT naming the field', async (_, document, field) => {
    expectUserError(await post(url, document), 'BAD_USER_INPUT', field);
  });

  it('refuses an id that is not a global id as INVALID_ID naming id, and finds a real one', async () => {
    expectUserError(await post(url, `{ node(id: "nanjing:policy") { id } }`), 'INVALID_ID', 'id');
    expectUserError(await post(url, `{ node(id: "atlantis:policy:1") { id } }`), 'INVALID_ID', 'id');
    const real = await post(url, `{ node(id: "wuxi:challenge:WX-G-000001") { id } }`);
    expect(real.data!['node']).toEqual({ id: 'wuxi:challenge:WX-G-000001' });
  });
});

describe('search text is literal', () => {
  const texts = ['"', '"芯片', '芯片*', 'NEAR(芯片 人才)', 'robot OR chip', 'AND', 'NOT robot', '-chip', '^chip', 'title:芯片', '(人才)', "'; DROP TABLE records; --", '😀 robot', 'x', '芯', '\\', '%_%'];

  it.each(texts)('searches %j without an error other than "nothing searchable"', async (text) => {
    const answer = await post(url, `query ($text: String!) { search(text: $text, first: 3) { totalCount edges { snippet } } }`, { text });
    expectHonest(answer);
    for (const error of answer.errors ?? []) expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'text' });
  });

  it('finds a word among operators as the word itself', async () => {
    const plain = await post(url, `{ search(text: "robot") { totalCount } }`);
    const decorated = await post(url, `{ search(text: "\\"robot\\"*") { totalCount } }`);
    expect(decorated.data!['search'].totalCount).toBe(plain.data!['search'].totalCount);
  });
});

describe('write text', () => {
  const NANJING = { authorization: `Bearer ${demoKey('org-nanjing-zijinshan')}` };
  const PUBLISH = `mutation ($input: PublishChallengeInput!, $key: String!) {
    publishChallenge(input: $input, idempotencyKey: $key) { challenge { id ... on Challenge { title description tags } } }
  }`;
  const input = (overrides: Record<string, unknown>) => ({
    city: 'nanjing',
    title: '宽禁带半导体器件可靠性试验方法攻关',
    description: '建立宽禁带功率器件加速寿命试验方法。\n第二阶段：形成行业标准草案。',
    publisherKind: 'RESEARCH_INSTITUTE',
    industries: ['INTEGRATED_CIRCUITS'],
    technicalField: '功率半导体',
    rewardYuan: 2_000_000,
    deadline: '2028-06-30',
    requirements: '具备可靠性实验室',
    ...overrides,
  });
  let keys = 0;
  const publish = (overrides: Record<string, unknown>) => post(url, PUBLISH, { input: input(overrides), key: `write-text-${++keys}-${Date.now()}` }, NANJING);

  const refused: [string, Record<string, unknown>, string][] = [
    ['a right-to-left override in a title', { title: '芯片\u202Egnp.exe攻关项目' }, 'input.title'],
    ['a bidi isolate in a technical field', { technicalField: '功率\u2066半导体' }, 'input.technicalField'],
    ['NUL in a description', { description: '建立宽禁带功率器件\u0000加速寿命试验方法。' }, 'input.description'],
    ['a terminal escape in requirements', { requirements: '具备\u001b[31m可靠性实验室' }, 'input.requirements'],
    ['a C1 control in a title', { title: '宽禁带半导体\u0085器件攻关' }, 'input.title'],
    ['a line break in a title', { title: '宽禁带半导体\n器件攻关' }, 'input.title'],
    ['a lone surrogate in a title', { title: '宽禁带半导体\uD800器件攻关' }, 'input.title'],
    ['a control character in a tag', { tags: ['芯片\u0007'] }, 'input.tags'],
  ];

  it.each(refused)('refuses %s as BAD_USER_INPUT naming the field', async (_, overrides, field) => {
    expectUserError(await publish(overrides), 'BAD_USER_INPUT', field);
  });

  it('stores HTML as text, returns it verbatim in JSON, and keeps line breaks in long text', async () => {
    const title = '<script>alert("攻关")</script><b>芯片</b>';
    const answer = await publish({ title });
    expect(answer.errors).toBeUndefined();
    expect(answer.contentType).toMatch(/^application\/(graphql-response\+)?json/);
    expect(answer.data!['publishChallenge'].challenge).toMatchObject({ title, description: input({}).description });
  });

  it('stores text in NFC', async () => {
    const answer = await publish({ title: 'Cafe\u0301 芯片攻关项目' });
    expect(answer.errors).toBeUndefined();
    expect(answer.data!['publishChallenge'].challenge.title).toBe('Caf\u00e9 芯片攻关项目');
  });
});

describe('properties: whatever a caller sends, the answer is honest', () => {
  const RUNS = { numRuns: 60 };
  const slugs = MEMBERS.map((member) => member.slug);
  const someText = fc.oneof(fc.string({ maxLength: 30 }), fc.string({ unit: 'binary', maxLength: 30 }), fc.string({ unit: 'grapheme', maxLength: 30 }));
  const date = fc.oneof(
    fc.date({ noInvalidDate: true, min: new Date('1900-01-01'), max: new Date('2999-12-31') }).map((d) => d.toISOString().slice(0, 10)),
    fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 })).map(([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
    someText,
  );
  const number = fc.double({ noNaN: true, noDefaultInfinity: true });
  const range = fc.record({ from: date, to: date }, { requiredKeys: [] });
  const money = fc.record({ minYuan: number, maxYuan: number }, { requiredKeys: [] });
  const challengeFilter = fc.record(
    {
      cities: fc.array(fc.oneof(fc.constantFrom(...slugs), someText), { maxLength: 3 }),
      statuses: fc.subarray(['OPEN', 'UNDER_REVIEW', 'AWARDED', 'CLOSED']),
      industries: fc.subarray(['INTEGRATED_CIRCUITS', 'ARTIFICIAL_INTELLIGENCE', 'OTHER']),
      text: someText,
      published: range,
      deadline: range,
      reward: money,
    },
    { requiredKeys: [] },
  );
  const carrierFilter = fc.record(
    {
      minFreeArea: number,
      near: fc.record({ center: fc.record({ lat: number, lng: number }), radiusKm: number }),
      within: fc.record({ south: number, west: number, north: number, east: number }),
    },
    { requiredKeys: [] },
  );
  const markers = fc.constantFrom('challenge:NEWEST', 'challenge:REWARD', 'search', 'policy:NEWEST', 'carrier:DISTANCE');
  const cursor = fc.oneof(
    fc.string({ maxLength: 60 }),
    fc.base64String({ maxLength: 60 }),
    fc.jsonValue({ maxDepth: 2 }).map(cursorOf),
    fc.tuple(markers, fc.jsonValue({ maxDepth: 1 }), fc.jsonValue({ maxDepth: 1 })).map(cursorOf),
  );
  const id = fc.oneof(
    someText,
    fc.tuple(fc.oneof(fc.constantFrom(...slugs), someText), fc.constantFrom('policy', 'carrier', 'challenge', 'application', 'x'), someText).map((parts) => parts.join(':')),
  );
  const searchText = fc.oneof(
    someText,
    fc
      .array(fc.constantFrom('"', '*', 'NEAR(', 'OR', 'AND', 'NOT', '-', '^', ':', '(', ')', "'; DROP TABLE x; --", '😀', '芯片', '人', 'robot', ' ', '{', '+', '\\', '%'), { minLength: 1, maxLength: 8 })
      .map((tokens) => tokens.join('')),
  );

  /** Honest, and any refusal is the caller's: a user-input code naming a field. */
  function expectCallerRefusalOnly(answer: Answer): void {
    expectHonest(answer);
    for (const error of answer.errors ?? []) {
      expect(['BAD_USER_INPUT', 'INVALID_ID'], JSON.stringify(error)).toContain(error.extensions?.['code']);
      expect(error.extensions?.['field'], JSON.stringify(error)).toEqual(expect.any(String));
    }
  }

  it('challenge filters', async () => {
    await fc.assert(fc.asyncProperty(challengeFilter, async (filter) => expectCallerRefusalOnly(await post(url, LIST, { filter }))), RUNS);
  });

  it('carrier filters, with distance ordering', async () => {
    const CARRIERS = `query ($filter: CarrierFilter) { carriers(filter: $filter, orderBy: DISTANCE, first: 2) { totalCount edges { distanceKm } } }`;
    await fc.assert(
      fc.asyncProperty(carrierFilter, async (filter) => {
        const answer = await post(url, CARRIERS, { filter });
        expectCallerRefusalOnly(answer);
      }),
      RUNS,
    );
  });

  it('cursors', async () => {
    const SEARCH = `query ($after: String) { search(text: "芯片", after: $after, first: 2) { totalCount } }`;
    await fc.assert(
      fc.asyncProperty(cursor, async (after) => {
        expectCallerRefusalOnly(await post(url, LIST, { after }));
        expectCallerRefusalOnly(await post(url, SEARCH, { after }));
      }),
      RUNS,
    );
  });

  it('ids', async () => {
    await fc.assert(
      fc.asyncProperty(id, async (nodeId) => {
        const answer = await post(url, `query ($id: ID!) { node(id: $id) { id } }`, { id: nodeId });
        // A well-formed id of no record is not the caller's mistake in form: NOT_FOUND naming its member and the id.
        const [notFound, refusals] = [(answer.errors ?? []).filter((error) => error.extensions?.['code'] === 'NOT_FOUND'), (answer.errors ?? []).filter((error) => error.extensions?.['code'] !== 'NOT_FOUND')];
        for (const error of notFound) expect(error.extensions).toMatchObject({ city: nodeId.split(':')[0], id: nodeId });
        expectCallerRefusalOnly({ ...answer, errors: refusals.length > 0 ? refusals : undefined });
      }),
      RUNS,
    );
  });

  it('search text', async () => {
    const SEARCH = `query ($text: String!) { search(text: $text, first: 3) { totalCount edges { score snippet } } }`;
    await fc.assert(fc.asyncProperty(searchText, async (text) => expectCallerRefusalOnly(await post(url, SEARCH, { text }))), RUNS);
  });

  it('leaves normal queries working after all of that', expectNormalQueryWorks);
});
