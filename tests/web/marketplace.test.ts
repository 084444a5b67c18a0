/**
 * 揭榜挂帅 through the explorer in a real browser: validation messages from the API's codes and
 * fields, publish with one demo key, see it listed, apply with another, the publisher's view
 * and award, the applicant's view; then a member's platform in outage: the page names it and
 * shows the rest, and a write made meanwhile shows pending and turns delivered without a reload.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StandInAdmin } from '../../sandbox/kit/admin-client.js';
import { demoKey } from '../../sandbox/identities.js';
import { startLocalCorridor, type LocalCorridor } from '../../sandbox/local-corridor.js';
import { ensureWebBuilt } from '../../web/build.js';
import { launchBrowser, openExplorer, PATIENTLY, screenshot, type ExplorerPage } from './browser.js';

const ZIJINSHAN = demoKey('org-nanjing-zijinshan');
const NANO_PACKAGING = demoKey('org-suzhou-nano-packaging');
const TITLE = '面向6G的太赫兹片上天线封装集成技术攻关（浏览器测试）';

let corridor: LocalCorridor;
let browser: Browser;
const opened: ExplorerPage[] = [];

beforeAll(async () => {
  await ensureWebBuilt();
  [corridor, browser] = await Promise.all([
    startLocalCorridor({
      ports: 'ephemeral',
      syncIntervalMs: 300,
      outbox: { initialRetryMs: 100, maxRetryMs: 400 },
      responseCacheSeconds: 0,
      // A platform back from an outage is called again within half a second.
      platformHttp: { retry: { maxRetries: 0 }, breaker: { cooldownMs: 500 } },
    }),
    launchBrowser(),
  ]);
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await corridor?.close();
});

/** A browser tab of its own (own session storage) signed in with `key` on the 我要发榜 / 我要揭榜 page. */
async function signedIn(key: string): Promise<Page> {
  const explorer = await openExplorer(browser, corridor.gateway.url, undefined, '/#/marketplace');
  opened.push(explorer);
  const { page } = explorer;
  await page.locator('input[name="apiKey"]').fill(key);
  await page.locator('.sign-in button[type="submit"]').click();
  await page.locator('.publish-form').waitFor();
  return page;
}

async function fillChallenge(page: Page, values: { city: string; deadline: string; industries: string[]; title?: string }) {
  const form = page.locator('.publish-form');
  await form.locator('select[name="city"]').selectOption(values.city);
  await form.locator('input[name="title"]').fill(values.title ?? TITLE);
  await form.locator('input[name="technicalField"]').fill('射频集成电路');
  await form.locator('textarea[name="description"]').fill('研制工作频段 220–330GHz 的片上天线与封装一体化方案，插损与辐射效率达到国际先进水平。');
  await form.locator('textarea[name="requirements"]').fill('具备太赫兹测试平台');
  await form.locator('select[name="publisherKind"]').selectOption('RESEARCH_INSTITUTE');
  for (const box of await form.locator('input[name="industries"]').all()) await box.setChecked(values.industries.includes((await box.getAttribute('value'))!));
  await form.locator('input[name="rewardYuan"]').fill('3000000');
  await form.locator('input[name="deadline"]').fill(values.deadline);
}

async function publish(page: Page): Promise<void> {
  await page.locator('.publish-form button[type="submit"]').click();
}

const fieldError = (page: Page, field: string) => page.locator(`.field-error[data-field="${field}"]`);

