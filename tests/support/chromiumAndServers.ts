import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { chromiumArgs, chromiumIsInstalled, chromiumPath } from '../../scripts/support/chromium.ts';
import { startStaticServer } from '../../scripts/support/staticServer.ts';
import { fixtureBuilds, siteDir } from './sites.ts';

/*
 * The browser project's global setup, listed after buildSites.ts: one Chromium for the whole run and
 * one static server per fixture build, started once here in Vitest's main process and handed to the
 * test files through `provide` (each file connects with `chromium.connect`). A launch costs seconds
 * on two cores; a connection, milliseconds. Both stop in the teardown this returns.
 */
export type FixtureBuild = (typeof fixtureBuilds)[number];

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the shared Chromium listens (Playwright's WebSocket); absent where Chromium is not installed. */
    chromiumEndpoint?: string;
    /** Each fixture build's server, `http://127.0.0.1:<port>` without a trailing slash. */
    siteUrls: Record<FixtureBuild, string>;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // Without Chromium no file connects: the suites skip, or fail under CI=true (describeInChromium).
  const launching = chromiumIsInstalled() ? chromium.launchServer({ executablePath: chromiumPath, args: [...chromiumArgs] }) : Promise.resolve(undefined);
  const servers = await Promise.all(fixtureBuilds.map(async (build) => [build, await startStaticServer(siteDir(build))] as const));
  const chromiumServer = await launching;
  if (chromiumServer !== undefined) project.provide('chromiumEndpoint', chromiumServer.wsEndpoint());
  project.provide('siteUrls', Object.fromEntries(servers.map(([build, server]) => [build, server.url])) as Record<FixtureBuild, string>);
  return async () => {
    await Promise.all([chromiumServer?.close(), ...servers.map(([, server]) => server.close())]);
  };
}
