import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { localesStartingWith } from '../../src/i18n/locales.ts';
import { formatInstant } from '../../src/lib/time/dateFormat.ts';
import {
  asShownCopy,
  keptPageFate,
  pageRevisionsPath,
  revisionOf,
  savedAtHeader,
  savedAtOf,
  savedCopyMarkers,
  showSavedCopyNotice,
  withSavedAt,
} from '../../src/lib/offline/keptPages.ts';
import { messageCheckerScript } from '../../src/lib/messageCheck/checkerScript.ts';
import {
  isKeptPage,
  editorPath,
  isSiteNavigation,
  offlinePagePath,
  offlinePagePaths,
  pageCacheKey,
  precachedPagePaths,
  type PageResponse,
} from '../../src/lib/offline/rules.ts';
import { builtFileOf } from '../../src/lib/paths/builtFiles.ts';
import {
  pageRevisionsOf,
  precachedUrls,
  precacheManifest,
  precacheManifestOf,
  serviceWorkerScript,
  writeServiceWorker,
} from '../../src/lib/offline/serviceWorkerScript.ts';
import { workerRegistrationScript } from '../../src/browser/workerRegistration.ts';

describe('offlinePagePath', () => {
  test.each([
    ['/lowongan/pelayanan/', '/luring/'],
    ['/', '/luring/'],
    ['/en/lowongan/pelayanan/', '/en/luring/'],
    ['/en/', '/en/luring/'],
    ['/halaman-yang-tidak-ada', '/luring/'],
  ])('gives %s the offline page %s', (pathname, expected) => {
    expect(offlinePagePath(pathname)).toBe(expected);
  });

  test('lists the offline page of each language', () => {
    expect(offlinePagePaths).toEqual(['/luring/', '/en/luring/']);
  });
});

describe('precachedPagePaths', () => {
  test('are the fraud page, the message checker and the offline page, in each language', () => {
    expect(precachedPagePaths()).toEqual([
      '/waspada-penipuan/',
      '/en/waspada-penipuan/',
      '/cek-keaslian/',
      '/en/cek-keaslian/',
      '/luring/',
      '/en/luring/',
    ]);
  });
});

describe('pageCacheKey', () => {
  test('drops the query a shared link carries, so the kept page is found', () => {
    expect(pageCacheKey('https://example.test/lowongan/x/?utm_source=wa')).toBe('https://example.test/lowongan/x/');
  });

  test('drops the fragment', () => {
    expect(pageCacheKey('https://example.test/tanya-jawab/#biaya')).toBe('https://example.test/tanya-jawab/');
  });

  test('leaves a plain address as it is', () => {
    expect(pageCacheKey('https://example.test/en/')).toBe('https://example.test/en/');
  });
});

describe('isKeptPage', () => {
  const page = (changes: Partial<Omit<PageResponse, 'headers'>> & { contentType?: string } = {}): PageResponse => ({
    status: 200,
    type: 'basic',
    redirected: false,
    ...changes,
    headers: { get: (name) => (name.toLowerCase() === 'content-type' ? (changes.contentType ?? 'text/html; charset=utf-8') : null) },
  });

  test('keeps a whole HTML page from this site', () => {
    expect(isKeptPage(page())).toBe(true);
    expect(isKeptPage(page({ contentType: 'text/html' }))).toBe(true);
  });

  test.each([404, 500, 206, 304])('does not keep a %s answer', (status) => {
    expect(isKeptPage(page({ status }))).toBe(false);
  });

  test.each(['opaque', 'cors', 'opaqueredirect', 'error'])('does not keep a %s response, which is not this site\'s own', (type) => {
    expect(isKeptPage(page({ type }))).toBe(false);
  });

  test('does not keep a page that arrived through a redirect', () => {
    expect(isKeptPage(page({ redirected: true }))).toBe(false);
  });

  test.each(['application/xml', 'text/calendar; charset=utf-8', 'text/htmlx', ''])('does not keep a %s file', (contentType) => {
    expect(isKeptPage(page({ contentType }))).toBe(false);
  });
});

