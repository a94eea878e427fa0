import { buildSite, siteBuilds, siteDir, type SiteBuild } from './sites.ts';

/*
 * Every project that reads the built site lists this file as its globalSetup, and Vitest runs each
 * project's globalSetup in turn in its one main process: the mark on globalThis makes the second
 * project reuse the first one's builds instead of building again.
 */
const built = Symbol.for('bpjstk.tests.sitesBuilt');
const runState = globalThis as { [built]?: true };

/** Builds each site once, one after another: parallel builds would share Astro's content cache. */
export default function setup(): void {
  if (runState[built]) return;
  for (const build of Object.keys(siteBuilds) as SiteBuild[]) {
    buildSite(siteDir(build), siteBuilds[build]);
  }
  runState[built] = true;
}
