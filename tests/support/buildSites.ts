import { projectCheckout, removeCheckouts } from './checkout.ts';
import { npmRunInBackground } from './npmRun.ts';
import { siteBuilds, siteDir, type SiteBuild, type SiteInputs } from './sites.ts';

/*
 * The globalSetup of every project that reads the built sites (tests/support/sites.ts, siteBuilds):
 * builds each once per run, through `npm run build`, the command editors and the deployment run
 * (the content check, then the atomic build), so the tests read what that command publishes.
 * Vitest runs each project's globalSetup in turn in its one main process: the mark on globalThis
 * makes the second project reuse the first one's builds instead of building again.
 */
const built = Symbol.for('bpjstk.tests.sitesBuilt');
const runState = globalThis as { [built]?: true };

/**
 * Builds run in lanes side by side, each lane one build after another in a checkout of its own
 * (tests/support/checkout.ts: builds in one checkout share Astro's content cache). Two lanes for
 * two cores; neighbours in siteBuilds share a lane, so the fixture site's builds reuse its cache.
 */
const laneCount = 2;

export default async function setup(): Promise<void> {
  if (runState[built]) return;
  const lanes = await Promise.allSettled(lanesOf(Object.keys(siteBuilds) as SiteBuild[], laneCount).map(buildLane));
  removeCheckouts();
  for (const lane of lanes) if (lane.status === 'rejected') throw lane.reason;
  runState[built] = true;
}

function lanesOf(builds: readonly SiteBuild[], count: number): SiteBuild[][] {
  const size = Math.ceil(builds.length / count);
  return Array.from({ length: count }, (_, lane) => builds.slice(lane * size, (lane + 1) * size));
}

async function buildLane(builds: readonly SiteBuild[]): Promise<void> {
  const checkout = projectCheckout();
  for (const build of builds) await buildSite(siteDir(build), siteBuilds[build], checkout);
}

async function buildSite(outDir: string, { contentRoot, siteNow }: SiteInputs, checkout: string): Promise<void> {
  const run = await npmRunInBackground('build', ['--outDir', outDir], { CONTENT_ROOT: contentRoot, SITE_NOW: siteNow }, checkout);
  if (run.status !== 0) throw new Error(`npm run build -- --outDir ${outDir} failed (CONTENT_ROOT=${contentRoot}, SITE_NOW=${siteNow ?? 'now'}):\n${run.stdout}\n${run.stderr}`);
}
