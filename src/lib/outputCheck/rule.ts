import type { DefaultTreeAdapterMap } from 'parse5';
import type { OwnInlineCode } from '../security/ownInlineCode.ts';
import type { ReportShipped } from './problem.ts';

/*
 * The shape every rule of the output check has (rules/, listed in registry.ts), as each check of
 * Astro Docs' link checker extends one base. A rule says what it reads; the file's reader (html.ts,
 * feeds.ts, calendar.ts, jsonLd.ts, structuredText.ts) parses the file once and hands each rule
 * every piece of that kind, in document order.
 */

export type Element = DefaultTreeAdapterMap['element'];

/** What a rule found: a message for editors, and the offending text as the file has it, to find its content file by. */
export interface Problem {
  message: string;
  evidence: string;
}

/** The page an element is on: the site's own inline code, and the address it is served at (`/cek-keaslian/`). */
export interface Page {
  own: OwnInlineCode;
  path: string;
}

/** What each kind of rule reads, as the arguments of its `check`. */
export interface Readings {
  /** Each element of a page, as parse5 read it. */
  element: [element: Element, page: Page];
  /** Each attribute of each element, its name in lower case, read after the element's own rules. */
  attribute: [name: string, value: string, element: Element];
  /** Each text node of a page. */
  text: [text: string];
  /**
   * What a reader is shown, read at once: a page's visible text (visibleText.ts), or the strings of
   * a feed, a calendar or a JSON-LD block that are not addresses, one per line.
   */
  shownText: [text: string];
  /** Each string of structured output: a JSON-LD value, a feed's text or attribute, a calendar value. */
  string: [value: string];
  /** A calendar file as written, before ical.js parses it. */
  calendarText: [text: string];
  /** The name of each property of a calendar, in lower case. */
  calendarProperty: [name: string];
}

export type Reading = keyof Readings;

export interface Rule<R extends Reading = Reading> {
  /** The name of its file under rules/. */
  readonly name: string;
  readonly reads: R;
  check(...reading: Readings[R]): readonly Problem[];
}

/** What a rule returns when it finds nothing: one shared empty list, as most pieces of a page are fine. */
export const noProblems: readonly Problem[] = Object.freeze([]);

/** Hands what the rules found to the check's reporter. */
export function reportAll(problems: readonly Problem[], report: ReportShipped): void {
  for (const { message, evidence } of problems) report(message, evidence);
}
