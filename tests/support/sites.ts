import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
export const artifactsDir = join(projectRoot, 'tests', '.artifacts');

/**
 * The builds the tests read, each "as of" a moment of the September 2025 campaign (`today` uses
 * the real clock). Each is built once per test run by globalSetup.
 */
export const siteBuilds = {
  open: '2025-09-10T10:00:00+07:00',
  upcoming: '2025-09-01T08:00:00+07:00',
  closed: '2025-09-15T02:00:00+07:00',
  today: undefined,
} as const satisfies Record<string, string | undefined>;

export type SiteBuild = keyof typeof siteBuilds;

export function siteDir(build: SiteBuild): string {
  return join(artifactsDir, 'sites', build);
}

/** Builds the real site with the given clock into `outDir`, on the project's own Node. */
export function buildSite(outDir: string, siteNow: string | undefined): void {
  const { SITE_NOW: _inherited, ...env } = process.env;
  execFileSync('npx', ['astro', 'build', '--outDir', outDir], {
    cwd: projectRoot,
    env: siteNow === undefined ? env : { ...env, SITE_NOW: siteNow },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Every HTML page of a build, as paths relative to its root with forward slashes. */
export function htmlPages(root: string): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return walk(path);
      return entry.name.endsWith('.html') ? [relative(root, path).split(sep).join('/')] : [];
    });
  return existsSync(root) ? walk(root).sort() : [];
}

export function readPage(root: string, page: string): string {
  return readFileSync(join(root, page), 'utf8');
}

/** `en/lowongan/x/index.html` → `/en/lowongan/x/` */
export function urlPathOf(page: string): string {
  return `/${page.replace(/index\.html$/, '')}`;
}
