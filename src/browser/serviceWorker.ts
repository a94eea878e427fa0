import { CacheableResponsePlugin } from 'workbox-cacheable-response';
import { clientsClaim } from 'workbox-core';
import type { WorkboxPlugin } from 'workbox-core/types.js';
import { ExpirationPlugin } from 'workbox-expiration';
import { addPlugins, addRoute, matchPrecache, precache, type PrecacheEntry } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { NetworkFirst } from 'workbox-strategies';
import { asShownCopy, keptPageFate, pageRevisionsPath, type PageRevisions, revisionOf, savedAtOf, withSavedAt } from '../lib/offline/keptPages.ts';
import {
  isKeptPage,
  isSiteNavigation,
  maxKeptPages,
  networkTimeoutSeconds,
  offlinePagePath,
  pageCacheKey,
  pagesCacheName,
} from '../lib/offline/rules.ts';

/*
 * The site's service worker, served as /sw.js (bundled by src/lib/offline/serviceWorkerScript.ts). It
 * stores the fraud page, the message checker, the offline page and the list of the build's pages
 * when it installs, keeps every page the reader opens, dated, and answers a navigation from the
 * network first, so a reader online always gets the latest build and the kept copy is refreshed
 * on the way. Without signal it answers with the kept copy, else the stored one, each showing the
 * notice that it is a saved copy and from when, else the offline page in the page's language.
 * When it takes over from an older build's worker, it drops the kept pages this build removed or
 * changed, and fetches the changed ones again. The site works the same without it: nothing on a
 * page depends on it.
 */

/** The parts of the worker's global scope used here (the project's types are the DOM's, not a worker's). */
interface WorkerScope {
  location: Location;
  skipWaiting: () => Promise<void>;
  clients: { matchAll: (options: { type: 'window'; includeUncontrolled: boolean }) => Promise<readonly { url: string }[]> };
  registration: { navigationPreload?: { enable: () => Promise<void> } };
  addEventListener: (type: 'activate', listener: (event: ActivateEvent) => void) => void;
}

interface ActivateEvent extends Event {
  waitUntil: (promise: Promise<unknown>) => void;
}

declare const self: WorkerScope;
/** The files to store on install, with their content revisions: put in by the build. */
declare const PRECACHE_MANIFEST: PrecacheEntry[];

// A new build's worker takes over at once: pages are static documents that load nothing from it,
// so no open page can be left half old, half new.
void self.skipWaiting();
clientsClaim();

precache(PRECACHE_MANIFEST);
// A stored page is shown with the date it was stored, as a kept one is. Replacing Workbox's default
// check of what precaching may store: this one refuses the same error answers.
addPlugins([{ cacheWillUpdate: async ({ response }) => (response.status < 400 ? withSavedAt(response, new Date()) : null) }]);

/**
 * Workbox's plugin classes declare their hooks as optional properties that may hold `undefined`,
 * which the project's `exactOptionalPropertyTypes` tells apart from absent ones; they are plugins all the same.
 */
function asPlugin(plugin: CacheableResponsePlugin | ExpirationPlugin): WorkboxPlugin {
  return plugin as WorkboxPlugin;
}

const pages = new NetworkFirst({
  cacheName: pagesCacheName,
  networkTimeoutSeconds,
  plugins: [
    asPlugin(new CacheableResponsePlugin({ statuses: [200] })),
    {
      cacheWillUpdate: async ({ response }) => (isKeptPage(response) ? withSavedAt(response, new Date()) : null),
      cacheKeyWillBeUsed: async ({ request }) => pageCacheKey(request.url),
    },
    asPlugin(new ExpirationPlugin({ maxEntries: maxKeptPages })),
  ],
});

registerRoute(
  ({ request, url }) => isSiteNavigation(request, url, self.location.origin),
  async (options) => {
    const { pathname } = options.url;
    try {
      return await asShownCopy(await pages.handle(options), pathname);
    } catch {
      const stored = await matchPrecache(pathname);
      if (stored !== undefined) return asShownCopy(stored, pathname);
      return (await matchPrecache(offlinePagePath(pathname))) ?? Response.error();
    }
  },
);
// After the navigation route, so only what a page loads (the checker's script) is served from the store.
addRoute();

self.addEventListener('activate', (event) => {
  event.waitUntil(
    Promise.all([
      self.registration.navigationPreload?.enable(),
      settleKeptPages().then((changed) => {
        void Promise.all(changed.map(refetch));
        return keepOpenPages(event);
      }),
    ]),
  );
});

/**
 * Settles the pages an older build's worker kept against this build's list: drops what this build
 * no longer has or has changed, and returns the changed ones' addresses. Drops everything when the
 * list cannot be read, as nothing then says which copies still hold. Only local work: while the
 * worker activates, the browser holds the reader's navigations back.
 */
async function settleKeptPages(): Promise<string[]> {
  const [cache, list] = await Promise.all([caches.open(pagesCacheName), matchPrecache(pageRevisionsPath)]);
  const revisions = (await list?.json().catch(() => undefined)) as PageRevisions | undefined;
  const kept = await cache.keys();
  const fates = await Promise.all(
    kept.map(async (request) => {
      const copy = await cache.match(request);
      if (revisions === undefined || copy === undefined) return 'drop';
      // A copy without its date (kept by a worker older than the saved-copy notice) cannot say
      // when it was saved: fetched again, like a changed one.
      const revision = savedAtOf(copy) === undefined ? undefined : await revisionOf(await copy.arrayBuffer());
      return keptPageFate(new URL(request.url).pathname, revision, revisions);
    }),
  );
  const stale = kept.filter((_, index) => fates[index] !== 'keep');
  await Promise.all(stale.map((request) => cache.delete(request)));
  return kept.filter((_, index) => fates[index] === 'refresh').map(({ url }) => url);
}

/**
 * Fetches a changed page again once the worker has taken over, past the browser's HTTP cache,
 * which may still hold the older build's copy, and keeps it dated as any page. Outside the
 * activation, so the reader's navigations do not wait for it: if the signal drops or the browser
 * stops the worker first, the page stays dropped until the reader opens it again.
 */
async function refetch(url: string): Promise<void> {
  try {
    const response = await fetch(url, { cache: 'no-cache' });
    if (isKeptPage(response)) await (await caches.open(pagesCacheName)).put(url, withSavedAt(response, new Date()));
  } catch {
    // No signal: the page stays dropped, as it would be without this fetch.
  }
}

/**
 * The page that registered the worker loaded before the worker could keep it: keep it now, and any
 * other page of the site open at this moment, so that it opens again tomorrow without signal.
 */
async function keepOpenPages(event: ActivateEvent): Promise<void> {
  const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  const open = windows.map(({ url }) => new URL(url)).filter((url) => url.origin === self.location.origin);
  await Promise.all(open.map((url) => pages.handle({ event, request: new Request(url.href) }).catch(() => undefined)));
}
