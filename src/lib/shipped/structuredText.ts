import { editorMessage } from '../editorMessages.ts';
import { codePointName, hiddenCharacter } from '../textSafety.ts';
import { navigationProblem } from './addresses.ts';
import type { ReportShipped } from './problem.ts';

/*
 * One string of structured output (JSON-LD, a feed, a calendar): held to the same rules as a page's
 * text and links, whichever format carries it.
 */

/** Addresses are links; every string must be free of hidden characters. Shared by feeds and calendars. */
export function checkStructuredString(value: string, report: ReportShipped): void {
  const hidden = hiddenCharacter(value);
  if (hidden !== undefined) {
    report(
      editorMessage(`teks memuat karakter tak terlihat ${codePointName(hidden)}`, `the text contains the invisible character ${codePointName(hidden)}`),
      hidden,
    );
  }
  if (looksLikeAddress(value)) {
    const problem = navigationProblem(value.trim());
    if (problem !== undefined) report(problem, value.trim());
  }
}

/** A full address or one that leaves the site, as opposed to text that happens to contain a colon. */
function looksLikeAddress(value: string): boolean {
  return /^\s*([a-z][a-z0-9+.-]*:\/\/|[\\/]{2}|(javascript|vbscript|data|mailto|tel):)/i.test(value);
}
