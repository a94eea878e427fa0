import { parse } from 'node-html-parser';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { splitLocalePath } from '../../src/lib/paths/routes.ts';
import { htmlPages, isStandInPage, readPage, siteDir, urlPathOf } from '../support/sites.ts';

const root = siteDir('open');
const pages = htmlPages(root);
const origin = 'https://internal.invalid';

/** The file a static host would answer a site path with, or undefined. */
function fileFor(path: string): string | undefined {
  const candidate = join(root, decodeURIComponent(path));
  if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  const index = join(candidate, 'index.html');
  return path.endsWith('/') && existsSync(index) ? index : undefined;
}

describe.each(pages)('links on %s', (page) => {
  const document = parse(readPage(root, page));
  const here = new URL(page === '404.html' ? '/404.html' : urlPathOf(page), origin);
  const internal = document
    .querySelectorAll('a[href], link[href], img[src], script[src], source[src]')
    .map((element) => ({ element, url: new URL(element.getAttribute('href') ?? element.getAttribute('src') ?? '', here) }))
    .filter(({ url }) => url.origin === origin);

  test('resolve to a file in the build, fragments included', () => {
    for (const { url } of internal) {
      expect(fileFor(url.pathname), url.pathname).toBeDefined();
      if (url.hash !== '' && url.pathname === here.pathname) {
        expect(document.querySelector(`[id="${decodeURIComponent(url.hash.slice(1))}"]`), url.hash).not.toBeNull();
      }
    }
  });

  test('cross into the other language only through the language switcher', () => {
    if (isStandInPage(page)) return; // the 404 and offline pages speak both languages on purpose
    const language = splitLocalePath(here.pathname).locale;
    for (const { element, url } of internal.filter(({ url }) => url.pathname.endsWith('/'))) {
      if (splitLocalePath(url.pathname).locale !== language) {
        expect(element.hasAttribute('data-language-switch'), `${url.pathname} from ${here.pathname}`).toBe(true);
      }
    }
  });

  test('never say "click here"', () => {
    for (const link of document.querySelectorAll('a')) {
      expect(link.text.trim(), link.getAttribute('href') ?? '').not.toMatch(/^(klik )?(di )?sini$|click here|^here$|^tautan$|^link$/i);
    }
  });
});