describe('isSiteNavigation', () => {
  const origin = 'https://rekrutmen.example';

  test('answers a reader opening a page of this site', () => {
    expect(isSiteNavigation({ mode: 'navigate', method: 'GET' }, new URL(`${origin}/lowongan/x/`), origin)).toBe(true);
  });

  test('never touches another site, such as the apply portal', () => {
    const portal = new URL('https://rekrutmen.bpjsketenagakerjaan.go.id/');
    expect(isSiteNavigation({ mode: 'navigate', method: 'GET' }, portal, origin)).toBe(false);
  });

  test('leaves what a page loads, and anything but a GET, to the network', () => {
    expect(isSiteNavigation({ mode: 'no-cors', method: 'GET' }, new URL(`${origin}/favicon.svg`), origin)).toBe(false);
    expect(isSiteNavigation({ mode: 'navigate', method: 'POST' }, new URL(`${origin}/`), origin)).toBe(false);
  });

  test('never answers for or keeps the browser editor hosted beside the site', () => {
    expect(isSiteNavigation({ mode: 'navigate', method: 'GET' }, new URL(`${origin}${editorPath}`), origin)).toBe(false);
    expect(isSiteNavigation({ mode: 'navigate', method: 'GET' }, new URL(`${origin}${editorPath}#/collections/positions`), origin)).toBe(false);
  });
});

describe('localesStartingWith', () => {
  test('puts the page\'s language first', () => {
    expect(localesStartingWith('en')).toEqual(['en', 'id']);
    expect(localesStartingWith('id')).toEqual(['id', 'en']);
  });
});

describe('precacheManifest', () => {
  test('gives each address a revision that is a digest of its bytes', () => {
    const [entry] = precacheManifest([{ url: '/luring/', bytes: 'a page' }]);
    expect(entry?.url).toBe('/luring/');
    expect(entry?.revision).toMatch(/^[0-9a-f]{16}$/);
  });

  test('changes the revision when the content changes, and only then', () => {
    const [first, same, changed] = precacheManifest([
      { url: '/luring/', bytes: 'a page' },
      { url: '/luring/', bytes: Buffer.from('a page') },
      { url: '/luring/', bytes: 'a page, edited' },
    ]);
    expect(same?.revision).toBe(first?.revision);
    expect(changed?.revision).not.toBe(first?.revision);
  });

  test('stores only addresses of this site: the precached pages, the checker\'s script file and the page revisions', () => {
    expect(precachedUrls()).toEqual([...precachedPagePaths(), messageCheckerScript().src, pageRevisionsPath]);
    for (const url of precachedUrls()) expect(url).toMatch(/^\/(?!\/)/);
  });
});

describe('precacheManifestOf', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'bpjstk-precache-'));
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));
  const write = (file: string, text: string) => {
    mkdirSync(dirname(join(outDir, file)), { recursive: true });
    writeFileSync(join(outDir, file), text);
  };

  test('reads each file as the build wrote it', () => {
    write('luring/index.html', '<p>luring</p>');
    write('x.js', 'x()');
    expect(precacheManifestOf(outDir, ['/luring/', '/x.js'])).toEqual(
      precacheManifest([
        { url: '/luring/', bytes: '<p>luring</p>' },
        { url: '/x.js', bytes: 'x()' },
      ]),
    );
  });

  test('fails, naming the address, when the build lacks a file it should store', () => {
    expect(() => precacheManifestOf(outDir, ['/waspada-penipuan/'])).toThrow(/\/waspada-penipuan\//);
  });
});

describe('serviceWorkerScript', () => {
  const manifest = precacheManifest([{ url: '/luring/', bytes: 'a page' }]);
  const code = serviceWorkerScript(manifest);

  test('carries the manifest it is given', () => {
    expect(code).toContain('"/luring/"');
    expect(code).toContain(`"${manifest[0]?.revision}"`);
  });

  test('is a plain script without Workbox\'s development code', () => {
    expect(() => new Function(code)).not.toThrow();
    expect(code).not.toMatch(/process\.env|import\s|export\s/);
  });

  test('is the same for the same manifest, and differs for another', () => {
    expect(serviceWorkerScript(manifest)).toBe(code);
    expect(serviceWorkerScript(precacheManifest([{ url: '/luring/', bytes: 'a page, edited' }]))).not.toBe(code);
  });
});

