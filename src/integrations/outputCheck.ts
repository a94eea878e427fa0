import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { contentRoot, editorMessage } from '../lib/contentSchemas.ts';
import { ownInlineCode } from '../lib/ownInlineCode.ts';
import { verifySiteInWorkers } from '../lib/shipped/verifyInWorkers.ts';
import { readContentFiles, traceToContent } from '../lib/shipped/verifySite.ts';

/**
 * After every build, checks what ships (src/lib/shipped/) and fails the build on anything outside
 * the allowlist, naming the built file and, where its text can be found, the content file.
 */
export function outputCheck(): AstroIntegration {
  return {
    name: 'bpjstk:output-check',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const problems = await verifySiteInWorkers(fileURLToPath(dir), ownInlineCode());
        if (problems.length === 0) {
          logger.info('every built page, feed and calendar is within the allowlist');
          return;
        }
        const contentFiles = readContentFiles(contentRoot());
        const lines = problems.map(({ file, message, evidence }) => {
          const sources = traceToContent(evidence, contentFiles);
          return `${file}  ${message}${sources.length === 0 ? '' : `  ← ${sources.join(', ')}`}`;
        });
        throw new Error(
          [
            editorMessage(
              `Hasil build memuat ${problems.length} hal di luar daftar yang diizinkan; situs tidak diterbitkan:`,
              `The build output contains ${problems.length} things outside the allowlist; the site is not published:`,
            ),
            ...lines,
          ].join('\n'),
        );
      },
    },
  };
}
