import { editorMessage } from '../content/editorMessages.ts';
import { codePointName, hiddenCharacter } from '../links/textSafety.ts';
import { navigationProblem } from './addresses.ts';
import type { ReportShipped } from './problem.ts';
import { checkShownText } from './visibleText.ts';

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

/**
 * The strings of one file, read by the scam detector as a page's text is: a calendar app or a
 * search result shows a bare host as a link. Read together, one per line, as the detector is
 * cheap on a long text and costly to start on each of many short ones.
 */
export function checkStructuredStrings(values: readonly string[], report: ReportShipped): void {
  for (const value of values) checkStructuredString(value, report);
  checkShownText(values.filter((value) => !looksLikeAddress(value)).join('\n'), report);
}

/** A full address or one that leaves the site, as opposed to text that happens to contain a colon. */
function looksLikeAddress(value: string): boolean {
  return /^\s*([a-z][a-z0-9+.-]*:\/\/|[\\/]{2}|(javascript|vbscript|data|mailto|tel):)/i.test(value);
}
