import { readFileSync } from 'node:fs';
import { extname, relative, sep } from 'node:path';
import { domainToUnicode } from 'node:url';
import { addressOfBuiltFile } from '../build/builtAddresses.ts';
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
 * checked as the address it is served at (src/lib/build/builtAddresses.ts). A problem is traced to
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

/** The content files whose text contains the evidence (`readSiteContentFiles`): where an editor should look. */
export function traceToContent(evidence: string, contentFiles: ReadonlyMap<string, string>): string[] {
  const containing = (needle: string) =>
    needle.trim().length < 3 ? [] : [...contentFiles].filter(([, text]) => text.includes(needle)).map(([path]) => path);
  for (const needle of [evidence, decoded(evidence), hostOf(evidence), domainToUnicode(hostOf(evidence) ?? '')]) {
    const found = containing(needle ?? '');
    if (found.length > 0) return found;
  }
  return [];
}

/** A percent-encoded address as an editor typed it (`bpjsketenagakerj%D0%B0an` → `bpjsketenagakerjаan`). */
function decoded(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** The host of an address, to find a link that the content writes differently (entities, Markdown). */
function hostOf(value: string): string | undefined {
  try {
    return new URL(value.trim().replace(/^[\\/]{2}/, 'https://')).hostname || undefined;
  } catch {
    return undefined;
  }
}
