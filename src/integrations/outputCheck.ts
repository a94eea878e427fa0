import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { CheckedBuild, settleOutputCheck } from '../lib/build/checkedBuild.ts';
import { contentRoot } from '../lib/content/schemas.ts';
import { passedLine, refusalText } from '../lib/outputCheck/report.ts';

/**
 * Checks what ships (src/lib/outputCheck/) and fails the build on anything outside the allowlist,
 * naming the built file and, where its text can be found, the content file. The check runs on the
 * build's worker as Astro writes (src/lib/build/checkedBuild.ts).
 */
export function outputCheck(): AstroIntegration {
  let outDir = '';
  let build: CheckedBuild | undefined;
  return {
    name: 'bpjstk:output-check',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': ({ setPrerenderer }) => {
        const checked = new CheckedBuild(outDir);
        build = checked;
        setPrerenderer((astro) => checked.prerenderer(astro));
      },
      // The folder Astro was configured with is the one it built into: the worker writes and reads there too.
      'astro:build:done': async ({ logger }) => {
        const ahead = build?.renderedAheadLine();
        if (ahead !== undefined) logger.info(ahead);
        const { files, check } = await settleOutputCheck(outDir);
        if (check.problems.length === 0) {
          logger.info(passedLine(files, check));
          return;
        }
        // Loaded only on failure: the content lister loads the schemas, which a passing build never needs here.
        const { readSiteContentFiles } = await import('../lib/content/files.ts');
        throw new Error(refusalText(check.problems, readSiteContentFiles(contentRoot())));
      },
    },
  };
}
