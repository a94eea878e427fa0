import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { chromiumArgs, chromiumIsInstalled, chromiumPath } from '../../scripts/support/chromium.ts';
import type { FixtureBuild } from './chromiumAndServers.ts';
import { startStaticServer, type StaticServer } from '../../scripts/support/staticServer.ts';
import { artifactsDir, urlPathOf } from './sites.ts';

/*
 * How a test file reaches Chromium and the built sites: the browser project's global setup
 * (chromiumAndServers.ts) runs one Chromium and one server per fixture build for the whole run, and
 * each suite connects to them; a suite of another project launches its own Chromium.
 */
export { chromiumArgs, chromiumIsInstalled, chromiumPath };
export type { FixtureBuild };

export const screenshotsDir = join(artifactsDir, 'screenshots');

/** The phone and desktop sizes every page is checked at. */
export const viewports = {
  phone: { width: 360, height: 740 },
  desktop: { width: 1280, height: 800 },
} as const;

export type ViewportName = keyof typeof viewports;

export interface Viewport {
  width: number;
  height: number;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: [...chromiumArgs] });
}

/**
 * `describe` for suites that need Chromium. Without it the suite is skipped with a message on a
 * developer's machine, but under `CI=true` it fails: CI must never pass by not looking.
 */
export function describeInChromium(name: string, body: () => void): void {
  if (chromiumIsInstalled()) {
    describe(name, body);
  } else if (process.env['CI'] === 'true') {
    describe(name, () => {
      test(`finds Chromium at ${chromiumPath}, which CI installs`, () => {
        expect(chromiumIsInstalled(), `install Debian's "chromium" package (see .ci/run)`).toBe(true);
      });
    });
  } else {
    console.warn(`Skipping "${name}": no Chromium at ${chromiumPath}. Install Debian's "chromium" package to run the browser tests.`);
    describe.skip(name, body);
  }
}

/**
 * Chromium for the enclosing `describe`, from its beforeAll to its afterAll: a connection to the
 * run's shared Chromium where the project's global setup provides one, a Chromium of its own
 * otherwise. Closing a connection closes every context the suite opened, never the shared browser.
 */
export function useChromium(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    const endpoint = inject('chromiumEndpoint');
    browser = endpoint === undefined ? await launchBrowser() : await chromium.connect(endpoint);
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (browser === undefined) throw new Error('useChromium: the suite has not started yet');
    return browser;
  };
}

/** Where the run's server for a fixture build answers, `http://127.0.0.1:<port>` without a trailing slash. */
export function siteUrl(build: FixtureBuild): string {
  const url = inject('siteUrls')?.[build];
  if (url === undefined) throw new Error('siteUrl: no server for the fixture builds; is tests/support/chromiumAndServers.ts the project\'s globalSetup?');
  return url;
}

export interface VisitOptions {
  viewport: Viewport;
  /** False reads the page as a browser with JavaScript turned off does. */
  javaScript?: boolean;
  /** Fixes the page's clock (Date.now and friends) at this instant. */
  now?: Date;
}

export interface OpenedPage {
  tab: Page;
  /** The HTTP status of the document. */
  status: number | undefined;
  /** Closes the tab's context. */
  close: () => Promise<void>;
}

/** Opens `url` in a fresh browser context with `options`: the caller closes it. */
export async function openInNewContext(browser: Browser, url: string, { viewport, javaScript = true, now }: VisitOptions): Promise<OpenedPage> {
  const context = await browser.newContext({ viewport, javaScriptEnabled: javaScript });
  try {
    if (now !== undefined) await context.clock.setFixedTime(now);
    const tab = await context.newPage();
    const response = await tab.goto(url);
    return { tab, status: response?.status(), close: () => context.close() };
  } catch (error) {
    await context.close();
    throw error;
  }
}

/**
 * Resizes `tab` and waits until the page is laid out at the new size (Chromium applies a new size
 * to the page a moment after Playwright's call returns), scrolled to its top.
 */
export async function resizeTo(tab: Page, { width, height }: Viewport): Promise<void> {
  await tab.setViewportSize({ width, height });
  await tab.waitForFunction(
    ([w, h]) => window.innerWidth === w && window.innerHeight === h && document.documentElement.clientWidth <= w,
    [width, height] as const,
  );
  await tab.evaluate(async () => {
    window.scrollTo(0, 0);
    // Two frames: the first may still paint the layout of the size before.
    await new Promise((frame) => requestAnimationFrame(() => requestAnimationFrame(frame)));
  });
}

export interface ServedSite {
  /** The running server, available once the suite's beforeAll has run. */
  url: () => string;
  /** The suite's Chromium, available once its beforeAll has run. */
  browser: () => Browser;
  /**
   * Opens `path` in a fresh browser context with `options`, hands the tab and the HTTP status of
   * the document to `use`, and closes the context whatever happens.
   */
  visit: <T>(path: string, options: VisitOptions, use: (tab: Page, status: number | undefined) => Promise<T>) => Promise<T>;
}

function servedSite(browser: () => Browser, url: () => string): ServedSite {
  return {
    url,
    browser,
    visit: async (path, options, use) => {
      const { tab, status, close } = await openInNewContext(browser(), `${url()}${path}`, options);
      try {
        return await use(tab, status);
      } finally {
        await close();
      }
    },
  };
}

/** A fixture build on the run's server, read in the run's Chromium, for the enclosing `describe`. */
export function serveBuildToChromium(build: FixtureBuild): ServedSite {
  return servedSite(useChromium(), () => siteUrl(build));
}

/**
 * Serves `root` (a build no global setup serves) to Chromium for the enclosing `describe`: the
 * server starts in its beforeAll and stops in its afterAll.
 */
export function serveSiteToChromium(root: string): ServedSite {
  const browser = useChromium();
  let server: StaticServer | undefined;
  beforeAll(async () => {
    server = await startStaticServer(root);
  });
  afterAll(async () => {
    await server?.close();
  });
  return servedSite(browser, () => {
    if (server === undefined) throw new Error('serveSiteToChromium: the suite has not started yet');
    return server.url;
  });
}

/** Where a reader reaches a built page: its directory URL, or any unknown address for `404.html`. */
export function addressOf(page: string): string {
  return page === '404.html' ? '/halaman-yang-tidak-ada/' : urlPathOf(page);
}

/** The HTTP status a reader gets at `addressOf(page)`. */
export function statusOf(page: string): number {
  return page === '404.html' ? 404 : 200;
}

/** A file name for a page's screenshot: `en/lowongan/x/index.html` → `en_lowongan_x`, `404.html` → `404`. */
export function screenshotName(page: string): string {
  return page.replace(/(^|\/)index\.html$/, '').replace(/\.html$/, '').replaceAll('/', '_') || 'home';
}
