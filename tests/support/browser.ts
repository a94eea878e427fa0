import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { chromiumArgs, chromiumPath } from './chromium.ts';
import { startStaticServer, type StaticServer } from './server.ts';
import { artifactsDir, urlPathOf } from './sites.ts';

export { chromiumArgs, chromiumPath };

export const screenshotsDir = join(artifactsDir, 'screenshots');

/** The phone and desktop sizes every page is checked at. */
export const viewports = {
  phone: { width: 360, height: 740 },
  desktop: { width: 1280, height: 800 },
} as const;

export type ViewportName = keyof typeof viewports;

export function chromiumIsInstalled(): boolean {
  return existsSync(chromiumPath);
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

export interface VisitOptions {
  viewport: { width: number; height: number };
  /** False reads the page as a browser with JavaScript turned off does. */
  javaScript?: boolean;
  /** Fixes the page's clock (Date.now and friends) at this instant. */
  now?: Date;
}

export interface ServedSite {
  /** The running server, available once the suite's beforeAll has run. */
  url: () => string;
  /**
   * Opens `path` in a fresh browser context with `options`, hands the tab and the HTTP status of
   * the document to `use`, and closes the context whatever happens.
   */
  visit: <T>(path: string, options: VisitOptions, use: (tab: Page, status: number | undefined) => Promise<T>) => Promise<T>;
}

/**
 * Serves `root` and launches Chromium for the enclosing `describe`: both start in its beforeAll and
 * stop in its afterAll.
 */
export function serveSiteToChromium(root: string): ServedSite {
  let browser: Browser | undefined;
  let server: StaticServer | undefined;
  beforeAll(async () => {
    [browser, server] = await Promise.all([launchBrowser(), startStaticServer(root)]);
  });
  afterAll(async () => {
    await Promise.all([browser?.close(), server?.close()]);
  });
  const started = () => {
    if (browser === undefined || server === undefined) throw new Error('serveSiteToChromium: the suite has not started yet');
    return { browser, server };
  };
  return {
    url: () => started().server.url,
    visit: async (path, { viewport, javaScript = true, now }, use) => {
      const { browser: running, server: serving } = started();
      const context = await running.newContext({ viewport, javaScriptEnabled: javaScript });
      try {
        if (now !== undefined) await context.clock.setFixedTime(now);
        const tab = await context.newPage();
        const response = await tab.goto(`${serving.url}${path}`);
        return await use(tab, response?.status());
      } finally {
        await context.close();
      }
    },
  };
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
