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
          // The page audit checks two pages at a time, one per core (its page suites are `concurrent`).
          // Files keep Vitest's default, one at a time on two cores: two files at a time were no
          // faster here, and beside another file's pages the message checker's keystrokes, typed
          // 20 ms apart, reached it more than its 300 ms pause apart.
          maxConcurrency: 2,
        },
      },
    ],
  },
});
