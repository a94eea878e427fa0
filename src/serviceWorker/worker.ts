import { CacheableResponsePlugin } from 'workbox-cacheable-response';
import { clientsClaim } from 'workbox-core';
import type { WorkboxPlugin } from 'workbox-core/types.js';
import { ExpirationPlugin } from 'workbox-expiration';
import { addRoute, matchPrecache, precache, type PrecacheEntry } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { NetworkFirst } from 'workbox-strategies';
import {
  isKeptPage,
  isSiteNavigation,
  maxKeptPages,
  networkTimeoutSeconds,
  offlinePagePath,
  pageCacheKey,
  pagesCacheName,
} from '../lib/offline.ts';

/*
 * The site's service worker, served as /sw.js (bundled by src/lib/serviceWorkerScript.ts). It
 * stores the fraud page, the message checker and the offline page when it installs, keeps every
 * page the reader opens, and answers a navigation from the network first, so a reader online
 * always gets the latest build and the kept copy is refreshed on the way. Without signal it
 * answers with the kept copy, else the stored one, else the offline page in the page's language.
 * The site works the same without it: nothing on a page depends on it.
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
      cacheWillUpdate: async ({ response }) => (isKeptPage(response) ? response : null),
      cacheKeyWillBeUsed: async ({ request }) => pageCacheKey(request.url),
    },
    asPlugin(new ExpirationPlugin({ maxEntries: maxKeptPages })),
  ],
});

registerRoute(
  ({ request, url }) => isSiteNavigation(request, url, self.location.origin),
  async (options) => {
    try {
      return await pages.handle(options);
    } catch {
      const { pathname } = options.url;
      return (await matchPrecache(pathname)) ?? (await matchPrecache(offlinePagePath(pathname))) ?? Response.error();
    }
  },
);
// After the navigation route, so only what a page loads (the checker's script) is served from the store.
addRoute();

self.addEventListener('activate', (event) => {
  event.waitUntil(Promise.all([self.registration.navigationPreload?.enable(), keepOpenPages(event)]));
});

/**
 * The page that registered the worker loaded before the worker could keep it: keep it now, and any
 * other page of the site open at this moment, so that it opens again tomorrow without signal.
 */
async function keepOpenPages(event: ActivateEvent): Promise<void> {
  const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  const open = windows.map(({ url }) => new URL(url)).filter((url) => url.origin === self.location.origin);
  await Promise.all(open.map((url) => pages.handle({ event, request: new Request(url.href) }).catch(() => undefined)));
}
