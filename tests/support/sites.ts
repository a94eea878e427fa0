import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addressOfBuiltFile } from '../../src/lib/paths/builtFiles.ts';
import { offlinePagePaths } from '../../src/lib/offline/rules.ts';
import { fixtureClocks, fixtureSiteRoot } from './fixtureSite.ts';

export { htmlPages } from '../../scripts/support/builtPages.ts';

export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
export const artifactsDir = join(projectRoot, 'tests', '.artifacts');

/** What a build depends on besides the code: its content folder and its clock (`undefined`: the real one). */
export interface SiteInputs {
  contentRoot: string;
  siteNow: string | undefined;
}

/**
 * The builds the tests read: the fixture site (tests/fixtures/site) "as of" a moment before, during
 * and after its lead campaign's registration, in its last days ("closing soon") and more than a
 * year later ("concluded"), and `live`, the real content/ on the real clock, which only invariant
 * tests read. Each is built once per test run by globalSetup (tests/support/buildSites.ts).
 * The fixture site lives in this repository but is not its content/ folder, so its git history is
 * not read (src/lib/content/freshness.ts, contentFolderInRepository): no page of its builds says
 * that its translation is behind, whoever last fixed an Indonesian fixture.
 */
export const siteBuilds = {
  upcoming: { contentRoot: fixtureSiteRoot, siteNow: fixtureClocks.upcoming },
  open: { contentRoot: fixtureSiteRoot, siteNow: fixtureClocks.open },
  closed: { contentRoot: fixtureSiteRoot, siteNow: fixtureClocks.closed },
  closingSoon: { contentRoot: fixtureSiteRoot, siteNow: fixtureClocks.closingSoon },
  concluded: { contentRoot: fixtureSiteRoot, siteNow: fixtureClocks.concluded },
  live: { contentRoot: join(projectRoot, 'content'), siteNow: undefined },
} as const satisfies Record<string, SiteInputs>;

export type SiteBuild = keyof typeof siteBuilds;

/** The builds of the fixture site, whose content the tests know. */
export const fixtureBuilds = ['upcoming', 'open', 'closed'] as const satisfies readonly SiteBuild[];

export function siteDir(build: SiteBuild): string {
  return join(artifactsDir, 'sites', build);
}

export function readPage(root: string, page: string): string {
  return readFileSync(join(root, page), 'utf8');
}

/** `en/lowongan/x/index.html` → `/en/lowongan/x/`, by the site's one rule (src/lib/paths/builtFiles.ts). */
export function urlPathOf(page: string): string {
  return addressOfBuiltFile(page);
}

/**
 * A page shown in place of another address: the 404, and the offline pages the service worker
 * shows without signal. Neither has an address a reader would share, a twin to switch to or a
 * place in the sitemap, and each speaks every language.
 */
export function isStandInPage(page: string): boolean {
  return page === '404.html' || offlinePagePaths.includes(urlPathOf(page));
}

/** The slug of the position a built page shows (`en/lowongan/x/index.html` → `x`); undefined for any other page, a region page included. */
export function positionOfPage(page: string): string | undefined {
  return /^(?:en\/)?lowongan\/([^/]+)\/index\.html$/.exec(page)?.[1];
}

/** The region a built region page lists (`en/lowongan/wilayah/bali/index.html` → `bali`); undefined for any other page. */
export function regionOfPage(page: string): string | undefined {
  return /^(?:en\/)?lowongan\/wilayah\/([^/]+)\/index\.html$/.exec(page)?.[1];
}
