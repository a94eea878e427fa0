import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
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

/**
 * What Astro is started with besides the caller's environment, which may override it. Editors read
 * this terminal for the content check's bilingual lines: Astro's English "new version available"
 * prompt (checked against the npm registry on `astro dev`) and its one-time telemetry notice are
 * not theirs to act on, since developers upgrade Astro through package.json. The variables are the
 * ones Astro reads (astro/dist/core/dev/update-check.js, @astrojs/telemetry), so nothing is written
 * to the editor's global Astro preferences.
 */
export const quietAstroEnvironment = { ASTRO_DISABLE_UPDATE_CHECK: 'true', ASTRO_TELEMETRY_DISABLED: '1' } as const;

/** Astro's exit status: 0 when it succeeded. */
export function runAstro(args: readonly string[], env: NodeJS.ProcessEnv = process.env): number {
  return spawnSync(process.execPath, [astroCli, ...args], { stdio: 'inherit', env: { ...quietAstroEnvironment, ...env } }).status ?? 1;
}

/** Astro started beside the caller (`npm run edit` runs the preview next to the editor); the caller stops it. */
export function startAstro(args: readonly string[], env: NodeJS.ProcessEnv = process.env): ChildProcess {
  return spawn(process.execPath, [astroCli, ...args], { stdio: ['ignore', 'inherit', 'inherit'], env: { ...quietAstroEnvironment, ...env } });
}
