import { isAbsolute, resolve, sep } from 'node:path';
import type { AstroIntegration } from 'astro';
import type { ContentCheckResult } from '../lib/contentCheck/checkContent.ts';
import { contentRoot } from '../lib/content/schemas.ts';
import { editorText } from '../lib/editorMessages.ts';

/*
 * Shows the content check's problems in `npm run dev`: in the terminal and in the browser's error
 * overlay, refreshed whenever a file under content/ is saved, and cleared (the page reloads) once
 * they are fixed. Its warnings (a translation behind its original, an announcement dated well ahead)
 * are printed in the terminal too, as `npm run check:content` prints them, when the server starts and
 * whenever they change. Builds run the same check from `npm run build` before Astro starts. It loads the
 * check by its front doors only: checkContent.ts for the whole check, buildGuards.ts for what a build refuses.
 */

/** The overlay's payload: Astro's overlay shows `message` as preformatted text, one problem a line. */
function overlayError(result: ContentCheckResult, formatProblem: (problem: ContentCheckResult['problems'][number]) => string) {
  const first = result.problems[0];
  return {
    name: 'ContentCheck',
    title: editorText('overlayTitle'),
    message: result.problems.map(formatProblem).join('\n\n'),
    hint: editorText('overlayHint', { problems: result.problems.length }),
    stack: '',
    ...(first?.line === undefined ? {} : { loc: { file: resolve(first.file), line: first.line, column: 1 } }),
  };
}

export function contentCheck(): AstroIntegration {
  return {
    name: 'content-check',
    hooks: {
      // A build checks content before Astro starts (`npm run build`), but not the link policy it
      // may be started without: a confirmed host without its source, or a look-alike one, stops it here.
      'astro:config:setup': async ({ command }) => {
        if (command !== 'build') return;
        const { refuseLinkPolicyProblems } = await import('../lib/contentCheck/buildGuards.ts');
        refuseLinkPolicyProblems();
      },
      'astro:server:setup': async ({ server, logger }) => {
        // Loaded here, not with the config: a build runs the check before Astro starts and has no use for it.
        const { checkContent, formatContentReport, formatProblem } = await import('../lib/contentCheck/checkContent.ts');
        const root = resolve(contentRoot());
        let result = checkContent(contentRoot());
        let timer: ReturnType<typeof setTimeout> | undefined;
        const warningLines = () => (result.warnings ?? []).map(formatProblem).join('\n');

        const showProblems = () => {
          if (result.problems.length > 0) server.hot.send({ type: 'error', err: overlayError(result, formatProblem) });
        };
        /** The whole report, as `npm run check:content` prints it: problems as errors, else warnings as warnings. */
        const printReport = () => {
          if (result.problems.length > 0) logger.error(`\n${formatContentReport(result)}`);
          else if (warningLines() !== '') logger.warn(`\n${formatContentReport(result)}`);
          else logger.info(formatContentReport(result));
        };
        const recheck = () => {
          const hadProblems = result.problems.length > 0;
          const warnedBefore = warningLines();
          result = checkContent(contentRoot());
          if (result.problems.length > 0) {
            printReport();
            showProblems();
          } else if (hadProblems) {
            printReport();
            server.hot.send({ type: 'full-reload' });
          } else if (warningLines() !== warnedBefore) {
            // Each save re-checks; the same warnings again would bury what an editor is looking for.
            printReport();
          }
        };

        if ((result.unreadableFiles ?? []).length > 0) {
          // Astro's content sync, next, would stop on these files with its own English stack trace:
          // stop first with the check's report. Once the server runs, such a file only shows in the overlay.
          const error = new Error(`\n${formatContentReport(result)}\n\n${editorText('devStopped')}`);
          error.name = 'ContentCheck';
          error.stack = '';
          throw error;
        }
        if (result.problems.length > 0 || warningLines() !== '') printReport();
        if (isAbsolute(root) && !root.startsWith(process.cwd() + sep)) server.watcher.add(root);
        server.watcher.on('all', (_event, path) => {
          if (!resolve(path).startsWith(root + sep)) return;
          clearTimeout(timer);
          // Editors' tools save several files at once; check once they are done.
          timer = setTimeout(recheck, 100);
        });
        // A page opened (or reloaded) while there are problems shows them as soon as it connects.
        server.ws.on('connection', showProblems);
      },
    },
  };
}
