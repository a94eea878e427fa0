import { formatInstant } from '../time/dateFormat.ts';
import { splitLocalePath } from '../paths/routes.ts';
import { officialTimeZone } from '../time/timeZones.ts';

/*
 * How the service worker (src/browser/serviceWorker.ts) dates what it keeps, says so when it shows
 * a kept copy, and settles its kept pages against a new build. Plain code on the Fetch and Web
 * Crypto APIs, which workers and Node share: the worker bundles it, the tests run it as it is.
 */

/** The header a stored copy carries the moment it was saved in (ISO 8601); a page from the network has none. */
export const savedAtHeader = 'x-saved-at';

/**
 * Where the build lists each page it holds with a digest of its bytes. The worker stores it on
 * install, by its revision like any other stored file, and settles its kept pages against it when
 * it takes over.
 */
export const pageRevisionsPath = '/sw-pages.json';

/** Each page's URL path (`/en/lowongan/x/`) with the revision of its built bytes. */
export type PageRevisions = Readonly<Record<string, string>>;

/** The copy to store of `response`, dated `savedAt`: the same status, headers (the page's CSP among them) and body. */
export function withSavedAt(response: Response, savedAt: Date): Response {
  const headers = new Headers(response.headers);
  headers.set(savedAtHeader, savedAt.toISOString());
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

/** When a stored copy was saved; undefined for a response fresh from the network. */
export function savedAtOf(response: { headers: { get: (name: string) => string | null } }): Date | undefined {
  const value = response.headers.get(savedAtHeader);
  const savedAt = value === null ? Number.NaN : Date.parse(value);
  return Number.isNaN(savedAt) ? undefined : new Date(savedAt);
}

/** What every page holds, hidden, for the worker to show: the notice and the empty date in it (src/components/SavedCopyNotice.astro). */
export const savedCopyMarkers = {
  notice: ' data-offline-copy hidden>',
  date: '<time data-offline-saved></time>',
} as const;

/**
 * A kept page's HTML with its saved-copy notice shown and dated "as the site writes a moment, in
 * WIB", in the language of `pathname`. Changes only the page's body, where the layout puts the
 * notice before any content: the `<head>` carries the content's words, never a marker. A page
 * without the notice (the offline page, which says what it is) is left as it is. The date comes
 * from fixed month and day names, so it needs no escaping.
 */
export function showSavedCopyNotice(html: string, savedAt: Date, pathname: string): string {
  const body = html.indexOf('<body');
  if (body < 0) return html;
  const { locale } = splitLocalePath(pathname);
  const shown = html
    .slice(body)
    .replace(savedCopyMarkers.notice, ' data-offline-copy>')
    .replace(
      savedCopyMarkers.date,
      `<time data-offline-saved datetime="${savedAt.toISOString()}">${formatInstant(savedAt, officialTimeZone, locale)}</time>`,
    );
  return html.slice(0, body) + shown;
}

/** The stored copy as a reader is shown it: a dated copy says so, a page from the network is passed on untouched. */
export async function asShownCopy(response: Response, pathname: string): Promise<Response> {
  const savedAt = savedAtOf(response);
  if (savedAt === undefined || !/^text\/html/i.test(response.headers.get('content-type') ?? '')) return response;
  const headers = new Headers(response.headers);
  // The body grows by the date: the stored length no longer holds.
  headers.delete('content-length');
  const html = showSavedCopyNotice(await response.text(), savedAt, pathname);
  return new Response(html, { status: response.status, statusText: response.statusText, headers });
}

/**
 * What becomes of a kept page when a new build's worker takes over: a page the new build no longer
 * has (a deleted position) is dropped; one whose bytes the new build changed (registration closed
 * early, a new stage) is refreshed from the network, and dropped until then, so that it never
 * shows what the new build withdrew; one the new build left as it was is kept with its date. A
 * copy whose revision is unknown counts as changed.
 */
export function keptPageFate(pathname: string, keptRevision: string | undefined, revisions: PageRevisions): 'keep' | 'refresh' | 'drop' {
  if (!Object.hasOwn(revisions, pathname)) return 'drop';
  return revisions[pathname] === keptRevision ? 'keep' : 'refresh';
}

/** The revision of a page's bytes as the build writes it (src/lib/offline/serviceWorkerScript.ts): the first 16 hex digits of its SHA-256. */
export async function revisionOf(bytes: ArrayBuffer | Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest.subarray(0, 8), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
