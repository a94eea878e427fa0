import { existsSync } from 'node:fs';

/*
 * Debian's Chromium, the only browser the tests and the bench drive (`.ci/run` installs it), and the
 * flags that keep it off the network: everything here runs offline. No test runner imports, so plain
 * Node scripts (scripts/bench.ts) and the browser tests' global setup can use it too.
 */
export const chromiumPath = '/usr/bin/chromium';

export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
] as const;

export function chromiumIsInstalled(): boolean {
  return existsSync(chromiumPath);
}
