import { localeCodes } from '../../i18n/locales.ts';
import { localizedPath, routes, splitLocalePath } from '../paths/routes.ts';

/*
 * What the service worker (src/browser/serviceWorker.ts) keeps for a reader without signal, and the
 * rules it keeps them by. Plain code without Node or DOM: the worker bundles it, the build and the
 * tests import it.
 */

/** Where the worker is served: at the root, so that its scope is the whole site. */
export const serviceWorkerPath = '/sw.js';

/** The cache of pages the reader has opened. */
export const pagesCacheName = 'halaman';

/**
 * How long a navigation waits for the network before it shows the copy the phone kept. A slow
 * answer is still the truth and a kept copy may not be: a page is about 6 KB brotli, which arrives
 * in 1 to 2 s over a satellite link (~600 ms a round trip) and in under 10 s over a weak 2G one, so
 * a reader online always waits for it. Only a link that answers nothing for this long (a signal
 * bar without a connection behind it) gets the kept copy, marked as a saved copy with its date;
 * the network's answer, if it comes later, still replaces the kept copy for the next visit. A
 * page the phone has not kept waits for the network as long as the browser does.
 */
export const networkTimeoutSeconds = 20;

/** Enough for a reader's positions, programmes and announcements in both languages, in about 1 MB (a page is ~22 KB). */
export const maxKeptPages = 50;

/** The offline page in each language. */
export const offlinePagePaths: readonly string[] = localeCodes.map((locale) => localizedPath(locale, routes.offline()));

/** The offline page in the language of `pathname`: `/en/…` gets the English one. */
export function offlinePagePath(pathname: string): string {
  return localizedPath(splitLocalePath(pathname).locale, routes.offline());
}

/**
 * The pages the worker stores when it installs, before the reader opens them: where to check a
 * message and how to spot fraud are what a reader without signal most needs to reach.
 */
export function precachedPagePaths(): string[] {
  return [routes.fraud(), routes.check(), routes.offline()].flatMap((path) => localeCodes.map((locale) => localizedPath(locale, path)));
}

/**
 * The key a page is kept under: its address without query or fragment, so that a link shared as
 * `/lowongan/x/?utm_source=wa` finds the page kept as `/lowongan/x/`. Pages are static: a query
 * never changes them.
 */
export function pageCacheKey(url: string): string {
  const key = new URL(url);
  key.search = '';
  key.hash = '';
  return key.href;
}

/** The parts of a fetch Response the keeping rule reads. */
export interface PageResponse {
  status: number;
  type: string;
  redirected: boolean;
  headers: { get: (name: string) => string | null };
}

/**
 * A response worth keeping as a page: a whole (200), same-origin (`basic`) HTML document that
 * arrived without a redirect. Anything else (an error page, another site, a feed) is shown once and
 * not kept.
 */
export function isKeptPage(response: PageResponse): boolean {
  return (
    response.status === 200 &&
    response.type === 'basic' &&
    !response.redirected &&
    /^text\/html\s*(;|$)/i.test(response.headers.get('content-type') ?? '')
  );
}

/**
 * Where the browser editor is served when it is hosted beside the site (content/README.md). It is
 * not a page for readers: the worker never answers for it or keeps it, so an editor always gets
 * the editor as deployed and a reader's phone never stores it.
 */
export const editorPath = '/editor/';

/**
 * A navigation the worker answers: one to a page of this site; another site's (the apply portal's)
 * and the editor's are never touched.
 */
export function isSiteNavigation(request: { mode: string; method: string }, url: URL, origin: string): boolean {
  return request.mode === 'navigate' && request.method === 'GET' && url.origin === origin && !url.pathname.startsWith(editorPath);
}
