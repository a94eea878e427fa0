import { defineConfig } from 'vitest/config';

/*
 * One project per kind of test, named by file suffix (GOV.UK Frontend's convention):
 * `*.unit.test.ts` run plain TypeScript; `*.build.test.ts` read the site built once by globalSetup;
 * `*.browser.test.ts` serve that same build to Chromium (buildSites.ts builds once for every project;
 * chromiumAndServers.ts then starts the one Chromium and the build servers every browser file shares).
 *
 * Two groups, one after the other. First every file but two, two at a time (on two cores Vitest's
 * default is one): a run spends much of its time waiting on Chromium or on a build, and the other
 * file fills it. Then, alone, the browser files that time keystrokes and the page's clock (the
 * message checker's 300 ms pause, the registration clock): beside another file, keystrokes typed
 * 20 ms apart reached the checker more than 300 ms apart.
 */
const timedInBrowser = ['tests/browser/messageCheck.browser.test.ts', 'tests/browser/registrationClock.browser.test.ts'];

const browser = {
  // The builds first, then one Chromium and one server per fixture build for every file.
  globalSetup: ['tests/support/buildSites.ts', 'tests/support/chromiumAndServers.ts'],
  testTimeout: 60_000,
  hookTimeout: 60_000,
  // The page audit checks two pages at a time (its page suites are `concurrent`).
  maxConcurrency: 2,
};

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
          exclude: timedInBrowser,
          ...browser,
          maxWorkers: 2,
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: { name: 'browser-timed', include: timedInBrowser, ...browser, maxWorkers: 1, sequence: { groupOrder: 1 } },
      },
    ],
  },
});
