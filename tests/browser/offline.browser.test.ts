import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { parse } from 'node-html-parser';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { dictionaries } from '../../src/i18n/translate.ts';
import { formatInstant } from '../../src/lib/time/dateFormat.ts';
import { savedAtHeader } from '../../src/lib/offline/keptPages.ts';
import { networkTimeoutSeconds, pagesCacheName } from '../../src/lib/offline/rules.ts';
import { parseHeadersFile } from '../../src/lib/security/headers.ts';
import { builtFileOf } from '../../src/lib/paths/builtFiles.ts';
import { writeServiceWorker } from '../../src/lib/offline/serviceWorkerScript.ts';
import { describeInChromium, siteUrl, useChromium, viewports } from '../support/browser.ts';
import { fixtureClocks, fixtureSlugs, leadCampaign } from '../support/fixtureSite.ts';
import { startStaticServer, type StaticServer, type StaticServerOptions } from '../../scripts/support/staticServer.ts';
import { siteDir } from '../support/sites.ts';

/*
 * A reader on a flaky link: opens two pages, loses the signal, and opens them again from what the
 * service worker kept; a page never opened shows the offline page in its language; back online,
 * a new build's page replaces the kept one; a new deployment drops a deleted page and replaces a
 * changed one; without JavaScript or with service workers blocked a page reads as before. "No
 * signal" is the server stopped: Playwright's `context.setOffline` reaches the worker's own fetches
 * in the Chromium here, but has not in every version, while a stopped host fails every request
 * whoever makes it. So each phone has a server of its own, serving a copy of a build (a test edits
 * a page) with its shipped `_headers`, so the worker runs under the real CSP; the phones are
 * contexts of the run's shared Chromium, each with its own service worker and caches.
 */
const source = siteDir('open');
const position = `/lowongan/${leadCampaign.positions[0]}/`;
const aboutInEnglish = '/en/tentang/';
const programme = fixtureSlugs('programmes')[0] ?? '';
/** After the lead campaign closed: the kept page, built while it was open, must say closed. */
const afterClosing = new Date(leadCampaign.closes.instant.getTime() + 2 * 3_600_000);
/** Longer than the old 4 s a navigation waited before the kept copy, well short of the worker's wait. */
const slowLinkMs = 6_000;

/**
 * What a reader of `tab` sees at the saved-copy notice: whether it is shown, its words, and its
 * date beside the one the worker stored with the kept copy of `path`.
 */
async function savedCopyNotice(tab: Page, path: string) {
  const notice = tab.locator('[data-offline-copy]');
  const stored = await tab.evaluate(
    async ([cacheName, url, header]) => (await (await caches.open(cacheName)).match(url))?.headers.get(header) ?? null,
    [pagesCacheName, new URL(path, tab.url()).href, savedAtHeader] as const,
  );
  return {
    visible: await notice.isVisible(),
    text: (await notice.innerText().catch(() => '')).replace(/\s+/g, ' '),
    datetime: await notice.locator('time').getAttribute('datetime'),
    stored,
  };
}

/** The notice's sentence in `locale` with the date written as the site writes a moment in WIB. */
function noticeText(locale: 'id' | 'en', savedAt: string): string {
  return dictionaries[locale]['offline.savedCopy'].replace('{instant}', formatInstant(new Date(savedAt), 'WIB', locale));
}

/** The heading of the page built at `path` under `root`, as a reader sees it. */
function builtHeading(root: string, path: string): string {
  return parse(readFileSync(join(root, builtFileOf(path)), 'utf8')).querySelector('h1')?.text.trim() ?? '';
}

/**
 * A phone on a flaky link: one tab at phone size in a context of its own of the suite's Chromium
 * (its own service worker and caches), and a local server it reaches, started and stopped at will
 * ("no signal"). It serves a build with that build's own `_headers`, so the worker runs under the
 * real CSP, and it records any CSP violation the tab reports.
 */
class Phone {
  readonly browser: () => Browser;
  context!: BrowserContext;
  tab!: Page;
  server: StaticServer | undefined;
  port = 0;
  readonly cspViolations: string[] = [];

