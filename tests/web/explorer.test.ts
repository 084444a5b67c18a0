/**
 * The explorer in a real browser against a real local corridor over loopback: the map, its
 * filters and cards, a Chinese search paged to its end, a list with facets, a challenge page,
 * English, and a phone's width. Screenshots go to web/screenshots/ for people to look at.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalCorridor, type LocalCorridor } from '../../sandbox/local-corridor.js';
import { ensureWebBuilt } from '../../web/build.js';
import { query } from '../e2e/helpers.js';
import { launchBrowser, openExplorer, PATIENTLY, PHONE, screenshot, type ExplorerPage } from './browser.js';

let corridor: LocalCorridor;
let browser: Browser;
const opened: ExplorerPage[] = [];

beforeAll(async () => {
  await ensureWebBuilt();
  [corridor, browser] = await Promise.all([startLocalCorridor({ ports: 'ephemeral', responseCacheSeconds: 0 }), launchBrowser()]);
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await corridor?.close();
});

async function open(path = '/', viewport?: { width: number; height: number }): Promise<Page> {
  const explorer = await openExplorer(browser, corridor.gateway.url, viewport, path);
  opened.push(explorer);
  return explorer.page;
}

/** The corridor's lists, one per kind the map shows (and the names of City.counts' fields). */
const LISTS = ['policies', 'carriers', 'challenges', 'financeProducts', 'talentServices', 'achievements', 'cooperationItems', 'technologyManagers', 'consortia'];

/** The records the map's canvas has finished drawing (pins, plus the records inside clusters). */
async function drawnRecords(page: Page): Promise<number> {
  const canvas = page.getByTestId('map-canvas');
  await expect.poll(async () => canvas.getAttribute('data-rendered-records'), PATIENTLY).not.toBeNull();
  return Number(await canvas.getAttribute('data-rendered-records'));
}

async function api<T = Record<string, any>>(document: string, variables: Record<string, unknown> = {}): Promise<T> {
  const result = await query<T>(corridor.graphqlUrl, document, variables);
  expect(result.errors).toBeUndefined();
  return result.data!;
}

/** Clicks "load more" until the list says it has shown everything (each page is one request, so bounded by the pages). */
async function pageToTheEnd(page: Page): Promise<void> {
  const end = page.getByTestId('list-end');
  const more = page.locator('button.more');
  for (let step = 0; step < 400 && (await end.count()) === 0; step++) {
    if (await more.count()) await more.click();
    else await page.waitForTimeout(50);
  }
  await end.waitFor();
}

/** Whether the page is wider than its viewport (a phone would scroll sideways). */
const scrollsSideways = (page: Page) => page.evaluate<boolean>('document.documentElement.scrollWidth > window.innerWidth');

