/**
 * A real browser for the explorer's tests: Debian's Chromium (`.ci/run` installs it with apt when
 * it is missing; nothing is ever downloaded), driven by playwright-core, each launch with a fresh
 * profile of its own (Playwright makes a new user-data-dir per launch). Every page is held to the
 * gateway's own origin: any request elsewhere (a CDN, a tile server, a web font) is refused and
 * recorded, and the tests expect none.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** Flags that let Chromium run headless as root in a container, and keep it from calling home. */
const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Where the tests write their screenshots (git ignores it); people look at them. */
export const SCREENSHOTS = fileURLToPath(new URL('../../web/screenshots/', import.meta.url));

/**
 * How long a test waits for the page to show something: the default second of expect.poll is
 * too short for a page that asks a local corridor on a loaded two-core machine.
 */
export const PATIENTLY = { timeout: 20_000 };

export const DESKTOP = { width: 1366, height: 900 };
/** A phone's CSS viewport (iPhone 12–15). */
export const PHONE = { width: 390, height: 844 };

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_FLAGS });
}

export interface ExplorerPage {
  page: Page;
  context: BrowserContext;
  /** Requests the page tried to make to any other origin than the gateway's. */
  foreignRequests: string[];
  /** Errors the page's scripts threw. */
  pageErrors: string[];
}

/** A new page in its own context (own storage), allowed to reach the gateway's origin only. */
export async function openExplorer(browser: Browser, gatewayUrl: string, viewport = DESKTOP, path = '/'): Promise<ExplorerPage> {
  const context = await browser.newContext({ viewport, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  const origin = new URL(gatewayUrl).origin;
  const foreignRequests: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin}/`) || url.startsWith('data:')) return route.continue();
    foreignRequests.push(url);
    return route.abort();
  });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(`${origin}${path}`);
  return { page, context, foreignRequests, pageErrors };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage: false });
  return path;
}
