import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/*
 * Runs the Astro CLI on the Node that runs this script (the project's own Node 24, which `npm run`
 * puts first on the PATH). Spawning `npx` instead would fail on Windows, where it is `npx.cmd` and
 * Node no longer starts .cmd files without a shell.
 */
const require = createRequire(import.meta.url);
const astroPackage = require.resolve('astro/package.json');
const astroCli = join(dirname(astroPackage), (require(astroPackage) as { bin: { astro: string } }).bin.astro);

/** Astro's exit status: 0 when it succeeded. */
export function runAstro(args: readonly string[], env: NodeJS.ProcessEnv = process.env): number {
  return spawnSync(process.execPath, [astroCli, ...args], { stdio: 'inherit', env }).status ?? 1;
}