describe('the worker registration script', () => {
  /** Runs the script with a stand-in `navigator` and window `addEventListener`; returns what it listens for. */
  function runWith(navigator: object): Map<string, () => void> {
    const listeners = new Map<string, () => void>();
    new Function('navigator', 'addEventListener', workerRegistrationScript)(navigator, (type: string, listener: () => void) => listeners.set(type, listener));
    return listeners;
  }

  test('does nothing in a browser without service workers', () => {
    expect([...runWith({}).keys()]).toEqual([]);
  });

  test('registers /sw.js, whose scope is the whole site, only once the page has loaded', () => {
    const registered: string[] = [];
    const listeners = runWith({ serviceWorker: { register: (path: string) => (registered.push(path), Promise.resolve()) } });
    expect(registered).toEqual([]);
    listeners.get('load')?.();
    expect(registered).toEqual(['/sw.js']);
  });

  test('catches a refusal, so the page reports no error', async () => {
    let caught: Promise<unknown> | undefined;
    const refusal = Promise.reject(new Error('refused'));
    const listeners = runWith({ serviceWorker: { register: () => ({ catch: (handler: () => void) => (caught = refusal.catch(handler)) }) } });
    listeners.get('load')?.();
    await expect(caught).resolves.toBeUndefined();
  });
});

describe('a kept copy\'s date', () => {
  const savedAt = new Date('2026-12-07T03:00:00Z');
  const page = () =>
    new Response('<p>halaman</p>', {
      status: 200,
      statusText: 'OK',
      headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': "default-src 'self'" },
    });

  test('is stored with the copy, which keeps its status, headers (its CSP among them) and body', async () => {
    const copy = withSavedAt(page(), savedAt);
    expect(copy.status).toBe(200);
    expect(copy.headers.get('content-security-policy')).toBe("default-src 'self'");
    expect(copy.headers.get(savedAtHeader)).toBe('2026-12-07T03:00:00.000Z');
    expect(await copy.text()).toBe('<p>halaman</p>');
    expect(savedAtOf(copy)).toEqual(savedAt);
  });

  test('is absent from a page fresh from the network, and from a header that is no date', () => {
    expect(savedAtOf(page())).toBeUndefined();
    expect(savedAtOf(new Response('', { headers: { [savedAtHeader]: 'kemarin' } }))).toBeUndefined();
  });
});

describe('showSavedCopyNotice', () => {
  const savedAt = new Date('2026-12-07T03:00:00Z');
  const page = `<!doctype html><html><head><title>x${savedCopyMarkers.notice}</title></head><body><main><p class="notice"${savedCopyMarkers.notice}Salinan tersimpan pada ${savedCopyMarkers.date}.</p><h1>Pelayanan</h1></main></body></html>`;

  test('shows the hidden notice with the date the page was saved, as the site writes a moment in WIB, in the page\'s language', () => {
    const shown = showSavedCopyNotice(page, savedAt, '/lowongan/pelayanan/');
    expect(shown).toContain(
      `<p class="notice" data-offline-copy>Salinan tersimpan pada <time data-offline-saved datetime="2026-12-07T03:00:00.000Z">${formatInstant(savedAt, 'WIB', 'id')}</time>.</p>`,
    );
    expect(shown).toContain('Senin, 7 Desember 2026 pukul 10.00 WIB');
    expect(showSavedCopyNotice(page, savedAt, '/en/lowongan/pelayanan/')).toContain('Monday 7 December 2026, 10:00 WIB');
  });

  test('changes nothing in the head, where a page\'s own words could read like the marker', () => {
    const shown = showSavedCopyNotice(page, savedAt, '/');
    expect(shown.slice(0, shown.indexOf('<body'))).toBe(page.slice(0, page.indexOf('<body')));
  });

  test('leaves a page without the notice, such as the offline page, as it is', () => {
    const offline = '<!doctype html><html><body><main><h1>Tidak ada sambungan internet</h1></main></body></html>';
    expect(showSavedCopyNotice(offline, savedAt, '/luring/')).toBe(offline);
  });
});

