import type { AstroPrerenderer } from 'astro';

/*
 * A site address and the built file it is served from, both ways, said once. The site is built
 * with `build.format: 'directory'` and `trailingSlash: 'always'` and no `base`, and a static host
 * answers an address ending in a slash with that folder's `index.html`: `/en/luring/` ↔
 * `en/luring/index.html`, `/` ↔ `index.html`, a named file under its own name (`/kalender/x.ics`,
 * `/lowongan/rss.xml`, `/sw.js`, `/og/x.png`). Astro's status pages are the exception: the 404 page
 * is written as `404.html` and served at any address the site lacks.
 * Used by the build (the worker's prerenderer, render-ahead), the offline worker's file lists, the
 * output check and the tests; Node-free, so any of them may load it.
 */

type RouteType = Awaited<ReturnType<AstroPrerenderer['getStaticPaths']>>[number]['route']['type'];

/** Astro's status pages, written as `404.html` rather than `404/index.html`. */
const statusPages = new Set(['/404', '/500']);

/** The built file a static host answers `address` with: `/en/luring/` → `en/luring/index.html`. */
export function builtFileOf(address: string): string {
  const relative = decodeURIComponent(address).replace(/^\//, '');
  return relative === '' || relative.endsWith('/') ? `${relative}index.html` : relative;
}

/** The address a static host serves a built file at: `en/luring/index.html` → `/en/luring/`, `404.html` → `/404.html`. */
export function addressOfBuiltFile(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/**
 * The URL Astro requests a route's path at, rendering at `origin` (its `getUrlForPath`): a page
 * ends in a slash, and so does an endpoint whose name has no extension.
 */
export function requestUrlOf(pathname: string, routeType: RouteType, origin: string): string {
  const named = routeType === 'endpoint' && /\.[^/]+$/.test(pathname);
  return new URL(named || pathname.endsWith('/') ? pathname : `${pathname}/`, origin).href;
}

/**
 * Where Astro writes the file for a requested address (its `getOutFile`): an endpoint under its
 * own name, a status page as `404.html`, any other page as the file a static host serves it from.
 */
export function writtenFileOf(address: string, routeType: RouteType): string {
  if (routeType === 'endpoint') return decodeURIComponent(address).replace(/^\//, '');
  const page = address.replace(/\/$/, '');
  if (statusPages.has(page)) return `${page.slice(1)}.html`;
  return builtFileOf(`${page}/`);
}
