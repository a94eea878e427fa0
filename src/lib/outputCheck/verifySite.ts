import { readFileSync } from 'node:fs';
import { extname, relative, sep } from 'node:path';
import { addressOfBuiltFile } from '../paths/builtFiles.ts';
import type { OwnInlineCode } from '../security/ownInlineCode.ts';
import { checkCalendarFile } from './calendar.ts';
import { checkXmlFile } from './feeds.ts';
import { checkHtmlPage } from './html.ts';
import type { ReportShipped, ShippedProblem } from './problem.ts';
import { type CheckedExtension, isCheckedFile, shippedFiles } from './shippedFiles.ts';

/*
 * Checks what ships: every built page, feed, sitemap and calendar, read by real parsers and held
 * to the same allowlists as the content check. Runs after every build (src/integrations/
 * outputCheck.ts); a problem fails the build, so the previous dist/ stays published. A page is
 * checked as the address it is served at (src/lib/paths/builtFiles.ts). A problem is traced to
 * the content files it came from, as src/lib/content/files.ts reads them.
 */

const checkers: Record<CheckedExtension, (text: string, own: OwnInlineCode, report: ReportShipped, file: string) => void> = {
  '.html': (text, own, report, file) => checkHtmlPage(text, own, report, addressOfBuiltFile(file)),
  '.xml': checkXmlFile,
  '.ics': (text, _own, report) => checkCalendarFile(text, report),
};

/** The problems of every file the check reads under `outDir`, read there, in one pass. */
export function verifySite(outDir: string, own: OwnInlineCode): ShippedProblem[] {
  return shippedFiles(outDir).flatMap((path) => checkShippedText(relative(outDir, path).split(sep).join('/'), readFileSync(path, 'utf8'), own));
}

/** The problems of one built file, `file` being its path under the output folder and `text` its content. */
export function checkShippedText(file: string, text: string, own: OwnInlineCode): ShippedProblem[] {
  if (!isCheckedFile(file)) return [];
  const check = checkers[extname(file) as CheckedExtension];
  const problems: ShippedProblem[] = [];
  check(text, own, (message, evidence) => problems.push({ file, message, evidence }), file);
  return problems;
}
