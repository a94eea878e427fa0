import { buildSite, siteBuilds, siteDir, type SiteBuild } from './sites.ts';

/** Builds each clock's site once, one after another: parallel builds would share Astro's content cache. */
export default function setup(): void {
  for (const build of Object.keys(siteBuilds) as SiteBuild[]) {
    buildSite(siteDir(build), siteBuilds[build]);
  }
}
