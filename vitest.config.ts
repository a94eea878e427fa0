import { defineConfig } from 'vitest/config';

/*
 * One project per kind of test, named by file suffix (GOV.UK Frontend's convention):
 * `*.unit.test.ts` run plain TypeScript; `*.build.test.ts` read the site built once by globalSetup;
 * `*.browser.test.ts` serve that same build to Chromium (buildSites.ts builds once for both projects;
 * chromiumAndServers.ts then starts the one Chromium and the build servers every browser file shares).
 *
 * Two groups, one after the other: the unit and build tests, two files at a time (on two cores,
 * Vitest's default is one), then the browser tests, one file at a time beside the one Chromium.
 * Measured on 2 cores: 226 s for Vitest with one file at a time throughout, 205 s in two groups.
 */
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/**/*.unit.test.ts'], maxWorkers: 2, sequence: { groupOrder: 0 } } },
      {
        test: {
          name: 'build',
          include: ['tests/**/*.build.test.ts'],
          globalSetup: ['tests/support/buildSites.ts'],
          testTimeout: 30_000,
          maxWorkers: 2,
          sequence: { groupOrder: 0 },
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
          maxWorkers: 1,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
