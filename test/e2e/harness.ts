import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import axe from 'axe-core';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import type { Config } from '../../src/server/config.ts';
import { type RunningKring, startKring } from '../../src/server/main.ts';

/**
 * End-to-end harness: the real server (in-memory PGlite, demo gemeente) serving the *built*
 * web app, driven by Debian's Chromium. `npm run test:e2e` builds the app first.
 * Never let Playwright download a browser: we use the system one.
 */

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Headless and quiet: no sandbox (containers run as root), no calls home, no GPU. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** WCAG 2.1 level A and AA: the bar in DESIGN.md §4. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

const WEB_INDEX = fileURLToPath(new URL('../../dist/web/index.html', import.meta.url));

/** The smallest phone we design for, and a common laptop. */
export const PHONE = { width: 360, height: 740 } as const;
export const DESKTOP = { width: 1280, height: 900 } as const;

export interface OpenOptions {
  viewport?: { width: number; height: number };
  /** Console errors the test provokes on purpose (e.g. a failing API answer). */
  expectedConsoleErrors?: RegExp;
  /** Runs before the first navigation, e.g. to make an API call fail with `page.route`. */
  before?: (page: Page) => Promise<unknown>;
}

export interface E2E {
  /** Base URL of the running Kring, e.g. http://127.0.0.1:41234 */
  readonly url: string;
  readonly browser: Browser;
  /** The running server (services, database), e.g. to make a session for a demo account. */
  readonly kring: RunningKring;
  /** A fresh browser context (own localStorage) with one page at `path`, fully loaded. */
  open(path: string, options?: OpenOptions): Promise<Page>;
}

/**
 * Starts Kring and Chromium once for the test file, and a clean context per page.
 * Each test fails on errors the user would not see but that mean something broke:
 * uncaught exceptions and console errors (a failed fetch, a CSP block, a React error).
 */
export interface KringOptions {
  /** Extra configuration, read when Kring starts (e.g. `SMTP_URL` of a test mail server). */
  config?: () => Partial<Config>;
}

export function useKring(options: KringOptions = {}): E2E {
  let kring: RunningKring | undefined;
  let browser: Browser | undefined;
  let contexts: BrowserContext[] = [];
  let pageErrors: string[] = [];

  beforeAll(async () => {
    if (!existsSync(CHROMIUM_PATH)) {
      throw new Error(
        `No Chromium at ${CHROMIUM_PATH}. Install Debian's: apt-get install -y chromium ` +
          '(or set CHROMIUM_PATH). Do not download one with Playwright.',
      );
    }
    if (!existsSync(WEB_INDEX)) {
      throw new Error('dist/web is missing: run `npm run build:web` (npm run test:e2e does).');
    }
    kring = await startKring({
      port: 0,
      host: '127.0.0.1',
      dataDir: 'memory://',
      demo: true,
      logLevel: 'silent',
      ...options.config?.(),
    });
    browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: CHROMIUM_ARGS,
    });
  });

  afterEach(async () => {
    await Promise.all(contexts.map((context) => context.close()));
    contexts = [];
    const errors = pageErrors;
    pageErrors = [];
    expect(errors, 'errors in the browser console').toEqual([]);
  });

  afterAll(async () => {
    await browser?.close();
    await kring?.close();
  });

  const e2e: E2E = {
    get url() {
      if (!kring) throw new Error('Kring is not running (beforeAll failed?)');
      return kring.url;
    },
    get kring() {
      if (!kring) throw new Error('Kring is not running (beforeAll failed?)');
      return kring;
    },
    get browser() {
      if (!browser) throw new Error('Chromium is not running (beforeAll failed?)');
      return browser;
    },
    async open(path, options = {}) {
      const context = await e2e.browser.newContext({
        baseURL: e2e.url,
        viewport: options.viewport ?? DESKTOP,
      });
      contexts.push(context);
      const page = await context.newPage();
      page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() !== 'error') return;
        if (options.expectedConsoleErrors?.test(message.text())) return;
        pageErrors.push(`${page.url()}: ${message.text()}`);
      });
      await options.before?.(page);
      await gotoSettled(page, path);
      return page;
    },
  };
  return e2e;
}

/** Goes to `path` and waits until the app has rendered its h1 and fetched its data. */
export async function gotoSettled(page: Page, path: string): Promise<void> {
  await page.goto(path, { waitUntil: 'networkidle' });
  await page.locator('main h1').waitFor();
  await waitForLoaded(page);
}

/**
 * Waits until no part of the page still shows "Even geduld": a page can load several parts
 * at once, so this waits for none to be left (a locator would fail on two at a time).
 */
export async function waitForLoaded(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector('.kring-loading') === null);
}

/**
 * Scans the page as it is now with axe-core; fails with one readable line per problem.
 *
 * axe runs inside the page, injected once per document (the app is one document, so once
 * per page load). `@axe-core/playwright` injected it again for every scan and finished each
 * scan in a new blank page, which made a scan take about 1.2 s instead of 0.2 s; with some
 * 300 scans that was a quarter of the e2e suite. What it adds is support for iframes, and
 * the web app has none.
 */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const geladen = await page.evaluate(() => 'axe' in window);
  // page.evaluate runs through the DevTools protocol, so the page's CSP does not block it.
  if (!geladen) await page.evaluate(axe.source);
  const results = await page.evaluate(
    (tags) =>
      (window as unknown as { axe: typeof axe }).axe.run(document, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
      }),
    AXE_TAGS,
  );
  const report = results.violations.flatMap((violation) => [
    `${violation.id} (${violation.impact ?? 'unknown'}): ${violation.help} — ${violation.helpUrl}`,
    ...violation.nodes.map(
      (node) => `    at ${node.target.join(' ')}: ${node.failureSummary?.replace(/\s+/g, ' ')}`,
    ),
  ]);
  // A failure message of its own: expect(report).toEqual([]) cut the list to "[ …(2) ]".
  if (report.length > 0) {
    expect.fail(`axe found WCAG 2.1 AA problems on ${page.url()}:\n${report.join('\n')}`);
  }
}

/** WCAG 1.4.10 reflow: nothing may be wider than the viewport, so no sideways scrolling. */
export async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const { scrollWidth, viewport } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    viewport: window.innerWidth,
  }));
  expect(
    scrollWidth,
    `page is ${scrollWidth}px wide in a ${viewport}px window`,
  ).toBeLessThanOrEqual(viewport);
}

/** A page is there: its h1 (exactly `kop`), its data loaded, and axe finds nothing. */
export async function paginaKlaar(page: Page, kop: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name: kop, exact: true }).waitFor();
  await waitForLoaded(page);
  await expectNoAxeViolations(page);
}
