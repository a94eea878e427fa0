import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { activeBuildWorker, bundleBuildWorker, startBuildWorker, stopBuildWorker } from '../lib/build/client.ts';
import { prerendererWithWorker } from '../lib/build/prerenderer.ts';
import { renderingAhead } from '../lib/build/renderAhead.ts';
import { contentRoot } from '../lib/content/schemas.ts';
import { editorMessage } from '../lib/content/editorMessages.ts';
import { ownInlineCode } from '../lib/security/ownInlineCode.ts';
import { shippedFiles } from '../lib/outputCheck/shippedFiles.ts';

/**
 * Checks what ships (src/lib/outputCheck/) and fails the build on anything outside the allowlist,
 * naming the built file and, where its text can be found, the content file. Each file Astro
 * renders is checked on the build's worker while the next is written (src/lib/build/);
 * after the build, every shipped file is read back, and any whose bytes were not checked as they
 * are, such as the sitemap, is checked then.
 */
export function outputCheck(): AstroIntegration {
  let outDir = '';
  let ahead: ReturnType<typeof renderingAhead> | undefined;
  return {
    name: 'bpjstk:output-check',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': ({ setPrerenderer }) => {
        const workerFile = bundleBuildWorker();
        // Its failure fails the build when the first page waits for it, not here, unhandled.
        workerFile.catch(() => undefined);
        // The worker sees the pages in Astro's order; the pages themselves are rendered a little ahead of it (renderAhead.ts).
        setPrerenderer((astro) => {
          ahead = renderingAhead(astro);
          return prerendererWithWorker(ahead, async () => startBuildWorker(ownInlineCode(), outDir, await workerFile));
        });
      },
      // The folder Astro was configured with is the one it built into: the worker writes and reads there too.
      'astro:build:done': async ({ logger }) => {
        if (ahead !== undefined) {
          const count = ahead.count();
          logger.info(`${count.ahead} of ${count.ahead + count.asked} files rendered while Astro wrote the one before`);
        }
        const paths = shippedFiles(outDir);
        const worker = activeBuildWorker();
        const check = await (worker === undefined ? checkHere(outDir, paths) : worker.settle(paths)).finally(stopBuildWorker);
        if (check.problems.length === 0) {
          logger.info(
            `every built page, feed and calendar is within the allowlist (${paths.length} files: ${check.checkedEarly} checked as they were written, ${check.checkedAtEnd} after)`,
          );
          return;
        }
        const { traceToContent } = await import('../lib/outputCheck/verifySite.ts');
        const { readSiteContentFiles } = await import('../lib/content/files.ts');
        const contentFiles = readSiteContentFiles(contentRoot());
        const lines = check.problems.map(({ file, message, evidence }) => {
          const sources = traceToContent(evidence, contentFiles);
          return `${file}  ${message}${sources.length === 0 ? '' : `  ← ${sources.join(', ')}`}`;
        });
        throw new Error(
          [
            editorMessage(
              `Hasil build memuat ${check.problems.length} hal di luar daftar yang diizinkan; situs tidak diterbitkan:`,
              `The build output contains ${check.problems.length} things outside the allowlist; the site is not published:`,
            ),
            ...lines,
          ].join('\n'),
        );
      },
    },
  };
}

/** Without the worker (a build whose prerenderer is not Astro's own): the whole check, after the build, on this thread. */
async function checkHere(outDir: string, paths: readonly string[]) {
  const { CheckLedger } = await import('../lib/outputCheck/checkLedger.ts');
  return new CheckLedger(ownInlineCode()).settle(outDir, paths);
}