describe('asShownCopy', () => {
  const html = `<html><body><p${savedCopyMarkers.notice}${savedCopyMarkers.date}</p></body></html>`;
  const headers = { 'content-type': 'text/html; charset=utf-8', 'content-length': String(html.length) };

  test('passes a page from the network on untouched, without the notice', async () => {
    const fresh = new Response(html, { headers });
    expect(await asShownCopy(fresh, '/')).toBe(fresh);
  });

  test('shows a dated copy with its notice, without the stored length, which the date outgrows', async () => {
    const shown = await asShownCopy(withSavedAt(new Response(html, { headers }), new Date('2026-12-07T03:00:00Z')), '/');
    expect(await shown.text()).toContain('<p data-offline-copy><time data-offline-saved datetime="2026-12-07T03:00:00.000Z">');
    expect(shown.headers.get('content-length')).toBeNull();
    expect(shown.headers.get('content-type')).toBe('text/html; charset=utf-8');
  });

  test('leaves a stored file that is no page as it is', async () => {
    const list = withSavedAt(new Response('{}', { headers: { 'content-type': 'application/json' } }), new Date());
    expect(await asShownCopy(list, pageRevisionsPath)).toBe(list);
  });
});

describe('keptPageFate', () => {
  const revisions = { '/lowongan/pelayanan/': 'aaaa', '/en/tentang/': 'bbbb' };

  test('drops a page the new build no longer has, such as a deleted position', () => {
    expect(keptPageFate('/lowongan/dihapus/', 'aaaa', revisions)).toBe('drop');
  });

  test('refreshes a page the new build changed, such as one whose registration closed early', () => {
    expect(keptPageFate('/lowongan/pelayanan/', 'cccc', revisions)).toBe('refresh');
  });

  test('refreshes a page whose kept revision is unknown, and drops it when the new build no longer has it', () => {
    expect(keptPageFate('/en/tentang/', undefined, revisions)).toBe('refresh');
    expect(keptPageFate('/lowongan/dihapus/', undefined, revisions)).toBe('drop');
  });

  test('keeps a page the new build left as it was', () => {
    expect(keptPageFate('/en/tentang/', 'bbbb', revisions)).toBe('keep');
  });

  test('reads only the list\'s own entries, never what every object inherits', () => {
    expect(keptPageFate('constructor', 'x', revisions)).toBe('drop');
  });
});

describe('the page revisions', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'bpjstk-pages-'));
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));
  const write = (file: string, text: string) => {
    mkdirSync(dirname(join(outDir, file)), { recursive: true });
    writeFileSync(join(outDir, file), text);
  };
  for (const path of precachedUrls().filter((url) => url !== pageRevisionsPath)) write(builtFileOf(path), path);
  write('index.html', '<p>beranda</p>');
  write('en/lowongan/pelayanan/index.html', '<p>open</p>');
  write('404.html', '<p>404</p>');
  write('lowongan/rss.xml', '<rss/>');

  test('list every page of the build, and only pages, each with the revision the worker computes from the same bytes', async () => {
    const revisions = pageRevisionsOf(outDir);
    expect(Object.keys(revisions)).toContain('/en/lowongan/pelayanan/');
    expect(Object.keys(revisions)).toContain('/');
    expect(Object.keys(revisions).some((path) => path.endsWith('.xml'))).toBe(false);
    expect(revisions['/en/lowongan/pelayanan/']).toBe(await revisionOf(new TextEncoder().encode('<p>open</p>')));
    expect(revisions['/en/lowongan/pelayanan/']).toBe(precacheManifest([{ url: '/', bytes: '<p>open</p>' }])[0]?.revision);
  });

  test('are written beside /sw.js, which stores them: a change to any page makes a new worker', () => {
    const first = writeServiceWorker(outDir);
    expect(JSON.parse(readFileSync(join(outDir, builtFileOf(pageRevisionsPath)), 'utf8'))).toEqual(pageRevisionsOf(outDir));
    expect(readFileSync(join(outDir, 'sw.js'), 'utf8')).toBe(first);
    expect(writeServiceWorker(outDir)).toBe(first);
    write('en/lowongan/pelayanan/index.html', '<p>closed</p>');
    expect(writeServiceWorker(outDir)).not.toBe(first);
  });
});