// A test drives a whole page over a local corridor: minutes, not the default 30 s, on a loaded machine.
describe('the corridor explorer', { timeout: 120_000 }, () => {
  it('shows the nine members and, as pins or cluster counts, every record of every kind, from the gateway alone', async () => {
    const page = await open('/');
    const { cities, ...lists } = await api<{ cities: { slug: string; nameZh: string }[] } & Record<string, { totalCount: number }>>(`{ cities { slug nameZh } ${LISTS.map((list) => `${list} { totalCount }`).join(' ')} }`);
    expect(await drawnRecords(page)).toBe(Object.values(lists).reduce((sum, list) => sum + list.totalCount, 0));
    await expect.poll(() => page.locator('.member-chip').count(), PATIENTLY).toBe(9);
    for (const city of cities) await expect.poll(() => page.locator(`.member-chip[data-member="${city.slug}"]`).innerText(), PATIENTLY).toContain(city.nameZh);
    await screenshot(page, 'map');
  });

  it('redraws for the chosen kinds, and for one member when filtered by it', async () => {
    const page = await open('/');
    const all = await drawnRecords(page);
    const { carriers, challenges, city } = await api<{ carriers: { totalCount: number }; challenges: { totalCount: number }; city: { counts: Record<string, number> } }>(
      `{ carriers { totalCount } challenges { totalCount } city(slug: "nanjing") { counts { ${LISTS.join(' ')} } } }`,
    );
    for (const kind of await page.locator('input[name="kind"]').all()) {
      if (!['CARRIER', 'CHALLENGE'].includes((await kind.getAttribute('value'))!)) await kind.uncheck();
    }
    await expect.poll(() => drawnRecords(page), PATIENTLY).toBe(carriers.totalCount + challenges.totalCount);
    for (const kind of await page.locator('input[name="kind"]').all()) await kind.check();
    await expect.poll(() => drawnRecords(page), PATIENTLY).toBe(all);
    await page.locator('select[name="city"]').selectOption('nanjing');
    await expect.poll(() => drawnRecords(page), PATIENTLY).toBe(Object.values(city.counts).reduce((sum, count) => sum + count, 0));
  });

  it("opens a pin's card, whose jump link is the record's own url on its platform", async () => {
    const page = await open('/');
    await drawnRecords(page);
    await page.locator('.pin-list summary').click();
    // At the corridor's zoom the records stand in clusters: zoom into one until single pins show.
    const pins = page.locator('.pin-list button[data-pin-id]');
    for (let zooms = 0; zooms < 12 && (await pins.count()) === 0; zooms++) {
      await page.locator('.pin-list button[data-cluster-id]').first().click();
      await expect.poll(() => page.getByTestId('map-canvas').getAttribute('data-rendered-records'), PATIENTLY).not.toBeNull();
    }
    const pin = pins.first();
    const id = await pin.getAttribute('data-pin-id');
    await pin.click();
    const { node } = await api<{ node: { url: string; city: { nameZh: string } } }>('query ($id: ID!) { node(id: $id) { id ... on Policy { url city { nameZh } } ... on Carrier { url city { nameZh } } ... on Challenge { url city { nameZh } } ... on FinanceProduct { url city { nameZh } } ... on TalentService { url city { nameZh } } ... on Achievement { url city { nameZh } } ... on Cooperation { url city { nameZh } } ... on TechnologyManager { url city { nameZh } } ... on Consortium { url city { nameZh } } } }', { id });
    const jump = page.getByTestId('map-card').locator('a.jump');
    expect(await jump.getAttribute('href')).toBe(node.url);
    expect(await jump.innerText()).toContain(`在${node.city.nameZh}科创云平台查看`);
  });

  it("opens a member's card with the jump to its platform", async () => {
    const page = await open('/');
    await page.locator('.member-chip[data-member="suzhou"]').click();
    const { city } = await api<{ city: { platformUrl: string } }>('{ city(slug: "suzhou") { platformUrl } }');
    expect(await page.getByTestId('map-card').locator('a.jump').getAttribute('href')).toBe(city.platformUrl);
  });

  it('finds 芯片 across several members and pages to the end of the results', async () => {
    const page = await open(`/#/search?q=${encodeURIComponent('芯片')}`);
    const { search } = await api<{ search: { totalCount: number } }>('{ search(text: "芯片", first: 1) { totalCount } }');
    expect(search.totalCount).toBeGreaterThan(20);
    await page.locator('.record-card').first().waitFor();
    const members = new Set(await page.locator('.record-card .card-kicker').evaluateAll((kickers) => kickers.map((kicker) => kicker.textContent!.split('·')[1]!.trim())));
    expect(members.size).toBeGreaterThanOrEqual(2);
    await pageToTheEnd(page);
    expect(await page.locator('.cards > li').count()).toBe(search.totalCount);
    expect(await page.locator('mark').count()).toBeGreaterThan(0);
  });

  it('lists challenges with facet counts, and a member facet narrows the list to that member', async () => {
    const page = await open('/#/list/challenges');
    const { challenges, city } = await api<{ challenges: { totalCount: number }; city: { counts: { challenges: number } } }>('{ challenges { totalCount } city(slug: "wuxi") { counts { challenges } } }');
    await expect.poll(() => page.getByTestId('list-total').innerText(), PATIENTLY).toContain(String(challenges.totalCount));
    await page.waitForTimeout(300);
    await screenshot(page, 'list');
    await page.locator('[data-facet="cities"] input[value="wuxi"]').check();
    await expect.poll(() => page.getByTestId('list-total').innerText(), PATIENTLY).toContain(String(city.counts.challenges));
    // The members not chosen still show (their facet does not filter itself), so a second can be added.
    await expect.poll(() => page.locator('[data-facet="cities"] input').count(), PATIENTLY).toBe(9);
    const kickers = await page.locator('.record-card .card-kicker').allInnerTexts();
    expect(kickers.length).toBeGreaterThan(0);
    for (const kicker of kickers) expect(kicker).toContain('无锡市');
    const firstUrl = await page.locator('.record-card a.jump').first().getAttribute('href');
    const firstId = await page.locator('.record-card').first().getAttribute('data-record-id');
    const { node } = await api<{ node: { url: string } }>('query ($id: ID!) { node(id: $id) { ... on Challenge { url } } }', { id: firstId });
    expect(firstUrl).toBe(node.url);
  });

  it('lists every section of the marketplace with the API\'s count, cards of its kind and its own facets', async () => {
    const page = await open('/');
    const totals = await api<Record<string, { totalCount: number }>>(`{ ${LISTS.map((list) => `${list} { totalCount }`).join(' ')} }`);
    for (const list of LISTS) {
      await page.goto(`${corridor.gateway.url}/#/list/${list}`);
      await expect.poll(() => page.getByTestId('list-total').innerText(), PATIENTLY).toContain(String(totals[list]!.totalCount));
      expect(await page.locator('.list-page').getAttribute('data-section'), list).toBe(list);
      expect(await page.locator('.record-card').count(), list).toBeGreaterThan(0);
      expect(await page.locator('[data-facet="cities"] input').count(), list).toBeGreaterThan(0);
    }
  });

  it("shows a challenge with the carriers across the corridor that could take it on, and why", async () => {
    const page = await open(`/#/challenge/${encodeURIComponent('wuxi:challenge:WX-G-000001')}`);
    await page.locator('.challenge-page h2').waitFor();
    expect(await page.locator('.challenge-page h2').innerText()).toContain('Chiplet');
    await expect.poll(() => page.locator('.match').count(), PATIENTLY).toBeGreaterThan(0);
    expect(await page.locator('.match .reasons li').first().innerText()).toMatch(/共同|距离/);
    const memberNames = await page.locator('.match .card-kicker').allInnerTexts();
    expect(new Set(memberNames.map((kicker) => kicker.split('·')[1]!.trim())).size).toBeGreaterThanOrEqual(1);
    await screenshot(page, 'challenge');
  });

  it('shows a carrier with the open challenges it could take on', async () => {
    const { carriers } = await api<{ carriers: { edges: { node: { id: string } }[] } }>('{ carriers(first: 1, filter: { industries: [INTEGRATED_CIRCUITS] }) { edges { node { id } } } }');
    const page = await open(`/#/carrier/${encodeURIComponent(carriers.edges[0]!.node.id)}`);
    await expect.poll(() => page.locator('.carrier-page .match').count(), PATIENTLY).toBeGreaterThan(0);
    expect(await page.locator('.carrier-page .match .record-card').first().getAttribute('class')).toContain('kind-challenge');
  });

  it('speaks English at the toggle, labels included, and Chinese again', async () => {
    const page = await open('/#/list/challenges');
    await page.locator('[data-facet="industries"] .facet-label').first().waitFor();
    await page.locator('button.language').click();
    await expect.poll(() => page.locator('.site-nav').innerText(), PATIENTLY).toContain('Challenges');
    await expect.poll(() => page.locator('[data-facet="industries"]').innerText(), PATIENTLY).toContain('Integrated circuits');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.locator('button.language').click();
    await expect.poll(() => page.locator('.site-nav').innerText(), PATIENTLY).toContain('技术对接');
  });

  it('fits a phone: the map and a list without sideways scrolling', async () => {
    const map = await open('/', PHONE);
    await drawnRecords(map);
    expect(await scrollsSideways(map)).toBe(false);
    await screenshot(map, 'map-phone');
    const list = await open('/#/list/policies', PHONE);
    await list.locator('.record-card').first().waitFor();
    expect(await scrollsSideways(list)).toBe(false);
    await screenshot(list, 'list-phone');
  });

  it('asked nothing of any other origin and threw no script error', () => {
    expect(opened.flatMap((explorer) => explorer.foreignRequests)).toEqual([]);
    expect(opened.flatMap((explorer) => explorer.pageErrors)).toEqual([]);
  });
});