  constructor(browser: () => Browser) {
    this.browser = browser;
  }

  async start(root: string, clock?: Date): Promise<void> {
    await this.serve(root);
    this.context = await this.browser().newContext({ viewport: viewports.phone });
    if (clock !== undefined) await this.context.clock.setFixedTime(clock);
    this.tab = await this.context.newPage();
    this.tab.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) this.cspViolations.push(message.text());
    });
  }

  /** Online again, on the same port (the worker's scope is its origin), serving `root`. */
  async serve(root: string, options: Pick<StaticServerOptions, 'delay'> = {}): Promise<void> {
    await this.server?.close();
    this.server = await startStaticServer(root, { headers: parseHeadersFile(readFileSync(join(root, '_headers'), 'utf8')), port: this.port, ...options });
    this.port = Number(new URL(this.server.url).port);
  }

  async goOffline(): Promise<void> {
    await this.server?.close();
    this.server = undefined;
  }

  async open(path: string): Promise<{ status: number | undefined; fromWorker: boolean }> {
    const response = await this.tab.goto(`http://127.0.0.1:${this.port}${path}`);
    return { status: response?.status(), fromWorker: response?.fromServiceWorker() ?? false };
  }

  /** The kept copy of `path`, as the page's own Cache Storage reads it; null when none is kept. */
  keptCopy(path: string): Promise<string | null> {
    return this.tab.evaluate(
      async ([cacheName, url]) => (await (await caches.open(cacheName)).match(url))?.text() ?? null,
      [pagesCacheName, `http://127.0.0.1:${this.port}${path}`] as const,
    );
  }

  async close(): Promise<void> {
    await Promise.all([this.context?.close(), this.server?.close()]);
  }
}

