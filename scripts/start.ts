import { spawnSync } from 'node:child_process';
import { runAstro } from './runAstro.ts';

/*
 * `npm start`: what `npm run build` does (the content check, then the atomic build into dist/),
 * then Astro's preview of dist/ at http://localhost:4321/. Its arguments, such as
 * `--as-of=2025-09-10`, go to the build. The scripts run on this same Node, as `npm run` runs them.
 */
function runScript(script: string, args: readonly string[] = []): number {
  return spawnSync(process.execPath, [script, ...args], { stdio: 'inherit' }).status ?? 1;
}

const checked = runScript('scripts/check-content.ts');
const built = checked === 0 ? runScript('scripts/build.ts', process.argv.slice(2)) : checked;
process.exitCode = built === 0 ? runAstro(['preview', '--port', '4321']) : built;
