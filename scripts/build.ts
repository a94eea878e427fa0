import { resolve } from 'node:path';
import { editorText } from '../src/lib/editorMessages.ts';
import { buildAtomically } from './atomicOutput.ts';
import { runAstro } from './runAstro.ts';
import { siteClockFromCommandLine } from './siteClock.ts';

/*
 * `npm run build` (after `npm run check:content`): `astro build` into a staging folder, swapped
 * into dist/ only on success. `--outDir <dir>` publishes elsewhere; `--as-of=2025-09-10` (or
 * SITE_NOW in the shell or in .env) builds the site as of another day; other arguments go to Astro.
 */
const { args, env } = siteClockFromCommandLine(process.argv.slice(2));
let outDir = 'dist';
const astroArgs: string[] = [];
for (let index = 0; index < args.length; index += 1) {
  const arg = args[index] ?? '';
  if (arg === '--outDir') {
    outDir = args[index + 1] ?? outDir;
    index += 1;
  } else if (arg.startsWith('--outDir=')) {
    outDir = arg.slice('--outDir='.length);
  } else {
    astroArgs.push(arg);
  }
}

const target = resolve(outDir);
const published = buildAtomically(
  target,
  (stagingDir) => runAstro(['build', ...astroArgs, '--outDir', stagingDir], env) === 0,
);
if (!published) {
  console.error(editorText('buildFailed', { outDir }));
  process.exitCode = 1;
}
