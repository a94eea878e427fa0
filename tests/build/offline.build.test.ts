import { parse } from 'node-html-parser';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { localeCodes, locales } from '../../src/i18n/locales.ts';
import { dictionaries } from '../../src/i18n/translate.ts';
import { formatInstant } from '../../src/lib/time/dateFormat.ts';
import { pageRevisionsPath, savedCopyMarkers, showSavedCopyNotice } from '../../src/lib/offline/keptPages.ts';
import { messageCheckerScript } from '../../src/lib/messageCheck/checkerScript.ts';
import { offlinePagePaths, precachedPagePaths, serviceWorkerPath } from '../../src/lib/offline/rules.ts';
import { hashSource, parseHeadersFile } from '../../src/lib/security/headers.ts';
import { builtFileOf } from '../../src/lib/paths/builtFiles.ts';
import { pageRevisionsOf, precacheManifestOf, serviceWorkerScript } from '../../src/lib/offline/serviceWorkerScript.ts';
import { workerRegistrationScript } from '../../src/browser/workerRegistration.ts';
import { inlineCodeOf } from '../support/inlineCode.ts';
import { fixtureBuilds, htmlPages, isStandInPage, readPage, siteDir, urlPathOf } from '../support/sites.ts';

/*
 * The service worker as each build ships it: /sw.js built from the sources with the revisions of
 * the files it stores, allowed by the CSP, registered by every page, and the offline page it shows.
 */
const root = siteDir('open');
const worker = readFileSync(join(root, serviceWorkerPath), 'utf8');
const headersText = readFileSync(join(root, '_headers'), 'utf8');
const csp = new Map(parseHeadersFile(headersText)).get('Content-Security-Policy') ?? '';
const directive = (name: string) => csp.split('; ').find((part) => part.startsWith(`${name} `))?.split(' ').slice(1) ?? [];

