import { type DefaultTreeAdapterMap, parse } from 'parse5';
import type { OwnInlineCode } from '../security/ownInlineCode.ts';
import { checkJsonLd } from './jsonLd.ts';
import type { ReportShipped } from './problem.ts';
import { rulesReading } from './registry.ts';
import { type Element, type Page, reportAll } from './rule.ts';
import { scriptKind, textOf } from './tree.ts';
import { visibleText } from './visibleText.ts';

/*
 * One built HTML page, parsed once by parse5 (the WHATWG HTML algorithm, as a browser parses it)
 * and held to the rules (registry.ts): each element, then each of its attributes, and each text node,
 * in document order; a JSON-LD block where it stands; the page's visible text last.
 */

type Node = DefaultTreeAdapterMap['node'];

const elementRules = rulesReading('element');
const attributeRules = rulesReading('attribute');
const textRules = rulesReading('text');
const shownTextRules = rulesReading('shownText');

/** `pagePath` is the page's URL path (`/cek-keaslian/`): a script file of the site's own is allowed only on its pages. */
export function checkHtmlPage(html: string, own: OwnInlineCode, report: ReportShipped, pagePath = ''): void {
  const document = parse(html);
  walk(document, { own, path: pagePath }, report);
  const shown = visibleText(document);
  for (const rule of shownTextRules) reportAll(rule.check(shown), report);
}

function walk(node: Node, page: Page, report: ReportShipped): void {
  if ('tagName' in node) readElement(node, page, report);
  if (node.nodeName === '#text' && 'value' in node) for (const rule of textRules) reportAll(rule.check(node.value), report);
  if ('childNodes' in node) for (const child of node.childNodes) walk(child, page, report);
}

function readElement(element: Element, page: Page, report: ReportShipped): void {
  for (const rule of elementRules) reportAll(rule.check(element, page), report);
  // Structured data is read as its own format, where it stands in the page.
  if (scriptKind(element) === 'json-ld') checkJsonLd(textOf(element), report);
  for (const { name, value } of element.attrs) {
    const lowerName = name.toLowerCase();
    for (const rule of attributeRules) reportAll(rule.check(lowerName, value, element), report);
  }
}
