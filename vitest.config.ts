import { defineConfig } from 'vitest/config';

/*
 * One project per kind of test, named by file suffix (GOV.UK Frontend's convention):
 * `*.unit.test.ts` run plain TypeScript; `*.build.test.ts` read the site built once by globalSetup;
 * `*.browser.test.ts` serve that same build to Chromium (buildSites.ts builds once for both projects;
 * chromiumAndServers.ts then starts the one Chromium and the build servers every browser file shares).
 */
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/**/*.unit.test.ts'] } },
      {
        test: {
          name: 'build',
          include: ['tests/**/*.build.test.ts'],
          globalSetup: ['tests/support/buildSites.ts'],
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/**/*.browser.test.ts'],
          // The builds first, then one Chromium and one server per fixture build for every file.
          globalSetup: ['tests/support/buildSites.ts', 'tests/support/chromiumAndServers.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
