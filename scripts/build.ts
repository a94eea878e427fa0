import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { editorMessage } from '../src/lib/contentSchemas.ts';
import { buildAtomically } from './atomicOutput.ts';

/*
 * `npm run build` (after `npm run check:content`): `astro build` into a staging folder, swapped
 * into dist/ only on success. `--outDir <dir>` publishes elsewhere; other arguments go to Astro.
 */
const args = process.argv.slice(2);
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
  (stagingDir) =>
    spawnSync('npx', ['astro', 'build', ...astroArgs, '--outDir', stagingDir], { stdio: 'inherit' }).status === 0,
);
if (!published) {
  console.error(
    editorMessage(
      `Build gagal; ${outDir}/ yang sebelumnya tidak diubah.`,
      `The build failed; the previous ${outDir}/ is unchanged.`,
    ),
  );
  process.exitCode = 1;
}