describe('/sw.js', () => {
  test('is the worker built from the sources with the revisions of this build\'s files, byte for byte', () => {
    expect(worker).toBe(serviceWorkerScript(precacheManifestOf(root)));
  });

  test('stores the fraud page, the message checker and the offline page in each language, the checker\'s script and the page revisions, each with its revision', () => {
    const manifest = precacheManifestOf(root);
    expect(manifest.map(({ url }) => url)).toEqual([
      '/waspada-penipuan/',
      '/en/waspada-penipuan/',
      '/cek-keaslian/',
      '/en/cek-keaslian/',
      '/luring/',
      '/en/luring/',
      messageCheckerScript().src,
      pageRevisionsPath,
    ]);
    for (const { url, revision } of manifest) {
      expect(existsSync(join(root, builtFileOf(url))), url).toBe(true);
      expect(worker, url).toContain(`url:${JSON.stringify(url)},revision:${JSON.stringify(revision)}`);
    }
  });

  test('names no address of another origin', () => {
    // Workbox keeps a link to its documentation in a warning about entries without revisions,
    // which this manifest never has; it is text, never fetched.
    const addresses = worker.match(/(?:[a-z][a-z0-9+.-]*:)?\/\/[a-z0-9-]+(?:\.[a-z0-9-]+)+[^\s"'`]*/gi) ?? [];
    expect(addresses.filter((address) => address !== 'https://bit.ly/wb-precache')).toEqual([]);
  });

  test('changes between builds only where the files it stores changed', () => {
    const revisions = (build: (typeof fixtureBuilds)[number]) => precacheManifestOf(siteDir(build));
    const [upcoming, open] = [revisions('upcoming'), revisions('open')];
    for (const [index, entry] of open.entries()) {
      const same = readFileSync(join(siteDir('upcoming'), builtFileOf(entry.url))).equals(readFileSync(join(root, builtFileOf(entry.url))));
      expect(upcoming[index]?.revision === entry.revision, entry.url).toBe(same);
    }
  });
});

describe(pageRevisionsPath, () => {
  const revisions = JSON.parse(readFileSync(join(root, builtFileOf(pageRevisionsPath)), 'utf8')) as Record<string, string>;

  test('lists every page of the build by its address, with the revision of its bytes', () => {
    expect(revisions).toEqual(pageRevisionsOf(root));
    expect(Object.keys(revisions).sort()).toEqual(htmlPages(root).map((page) => urlPathOf(page)).sort());
  });

  test('differs between two builds exactly where a page does, and has no revision for a page a build lacks', () => {
    const upcoming = pageRevisionsOf(siteDir('upcoming'));
    const upcomingPages = new Set(htmlPages(siteDir('upcoming')));
    // Announcements published after the earlier clock are pages the earlier build does not have.
    expect(htmlPages(root).some((page) => !upcomingPages.has(page))).toBe(true);
    for (const page of htmlPages(root)) {
      const path = urlPathOf(page);
      if (!upcomingPages.has(page)) {
        expect(upcoming[path], path).toBeUndefined();
        continue;
      }
      const same = readFileSync(join(siteDir('upcoming'), page)).equals(readFileSync(join(root, page)));
      expect(upcoming[path] === revisions[path], path).toBe(same);
    }
  });
});

describe('the CSP and the worker', () => {
  test('allows a worker from this site only, and its fetches to this site only', () => {
    expect(directive('worker-src')).toEqual(["'self'"]);
    expect(directive('connect-src')).toEqual(["'self'"]);
  });

  test('allows the registration script by its hash', () => {
    expect(directive('script-src')).toContain(hashSource(workerRegistrationScript));
  });

  test('has /sw.js revalidated at every update check', () => {
    expect(headersText).toMatch(/^\/sw\.js\n {2}Cache-Control: no-cache$/m);
  });
});

describe.each(htmlPages(root).filter((page) => !isStandInPage(page)))('%s', (page) => {
  test('registers the worker with the script the CSP allows', () => {
    expect(inlineCodeOf(readPage(root, page)).scripts).toContain(workerRegistrationScript);
  });

  test('holds the saved-copy notice hidden, once, at the top of its main content', () => {
    const html = readPage(root, page);
    const notice = parse(html).querySelectorAll('[data-offline-copy]');
    expect(notice).toHaveLength(1);
    expect(notice[0]?.hasAttribute('hidden')).toBe(true);
    expect(notice[0]?.parentNode?.tagName).toBe('MAIN');
    for (const marker of Object.values(savedCopyMarkers)) expect(html.split(marker)).toHaveLength(2);
  });

  test('shows the notice, dated in its language, once the worker serves it as a kept copy', () => {
    const savedAt = new Date('2026-12-07T03:00:00Z');
    const locale = page.startsWith('en/') ? 'en' : 'id';
    const notice = parse(showSavedCopyNotice(readPage(root, page), savedAt, urlPathOf(page))).querySelector('[data-offline-copy]');
    expect(notice?.hasAttribute('hidden')).toBe(false);
    expect(notice?.querySelector('time')?.getAttribute('datetime')).toBe(savedAt.toISOString());
    expect(notice?.text).toBe(dictionaries[locale]['offline.savedCopy'].replace('{instant}', formatInstant(savedAt, 'WIB', locale)));
  });
});

describe.each(localeCodes)('the offline page in %s', (locale) => {
  const path = offlinePagePaths[localeCodes.indexOf(locale)] ?? '';
  const document = parse(readPage(root, builtFileOf(path)));
  const sections = document.querySelectorAll('main section');

  test('is in its language, and speaks every language, its own first', () => {
    expect(document.querySelector('html')?.getAttribute('lang')).toBe(locales[locale].htmlLang);
    expect(sections.map((section) => section.getAttribute('lang'))).toEqual([locale, ...localeCodes.filter((code) => code !== locale)]);
    for (const section of sections) {
      const t = dictionaries[section.getAttribute('lang') as keyof typeof dictionaries];
      expect(section.text).toContain(t['offline.text']);
    }
    expect(document.querySelector('h1')?.text.startsWith(dictionaries[locale]['offline.title'])).toBe(true);
  });

  test('shows the fraud warning in each language, linking to the fraud page and the checker of that language', () => {
    for (const section of sections) {
      const prefix = section.getAttribute('lang') === 'en' ? '/en' : '';
      const warning = section.querySelector('[data-fraud-warning]');
      expect(warning?.querySelectorAll('a').map((link) => link.getAttribute('href'))).toEqual([`${prefix}/waspada-penipuan/`, `${prefix}/cek-keaslian/`]);
    }
  });

  test('links only to pages the worker stores, so every link opens without signal', () => {
    const links = document.querySelectorAll('body a[href]').map((link) => link.getAttribute('href'));
    expect(links.length).toBeGreaterThan(0);
    for (const href of links) expect(precachedPagePaths(), href).toContain(href);
  });

  test('is not offered to search engines: noindex, no canonical address, not in the sitemap', () => {
    expect(document.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    expect(document.querySelector('link[rel="canonical"]')).toBeNull();
    expect(readFileSync(join(root, 'sitemap-0.xml'), 'utf8')).not.toContain(path);
  });

  test('has no saved-copy notice: it says itself what it is', () => {
    expect(document.querySelector('[data-offline-copy]')).toBeNull();
  });

  test('runs no script', () => {
    expect(inlineCodeOf(readPage(root, builtFileOf(path))).scripts).toEqual([]);
  });
});