// A test drives a whole page over a local corridor: minutes, not the default 30 s, on a loaded machine.
describe('我要发榜 / 我要揭榜 in the explorer', { timeout: 120_000 }, () => {
  let challengeId: string;

  it("shows the API's refusals at the fields they name, in the page's words", async () => {
    const page = await signedIn(ZIJINSHAN);
    await fillChallenge(page, { city: 'suzhou', deadline: '2028-03-31', industries: ['INTEGRATED_CIRCUITS'] });
    await publish(page);
    await expect.poll(() => fieldError(page, 'city').getAttribute('data-code'), PATIENTLY).toBe('FORBIDDEN');
    expect(await fieldError(page, 'city').innerText()).toContain('只能在本单位所属的成员城市发榜');

    await fillChallenge(page, { city: 'nanjing', deadline: '2020-01-01', industries: ['INTEGRATED_CIRCUITS'] });
    await publish(page);
    await expect.poll(() => fieldError(page, 'deadline').getAttribute('data-code'), PATIENTLY).toBe('DEADLINE_IN_PAST');
    expect(await fieldError(page, 'deadline').innerText()).toContain('截止日期须晚于今天');
    expect(await fieldError(page, 'city').count()).toBe(0);

    await fillChallenge(page, { city: 'nanjing', deadline: '2028-03-31', industries: [] });
    await publish(page);
    await expect.poll(() => fieldError(page, 'industries').getAttribute('data-code'), PATIENTLY).toBe('BAD_USER_INPUT');
  });

  it('publishes with one demo key, delivered, and the challenge is listed at once', async () => {
    const page = await signedIn(ZIJINSHAN);
    await fillChallenge(page, { city: 'nanjing', deadline: '2028-03-31', industries: ['INTEGRATED_CIRCUITS', 'CYBERSECURITY'] });
    await publish(page);
    await expect.poll(() => page.getByTestId('receipt').getAttribute('data-state'), PATIENTLY).toBe('DELIVERED');
    expect(await page.getByTestId('receipt').innerText()).toContain('已送达南京市平台');
    const link = page.locator('.published a');
    challengeId = decodeURIComponent((await link.getAttribute('href'))!.replace('#/challenge/', ''));
    expect(challengeId).toMatch(/^nanjing:challenge:/);

    await page.goto(`${corridor.gateway.url}/#/list/challenges`);
    await page.locator('.text-filter input').fill('太赫兹片上天线');
    await page.locator('.text-filter button').click();
    await expect.poll(() => page.locator(`.record-card[data-record-id="${challengeId}"]`).count(), PATIENTLY).toBe(1);
  });

  it('applies with another demo key from the challenge page', async () => {
    const page = await signedIn(NANO_PACKAGING);
    await page.goto(`${corridor.gateway.url}/#/challenge/${encodeURIComponent(challengeId)}`);
    const form = page.locator('.apply-form');
    await form.locator('textarea[name="proposal"]').fill('采用晶圆级扇出封装与低损耗介质集成天线阵列，18个月完成样片与测试验证。');
    await form.locator('input[name="contact.name"]').fill('陈工');
    await form.locator('input[name="contact.phone"]').fill('0512-65880000');
    await form.locator('button[type="submit"]').click();
    await expect.poll(() => form.getByTestId('receipt').getAttribute('data-state'), PATIENTLY).toBe('DELIVERED');
  });

  it("shows the application in the publisher's view of its challenges, and awards it there", async () => {
    const page = await signedIn(ZIJINSHAN);
    const mine = page.getByTestId('my-challenges').locator(`.my-challenge[data-record-id="${challengeId}"]`);
    const application = mine.locator('.application').filter({ hasText: '苏州纳米先进封装研究院' });
    await application.waitFor();
    expect(await application.getAttribute('data-status')).toBe('SUBMITTED');
    await screenshot(page, 'publisher-view');
    await application.getByRole('button', { name: '确定揭榜方' }).click();
    await expect.poll(() => application.getAttribute('data-status'), PATIENTLY).toBe('AWARDED');
    await expect.poll(() => mine.locator('.record-card .pill').first().innerText(), PATIENTLY).toBe('已揭榜');
    // The challenge's own page shows the same, from the same normalised cache entry.
    await page.goto(`${corridor.gateway.url}/#/challenge/${encodeURIComponent(challengeId)}`);
    await expect.poll(() => page.locator('.challenge-page > .card-kicker').innerText(), PATIENTLY).toContain('已揭榜');
  });

  it("shows the applicant its application, awarded, in its own view", async () => {
    const page = await signedIn(NANO_PACKAGING);
    const mine = page.getByTestId('applicant-view').locator('.application').filter({ hasText: TITLE });
    await mine.waitFor();
    expect(await mine.getAttribute('data-status')).toBe('AWARDED');
  });

  describe('with the Nanjing platform in outage', () => {
    const nanjing = () => new StandInAdmin(corridor.sandbox.urlOf('nanjing'));
    afterAll(async () => {
      await nanjing().resetFaults();
    });

    it('names the member and still shows every other member', async () => {
      await nanjing().setFaults({ outage: true });
      const explorer = await openExplorer(browser, corridor.gateway.url, undefined, '/#/list/challenges');
      opened.push(explorer);
      const { page } = explorer;
      // DOWN after its syncs fail (a loaded machine may show others DEGRADED for lag meanwhile; only Nanjing is down).
      const down = page.getByTestId('members-banner').locator('p[data-state="DOWN"]');
      await expect.poll(() => down.innerText().catch(() => ''), PATIENTLY).toContain('南京市');
      expect(await down.innerText()).not.toContain('苏州市');
      await page.locator('[data-facet="cities"] input[value="suzhou"]').check();
      await expect.poll(() => page.locator('.record-card .card-kicker').first().innerText().catch(() => ''), PATIENTLY).toContain('苏州市');
      await screenshot(page, 'member-down');
    });

    it('shows a write to it as pending, and as delivered once the platform is back, without a reload', async () => {
      const page = await signedIn(ZIJINSHAN);
      await fillChallenge(page, { city: 'nanjing', deadline: '2028-06-30', industries: ['INTEGRATED_CIRCUITS'], title: '太赫兹封装测试夹具研制（平台中断期间发布）' });
      await publish(page);
      const receipt = page.getByTestId('receipt');
      await expect.poll(() => receipt.getAttribute('data-state'), PATIENTLY).toBe('PENDING');
      expect(await receipt.innerText()).toContain('待送达');
      await nanjing().resetFaults();
      await expect.poll(() => receipt.getAttribute('data-state'), PATIENTLY).toBe('DELIVERED');
    });

    it('lets the publisher stop the delivered challenge taking applications, for review', async () => {
      const page = await signedIn(ZIJINSHAN);
      const mine = page.getByTestId('my-challenges').locator('.my-challenge').filter({ hasText: '平台中断期间发布' });
      await mine.getByRole('button', { name: '截止揭榜，进入评审' }).click();
      await expect.poll(() => mine.locator('.record-card .pill').first().innerText(), PATIENTLY).toBe('评审中');
    });
  });

  it('asked nothing of any other origin and threw no script error', () => {
    expect(opened.flatMap((explorer) => explorer.foreignRequests)).toEqual([]);
    expect(opened.flatMap((explorer) => explorer.pageErrors)).toEqual([]);
  });
});
