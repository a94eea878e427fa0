import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { parse } from 'node-html-parser';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { dictionaries } from '../../src/i18n/translate.ts';
import { pagesCacheName } from '../../src/lib/offline.ts';
import { parseHeadersFile } from '../../src/lib/securityHeaders.ts';
import { builtFileOf } from '../../src/lib/serviceWorkerScript.ts';
import { describeInChromium, launchBrowser, viewports } from '../support/browser.ts';
import { fixtureSlugs, leadCampaign } from '../support/fixtureSite.ts';
import { startStaticServer, type StaticServer } from '../support/server.ts';
import { siteDir } from '../support/sites.ts';

/*
 * A reader on a flaky link: opens two pages, loses the signal, and opens them again from what the
 * service worker kept; a page never opened shows the offline page in its language; back online,
 * a new build's page replaces the kept one. "No signal" is the server stopped: Playwright's
 * `context.setOffline` reaches the worker's own fetches in the Chromium here, but has not in every
 * version, while a stopped host fails every request whoever makes it. The build is served from a
 * copy (a test edits a page) with its shipped `_headers`, so the worker runs under the real CSP.
 */
const source = siteDir('open');
const position = `/lowongan/${leadCampaign.positions[0]}/`;
const aboutInEnglish = '/en/tentang/';
const programme = fixtureSlugs('programmes')[0] ?? '';
/** After the lead campaign closed: the kept page, built while it was open, must say closed. */
const afterClosing = new Date(leadCampaign.closes.instant.getTime() + 2 * 3_600_000);

/** The heading of the page built at `path` under `root`, as a reader sees it. */
function builtHeading(root: string, path: string): string {
  return parse(readFileSync(join(root, builtFileOf(path)), 'utf8')).querySelector('h1')?.text.trim() ?? '';
}

describeInChromium('offline after the first visit', () => {
  let root: string;
  let browser: Browser;
  let server: StaticServer | undefined;
  let context: BrowserContext;
  let tab: Page;
  let port = 0;
  const headers = parseHeadersFile(readFileSync(join(source, '_headers'), 'utf8'));
  const cspViolations: string[] = [];

  const goOnline = async () => {
    server = await startStaticServer(root, { headers, port });
    port = Number(new URL(server.url).port);
  };
  const goOffline = async () => {
    await server?.close();
    server = undefined;
  };
  const open = async (path: string) => {
    const response = await tab.goto(`http://127.0.0.1:${port}${path}`);
    return { status: response?.status(), fromWorker: response?.fromServiceWorker() ?? false };
  };
  const heading = () => tab.locator('h1').innerText();
  /** The kept copy of `path`, as the page's own Cache Storage reads it. */
  const keptCopy = (path: string) =>
    tab.evaluate(
      async ([cacheName, url]) => (await (await caches.open(cacheName)).match(url))?.text(),
      [pagesCacheName, `http://127.0.0.1:${port}${path}`] as const,
    );
  const waitUntilKept = async (path: string, containing = '</html>') => {
    await expect.poll(async () => (await keptCopy(path))?.includes(containing) ?? false, { timeout: 10_000 }).toBe(true);
  };

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'bpjstk-offline-'));
    cpSync(source, root, { recursive: true });
    browser = await launchBrowser();
    await goOnline();
    context = await browser.newContext({ viewport: viewports.phone });
    tab = await context.newPage();
    tab.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
    });
  });

  afterAll(async () => {
    await context?.close();
    await Promise.all([browser?.close(), server?.close()]);
    rmSync(root, { recursive: true, force: true });
  });

  test('installs its worker after the first page, which the worker then controls and keeps', async () => {
    await open(position);
    await tab.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 15_000 });
    await waitUntilKept(position);
  });

  test('keeps a second page as the reader opens it', async () => {
    expect((await open(aboutInEnglish)).fromWorker).toBe(true);
    await waitUntilKept(aboutInEnglish);
  });

  test('without signal, opens both pages again from what it kept', async () => {
    await goOffline();
    for (const path of [position, aboutInEnglish]) {
      const { status, fromWorker } = await open(path);
      expect({ status, fromWorker }, path).toEqual({ status: 200, fromWorker: true });
      expect(await heading(), path).toBe(builtHeading(root, path));
    }
  });

  test('on a kept page, the status script still moves the registration status to the phone\'s clock', async () => {
    await context.clock.setFixedTime(afterClosing);
    await open(position);
    await expect.poll(() => tab.locator('[data-registration-status]').first().getAttribute('data-registration-status')).toBe('closed');
    expect(await tab.locator('[data-apply]').count()).toBe(0);
  });

  test.each([
    [`/program/${programme}/`, 'id', 'en'],
    [`/en/program/${programme}/`, 'en', 'id'],
  ] as const)('shows the offline page for %s, never opened, in its language first', async (path, lang, other) => {
    const { status, fromWorker } = await open(path);
    expect({ status, fromWorker }).toEqual({ status: 200, fromWorker: true });
    expect(await tab.locator('html').getAttribute('lang')).toBe(lang);
    expect(await heading()).toBe(`${dictionaries[lang]['offline.title']} / ${dictionaries[other]['offline.title']}`);
    expect(await tab.locator('main section').first().getAttribute('lang')).toBe(lang);
  });

  test('without signal, opens the fraud page and the message checker it stored on install, the checker working', async () => {
    for (const path of ['/waspada-penipuan/', '/en/waspada-penipuan/', '/cek-keaslian/']) {
      expect((await open(path)).status, path).toBe(200);
      expect(await heading(), path).toBe(builtHeading(root, path));
    }
    await tab.locator('[data-message-check]').waitFor({ state: 'visible' });
    await tab.locator('#message-check-input').fill('https://bit.ly/abc');
    await expect.poll(() => tab.locator('[data-results] li').count()).toBeGreaterThan(0);
  });

  test('back online, a page changed by a new build replaces the kept copy', async () => {
    const file = join(root, builtFileOf(position));
    writeFileSync(file, readFileSync(file, 'utf8').replace('</main>', '<p data-new-build="">Diperbarui</p></main>'));
    await goOnline();
    await open(position);
    expect(await tab.locator('[data-new-build]').count()).toBe(1);
    await waitUntilKept(position, 'data-new-build');
    await goOffline();
    expect((await open(position)).fromWorker).toBe(true);
    expect(await tab.locator('[data-new-build]').count()).toBe(1);
  });

  test('met no Content-Security-Policy violation on the way', () => {
    expect(cspViolations).toEqual([]);
  });
});

describeInChromium('without the service worker', () => {
  let browser: Browser;
  let server: StaticServer;
  beforeAll(async () => {
    [browser, server] = await Promise.all([launchBrowser(), startStaticServer(source)]);
  });
  afterAll(async () => Promise.all([browser?.close(), server?.close()]));

  test.each([
    ['JavaScript turned off', { javaScriptEnabled: false }],
    ['service workers blocked', { serviceWorkers: 'block' }],
  ] as const)('with %s, a page reads as before, from the network', async (_name, options) => {
    const context = await browser.newContext({ viewport: viewports.phone, ...options });
    try {
      const tab = await context.newPage();
      const response = await tab.goto(`${server.url}${position}`);
      expect(response?.status()).toBe(200);
      expect(response?.fromServiceWorker()).toBe(false);
      expect(await tab.locator('h1').innerText()).toBe(builtHeading(source, position));
      expect(await tab.locator('[data-fraud-warning]').count()).toBe(1);
    } finally {
      await context.close();
    }
  });
});