describeInChromium('offline after the first visit', () => {
  let root: string;
  const phone = new Phone(useChromium());
  const open = (path: string) => phone.open(path);
  const goOnline = (options: Pick<StaticServerOptions, 'delay'> = {}) => phone.serve(root, options);
  const goOffline = () => phone.goOffline();
  const keptCopy = (path: string) => phone.keptCopy(path);
  const heading = () => phone.tab.locator('h1').innerText();
  const waitUntilKept = async (path: string, containing = '</html>') => {
    await expect.poll(async () => (await keptCopy(path))?.includes(containing) ?? false, { timeout: 10_000 }).toBe(true);
  };

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'bpjstk-offline-'));
    cpSync(source, root, { recursive: true });
    await phone.start(root);
  });

  afterAll(async () => {
    await phone.close();
    rmSync(root, { recursive: true, force: true });
  });

  test('installs its worker after the first page, which the worker then controls and keeps', async () => {
    await open(position);
    await phone.tab.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 15_000 });
    await waitUntilKept(position);
  });

  test('keeps a second page as the reader opens it, which, fresh from the network, does not say it is a saved copy', async () => {
    expect((await open(aboutInEnglish)).fromWorker).toBe(true);
    await waitUntilKept(aboutInEnglish);
    expect(await phone.tab.locator('[data-offline-copy]').isVisible()).toBe(false);
  });

  test('without signal, opens both pages again from what it kept', async () => {
    await goOffline();
    for (const path of [position, aboutInEnglish]) {
      const { status, fromWorker } = await open(path);
      expect({ status, fromWorker }, path).toEqual({ status: 200, fromWorker: true });
      expect(await heading(), path).toBe(builtHeading(root, path));
    }
  });

  test.each([
    [position, 'id'],
    [aboutInEnglish, 'en'],
  ] as const)('without signal, %s says it is a saved copy, with the date it was saved, in its language', async (path, locale) => {
    await open(path);
    const notice = await savedCopyNotice(phone.tab, path);
    expect(notice.stored).not.toBeNull();
    expect(notice).toEqual({ visible: true, text: noticeText(locale, notice.stored ?? ''), datetime: notice.stored, stored: notice.stored });
  });

  test('on a kept page, the status script still moves the registration status to the phone\'s clock', async () => {
    await phone.context.clock.setFixedTime(afterClosing);
    await open(position);
    await expect.poll(() => phone.tab.locator('[data-registration-status]').first().getAttribute('data-registration-status')).toBe('closed');
    expect(await phone.tab.locator('[data-apply]').count()).toBe(0);
  });

  test.each([
    [`/program/${programme}/`, 'id', 'en'],
    [`/en/program/${programme}/`, 'en', 'id'],
  ] as const)('shows the offline page for %s, never opened, in its language first', async (path, lang, other) => {
    const { status, fromWorker } = await open(path);
    expect({ status, fromWorker }).toEqual({ status: 200, fromWorker: true });
    expect(await phone.tab.locator('html').getAttribute('lang')).toBe(lang);
    expect(await heading()).toBe(`${dictionaries[lang]['offline.title']} / ${dictionaries[other]['offline.title']}`);
    expect(await phone.tab.locator('main section').first().getAttribute('lang')).toBe(lang);
  });

  test('without signal, opens the fraud page and the message checker it stored on install, each said to be a saved copy, the checker working', async () => {
    for (const path of ['/waspada-penipuan/', '/en/waspada-penipuan/', '/cek-keaslian/']) {
      expect((await open(path)).status, path).toBe(200);
      expect(await heading(), path).toBe(builtHeading(root, path));
      expect(await phone.tab.locator('[data-offline-copy] time').getAttribute('datetime'), path).toMatch(/^\d{4}-\d{2}-\d{2}T/);
      expect(await phone.tab.locator('[data-offline-copy]').isVisible(), path).toBe(true);
    }
    await phone.tab.locator('[data-message-check]').waitFor({ state: 'visible' });
    await phone.tab.locator('#message-check-input').fill('https://bit.ly/abc');
    await expect.poll(() => phone.tab.locator('[data-results] li').count()).toBeGreaterThan(0);
  });

  test('back online, a page changed by a new build replaces the kept copy', async () => {
    const file = join(root, builtFileOf(position));
    writeFileSync(file, readFileSync(file, 'utf8').replace('</main>', '<p data-new-build="">Diperbarui</p></main>'));
    await goOnline();
    await open(position);
    expect(await phone.tab.locator('[data-new-build]').count()).toBe(1);
    await waitUntilKept(position, 'data-new-build');
    await goOffline();
    expect((await open(position)).fromWorker).toBe(true);
    expect(await phone.tab.locator('[data-new-build]').count()).toBe(1);
  });

  test(`online on a link slower than ${slowLinkMs / 1000} s, a reader gets the network's page, not the kept one`, async () => {
    const file = join(root, builtFileOf(position));
    writeFileSync(file, readFileSync(file, 'utf8').replace('</main>', '<p data-slow-build="">Diperbarui lagi</p></main>'));
    await goOnline({ delay: (pathname) => (pathname === position ? slowLinkMs : 0) });
    const started = Date.now();
    const { fromWorker } = await open(position);
    expect(Date.now() - started).toBeGreaterThanOrEqual(slowLinkMs);
    expect(fromWorker).toBe(true);
    expect(await phone.tab.locator('[data-slow-build]').count()).toBe(1);
    expect(await phone.tab.locator('[data-offline-copy]').isVisible()).toBe(false);
    expect(networkTimeoutSeconds * 1000).toBeGreaterThan(2 * slowLinkMs);
  });

  test('met no Content-Security-Policy violation on the way', () => {
    expect(phone.cspViolations).toEqual([]);
  });
});

