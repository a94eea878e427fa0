import { looksLikeAddress } from './addresses.ts';
import type { ReportShipped } from './problem.ts';
import { rulesReading } from './registry.ts';
import { reportAll } from './rule.ts';

/*
 * The strings of structured output (JSON-LD, a feed, a calendar): held to the same rules as a page's
 * text and links, whichever format carries them.
 */

const stringRules = rulesReading('string');
const shownTextRules = rulesReading('shownText');

/**
 * Each string is held to the string rules; then those that are not addresses are read together,
 * one per line, as a page's text is: a calendar app or a search result shows a bare host as a
 * link, and the scam detector is cheap on a long text and costly to start on each of many short ones.
 */
export function checkStructuredStrings(values: readonly string[], report: ReportShipped): void {
  for (const value of values) for (const rule of stringRules) reportAll(rule.check(value), report);
  const shown = values.filter((value) => !looksLikeAddress(value)).join('\n');
  for (const rule of shownTextRules) reportAll(rule.check(shown), report);
}