describeInChromium('a new deployment after the phone kept pages of the one before', () => {
  /*
   * The phone keeps pages of the build made while registration was open, then meets a new one: the
   * fixture's build after the window closed, with one position deleted, its page revisions and
   * worker written again as a build would. The phone's clock stays inside the window, so only the
   * worker, never the status script, can take the apply button away: the new build closed
   * registration early, as far as this phone can tell.
   */
  const [kept = '', deletedSlug = ''] = leadCampaign.positions;
  const keptPosition = `/lowongan/${kept}/`;
  const deletedPosition = `/lowongan/${deletedSlug}/`;
  const builds = { before: '', after: '' };
  const phone = new Phone(useChromium());
  const open = (path: string) => phone.open(path);
  const goOffline = () => phone.goOffline();
  const keptCopy = (path: string) => phone.keptCopy(path);

  beforeAll(async () => {
    builds.before = mkdtempSync(join(tmpdir(), 'bpjstk-before-'));
    builds.after = mkdtempSync(join(tmpdir(), 'bpjstk-after-'));
    cpSync(siteDir('open'), builds.before, { recursive: true });
    cpSync(siteDir('closed'), builds.after, { recursive: true });
    for (const path of [deletedPosition, `/en${deletedPosition}`]) rmSync(join(builds.after, path), { recursive: true });
    writeServiceWorker(builds.after);
    await phone.start(builds.before, new Date(fixtureClocks.open));
  });

  afterAll(async () => {
    await phone.close();
    for (const root of Object.values(builds)) if (root !== '') rmSync(root, { recursive: true, force: true });
  });

  test('the phone keeps two positions while registration is open, each offering the apply button without signal', async () => {
    await open(keptPosition);
    await phone.tab.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 15_000 });
    await open(deletedPosition);
    await expect.poll(async () => (await keptCopy(keptPosition)) !== null && (await keptCopy(deletedPosition)) !== null, { timeout: 10_000 }).toBe(true);
    await goOffline();
    for (const path of [keptPosition, deletedPosition]) {
      expect((await open(path)).fromWorker, path).toBe(true);
      expect(await phone.tab.locator('[data-apply]').count(), path).toBe(1);
      expect(await phone.tab.locator('[data-offline-copy]').isVisible(), path).toBe(true);
    }
  });

  test('once the phone meets the new build online, its worker drops the deleted position and keeps the changed one as the new build has it', async () => {
    await phone.serve(builds.after);
    await open('/');
    await phone.tab.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    await expect.poll(() => keptCopy(deletedPosition), { timeout: 15_000 }).toBeNull();
    await expect.poll(async () => (await keptCopy(keptPosition))?.includes('data-registration-status="closed"') ?? false, { timeout: 15_000 }).toBe(true);
  });

  test('without signal, the changed position opens as the new build has it: registration closed, no apply button, said to be a saved copy', async () => {
    await goOffline();
    expect((await open(keptPosition)).fromWorker).toBe(true);
    expect(await phone.tab.locator('[data-apply]').count()).toBe(0);
    expect(await phone.tab.locator('[data-registration-status]').first().getAttribute('data-registration-status')).toBe('closed');
    expect(await phone.tab.locator('[data-closing-soon]').count()).toBe(0);
    expect(await phone.tab.locator('[data-offline-copy]').isVisible()).toBe(true);
    expect(await phone.tab.locator('h1').innerText()).toBe(builtHeading(builds.after, keptPosition));
  });

  test('without signal, the deleted position shows the offline page, not its kept copy', async () => {
    const { status, fromWorker } = await open(deletedPosition);
    expect({ status, fromWorker }).toEqual({ status: 200, fromWorker: true });
    expect(await phone.tab.locator('h1').innerText()).toBe(`${dictionaries.id['offline.title']} / ${dictionaries.en['offline.title']}`);
    expect(await phone.tab.locator('[data-apply]').count()).toBe(0);
  });

  test('met no Content-Security-Policy violation on the way', () => {
    expect(phone.cspViolations).toEqual([]);
  });
});

describeInChromium('without the service worker', () => {
  const browser = useChromium();

  test.each([
    ['JavaScript turned off', { javaScriptEnabled: false }],
    ['service workers blocked', { serviceWorkers: 'block' }],
  ] as const)('with %s, a page reads as before, from the network', async (_name, options) => {
    const context = await browser().newContext({ viewport: viewports.phone, ...options });
    try {
      const tab = await context.newPage();
      const response = await tab.goto(`${siteUrl('open')}${position}`);
      expect(response?.status()).toBe(200);
      expect(response?.fromServiceWorker()).toBe(false);
      expect(await tab.locator('h1').innerText()).toBe(builtHeading(source, position));
      expect(await tab.locator('[data-fraud-warning]').evaluateAll((all) => all.map((warning) => warning.getAttribute('data-fraud-warning')))).toEqual(['compact', 'full']);
    } finally {
      await context.close();
    }
  });
});
